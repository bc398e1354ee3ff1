"""The feeds pane: "All", "Saved", folders and feeds with unread counts."""

from __future__ import annotations

from typing import ClassVar

from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from termnews.models import Feed
from termnews.ui.safe import assemble, safe_content, safe_line
from termnews.ui.views import ViewQuery


class SourceList(OptionList):
    """Views to pick from; each option carries the ``ViewQuery`` it stands for."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", id="sources_down", show=False),
        Binding("k", "cursor_up", "Up", id="sources_up", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False, compact=True)
        self.queries: list[ViewQuery] = []

    def show_feeds(self, feeds: list[Feed], saved_count: int, current: ViewQuery) -> None:
        """Rebuild the options, keeping the highlight on ``current`` when it still exists."""
        queries: list[ViewQuery] = []
        prompts: list[Content] = []

        def add(query: ViewQuery, prompt: Content) -> None:
            queries.append(query)
            prompts.append(prompt)

        total_unread = sum(f.unread for f in feeds)
        add(ViewQuery(label="All"), _entry("All", total_unread, bold=True))
        add(ViewQuery(saved=True, label="Saved"), _entry("Saved", saved_count, bold=True))
        folders: dict[str, list[Feed]] = {}
        loose: list[Feed] = []
        for feed in feeds:
            (folders.setdefault(feed.folder, []) if feed.folder else loose).append(feed)
        for folder, members in folders.items():
            label = safe_line(folder, 60)
            unread = sum(f.unread for f in members)
            add(ViewQuery(folder=folder, label=label), _entry(label, unread, bold=True, icon="▾ "))
            for feed in members:
                add(_feed_query(feed), _feed_entry(feed, indent="  "))
        for feed in loose:
            add(_feed_query(feed), _feed_entry(feed, indent=""))
        self.queries = queries
        self.set_options(Option(prompt) for prompt in prompts)
        self.highlighted = _index_of(queries, current)

    def query_at(self, index: int | None) -> ViewQuery | None:
        if index is None or not 0 <= index < len(self.queries):
            return None
        return self.queries[index]


def _feed_query(feed: Feed) -> ViewQuery:
    return ViewQuery(feed_id=feed.id, label=safe_line(feed.display_title, 60))


def _entry(label: str, count: int, *, bold: bool = False, icon: str = "") -> Content:
    """Our own label (already safe) with a dim count."""
    return assemble(
        (icon, "dim"), (label, "bold" if bold else ""), (f"  {count}" if count else "", "dim")
    )


def _feed_entry(feed: Feed, indent: str) -> Content:
    """A feed's title (untrusted: through safe_content) with its unread count and error mark."""
    title = safe_content(feed.display_title, "bold" if feed.unread else "", limit=60)
    return assemble(
        indent,
        title,
        (f"  {feed.unread}" if feed.unread else "", "dim"),
        (" !" if feed.error else "", "bold red"),
    )


def _index_of(queries: list[ViewQuery], current: ViewQuery) -> int:
    plain = current.with_saved(False) if current.feed_id or current.folder else current
    for index, query in enumerate(queries):
        if (query.feed_id, query.folder, query.saved) == (plain.feed_id, plain.folder, plain.saved):
            return index
    return 0
