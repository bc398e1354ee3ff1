"""A loopback feed farm: many deterministic RSS feeds and article pages over 127.0.0.x hosts.

Used by the refresh benchmark (and handy by hand): one threaded HTTP server per loopback
address, a fixed delay per answer that does not block other requests, ETag/Last-Modified
validators answered with 304, and counters of what was asked.

    with FeedFarm(hosts=20, feeds=200, items=20, delay=0.2) as farm:
        farm.feed_urls  # ["http://127.0.0.1:PORT/feeds/0.xml", ...]

Command line: ``python bench/feedfarm.py --feeds 50 --delay 0.2`` prints the feed URLs and
serves until Ctrl-C (``--opml FILE`` / ``--urls FILE`` write them to a file too).
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import random
import socket
import sys
import threading
import time
import urllib.request
from collections import Counter
from dataclasses import dataclass, field
from email.utils import parsedate_to_datetime
from functools import lru_cache
from pathlib import Path
from xml.sax.saxutils import escape

# Anchored to today's midnight (UTC): every byte is the same all day long, and the news is
# recent enough that no reader's retention policy drops it (200 feeds x 20 items span ~12 h).
FEED_LAST_MODIFIED = int(time.time()) // 86400 * 86400
NEWEST_ITEM_TIME = FEED_LAST_MODIFIED - 3600
ITEM_SPACING_SECONDS = 37 * 60


# ---- deterministic news prose ---------------------------------------------------------------

FIRST_NAMES = [
    "Maria", "James", "Aisha", "Tom", "Elena", "David", "Priya", "Carlos", "Grace", "Samuel",
    "Lena", "Omar", "Rachel", "Daniel", "Mei", "Patrick", "Fatima", "Jonas", "Chloe", "Marcus",
]  # fmt: skip
LAST_NAMES = [
    "Alvarez", "Okafor", "Nguyen", "Brennan", "Kowalski", "Haddad", "Lindqvist", "Patel",
    "Moreau", "Fitzgerald", "Tanaka", "Osei", "Romano", "Schultz", "Delgado", "Whitaker",
]  # fmt: skip
ROLES = [
    "the city council president", "a spokesperson for the transit authority",
    "the superintendent of schools", "a neighbourhood association organiser",
    "the county's public health director", "a small-business owner on Main Street",
    "a researcher at the state university", "the fire chief", "a parent of two",
    "the mayor's chief of staff", "a longtime resident", "the library director",
]  # fmt: skip
TOPICS = [
    ("budget", "the proposed city budget", "City Hall"),
    ("transit", "the new bus rapid transit line", "Transit"),
    ("schools", "the school redistricting plan", "Schools"),
    ("housing", "the affordable housing ordinance", "Housing"),
    ("parks", "the riverfront park renovation", "Neighbourhoods"),
    ("water", "the water main replacement project", "Infrastructure"),
    ("library", "the branch library's extended hours", "Community"),
    ("police", "the civilian oversight board", "Public Safety"),
]
PLACES = [
    "the East Side", "Riverside", "the Old Town district", "Northgate", "Harbor Point",
    "Elm Hill", "the industrial corridor", "downtown", "West End", "Mill Creek",
]  # fmt: skip
SENTENCES = [
    "Officials said the plan would be reviewed again at next month's meeting.",
    "The proposal drew more than 200 written comments during the public comment period.",
    "Residents of {place} packed the meeting room, and some stood along the back wall.",
    "The measure passed its first reading by a vote of six to three.",
    "Critics argued that {topic} had been rushed through without enough study.",
    "Supporters pointed to similar efforts in neighbouring cities as evidence it could work.",
    "The cost estimate has grown by nearly 18 percent since the project was first proposed.",
    "A final decision is expected before the end of the fiscal year in June.",
    "The city hired an outside consultant last spring to study the options.",
    "Several council members asked staff to return with a more detailed timeline.",
    "The work is expected to disrupt traffic in {place} for at least eight weeks.",
    "Funding would come from a mix of state grants and the city's capital reserve.",
    "A survey released in March found that most respondents supported the idea in principle.",
    "The board delayed a vote on {topic} twice last year amid questions about the price.",
    "Neighbours in {place} have complained for years about the condition of the streets.",
    "The agency said it would hold three more listening sessions before the summer.",
    "Enrollment in the district has declined for five consecutive years.",
    "Ridership on the route has recovered to about 85 percent of its 2019 level.",
    "The committee meets on the second Tuesday of each month and its sessions are public.",
    "A petition opposing the change gathered about 1,400 signatures in two weeks.",
    "State law requires the city to publish the full analysis at least 30 days in advance.",
    "Staff members said the numbers could change once the final bids come in.",
    "Local businesses in {place} said they had not been consulted early enough.",
    "The previous attempt to address {topic} stalled in 2019 after a lawsuit.",
    "Council members are expected to take up the amendment at a special session.",
    "An independent audit last year flagged several gaps in how the program was tracked.",
    "The department has eleven open positions and relies heavily on overtime.",
    "Tuesday's hearing lasted nearly four hours and ended shortly before midnight.",
]
QUOTES = [
    "We cannot keep putting this off and expect a different result",
    "This is about whether families can afford to stay in the neighbourhood they grew up in",
    "Nobody on this board wants to raise fees, but the pipes are a hundred years old",
    "I have been coming to these meetings for ten years and I have never seen a turnout like this",
    "The numbers simply do not add up, and residents deserve a straight answer",
    "We heard the concerns loud and clear, and the revised plan reflects that",
    "If we do nothing, the cost will only go up",
    "My kids take that bus every morning, and it is late more often than not",
    "It is a good first step, but it is only a first step",
    "We are asking people to trust a process that has let them down before",
]


@dataclass(frozen=True, slots=True)
class ArticleSpec:
    """The deterministic facts of one item: everything its feed entry and page are built from."""

    feed: int
    item: int
    title: str
    topic: str
    section: str
    place: str
    speakers: tuple[tuple[str, str], ...]  # (name, role)
    published: int
    description: str


def _rng(*parts: int) -> random.Random:
    """A random generator seeded only by its arguments (reproducible across processes)."""
    digest = hashlib.blake2b(repr(parts).encode(), digest_size=8).digest()
    return random.Random(int.from_bytes(digest, "big"))


def _person(rng: random.Random) -> tuple[str, str]:
    return f"{rng.choice(FIRST_NAMES)} {rng.choice(LAST_NAMES)}", rng.choice(ROLES)


@lru_cache(maxsize=65536)
def article_spec(feed: int, item: int) -> ArticleSpec:
    """The facts of item ``item`` of feed ``feed``; item 0 is the newest."""
    rng = _rng(feed, item)
    _key, topic, section = rng.choice(TOPICS)
    place = rng.choice(PLACES)
    speakers = tuple(_person(rng) for _ in range(rng.randint(2, 4)))
    verb = rng.choice(["weighs", "delays vote on", "approves", "questions", "debates"])
    body = rng.choice(["Council", "School board", "Transit board", "Residents", "Planning panel"])
    title = f"{body} {verb} {topic} in {place} (#{feed}-{item})"
    lead_name, lead_role = speakers[0]
    description = (
        f"{body} members spent the evening on {topic}. "
        f"{lead_name}, {lead_role}, called it a turning point for {place}."
    )
    published = NEWEST_ITEM_TIME - (item * 200 + feed) * ITEM_SPACING_SECONDS // 200
    return ArticleSpec(feed, item, title, topic, section, place, speakers, published, description)


def _quote_paragraph(rng: random.Random, speaker: tuple[str, str], first: bool) -> str:
    """A paragraph carrying a direct quotation in one of the patterns news copy uses."""
    name, role = speaker
    words = rng.choice(QUOTES)
    surname = name.split()[-1]
    if first:
        patterns = [
            f"“{words},” said {name}, {role}.",
            f"{name}, {role}, said: “{words}.”",
            f"“{words},” {name}, {role}, told the meeting.",
        ]
    else:
        patterns = [
            f"“{words},” {surname} said.",
            f"“{words},” said {surname}.",
            f"{surname} added that the vote was close. “{words},” {surname} said.",
        ]
    return rng.choice(patterns)


def article_paragraphs(spec: ArticleSpec, words: int = 1000) -> list[str]:
    """About ``words`` words of body paragraphs, with a quotation from each speaker (or two)."""
    rng = _rng(spec.feed, spec.item, 7)
    paragraphs: list[str] = [spec.description]
    quoted: set[str] = set()
    count = len(spec.description.split())
    while count < words:
        if rng.random() < 0.25:
            speaker = rng.choice(spec.speakers)
            paragraph = _quote_paragraph(rng, speaker, speaker[0] not in quoted)
            quoted.add(speaker[0])
        else:
            chosen = rng.sample(SENTENCES, rng.randint(2, 4))
            paragraph = " ".join(s.format(place=spec.place, topic=spec.topic) for s in chosen)
        paragraphs.append(paragraph)
        count += len(paragraph.split())
    return paragraphs


def _iso(ts: int) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(ts))


def _http_date(ts: int) -> str:
    return time.strftime("%a, %d %b %Y %H:%M:%S GMT", time.gmtime(ts))


def render_article_page(spec: ArticleSpec, base_url: str) -> bytes:
    """A realistic news page: header, nav, the article with byline and date, aside, footer."""
    author = spec.speakers[-1][0].split()[0] + " Reporter"
    body = "\n".join(f"      <p>{escape(p)}</p>" for p in article_paragraphs(spec))
    related = "\n".join(
        f'        <li><a href="{base_url}/articles/{spec.feed}/{j}.html">'
        f"{escape(article_spec(spec.feed, j).title)}</a></li>"
        for j in range(spec.item + 1, spec.item + 4)
    )
    nav = "".join(
        f'<li><a href="{base_url}/section/{s.lower().replace(" ", "-")}">{s}</a></li>'
        for s in ("News", "City Hall", "Transit", "Schools", "Opinion", "Weather")
    )
    page = f"""<!DOCTYPE html>
