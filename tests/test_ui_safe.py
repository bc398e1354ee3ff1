"""Hostile strings through the real widgets: nothing read as markup, nothing run, no control
characters on screen, no crash. Strings come from ../shared/corpora/hostile/titles.json (skipped
when absent) and a few written here; they are fed to the widgets directly, bypassing the store's
own cleaning, so the UI's safe.py is what is tested."""

from __future__ import annotations

import json
import re
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from ui_data import NOW, build_store, ui_settings

from termnews.models import Article, ArticleRow, Block, Feed, Quote
from termnews.ui.app import TermnewsApp
from termnews.ui.safe import clean_with_cuts, safe_content, safe_line, safe_text, safe_url
from termnews.ui.views import FixedRows

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
TITLES = SHARED / "corpora" / "hostile" / "titles.json"
OWN = [
    "[@click=app.quit]Read more[/]",
    "[/]",
    "[b]not bold[/b] [link=https://evil.example]x[/link]",
    "\x1b]52;c;ZXZpbA==\x07copied?",
    "tab\tand\nnewline \u202eevil",
    "$accent [$error]x[/]",
]
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")


def hostile_strings() -> list[str]:
    if not TITLES.is_file():
        pytest.skip("../shared/corpora/hostile/titles.json is absent")
    values = list(json.loads(TITLES.read_text(encoding="utf-8")).values())
    return [v[:5000] for v in values] + OWN  # the 1 MB title is cut: the widgets crop anyway


def screen_lines(app: TermnewsApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def assert_clean_screen(app: TermnewsApp) -> None:
    for line in screen_lines(app):
        assert not UNSAFE.search(line), repr(line)


# ---- the helpers ---------------------------------------------------------------------
def test_safe_helpers_keep_markup_literal_and_drop_controls() -> None:
    assert safe_content("[@click=app.quit]x[/]").plain == "[@click=app.quit]x[/]"
    assert safe_content("[b]x[/b]").spans == []
    assert safe_text("[red]x[/red]").plain == "[red]x[/red]"
    assert safe_line("a\x1b[2Jb\x9b31mc\u202ed") == "abcd"
    assert safe_line("x" * 50, 10) == "x" * 9 + "…"
    assert safe_url("javascript:alert(1)") is None
    assert safe_url("https://example.org/a\x1b]8;;x\x07") == "https://example.org/a"


def test_clean_with_cuts_keeps_offsets_through_cleaning() -> None:
    text = "say \x1b[31m\u201chello there\u201d\x1b[0m she said"
    start = text.index("hello")
    end = start + len("hello there")
    cleaned, mapping = clean_with_cuts(text, [start, end])
    assert cleaned[mapping[start] : mapping[end]] == "hello there"
    assert "\x1b" not in cleaned


# ---- the widgets -------------------------------------------------------------------------
def hostile_article(value: str, article_id: int = 1) -> Article:
    body = f"{value} said \u201c{value}\u201d, and more."
    start = body.index("\u201c") + 1
    quote = Quote(start, start + len(value), value, value, "speech", "said", value)
    return Article(
        id=article_id,
        feed_id=1,
        feed_title=value,
        guid="g",
        url=f"https://example.org/{value}",
        title=value,
        author=value,
        published=NOW,
        summary=value,
        text=body,
        blocks=[Block("paragraph", body, 0, len(body))],
        read=False,
        saved=False,
        quotes=[quote],
    )


async def test_hostile_strings_in_every_widget(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    values = hostile_strings()
    paths = build_store(tmp_path)
    app = TermnewsApp(ui_settings(mark_read_delay=60.0), paths, clock=lambda: NOW)
    async with app.run_test(size=(120, 40)) as pilot:
        rows = [
            ArticleRow(i, 1, value, value, None, NOW - i, bool(i % 2), bool(i % 3), False)
            for i, value in enumerate(values)
        ]
        app.articles.set_source(FixedRows(rows))
        feeds = [
            Feed(i, f"http://127.0.0.1:9/{i}", title=v, folder=v) for i, v in enumerate(values)
        ]
        app.sources.show_feeds(feeds, 0, app.view)
        await pilot.pause()
        assert_clean_screen(app)
        for index, value in enumerate(values):
            app.reader.show_article(hostile_article(value, index))
            app.quotes.show_quotes(app.reader.article.quotes)
            app.reader.show_quote(0)
            await pilot.pause()
            assert_clean_screen(app)
            if value == "[@click=app.quit]Read more[/]":
                text = "\n".join(screen_lines(app))
                assert "[@click=app.quit]Read more[/]" in text  # shown literally
                for widget in ("#reader", "#quotes"):
                    await pilot.click(widget, offset=(3, 1))
                    await pilot.click(widget, offset=(6, 6))
                assert app.is_running and app.return_code is None
        app.articles.focus()
        for _ in range(len(values)):
            await pilot.press("j")
        await pilot.click("#articles", offset=(5, 5))
        await pilot.click("#sources", offset=(5, 3))
        assert_clean_screen(app)
        assert app.is_running and app.return_code is None


async def test_hostile_refresh_errors_notify_literally(tmp_path: Path) -> None:
    values = hostile_strings()
    paths = build_store(tmp_path)
    app = TermnewsApp(ui_settings(mark_read_delay=60.0), paths, clock=lambda: NOW)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        summary = SimpleNamespace(
            feeds=len(values),
            feeds_failed=len(values),
            not_modified=0,
            waiting=0,
            new_articles=0,
            pages=0,
            pages_failed=0,
            errors=[(v, v) for v in OWN[:1] + values],
        )
        app._report_summary(summary)
        await pilot.pause(0.3)
        assert_clean_screen(app)
        text = "\n".join(screen_lines(app))
        assert "[@click=app.quit]Read more[/]" in text
        await pilot.click("Toast", offset=(3, 1))
        assert app.is_running and app.return_code is None
