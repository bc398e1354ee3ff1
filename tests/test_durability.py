"""A refresh killed with SIGKILL at any moment loses nothing saved; two refreshes never overlap.

Each kill round restores the same starting store, starts ``python -m termnews --home H refresh``
against a local server whose answers are slightly delayed, and kills the process group once
the server has answered N requests (feeds first, then pages: N walks through both phases).
Then: PRAGMA integrity_check is "ok", FTS and counters agree with the rows, the saved articles
and their bodies are intact, and the next refresh completes with exit status 0.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

import pytest
from db_checks import assert_rows_consistent
from httpserver import Reply, Request, TestHTTPServer

from termnews.models import Block, Entry, Extracted, Quote
from termnews.paths import Paths, resolve_paths
from termnews.store import Store

FEEDS = 8
ITEMS = 5
SAVED_TITLES = ("Saved one", "Saved two", "Saved three")
SAVED_TEXT = (
    "\u201cWe keep this forever,\u201d said Ana Ruiz.\n\n"
    "A second paragraph that must survive every crash."
)
PAGE = (
    "<html><head><title>Page {n}</title></head><body><article><h1>Page {n}</h1>"
    "<p>\u201cThe water will be rationed from Monday,\u201d said Mayor Ana Ruiz on Tuesday, "
    "after the council voted to limit garden watering to the evening hours.</p>"
    "<p>Residents were asked to report leaks at once and to keep showers short, "
    "while shops on the square said they would cope for a few weeks.</p>"
    "</article></body></html>"
)
RUN_TIMEOUT = 30.0


def rss(feed: int, items: int, base: str) -> bytes:
    entries = "".join(
        f"<item><title>Feed {feed} item {n}</title><link>{base}/page/{feed}/{n}</link>"
        f"<guid>f{feed}-{n}</guid><description>summary {feed} {n}</description></item>"
        for n in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Feed {feed}</title>{entries}</channel></rss>"
    ).encode()


def termnews(home: Path, *args: str) -> subprocess.Popen[str]:
    """``python -m termnews --home HOME ARGS`` in its own process group."""
    env = {**os.environ, "PYTHONUNBUFFERED": "1"}
    env.pop("TERMNEWS_HOME", None)
    return subprocess.Popen(
        [sys.executable, "-m", "termnews", "--home", str(home), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        env=env,
        start_new_session=True,
    )


def finish(proc: subprocess.Popen[str], timeout: float = RUN_TIMEOUT) -> tuple[int, str, str]:
    try:
        out, err = proc.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        kill_group(proc)
        out, err = proc.communicate()
        raise AssertionError(f"termnews did not finish in {timeout} s: {err}") from None
    kill_group(proc)  # a crashed refresh can leave its page-cleaning processes behind
    return proc.returncode, out, err


def kill_group(proc: subprocess.Popen[str]) -> None:
    """SIGKILL the refresh and any worker processes it started (its own process group), and
    wait until they are all gone (a worker still dying could hold files open)."""
    with contextlib.suppress(ProcessLookupError):
        os.killpg(proc.pid, signal.SIGKILL)
    proc.poll()
    group_gone(proc.pid, RUN_TIMEOUT)


def group_gone(pgid: int, timeout: float) -> bool:
    """Wait up to ``timeout`` s for every process of group ``pgid`` to exit (zombies count as
    gone: their parent, not us, reaps them)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        alive = [pid for pid in _group_members(pgid) if _state(pid) not in ("Z", "X", None)]
        if not alive:
            return True
        time.sleep(0.02)
    return False


def _group_members(pgid: int) -> list[int]:
    members = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            with contextlib.suppress(OSError):
                if os.getpgid(int(entry)) == pgid:
                    members.append(int(entry))
    return members


def _state(pid: int) -> str | None:
    try:
        stat = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return stat.rsplit(")", 1)[1].split()[0]


@dataclass
class Saved:
    """What a saved article looked like before the crashes."""

    id: int
    title: str
    text: str | None
    blocks: list[Block]
    quotes: list[Quote]