<html lang="en">
<head>
  <meta charset="utf-8">
  <title>{escape(spec.title)} | The Farm Gazette</title>
  <meta name="viewport" content="width=device-width, initial-scale=1">
  <meta property="og:title" content="{escape(spec.title)}">
  <meta name="author" content="{author}">
  <link rel="stylesheet" href="{base_url}/static/site.css">
  <script>window.dataLayer = window.dataLayer || [];
    dataLayer.push({{"section": "{spec.section}"}});</script>
</head>
<body>
  <header class="site-header">
    <a class="logo" href="{base_url}/">The Farm Gazette</a>
    <nav class="main-nav"><ul>{nav}</ul></nav>
    <form class="search" action="{base_url}/search"><input name="q" placeholder="Search"></form>
  </header>
  <div class="ad-slot" id="ad-top">Advertisement</div>
  <main>
    <article class="story">
      <p class="kicker">{spec.section}</p>
      <h1>{escape(spec.title)}</h1>
      <p class="byline">By <span class="author">{author}</span> &middot;
        <time datetime="{_iso(spec.published)}">{_http_date(spec.published)}</time></p>
{body}
      <p class="tagline"><em>{author} covers {spec.section.lower()} for the Gazette.</em></p>
    </article>
    <aside class="related">
      <h2>Related coverage</h2>
      <ul>
{related}
      </ul>
    </aside>
    <section class="newsletter">Get the morning briefing in your inbox.
      <form><input type="email" placeholder="you@example.com"><button>Sign up</button></form>
    </section>
  </main>
  <footer class="site-footer">
    <ul><li><a href="{base_url}/about">About us</a></li>
      <li><a href="{base_url}/contact">Contact</a></li>
      <li><a href="{base_url}/privacy">Privacy policy</a></li>
      <li><a href="{base_url}/terms">Terms</a></li></ul>
    <p>&copy; 2024 The Farm Gazette. All rights reserved.</p>
  </footer>
