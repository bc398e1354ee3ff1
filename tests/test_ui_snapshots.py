"""SVG snapshots of the main layouts (pytest-textual-snapshot): fixed data, frozen clock, UTC.

Update after an intended change with ``pytest tests/test_ui_snapshots.py --snapshot-update``
and look at snapshot_report.html before committing the new SVGs.
"""

from __future__ import annotations

import time
from pathlib import Path

import pytest
from ui_data import NOW, build_store, ui_settings

from termnews.ui.app import TermnewsApp


@pytest.fixture
def app(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> TermnewsApp:
    monkeypatch.setenv("TZ", "UTC")
    monkeypatch.setenv("TERMNEWS_HOME", str(tmp_path))
    time.tzset()
    paths = build_store(tmp_path)
    return TermnewsApp(ui_settings(mark_read_delay=60.0), paths, clock=lambda: NOW)


def test_main_wide(app: TermnewsApp, snap_compare) -> None:
    assert snap_compare(app, press=["j", "n", "n"], terminal_size=(120, 40))


def test_main_narrow(app: TermnewsApp, snap_compare) -> None:
    assert snap_compare(app, press=["j", "n"], terminal_size=(80, 24))


def test_pending_article_narrow(app: TermnewsApp, snap_compare) -> None:
    assert snap_compare(app, press=["j", "j", "j"], terminal_size=(80, 24))


def test_help_screen(app: TermnewsApp, snap_compare) -> None:
    assert snap_compare(app, press=["question_mark"], terminal_size=(120, 40))


def test_who_said_what(app: TermnewsApp, snap_compare) -> None:
    assert snap_compare(app, press=["w"], terminal_size=(120, 40))
