"""Hostile input end to end: feeds and pages served from a local server go through the real
refresh pipeline, then ``list``/``show``/``search``/``quotes``/``extract`` and the App.

Nothing may escape as an exception, no stored or displayed string may carry a control
character, markup is never interpreted, nothing is read from disk or fetched because of an XML
entity, and every file stays under 10 s and 300 MB. tests/hostile/ holds our own small cases
(so a fresh clone tests them); ../shared/corpora/hostile adds the full corpus when present.
"""

from __future__ import annotations

import asyncio
import contextlib
import gzip
import json
import re
import sqlite3
import time
import tracemalloc
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cli_run import cli_at
from httpserver import Reply, TestHTTPServer

from termnews.config import Settings
from termnews.extract import ExtractError, extract
from termnews.paths import Paths, resolve_paths
from termnews.refresh import RefreshSummary, refresh
from termnews.store import Store

OWN = Path(__file__).resolve().parent / "hostile"
SHARED_HOSTILE = Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hostile"
# What a terminal could act on: C0 except \t \n, DEL, C1, bidi embeddings/overrides/isolates.
UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")
SECRET = "TOPSECRET-7f3a9c"  # in a local file an XXE entity points at
TIME_LIMIT = 10.0  # seconds per file
MEMORY_LIMIT = 300 * 1024 * 1024  # bytes of peak growth per file
CLICK_TITLE = "[@click=app.quit]Read more[/]"
WIDE = (120, 40)


# ---- measuring ---------------------------------------------------------------------------
def _status_kib(field_name: str) -> int:
    text = Path("/proc/self/status").read_text()
    match = re.search(rf"^{field_name}:\s+(\d+) kB", text, re.MULTILINE)
    assert match is not None
    return int(match.group(1))


@dataclass(slots=True)
class Cost:
    """Wall time and peak memory growth of one piece of work."""

    seconds: float = 0.0
    peak_bytes: int = 0


@contextlib.contextmanager
def measured() -> Iterator[Cost]:
    """Time the block and measure its peak memory growth.

    Linux: reset the kernel's peak-RSS mark (``clear_refs`` 5) and read VmHWM after, which
    counts C allocations (expat, libxml2) too. Elsewhere: tracemalloc's peak (Python only).
    """
    cost = Cost()
    try:
        Path("/proc/self/clear_refs").write_text("5")
        base = _status_kib("VmRSS")
        use_proc = True
    except OSError:
        use_proc = False
        tracemalloc.start()
    started = time.perf_counter()
    try:
        yield cost
    finally:
        cost.seconds = time.perf_counter() - started
        if use_proc:
            cost.peak_bytes = max(0, _status_kib("VmHWM") - base) * 1024
        else:
            cost.peak_bytes = tracemalloc.get_traced_memory()[1]
            tracemalloc.stop()


def assert_bounded(name: str, cost: Cost) -> None:
    assert cost.seconds < TIME_LIMIT, f"{name}: {cost.seconds:.1f} s"
    assert cost.peak_bytes < MEMORY_LIMIT, f"{name}: {cost.peak_bytes / 2**20:.0f} MB"


# ---- the CLI and the store ---------------------------------------------------------------
cli = cli_at  # termnews --home HOME ARGS, in this process


def assert_clean(text: str, where: str) -> None:
    found = UNSAFE.search(text)
    assert found is None, (
        f"{where}: {found.group()!r} in {text[max(0, found.start() - 40) :][:120]!r}"
    )
    assert "Traceback" not in text, where


def stored_strings(db_file: Path) -> Iterator[tuple[str, str]]:
    """(table.column, value) for every text value in every table of the store."""
    conn = sqlite3.connect(db_file)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")]
        for table in tables:
            cursor = conn.execute(f'SELECT * FROM "{table}"')
            names = [d[0] for d in cursor.description]
            for row in cursor:
                for name, value in zip(names, row, strict=True):
                    if isinstance(value, str):
                        yield f"{table}.{name}", value
    finally:
        conn.close()


