"""Shared pytest fixtures (fixtures only; helpers live in their own modules)."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest

pytest.register_assert_rewrite("db_checks")  # its asserts report like a test module's

from cli_run import CliResult, run_cli  # noqa: E402
from httpserver import TestHTTPServer  # noqa: E402 - tests/ is on sys.path (rootdir import)

SHARED_DIR = Path(__file__).resolve().parents[1].parent / "shared"


@pytest.fixture
def http_server() -> Iterator[TestHTTPServer]:
    """A running local HTTP server on 127.0.0.1 (see tests/httpserver.py)."""
    server = TestHTTPServer("127.0.0.1")
    try:
        yield server
    finally:
        server.close()


@pytest.fixture
def http_server_factory() -> Iterator[Callable[[str], TestHTTPServer]]:
    """Start more servers, e.g. ``http_server_factory("127.0.0.2")``; all closed at teardown."""
    servers: list[TestHTTPServer] = []

    def start(host: str = "127.0.0.1") -> TestHTTPServer:
        server = TestHTTPServer(host)
        servers.append(server)
        return server

    try:
        yield start
    finally:
        for server in servers:
            server.close()


@pytest.fixture
def shared_dir() -> Path:
    """The read-only ../shared beside the repo; skips the test when it is absent."""
    if not SHARED_DIR.is_dir():
        pytest.skip("../shared is absent")
    return SHARED_DIR


@pytest.fixture
def cli() -> Callable[..., CliResult]:
    """Run ``termnews ARGS...`` in-process (``__main__.run``) and capture its output."""
    return run_cli
