"""HTTP faults and bad input, through the real refresh pipeline and the CLI's ``run([...])``.

One local server (plus a second loopback host) serves every fault at once; a home's
config.toml sets a short request deadline and a 1 MiB cap. Each fault must end as one clear
error line on its own feed (stored, printed by ``refresh`` and ``list``) while the good feeds
are stored; bad arguments and settings give one line, a non-zero exit and change nothing.
"""

from __future__ import annotations

import re
import sqlite3
import time
import zlib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from cli_run import CliResult, cli_at
from httpserver import Reply, Request, TestHTTPServer, http_date, redirect, repeat_chunks

from termnews.paths import Paths, resolve_paths
from termnews.store import Store

DEADLINE = 1.5  # seconds, the request_deadline of the test home
CAP = 1024 * 1024  # max_feed_bytes of the test home
PER_HOST = 4
MANY = 20  # feeds on one host fetched at once


def rss(title: str, items: int = 3, prefix: str = "i") -> bytes:
    entries = "".join(
        f"<item><title>{title} item {n}</title><guid>{prefix}-{n}</guid>"
        f"<description>body {n}</description></item>"
        for n in range(items)
    )
    return (
        '<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel>'
        f"<title>{title}</title>{entries}</channel></rss>"
    ).encode()


def gzip_bomb(inflated: int = 100 * 1024 * 1024) -> bytes:
    """~100 KB of gzip that inflates to ``inflated`` zero bytes (built without the memory)."""
    packer = zlib.compressobj(9, zlib.DEFLATED, 16 + zlib.MAX_WBITS)
    block = bytes(1024 * 1024)
    parts = [packer.compress(block) for _ in range(inflated // len(block))]
    parts.append(packer.flush())
    return b"".join(parts)


cli = cli_at  # termnews --home HOME ARGS, in this process


def write_config(paths: Paths, text: str) -> None:
    paths.ensure()
    paths.config_file.write_text(text, encoding="utf-8")


FAULT_CONFIG = f"""
request_deadline = {DEADLINE}
connect_timeout = 2.0
read_timeout = 5.0
max_feed_bytes = {CAP}
per_host = {PER_HOST}
fetch_pages = false
retention_days = 0
"""

# path -> what the feed's stored error must match (None: no error)
EXPECTED: dict[str, str | None] = {
    "/good.xml": None,
    "/drip.xml": rf"^timed out after {DEADLINE:g} s$",
    "/bomb.xml": r"^body larger than 1 MiB$",
    "/huge.xml": r"^body larger than 1 MiB$",
    "/loop-a.xml": r"^redirect loop$",
    "/moved.xml": None,
    "/temp.xml": None,
    "/429.xml": r"^HTTP 429$",
    "/503.xml": r"^HTTP 503$",
    "/etag.xml": None,
    "/500.xml": r"^HTTP 500$",
    "/reset.xml": r"^(connection reset|connection closed mid-body)$",
    "/as-html.xml": None,
    "/page.html": r"^not a feed \(looks like HTML\)$",
}


@dataclass
class FaultRun:
    """The state after refreshing every fault twice through the CLI."""

    home: Path
    paths: Paths
    server: TestHTTPServer
    other: TestHTTPServer
    urls: dict[str, str] = field(default_factory=dict)  # path -> subscribed URL
    first: CliResult | None = None
    second: CliResult | None = None
    requests_after_first: list[Request] = field(default_factory=list)
    max_in_flight_first: int = 0
    started: float = 0.0


def etag_handler(request: Request) -> Reply:
    """200 with ETag v1; a request carrying v1 gets 304 with a new ETag v2."""
    if request.headers.get("if-none-match") == '"v1"':
        return Reply(status=304, headers={"ETag": '"v2"'})
    return Reply(body=rss("Etag", prefix="e"), headers={"ETag": '"v1"'})


def route_faults(server: TestHTTPServer, other: TestHTTPServer, now: float) -> None:
    xml = {"Content-Type": "application/rss+xml"}
    server.route("/good.xml", Reply(body=rss("Good", prefix="g"), headers=xml))
    server.route("/drip.xml", Reply(body=rss("Drip"), headers=xml, drip=0.4))
    server.route("/bomb.xml", Reply(body=gzip_bomb(), headers={**xml, "Content-Encoding": "gzip"}))
    server.route(
        "/huge.xml", Reply(body=repeat_chunks(b"x" * 65536, 1024), headers=xml, chunked=True)
    )
    server.route("/loop-a.xml", redirect("/loop-b.xml", status=302))
    server.route("/loop-b.xml", redirect("/loop-a.xml", status=301))
    server.route("/moved.xml", redirect("/new-home.xml", status=301))
    server.route("/new-home.xml", Reply(body=rss("Moved", prefix="m"), headers=xml))
    server.route("/temp.xml", redirect("/temp-target.xml", status=302))
    server.route("/temp-target.xml", Reply(body=rss("Temp", prefix="t"), headers=xml))
    server.route("/429.xml", Reply(status=429, headers={"Retry-After": "120"}))
    server.route("/503.xml", Reply(status=503, headers={"Retry-After": http_date(now + 300)}))
    server.route("/etag.xml", etag_handler)
    server.route("/500.xml", Reply(status=500, body=b"oops"))
    server.route(
        "/reset.xml", Reply(body=rss("Reset", 400), headers=xml, close_after=200, reset=True)
    )
    server.route(
        "/as-html.xml",
        Reply(body=rss("Served as HTML", prefix="h"), headers={"Content-Type": "text/html"}),
    )
    page = b"<!DOCTYPE html><html><head><title>Home</title></head><body><p>Hi</p></body></html>"
    server.route("/page.html", Reply(body=page, headers={"Content-Type": "text/html"}))
    for number in range(MANY):  # on their own host: abandoned fault replies do not count
        other.route(
            f"/many/{number}.xml",
            Reply(body=rss(f"Many {number}", 1, prefix=f"n{number}"), headers=xml, delay=0.1),
        )
    other.route("/other.xml", Reply(body=rss("Other host", prefix="o"), headers=xml))


@pytest.fixture(scope="module")
def faults(tmp_path_factory: pytest.TempPathFactory) -> Iterator[FaultRun]:
    home = tmp_path_factory.mktemp("faults")
    server, other = TestHTTPServer("127.0.0.1"), TestHTTPServer("127.0.0.2")
    try:
        state = FaultRun(home, resolve_paths(home), server, other, started=time.time())
        route_faults(server, other, state.started)
        write_config(state.paths, FAULT_CONFIG)
        with Store.open(state.paths.db_file) as store:
            for path in EXPECTED:
                state.urls[path] = store.add_feed(server.url(path)).url
            for path in (f"/many/{n}.xml" for n in range(MANY)):
                state.urls[path] = store.add_feed(other.url(path)).url
            state.urls["/other.xml"] = store.add_feed(other.url("/other.xml")).url
        server.reset_counters()
        other.reset_counters()
        state.first = cli(home, "refresh")
        state.requests_after_first = list(server.requests)
        state.max_in_flight_first = other.max_in_flight
        state.second = cli(home, "refresh")
        yield state
    finally:
        server.close()
        other.close()


def feeds_by_url(paths: Paths) -> dict[str, object]:
    with Store.open(paths.db_file) as store:
        return {feed.url: feed for feed in store.feeds()}


def test_each_fault_is_one_error_line_on_its_feed(faults: FaultRun) -> None:
    feeds = feeds_by_url(faults.paths)
    moved_to = faults.server.url("/new-home.xml")
    for path, pattern in EXPECTED.items():
        url = moved_to if path == "/moved.xml" else faults.urls[path]
        feed = feeds[url]
        if pattern is None:
            assert feed.error is None, (path, feed.error)
            assert feed.total > 0, path
        else:
            assert feed.error is not None and re.match(pattern, feed.error), (path, feed.error)
            assert feed.total == 0, path


def test_refresh_prints_one_stderr_line_per_failed_feed(faults: FaultRun) -> None:
    first = faults.first
    assert first is not None
    assert first.status == 0, first.err
    assert "Traceback" not in first.err
    lines = first.err.splitlines()
    for path, pattern in EXPECTED.items():
        if pattern is None:
            continue
        mine = [line for line in lines if line.strip().startswith(faults.urls[path] + ":")]
        assert len(mine) == 1, (path, lines)
        message = mine[0].split(": ", 1)[1]
        assert re.match(pattern, message), (path, message)
    failed = sum(1 for p in EXPECTED.values() if p is not None)
    assert len(lines) == failed, lines
    assert f"{failed} failed" in first.out


def test_good_feeds_are_stored_despite_the_faults(faults: FaultRun) -> None:
    feeds = feeds_by_url(faults.paths)
    for url in [faults.urls["/good.xml"], faults.urls["/other.xml"], faults.urls["/as-html.xml"]]:
        assert feeds[url].total == 3 and feeds[url].error is None, url
    for number in range(MANY):
        assert feeds[faults.urls[f"/many/{number}.xml"]].total == 1


def test_per_host_limit_holds(faults: FaultRun) -> None:
    """21 feeds on 127.0.0.2 (the faults, whose abandoned replies linger server-side, are on
    127.0.0.1): never more than per_host at once, and the limit was reached."""
    assert len(faults.other.requests_to("/many/0.xml")) == 2  # both refreshes
    assert faults.max_in_flight_first <= PER_HOST
    assert faults.max_in_flight_first == PER_HOST


def test_permanent_redirect_moves_the_feed_and_temporary_does_not(faults: FaultRun) -> None:
    feeds = feeds_by_url(faults.paths)
    assert faults.urls["/moved.xml"] not in feeds
    assert faults.server.url("/new-home.xml") in feeds
    assert faults.urls["/temp.xml"] in feeds
    assert faults.server.url("/temp-target.xml") not in feeds


def test_retry_after_parks_the_feed_and_the_others_go_on(faults: FaultRun) -> None:
    feeds = feeds_by_url(faults.paths)
    parked_429 = feeds[faults.urls["/429.xml"]].next_fetch_at
    parked_503 = feeds[faults.urls["/503.xml"]].next_fetch_at
    assert parked_429 is not None and abs(parked_429 - (faults.started + 120)) < 30
    assert parked_503 is not None and abs(parked_503 - (faults.started + 300)) < 30
    # The second refresh did not ask again, said so, and refreshed the rest.
    assert len(faults.server.requests_to("/429.xml")) == 1
    assert len(faults.server.requests_to("/503.xml")) == 1
    second = faults.second
    assert second is not None and second.status == 0
    assert "2 waiting (Retry-After)" in second.out
    waiting = [line for line in second.err.splitlines() if "Retry-After" in line]
    assert len(waiting) == 2, second.err
    assert len(faults.server.requests_to("/good.xml")) == 2


def test_304_stores_the_new_etag(faults: FaultRun) -> None:
    etag_requests = faults.server.requests_to("/etag.xml")
    assert [r.headers.get("if-none-match") for r in etag_requests] == [None, '"v1"']
    feeds = feeds_by_url(faults.paths)
    feed = feeds[faults.urls["/etag.xml"]]
    assert feed.etag == '"v2"' and feed.error is None and feed.total == 3
    assert faults.second is not None and "1 not modified" in faults.second.out


def test_list_and_feeds_show_each_error_line(faults: FaultRun) -> None:
    listed = cli(faults.home, "list")
    assert listed.status == 0
    feeds_out = cli(faults.home, "feeds").out
    for path, pattern in EXPECTED.items():
        if pattern is None:
            continue
        url = faults.urls[path]
        mine = [line for line in listed.err.splitlines() if line.startswith(f"feed {url}:")]
        assert len(mine) == 1, (path, listed.err)
        assert re.search(pattern.strip("^$"), mine[0]), mine
        assert any(url in line and "error:" in line for line in feeds_out.splitlines()), path


async def test_the_app_shows_refresh_errors(tmp_path: Path, http_server: TestHTTPServer) -> None:
    from termnews.config import Settings
    from termnews.ui.app import TermnewsApp

    http_server.route("/good.xml", Reply(body=rss("Good")))
    http_server.route("/500.xml", Reply(status=500))
    http_server.route("/slow.xml", Reply(body=rss("Slow"), drip=0.4))
    paths = resolve_paths(tmp_path).ensure()
    with Store.open(paths.db_file) as store:
        for name in ("good", "500", "slow"):
            store.add_feed(http_server.url(f"/{name}.xml"), title=f"Feed {name}")
        hostile = store.add_feed(http_server.url("/500.xml?h"), title="[@click=app.quit]Feed")
        store.connection.execute(  # as an old store might hold it: unsanitised
            "UPDATE feeds SET title = ? WHERE id = ?",
            ("[@click=app.quit]Feed\x1b]52;c;eA==\x07 hostile", hostile.id),
        )
    settings = Settings(request_deadline=1.0, fetch_pages=False, mark_read_delay=60.0)
    app = TermnewsApp(settings, paths)
    async with app.run_test(size=(120, 40), notifications=True) as pilot:
        await pilot.press("r")
        deadline = time.monotonic() + 10
        while app.refreshing and time.monotonic() < deadline:
            await pilot.pause(0.1)
        await pilot.pause(0.2)
        assert not app.refreshing
        screen = "\n".join(s.text for s in app.screen._compositor.render_strips())
        assert "Feed 500: HTTP 500" in screen
        assert "Feed slow: timed out after 1 s" in screen
        assert "[@click=app.quit]Feed hostile: HTTP 500" in screen  # literal, cleaned
        assert "\x1b" not in screen and "eA==" not in screen
        assert app.articles.count == 3  # the good feed's articles are listed
        for y, line in enumerate(screen.splitlines()):  # the toast and the feeds pane
            if "[@click=app.quit]Feed" in line:
                await pilot.click(offset=(line.index("[@click=app.quit]Feed") + 3, y))
                await pilot.pause()
        assert app.is_running and app.return_code is None


# ---- bad input to the CLI and settings -------------------------------------------------------
def snapshot(paths: Paths) -> tuple[list[tuple[object, ...]], list[tuple[object, ...]]]:
    """The feeds and articles as stored (what "nothing changed" compares)."""
    conn = sqlite3.connect(paths.db_file)
    try:
        feeds = conn.execute("SELECT * FROM feeds ORDER BY id").fetchall()
        articles = conn.execute(
            "SELECT id, feed_id, guid, title, read, saved FROM articles ORDER BY id"
        ).fetchall()
    finally:
        conn.close()
    return feeds, articles


@pytest.fixture
def filled_home(tmp_path: Path) -> Path:
    home = tmp_path / "home"
    paths = resolve_paths(home).ensure()
    from termnews.models import Entry

    with Store.open(paths.db_file) as store:
        feed = store.add_feed("http://127.0.0.1:9/f.xml", "Feed")
        store.add_entries(feed.id, [Entry("a", None, "An article", None, 1000, "s")], 2000)
    return home


def assert_one_clear_line(result: CliResult, status: int) -> None:
    assert result.status == status, (result.status, result.err)
    assert "Traceback" not in result.err
    lines = result.err.splitlines()
    assert len(lines) == 1 and lines[0].startswith("termnews: "), result.err
    assert result.out == ""


@pytest.mark.parametrize(
    "content",
    [
        b'concurrency = "many"\n',
        b"a = [\n",
        b"\xff\xfe\x00bad",
        b"unknown_setting = 1\n",
        b"per_host = 0\n",
        b"[keys]\nsave = 5\n",
    ],
    ids=["bad-type", "bad-toml", "not-utf8", "unknown", "out-of-range", "bad-keys"],
)
def test_malformed_settings_are_one_line_and_change_nothing(
    filled_home: Path, content: bytes
) -> None:
    paths = resolve_paths(filled_home)
    before = snapshot(paths)
    paths.config_file.write_bytes(content)
    for args in (("list",), ("refresh",), ("add", "http://127.0.0.1:9/new.xml"), ("save", "1")):
        result = cli(filled_home, *args)
        assert_one_clear_line(result, 2)
        assert "config.toml" in result.err
    assert snapshot(paths) == before


def test_a_settings_path_that_is_a_directory(filled_home: Path) -> None:
    paths = resolve_paths(filled_home)
    paths.config_file.mkdir(parents=True)
    assert_one_clear_line(cli(filled_home, "list"), 2)


@pytest.mark.parametrize("kind", ["missing", "directory", "binary", "not-opml", "truncated"])
def test_unreadable_opml_is_one_line_and_changes_nothing(
    filled_home: Path, tmp_path: Path, kind: str
) -> None:
    paths = resolve_paths(filled_home)
    before = snapshot(paths)
    target = tmp_path / f"{kind}.opml"
    if kind == "directory":
        target.mkdir()
    elif kind == "binary":
        target.write_bytes(bytes(range(256)) * 4)
    elif kind == "not-opml":
        target.write_bytes(b"<html><body>not an outline</body></html>")
    elif kind == "truncated":
        target.write_bytes(b'<?xml version="1.0"?><opml><body><outline xmlUrl="http://a/')
    result = cli(filled_home, "import", str(target))
    assert result.status != 0
    assert_one_clear_line(result, result.status)
    assert snapshot(paths) == before


@pytest.mark.parametrize(
    ("args", "status"),
    [
        (("show", "999"), 1),
        (("show", "abc"), 2),
        (("show", "-5"), 2),
        (("save", "999"), 1),
        (("unsave", "999"), 1),
        (("quotes", "--article", "999"), 1),
        (("list", "--feed", "no such feed"), 1),
        (("list", "--limit", "0"), 2),
        (("search", " "), 2),
        (("frobnicate",), 2),
    ],
)
def test_unknown_ids_and_bad_arguments(
    filled_home: Path, args: tuple[str, ...], status: int
) -> None:
    paths = resolve_paths(filled_home)
    before = snapshot(paths)
    assert_one_clear_line(cli(filled_home, *args), status)
    assert snapshot(paths) == before


@pytest.mark.parametrize(
    "url",
    [
        "not a url",
        "ftp://example.org/feed",
        "javascript:alert(1)",
        "http://",
        "",
        "\x1b]52;c;eA==\x07",
    ],
)
def test_add_refuses_a_non_url_and_changes_nothing(filled_home: Path, url: str) -> None:
    paths = resolve_paths(filled_home)
    before = snapshot(paths)
    result = cli(filled_home, "add", url)
    assert result.status != 0
    assert_one_clear_line(result, result.status)
    assert "\x1b" not in result.err and "\x07" not in result.err
    assert snapshot(paths) == before