def snapshot_saved(store: Store) -> list[Saved]:
    saved: list[Saved] = []
    for row in store.articles(saved=True):
        article = store.article(row.id)
        assert article is not None
        saved.append(Saved(article.id, article.title, article.text, article.blocks, article.quotes))
    return saved


def assert_consistent(db_file: Path) -> None:
    """SQLite, FTS and the per-feed counters agree with the rows."""
    conn = sqlite3.connect(db_file)
    try:
        assert_rows_consistent(conn)
        half_written = conn.execute(
            "SELECT count(*) FROM articles WHERE has_text = 1 AND (text IS NULL OR blocks IS NULL)"
        ).fetchone()[0]
        assert half_written == 0
    finally:
        conn.close()


def assert_saved_intact(paths: Paths, before: list[Saved]) -> None:
    with Store.open(paths.db_file) as store:
        after = {s.id: s for s in snapshot_saved(store)}
    assert set(after) == {s.id for s in before}
    for saved in before:
        assert after[saved.id] == saved


@dataclass
class Farm:
    server: TestHTTPServer
    base_db: Path  # the starting store, copied into each round's home
    saved: list[Saved]
    total_requests: int  # what one complete refresh asks the server


@pytest.fixture(scope="module")
def farm(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Farm]:
    server = TestHTTPServer("127.0.0.1")
    try:
        xml = {"Content-Type": "application/rss+xml"}
        for feed in range(FEEDS):
            server.route(
                f"/feed/{feed}.xml",
                Reply(body=rss(feed, ITEMS, server.base_url), headers=xml, delay=0.05),
            )
            for n in range(ITEMS):
                body = PAGE.format(n=f"{feed}-{n}").encode()
                server.route(
                    f"/page/{feed}/{n}",
                    Reply(body=body, headers={"Content-Type": "text/html"}, delay=0.04),
                )
        # The saved articles' own feed still lists them, so a refresh rewrites their rows too.
        saved_feed = "".join(
            f"<item><title>{t}</title><guid>urn:saved:{i}</guid>"
            f"<description>changed {i}</description></item>"
            for i, t in enumerate(SAVED_TITLES)
        )
        saved_rss = f'<rss version="2.0"><channel><title>S</title>{saved_feed}</channel></rss>'
        server.route("/saved.xml", Reply(body=saved_rss.encode()))
        home = tmp_path_factory.mktemp("base")
        paths = resolve_paths(home).ensure()
        paths.config_file.write_text("request_deadline = 10.0\nretention_days = 30\n")
        with Store.open(paths.db_file) as store:
            saved_feed_id = store.add_feed(server.url("/saved.xml"), "Saved feed").id
            ids = store.add_entries(
                saved_feed_id,
                [
                    Entry(f"urn:saved:{i}", None, t, None, 1_000_000_000, "old")
                    for i, t in enumerate(SAVED_TITLES)
                ],
                1_000_000_000,
            )
            for article_id in ids:
                start = SAVED_TEXT.index("We")
                end = SAVED_TEXT.index(",\u201d") + 1
                blocks = [
                    Block(
                        "paragraph", SAVED_TEXT[: SAVED_TEXT.index("\n")], 0, SAVED_TEXT.index("\n")
                    ),
                    Block(
                        "paragraph",
                        SAVED_TEXT[SAVED_TEXT.index("A second") :],
                        SAVED_TEXT.index("A second"),
                        len(SAVED_TEXT),
                    ),
                ]
                quote = Quote(start, end, SAVED_TEXT[start:end], "Ana Ruiz", "speech", "said")
                store.store_page(
                    article_id,
                    Extracted("t", None, None, None, blocks, SAVED_TEXT),
                    [quote],
                    1_000_000_000,
                )
                store.set_saved(article_id, True)
            for feed in range(FEEDS):
                store.add_feed(server.url(f"/feed/{feed}.xml"))
            saved = snapshot_saved(store)
        assert len(saved) == len(SAVED_TITLES) and all(s.text == SAVED_TEXT for s in saved)
        yield Farm(server, paths.db_file, saved, FEEDS + 1 + FEEDS * ITEMS)
    finally:
        server.close()


