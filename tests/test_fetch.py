"""Fetcher against a real loopback HTTP server: validators, redirects, caps, deadlines, limits."""

from __future__ import annotations

import asyncio
import gzip
import socket
import time
import zlib
from pathlib import Path

import httpx
import pytest
from httpserver import Reply, Request, gzip_reply, http_date, redirect, repeat_chunks

from termnews import USER_AGENT
from termnews.config import Settings
from termnews.feeds.fetch import Fetcher, FetchResult, parse_retry_after

FEED = b'<?xml version="1.0"?><rss version="2.0"><channel><title>T</title></channel></rss>'


async def fetch_one(url: str, settings: Settings | None = None, **kwargs: object) -> FetchResult:
    async with Fetcher(settings or Settings()) as fetcher:
        return await fetcher.fetch(url, **kwargs)  # type: ignore[arg-type]


async def test_plain_get_sends_user_agent_and_encoding(http_server):
    http_server.route("/feed", Reply(body=FEED, headers={"Content-Type": "application/rss+xml"}))
    result = await fetch_one(http_server.url("/feed"))
    assert result.ok and result.status == 200
    assert result.body == FEED
    assert result.content_type == "application/rss+xml"
    assert result.final_url == result.url and result.moved_to is None
    sent = http_server.requests[0].headers
    assert sent["user-agent"] == USER_AGENT
    assert sent["accept-encoding"] == "gzip, deflate"
    assert "application/rss+xml" in sent["accept"]


async def test_conditional_get_sends_validators_and_reports_new_etag_on_304(http_server):
    def handler(request: Request) -> Reply:
        if request.headers.get("if-none-match") == '"v1"':
            return Reply(status=304, headers={"ETag": '"v2"'})
        return Reply(body=FEED, headers={"ETag": '"v1"', "Last-Modified": "Mon, 01 Jan 2024"})

    http_server.route("/feed", handler)
    first = await fetch_one(http_server.url("/feed"))
    assert first.etag == '"v1"' and first.last_modified == "Mon, 01 Jan 2024"
    second = await fetch_one(
        http_server.url("/feed"), etag='"v1"', last_modified="Mon, 01 Jan 2024"
    )
    assert second.ok and second.not_modified and second.status == 304
    assert second.body is None
    assert second.etag == '"v2"'
    sent = http_server.requests[1].headers
    assert sent["if-none-match"] == '"v1"' and sent["if-modified-since"] == "Mon, 01 Jan 2024"


async def test_permanent_redirect_sets_moved_to(http_server):
    http_server.route("/old", redirect("/mid", status=301))
    http_server.route("/mid", redirect(http_server.url("/new"), status=308))
    http_server.route("/new", Reply(body=FEED))
    result = await fetch_one(http_server.url("/old"))
    assert result.ok and result.body == FEED
    assert result.url == http_server.url("/old")
    assert result.final_url == http_server.url("/new")
    assert result.moved_to == http_server.url("/new")


async def test_temporary_redirect_in_chain_does_not_move(http_server):
    http_server.route("/old", redirect("/mid", status=301))
    http_server.route("/mid", redirect("/new", status=302))
    http_server.route("/new", Reply(body=FEED))
    result = await fetch_one(http_server.url("/old"))
    assert result.ok and result.final_url == http_server.url("/new")
    assert result.moved_to is None


async def test_redirect_loop_and_too_many_redirects(http_server):
    http_server.route("/a", redirect("/b"))
    http_server.route("/b", redirect("/a"))
    for i in range(10):
        http_server.route(f"/hop{i}", redirect(f"/hop{i + 1}", status=301))
    loop = await fetch_one(http_server.url("/a"))
    assert loop.error == "redirect loop" and loop.body is None
    chain = await fetch_one(http_server.url("/hop0"), Settings(max_redirects=3))
    assert chain.error == "too many redirects"
    assert len(http_server.requests_to("/hop3")) == 1 and not http_server.requests_to("/hop5")


async def test_retry_after_seconds_and_http_date(http_server):
    http_server.route("/busy", Reply(status=429, headers={"Retry-After": "120"}))
    when = time.time() + 3600
    http_server.route("/down", Reply(status=503, headers={"Retry-After": http_date(when)}))
    http_server.route("/bare", Reply(status=503))
    before = int(time.time())
    busy = await fetch_one(http_server.url("/busy"))
    assert busy.error == "HTTP 429" and busy.status == 429
    assert busy.retry_at is not None and before + 119 <= busy.retry_at <= before + 122
    down = await fetch_one(http_server.url("/down"))
    assert down.error == "HTTP 503"
    assert down.retry_at is not None and abs(down.retry_at - when) <= 2
    bare = await fetch_one(http_server.url("/bare"))
    assert bare.error == "HTTP 503" and bare.retry_at is None