def write_config(paths: Paths, **values: object) -> None:
    """config.toml with these settings (numbers and booleans only)."""
    paths.ensure()
    lines = [f"{key} = {str(v).lower() if isinstance(v, bool) else v}" for key, v in values.items()]
    paths.config_file.write_text("\n".join(lines) + "\n", encoding="utf-8")


# ---- the served corpus -------------------------------------------------------------------
@dataclass
class HostileHome:
    """A home whose store was filled by refreshing every hostile feed from a local server."""

    home: Path
    paths: Paths
    server: TestHTTPServer
    feed_ids: dict[str, int] = field(default_factory=dict)  # file name -> feed id
    costs: dict[str, Cost] = field(default_factory=dict)
    summaries: dict[str, RefreshSummary] = field(default_factory=dict)
    secret_file: Path | None = None


def own_feed_bodies(server: TestHTTPServer, secret: Path) -> dict[str, bytes]:
    """Our hand-written feeds with their placeholders filled in for this server."""
    substitutions = {
        b"@BASE@": server.base_url.encode(),
        b"@SECRET_URI@": secret.as_uri().encode(),
        b"@XXE_URL@": server.url("/xxe").encode(),
        b"@DTD_URL@": server.url("/evil.dtd").encode(),
    }
    bodies: dict[str, bytes] = {}
    for path in sorted(OWN.glob("*.xml")):
        body = path.read_bytes()
        for placeholder, value in substitutions.items():
            body = body.replace(placeholder, value)
        bodies[path.name] = body
    return bodies


def shared_feed_bodies(server: TestHTTPServer) -> dict[str, bytes]:
    """The shared corpus' feeds, their example.com links pointed at the local server."""
    folder = SHARED_HOSTILE / "feeds"
    if not folder.is_dir():
        return {}
    local = server.url("/ex/").encode()
    return {
        "shared-" + p.name: p.read_bytes().replace(b"https://example.com/", local)
        for p in sorted(folder.iterdir())
    }


def page_bodies() -> dict[str, bytes]:
    """Hostile pages: ours, and the shared corpus' (decompressed) when present."""
    pages = {"hostile-page.html": (OWN / "hostile-page.html").read_bytes()}
    folder = SHARED_HOSTILE / "pages"
    if folder.is_dir():
        for path in sorted(folder.iterdir()):
            data = path.read_bytes()
            name = path.name
            if name.endswith(".gz"):
                data, name = gzip.decompress(data), name[: -len(".gz")]
            pages["shared-" + name] = data
    return pages


def pages_feed(server: TestHTTPServer, names: list[str]) -> bytes:
    """An RSS feed with one item per hostile page, linking to it on the local server."""
    items = "".join(
        f"<item><title>page {name}</title><link>{server.url('/pages/' + name)}</link>"
        f"<guid>page-{name}</guid><description>summary of {name}</description></item>"
        for name in names
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>Pages</title>{items}</channel></rss>"
    ).encode()


def serve_corpus(server: TestHTTPServer, secret: Path) -> tuple[dict[str, bytes], dict[str, bytes]]:
    feeds = own_feed_bodies(server, secret) | shared_feed_bodies(server)
    pages = page_bodies()
    feeds["pages.xml"] = pages_feed(server, sorted(pages))
    for name, body in feeds.items():
        server.route(
            f"/feeds/{name}", Reply(body=body, headers={"Content-Type": "application/rss+xml"})
        )
    for name, body in pages.items():
        server.route(f"/pages/{name}", Reply(body=body, headers={"Content-Type": "text/html"}))
    # Links of our own feeds (/esc/N, /mk/N) lead to the hostile page too.
    page = pages["hostile-page.html"]
    for prefix in ("esc", "mk"):
        for number in range(20):
            server.route(
                f"/{prefix}/{number}", Reply(body=page, headers={"Content-Type": "text/html"})
            )
    return feeds, pages


def hostile_settings() -> Settings:
    return Settings(request_deadline=5.0, retention_days=0, mark_read_delay=60.0)