</body>
</html>
"""
    return page.encode("utf-8")


def render_feed(feed: int, items: int, base_url: str) -> bytes:
    """RSS 2.0 for one feed: ``items`` items, newest first, each linking to its page."""
    entries = []
    for item in range(items):
        spec = article_spec(feed, item)
        link = f"{base_url}/articles/{feed}/{item}.html"
        entries.append(
            f"""    <item>
      <title>{escape(spec.title)}</title>
      <link>{link}</link>
      <guid isPermaLink="false">farm-{feed}-{item}</guid>
      <pubDate>{_http_date(spec.published)}</pubDate>
      <description>{escape(spec.description)}</description>
    </item>"""
        )
    body = "\n".join(entries)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0">
  <channel>
    <title>Farm Gazette feed {feed}</title>
    <link>{base_url}/</link>
    <description>Local news, feed {feed} of the loopback farm.</description>
    <lastBuildDate>{_http_date(FEED_LAST_MODIFIED)}</lastBuildDate>
{body}
  </channel>
</rss>
""".encode()


# ---- the servers ------------------------------------------------------------------------------


@dataclass
class FarmStats:
    """Thread-safe counters of what the farm answered."""

    lock: threading.Lock = field(default_factory=threading.Lock, repr=False)
    counts: Counter[str] = field(default_factory=Counter)
    feed_status: dict[int, list[int]] = field(default_factory=dict)

    def record(self, kind: str, status: int, feed: int | None = None) -> None:
        with self.lock:
            self.counts["requests"] += 1
            self.counts[str(status)] += 1
            self.counts[f"{kind}_{status}"] += 1
            if kind == "feed" and feed is not None:
                self.feed_status.setdefault(feed, []).append(status)

    def snapshot(self) -> dict[str, int]:
        with self.lock:
            return dict(self.counts)

    def reset(self) -> None:
        with self.lock:
            self.counts.clear()
            self.feed_status.clear()

    def feeds_answered(self, status: int) -> set[int]:
        """Feeds whose every answer since the last reset had ``status``."""
        with self.lock:
            return {f for f, seen in self.feed_status.items() if seen and set(seen) == {status}}