def test_retry_after_is_capped_and_never_in_the_past():
    now = 1_700_000_000.0
    assert parse_retry_after("999999999", now) == int(now) + 7 * 24 * 3600
    assert parse_retry_after("Mon, 01 Jan 2001 00:00:00 GMT", now) == int(now)
    assert parse_retry_after("soon", now) is None


async def test_server_error_is_one_line(http_server):
    http_server.route("/boom", Reply(status=500, body=b"Traceback..."))
    result = await fetch_one(http_server.url("/boom"))
    assert result.error == "HTTP 500" and result.status == 500 and result.body is None
    assert not result.ok


async def test_slow_drip_is_stopped_by_the_overall_deadline(http_server):
    http_server.route("/drip", Reply(body=b"x" * 100, drip=0.1))
    settings = Settings(request_deadline=0.4, read_timeout=5.0)
    started = time.monotonic()
    result = await fetch_one(http_server.url("/drip"), settings)
    elapsed = time.monotonic() - started
    assert result.error == "timed out after 0.4 s"
    assert result.body is None
    assert elapsed < 1.5


async def test_slot_waiting_time_does_not_count_against_the_deadline(http_server):
    http_server.route("/slow", Reply(body=FEED, delay=0.1))
    settings = Settings(request_deadline=0.25, per_host=1)
    async with Fetcher(settings) as fetcher:
        results = await asyncio.gather(*(fetcher.fetch(http_server.url("/slow")) for _ in range(4)))
    assert all(r.ok for r in results), [r.error for r in results]


async def test_gzip_body_is_inflated(http_server):
    http_server.route("/gz", gzip_reply(FEED * 100))
    result = await fetch_one(http_server.url("/gz"))
    assert result.ok and result.body == FEED * 100


async def test_deflate_body_is_inflated_zlib_and_raw(http_server):
    raw = zlib.compressobj(wbits=-zlib.MAX_WBITS)
    raw_body = raw.compress(FEED) + raw.flush()
    http_server.route(
        "/z", Reply(body=zlib.compress(FEED), headers={"Content-Encoding": "deflate"})
    )
    http_server.route("/raw", Reply(body=raw_body, headers={"Content-Encoding": "deflate"}))
    assert (await fetch_one(http_server.url("/z"))).body == FEED
    assert (await fetch_one(http_server.url("/raw"))).body == FEED


async def test_gzip_bomb_stops_at_the_cap(http_server):
    http_server.route("/bomb", gzip_reply(b"\0" * (8 * 1024 * 1024)))
    result = await fetch_one(http_server.url("/bomb"), Settings(max_feed_bytes=1024 * 1024))
    assert result.error == "body larger than 1 MiB"
    assert result.body is None


async def test_max_bytes_overrides_the_feed_cap_and_caps_identity_bodies(http_server):
    http_server.route("/page", Reply(body=b"y" * 5000))
    http_server.route("/chunked", Reply(body=repeat_chunks(b"z" * 4096, 4096), chunked=True))
    small = await fetch_one(http_server.url("/page"), max_bytes=4096)
    assert small.error == "body larger than 4 KiB"
    big_enough = await fetch_one(http_server.url("/page"), max_bytes=5000)
    assert big_enough.ok and len(big_enough.body or b"") == 5000
    streamed = await fetch_one(http_server.url("/chunked"), Settings(max_feed_bytes=64 * 1024))
    assert streamed.error == "body larger than 64 KiB"


async def test_connection_closed_mid_body(http_server):
    http_server.route("/cut", Reply(body=b"x" * 10_000, close_after=100))
    http_server.route("/rst", Reply(body=b"x" * 10_000, close_after=100, reset=True))
    http_server.route("/chunk-cut", Reply(body=[b"a" * 500] * 10, chunked=True, close_after=1000))
    for path in ("/cut", "/rst", "/chunk-cut"):
        result = await fetch_one(http_server.url(path))
        assert result.error == "connection closed mid-body", (path, result.error)
        assert result.status == 200 and result.body is None


async def test_connection_refused_is_one_line():
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]
    result = await fetch_one(f"http://127.0.0.1:{port}/feed")
    assert result.error == "connection refused"
    assert result.status is None


def test_dns_and_tls_failures_are_described():
    from termnews.feeds.fetch import _describe_http_error

    request = httpx.Request("GET", "https://nowhere.invalid/")
    dns = httpx.ConnectError("[Errno -2] Name or service not known", request=request)
    dns.__cause__ = socket.gaierror(-2, "Name or service not known")
    assert _describe_http_error(dns, Settings()) == "DNS lookup failed for nowhere.invalid"
    tls = httpx.ConnectError("[SSL: WRONG_VERSION_NUMBER] wrong version number", request=request)
    assert _describe_http_error(tls, Settings()).startswith("TLS error: ")