@pytest.fixture(scope="module")
def hostile_home(tmp_path_factory: pytest.TempPathFactory) -> Iterator[HostileHome]:
    """Refresh each hostile feed alone (timed and measured), through the real pipeline."""
    home = tmp_path_factory.mktemp("hostile-home")
    secret = tmp_path_factory.mktemp("secret") / "secret.txt"
    secret.write_text(SECRET + "\n", encoding="utf-8")
    server = TestHTTPServer("127.0.0.1")
    try:
        feeds, _ = serve_corpus(server, secret)
        paths = resolve_paths(home).ensure()
        write_config(paths, request_deadline=5.0, retention_days=0)
        state = HostileHome(home, paths, server, secret_file=secret)
        with Store.open(paths.db_file) as store:
            for name in feeds:
                state.feed_ids[name] = store.add_feed(server.url(f"/feeds/{name}")).id
        settings = hostile_settings()
        for name, feed_id in state.feed_ids.items():
            with measured() as cost:
                summary = asyncio.run(refresh(paths, settings, feed_ids=[feed_id]))
            state.costs[name] = cost
            state.summaries[name] = summary
        yield state
    finally:
        server.close()


# ---- refresh -----------------------------------------------------------------------------
def test_every_feed_refreshes_in_bounded_time_and_memory(hostile_home: HostileHome) -> None:
    assert "escape-titles.xml" in hostile_home.costs
    for name, cost in hostile_home.costs.items():
        assert_bounded(name, cost)


def test_every_stored_string_is_free_of_control_characters(hostile_home: HostileHome) -> None:
    count = 0
    for where, value in stored_strings(hostile_home.paths.db_file):
        assert_clean(value, where)
        count += 1
    assert count > 100  # the corpus really went in


def test_entities_read_no_file_and_fetch_nothing(hostile_home: HostileHome) -> None:
    paths = {r.path for r in hostile_home.server.requests}
    assert "/xxe" not in paths and "/evil.dtd" not in paths
    for where, value in stored_strings(hostile_home.paths.db_file):
        assert SECRET not in value, where
        assert "/etc/hostname" not in value or where.endswith(".url"), where
    with Store.open(hostile_home.paths.db_file) as store:
        rows = store.articles(feed_id=hostile_home.feed_ids["xxe.xml"])
    assert sorted(r.title for r in rows) == ["File &file;", "Remote &remote;"]


def test_entity_bombs_are_not_expanded(hostile_home: HostileHome) -> None:
    names = ["entity-bomb.xml"] + [
        n for n in hostile_home.feed_ids if "blowup" in n or "laughs" in n
    ]
    with Store.open(hostile_home.paths.db_file) as store:
        for name in names:
            feed_id = hostile_home.feed_ids[name]
            rows = store.articles(feed_id=feed_id)
            assert rows, name
            for row in rows:
                article = store.article(row.id)
                assert article is not None
                assert len(article.title) <= 1000 and "lollollol" not in article.title, name
                assert len(article.summary) <= 20_000, name
                assert "x" * 50_000 not in article.summary, name


def test_every_feed_error_is_one_clean_line(hostile_home: HostileHome) -> None:
    with Store.open(hostile_home.paths.db_file) as store:
        feeds = {f.id: f for f in store.feeds()}
    for name, feed_id in hostile_home.feed_ids.items():
        feed = feeds[feed_id]
        if feed.error is not None:
            assert "\n" not in feed.error and len(feed.error) <= 300, name
    # The documents that are not feeds at all fail as one clear line; the rest parse.
    if "shared-empty.xml" in hostile_home.feed_ids:
        assert feeds[hostile_home.feed_ids["shared-empty.xml"]].error == "empty document"
        not_feed = feeds[hostile_home.feed_ids["shared-not-a-feed.html"]].error
        assert not_feed is not None and "not a feed" in not_feed
    assert feeds[hostile_home.feed_ids["escape-titles.xml"]].error is None
    assert feeds[hostile_home.feed_ids["markup-titles.xml"]].error is None


