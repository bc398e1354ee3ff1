"""Pilot tests for the App: keys, panes, store effects, layouts. Real store in tmp_path;
the only network is a loopback HTTP server from the ``http_server`` fixture."""

from __future__ import annotations

import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
from httpserver import Reply
from textual.content import Content
from ui_data import NOW, build_store, ui_settings

from termnews.models import Entry
from termnews.paths import Paths
from termnews.store import Store
from termnews.ui.app import TermnewsApp
from termnews.ui.screens.help import HelpScreen
from termnews.ui.screens.speakers import SpeakersScreen
from termnews.ui.widgets.reader import layout_article, wrap_ranges

WIDE = (120, 40)
NARROW = (80, 24)


@pytest.fixture(autouse=True)
def _utc(monkeypatch: pytest.MonkeyPatch) -> None:
    """Dates render in UTC so text and snapshots do not depend on the machine."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()


@pytest.fixture
def paths(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Paths:
    monkeypatch.setenv("TERMNEWS_HOME", str(tmp_path))
    return build_store(tmp_path)


def make_app(paths: Paths, offline: bool = False, **settings: object) -> TermnewsApp:
    return TermnewsApp(ui_settings(**settings), paths, offline=offline, clock=lambda: NOW)


def stored(paths: Paths, article_id: int):
    with Store.open(paths.db_file) as store:
        article = store.article(article_id)
    assert article is not None
    return article


def titles(app: TermnewsApp) -> list[str]:
    rows = (app.articles.row_at(i) for i in range(app.articles.count))
    return [row.title for row in rows if row is not None]


async def wait_for(pilot, condition: Callable[[], bool], timeout: float = 10.0) -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError("condition not reached in time")
        await pilot.pause(0.05)


# ---- list, selection, reader -------------------------------------------------------------
async def test_startup_lists_newest_first_and_shows_the_first(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert titles(app) == [
            "Elm Street tree planting",
            "Council backs bus lanes",
            "Night buses return",
            "Budget hearing set for May",
            "Fare machines fixed",
        ]
        assert app.focused is app.articles
        assert app.reader.article is not None
        assert app.reader.article.title == "Elm Street tree planting"
        assert "All · 5" in str(app.articles.border_title)


async def test_j_k_and_arrows_move_and_reader_follows(paths: Paths) -> None:
    app = make_app(paths, mark_read_delay=60.0)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        assert app.articles.cursor == 1
        assert app.reader.article.title == "Council backs bus lanes"
        assert len(app.quotes.options) == 4  # speech only; the term stays in the reader
        await pilot.press("down")
        assert app.reader.article.title == "Night buses return"
        assert app.quotes.quote_indexes == []  # no quotation: one disabled line says why
        assert app.quotes.option_count == 1 and app.quotes.get_option_at_index(0).disabled
        await pilot.press("k", "up")
        assert app.articles.cursor == 0
        assert app.reader.article.title == "Elm Street tree planting"
        await pilot.press("G")
        assert app.articles.cursor == 4
        await pilot.press("g")
        assert app.articles.cursor == 0


async def test_dwell_marks_read_but_passing_over_does_not(paths: Paths) -> None:
    app = make_app(paths, mark_read_delay=0.2)
    async with app.run_test(size=WIDE) as pilot:
        # two key repeats in one tick: pass over "Council", rest on "Night buses"
        app.articles.action_cursor_down()
        app.articles.action_cursor_down()
        passed, rested = app.articles.row_at(1), app.articles.row_at(2)
        await pilot.pause(0.5)
        assert stored(paths, rested.id).read is True
        assert app.articles.row_at(2).read is True
        assert stored(paths, passed.id).read is False


async def test_enter_opens_and_tab_cycles_panes(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "enter")
        assert app.focused is app.reader
        assert app.reader.article.title == "Council backs bus lanes"
        await pilot.press("tab")
        assert app.focused is app.quotes
        await pilot.press("tab")
        assert app.focused is app.sources
        await pilot.press("tab")
        assert app.focused is app.articles
        await pilot.press("shift+tab")
        assert app.focused is app.sources


async def test_n_p_step_through_quotations(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "n")
        assert app.reader.current_quote == 0
        assert app.quotes.highlighted == 0
        await pilot.press("n", "n")
        assert app.reader.current_quote == 2
        await pilot.press("p")
        assert app.reader.current_quote == 1
        await pilot.press("p", "p")  # wraps to the last speech quote
        assert app.reader.current_quote == 3


async def test_choosing_a_quote_scrolls_the_reader_to_it(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("j")
        app.quotes.focus()
        await pilot.press("end", "enter")
        last = app.quotes.quote_indexes[-1]
        assert app.reader.current_quote == last
        line = app.reader._ensure_layout().quote_lines[last]
        top = round(app.reader.scroll_y)
        assert top > 0
        assert top <= line < top + app.reader.scrollable_content_region.height


async def test_click_on_a_quote_chooses_it(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        await pilot.click("#quotes", offset=(4, 1))
        await pilot.pause()
        assert app.reader.current_quote == 0


async def test_space_and_b_page_the_reader(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("j")
        assert app.reader.scroll_y == 0
        await pilot.press("space")
        assert app.reader.scroll_y > 0
        await pilot.press("b")
        assert app.reader.scroll_y == 0


async def test_click_selects_a_row(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        # border row, then two lines per article: line 6 is the meta line of row 2
        await pilot.click("#articles", offset=(6, 6))
        assert app.articles.cursor == 2
        assert app.reader.article.title == "Night buses return"


# ---- flags: read, saved, all read ---------------------------------------------------------
async def test_u_toggles_read(paths: Paths) -> None:
    app = make_app(paths, mark_read_delay=60.0)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        article_id = app.reader.article_id
        await pilot.press("u")
        assert stored(paths, article_id).read is True
        assert app.articles.current.read is True
        await pilot.press("u")
        assert stored(paths, article_id).read is False


async def test_s_toggles_saved_when_text_is_there(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "s")
        article_id = app.reader.article_id
        assert stored(paths, article_id).saved is True
        assert app.articles.current.saved is True
        await pilot.press("s")
        assert stored(paths, article_id).saved is False


async def test_s_fetches_missing_text_then_saves(paths: Paths, http_server) -> None:
    page = (
        "<html><head><title>Night buses</title></head><body><article><h1>Night buses return</h1>"
        + "".join(
            f"<p>Night service is back on route {n} from Monday, the transit agency said, "
            f"with buses every {n + 10} minutes through the night.</p>"
            for n in range(1, 6)
        )
        + "<p>\u201cRiders asked for this,\u201d said Dana Cole, the agency's director.</p>"
        "</article></body></html>"
    )
    http_server.route("/t1", Reply(body=page.encode(), headers={"Content-Type": "text/html"}))
    with Store.open(paths.db_file) as store:
        feed = store.add_feed(http_server.url("/night.xml"), "Night Desk")
        entry = Entry("n1", http_server.url("/t1"), "Night buses", None, NOW - 99 * 86400, "Soon.")
        (article_id,) = store.add_entries(feed.id, [entry], NOW)
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("G")
        assert app.reader.article_id == article_id
        assert app.reader.article.text is None
        assert any("Full text" in line for line in app.reader.text_lines())
        await pilot.press("s")
        await wait_for(pilot, lambda: stored(paths, article_id).saved)
        await wait_for(pilot, lambda: app.reader.article.text is not None)
        assert "route 3 from Monday" in " ".join(app.reader.text_lines())
        assert app.articles.current.saved is True


async def test_A_marks_all_in_the_view_read(paths: Paths) -> None:
    app = make_app(paths, mark_read_delay=60.0)
    async with app.run_test(size=WIDE) as pilot:
        app.sources.focus()
        await pilot.press("down", "down", "down")  # All, Saved, Local, City Hall
        assert titles(app) == ["Council backs bus lanes", "Budget hearing set for May"]
        city_id = app.articles.current.feed_id
        await pilot.press("A")
        with Store.open(paths.db_file) as store:
            assert store.count_articles(feed_id=city_id, unread=True) == 0
            assert store.count_articles(unread=True) == 3  # the other feeds are untouched
        assert all(app.articles.row_at(i).read for i in range(app.articles.count))


# ---- views: feeds, saved only, search ----------------------------------------------------
async def test_feed_and_folder_views(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        app.sources.focus()
        await pilot.press("down", "down")  # the Local folder
        assert set(titles(app)) == {
            "Council backs bus lanes",
            "Night buses return",
            "Budget hearing set for May",
            "Fare machines fixed",
        }
        await pilot.press("down", "down")  # Transit Desk
        assert titles(app) == ["Night buses return", "Fare machines fixed"]
        assert "Transit Desk · 2" in str(app.articles.border_title)
        await pilot.press("enter")
        assert app.focused is app.articles


async def test_S_toggles_saved_only(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("S")
        assert titles(app) == ["Elm Street tree planting"]
        await pilot.press("S")
        assert app.articles.count == 5


async def test_search_shows_results_and_escape_returns(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "j")
        await pilot.press("slash")
        assert app.focused.id == "search"
        await pilot.press(*"bakery", "enter")
        assert titles(app) == ["Council backs bus lanes"]
        assert "Search “bakery” · 1" in str(app.articles.border_title)
        assert app.focused is app.articles
        await pilot.press("escape")
        assert app.articles.count == 5
        assert app.articles.cursor == 2  # back where the search started


async def test_escape_closes_an_unused_search_box(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("slash", "s", "escape")  # "s" typed into the box saves nothing
        assert app.focused is app.articles
        assert not app.query_one("#search").has_class("-visible")
        assert app.articles.count == 5
        assert stored(paths, app.reader.article_id).title == "Elm Street tree planting"
        with Store.open(paths.db_file) as store:
            assert store.count_articles(saved=True) == 1


# ---- links ---------------------------------------------------------------------------
async def test_o_runs_the_configured_browser(paths: Paths, tmp_path: Path) -> None:
    out = tmp_path / "opened.txt"
    script = tmp_path / "browser.py"
    script.write_text(f"import sys; open({str(out)!r}, 'w').write(sys.argv[1])\n")
    app = make_app(paths, browser=f"{sys.executable} {script}")
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("o")
        await wait_for(pilot, lambda: out.exists() and out.read_text() != "")
        assert out.read_text() == "http://127.0.0.1:9/b1"


async def test_y_copies_the_link(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j", "y")
        assert app.clipboard == "http://127.0.0.1:9/c1"


# ---- refresh --------------------------------------------------------------------------
async def test_r_offline_says_so_and_does_nothing(paths: Paths) -> None:
    app = make_app(paths, offline=True)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("r")
        assert app.refreshing is False
        assert not app.workers
        assert any("Offline" in str(n.message) for n in app._notifications)
        assert "offline" in app.status.text


RSS = """<?xml version="1.0"?><rss version="2.0"><channel><title>Harbour News</title>
<item><guid>h1</guid><title>Ferry timetable changes</title><link>{base}/h1</link>
<pubDate>Tue, 14 Nov 2023 21:00:00 GMT</pubDate><description>New times.</description></item>
</channel></rss>"""


async def test_r_refreshes_in_a_worker_and_reports_errors(paths: Paths, http_server) -> None:
    http_server.route(
        "/harbour.xml",
        Reply(
            body=RSS.format(base=http_server.url("")).encode(),
            headers={"Content-Type": "application/rss+xml"},
        ),
    )
    with Store.open(paths.db_file) as store:
        store.add_feed(http_server.url("/harbour.xml"))
    app = make_app(paths, fetch_pages=False, retention_days=0, request_deadline=5.0)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("r")
        await wait_for(pilot, lambda: not app.refreshing, timeout=30)
        assert "Ferry timetable changes" in titles(app)
        assert "refreshed" in app.status.text
        # the three fixture feeds point at a closed port: a per-feed error summary
        messages = [str(n.message) for n in app._notifications]
        assert any("City Hall" in m for m in messages)


async def test_first_run_subscribes_the_samples(tmp_path: Path) -> None:
    from termnews.resources import sample_feeds_dir

    samples = sample_feeds_dir()
    if not samples.is_dir() or not any(samples.iterdir()):
        pytest.skip("sample_feeds/ is empty in this checkout")
    from termnews.paths import resolve_paths

    app = TermnewsApp(ui_settings(), resolve_paths(tmp_path), offline=True, clock=lambda: NOW)
    async with app.run_test(size=WIDE) as pilot:
        await wait_for(pilot, lambda: app.reader.article is not None, timeout=20)
        assert app.articles.count > 0
        assert len(app.sources.queries) > 2


# ---- screens, keys, palette ------------------------------------------------------------
async def test_who_said_what_opens_a_quotation(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("w")
        screen = app.screen
        assert isinstance(screen, SpeakersScreen)
        assert set(screen.speaker_names) == {"Maria Lopez", "Tom Reed"}
        index = screen.speaker_names.index("Tom Reed")
        await pilot.press(*(["down"] * index), "enter")
        assert [hit.quote.quote for hit in screen.hits] == [
            "We lose the parking in front of the bakery,",
            "Nobody asked us.",
        ]
        await pilot.press("down", "enter")
        assert not isinstance(app.screen, SpeakersScreen)
        assert app.reader.article.title == "Council backs bus lanes"
        chosen = app.reader.article.quotes[app.reader.current_quote]
        assert chosen.quote == "Nobody asked us."
        assert app.focused is app.reader


async def test_help_lists_every_key_and_closes(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("question_mark")
        assert isinstance(app.screen, HelpScreen)
        ids = {item.action_id for _, items in app.screen.sections for item in items}
        assert {"save", "who_said_what", "search", "refresh", "down", "open"} <= ids
        await pilot.press("s")  # article keys are off under the help screen
        await pilot.press("escape")
        assert not isinstance(app.screen, HelpScreen)
        with Store.open(paths.db_file) as store:
            assert store.count_articles(saved=True) == 1


async def test_settings_keys_remap_bindings(paths: Paths) -> None:
    app = make_app(paths, keys={"save": "x", "down": "ctrl+n"})
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+n")
        assert app.articles.cursor == 1
        await pilot.press("s")
        assert stored(paths, app.reader.article_id).saved is False
        await pilot.press("x")
        assert stored(paths, app.reader.article_id).saved is True


async def test_command_palette_runs_an_action(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.press(*"who said", "enter")
        await wait_for(pilot, lambda: isinstance(app.screen, SpeakersScreen), timeout=5)


# ---- layout --------------------------------------------------------------------------
async def test_three_panes_wide_and_quotes_below_when_narrow(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.press("j")
        reader, quotes, articles = app.reader.region, app.quotes.region, app.articles.region
        assert articles.right <= reader.x and reader.right <= quotes.x
        assert quotes.right <= 120
        await pilot.resize_terminal(*NARROW)
        await pilot.pause()
        reader, quotes = app.reader.region, app.quotes.region
        assert quotes.y >= reader.bottom and quotes.x == reader.x
        assert quotes.bottom <= 24 and reader.right <= 80
        assert reader.height >= 8  # the current article stays readable
        assert app.reader.article.title == "Council backs bus lanes"


# ---- the reader's layout (no App) -------------------------------------------------------
def test_wrap_ranges_respects_width_and_keeps_every_word() -> None:
    text = "one two three  four five six seventeen"
    for width in (9, 10, 13, 80):
        ranges = wrap_ranges(text, width)
        assert all(len(text[s:e]) <= width for s, e in ranges)
        assert " ".join(text[s:e] for s, e in ranges).split() == text.split()


def test_wrap_ranges_splits_words_longer_than_a_line() -> None:
    text = "a " + "x" * 25 + " b"
    ranges = wrap_ranges(text, 10)
    assert [text[s:e] for s, e in ranges] == ["a", "x" * 10, "x" * 10, "x" * 5 + " b"]


def test_layout_highlights_each_quote_exactly(paths: Paths) -> None:
    with Store.open(paths.db_file) as store:
        row = next(r for r in store.articles() if r.has_text)
        article = store.article(row.id)
    assert article is not None and article.text is not None
    for width in (24, 40, 86):
        layout = layout_article(article, width)
        for index, quote in enumerate(article.quotes):
            pieces = [
                line.text[s:e] for line in layout.lines for s, e, i in line.quotes if i == index
            ]
            assert " ".join(pieces) == quote.quote
            assert index in layout.quote_lines


# ---- feeds pane, rows and feed errors ----------------------------------------------------
LONG_TITLE = "The Very Long Name of a Neighbourhood Newsletter — Elm Street and Around"


def screen_lines(app: TermnewsApp) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]


def pane_lines(app: TermnewsApp, widget) -> list[str]:
    """The text inside one pane's border, line by line."""
    region = widget.region
    return [line[region.x : region.right] for line in screen_lines(app)[region.y : region.bottom]]


