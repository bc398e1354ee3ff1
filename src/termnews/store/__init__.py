"""The local SQLite store: feeds, articles, cleaned text, quotations, full-text search.

CONTRACT (filled in by the store work; the CLI, refresh and UI code against these signatures).
All times are Unix seconds UTC. Every write is one transaction. WAL, foreign keys on,
migrations by PRAGMA user_version. Text arriving here is passed through
``termnews.sanitize`` before it is written, so an old or hostile store cannot reintroduce
control characters.
"""

from __future__ import annotations

import hashlib
import sqlite3
import time
from collections.abc import Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from pathlib import Path
from typing import Any

from termnews.models import Article, ArticleRow, Entry, Extracted, Feed, Quote, QuoteHit
from termnews.sanitize import clean_text
from termnews.store.codec import (
    blocks_from_json,
    blocks_to_json,
    clean_article_text,
    fts_query,
    optional_line,
    safe_line,
    safe_text,
    speaker_keys,
)
from termnews.store.schema import (
    ARCHIVE_TITLE,
    ARCHIVE_URL,
    SCHEMA_VERSION,
    NewerSchemaError,
    migrate,
)

__all__ = ["ARCHIVE_URL", "SCHEMA_VERSION", "Store", "StoreError"]

BUSY_TIMEOUT_MS = 5000
SEARCH_CANDIDATES = 1000  # a common term is ranked among its newest N matches only
SEARCH_WEIGHTS = (10.0, 2.0, 1.0)  # bm25 weights of title, summary, text
DAY = 86400

_ROW_COLUMNS = (
    "a.id, a.feed_id, f.title, f.url, a.title, a.url, a.published, a.read, a.saved, a.has_text"
)
_FEED_COLUMNS = (
    "id, url, title, folder, site_url, etag, last_modified, last_status, error,"
    " next_fetch_at, last_fetched_at, unread_count, total_count"
)
_QUOTE_COLUMNS = 'q."start", q."end", q.quote, q.speaker, q.kind, q.cue, q.speaker_title,' + (
    " q.from_pronoun"
)


_BATCH = 400  # entries per set-based lookup (well under SQLite's variable limit)


class StoreError(Exception):
    """A store problem with a one-line message for the user."""