def _not_modified(headers: dict[str, str], etag: str) -> bool:
    """RFC 9110: If-None-Match wins; If-Modified-Since only when there is none."""
    inm = headers.get("if-none-match")
    if inm is not None:
        tags = {t.strip().removeprefix("W/") for t in inm.split(",")}
        return etag in tags or "*" in tags
    ims = headers.get("if-modified-since")
    if ims:
        try:
            return parsedate_to_datetime(ims).timestamp() >= FEED_LAST_MODIFIED
        except (TypeError, ValueError):
            return False
    return False


_REASONS = {200: "OK", 304: "Not Modified", 404: "Not Found", 400: "Bad Request"}


class _AsyncFarm:
    """All hosts served by one asyncio loop in one thread: a delay is an ``asyncio.sleep``,
    so hundreds of concurrent connections cost no threads and no GIL convoy (a thread per
    connection made the farm itself the bottleneck for clients that use many connections)."""

    def __init__(self, farm: FeedFarm) -> None:
        self.farm = farm
        self.loop = asyncio.new_event_loop()
        self.servers: list[asyncio.Server] = []
        self.thread = threading.Thread(target=self.loop.run_forever, name="feedfarm", daemon=True)
        self.etags: dict[int, str] = {}

    def start(self, hosts: int, port: int) -> list[tuple[str, int]]:
        self.thread.start()
        future = asyncio.run_coroutine_threadsafe(self._listen(hosts, port), self.loop)
        return future.result(timeout=30)

    async def _listen(self, hosts: int, port: int) -> list[tuple[str, int]]:
        addresses = []
        for index in range(hosts):
            server = await asyncio.start_server(
                self.handle, f"127.0.0.{index + 1}", port, backlog=1024, reuse_address=True
            )
            self.servers.append(server)
            addresses.append(server.sockets[0].getsockname()[:2])
        return addresses

    def stop(self) -> None:
        async def close() -> None:
            for server in self.servers:
                server.close()
            for task in asyncio.all_tasks():
                if task is not asyncio.current_task():
                    task.cancel()

        if self.thread.is_alive():
            asyncio.run_coroutine_threadsafe(close(), self.loop).result(timeout=10)
            self.loop.call_soon_threadsafe(self.loop.stop)
            self.thread.join(timeout=10)
        self.loop.close()

    async def handle(self, reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        host, port = writer.get_extra_info("sockname")[:2]
        base = f"http://{host}:{port}"
        sock = writer.get_extra_info("socket")
        if sock is not None:
            sock.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)
        try:
            while True:
                request_line = await reader.readline()
                if not request_line.strip():
                    break
                headers: dict[str, str] = {}
                while True:
                    line = await reader.readline()
                    if line in (b"\r\n", b"\n", b""):
                        break
                    name, _, value = line.decode("latin-1").partition(":")
                    headers[name.strip().lower()] = value.strip()
                parts = request_line.decode("latin-1").split()
                path = parts[1] if len(parts) >= 2 else "/"
                response = await self.respond(path.split("?")[0], base, headers)
                writer.write(response)
                await writer.drain()
                if headers.get("connection", "").lower() == "close":
                    break
        except (ConnectionError, asyncio.IncompleteReadError):
            self.farm.stats.record("connection_error", 0)
        except asyncio.CancelledError:
            pass
        finally:
            writer.close()

    async def respond(self, path: str, base: str, headers: dict[str, str]) -> bytes:
        farm = self.farm
        kind, feed, body, content_type = farm.resolve(path, base)
        if farm.delay:
            await asyncio.sleep(farm.delay)
        extra: dict[str, str] = {}
        status = 404
        if body is None:
            body, content_type = b"not found\n", "text/plain"
        else:
            etag = '"' + hashlib.blake2b(body, digest_size=8).hexdigest() + '"'
            extra = {"ETag": etag, "Last-Modified": _http_date(FEED_LAST_MODIFIED)}
            status = 304 if _not_modified(headers, etag) else 200
        farm.stats.record(kind, status, feed)  # before the client can see it
        lines = [f"HTTP/1.1 {status} {_REASONS.get(status, 'OK')}", f"Content-Type: {content_type}"]
        lines += [f"{name}: {value}" for name, value in extra.items()]
        if status == 304:
            body = b""
        else:
            lines.append(f"Content-Length: {len(body)}")
        return ("\r\n".join(lines) + "\r\n\r\n").encode("latin-1") + body


