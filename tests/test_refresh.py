"""The refresh pipeline against a real loopback server and a real SQLite file.

Conditional GET, redirects that move (or do not move) a subscription, Retry-After in both
forms, deadlines and size caps set through config.toml, page failures, progress events.
"""

from __future__ import annotations

import asyncio
import subprocess
import sys
import time
from collections.abc import Callable
from datetime import UTC, datetime
from email.utils import format_datetime
from pathlib import Path
from typing import Any

import pytest
from httpserver import Reply, Request, TestHTTPServer, gzip_reply, http_date, redirect

from termnews.config import Settings
from termnews.models import Feed
from termnews.paths import Paths, resolve_paths
from termnews.refresh import (
    PROCESS_POOL_THRESHOLD,
    RefreshEvent,
    RefreshSummary,
    refresh,
    subscribe_samples,
)
from termnews.store import Store

HOUR = 3600
DAY = 86400


def page(title: str) -> bytes:
    """An article page with one attributed quotation."""
    return f"""<!doctype html><html><head><meta charset="utf-8"><title>{title}</title></head>
<body><nav><a href="/">Home</a></nav><article><h1>{title}</h1>
<p>The harbour board met on Thursday to discuss the dredging backlog that has left the
Lower Quay ferry landing too shallow at low tide for most of the autumn.</p>
<p>"We cannot keep the ferry running on hope," said Rosa Delgado, who chairs the board,
adding that the work would start in March if the state money arrives.</p>
<p>Ferry riders said the cancellations had doubled their commute on some mornings.</p>
</article></body></html>""".encode()


def rss(title: str, server: TestHTTPServer, name: str, count: int) -> bytes:
    """An RSS feed whose ``count`` items link to /NAME/N.html on ``server``."""
    now = time.time()
    items = "".join(
        f"<item><title>{name} {n}</title><link>{server.url(f'/{name}/{n}.html')}</link>"
        f"<guid>{name}-{n}</guid><pubDate>"
        f"{format_datetime(datetime.fromtimestamp(now - n * HOUR, UTC), usegmt=True)}"
        f"</pubDate><description>About {name} {n}.</description></item>"
        for n in range(count)
    )
    return (
        f'<?xml version="1.0"?><rss version="2.0"><channel><title>{title}</title>'
        f"{items}</channel></rss>"
    ).encode()


def serve(server: TestHTTPServer, name: str, count: int = 2, **headers: str) -> bytes:
    """Route the pages of feed NAME and return its body (the caller routes the feed)."""
    for n in range(count):
        server.route(f"/{name}/{n}.html", Reply(body=page(f"{name} {n}")))
    return rss(f"{name.title()} Feed", server, name, count)


def make_home(tmp_path: Path, config: str = "") -> Paths:
    paths = resolve_paths(tmp_path / "home").ensure()
    if config:
        paths.config_file.write_text(config, encoding="utf-8")
    return paths


def subscribe(paths: Paths, *urls: str) -> list[Feed]:
    with Store.open(paths.db_file) as store:
        return [store.add_feed(url) for url in urls]


def stored_feeds(paths: Paths) -> dict[int, Feed]:
    with Store.open(paths.db_file) as store:
        return {feed.id: feed for feed in store.feeds()}


def run_refresh(paths: Paths, **kwargs: Any) -> RefreshSummary:
    settings = kwargs.pop("settings", Settings())
    return asyncio.run(refresh(paths, settings, **kwargs))