async def test_feed_rows_are_one_line_and_a_failing_feed_shows_its_error(paths: Paths) -> None:
    with Store.open(paths.db_file) as store:
        blog = store.find_feed("Elm Street Blog")
        city = store.find_feed("City Hall")
        assert blog is not None and city is not None
        store.add_feed(blog.url, title=LONG_TITLE)
        store.record_feed_fetch(
            city.id, now=NOW, status=503, error="HTTP 503 [b]Service[/b] Unavailable"
        )
    app = make_app(paths, mark_read_delay=60.0)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        feeds = pane_lines(app, app.sources)
        long_row = next(line for line in feeds if "Very Long Name" in line)
        assert long_row.rstrip(" │").endswith("… 1")  # cut with "…", unread count at the right
        assert not any("Around" in line for line in feeds)  # no second line for the title
        city_row = next(line for line in feeds if "City Hall" in line)
        assert city_row.rstrip(" │").endswith("! 2")
        assert "1 feed failing" in str(app.articles.border_subtitle)
        app.sources.focus()
        await pilot.press("down", "down", "down")  # All, Saved, Local, City Hall
        assert app.view.feed_id == city.id
        subtitle = Content.from_markup(app.articles.border_subtitle).plain
        assert subtitle == "! HTTP 503 [b]Service[/b] Unavailable"  # literal, not markup
        assert "last refresh failed: HTTP 503 [b]Service[/b] Unavailable" in app.status.text
        assert any("HTTP 503" in line for line in screen_lines(app))
        await pilot.press("down")  # Transit Desk: all is well there
        assert not str(app.articles.border_subtitle)


