"""The article list: a virtual list drawn line by line, paging rows in from the store.

Only the rows on screen are ever fetched (pages of ``PAGE_SIZE`` with a small LRU cache), so
50,000 articles cost the same to show as 50. A pane narrower than ``ONE_LINE_FROM`` cells draws
each article on two lines (marks and title; then feed and age, dimmed) so titles stay readable;
a wider one draws title, feed and age on one line.
"""

from __future__ import annotations

import time
from collections import OrderedDict
from collections.abc import Callable
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from rich.style import Style as RichStyle
from textual import events
from textual.binding import Binding, BindingType
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip

from termnews.models import ArticleRow
from termnews.ui.messages import ArticleHighlighted, ArticleOpened
from termnews.ui.safe import fit_cells, safe_line
from termnews.ui.views import FixedRows, RowSource, format_age, short_feed_name
from termnews.ui.widgets._scroll import set_virtual_size

PAGE_SIZE = 200
MAX_PAGES = 12
ONE_LINE_FROM = 64  # pane width (cells) from which a row fits on one line
MARKS = 3  # "●★ "
AGE_CELLS = 4


class ArticleList(ScrollView, can_focus=True):
    """Newest-first article rows: unread and saved marks, title, feed name and age."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "cursor_down", "Down", id="down", show=False),
        Binding("k,up", "cursor_up", "Up", id="up", show=False),
        Binding("g,home", "first", "First", id="first", show=False),
        Binding("G,end", "last", "Last", id="last", show=False),
        Binding("pagedown,ctrl+f", "page_down", "Page down", id="list_page_down", show=False),
        Binding("pageup,ctrl+b", "page_up", "Page up", id="list_page_up", show=False),
        Binding("enter", "open", "Open", id="open", show=False),
    ]

    COMPONENT_CLASSES: ClassVar[set[str]] = {
        "article-list--cursor",
        "article-list--unread",
        "article-list--read",
        "article-list--mark",
        "article-list--saved",
        "article-list--meta",
        "article-list--empty",
    }

    DEFAULT_CSS = """
    ArticleList {
        overflow-x: hidden;
        overflow-y: auto;
        & > .article-list--cursor { background: $block-cursor-blurred-background; }
        &:focus > .article-list--cursor {
            background: $block-cursor-background;
            color: $block-cursor-foreground;
        }
        & > .article-list--unread { text-style: bold; }
        & > .article-list--read { color: $text-muted; }
        & > .article-list--mark { color: $accent; }
        & > .article-list--saved { color: $warning; }
        & > .article-list--meta { color: $text-muted; }
        & > .article-list--empty { color: $text-muted; text-style: italic; }
    }
    """

    def __init__(
        self,
        *,
        clock: Callable[[], float] = time.time,
        id: str | None = None,
        classes: str | None = None,
    ) -> None:
        super().__init__(id=id, classes=classes)
        self._clock = clock
        self._source: RowSource = FixedRows([])
        self._count = 0
        self._pages: OrderedDict[int, list[ArticleRow]] = OrderedDict()
        self.cursor = 0
        self.empty_message = "No articles."
        self.empty_hint = ""
        self._highlighted_id: int | None = None
        self.row_height = 2

    # ---- data --------------------------------------------------------------------------
    @property
    def count(self) -> int:
        return self._count

    @property
    def source(self) -> RowSource:
        return self._source

    def set_source(self, source: RowSource, *, cursor: int = 0) -> None:
        """Show another view; the cursor goes to ``cursor`` (clamped) and is announced."""
        self._source = source
        self._reset_rows()
        self.cursor = self._clamp(cursor)
        top = max(0, self.cursor - self._viewport_rows() // 2) * self.row_height
        self.scroll_to(y=top, animate=False)
        self._announce(force=True)

    def reload(self, keep_id: int | None = None, *, search_ahead: int = 1000) -> None:
        """Re-read the view (after a refresh or a change), keeping ``keep_id`` under the cursor
        when it is still near; the reader is not disturbed if the same article stays."""
        old_cursor = self.cursor
        self._reset_rows()
        target = self._clamp(old_cursor)
        if keep_id is not None:
            found = self._find_id(keep_id, old_cursor, search_ahead)
            if found is not None:
                target = found
        self.cursor = target
        self._scroll_cursor_into_view()
        self._announce()

    def row_at(self, index: int) -> ArticleRow | None:
        """The row at ``index``, paged in from the source when not cached."""
        if not 0 <= index < self._count:
            return None
        page_no, within = divmod(index, PAGE_SIZE)
        page = self._pages.get(page_no)
        if page is None:
            page = self._source.fetch(page_no * PAGE_SIZE, PAGE_SIZE)
            self._pages[page_no] = page
            if len(self._pages) > MAX_PAGES:
                self._pages.popitem(last=False)
        else:
            self._pages.move_to_end(page_no)
        return page[within] if within < len(page) else None

    @property
    def current(self) -> ArticleRow | None:
        return self.row_at(self.cursor)

    def update_row(
        self, article_id: int, *, read: bool | None = None, saved: bool | None = None
    ) -> None:
        """Change the flags of a cached row in place and redraw it (no re-query)."""
        for page_no, page in self._pages.items():
            for within, row in enumerate(page):
                if row.id == article_id:
                    if read is not None:
                        row.read = read
                    if saved is not None:
                        row.saved = saved
                    self.refresh_row(page_no * PAGE_SIZE + within)

    def mark_cached_rows(self, *, read: bool) -> None:
        """Set every cached row's read flag (after "mark all read")."""
        for page in self._pages.values():
            for row in page:
                row.read = read
        self.refresh()

    def _reset_rows(self) -> None:
        self._pages.clear()
        self._count = self._source.count()
        self._update_virtual_size()
        self.refresh()

    def _update_virtual_size(self) -> None:
        lines = self._count * self.row_height
        set_virtual_size(self, Size(self.scrollable_content_region.width, lines))

    def _find_id(self, article_id: int, around: int, ahead: int) -> int | None:
        """Search rows from a little before ``around`` to ``ahead`` rows after it."""
        start = max(0, around - 20)
        for index in range(start, min(self._count, around + ahead)):
            row = self.row_at(index)
            if row is not None and row.id == article_id:
                return index
        return None

    # ---- cursor ------------------------------------------------------------------------
    def _clamp(self, index: int) -> int:
        return max(0, min(index, self._count - 1)) if self._count else 0

    def move_cursor(self, index: int) -> None:
        """Put the cursor on ``index`` (clamped), scroll it into view and announce it."""
        index = self._clamp(index)
        if index == self.cursor and self._count:
            self._announce()
            return
        old = self.cursor
        self.cursor = index
        self.refresh_row(old)
        self.refresh_row(index)
        self._scroll_cursor_into_view()
        self._announce()

    def refresh_row(self, index: int) -> None:
        """Repaint the screen lines of one article row."""
        for line in range(index * self.row_height, (index + 1) * self.row_height):
            self.refresh_line(line)

    def _viewport_height(self) -> int:
        return max(1, self.scrollable_content_region.height)

    def _viewport_rows(self) -> int:
        """Whole article rows that fit on screen."""
        return max(1, self._viewport_height() // self.row_height)

    def _scroll_cursor_into_view(self) -> None:
        top = round(self.scroll_y)
        height = self._viewport_height()
        first = self.cursor * self.row_height
        last = first + self.row_height - 1
        if first < top:
            self.scroll_to(y=first, animate=False, immediate=True)
        elif last >= top + height:
            self.scroll_to(y=last - height + 1, animate=False, immediate=True)

    def _announce(self, force: bool = False) -> None:
        row = self.current
        article_id = row.id if row is not None else None
        if force or article_id != self._highlighted_id:
            self._highlighted_id = article_id
            self.post_message(ArticleHighlighted(article_id, self.cursor))

    def action_cursor_down(self) -> None:
        self.move_cursor(self.cursor + 1)

    def action_cursor_up(self) -> None:
        self.move_cursor(self.cursor - 1)

    def action_first(self) -> None:
        self.move_cursor(0)

    def action_last(self) -> None:
        self.move_cursor(self._count - 1)

    def action_page_down(self) -> None:
        self.move_cursor(self.cursor + self._viewport_rows() - 1)

    def action_page_up(self) -> None:
        self.move_cursor(self.cursor - self._viewport_rows() + 1)

    def action_open(self) -> None:
        row = self.current
        if row is not None:
            self.post_message(ArticleOpened(row.id))

    def on_click(self, event: events.Click) -> None:
        offset = event.get_content_offset(self)
        if offset is None:
            return
        index = (round(self.scroll_y) + offset.y) // self.row_height
        if 0 <= index < self._count:
            self.move_cursor(index)
            if event.chain >= 2:
                self.action_open()

    def on_resize(self, event: events.Resize) -> None:
        height = 1 if self.size.width >= ONE_LINE_FROM else 2
        if height != self.row_height:
            self.row_height = height
            self._update_virtual_size()
            self._scroll_cursor_into_view()
            self.refresh()
        else:
            self._update_virtual_size()

    # ---- drawing -----------------------------------------------------------------------
    def render_line(self, y: int) -> Strip:
        width = self.scrollable_content_region.width
        line = round(self.scroll_y) + y
        base = self.rich_style
        if self._count == 0:
            return self._empty_line(y, width)
        index, part = divmod(line, self.row_height)
        row = self.row_at(index)
        if row is None:
            return Strip.blank(width, base)
        is_cursor = index == self.cursor
        if self.row_height == 1:
            parts = self._one_line_parts(row, width)
        elif part == 0:
            parts = self._title_parts(row, width)
        else:
            parts = self._meta_parts(row, width)
        extra = self.get_component_rich_style("article-list--cursor") if is_cursor else None
        segments = [
            Segment(text, base + style + extra if extra else base + style) for text, style in parts
        ]
        return Strip(segments).adjust_cell_length(width, base + extra if extra else base)

    def _empty_line(self, y: int, width: int) -> Strip:
        """The empty state: a message, then an optional hint on the next line."""
        lines = [" " + self.empty_message, *([" " + self.empty_hint] if self.empty_hint else [])]
        if y >= len(lines):
            return Strip.blank(width, self.rich_style)
        component = "article-list--empty" if y == 0 else "article-list--meta"
        style = self.rich_style + self.get_component_rich_style(component)
        return Strip([Segment(fit_cells(lines[y], width), style)], width)

    def _marks(self, row: ArticleRow) -> list[tuple[str, RichStyle]]:
        """Unread dot and saved star, then a space: ``MARKS`` cells."""
        get = self.get_component_rich_style
        return [
            ("●" if not row.read else " ", get("article-list--mark")),
            ("★" if row.saved else " ", get("article-list--saved")),
            (" ", RichStyle()),
        ]

    def _text_style(self, row: ArticleRow) -> RichStyle:
        return self.get_component_rich_style(
            "article-list--read" if row.read else "article-list--unread"
        )

    def _title_parts(self, row: ArticleRow, width: int) -> list[tuple[str, RichStyle]]:
        """Two-line rows, first line: marks and the title cut to the pane."""
        title = fit_cells(safe_line(row.title) or "(untitled)", max(0, width - MARKS - 1))
        return [*self._marks(row), (title, self._text_style(row))]

    def _meta_parts(self, row: ArticleRow, width: int) -> list[tuple[str, RichStyle]]:
        """Two-line rows, second line: the feed's name, and the age at the right edge."""
        meta = self.get_component_rich_style("article-list--meta")
        age = format_age(self._clock(), row.published)
        feed_cells = max(0, width - MARKS - len(age) - 3)
        feed = fit_feed_name(safe_line(row.feed_title), feed_cells)
        return [(" " * MARKS, meta), (feed, meta), ("  " + age + " ", meta)]

    def _one_line_parts(self, row: ArticleRow, width: int) -> list[tuple[str, RichStyle]]:
        """Wide panes: marks, title, then the feed's name and the age in dim columns."""
        meta = self.get_component_rich_style("article-list--meta")
        feed_cells = min(22, max(8, (width - MARKS - AGE_CELLS) // 4))
        title_cells = max(0, width - MARKS - feed_cells - 2 - AGE_CELLS - 2)
        title = fit_cells(safe_line(row.title) or "(untitled)", title_cells)
        feed = fit_feed_name(safe_line(row.feed_title), feed_cells)
        age = format_age(self._clock(), row.published).rjust(AGE_CELLS)[:AGE_CELLS]
        return [
            *self._marks(row),
            (title, self._text_style(row)),
            ("  " + feed, meta),
            (" " + age + " ", meta),
        ]


def fit_feed_name(name: str, width: int) -> str:
    """A feed's name in exactly ``width`` cells: whole if it fits, else its short form
    ("PHPR News — Port Halden Public Radio" -> "PHPR News"), cut with "…" if need be."""
    if width <= 0:
        return ""
    if cell_len(name) > width:
        name = short_feed_name(name)
    return fit_cells(name, width)
