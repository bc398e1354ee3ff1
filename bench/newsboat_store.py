"""Build a newsboat 2.21 cache.db holding the SAME articles as bench/make_store.py's store.

The schema is the one newsboat 2.21 itself creates (taken from an empty cache it wrote). The
rows come from make_store's own generator (``TextMaker`` and ``make_article``, same seed, same
random sequence), so both readers hold identical news: the same 100 feeds (titles, URLs, folders
as newsboat tags), titles, guids, links, dates, read flags (saved -> newsboat flag ``s``) and
the full 300-600-word bodies, as HTML paragraphs in ``rss_item.content``:

    cache, urls, config = build_newsboat_store(Path("/tmp/nb50k"), 50_000, now=now)
    # newsboat -c cache -u urls -C config      (set HOME to the same dir: newsboat
    #                                            writes ~/.newsboat history files)

``now`` must be the ``now`` the termnews store was built with (make_store stamps it as every
article's ``first_seen``; ``termnews_now(home)`` reads it back), since undated articles sort at
``now`` and the generated dates are ``now`` minus 0-120 days. ``compare_with_termnews`` checks,
row by row, that the two stores hold the same articles.

Command line: ``python bench/newsboat_store.py DIR [-n 50000] [--like HOME] [--analyze] [--check]``
(``--like HOME``: take ``now`` from, and compare against, the termnews store in HOME;
``--analyze``: give SQLite statistics newsboat's own caches never have, see below).
"""

from __future__ import annotations

import argparse
import html
import os
import random
import re
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Iterator
from pathlib import Path

try:
    from make_store import FOLDERS, FakeArticle, TextMaker, make_article
except ImportError:  # imported as bench.newsboat_store from the repository root
    from bench.make_store import FOLDERS, FakeArticle, TextMaker, make_article

FEEDS = 100  # make_store.build_store's fixed number of feeds

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

# Startup only: no reload at start, no cleanup or history written at quit. The feed list is
# sorted by each feed's newest article, so the first (selected) feed holds the newest article
# and one Enter shows it at the top of its article list (article-sort-order: date, newest first).
NEWSBOAT_CONFIG = """\
refresh-on-startup no
cleanup-on-quit no
confirm-exit no
show-read-feeds yes
history-limit 0
reload-threads 16
feed-sort-order lastupdated
"""


def feed_url(index: int) -> str:
    """make_store's feed URL for feed ``index`` (0-based; its termnews id is index + 1)."""
    return f"https://news{index}.example/feed.xml"


def feed_title(index: int) -> str:
    folders = FOLDERS.split()
    return f"{folders[index % len(folders)]} Daily {index}"


def feed_folder(index: int) -> str:
    folders = FOLDERS.split()
    return folders[index % len(folders)]


def generate_articles(n: int, now: int, seed: int = 1) -> Iterator[tuple[int, FakeArticle]]:
    """(feed index, article) in make_store.build_store's order, from the same random sequence.

    build_store draws ``rng.choice(feed_ids)`` over its 100 feed ids (1..100 in a fresh store);
    ``choice`` only uses the list's length, so the same indices come out here.
    """
    rng = random.Random(seed)
    maker = TextMaker(rng)
    feed_ids = [index + 1 for index in range(FEEDS)]
    for serial in range(n):
        article = make_article(maker, rng.choice(feed_ids), serial, now)
        yield article.feed_id - 1, article


def article_html(text: str) -> str:
    """The body as HTML paragraphs (what a feed's content:encoded would carry)."""
    return "\n".join(f"<p>{html.escape(p, quote=False)}</p>" for p in text.split("\n\n"))


def html_text(content: str) -> str:
    """Inverse of ``article_html`` (for the comparison)."""
    return "\n\n".join(html.unescape(p) for p in re.findall(r"<p>(.*?)</p>", content, re.S))


def _feed_rows() -> Iterator[tuple[str, str, str, int, int, str]]:
    for index in range(FEEDS):
        yield feed_url(index), f"https://news{index}.example/", feed_title(index), 0, 0, ""


def _item_rows(n: int, now: int, seed: int) -> Iterator[tuple[object, ...]]:
    for index, art in generate_articles(n, now, seed):
        yield (
            art.guid,
            art.title,
            "",  # make_store writes no author
            art.url,
            feed_url(index),
            art.published if art.published is not None else now,  # termnews' sort_time
            article_html(art.text),
            0 if art.read else 1,
            "",
            "",
            0,
            "s" if art.saved else None,
            0,
            "",
        )


def termnews_now(home: Path) -> int:
    """The ``now`` a make_store store was built with (every article's ``first_seen``)."""
    from termnews.paths import resolve_paths

    connection = sqlite3.connect(f"file:{resolve_paths(home).db_file}?mode=ro", uri=True)
    try:
        (now,) = connection.execute("SELECT max(first_seen) FROM articles").fetchone()
    finally:
        connection.close()
    return int(now)