async def test_space_folds_and_unfolds_a_folder(paths: Paths) -> None:
    app = make_app(paths)
    async with app.run_test(size=WIDE) as pilot:
        app.sources.focus()
        await pilot.press("down", "down", "down")  # City Hall, inside Local
        before = len(app.sources.rows)
        await pilot.press("h")  # fold the feed's folder; the highlight goes to the folder
        assert len(app.sources.rows) == before - 2
        assert app.sources.query_at(app.sources.highlighted).folder == "Local"
        assert any("▸ Local" in line for line in pane_lines(app, app.sources))
        assert "Elm Street Blog" in [r.label for r in app.sources.rows]
        await pilot.press("space")
        assert len(app.sources.rows) == before
        assert any("▾ Local" in line for line in pane_lines(app, app.sources))


async def test_article_rows_show_feed_and_age_on_two_lines(paths: Paths) -> None:
    app = make_app(paths, mark_read_delay=60.0)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert app.articles.row_height == 2
        lines = pane_lines(app, app.articles)[1:]  # under the border
        assert lines[0].startswith("│●★ Elm Street tree planting")
        assert "Elm Street Blog" in lines[1] and lines[1].rstrip(" │").endswith("30m")
        assert lines[2].startswith("│●  Council backs bus lanes")
        assert "City Hall" in lines[3] and lines[3].rstrip(" │").endswith("3h")
        await pilot.press("j")
        assert app.articles.cursor == 1
        await pilot.resize_terminal(200, 40)  # a wide list pane: one line per article
        await pilot.pause()
        if app.articles.size.width >= 64:
            assert app.articles.row_height == 1
            row = pane_lines(app, app.articles)[2]
            assert "Council backs bus lanes" in row and "City Hall" in row and "3h" in row


async def test_empty_saved_view_says_what_to_do(tmp_path: Path) -> None:
    paths = build_store(tmp_path)
    with Store.open(paths.db_file) as store:
        for row in store.articles(saved=True):
            store.set_saved(row.id, False)
    app = make_app(paths)
    async with app.run_test(size=NARROW) as pilot:
        await pilot.press("S")
        text = "\n".join(pane_lines(app, app.articles))
        assert "No saved articles yet." in text
        assert "s on an article keeps it" in text