def test_pages_clean_to_safe_text_or_one_error(hostile_home: HostileHome) -> None:
    with Store.open(hostile_home.paths.db_file) as store:
        rows = store.articles(feed_id=hostile_home.feed_ids["pages.xml"])
        articles = {row.title.removeprefix("page "): store.article(row.id) for row in rows}
    own = articles["hostile-page.html"]
    assert own is not None and own.text is not None, own and own.page_error
    assert "hasn’t rained in the café" in own.text
    assert "Breaking news" in own.text and "Hithere" in own.text
    assert CLICK_TITLE in own.text  # kept literally, as plain text
    for bad in ("alert(", "document.cookie", "javascript:", "display: none", "base64"):
        assert bad not in own.text
    assert any(q.speaker == "Ana Ruiz" for q in own.quotes)
    for name, article in articles.items():
        assert article is not None
        assert article.text is not None or article.page_error, name
        if article.page_error:
            assert "\n" not in article.page_error, name
    if "shared-no-charset-utf8.html" in articles:
        text = articles["shared-no-charset-utf8.html"].text or ""
        assert "hasn’t" in text and "â€" not in text
        xss = articles["shared-xss.html"].text or ""
        assert "Readable paragraph" in xss and "alert(" not in xss
        escapes = articles["shared-escape-sequences.html"].text or ""
        assert "Breaking news" in escapes


# ---- the CLI -----------------------------------------------------------------------------
def test_list_and_feeds_print_only_safe_text(hostile_home: HostileHome) -> None:
    listed = cli(hostile_home.home, "list")
    assert listed.status == 0, listed.err
    assert_clean(listed.out, "list stdout")
    assert_clean(listed.err, "list stderr")
    assert CLICK_TITLE in listed.out  # literally, not interpreted
    assert "Breaking news" in listed.out
    as_json = cli(hostile_home.home, "list", "--json")
    assert as_json.status == 0
    rows = json.loads(as_json.out)
    assert len(rows) == len(listed.out.splitlines())
    for row in rows:
        for value in row.values():
            if isinstance(value, str):
                assert_clean(value, "list --json")
    feeds = cli(hostile_home.home, "feeds")
    assert feeds.status == 0
    assert_clean(feeds.out, "feeds")
    assert "pwned" not in feeds.out  # the OSC 0 title body went with its sequence


def test_show_prints_every_article_safely(hostile_home: HostileHome) -> None:
    with Store.open(hostile_home.paths.db_file) as store:
        ids = [row.id for row in store.articles()]
    assert len(ids) > 20
    for article_id in ids:
        shown = cli(hostile_home.home, "show", str(article_id))
        assert shown.status == 0, shown.err
        assert_clean(shown.out, f"show {article_id}")
        assert shown.err == ""


def test_search_and_quotes_print_only_safe_text(hostile_home: HostileHome) -> None:
    for query in ("Breaking", "click", CLICK_TITLE, "[/]", "\x1b]52;c;", "ration water"):
        found = cli(hostile_home.home, "search", query)
        assert found.status == 0, (query, found.err)
        assert_clean(found.out + found.err, f"search {query!r}")
    assert "Breaking news" in cli(hostile_home.home, "search", "Breaking").out
    by_speaker = cli(hostile_home.home, "quotes", "--speaker", "Ana Ruiz")
    assert by_speaker.status == 0
    assert "We will ration the water" in by_speaker.out
    assert_clean(by_speaker.out, "quotes --speaker")
    with Store.open(hostile_home.paths.db_file) as store:
        with_quotes = [r.id for r in store.articles() if store.quotes_for(r.id)]
    assert with_quotes
    for article_id in with_quotes:
        for flags in ((), ("--json",)):
            quoted = cli(hostile_home.home, "quotes", "--article", str(article_id), *flags)
            assert quoted.status == 0
            assert_clean(quoted.out, f"quotes --article {article_id}")


def test_cli_refresh_prints_only_safe_lines(hostile_home: HostileHome) -> None:
    refreshed = cli(hostile_home.home, "refresh", "--no-pages")
    assert refreshed.status == 0, refreshed.err
    assert_clean(refreshed.out + refreshed.err, "refresh")
    assert "feeds refreshed" in refreshed.out


# ---- extract on files --------------------------------------------------------------------
def hostile_page_files() -> list[Path]:
    files = [OWN / "hostile-page.html"]
    folder = SHARED_HOSTILE / "pages"
    if folder.is_dir():
        files += sorted(folder.iterdir())
    return files


