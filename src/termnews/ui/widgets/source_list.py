"""The feeds pane: "All", "Saved", collapsible folders and feeds, one line each.

Every row is laid out for the pane's width (title cut with "…", unread count right-aligned,
"!" on a feed whose last refresh failed), and rebuilt when the pane is resized.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar

from rich.cells import cell_len
from textual import events
from textual.binding import Binding, BindingType
from textual.content import Content
from textual.widgets import OptionList
from textual.widgets.option_list import Option

from termnews.models import Feed
from termnews.ui.safe import assemble, fit_cells, safe_line
from termnews.ui.views import ViewQuery

ERROR_MARK = "!"
DEFAULT_WIDTH = 30  # before the first layout


@dataclass(frozen=True, slots=True)
class SourceRow:
    """One row of the pane: the view it stands for and how it is drawn."""

    query: ViewQuery
    label: str  # already safe
    count: int
    kind: str  # "top", "folder" or "feed"
    error: str | None = None  # the feed's (or a folder's first) refresh error, safe
    collapsed: bool = False
    indent: bool = False  # a feed inside a folder


class SourceList(OptionList):
    """Views to pick from; each option carries the ``ViewQuery`` it stands for.

    Folders fold and unfold with space (or h/l, left/right) so long subscription lists stay short.
    """

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j", "cursor_down", "Down", id="sources_down", show=False),
        Binding("k", "cursor_up", "Up", id="sources_up", show=False),
        Binding("space", "toggle_folder", "Fold/unfold folder", id="toggle_folder", show=False),
        Binding("h,left", "collapse_folder", "Fold folder", id="fold_folder", show=False),
        Binding("l,right", "expand_folder", "Unfold folder", id="unfold_folder", show=False),
    ]

    def __init__(self, *, id: str | None = None, classes: str | None = None) -> None:
        super().__init__(id=id, classes=classes, markup=False, compact=True)
        self.queries: list[ViewQuery] = []
        self.rows: list[SourceRow] = []
        self.collapsed: set[str] = set()
        self._feeds: list[Feed] = []
        self._saved_count = 0
        self._laid_out_width = 0

    # ---- data --------------------------------------------------------------------------
    def show_feeds(self, feeds: list[Feed], saved_count: int, current: ViewQuery) -> None:
        """Rebuild the rows, keeping the highlight on ``current`` when it still exists."""
        self._feeds = list(feeds)
        self._saved_count = saved_count
        self._rebuild(current)

    def query_at(self, index: int | None) -> ViewQuery | None:
        if index is None or not 0 <= index < len(self.queries):
            return None
        return self.queries[index]

    def feed(self, feed_id: int | None) -> Feed | None:
        """The feed shown with this id (for its error line), or None."""
        return next((f for f in self._feeds if f.id == feed_id), None)

    def failing_feeds(self, query: ViewQuery) -> list[Feed]:
        """The feeds of a view whose last refresh failed (All: every failing feed)."""
        if query.saved and query.feed_id is None and query.folder is None:
            return []
        return [
            f
            for f in self._feeds
            if f.error
            and (query.feed_id is None or f.id == query.feed_id)
            and (query.folder is None or f.folder == query.folder)
        ]

    # ---- folders -----------------------------------------------------------------------
    def action_toggle_folder(self) -> None:
        row = self._highlighted_row()
        if row is not None and row.kind == "folder" and row.query.folder is not None:
            self._set_collapsed(row.query.folder, not row.collapsed)

    def action_collapse_folder(self) -> None:
        row = self._highlighted_row()
        if row is None:
            return
        if row.kind == "folder" and row.query.folder is not None:
            self._set_collapsed(row.query.folder, True)
        elif row.kind == "feed":
            feed = self.feed(row.query.feed_id)
            if feed is not None and feed.folder:
                self._set_collapsed(feed.folder, True)

    def action_expand_folder(self) -> None:
        row = self._highlighted_row()
        if row is not None and row.kind == "folder" and row.query.folder is not None:
            self._set_collapsed(row.query.folder, False)

    def _set_collapsed(self, folder: str, collapsed: bool) -> None:
        """Fold or unfold one folder; the highlight moves to the folder if its feed hides."""
        if collapsed:
            self.collapsed.add(folder)
        else:
            self.collapsed.discard(folder)
        current = self.query_at(self.highlighted) or ViewQuery()
        self._rebuild(current)

    def _highlighted_row(self) -> SourceRow | None:
        index = self.highlighted
        return self.rows[index] if index is not None and 0 <= index < len(self.rows) else None

    # ---- layout ------------------------------------------------------------------------
    def on_resize(self, event: events.Resize) -> None:
        if self._row_width() != self._laid_out_width and self.rows:
            self._rebuild(self.query_at(self.highlighted) or ViewQuery())

    def _row_width(self) -> int:
        """Cells available to a row's text: the content width less a one-cell right margin."""
        return max(8, (self.scrollable_content_region.width or DEFAULT_WIDTH) - 1)

    def _rebuild(self, current: ViewQuery) -> None:
        rows = source_rows(self._feeds, self._saved_count, self.collapsed)
        width = self._row_width()
        self._laid_out_width = width
        self.rows = rows
        self.queries = [row.query for row in rows]
        with self.prevent(OptionList.OptionHighlighted):
            self.set_options(Option(render_source_row(row, width)) for row in rows)
        self.highlighted = _index_of(rows, current, self._feeds)