@pytest.mark.parametrize(
    ("url", "error"),
    [
        ("http://", "not a URL: 'http://'"),
        ("ftp://example.com/feed", "unsupported scheme 'ftp'"),
        ("javascript:alert(1)", "unsupported scheme 'javascript'"),
        ("", "not a URL: ''"),
    ],
)
async def test_bad_urls_are_one_line_errors(url, error):
    result = await fetch_one(url)
    assert result.error == error and result.status is None


async def test_per_host_limit_holds_for_twenty_fetches(http_server):
    http_server.route("/feed", Reply(body=FEED, delay=0.03))
    settings = Settings(per_host=3, concurrency=32)
    async with Fetcher(settings) as fetcher:
        results = await asyncio.gather(
            *(fetcher.fetch(http_server.url("/feed")) for _ in range(20))
        )
    assert all(r.ok for r in results)
    assert len(http_server.requests) == 20
    assert http_server.max_in_flight == 3


async def test_hosts_are_fetched_in_parallel(http_server_factory):
    servers = [http_server_factory(f"127.0.0.{i}") for i in (1, 2, 3, 4)]
    for server in servers:
        server.route("/feed", Reply(body=FEED, delay=0.1))
    settings = Settings(per_host=2, concurrency=8)
    started = time.monotonic()
    async with Fetcher(settings) as fetcher:
        urls = [server.url("/feed") for server in servers for _ in range(4)]
        results = await asyncio.gather(*(fetcher.fetch(url) for url in urls))
    elapsed = time.monotonic() - started
    assert all(r.ok for r in results)
    assert all(server.max_in_flight == 2 for server in servers)
    assert elapsed < 0.8  # 2 rounds of 0.1 s; serialised it would take 1.6 s


async def test_file_url_and_plain_path(tmp_path: Path):
    feed = tmp_path / "feed.xml"
    feed.write_bytes(FEED)
    by_url = await fetch_one(feed.as_uri())
    assert by_url.ok and by_url.status == 200 and by_url.body == FEED
    assert by_url.final_url == feed.as_uri()
    by_path = await fetch_one(str(feed))
    assert by_path.ok and by_path.body == FEED and by_path.final_url == feed.as_uri()
    missing = await fetch_one(str(tmp_path / "nope.xml"))
    assert missing.error is not None and missing.error.startswith("file not found: ")
    folder = await fetch_one(str(tmp_path))
    assert folder.error is not None and folder.error.startswith("not a regular file")
    capped = await fetch_one(str(feed), max_bytes=10)
    assert capped.error == "body larger than 10 bytes"


async def test_offline_refuses_http_but_reads_files(http_server, tmp_path: Path):
    http_server.route("/feed", Reply(body=FEED))
    feed = tmp_path / "feed.xml"
    feed.write_bytes(gzip.decompress(gzip.compress(FEED)))
    async with Fetcher(Settings(), offline=True) as fetcher:
        remote = await fetcher.fetch(http_server.url("/feed"))
        local = await fetcher.fetch(str(feed))
    assert remote.error == "offline" and remote.body is None
    assert http_server.requests == []
    assert local.ok and local.body == FEED


async def test_idle_connection_pools_are_bounded(http_server_factory):
    servers = [http_server_factory(f"127.0.0.{i}") for i in range(1, 12)]
    for server in servers:
        server.route("/feed", Reply(body=FEED))
    async with Fetcher(Settings(concurrency=2)) as fetcher:  # keeps at most 8 idle pools
        for server in servers:
            assert (await fetcher.fetch(server.url("/feed"))).ok
        pools = fetcher._client._transport._pools  # type: ignore[union-attr]
        assert 1 <= len(pools) <= 8
        again = await fetcher.fetch(servers[0].url("/feed"))  # an evicted host still works
    assert again.ok and len(servers[0].requests) == 2


@pytest.mark.parametrize(
    ("reply", "error"),
    [
        (
            Reply(body=b"xx", headers={"Content-Encoding": "br"}),
            "unsupported content encoding 'br'",
        ),
        (Reply(body=b"not gzip", headers={"Content-Encoding": "gzip"}), "corrupt gzip body"),
        (Reply(status=301), "HTTP 301 without a Location"),
        (redirect("file:///etc/passwd"), "redirect to a non-HTTP URL"),
    ],
)
async def test_odd_responses_are_one_line_errors(http_server, reply, error):
    http_server.route("/odd", reply)
    result = await fetch_one(http_server.url("/odd"))
    assert result.error == error and result.body is None