@pytest.mark.parametrize("page", hostile_page_files(), ids=lambda p: p.name)
def test_extract_each_page_bounded_and_safe(page: Path, tmp_path: Path) -> None:
    data = page.read_bytes()
    if page.name.endswith(".gz"):
        data = gzip.decompress(data)
    with measured() as cost:
        try:
            extracted = extract(data, url="http://127.0.0.1:9/page")
        except ExtractError as exc:
            error: str | None = str(exc)
        else:
            error = None
    assert_bounded(page.name, cost)
    if error is not None:
        assert "\n" not in error and error
    else:
        assert_clean(extracted.text, page.name)
        assert_clean(extracted.title or "", page.name)
        for block in extracted.blocks:
            assert extracted.text[block.start : block.end] == block.text
    for flags in ((), ("--json",), ("--jsonl",)):
        result = cli(tmp_path, "extract", *flags, str(page))
        assert result.status == (0 if error is None else 1), result.err
        assert_clean(result.out, f"extract {flags} {page.name}")
        assert len(result.err.splitlines()) == (0 if error is None else 1)
        if flags:
            assert json.loads(result.out.splitlines()[0])  # valid JSON, control chars escaped
    quotes = cli(tmp_path, "quotes", str(page))
    assert_clean(quotes.out, f"quotes {page.name}")


def test_quotes_on_a_hostile_text_file_prints_no_escape(tmp_path: Path) -> None:
    source = tmp_path / "hostile.txt"
    source.write_text(
        "\u201cBreaking\x1b[2J\x1b]52;c;ZXZpbA==\x07 news is here,\u201d said Ana\x1b[31m Ruiz.\n",
        encoding="utf-8",
    )
    result = cli(tmp_path, "quotes", str(source))
    assert result.status == 0
    assert "\x1b" not in result.out
    as_json = cli(tmp_path, "quotes", "--json", str(source))
    (item,) = json.loads(as_json.out)
    text = source.read_text(encoding="utf-8")
    for quote in item["quotes"]:  # offsets index the file's own text, as read
        assert text[quote["start"] : quote["end"]] == quote["quote"]


# ---- an old store holding raw hostile text -----------------------------------------------
def hostile_values() -> list[str]:
    values = [
        "Mayor\x1b]52;c;ZXZpbA==\x07 resigns",
        "\x1b]8;;https://evil.example/\x1b\\click\x1b]8;;\x1b\\",
        "\x9b6n\x9d0;title\x9c report",
        "\x1bP+q544e\x1b\\dcs \x1b[6n\x1b[c",
        "invoice\u202egnp.exe",
        CLICK_TITLE,
        "[/] broken",
    ]
    titles = SHARED_HOSTILE / "titles.json"
    if titles.is_file():
        values += [v[:5000] for v in json.loads(titles.read_text(encoding="utf-8")).values()]
    return values


@pytest.fixture
def old_store(tmp_path: Path) -> Paths:
    """A store whose rows were written raw (as by an old termnews), bypassing sanitising."""
    paths = resolve_paths(tmp_path).ensure()
    values = hostile_values()
    with Store.open(paths.db_file) as store:
        feed = store.add_feed("http://127.0.0.1:9/old.xml", "placeholder")
        from termnews.models import Entry, Extracted, Quote

        ids = store.add_entries(
            feed.id,
            [
                Entry(f"g{i}", f"http://127.0.0.1:9/{i}", "t", "a", 1_700_000_000 - i, "s")
                for i in range(len(values))
            ],
            1_700_000_000,
        )
        for article_id in ids:
            text = "\u201cWe will act,\u201d said Ana Ruiz."
            quote = Quote(1, 12, "We will act,", "Ana Ruiz", "speech", "said")
            store.store_page(article_id, Extracted("t", None, None, None, [], text), [quote], 0)
        conn = store.connection
        conn.execute(
            "UPDATE feeds SET title = ?, error = ? WHERE id = ?", (values[0], values[1], feed.id)
        )
        for article_id, value in zip(ids, values, strict=True):
            conn.execute(
                "UPDATE articles SET title = ?, author = ?, summary = ?, text = ?, page_error = ?"
                " WHERE id = ?",
                (value, value, value, value + "\n\nmore " + value, value, article_id),
            )
            conn.execute(
                "UPDATE quotes SET quote = ?, speaker = ? WHERE article_id = ?",
                (value, "Ana Ruiz" + value[:30], article_id),
            )
    return paths


