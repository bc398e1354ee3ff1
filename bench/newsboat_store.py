"""Build a newsboat 2.21 cache.db with N articles (plus urls and config) for startup benches.

The schema is the one newsboat 2.21 itself creates (taken from an empty cache it wrote),
filled with the feed farm's deterministic articles so both readers hold the same news:

    cache, urls, config = build_newsboat_store(Path("/tmp/nb50k"), 50_000)
    # newsboat -c cache -u urls -C config      (set HOME to the same dir: newsboat
    #                                            writes ~/.newsboat history files)

Command line: ``python bench/newsboat_store.py DIR [-n 50000] [--feeds 100] [--check]``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

try:
    from feedfarm import article_spec
except ImportError:  # imported as bench.newsboat_store from the repository root
    from bench.feedfarm import article_spec

# Verbatim from `sqlite3 cache.db .schema` of a cache newsboat 2.21 created (metadata 2.11).
NEWSBOAT_SCHEMA = """
CREATE TABLE rss_feed (  rssurl VARCHAR(1024) PRIMARY KEY NOT NULL,  url VARCHAR(1024) NOT NULL,
  title VARCHAR(1024) NOT NULL , lastmodified INTEGER(11) NOT NULL DEFAULT 0,
  is_rtl INTEGER(1) NOT NULL DEFAULT 0, etag VARCHAR(128) NOT NULL DEFAULT "");
CREATE TABLE rss_item (  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,  guid VARCHAR(64) NOT NULL,
  title VARCHAR(1024) NOT NULL,  author VARCHAR(1024) NOT NULL,  url VARCHAR(1024) NOT NULL,
  feedurl VARCHAR(1024) NOT NULL,  pubDate INTEGER NOT NULL,  content VARCHAR(65535) NOT NULL,
  unread INTEGER(1) NOT NULL , enclosure_url VARCHAR(1024), enclosure_type VARCHAR(1024),
  enqueued INTEGER(1) NOT NULL DEFAULT 0, flags VARCHAR(52), deleted INTEGER(1) NOT NULL DEFAULT 0,
  base VARCHAR(128) NOT NULL DEFAULT "");
CREATE TABLE google_replay (  id INTEGER PRIMARY KEY AUTOINCREMENT NOT NULL,
  guid VARCHAR(64) NOT NULL,  state INTEGER NOT NULL,  ts INTEGER NOT NULL );
CREATE INDEX idx_rssurl ON rss_feed(rssurl);
CREATE INDEX idx_guid ON rss_item(guid);
CREATE INDEX idx_feedurl ON rss_item(feedurl);
CREATE INDEX idx_lastmodified ON rss_feed(lastmodified);
CREATE INDEX idx_deleted ON rss_item(deleted);
CREATE TABLE metadata (  db_schema_version_major INTEGER NOT NULL,
  db_schema_version_minor INTEGER NOT NULL );
INSERT INTO metadata VALUES (2, 11);
"""

# Startup only: no reload at start, no cleanup or history written at quit.
NEWSBOAT_CONFIG = """\
refresh-on-startup no
cleanup-on-quit no
confirm-exit no
show-read-feeds yes
history-limit 0
reload-threads 16
"""

DEFAULT_BASE_URL = "http://127.0.0.1:9"  # the discard port: nothing answers a stray reload


def feed_url(base_url: str, feed: int) -> str:
    """The farm's URL shape, so a termnews store built from the farm can match it."""
    return f"{base_url}/feeds/{feed}.xml"


def _feed_rows(base_url: str, feeds: int) -> Iterator[tuple[str, str, str, int, int, str]]:
    for feed in range(feeds):
        etag = f'"farm-{feed}"'
        yield feed_url(base_url, feed), f"{base_url}/", f"Farm Gazette feed {feed}", 0, 0, etag


def _item_rows(
    base_url: str, n: int, feeds: int, unread_fraction: float
) -> Iterator[tuple[object, ...]]:
    """Article k is item k // feeds of feed k % feeds; the newest ``unread_fraction`` unread."""
    unread_below = int(n * unread_fraction)
    for k in range(n):
        feed, item = k % feeds, k // feeds
        spec = article_spec(feed, item)
        yield (
            f"farm-{feed}-{item}",
            spec.title,
            spec.speakers[-1][0],
            f"{base_url}/articles/{feed}/{item}.html",
            feed_url(base_url, feed),
            spec.published,
            f"<p>{spec.description}</p>",
            1 if k < unread_below else 0,
            "",
            "",
            0,
            None,
            0,
            "",
        )


def build_newsboat_store(
    dir: Path,
    n: int = 50_000,
    *,
    feeds: int = 100,
    base_url: str = DEFAULT_BASE_URL,
    unread_fraction: float = 0.1,
) -> tuple[Path, Path, Path]:
    """Write ``dir``/cache.db (n articles over ``feeds`` feeds), urls and config; return them."""
    dir.mkdir(parents=True, exist_ok=True)
    cache, urls, config = dir / "cache.db", dir / "urls", dir / "config"
    for stale in (cache, dir / "cache.db.lock"):
        stale.unlink(missing_ok=True)
    connection = sqlite3.connect(cache)
    try:
        connection.executescript(NEWSBOAT_SCHEMA)
        with connection:
            connection.executemany(
                "INSERT INTO rss_feed VALUES (?, ?, ?, ?, ?, ?)", _feed_rows(base_url, feeds)
            )
            connection.executemany(
                "INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content,"
                " unread, enclosure_url, enclosure_type, enqueued, flags, deleted, base)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _item_rows(base_url, n, feeds, unread_fraction),
            )
        connection.execute("ANALYZE")  # newsboat's own caches carry sqlite_stat1 too
        connection.commit()
    finally:
        connection.close()
    urls.write_text("".join(feed_url(base_url, f) + "\n" for f in range(feeds)), "utf-8")
    config.write_text(NEWSBOAT_CONFIG, "utf-8")
    return cache, urls, config


def newsboat_unread_count(cache: Path, urls: Path, config: Path) -> int:
    """Ask newsboat itself (``-x print-unread``) how many unread articles the cache holds."""
    env = dict(os.environ, HOME=str(cache.parent))
    result = subprocess.run(
        ["newsboat", "-c", str(cache), "-u", str(urls), "-C", str(config), "-x", "print-unread"],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
        check=True,
    )
    return int(result.stdout.split()[0])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("dir", type=Path)
    parser.add_argument("-n", type=int, default=50_000, help="articles")
    parser.add_argument("--feeds", type=int, default=100)
    parser.add_argument("--check", action="store_true", help="let newsboat count the unread")
    args = parser.parse_args(argv)
    started = time.perf_counter()
    cache, urls, config = build_newsboat_store(args.dir, args.n, feeds=args.feeds)
    size = cache.stat().st_size / 1e6
    print(f"{cache} ({size:.1f} MB), {urls}, {config} in {time.perf_counter() - started:.1f} s")
    if args.check:
        if shutil.which("newsboat") is None:
            print("newsboat is not installed", file=sys.stderr)
            return 1
        expected = int(args.n * 0.1)
        unread = newsboat_unread_count(cache, urls, config)
        print(f"newsboat reads {unread} unread (expected {expected})")
        return 0 if unread == expected else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