# ---- conditional GET ------------------------------------------------------------------------
def test_second_refresh_sends_validators_and_stores_new_etag_from_304(tmp_path, http_server):
    body = serve(http_server, "news")
    modified = http_date(time.time() - DAY)

    def feed(request: Request) -> Reply:
        if request.headers.get("if-none-match") in ('"v1"', '"v2"'):
            return Reply(status=304, headers={"ETag": '"v2"'})
        return Reply(body=body, headers={"ETag": '"v1"', "Last-Modified": modified})

    http_server.route("/news.xml", feed)
    paths = make_home(tmp_path)
    [sub] = subscribe(paths, http_server.url("/news.xml"))

    first = run_refresh(paths)
    assert (first.feeds, first.new_articles, first.pages) == (1, 2, 2)
    stored = stored_feeds(paths)[sub.id]
    assert (stored.etag, stored.last_modified, stored.last_status) == ('"v1"', modified, 200)

    second = run_refresh(paths)
    assert (second.feeds, second.not_modified, second.new_articles) == (0, 1, 0)
    sent = http_server.requests_to("/news.xml")[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == modified
    stored = stored_feeds(paths)[sub.id]
    assert (stored.etag, stored.last_modified, stored.last_status) == ('"v2"', modified, 304)
    assert stored.total == 2 and stored.error is None
    # Pages already cleaned are not fetched again.
    assert len(http_server.requests_to("/news/0.html")) == 1

    run_refresh(paths)
    assert http_server.requests_to("/news.xml")[2].headers["if-none-match"] == '"v2"'


# ---- redirects ------------------------------------------------------------------------------
@pytest.mark.parametrize(("status", "moves"), [(301, True), (308, True), (302, False)])
def test_permanent_redirect_moves_the_subscription_temporary_does_not(
    tmp_path, http_server, status, moves
):
    body = serve(http_server, "news")
    http_server.route("/new.xml", Reply(body=body))
    http_server.route("/old.xml", redirect("/new.xml", status=status))
    paths = make_home(tmp_path)
    [sub] = subscribe(paths, http_server.url("/old.xml"))
    summary = run_refresh(paths, fetch_pages=False)
    assert summary.new_articles == 2
    expected = http_server.url("/new.xml") if moves else http_server.url("/old.xml")
    assert stored_feeds(paths)[sub.id].url == expected
    run_refresh(paths, fetch_pages=False)
    assert len(http_server.requests_to("/old.xml")) == (1 if moves else 2)


def test_redirect_onto_an_existing_subscription_does_not_break_refresh(tmp_path, http_server):
    http_server.route("/new.xml", Reply(body=serve(http_server, "news")))
    http_server.route("/old.xml", redirect("/new.xml", status=301))
    paths = make_home(tmp_path)
    old, new = subscribe(paths, http_server.url("/old.xml"), http_server.url("/new.xml"))
    summary = run_refresh(paths, fetch_pages=False)
    assert summary.feeds == 2 and summary.feeds_failed == 0
    feeds = stored_feeds(paths)
    assert feeds[old.id].url == http_server.url("/old.xml")
    assert feeds[new.id].total == 2


# ---- Retry-After -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("status", "retry_after"),
    [(503, lambda: "7200"), (429, lambda: http_date(time.time() + 2 * HOUR))],
    ids=["seconds", "http-date"],
)
def test_retry_after_makes_the_feed_wait_while_others_go_on(
    tmp_path, http_server, cli, status, retry_after
):
    http_server.route("/ok.xml", Reply(body=serve(http_server, "ok")))
    busy = Reply(status=status, headers={"Retry-After": retry_after()})
    http_server.route("/busy.xml", busy)
    paths = make_home(tmp_path)
    ok, slow = subscribe(paths, http_server.url("/ok.xml"), http_server.url("/busy.xml"))

    first = cli("--home", tmp_path / "home", "refresh", "--no-pages")
    assert first.status == 0
    assert f"HTTP {status}" in first.err and "1 failed" in first.out
    waiting = stored_feeds(paths)[slow.id]
    assert waiting.error == f"HTTP {status}"
    assert waiting.next_fetch_at is not None
    assert abs(waiting.next_fetch_at - (time.time() + 2 * HOUR)) < 60

    http_server.route("/busy.xml", Reply(body=serve(http_server, "busy")))
    second = cli("--home", tmp_path / "home", "refresh", "--no-pages")
    assert second.status == 0
    assert "1 waiting (Retry-After)" in second.out
    assert "waiting for the server's Retry-After" in second.err
    assert len(http_server.requests_to("/busy.xml")) == 1
    assert len(http_server.requests_to("/ok.xml")) == 2

    later = run_refresh(paths, fetch_pages=False, clock=lambda: time.time() + 3 * HOUR)
    assert later.waiting == 0 and later.feeds_failed == 0
    assert len(http_server.requests_to("/busy.xml")) == 2
    done = stored_feeds(paths)[slow.id]
    assert done.error is None and done.next_fetch_at is None and done.total == 2
    assert stored_feeds(paths)[ok.id].error is None


def test_error_without_retry_after_is_retried_next_time(tmp_path, http_server):
    http_server.route("/busy.xml", Reply(status=503))
    paths = make_home(tmp_path)
    subscribe(paths, http_server.url("/busy.xml"))
    assert run_refresh(paths).feeds_failed == 1
    assert run_refresh(paths).waiting == 0
    assert len(http_server.requests_to("/busy.xml")) == 2