def build_newsboat_store(
    dir: Path,
    n: int = 50_000,
    *,
    now: int | None = None,
    seed: int = 1,
    analyze: bool = False,
) -> tuple[Path, Path, Path]:
    """Write ``dir``/cache.db (make_store's n articles), urls and config; return them.

    Like newsboat, ANALYZE runs once on the empty tables (its schema patch does), which
    leaves ``sqlite_stat1`` empty: a cache newsboat fills by reloading has no statistics, and
    SQLite then plans its per-feed startup query (``WHERE feedurl = ? AND deleted = 0``) on
    idx_deleted, scanning every item once per feed. ``analyze=True`` runs ANALYZE after the
    inserts instead (not what newsboat's own caches look like): SQLite then uses idx_feedurl.
    """
    dir.mkdir(parents=True, exist_ok=True)
    now = int(time.time()) if now is None else now
    cache, urls, config = dir / "cache.db", dir / "urls", dir / "config"
    for stale in (cache, dir / "cache.db.lock"):
        stale.unlink(missing_ok=True)
    connection = sqlite3.connect(cache)
    try:
        connection.executescript(NEWSBOAT_SCHEMA)
        if not analyze:
            connection.execute("ANALYZE")  # on empty tables, as newsboat's schema patch does
        with connection:
            connection.executemany("INSERT INTO rss_feed VALUES (?, ?, ?, ?, ?, ?)", _feed_rows())
            connection.executemany(
                "INSERT INTO rss_item (guid, title, author, url, feedurl, pubDate, content,"
                " unread, enclosure_url, enclosure_type, enqueued, flags, deleted, base)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                _item_rows(n, now, seed),
            )
        if analyze:
            connection.execute("ANALYZE")
        connection.commit()
    finally:
        connection.close()
    urls.write_text("".join(f'{feed_url(i)} "{feed_folder(i)}"\n' for i in range(FEEDS)), "utf-8")
    config.write_text(NEWSBOAT_CONFIG, "utf-8")
    return cache, urls, config


def compare_with_termnews(cache: Path, home: Path) -> int:
    """Check row by row that both stores hold the same articles; return how many.

    Same guid, title, link, feed (URL and title), date (termnews' sort_time), read flag,
    saved flag and body text (newsboat's HTML paragraphs turned back into text).
    Raises AssertionError on the first difference.
    """
    from termnews.paths import resolve_paths

    ours = sqlite3.connect(f"file:{resolve_paths(home).db_file}?mode=ro", uri=True)
    theirs = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    try:
        a = ours.execute(
            "SELECT a.guid, a.title, a.url, f.url, f.title, a.sort_time, a.read, a.saved, a.text"
            " FROM articles a JOIN feeds f ON f.id = a.feed_id ORDER BY a.guid"
        )
        b = theirs.execute(
            "SELECT i.guid, i.title, i.url, i.feedurl, f.title, i.pubDate, 1 - i.unread,"
            " i.flags IS NOT NULL, i.content"
            " FROM rss_item i JOIN rss_feed f ON f.rssurl = i.feedurl ORDER BY i.guid"
        )
        count = 0
        for mine, yours in zip(a, b, strict=True):
            yours = (*yours[:8], html_text(yours[8]))
            assert mine == yours, f"differs: {mine[:8]} vs {yours[:8]}"
            count += 1
        return count
    finally:
        ours.close()
        theirs.close()


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
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument(
        "--like", type=Path, metavar="HOME", help="a make_store home: its now, then compare"
    )
    parser.add_argument(
        "--analyze", action="store_true", help="ANALYZE the full cache (newsboat never does)"
    )
    parser.add_argument("--check", action="store_true", help="let newsboat count the unread")
    args = parser.parse_args(argv)
    now = termnews_now(args.like) if args.like else None
    started = time.perf_counter()
    cache, urls, config = build_newsboat_store(
        args.dir, args.n, now=now, seed=args.seed, analyze=args.analyze
    )
    size = cache.stat().st_size / 1e6
    print(f"{cache} ({size:.1f} MB), {urls}, {config} in {time.perf_counter() - started:.1f} s")
    if args.like:
        count = compare_with_termnews(cache, args.like)
        print(f"same {count:,} articles as {args.like} (guid, title, feed, date, flags, body)")
    if args.check:
        if shutil.which("newsboat") is None:
            print("newsboat is not installed", file=sys.stderr)
            return 1
        connection = sqlite3.connect(cache)
        (expected,) = connection.execute("SELECT sum(unread) FROM rss_item").fetchone()
        connection.close()
        unread = newsboat_unread_count(cache, urls, config)
        print(f"newsboat reads {unread} unread (expected {expected})")
        return 0 if unread == expected else 1
    return 0


if __name__ == "__main__":
    sys.exit(main())
