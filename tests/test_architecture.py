"""The core never imports Textual: each core module is imported in a fresh interpreter."""

from __future__ import annotations

import subprocess
import sys

import pytest

CORE_MODULES = [
    "termnews",
    "termnews.models",
    "termnews.paths",
    "termnews.config",
    "termnews.sanitize",
    "termnews.dates",
    "termnews.resources",
    "termnews.store",
    "termnews.feeds.fetch",
    "termnews.feeds.parse",
    "termnews.feeds.opml",
    "termnews.feeds.discover",
    "termnews.extract",
    "termnews.quotes",
    "termnews.refresh",
    "termnews.subscribe",
]


@pytest.mark.parametrize("module", CORE_MODULES)
def test_core_module_does_not_load_textual(module: str) -> None:
    code = (
        f"import sys, {module}\n"
        "bad = sorted(m for m in sys.modules if m == 'textual' or m.startswith('textual.'))\n"
        "print(','.join(bad))"
    )
    result = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.strip() == "", f"{module} loads {result.stdout.strip()}"


def test_importing_the_package_creates_nothing(tmp_path, monkeypatch) -> None:
    home = tmp_path / "home"
    code = "import termnews.paths, termnews.config, termnews.store, termnews.refresh"
    env = {"TERMNEWS_HOME": str(home), "PATH": "/usr/bin:/bin"}
    subprocess.run([sys.executable, "-c", code], env=env, check=True, timeout=60)
    assert not home.exists()
