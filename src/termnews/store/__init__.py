"""The local SQLite store: feeds, articles, cleaned text, quotations, full-text search.

CONTRACT (filled in by the store work; the CLI, refresh and UI code against these signatures).
All times are Unix seconds UTC. Every write is one transaction. WAL, foreign keys on,
migrations by PRAGMA user_version. Text arriving here is passed through
``termnews.sanitize`` before it is written, so an old or hostile store cannot reintroduce
control characters.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from pathlib import Path

from termnews.models import Article, ArticleRow, Entry, Extracted, Feed, Quote, QuoteHit


class StoreError(Exception):
    """A store problem with a one-line message for the user."""


class Store:
    """One open SQLite database. Not shared across threads: open one per thread."""

    def __init__(self, path: Path) -> None:
        raise NotImplementedError

    @classmethod
    def open(cls, path: Path) -> Store:
        """Open (creating and migrating if needed) the database at ``path``."""
        return cls(path)

    def close(self) -> None:
        raise NotImplementedError

    def __enter__(self) -> Store:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    # ---- feeds -------------------------------------------------------------------------
    def add_feed(self, url: str, title: str | None = None, folder: str | None = None) -> Feed:
        """Subscribe; an existing URL returns the existing feed (folder/title updated if given)."""
        raise NotImplementedError

    def feed(self, feed_id: int) -> Feed | None:
        raise NotImplementedError

    def find_feed(self, key: str) -> Feed | None:
        """A feed by id (digits), exact URL, or title (case-insensitive)."""
        raise NotImplementedError

    def feeds(self) -> list[Feed]:
        """All feeds with unread/total counts, ordered by folder then title."""
        raise NotImplementedError

    def folders(self) -> list[str]:
        raise NotImplementedError

    def remove_feed(self, feed_id: int) -> None:
        """Unsubscribe; its saved articles are kept (detached to a hidden 'archive' feed)."""
        raise NotImplementedError

    def set_feed_url(self, feed_id: int, url: str) -> None:
        """A permanent redirect moved the feed."""
        raise NotImplementedError

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
        """Store the outcome of one fetch. ``etag``/``last_modified`` None keep the old ones."""
        raise NotImplementedError

    # ---- articles ----------------------------------------------------------------------
    def add_entries(self, feed_id: int, entries: Sequence[Entry], now: int) -> list[int]:
        """Insert new entries (by guid per feed), update changed titles/summaries; one
        transaction. Returns the ids of the newly inserted articles."""
        raise NotImplementedError

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
        raise NotImplementedError

    def count_articles(
        self,
        *,
        feed_id: int | None = None,
        folder: str | None = None,
        unread: bool = False,
        saved: bool = False,
    ) -> int:
        raise NotImplementedError

    def article(self, article_id: int) -> Article | None:
        """Everything about one article, blocks and quotes included."""
        raise NotImplementedError

    def pages_to_fetch(self, ids: Iterable[int] | None = None) -> list[tuple[int, str]]:
        """(id, url) of articles with a URL and no cleaned text yet (optionally among ids)."""
        raise NotImplementedError

    def store_page(
        self, article_id: int, extracted: Extracted, quotes: Sequence[Quote], now: int
    ) -> None:
        """Save the cleaned text, blocks and quotes of one article (one transaction; FTS too)."""
        raise NotImplementedError

    def record_page_error(self, article_id: int, error: str, now: int) -> None:
        raise NotImplementedError

    def set_read(self, article_ids: Iterable[int], read: bool = True) -> None:
        raise NotImplementedError

    def set_saved(self, article_id: int, saved: bool = True) -> None:
        raise NotImplementedError

    def mark_all_read(
        self, *, feed_id: int | None = None, folder: str | None = None, saved: bool = False
    ) -> int:
        """Mark every article in that view read; returns how many changed."""
        raise NotImplementedError

    def search(self, query: str, limit: int = 200) -> list[ArticleRow]:
        """FTS5 over titles and bodies, best first. User text is quoted into tokens, so no
        query syntax error can escape."""
        raise NotImplementedError

    # ---- quotations --------------------------------------------------------------------
    def quotes_for(self, article_id: int) -> list[Quote]:
        raise NotImplementedError

    def quotes_by_speaker(self, name: str) -> list[QuoteHit]:
        """Every stored speech quote whose speaker matches ``name`` (full name or surname,
        case-insensitive), newest article first."""
        raise NotImplementedError

    def speakers(self) -> list[tuple[str, int]]:
        """(speaker, number of quotations) across the archive, most quoted first."""
        raise NotImplementedError

    # ---- housekeeping ------------------------------------------------------------------
    def prune(self, retention_days: int, now: int) -> int:
        """Delete unsaved articles older than the retention; saved ones are kept forever."""
        raise NotImplementedError

    def is_empty(self) -> bool:
        """No feeds at all (the first run)."""
        raise NotImplementedError