def fresh_home(farm: Farm, root: Path) -> Paths:
    paths = resolve_paths(root).ensure()
    shutil.copy(farm.base_db.parent.parent / "config" / "config.toml", paths.config_file)
    shutil.copy(farm.base_db, paths.db_file)
    return paths


def kill_after_requests(farm: Farm, home: Path, count: int) -> int | None:
    """Start a refresh, SIGKILL it once the server has answered ``count`` more requests;
    returns the exit status (negative: killed by that signal)."""
    start = len(farm.server.requests)
    proc = termnews(home, "refresh")
    deadline = time.monotonic() + RUN_TIMEOUT
    try:
        while len(farm.server.requests) - start < count and proc.poll() is None:
            if time.monotonic() > deadline:
                raise AssertionError("the refresh never reached the kill point")
            time.sleep(0.005)
    finally:
        kill_group(proc)
        proc.communicate()
    return proc.returncode


# Kill points: while fetching feeds, between feeds and pages, among the pages, near the end.
KILL_POINTS = (1, 6, 15, 30)


def test_sigkill_at_any_point_keeps_the_store_whole(farm: Farm, tmp_path: Path) -> None:
    assert farm.total_requests > max(KILL_POINTS)
    killed = 0
    for number, count in enumerate(KILL_POINTS):
        paths = fresh_home(farm, tmp_path / f"round{number}")
        status = kill_after_requests(farm, paths.data_dir.parent, count)
        killed += status == -signal.SIGKILL
        assert_consistent(paths.db_file)
        assert_saved_intact(paths, farm.saved)
        if number % 2 == 1:  # the next refresh completes (every other round: keep it quick)
            status, _out, err = finish(termnews(paths.data_dir.parent, "refresh"))
            assert status == 0, err
            assert "Traceback" not in err
            assert_consistent(paths.db_file)
            assert_saved_intact(paths, farm.saved)
            with Store.open(paths.db_file) as store:
                assert store.count_articles() == FEEDS * ITEMS + len(SAVED_TITLES)
                assert store.pages_to_fetch() == []  # every page got cleaned after all
    assert killed == len(KILL_POINTS), "some refreshes ended before the kill"


def test_sigkill_right_after_start(farm: Farm, tmp_path: Path) -> None:
    paths = fresh_home(farm, tmp_path)
    home = paths.data_dir.parent
    for delay in (0.05, 0.4):
        proc = termnews(home, "refresh")
        time.sleep(delay)
        kill_group(proc)
        proc.communicate()
        assert_consistent(paths.db_file)
        assert_saved_intact(paths, farm.saved)


def test_killing_only_the_main_process_leaves_no_workers_behind(farm: Farm, tmp_path: Path) -> None:
    """``kill -9 PID`` (a user, the OOM killer) hits the main process only."""
    paths = fresh_home(farm, tmp_path)
    home = paths.data_dir.parent
    start = len(farm.server.requests)
    proc = subprocess.Popen(
        [sys.executable, "-m", "termnews", "--home", str(home), "refresh"],
        stdout=subprocess.DEVNULL,  # orphans would hold a pipe open forever
        stderr=subprocess.DEVNULL,
        start_new_session=True,
    )
    try:
        deadline = time.monotonic() + RUN_TIMEOUT
        while len(farm.server.requests) - start < FEEDS + 20 and proc.poll() is None:
            assert time.monotonic() < deadline, "the refresh never reached its pages"
            time.sleep(0.005)
        proc.kill()  # the main process only
        proc.wait()
        assert_consistent(paths.db_file)
        assert_saved_intact(paths, farm.saved)
        status, _out, err = finish(termnews(home, "refresh", "--no-pages"))
        assert status == 0, err
        assert group_gone(proc.pid, 2.0), "worker processes outlived the killed refresh"
    finally:
        with contextlib.suppress(ProcessLookupError):
            os.killpg(proc.pid, signal.SIGKILL)
        group_gone(proc.pid, RUN_TIMEOUT)