class Store:
    """One open SQLite database. Not shared across threads: open one per thread."""

    def __init__(self, path: Path) -> None:
        self.path = Path(path)
        self._conn = _connect(self.path)
        self._archive_id: int | None = None

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating and migrating if needed) the database at ``path``."""
        return cls(path)

    def close(self) -> None:
        """Close the connection (after letting SQLite refresh its planner statistics)."""
        with suppress(sqlite3.Error):
            self._conn.execute("PRAGMA optimize")
        self._conn.close()

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    @property
    def connection(self) -> sqlite3.Connection:
        """The raw connection, for benchmarks and tests (autocommit mode)."""
        return self._conn

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        """One write transaction, taking the write lock at once (no upgrade deadlocks)."""
        conn = self._conn
        try:
            conn.execute("BEGIN IMMEDIATE")
        except sqlite3.OperationalError as exc:
            raise StoreError(f"store is busy or locked: {exc}") from None
        try:
            yield conn
        except BaseException:
            conn.execute("ROLLBACK")
            raise
        conn.execute("COMMIT")

    # ---- feeds -------------------------------------------------------------------------
    def add_feed(self, url: str, title: str | None = None, folder: str | None = None) -> Feed:
        """Subscribe; an existing URL returns the existing feed (folder/title updated if given)."""
        url = safe_line(url)
        if not url or url == ARCHIVE_URL:
            raise StoreError(f"not a feed URL: {url!r}")
        title, folder = optional_line(title), optional_line(folder)
        with self._write() as conn:
            row = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if row is None:
                feed_id = conn.execute(
                    "INSERT INTO feeds (url, title, folder, created_at) VALUES (?, ?, ?, ?)",
                    (url, title, folder, _now()),
                ).lastrowid
                assert feed_id is not None
                self._restore_archived(conn, feed_id, url)
            else:
                feed_id = row[0]
                conn.execute(
                    "UPDATE feeds SET title = coalesce(?, title), folder = coalesce(?, folder),"
                    " hidden = 0 WHERE id = ?",
                    (title, folder, feed_id),
                )
        feed = self.feed(feed_id)
        assert feed is not None
        return feed

    def feed(self, feed_id: int) -> Feed | None:
        """One feed (hidden ones included) with its unread/total counts."""
        row = self._conn.execute(
            f"SELECT {_FEED_COLUMNS} FROM feeds WHERE id = ?", (feed_id,)
        ).fetchone()
        return None if row is None else _feed_from_row(row)

    def find_feed(self, key: str) -> Feed | None:
        """A feed by id (digits), exact URL, or title (case-insensitive)."""
        key = key.strip()
        if not key:
            return None
        if key.isdecimal() and int(key) < 2**63:
            found = self._conn.execute(
                "SELECT id FROM feeds WHERE id = ? AND hidden = 0", (int(key),)
            ).fetchone()
            if found:
                return self.feed(found[0])
        found = self._conn.execute(
            "SELECT id FROM feeds WHERE url = ? AND hidden = 0", (key,)
        ).fetchone()
        if found is None:
            wanted = key.casefold()
            rows = self._conn.execute(
                "SELECT id, title FROM feeds WHERE hidden = 0 AND title IS NOT NULL ORDER BY id"
            ).fetchall()
            found = next((r for r in rows if safe_line(r[1]).casefold() == wanted), None)
        return self.feed(found[0]) if found else None

    def feeds(self) -> list[Feed]:
        """All feeds with unread/total counts, ordered by folder then title."""
        rows = self._conn.execute(f"SELECT {_FEED_COLUMNS} FROM feeds WHERE hidden = 0").fetchall()
        feeds = [_feed_from_row(row) for row in rows]
        feeds.sort(key=lambda f: ((f.folder or "").casefold(), f.display_title.casefold(), f.id))
        return feeds

    def folders(self) -> list[str]:
        """The folder names in use, sorted case-insensitively."""
        rows = self._conn.execute(
            "SELECT DISTINCT folder FROM feeds WHERE hidden = 0 AND folder IS NOT NULL"
        ).fetchall()
        return sorted({safe_line(r[0]) for r in rows if r[0]}, key=str.casefold)

    def remove_feed(self, feed_id: int) -> None:
        """Unsubscribe; its saved articles are kept (detached to a hidden 'archive' feed)."""
        with self._write() as conn:
            row = conn.execute("SELECT url, hidden FROM feeds WHERE id = ?", (feed_id,)).fetchone()
            if row is None:
                return
            url, hidden = row
            if hidden:
                raise StoreError("the archive of saved articles cannot be removed")
            archive = self._archive(conn)
            # Archived guids carry the old feed URL, so two feeds' guids cannot collide and
            # subscribing to the URL again gives the articles back (_restore_archived).
            conn.execute(
                "UPDATE articles SET feed_id = ?, guid = ? || ' ' || guid"
                " WHERE feed_id = ? AND saved = 1",
                (archive, url, feed_id),
            )
            conn.execute("DELETE FROM articles WHERE feed_id = ?", (feed_id,))
            conn.execute("DELETE FROM feeds WHERE id = ?", (feed_id,))

    def set_feed_url(self, feed_id: int, url: str) -> None:
        """A permanent redirect moved the feed."""
        url = safe_line(url)
        if not url or url == ARCHIVE_URL:
            raise StoreError(f"not a feed URL: {url!r}")
        with self._write() as conn:
            taken = conn.execute("SELECT id FROM feeds WHERE url = ?", (url,)).fetchone()
            if taken is not None and taken[0] != feed_id:
                raise StoreError(f"another feed already has the URL {url}")
            conn.execute("UPDATE feeds SET url = ? WHERE id = ?", (url, feed_id))

    def record_feed_fetch(
        self,
        feed_id: int,
        *,
        now: int,
        status: int | None,
        error: str | None,
        etag: str | None = None,
        last_modified: str | None = None,
        next_fetch_at: int | None = None,
        title: str | None = None,
        site_url: str | None = None,
    ) -> None:
        """Store the outcome of one fetch. ``etag``/``last_modified`` None keep the old ones.

        ``title`` fills an empty title only: a title the user gave (or OPML carried) wins.
        """
        with self._write() as conn:
            conn.execute(
                "UPDATE feeds SET last_fetched_at = ?, last_status = ?, error = ?,"
                " etag = coalesce(?, etag), last_modified = coalesce(?, last_modified),"
                " next_fetch_at = ?, title = coalesce(nullif(title, ''), ?),"
                " site_url = coalesce(?, site_url) WHERE id = ?",
                (
                    now,
                    status,
                    optional_line(error),
                    etag,
                    last_modified,
                    next_fetch_at,
                    optional_line(title),
                    optional_line(site_url),
                    feed_id,
                ),
            )

    # ---- articles ----------------------------------------------------------------------
    def add_entries(self, feed_id: int, entries: Sequence[Entry], now: int) -> list[int]:
        """Insert new entries (by guid per feed), update changed titles/summaries; one
        transaction. Returns the ids of the newly inserted articles."""
        rows = [_entry_values(entry, now) for entry in entries]
        if not rows:
            return []
        new_ids: list[int] = []
        with self._write() as conn:
            for start in range(0, len(rows), _BATCH):
                new_ids += self._add_batch(conn, feed_id, rows[start : start + _BATCH], now)
        return new_ids

    @staticmethod
    def _add_batch(
        conn: sqlite3.Connection, feed_id: int, rows: list[dict[str, Any]], now: int
    ) -> list[int]:
        """One batch of add_entries: set-based lookups instead of a query per entry."""
        guids = [row["guid"] for row in rows]
        marks = ",".join("?" * len(guids))
        skip = {
            guid
            for (guid,) in conn.execute(
                f"SELECT guid FROM pruned WHERE feed_id = ? AND guid IN ({marks})",
                (feed_id, *guids),
            )
        }
        existing = {
            guid: (title, summary, url, author)
            for guid, title, summary, url, author in conn.execute(
                "SELECT guid, title, summary, url, author FROM articles"
                f" WHERE feed_id = ? AND guid IN ({marks})",
                (feed_id, *guids),
            )
        }
        fresh = [row for row in rows if row["guid"] not in existing and row["guid"] not in skip]
        conn.executemany(
            "INSERT INTO articles (feed_id, guid, url, title, author, published,"
            " sort_time, summary, first_seen) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"
            " ON CONFLICT (feed_id, guid) DO NOTHING",
            [
                (
                    feed_id,
                    row["guid"],
                    row["url"],
                    row["title"],
                    row["author"],
                    row["published"],
                    row["sort_time"],
                    row["summary"],
                    now,
                )
                for row in fresh
            ],
        )
        changed = []
        for row in rows:
            old = existing.get(row["guid"])
            if old is None:
                continue
            _title, _summary, url, author = old
            new_url = row["url"] if row["url"] is not None else url
            new_author = row["author"] if row["author"] is not None else author
            if (row["title"], row["summary"], new_url, new_author) != old:
                changed.append(
                    (row["title"], row["summary"], new_url, new_author, feed_id, row["guid"])
                )
        if changed:
            conn.executemany(
                "UPDATE articles SET title = ?, summary = ?, url = ?, author = ?"
                " WHERE feed_id = ? AND guid = ?",
                changed,
            )
        if not fresh:
            return []
        fresh_marks = ",".join("?" * len(fresh))
        return [
            article_id
            for (article_id,) in conn.execute(
                f"SELECT id FROM articles WHERE feed_id = ? AND guid IN ({fresh_marks})"
                " AND first_seen = ? ORDER BY id",
                (feed_id, *(row["guid"] for row in fresh), now),
            )
        ]

    def articles(
        self,
        *,
        feed_id: int | None = None,
        folder: str | None = None,
        unread: bool = False,
        saved: bool = False,
        limit: int | None = None,
        offset: int = 0,
    ) -> list[ArticleRow]:
        """Rows newest first (published, else first seen; ties by id desc)."""
        where, params = _view_filter(feed_id, folder, unread, saved)
        # The page's ids come from an index alone (so OFFSET skips index entries, not rows);
        # only the rows of the page itself are then read.
        sql = (
            f"SELECT {_ROW_COLUMNS}, a.sort_time FROM ("
            f" SELECT a.id FROM articles a WHERE {where}"
            " ORDER BY a.sort_time DESC, a.id DESC LIMIT ? OFFSET ?) AS page"
            " JOIN articles a ON a.id = page.id JOIN feeds f ON f.id = a.feed_id"
        )
        params += [-1 if limit is None else limit, max(offset, 0)]
        rows = self._conn.execute(sql, params).fetchall()
        rows.sort(key=_newest_first)
        return _article_rows(rows)

    def count_articles(
        self,
        *,
        feed_id: int | None = None,
        folder: str | None = None,
        unread: bool = False,
        saved: bool = False,
    ) -> int:
        """How many rows ``articles`` would give for the same view."""
        if not saved:
            return self._count_from_counters(feed_id, folder, unread)
        where, params = _view_filter(feed_id, folder, unread, saved)
        sql = f"SELECT count(*) FROM articles a INDEXED BY articles_saved WHERE {where}"
        return int(self._conn.execute(sql, params).fetchone()[0])

    def _count_from_counters(self, feed_id: int | None, folder: str | None, unread: bool) -> int:
        """Counts kept per feed by triggers: a sum over at most a few hundred feed rows."""
        column = "unread_count" if unread else "total_count"
        clauses: list[str] = ["1"]
        params: list[int | str] = []
        if feed_id is not None:
            clauses.append("id = ?")
            params.append(feed_id)
        if folder is not None:
            clauses.append("folder = ?")
            params.append(folder)
        sql = f"SELECT total({column}) FROM feeds WHERE {' AND '.join(clauses)}"
        return int(self._conn.execute(sql, params).fetchone()[0])

    def article(self, article_id: int) -> Article | None:
        """Everything about one article, blocks and quotes included."""
        row = self._conn.execute(
            "SELECT a.id, a.feed_id, f.title, f.url, a.guid, a.url, a.title, a.author,"
            " a.published, a.summary, a.text, a.blocks, a.read, a.saved, a.fetched_at,"
            " a.page_error FROM articles a JOIN feeds f ON f.id = a.feed_id WHERE a.id = ?",
            (article_id,),
        ).fetchone()
        if row is None:
            return None
        (aid, feed_id, feed_title, feed_url, guid, url, title, author) = row[:8]
        (published, summary, text, blocks, read, saved, fetched_at, page_error) = row[8:]
        text = safe_text(text) if text is not None else None
        return Article(
            id=aid,
            feed_id=feed_id,
            feed_title=safe_line(feed_title or feed_url),
            guid=safe_text(guid),
            url=optional_line(url),
            title=safe_line(title),
            author=optional_line(author),
            published=published,
            summary=safe_text(summary),
            text=text,
            blocks=blocks_from_json(blocks, text or ""),
            read=bool(read),
            saved=bool(saved),
            fetched_at=fetched_at,
            page_error=optional_line(page_error),
            quotes=self.quotes_for(aid),
        )

    def pages_to_fetch(self, ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """(id, url) of articles with a URL and no cleaned text yet (optionally among ids)."""
        base = "SELECT id, url FROM articles WHERE has_text = 0 AND url IS NOT NULL AND url != ''"
        if ids is None:
            rows = self._conn.execute(base + " ORDER BY sort_time DESC, id DESC").fetchall()
        else:
            wanted = sorted(set(ids), reverse=True)
            rows = []
            for chunk in _chunks(wanted, 500):
                marks = ",".join("?" * len(chunk))
                rows += self._conn.execute(f"{base} AND id IN ({marks})", chunk).fetchall()
            order = {article_id: n for n, article_id in enumerate(wanted)}
            rows.sort(key=lambda r: order[r[0]])
        return [(article_id, safe_line(url)) for article_id, url in rows]

    def store_page(
        self, article_id: int, extracted: Extracted, quotes: Sequence[Quote], now: int
    ) -> None:
        """Save the cleaned text, blocks and quotes of one article (one transaction; FTS too).

        An article removed meanwhile (pruned, feed removed) is silently skipped.
        """
        text, blocks, quotes = clean_article_text(extracted.text, extracted.blocks, quotes)
        blocks_json = blocks_to_json(blocks, text)
        quote_rows = [_quote_values(article_id, q, text) for q in quotes]
        with self._write() as conn:
            changed = conn.execute(
                "UPDATE articles SET text = ?, blocks = ?, has_text = 1, fetched_at = ?,"
                " page_error = NULL, title = CASE WHEN title = '' THEN ? ELSE title END,"
                " author = coalesce(author, ?), published = coalesce(published, ?)"
                " WHERE id = ?",
                (
                    text,
                    blocks_json,
                    now,
                    safe_line(extracted.title),
                    optional_line(extracted.byline),
                    extracted.published,
                    article_id,
                ),
            ).rowcount
            if not changed:
                return
            conn.execute("DELETE FROM quotes WHERE article_id = ?", (article_id,))
            conn.executemany(
                'INSERT INTO quotes (article_id, "start", "end", quote, speaker, kind, cue,'
                " speaker_title, from_pronoun, speaker_key, surname_key)"
                " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                quote_rows,
            )

    def record_page_error(self, article_id: int, error: str, now: int) -> None:
        """Remember why the page could not be fetched or cleaned (shown in the reader)."""
        with self._write() as conn:
            conn.execute(
                "UPDATE articles SET page_error = ?, fetched_at = ? WHERE id = ?",
                (safe_line(error) or "error", now, article_id),
            )

    def set_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        """Mark articles read (or unread again)."""
        flag = int(read)
        with self._write() as conn:
            conn.executemany(
                "UPDATE articles SET read = ? WHERE id = ? AND read != ?",
                ((flag, article_id, flag) for article_id in article_ids),
            )

    def set_saved(self, article_id: int, saved: bool = True) -> None:
        """Save (keep forever, read offline) or unsave one article."""
        flag = int(saved)
        with self._write() as conn:
            conn.execute(
                "UPDATE articles SET saved = ? WHERE id = ? AND saved != ?",
                (flag, article_id, flag),
            )

    def mark_all_read(
        self, *, feed_id: int | None = None, folder: str | None = None, saved: bool = False
    ) -> int:
        """Mark every article in that view read; returns how many changed."""
        where, params = _view_filter(feed_id, folder, True, saved)
        with self._write() as conn:
            return conn.execute(f"UPDATE articles AS a SET read = 1 WHERE {where}", params).rowcount

    def search(self, query: str, limit: int = 200) -> list[ArticleRow]:
        """FTS5 over titles and bodies, best first. User text is quoted into tokens, so no
        query syntax error can escape.

        Every word must match (the last also as a prefix); a word common enough to match more
        than SEARCH_CANDIDATES articles is ranked among its newest matches only, which keeps
        a search well under 20 ms at 50,000 articles.
        """
        match = fts_query(query)
        if match is None or limit <= 0:
            return []
        weights = ", ".join(str(w) for w in SEARCH_WEIGHTS)
        sql = (
            "WITH hits (id, score) AS ("
            f" SELECT rowid, bm25(articles_fts, {weights}) FROM articles_fts"
            " WHERE articles_fts MATCH ? ORDER BY rowid DESC LIMIT ?)"
            f" SELECT {_ROW_COLUMNS}, a.sort_time FROM hits JOIN articles a ON a.id = hits.id"
            " JOIN feeds f ON f.id = a.feed_id"
            " ORDER BY hits.score, a.sort_time DESC, a.id DESC LIMIT ?"
        )
        try:
            rows = self._conn.execute(sql, (match, SEARCH_CANDIDATES, limit)).fetchall()
        except sqlite3.OperationalError as exc:  # not expected: every word is quoted
            raise StoreError(f"search failed: {exc}") from None
        return _article_rows(rows)

    # ---- quotations --------------------------------------------------------------------
    def quotes_for(self, article_id: int) -> list[Quote]:
        """The stored quotations of one article, in text order."""
        rows = self._conn.execute(
            f'SELECT {_QUOTE_COLUMNS} FROM quotes q WHERE article_id = ? ORDER BY "start", id',
            (article_id,),
        ).fetchall()
        return [_quote_from_row(r) for r in rows]

    def quotes_by_speaker(self, name: str) -> list[QuoteHit]:
        """Every stored speech quote whose speaker matches ``name`` (full name or surname,
        case-insensitive), newest article first."""
        full, _ = speaker_keys(name)
        if full is None:
            return []
        rows = self._conn.execute(
            f"SELECT q.article_id, a.title, a.published, f.title, f.url, {_QUOTE_COLUMNS}"
            " FROM quotes q JOIN articles a ON a.id = q.article_id"
            " JOIN feeds f ON f.id = a.feed_id"
            " WHERE q.kind = 'speech' AND (q.speaker_key = ? OR q.surname_key = ?)"
            ' ORDER BY a.sort_time DESC, a.id DESC, q."start"',
            (full, full),
        ).fetchall()
        return [
            QuoteHit(
                article_id=r[0],
                article_title=safe_line(r[1]),
                published=r[2],
                feed_title=safe_line(r[3] or r[4]),
                quote=_quote_from_row(r[5:]),
            )
            for r in rows
        ]

    def speakers(self) -> list[tuple[str, int]]:
        """(speaker, number of quotations) across the archive, most quoted first."""
        rows = self._conn.execute(
            "SELECT max(speaker), count(*) AS n FROM quotes"
            " WHERE speaker_key IS NOT NULL"  # only speech quotes get keys (covering index)
            " GROUP BY speaker_key ORDER BY n DESC, speaker_key"
        ).fetchall()
        return [(safe_line(name), n) for name, n in rows]

    # ---- housekeeping ------------------------------------------------------------------
    def prune(self, retention_days: int, now: int) -> int:
        """Delete unsaved articles older than the retention; saved ones are kept forever.

        An article must be both dated and first seen before the cutoff: a feed subscribed
        today keeps its old entries for a full retention period (the embedded samples too).

        ``retention_days`` 0 keeps everything. The pruned guids are remembered, so a feed
        that still lists an old entry does not bring it back as new.
        """
        if retention_days <= 0:
            return 0
        cutoff = now - retention_days * DAY
        with self._write() as conn:
            conn.execute(
                "INSERT OR REPLACE INTO pruned (feed_id, guid, pruned_at)"
                " SELECT feed_id, guid, ? FROM articles"
                " WHERE saved = 0 AND sort_time < ? AND first_seen < ?",
                (now, cutoff, cutoff),
            )
            deleted = conn.execute(
                "DELETE FROM articles WHERE saved = 0 AND sort_time < ? AND first_seen < ?",
                (cutoff, cutoff),
            ).rowcount
            # Feeds drop entries long before this; forget very old tombstones.
            forget_before = now - 4 * retention_days * DAY
            conn.execute("DELETE FROM pruned WHERE pruned_at < ?", (forget_before,))
        return deleted

    def is_empty(self) -> bool:
        """No feeds at all (the first run).

        Removing feeds leaves the hidden archive feed behind, so a user who unsubscribed
        from everything is not treated as a first run.
        """
        return self._conn.execute("SELECT 1 FROM feeds LIMIT 1").fetchone() is None

    # ---- private -----------------------------------------------------------------------
    def _archive(self, conn: sqlite3.Connection) -> int:
        """The id of the hidden feed that keeps saved articles of removed feeds."""
        row = conn.execute("SELECT id FROM feeds WHERE url = ?", (ARCHIVE_URL,)).fetchone()
        if row is not None:
            return int(row[0])
        archive_id = conn.execute(
            "INSERT INTO feeds (url, title, created_at, hidden) VALUES (?, ?, ?, 1)",
            (ARCHIVE_URL, ARCHIVE_TITLE, _now()),
        ).lastrowid
        assert archive_id is not None
        return archive_id

    def _restore_archived(self, conn: sqlite3.Connection, feed_id: int, url: str) -> None:
        """Give a re-subscribed feed back the saved articles archived when it was removed."""
        prefix = url + " "
        conn.execute(
            "UPDATE articles SET feed_id = ?, guid = substr(guid, ?)"
            " WHERE feed_id = (SELECT id FROM feeds WHERE url = ?) AND substr(guid, 1, ?) = ?",
            (feed_id, len(prefix) + 1, ARCHIVE_URL, len(prefix), prefix),
        )


# ---- module helpers ------------------------------------------------------------------------


def _connect(path: Path) -> sqlite3.Connection:
    """Open, configure and migrate; every failure becomes a one-line StoreError."""
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000, isolation_level=None)
    except (OSError, sqlite3.Error) as exc:
        raise StoreError(f"cannot open store {path}: {exc}") from None
    try:
        conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
        conn.execute("PRAGMA journal_mode = WAL")
        conn.execute("PRAGMA synchronous = NORMAL")
        conn.execute("PRAGMA foreign_keys = ON")
        migrate(conn)
    except NewerSchemaError:
        conn.close()
        raise StoreError(f"store {path} was written by a newer termnews") from None
    except sqlite3.DatabaseError as exc:
        conn.close()
        raise StoreError(f"cannot use store {path}: {exc}") from None
    return conn


def _now() -> int:
    return int(time.time())


def _chunks(items: list[int], size: int) -> Iterator[list[int]]:
    for start in range(0, len(items), size):
        yield items[start : start + size]


def _view_filter(
    feed_id: int | None, folder: str | None, unread: bool, saved: bool
) -> tuple[str, list[Any]]:
    """The WHERE clause of one list view; its terms match the partial indexes' conditions."""
    clauses: list[str] = []
    params: list[Any] = []
    if unread:
        clauses.append("a.read = 0")
    if saved:
        clauses.append("a.saved = 1")
    if feed_id is not None:
        clauses.append("a.feed_id = ?")
        params.append(feed_id)
    if folder is not None:
        # "+" keeps the planner on the time-ordered index (feed_id is in it) instead of
        # gathering each feed's rows and sorting them all.
        clauses.append("+a.feed_id IN (SELECT id FROM feeds WHERE folder = ?)")
        params.append(folder)
    return (" AND ".join(clauses) or "1"), params