class FeedFarm:
    """``feeds`` RSS feeds of ``items`` items spread round-robin over ``hosts`` loopback servers."""

    def __init__(
        self,
        hosts: int = 20,
        feeds: int = 200,
        items: int = 20,
        delay: float = 0.2,
        port: int = 0,
    ) -> None:
        if not 1 <= hosts <= 254:
            raise ValueError("hosts must be between 1 and 254")
        self.hosts = hosts
        self.feeds = feeds
        self.items = items
        self.delay = delay
        self.port = port
        self.stats = FarmStats()
        self._server: _AsyncFarm | None = None
        self._addresses: list[tuple[str, int]] = []
        self._feed_cache: dict[int, bytes] = {}
        self._page_cache: dict[tuple[int, int], bytes] = {}
        self._cache_lock = threading.Lock()

    # ---- lifecycle
    def start(self) -> FeedFarm:
        """Bind one listening socket per address 127.0.0.1..127.0.0.N, served by one loop."""
        self._server = _AsyncFarm(self)
        try:
            self._addresses = self._server.start(self.hosts, self.port)
        except BaseException:
            self.stop()
            raise
        return self

    def stop(self) -> None:
        """Stop serving and close every socket."""
        if self._server is not None:
            self._server.stop()
            self._server = None
        self._addresses = []

    def __enter__(self) -> FeedFarm:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    # ---- addresses
    def base_url(self, feed: int) -> str:
        """The origin serving ``feed`` (and its article pages)."""
        host, port = self._addresses[feed % self.hosts]
        return f"http://{host}:{port}"

    @property
    def feed_urls(self) -> list[str]:
        return [f"{self.base_url(f)}/feeds/{f}.xml" for f in range(self.feeds)]

    def article_url(self, feed: int, item: int) -> str:
        return f"{self.base_url(feed)}/articles/{feed}/{item}.html"

    @property
    def article_count(self) -> int:
        return self.feeds * self.items

    def write_urls(self, path: Path) -> Path:
        """A newsboat urls file: one feed URL per line."""
        path.write_text("\n".join(self.feed_urls) + "\n", encoding="utf-8")
        return path

    def write_opml(self, path: Path) -> Path:
        """An OPML 2.0 subscription list of every farm feed."""
        outlines = "\n".join(
            f'    <outline type="rss" text="Farm feed {f}" title="Farm feed {f}" '
            f'xmlUrl="{escape(url)}" htmlUrl="{escape(self.base_url(f))}/"/>'
            for f, url in enumerate(self.feed_urls)
        )
        path.write_text(
            '<?xml version="1.0" encoding="UTF-8"?>\n<opml version="2.0">\n'
            "  <head><title>Feed farm</title></head>\n  <body>\n"
            f"{outlines}\n  </body>\n</opml>\n",
            encoding="utf-8",
        )
        return path

    # ---- content
    def warm(self) -> None:
        """Render every feed and page now so that timing runs do not pay for it."""
        for feed in range(self.feeds):
            base = self.base_url(feed)
            self._feed_body(feed, base)
            for item in range(self.items):
                self._page_body(feed, item, base)

    def _feed_body(self, feed: int, base: str) -> bytes:
        body = self._feed_cache.get(feed)
        if body is None:
            body = render_feed(feed, self.items, base)
            with self._cache_lock:
                self._feed_cache[feed] = body
        return body

    def _page_body(self, feed: int, item: int, base: str) -> bytes:
        body = self._page_cache.get((feed, item))
        if body is None:
            body = render_article_page(article_spec(feed, item), base)
            with self._cache_lock:
                self._page_cache[(feed, item)] = body
        return body

    def resolve(self, path: str, base: str) -> tuple[str, int | None, bytes | None, str]:
        """(kind, feed, body or None for 404, content type) for a request path on ``base``."""
        parts = path.strip("/").split("/")
        try:
            if len(parts) == 2 and parts[0] == "feeds" and parts[1].endswith(".xml"):
                feed = int(parts[1].removesuffix(".xml"))
                if 0 <= feed < self.feeds and self.base_url(feed) == base:
                    return "feed", feed, self._feed_body(feed, base), "application/rss+xml"
                return "feed", None, None, "text/plain"
            if len(parts) == 3 and parts[0] == "articles" and parts[2].endswith(".html"):
                feed, item = int(parts[1]), int(parts[2].removesuffix(".html"))
                known = 0 <= feed < self.feeds and 0 <= item < self.items + 3
                if known and self.base_url(feed) == base:
                    body = self._page_body(feed, item, base)
                    return "page", feed, body, "text/html; charset=utf-8"
        except ValueError:
            pass
        return "other", None, None, "text/plain"