# ---- two refreshes at once -------------------------------------------------------------------
@dataclass
class SlowFarm:
    """Feeds whose answers wait for ``gate``: the first refresh holds the lock until then."""

    paths: Paths
    gate: threading.Event


@pytest.fixture
def slow_farm(tmp_path: Path, http_server: TestHTTPServer) -> Iterator[SlowFarm]:
    gate = threading.Event()

    def held(feed: int) -> Callable[[Request], Reply]:
        def answer(request: Request) -> Reply:
            gate.wait(RUN_TIMEOUT)
            return Reply(body=rss(feed, 2, http_server.base_url))

        return answer

    for feed in range(4):
        http_server.route(f"/slow/{feed}.xml", held(feed))
    paths = resolve_paths(tmp_path).ensure()
    paths.config_file.write_text("fetch_pages = false\nrequest_deadline = 30.0\n")
    with Store.open(paths.db_file) as store:
        for feed in range(4):
            store.add_feed(http_server.url(f"/slow/{feed}.xml"))
    try:
        yield SlowFarm(paths, gate)
    finally:
        gate.set()


def wait_for_requests(server: TestHTTPServer, count: int, timeout: float = RUN_TIMEOUT) -> None:
    deadline = time.monotonic() + timeout
    while len(server.requests) < count:
        if time.monotonic() > deadline:
            raise AssertionError("the first refresh never reached the server")
        time.sleep(0.01)


def test_two_cli_refreshes_at_once(slow_farm: SlowFarm, http_server: TestHTTPServer) -> None:
    home = slow_farm.paths.data_dir.parent
    first = termnews(home, "refresh")
    try:
        wait_for_requests(http_server, 1)
        second_status, second_out, second_err = finish(termnews(home, "refresh"))
    finally:
        slow_farm.gate.set()
        first_status, first_out, first_err = finish(first)
    assert first_status == 0, first_err
    assert "4 feeds refreshed" in first_out
    assert second_status == 1
    assert second_out == ""
    lines = second_err.splitlines()
    assert len(lines) == 1 and "another refresh is running" in lines[0], second_err
    paths_seen = sorted(r.path for r in http_server.requests)
    assert paths_seen == [f"/slow/{n}.xml" for n in range(4)]  # each feed fetched once
    assert_consistent(slow_farm.paths.db_file)


async def test_the_app_and_a_cli_refresh_at_once(
    slow_farm: SlowFarm, http_server: TestHTTPServer
) -> None:
    import asyncio

    from termnews.config import Settings
    from termnews.ui.app import TermnewsApp

    settings = Settings(fetch_pages=False, request_deadline=30.0, mark_read_delay=60.0)
    app = TermnewsApp(settings, slow_farm.paths)
    async with app.run_test(size=(120, 40)) as pilot:
        await pilot.press("r")
        assert app.refreshing
        await asyncio.to_thread(wait_for_requests, http_server, 1)
        try:
            status, _out, err = await asyncio.to_thread(
                finish, termnews(slow_farm.paths.data_dir.parent, "refresh")
            )
        finally:
            slow_farm.gate.set()
        assert status == 1 and "another refresh is running" in err, (status, err)
        deadline = time.monotonic() + RUN_TIMEOUT
        while app.refreshing and time.monotonic() < deadline:
            await pilot.pause(0.1)
        assert not app.refreshing
        assert app.articles.count == 8
    # Each feed fetched once. (The App refreshes pages even with fetch_pages = false: its
    # worker calls refresh() without fetch_pages; reported.)
    paths_seen = sorted(r.path for r in http_server.requests if r.path.startswith("/slow/"))
    assert paths_seen == [f"/slow/{n}.xml" for n in range(4)]
    assert_consistent(slow_farm.paths.db_file)