def _entry_values(entry: Entry, now: int) -> dict[str, Any]:
    """An entry's column values, sanitised; a date in the future sorts as "now"."""
    title = safe_line(entry.title)
    summary = safe_text(entry.summary).strip()
    url = optional_line(entry.url)
    guid = clean_text(entry.guid).strip() or url or _content_guid(title, summary)
    published = entry.published
    sort_time = now if published is None else min(published, now)
    return {
        "guid": guid,
        "url": url,
        "title": title,
        "author": optional_line(entry.author),
        "published": published,
        "sort_time": sort_time,
        "summary": summary,
    }


def _content_guid(title: str, summary: str) -> str:
    digest = hashlib.sha256(f"{title}\n{summary}".encode()).hexdigest()[:32]
    return f"sha256:{digest}"


def _feed_from_row(row: tuple[Any, ...]) -> Feed:
    (feed_id, url, title, folder, site_url, etag, last_modified, status, error) = row[:9]
    return Feed(
        id=feed_id,
        url=safe_line(url),
        title=optional_line(title),
        folder=optional_line(folder),
        site_url=optional_line(site_url),
        etag=etag,
        last_modified=last_modified,
        last_status=status,
        error=optional_line(error),
        next_fetch_at=row[9],
        last_fetched_at=row[10],
        unread=row[11],
        total=row[12],
    )