def test_an_old_store_cannot_reintroduce_controls_on_the_cli(old_store: Paths) -> None:
    home = old_store.data_dir.parent
    outputs = [cli(home, "list"), cli(home, "list", "--json"), cli(home, "feeds")]
    with Store.open(old_store.db_file) as store:
        ids = [row.id for row in store.articles()]
    for article_id in ids:
        outputs.append(cli(home, "show", str(article_id)))
        outputs.append(cli(home, "quotes", "--article", str(article_id)))
    outputs += [cli(home, "search", "resigns"), cli(home, "quotes", "--speaker", "Ruiz")]
    for result in outputs:
        assert result.status == 0, result.err
        assert_clean(result.out, "stdout")
        assert_clean(result.err, "stderr")
    assert "resigns" in outputs[0].out or "resigns" in outputs[2].out


# ---- the App ------------------------------------------------------------------------------
def screen_lines(app: object) -> list[str]:
    return [strip.text for strip in app.screen._compositor.render_strips()]  # type: ignore[attr-defined]


def assert_clean_screen(app: object, where: str) -> list[str]:
    lines = screen_lines(app)
    for line in lines:
        assert_clean(line, where)
    return lines


async def click_every(pilot: object, app: object, needle: str) -> int:
    """Click on each place ``needle`` is shown; returns how many were clicked."""
    clicks = 0
    for y, line in enumerate(screen_lines(app)):
        x = line.find(needle)
        if x >= 0:
            await pilot.click(offset=(x + 2, y))  # type: ignore[attr-defined]
            clicks += 1
    return clicks


async def walk_app(paths: Paths, where: str, walk_limit: int = 200) -> None:
    """Mount the App over ``paths``, walk every article, click the action titles, search."""
    from termnews.ui.app import TermnewsApp

    app = TermnewsApp(hostile_settings(), paths, offline=True)
    async with app.run_test(size=WIDE) as pilot:
        await pilot.pause()
        assert_clean_screen(app, where)
        count = app.articles.count
        assert count > 0
        clicked = 0
        for _ in range(min(count, walk_limit)):
            await pilot.press("j")
            lines = assert_clean_screen(app, where)
            current = app.reader.article
            if (
                current is not None
                and "[@click=" in current.title
                and CLICK_TITLE in "".join(lines)
            ):
                clicked += await click_every(pilot, app, CLICK_TITLE)
                await pilot.pause()
                assert app.is_running and app.return_code is None
                app.articles.focus()
        assert clicked, "the [@click=app.quit] title was never on screen"
        for keys in (
            ("slash", *"[/]", "enter"),
            ("escape",),
            ("w",),
            ("escape",),
            ("question_mark",),
        ):
            await pilot.press(*keys)
            await pilot.pause()
            assert_clean_screen(app, f"{where} after {keys}")
        assert app.is_running and app.return_code is None


async def test_app_walks_the_hostile_store(hostile_home: HostileHome) -> None:
    await walk_app(hostile_home.paths, "app over refreshed corpus")


async def test_app_over_an_old_raw_store(old_store: Paths) -> None:
    await walk_app(old_store, "app over raw store")


def test_reader_lays_out_a_huge_unbroken_word_quickly() -> None:
    """A 100,000-character word once froze the App for 45 s (quadratic wrapping)."""
    from termnews.models import Article
    from termnews.ui.widgets.reader import layout_article

    word = "A" * 30_000 + "\u2026"  # one non-ASCII character defeats rich's ASCII fast path
    article = Article(1, 1, "F", "g", None, "t", None, None, word, word, [], False, False)
    started = time.perf_counter()
    layout = layout_article(article, 76)
    elapsed = time.perf_counter() - started
    assert sum(len(line.text) for line in layout.lines) >= len(word)
    assert elapsed < 0.3, f"{elapsed:.2f} s to lay out one 30,000-character word"
