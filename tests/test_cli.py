"""The command line, run for real: ``__main__.run`` in-process, a few ``python -m termnews``.

Every test has its own home (``--home tmp_path/...``) and talks only to the loopback server
of the ``http_server`` fixture. The contract under test is DESIGN.md's "CLI contract".
"""

from __future__ import annotations

import gzip
import json
import os
import socket
import subprocess
import sys
import time
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any
from xml.etree import ElementTree

import pytest
from httpserver import Reply, TestHTTPServer

from termnews.paths import resolve_paths
from termnews.refresh import refresh_lock
from termnews.store import Store

ROW_KEYS = {"id", "feed", "title", "url", "published", "read", "saved"}
QUOTE_KEYS = {"quote", "start", "end", "speaker", "kind"}
HOUR = 3600


# ---- content served by the local server -----------------------------------------------------
def article_page(title: str, mayor: str = "Ana Lindqvist") -> bytes:
    """A news page with site chrome and two quotations by ``mayor`` (surname-only the 2nd time)."""
    surname = mayor.split()[-1]
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a> <a href="/news">News</a></nav><article><h1>{title}</h1>
<p>Crews began repairs on the Tessel Bridge on Monday, closing two lanes through the spring
and sending commuters to the ferry and the night buses instead.</p>
<p>"We will have the bridge open by spring," said Mayor {mayor}, who toured the site with
engineers on Tuesday morning.</p>
<p>Residents of the Lower Quay said the detours added twenty minutes to their trips, and
several shop owners worried about fewer customers through the winter.</p>
<p>"It is a hard winter for everyone who works downtown," {surname} said. The city has
promised extra buses on route 12.</p></article><footer>Copyright the Courier</footer>
</body></html>""".encode()


def rss_feed(title: str, items: list[tuple[str, str, float]]) -> bytes:
    """RSS 2.0 with ``items`` of (title, link, published Unix time)."""
    entries = "".join(
        f"<item><title>{t}</title><link>{link}</link><guid>{link}</guid>"
        f"<pubDate>{format_datetime(datetime.fromtimestamp(when, UTC), usegmt=True)}</pubDate>"
        f"<description>Summary of {t}.</description></item>"
        for t, link, when in items
    )
    return (
        f'<?xml version="1.0" encoding="utf-8"?><rss version="2.0"><channel><title>{title}'
        f"</title><link>http://example.invalid/</link>{entries}</channel></rss>"
    ).encode()


def serve_news(
    server: TestHTTPServer, name: str, count: int, *, mayor: str = "Ana Lindqvist"
) -> str:
    """Route /NAME.xml (``count`` items, newest first, an hour apart) and their pages."""
    now = time.time()
    items = []
    for n in range(count):
        link = server.url(f"/{name}/{n}.html")
        items.append((f"{name} story {n}", link, now - (n + 1) * HOUR))
        server.route(f"/{name}/{n}.html", Reply(body=article_page(f"{name} story {n}", mayor)))
    body = rss_feed(f"{name.title()} News", items)
    server.route(f"/{name}.xml", Reply(body=body, headers={"Content-Type": "application/rss+xml"}))
    return server.url(f"/{name}.xml")


def unused_port() -> int:
    """A loopback port nothing listens on (connections are refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def one_line(err: str) -> str:
    """The single stderr line a failure must give; fails the test on a traceback."""
    assert "Traceback" not in err and "unexpected error" not in err
    lines = [line for line in err.splitlines() if line.strip()]
    assert len(lines) == 1, err
    return lines[0]


def feeds_in(home: Path) -> list[Any]:
    with Store.open(resolve_paths(home).db_file) as store:
        return store.feeds()


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def subscribed(cli: Any, home: Path, http_server: TestHTTPServer) -> Path:
    """A home subscribed to one local feed of 6 articles, refreshed without pages."""
    url = serve_news(http_server, "courier", 6)
    assert cli("--home", home, "add", url).status == 0
    result = cli("--home", home, "refresh", "--no-pages")
    assert result.status == 0, result.err
    return home


def list_json(cli: Any, home: Path, *extra: str) -> list[dict[str, Any]]:
    result = cli("--home", home, "list", "--json", *extra)
    assert result.status == 0, result.err
    rows = json.loads(result.out)
    assert isinstance(rows, list)
    return rows


# ---- add ------------------------------------------------------------------------------------
def test_add_feed_url_subscribes_with_its_title(cli, home, http_server):
    url = serve_news(http_server, "courier", 2)
    result = cli("--home", home, "add", url, "--folder", "Local")
    assert result.status == 0, result.err
    assert url in result.out and "Courier News" in result.out
    [feed] = feeds_in(home)
    assert (feed.url, feed.title, feed.folder) == (url, "Courier News", "Local")


def test_add_web_page_finds_its_feed_link(cli, home, http_server):
    feed_url = serve_news(http_server, "courier", 2)
    page = (
        b'<html><head><title>The Courier</title><link rel="alternate" '
        b'type="application/rss+xml" href="/courier.xml"></head><body>Hello</body></html>'
    )
    http_server.route("/", Reply(body=page, headers={"Content-Type": "text/html"}))
    result = cli("--home", home, "add", http_server.url("/"))
    assert result.status == 0, result.err
    assert [f.url for f in feeds_in(home)] == [feed_url]


@pytest.mark.parametrize("bad", ["not a url", "http://", "ftp://example.com/feed"])
def test_add_non_url_is_a_usage_error_and_changes_nothing(cli, home, bad):
    result = cli("--home", home, "add", bad)
    assert result.status == 2
    assert "not a URL" in one_line(result.err)
    assert feeds_in(home) == []


def test_add_unreachable_url_fails_and_changes_nothing(cli, home):
    result = cli("--home", home, "add", f"http://127.0.0.1:{unused_port()}/feed.xml")
    assert result.status == 1
    assert "cannot fetch" in one_line(result.err)
    assert feeds_in(home) == []


def test_add_page_without_feed_fails(cli, home, http_server):
    http_server.route("/", Reply(body=b"<html><body><p>No feed here</p></body></html>"))
    result = cli("--home", home, "add", http_server.url("/"))
    assert result.status == 1
    assert "neither a feed" in one_line(result.err)
    assert feeds_in(home) == []


# ---- import / export ------------------------------------------------------------------------
OPML = b"""<?xml version="1.0"?><opml version="2.0"><head><title>mine</title></head><body>
<outline text="Local"><outline type="rss" text="Courier" xmlUrl="http://127.0.0.1:9/a.xml"/>
<outline type="rss" text="Radio" xmlUrl="http://127.0.0.1:9/b.xml"/></outline>
<outline type="rss" text="Top level" xmlUrl="http://127.0.0.1:9/c.xml"/>
</body></opml>"""


def subscriptions(home: Path) -> set[tuple[str, str | None, str | None]]:
    return {(f.url, f.title, f.folder) for f in feeds_in(home)}


def test_opml_round_trip_keeps_folders(cli, tmp_path):
    source = tmp_path / "in.opml"
    source.write_bytes(OPML)
    first, second = tmp_path / "one", tmp_path / "two"
    result = cli("--home", first, "import", source)
    assert result.status == 0, result.err
    assert "imported 3 feeds (3 new)" in result.out
    expected = {
        ("http://127.0.0.1:9/a.xml", "Courier", "Local"),
        ("http://127.0.0.1:9/b.xml", "Radio", "Local"),
        ("http://127.0.0.1:9/c.xml", "Top level", None),
    }
    assert subscriptions(first) == expected

    exported = tmp_path / "out.opml"
    assert cli("--home", first, "export", exported).status == 0
    stdout_copy = cli("--home", first, "export")
    assert stdout_copy.status == 0 and stdout_copy.out == exported.read_text(encoding="utf-8")
    ElementTree.fromstring(exported.read_bytes())  # well-formed XML

    assert cli("--home", second, "import", exported).status == 0
    assert subscriptions(second) == expected
    again = cli("--home", second, "import", exported)
    assert "(0 new)" in again.out and len(feeds_in(second)) == 3


@pytest.mark.parametrize(
    "content",
    [b"<opml><body><outline", b"not xml at all", b"", None],
    ids=["truncated", "text", "empty", "directory"],
)
def test_import_bad_opml_fails_with_one_line_and_changes_nothing(cli, home, tmp_path, content):
    with Store.open(resolve_paths(home).ensure().db_file) as store:
        store.add_feed("http://127.0.0.1:9/keep.xml", folder="F")
    before = subscriptions(home)
    source = tmp_path / "bad.opml"
    if content is None:
        source.mkdir()
    else:
        source.write_bytes(content)
    result = cli("--home", home, "import", source)
    assert result.status == 1
    assert str(source) in one_line(result.err)
    assert subscriptions(home) == before


def test_import_missing_file_fails(cli, home, tmp_path):
    result = cli("--home", home, "import", tmp_path / "nope.opml")
    assert result.status == 1
    assert "cannot read" in one_line(result.err)


# ---- refresh and the embedded default -------------------------------------------------------
def test_first_refresh_of_empty_home_uses_embedded_samples(cli, home):
    result = cli("--home", home, "refresh", "-v")
    assert result.status == 0, result.err
    assert "first run: subscribed to the 5 embedded sample feeds" in result.err
    assert "25 new articles" in result.out and "25 pages cleaned, 0 pages failed" in result.out
    rows = list_json(cli, home)
    assert len(rows) == 25
    with Store.open(resolve_paths(home).db_file) as store:
        articles = [store.article(row["id"]) for row in rows]
        assert all(a is not None and a.text for a in articles)
        assert sum(len(a.quotes) for a in articles if a) >= 25
        assert len(store.speakers()) >= 10
    again = cli("--home", home, "refresh")
    assert "first run" not in again.err and "0 new articles" in again.out


def test_refresh_no_pages_stores_summaries_only(cli, home, http_server):
    url = serve_news(http_server, "courier", 3)
    cli("--home", home, "add", url)
    result = cli("--home", home, "refresh", "--no-pages")
    assert result.status == 0
    assert "3 new articles" in result.out and "pages cleaned" not in result.out
    assert not [r for r in http_server.requests if r.path.endswith(".html")]
    shown = cli("--home", home, "show", str(list_json(cli, home)[0]["id"]))
    assert "Summary of courier story 0." in shown.out and "not fetched yet" in shown.out


def test_failing_feed_is_reported_while_others_refresh(cli, home, http_server):
    good = serve_news(http_server, "courier", 2)
    http_server.route("/broken.xml", Reply(status=500, body=b"oops"))
    cli("--home", home, "add", good)
    broken = http_server.url("/broken.xml")
    with Store.open(resolve_paths(home).db_file) as store:
        store.add_feed(broken, title="Broken Gazette")
    result = cli("--home", home, "refresh")
    assert result.status == 0
    assert "1 feeds refreshed" in result.out and "1 failed" in result.out
    assert "Broken Gazette: HTTP 500" in result.err
    assert "Traceback" not in result.err
    assert len(list_json(cli, home)) == 2

    feeds = cli("--home", home, "feeds", "--json")
    by_url = {f["url"]: f for f in json.loads(feeds.out)}
    assert by_url[broken]["error"] == "HTTP 500" and by_url[broken]["last_status"] == 500
    assert by_url[good]["error"] is None and by_url[good]["total"] == 2
    assert "error: HTTP 500" in cli("--home", home, "feeds").out
    listing = cli("--home", home, "list")
    assert listing.status == 0 and len(listing.out.splitlines()) == 2
    assert one_line(listing.err) == "feed Broken Gazette: HTTP 500"


def test_refresh_with_every_feed_failing_exits_1(cli, home, http_server):
    http_server.route("/broken.xml", Reply(status=500))
    with Store.open(resolve_paths(home).ensure().db_file) as store:
        store.add_feed(http_server.url("/broken.xml"))
    result = cli("--home", home, "refresh")
    assert result.status == 1
    assert "0 feeds refreshed" in result.out and "1 failed" in result.out


def test_refresh_lock_refuses_a_second_refresh(cli, home, http_server):
    cli("--home", home, "add", serve_news(http_server, "courier", 1))
    with refresh_lock(resolve_paths(home)):
        result = cli("--home", home, "refresh")
    assert result.status == 1
    assert "another refresh is running" in one_line(result.err)
    assert f"pid {os.getpid()}" in result.err
    assert not any(r.path == "/courier.xml" for r in http_server.requests[1:])
    assert cli("--home", home, "refresh").status == 0  # released


# ---- list / feeds / show --------------------------------------------------------------------
def test_list_json_shape_order_and_filters(cli, subscribed):
    rows = list_json(cli, subscribed)
    assert len(rows) == 6
    assert all(set(row) == ROW_KEYS for row in rows)
    assert [row["title"] for row in rows] == [f"courier story {n}" for n in range(6)]
    published = [row["published"] for row in rows]
    assert published == sorted(published, reverse=True)
    assert all(p.endswith("Z") for p in published)
    assert rows[0]["feed"] == "Courier News" and rows[0]["url"].endswith("/courier/0.html")
    assert rows[0]["read"] is False and rows[0]["saved"] is False

    with Store.open(resolve_paths(subscribed).db_file) as store:
        store.set_read([rows[0]["id"], rows[1]["id"]])
        store.set_saved(rows[2]["id"])
    assert [r["id"] for r in list_json(cli, subscribed, "--unread")] == [r["id"] for r in rows[2:]]
    assert [r["id"] for r in list_json(cli, subscribed, "--saved")] == [rows[2]["id"]]
    assert [r["id"] for r in list_json(cli, subscribed, "--limit", "2")] == [
        r["id"] for r in rows[:2]
    ]
    assert len(list_json(cli, subscribed, "--feed", "courier news")) == 6
    assert len(list_json(cli, subscribed, "--feed", "1")) == 6
    plain = cli("--home", subscribed, "list", "--limit", "3")
    assert len(plain.out.splitlines()) == 3 and "courier story 0" in plain.out.splitlines()[0]


def test_list_returns_every_row_without_limit(cli, home, http_server):
    cli("--home", home, "add", serve_news(http_server, "wire", 230))
    assert cli("--home", home, "refresh", "--no-pages").status == 0
    rows = list_json(cli, home)
    assert len(rows) == 230
    assert len(list_json(cli, home, "--limit", "99999999999999999999")) == 230
    assert len(cli("--home", home, "list").out.splitlines()) == 230


@pytest.mark.parametrize(
    ("argv", "status"),
    [
        (["list", "--feed", "no such feed"], 1),
        (["list", "--limit", "0"], 2),
        (["list", "--limit", "many"], 2),
        (["list", "--unread", "--saved"], 2),
        (["show", "abc"], 2),
        (["show", "-3"], 2),
        (["show", "99999"], 1),
        (["show", "99999999999999999999"], 2),
        (["quotes", "--article", "-99999999999999999999"], 2),
        (["list", "--feed", "99999999999999999999"], 1),
        (["save", "abc"], 2),
        (["unsave", "99999"], 1),
        (["search", " "], 2),
        (["quotes"], 2),
        (["quotes", "--article", "x"], 2),
        (["quotes", "--article", "99999"], 1),
        (["quotes", "--speaker", " "], 2),
        (["frobnicate"], 2),
        (["extract"], 2),
    ],
)
def test_bad_arguments_give_one_line_and_the_right_status(cli, home, argv, status):
    result = cli("--home", home, *argv)
    assert result.status == status
    assert one_line(result.err).startswith("termnews")
    assert result.out == ""


def test_show_prints_cleaned_text(cli, subscribed, http_server):
    first = list_json(cli, subscribed)[0]
    assert cli("--home", subscribed, "save", str(first["id"])).status == 0
    shown = cli("--home", subscribed, "show", str(first["id"]))
    assert shown.status == 0
    lines = shown.out.splitlines()
    assert lines[0] == "courier story 0" and "Courier News" in lines[1]
    assert '"We will have the bridge open by spring," said Mayor Ana Lindqvist' in shown.out
    assert "Copyright the Courier" not in shown.out and "not fetched" not in shown.out


# ---- save / unsave --------------------------------------------------------------------------
def test_save_fetches_and_cleans_the_page_now(cli, subscribed, http_server):
    target = list_json(cli, subscribed)[3]
    http_server.reset_counters()
    result = cli("--home", subscribed, "save", str(target["id"]))
    assert result.status == 0, result.err
    assert [r.path for r in http_server.requests] == ["/courier/3.html"]
    assert [r["id"] for r in list_json(cli, subscribed, "--saved")] == [target["id"]]
    with Store.open(resolve_paths(subscribed).db_file) as store:
        article = store.article(target["id"])
        assert article is not None and article.saved
        assert article.text and "Lower Quay" in article.text
        assert {q.speaker for q in article.quotes} == {"Ana Lindqvist"}
    # Saving again does not fetch again; unsave keeps the text.
    assert cli("--home", subscribed, "save", str(target["id"])).status == 0
    assert len(http_server.requests) == 1
    assert cli("--home", subscribed, "unsave", str(target["id"])).status == 0
    assert list_json(cli, subscribed, "--saved") == []


def test_offline_save_of_unfetched_article_keeps_it_saved(cli, subscribed, http_server):
    target = list_json(cli, subscribed)[0]
    http_server.reset_counters()
    result = cli("--home", subscribed, "--offline", "save", str(target["id"]))
    assert result.status == 0, result.err
    assert "offline" in one_line(result.err)
    assert http_server.requests == []
    assert [r["id"] for r in list_json(cli, subscribed, "--saved")] == [target["id"]]
    shown = cli("--home", subscribed, "--offline", "show", str(target["id"]))
    assert "Summary of courier story 0." in shown.out
    # The next online refresh fetches the page it could not fetch then.
    assert "pages cleaned" in cli("--home", subscribed, "refresh").out
    with Store.open(resolve_paths(subscribed).db_file) as store:
        article = store.article(target["id"])
        assert article is not None and article.text and article.saved


def test_save_whose_page_fails_still_saves_and_reports(cli, subscribed, http_server):
    target = list_json(cli, subscribed)[0]
    http_server.route("/courier/0.html", Reply(status=404))
    result = cli("--home", subscribed, "save", str(target["id"]))
    assert result.status == 1
    assert "HTTP 404" in one_line(result.err)
    assert [r["id"] for r in list_json(cli, subscribed, "--saved")] == [target["id"]]


# ---- search ---------------------------------------------------------------------------------
def test_search_finds_titles_and_bodies(cli, subscribed):
    rows = list_json(cli, subscribed)
    cli("--home", subscribed, "save", str(rows[4]["id"]))  # fetches the page: body text
    by_title = cli("--home", subscribed, "search", "story", "5", "--json")
    assert [r["title"] for r in json.loads(by_title.out)] == ["courier story 5"]
    by_body = json.loads(cli("--home", subscribed, "search", "Lindqvist", "--json").out)
    assert [r["id"] for r in by_body] == [rows[4]["id"]]
    assert set(by_body[0]) == ROW_KEYS
    plain = cli("--home", subscribed, "search", "lindqvist")
    assert plain.status == 0 and "courier story 4" in plain.out
    assert cli("--home", subscribed, "search", "zebra", "--json").out.strip() == "[]"


HOSTILE_QUERIES = ['"', "AND", "*(", "NEAR(", "story OR", "-", "'", "a:b", "^x", '"story', "(("]


def test_search_survives_hostile_queries(cli, subscribed):
    for query in HOSTILE_QUERIES:
        result = cli("--home", subscribed, "search", query, "--json")
        assert result.status == 0, (query, result.err)
        assert result.err == "", query
        assert isinstance(json.loads(result.out), list), query
    # Syntax characters are not syntax: the word still matches.
    assert len(json.loads(cli("--home", subscribed, "search", '"story', "--json").out)) == 6


# ---- extract --------------------------------------------------------------------------------
def test_extract_jsonl_on_html_gz_url_and_a_failure(cli, tmp_path, http_server):
    page = article_page("Bridge work starts")
    html = tmp_path / "a.html"
    html.write_bytes(page)
    packed = tmp_path / "b.html.gz"
    packed.write_bytes(gzip.compress(page))
    http_server.route("/c.html", Reply(body=page, headers={"Content-Type": "text/html"}))
    missing = tmp_path / "missing.html"
    sources = [str(html), str(missing), str(packed), http_server.url("/c.html")]
    result = cli("extract", "--jsonl", *sources)
    assert result.status == 1  # one input failed; the others went on
    lines = [json.loads(line) for line in result.out.splitlines()]
    assert [item["source"] for item in lines] == sources
    assert set(lines[1]) == {"source", "error"} and lines[1]["error"]
    assert str(missing) in one_line(result.err)
    for item in (lines[0], lines[2], lines[3]):
        assert set(item) == {"source", "title", "byline", "published", "text"}
        assert item["title"] == "Bridge work starts"
        assert "We will have the bridge open by spring" in item["text"]
        assert "Copyright" not in item["text"] and "Home" not in item["text"]
    assert lines[0]["text"] == lines[2]["text"] == lines[3]["text"]


def test_extract_json_and_plain(cli, tmp_path):
    html = tmp_path / "a.html"
    html.write_bytes(article_page("Bridge work starts"))
    result = cli("extract", "--json", html)
    assert result.status == 0
    [item] = json.loads(result.out)
    for block in item["blocks"]:
        assert item["text"][block["start"] : block["end"]] == block["text"]
    plain = cli("extract", html)
    assert plain.out.startswith("Bridge work starts\n\n") and "Lower Quay" in plain.out


def test_extract_corrupt_gzip_fails_cleanly(cli, tmp_path):
    bad = tmp_path / "bad.html.gz"
    bad.write_bytes(b"\x1f\x8b not really gzip")
    result = cli("extract", "--jsonl", bad)
    assert result.status == 1
    assert json.loads(result.out)["error"].startswith("not a valid gzip file")


# ---- quotes ---------------------------------------------------------------------------------
def test_quotes_on_txt_offsets_are_code_points(cli, tmp_path):
    text = (
        "Ça a été dur — naïve “déjà vu” 😀 everywhere.\n\n"
        "“We will fix the ferry by June,” said Mayor Ana Lindqvist.\r\n"
    )
    source = tmp_path / "NOTES.TXT"
    source.write_bytes(text.encode("utf-8"))
    result = cli("quotes", "--jsonl", source)
    assert result.status == 0
    item = json.loads(result.out)
    assert item["source"] == str(source)
    speech = [q for q in item["quotes"] if q["speaker"] == "Ana Lindqvist"]
    assert [q["quote"] for q in speech] == ["We will fix the ferry by June,"]
    for quote in item["quotes"]:
        assert set(quote) == QUOTE_KEYS and quote["kind"] in ("speech", "term")
        assert text[quote["start"] : quote["end"]] == quote["quote"]
    raw = text.encode("utf-8")
    assert raw.index(b"We will") != speech[0]["start"]  # bytes would not do


def test_quotes_on_html_index_the_extracted_text(cli, tmp_path):
    html = tmp_path / "p.html"
    html.write_bytes(article_page("Bridge work starts", mayor="Sofía Ibáñez"))
    extracted = json.loads(cli("extract", "--json", html).out)[0]["text"]
    result = cli("quotes", "--json", html)
    [item] = json.loads(result.out)
    quotes = item["quotes"]
    assert [q["speaker"] for q in quotes] == ["Sofía Ibáñez", "Sofía Ibáñez"]
    for quote in quotes:
        assert extracted[quote["start"] : quote["end"]] == quote["quote"]
    plain = cli("quotes", html)
    assert "Sofía Ibáñez: “We will have the bridge open by spring,”" in plain.out


def test_quotes_of_an_article_and_of_a_speaker(cli, subscribed):
    rows = list_json(cli, subscribed)
    for row in rows[:2]:
        assert cli("--home", subscribed, "save", str(row["id"])).status == 0
    result = cli("--home", subscribed, "quotes", "--article", str(rows[0]["id"]), "--json")
    quotes = json.loads(result.out)
    assert isinstance(quotes, list) and len(quotes) == 2
    assert all(set(q) == QUOTE_KEYS for q in quotes)
    with Store.open(resolve_paths(subscribed).db_file) as store:
        text = store.article(rows[0]["id"]).text
    assert [text[q["start"] : q["end"]] for q in quotes] == [q["quote"] for q in quotes]
    unfetched = cli("--home", subscribed, "quotes", "--article", str(rows[5]["id"]), "--json")
    assert unfetched.status == 0 and json.loads(unfetched.out) == []

    for name in ("Ana Lindqvist", "ana lindqvist", "LINDQVIST", "Lindqvist"):
        hits = json.loads(cli("--home", subscribed, "quotes", "--speaker", name, "--json").out)
        assert len(hits) == 4, name
        assert {h["article"] for h in hits} == {rows[0]["id"], rows[1]["id"]}
        assert {h["speaker"] for h in hits} == {"Ana Lindqvist"}
    nobody = cli("--home", subscribed, "quotes", "--speaker", "Nobody Atall", "--json")
    assert nobody.status == 0 and json.loads(nobody.out) == []
    plain = cli("--home", subscribed, "quotes", "--speaker", "lindqvist")
    assert "Ana Lindqvist: “We will have the bridge open by spring,”" in plain.out


# ---- configuration --------------------------------------------------------------------------
@pytest.mark.parametrize(
    "config",
    ["concurrency = [", "concurrency = 0", "no_such_setting = 1", "fetch_pages = 'yes'"],
)
def test_malformed_config_is_a_usage_error(cli, home, config):
    paths = resolve_paths(home).ensure()
    paths.config_file.write_text(config, encoding="utf-8")
    result = cli("--home", home, "list")
    assert result.status == 2
    assert str(paths.config_file) in one_line(result.err)
    assert result.out == ""


# ---- real processes -------------------------------------------------------------------------
def termnews(*argv: str | Path, **kwargs: Any) -> subprocess.CompletedProcess[str]:
    env = {**os.environ, "PYTHONWARNINGS": "error::ResourceWarning"}
    env.pop("TERMNEWS_DEBUG", None)
    return subprocess.run(
        [sys.executable, "-m", "termnews", *map(str, argv)],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
        **kwargs,
    )


def test_process_exit_codes_without_tracebacks(home, tmp_path):
    bad = termnews("--home", home, "show", "abc")
    assert bad.returncode == 2 and bad.stdout == ""
    assert one_line(bad.stderr).startswith("termnews: not an article id")
    missing = termnews("--home", home, "import", tmp_path / "nope.opml")
    assert missing.returncode == 1 and "Traceback" not in missing.stderr
    good = termnews("--home", home, "refresh", "--no-pages")
    assert good.returncode == 0, good.stderr
    assert "25 new articles" in good.stdout


def test_closed_stdout_gives_no_traceback(home):
    assert termnews("--home", home, "refresh", "--no-pages").returncode == 0
    for argv in (["list"], ["list", "--json"], ["export"]):
        proc = subprocess.Popen(
            [sys.executable, "-m", "termnews", "--home", str(home), *argv],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
        )
        assert proc.stdout is not None and proc.stderr is not None
        proc.stdout.close()  # like `| head -0`: every write hits a closed pipe
        err = proc.stderr.read().decode()
        assert proc.wait(timeout=60) == 0, err
        assert err == "", err


def test_pipe_into_head_gives_first_row_only(home):
    assert termnews("--home", home, "refresh", "--no-pages").returncode == 0
    shell = subprocess.run(
        f"{sys.executable} -m termnews --home '{home}' list | head -1",
        shell=True,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert len(shell.stdout.splitlines()) == 1 and "Traceback" not in shell.stderr
    assert shell.stderr == ""


def test_offline_add_subscribes_unchecked_without_network(cli, home, http_server):
    url = http_server.url("/later.xml")
    result = cli("--home", home, "--offline", "add", url)
    assert result.status == 0, result.err
    assert http_server.requests == []
    assert [f.url for f in feeds_in(home)] == [url]


def test_add_local_feed_file(cli, home, tmp_path, http_server):
    path = tmp_path / "local.xml"
    path.write_bytes(rss_feed("Local File", [("one", http_server.url("/x.html"), time.time())]))
    result = cli("--home", home, "--offline", "add", path)
    assert result.status == 0, result.err
    [feed] = feeds_in(home)
    assert (feed.url, feed.title) == (path.resolve().as_uri(), "Local File")