def _newest_first(row: tuple[Any, ...]) -> tuple[int, int]:
    """Sort key of a row ending in sort_time with id first: newest first, ties by id desc."""
    return (-row[-1], -row[0])


def _article_rows(rows: list[tuple[Any, ...]]) -> list[ArticleRow]:
    """ArticleRows from ``_ROW_COLUMNS`` tuples, titles made safe (each feed's title once)."""
    feed_titles: dict[int, str] = {}
    out: list[ArticleRow] = []
    append = out.append
    for aid, feed_id, f_title, f_url, title, url, published, read, saved, has_text, _ in rows:
        feed_title = feed_titles.get(feed_id)
        if feed_title is None:
            feed_title = feed_titles[feed_id] = safe_line(f_title or f_url)
        append(
            ArticleRow(
                aid,
                feed_id,
                feed_title,
                safe_line(title),
                safe_line(url) if url else None,
                published,
                read == 1,
                saved == 1,
                has_text == 1,
            )
        )
    return out


def _quote_values(article_id: int, quote: Quote, text: str) -> tuple[Any, ...]:
    speaker = optional_line(quote.speaker)
    full, surname = speaker_keys(speaker) if quote.kind == "speech" else (None, None)
    start, end = quote.start, quote.end
    body = text[start:end] if 0 <= start <= end <= len(text) else safe_text(quote.quote)
    return (
        article_id,
        start,
        end,
        body,
        speaker,
        quote.kind,
        optional_line(quote.cue),
        optional_line(quote.speaker_title),
        int(quote.from_pronoun),
        full,
        surname,
    )


def _quote_from_row(r: Sequence[Any]) -> Quote:
    return Quote(
        start=r[0],
        end=r[1],
        quote=safe_text(r[2]),
        speaker=optional_line(r[3]),
        kind="term" if r[4] == "term" else "speech",
        cue=optional_line(r[5]),
        speaker_title=optional_line(r[6]),
        from_pronoun=bool(r[7]),
    )