# ---- deadlines and caps from config.toml ---------------------------------------------------------
def test_slow_drip_body_is_stopped_by_the_deadline(tmp_path, http_server, cli):
    http_server.route("/ok.xml", Reply(body=serve(http_server, "ok")))
    http_server.route("/drip.xml", Reply(body=b"<rss>" + b" " * 400, drip=0.02))
    paths = make_home(tmp_path, "[refresh]\nrequest_deadline = 0.5\n")
    _, drip = subscribe(paths, http_server.url("/ok.xml"), http_server.url("/drip.xml"))
    started = time.monotonic()
    result = cli("--home", tmp_path / "home", "refresh", "--no-pages")
    elapsed = time.monotonic() - started
    assert result.status == 0
    assert elapsed < 4, elapsed  # the drip alone would take 8 s
    assert "timed out after 0.5 s" in result.err
    assert "1 feeds refreshed" in result.out and "1 failed" in result.out
    assert stored_feeds(paths)[drip.id].error == "timed out after 0.5 s"


def test_gzip_body_over_the_cap_is_refused(tmp_path, http_server, cli):
    bomb = b"<?xml version='1.0'?><rss><channel><title>x</title>" + b" " * 5_000_000
    http_server.route("/bomb.xml", gzip_reply(bomb))
    http_server.route("/ok.xml", Reply(body=serve(http_server, "ok")))
    paths = make_home(tmp_path, "max_feed_bytes = 65536\n")
    bomb_feed, ok = subscribe(paths, http_server.url("/bomb.xml"), http_server.url("/ok.xml"))
    result = cli("--home", tmp_path / "home", "refresh", "--no-pages")
    assert result.status == 0
    feeds = stored_feeds(paths)
    assert feeds[bomb_feed.id].error == "body larger than 64 KiB"
    assert feeds[bomb_feed.id].total == 0 and feeds[ok.id].total == 2


def test_body_that_is_not_a_feed_is_an_error_on_that_feed_only(tmp_path, http_server):
    http_server.route("/page.xml", Reply(body=b"<html><body><p>hello</p></body></html>"))
    http_server.route("/ok.xml", Reply(body=serve(http_server, "ok")))
    paths = make_home(tmp_path)
    bad, ok = subscribe(paths, http_server.url("/page.xml"), http_server.url("/ok.xml"))
    summary = run_refresh(paths, fetch_pages=False)
    assert (summary.feeds, summary.feeds_failed) == (1, 1)
    feeds = stored_feeds(paths)
    assert feeds[bad.id].error and feeds[ok.id].error is None


# ---- pages --------------------------------------------------------------------------------------
def test_page_failures_are_recorded_and_retried(tmp_path, http_server, cli):
    http_server.route("/news.xml", Reply(body=serve(http_server, "news", 3)))
    http_server.route("/news/1.html", Reply(status=404))
    paths = make_home(tmp_path)
    subscribe(paths, http_server.url("/news.xml"))
    result = cli("--home", tmp_path / "home", "refresh", "--verbose")
    assert result.status == 0
    assert "2 pages cleaned, 1 pages failed" in result.out
    assert "HTTP 404" in result.err
    with Store.open(paths.db_file) as store:
        rows = {row.title: row for row in store.articles()}
        failed = store.article(rows["news 1"].id)
        assert failed is not None and failed.text is None and failed.page_error == "HTTP 404"
        cleaned = store.article(rows["news 0"].id)
        assert cleaned is not None and cleaned.text and "Rosa Delgado" in cleaned.text
        assert [q.speaker for q in cleaned.quotes] == ["Rosa Delgado"]

    http_server.route("/news/1.html", Reply(body=page("news 1")))
    again = cli("--home", tmp_path / "home", "refresh")
    assert "1 pages cleaned, 0 pages failed" in again.out
    assert len(http_server.requests_to("/news/0.html")) == 1
    with Store.open(paths.db_file) as store:
        fixed = store.article(rows["news 1"].id)
        assert fixed is not None and fixed.text and fixed.page_error is None


def test_events_report_progress_in_order(tmp_path, http_server):
    http_server.route("/a.xml", Reply(body=serve(http_server, "a", 2)))
    http_server.route("/b.xml", Reply(status=500))
    paths = make_home(tmp_path)
    subscribe(paths, http_server.url("/a.xml"), http_server.url("/b.xml"))
    events: list[RefreshEvent] = []
    summary = run_refresh(paths, on_event=events.append)
    kinds = [e.kind for e in events]
    assert kinds[0] == "start" and kinds[-1] == "done"
    assert kinds.count("feed_done") == 1 and kinds.count("feed_error") == 1
    assert kinds.count("page_done") == 2
    assert events[-1].message == summary.line()
    feed_events = [e for e in events if e.kind in ("feed_done", "feed_error")]
    assert [e.done for e in feed_events] == [1, 2] and {e.total for e in feed_events} == {2}
    pages = [e for e in events if e.kind == "page_done"]
    assert [e.done for e in pages] == [1, 2] and pages[-1].total == 2
    error = next(e for e in events if e.kind == "feed_error")
    assert error.message == "HTTP 500" and error.feed_title == http_server.url("/b.xml")