def source_rows(feeds: list[Feed], saved_count: int, collapsed: set[str]) -> list[SourceRow]:
    """All, Saved, then each folder (its feeds unless collapsed), then feeds in no folder."""
    rows = [
        SourceRow(ViewQuery(label="All"), "All", sum(f.unread for f in feeds), "top"),
        SourceRow(ViewQuery(saved=True, label="Saved"), "Saved", saved_count, "top"),
    ]
    folders: dict[str, list[Feed]] = {}
    loose: list[Feed] = []
    for feed in feeds:
        (folders.setdefault(feed.folder, []) if feed.folder else loose).append(feed)
    for folder, members in folders.items():
        label = safe_line(folder, 60)
        failing = [f for f in members if f.error]
        folded = folder in collapsed
        rows.append(
            SourceRow(
                ViewQuery(folder=folder, label=label),
                label,
                sum(f.unread for f in members),
                "folder",
                error=safe_line(failing[0].error, 200) if failing and folded else None,
                collapsed=folded,
            )
        )
        if not folded:
            rows += [_feed_row(feed) for feed in members]
    rows += [_feed_row(feed) for feed in loose]
    return rows


def _feed_row(feed: Feed) -> SourceRow:
    label = safe_line(feed.display_title, 120)
    query = ViewQuery(feed_id=feed.id, label=safe_line(feed.display_title, 60))
    error = safe_line(feed.error, 200) if feed.error else None
    return SourceRow(query, label, feed.unread, "feed", error=error, indent=bool(feed.folder))


def render_source_row(row: SourceRow, width: int) -> Content:
    """One line of exactly ``width`` cells: indent or fold icon, label cut with "…",
    then the error mark and the unread count at the right edge."""
    if row.kind == "folder":
        head: tuple[str, str] = ("▸ " if row.collapsed else "▾ ", "dim")
    elif row.indent:
        head = ("  ", "")
    else:
        head = ("", "")
    count = f"{row.count:,}" if row.count else ""
    mark = ERROR_MARK if row.error else ""
    tail_cells = len(count) + (len(mark) + 1 if mark else 0)
    label_cells = max(1, width - cell_len(head[0]) - tail_cells - (1 if tail_cells else 0))
    label = fit_cells(row.label, label_cells)  # row.label is safe_line'd: a literal segment
    label_style = "bold" if row.kind != "feed" or row.count else ""
    parts: list[Content | tuple[str, str] | str] = [head, (label, label_style)]
    if tail_cells:
        parts.append(" ")
    if mark:
        parts += [(mark, "bold $error"), " " if count else ""]
    parts.append((count, "dim"))
    return assemble(*parts)


def _index_of(rows: list[SourceRow], current: ViewQuery, feeds: list[Feed]) -> int:
    """The row for ``current``; a feed hidden in a folded folder falls back to the folder."""
    plain = current.with_saved(False) if current.feed_id or current.folder else current
    key = (plain.feed_id, plain.folder, plain.saved)
    for index, row in enumerate(rows):
        if (row.query.feed_id, row.query.folder, row.query.saved) == key:
            return index
    folder = next((f.folder for f in feeds if f.id == plain.feed_id), None)
    for index, row in enumerate(rows):
        if row.kind == "folder" and row.query.folder == folder:
            return index
    return 0
