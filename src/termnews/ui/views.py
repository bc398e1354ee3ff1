"""What the article list shows: a store query (feed, folder, all, saved) or fixed search results.

Row sources answer ``count()`` and ``fetch(offset, limit)`` so the list never loads every row.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from typing import Protocol

from termnews.models import ArticleRow
from termnews.store import Store


@dataclass(frozen=True, slots=True)
class ViewQuery:
    """One view of the archive: all, one feed, one folder; optionally saved only."""

    feed_id: int | None = None
    folder: str | None = None
    saved: bool = False
    label: str = "All"  # display label (already safe: built by safe_line)

    def with_saved(self, saved: bool) -> ViewQuery:
        return replace(self, saved=saved)


class RowSource(Protocol):
    """Anything the article list can page through."""

    def count(self) -> int: ...

    def fetch(self, offset: int, limit: int) -> list[ArticleRow]: ...


@dataclass(slots=True)
class StoreRows:
    """Rows of a view, read from the store a page at a time, newest first."""

    store: Store
    query: ViewQuery

    def count(self) -> int:
        q = self.query
        return self.store.count_articles(feed_id=q.feed_id, folder=q.folder, saved=q.saved)

    def fetch(self, offset: int, limit: int) -> list[ArticleRow]:
        q = self.query
        return self.store.articles(
            feed_id=q.feed_id, folder=q.folder, saved=q.saved, limit=limit, offset=offset
        )


@dataclass(slots=True)
class FixedRows:
    """Rows already in memory (search results)."""

    rows: list[ArticleRow]

    def count(self) -> int:
        return len(self.rows)

    def fetch(self, offset: int, limit: int) -> list[ArticleRow]:
        return self.rows[offset : offset + limit]


def format_age(now: float, published: int | None) -> str:
    """A compact age for a list row: "now", "5m", "3h", "2d", "6w", "1y"."""
    if published is None:
        return ""
    seconds = int(now - published)
    if seconds < 60:
        return "now"
    for size, unit in ((31_536_000, "y"), (604_800 * 2, "w"), (86_400, "d"), (3_600, "h")):
        if seconds >= size:
            divisor = 604_800 if unit == "w" else size
            return f"{seconds // divisor}{unit}"
    return f"{seconds // 60}m"


_NAME_SEPARATORS = (" — ", " – ", " - ", ": ", " | ", " · ")


def short_feed_name(name: str) -> str:
    """A feed title's leading part before a separator ("Fare Zone: Port Halden transit news"
    -> "Fare Zone"), for narrow columns; the whole title when there is no useful cut."""
    cuts = [name.find(sep) for sep in _NAME_SEPARATORS]
    cut = min((c for c in cuts if c >= 3), default=-1)
    return name[:cut].rstrip() if cut > 0 else name