def test_offline_refresh_reads_local_samples_but_not_the_network(tmp_path, http_server):
    http_server.route("/a.xml", Reply(body=serve(http_server, "a", 1)))
    paths = make_home(tmp_path)
    with Store.open(paths.db_file) as store:
        samples = subscribe_samples(store)
    subscribe(paths, http_server.url("/a.xml"))
    summary = run_refresh(paths, offline=True)
    assert summary.feeds == len(samples) == 5 and summary.feeds_failed == 1
    assert summary.pages == 25
    assert http_server.requests == []


def test_embedded_samples_survive_retention_on_a_later_first_run(tmp_path):
    paths = make_home(tmp_path)
    with Store.open(paths.db_file) as store:
        subscribe_samples(store)
    later = time.time() + 200 * DAY
    summary = run_refresh(paths, fetch_pages=False, clock=lambda: later)
    assert summary.new_articles == 25
    with Store.open(paths.db_file) as store:
        assert len(store.articles()) == 25


# ---- many feeds: forked workers parse and store ---------------------------------------------
def test_many_feeds_are_parsed_and_stored_by_forked_workers(tmp_path, http_server):
    """A CLI refresh of more feeds than the worker threshold runs in a fresh process (no
    threads), so its feeds are parsed and stored by forked workers: every entry lands, a body
    that is not a feed is an error on that feed only, and the second run gets 304s."""
    count = PROCESS_POOL_THRESHOLD + 2

    def versioned(body: bytes) -> Callable[[Request], Reply]:
        def answer(request: Request) -> Reply:
            if request.headers.get("if-none-match") == '"v1"':
                return Reply(status=304)
            return Reply(body=body, headers={"ETag": '"v1"'})

        return answer

    for n in range(count):
        http_server.route(f"/f{n}.xml", versioned(serve(http_server, f"f{n}", 3)))
    http_server.route("/bad.xml", Reply(body=b"<html><body><p>not a feed</p></body></html>"))
    paths = make_home(tmp_path)
    subscribe(paths, *(http_server.url(f"/f{n}.xml") for n in range(count)))
    (bad,) = subscribe(paths, http_server.url("/bad.xml"))
    command = [sys.executable, "-m", "termnews", "--home", str(tmp_path / "home"), "refresh"]
    first = subprocess.run([*command, "--no-pages"], capture_output=True, text=True, timeout=60)
    assert f"{count} feeds refreshed, {3 * count} new articles" in first.stdout, first.stderr
    feeds = stored_feeds(paths)
    assert sum(feed.total for feed in feeds.values()) == 3 * count
    assert feeds[bad.id].error
    assert all(feed.error is None and feed.etag for i, feed in feeds.items() if i != bad.id)
    second = subprocess.run([*command, "--no-pages"], capture_output=True, text=True, timeout=60)
    assert f"{count} not modified" in second.stdout, second.stderr


def test_a_worker_parses_and_stores_one_feed_with_its_own_connection(tmp_path, http_server):
    """What each forked worker runs, called here directly: the entries land in the store with
    the fetch's validators, only the title and the new ids come back, and a body that is not a
    feed comes back as its error line with nothing stored."""
    from termnews.refresh import _WORKER_STORES, _parse_and_store_in_worker

    paths = make_home(tmp_path)
    try:
        _check_one_worker_feed(paths, http_server, _parse_and_store_in_worker)
    finally:
        worker_store = _WORKER_STORES.pop(str(paths.db_file), None)
        if worker_store is not None:
            worker_store.close()


def _check_one_worker_feed(
    paths: Paths, http_server: TestHTTPServer, parse_and_store: Callable[..., Any]
) -> None:
    feed, bad = subscribe(paths, http_server.url("/w.xml"), http_server.url("/bad.xml"))
    body = serve(http_server, "w", 3)
    fetch = {"status": 200, "etag": '"w1"', "last_modified": None}
    db = str(paths.db_file)
    title, new_ids = parse_and_store(db, feed.id, body, feed.url, None, 1000, fetch)
    assert title == "W Feed" and len(new_ids) == 3
    stored = stored_feeds(paths)[feed.id]
    assert stored.total == 3 and stored.etag == '"w1"' and stored.error is None
    again = parse_and_store(db, feed.id, body, feed.url, None, 1001, fetch)
    assert again == ("W Feed", [])  # nothing new the second time
    error = parse_and_store(db, bad.id, b"<html><p>no</p></html>", bad.url, None, 1, fetch)
    assert isinstance(error, str) and error
    assert stored_feeds(paths)[bad.id].total == 0