# ---- command line -----------------------------------------------------------------------------


def self_check(farm: FeedFarm) -> None:
    """Fetch a feed, its 304, and an article page through real sockets; raise on any surprise."""
    url = farm.feed_urls[-1]
    with urllib.request.urlopen(url, timeout=10) as response:
        body = response.read()
        etag = response.headers["ETag"]
    assert body.count(b"<item>") == farm.items, "wrong item count"
    request = urllib.request.Request(url, headers={"If-None-Match": etag})
    try:
        urllib.request.urlopen(request, timeout=10)
        raise AssertionError("expected 304")
    except urllib.error.HTTPError as error:
        assert error.code == 304, error.code
    page_url = farm.article_url(farm.feeds - 1, 0)
    with urllib.request.urlopen(page_url, timeout=10) as response:
        page = response.read().decode()
    words = len(page.split())
    assert 900 <= words <= 1600, words
    assert "“" in page and "said" in page
    counts = farm.stats.snapshot()
    assert counts.get("feed_200") == 1 and counts.get("feed_304") == 1, counts
    assert counts.get("page_200") == 1, counts
    print(f"self-check ok: {len(body)} B feed, {len(page)} B page ({words} words), {counts}")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.2, help="seconds per answer")
    parser.add_argument("--port", type=int, default=0, help="same port on every host (0: any)")
    parser.add_argument("--opml", type=Path, help="also write an OPML file of the feeds")
    parser.add_argument("--urls", type=Path, help="also write a newsboat urls file")
    parser.add_argument("--check", action="store_true", help="run a self-check and exit")
    args = parser.parse_args(argv)
    with FeedFarm(args.hosts, args.feeds, args.items, args.delay, args.port) as farm:
        if args.check:
            self_check(farm)
            return 0
        if args.opml:
            farm.write_opml(args.opml)
        if args.urls:
            farm.write_urls(args.urls)
        print("\n".join(farm.feed_urls), flush=True)
        print(f"# {farm.feeds} feeds x {farm.items} items, Ctrl-C to stop", file=sys.stderr)
        try:
            while True:
                time.sleep(3600)
        except KeyboardInterrupt:
            print(f"# served: {farm.stats.snapshot()}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
