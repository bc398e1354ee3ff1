"""The reading pane: the cleaned article at a readable width, quotations highlighted by offset.

The article is laid out into lines once per width (``layout_article``, no Textual needed), each
line remembering which quotation ranges it shows, so the reader can scroll to a quotation and
re-style the current one without laying out again.
"""

from __future__ import annotations

import re
import time
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import ClassVar

from rich.cells import cell_len
from rich.segment import Segment
from textual.binding import Binding, BindingType
from textual.color import Color
from textual.content import Content, Span
from textual.geometry import Size
from textual.scroll_view import ScrollView
from textual.strip import Strip
from textual.style import Style

from termnews.models import Article, Block, Quote
from termnews.sanitize import clean_text
from termnews.ui.safe import clean_with_cuts, safe_line
from termnews.ui.widgets._scroll import set_virtual_size

READABLE_WIDTH = 86
PALETTE = ("#e5c07b", "#61afef", "#c678dd", "#98c379", "#e06c75", "#56b6c2", "#d19a66", "#ff9ed8")
UNKNOWN_SPEAKER = "#b8b8b8"
_WORD = re.compile(r"\S+")

BOLD = Style(bold=True)
DIM = Style(dim=True)
ITALIC = Style(italic=True)
TERM = Style(italic=True, dim=True)


def speaker_colours(quotes: Sequence[Quote]) -> dict[str | None, str]:
    """One palette colour per speaker, in order of first appearance (so neighbours differ)."""
    colours: dict[str | None, str] = {None: UNKNOWN_SPEAKER}
    for quote in quotes:
        if quote.kind == "speech" and quote.speaker and quote.speaker not in colours:
            colours[quote.speaker] = PALETTE[(len(colours) - 1) % len(PALETTE)]
    return colours


def quote_style(quote: Quote, colours: dict[str | None, str], current: bool) -> Style:
    """How a quotation looks in the reader: its speaker's colour; reversed when current."""
    if quote.kind != "speech":
        return Style(italic=True, dim=True, reverse=current, bold=current)
    colour = Color.parse(colours.get(quote.speaker, UNKNOWN_SPEAKER))
    return Style(foreground=colour, bold=current, reverse=current)


@dataclass(slots=True)
class Line:
    """One laid-out line: safe text, fixed styles, and the quotation ranges it shows."""

    text: str
    spans: list[tuple[int, int, Style]] = field(default_factory=list)
    quotes: list[tuple[int, int, int]] = field(default_factory=list)  # (start, end, quote index)


@dataclass(slots=True)
class Layout:
    """An article laid out for one width."""

    lines: list[Line]
    quote_lines: dict[int, int]  # quote index -> first line showing it
    width: int


def wrap_ranges(text: str, width: int) -> list[tuple[int, int]]:
    """Greedy word wrap by terminal cells; each line as (start, end) into ``text``,
    spaces at the breaks excluded, words longer than a line split."""
    width = max(1, width)
    lines: list[tuple[int, int]] = []
    line_start: int | None = None
    line_end = used = 0
    for match in _WORD.finditer(text):
        word_start, word_end = match.span()
        if line_start is not None:
            needed = cell_len(text[line_end:word_start]) + cell_len(match.group())
            if used + needed <= width:
                used += needed
                line_end = word_end
                continue
            lines.append((line_start, line_end))
        position, used = word_start, cell_len(match.group())
        if used > width:  # split a word longer than a line, measuring each character once
            used = 0
            for index in range(word_start, word_end):
                cells = cell_len(text[index])
                if used + cells > width and index > position:
                    lines.append((position, index))
                    position, used = index, 0
                used += cells
        line_start, line_end = position, word_end
    if line_start is not None:
        lines.append((line_start, line_end))
    return lines or [(0, 0)]


def layout_article(
    article: Article, width: int, *, offline: bool = False, fetching: bool = False
) -> Layout:
    """Headline, byline, date, feed, then the blocks (or the summary while the text is coming)."""
    width = max(10, min(width, READABLE_WIDTH))
    lines: list[Line] = []
    quote_lines: dict[int, int] = {}
    title = safe_line(article.title) or "(untitled)"
    for start, end in wrap_ranges(title, width):
        lines.append(Line(title[start:end], [(0, end - start, BOLD)]))
    meta = " · ".join(
        part
        for part in (
            f"By {safe_line(article.author, 80)}" if article.author else "",
            _format_date(article.published),
            safe_line(article.feed_title, 80),
        )
        if part
    )
    for start, end in wrap_ranges(meta, width):
        lines.append(Line(meta[start:end], [(0, end - start, DIM)]))
    lines.append(Line("─" * min(width, 40), [(0, min(width, 40), DIM)]))
    lines.append(Line(""))
    if article.text is None:
        _layout_pending(article, width, lines, offline=offline, fetching=fetching)
    else:
        _layout_text(article, width, lines, quote_lines)
    return Layout(lines, quote_lines, width)


def _layout_pending(
    article: Article, width: int, lines: list[Line], *, offline: bool, fetching: bool
) -> None:
    """The feed's summary, and a line saying where the full text is."""
    summary = clean_text(article.summary).replace("\t", " ").strip()
    for paragraph in (p for p in re.split(r"\n\s*\n|\n", summary) if p.strip()):
        paragraph = " ".join(paragraph.split())
        for start, end in wrap_ranges(paragraph, width):
            lines.append(Line(paragraph[start:end]))
        lines.append(Line(""))
    if fetching:
        note = "Fetching the full text…"
    elif article.page_error:
        note = f"Full text unavailable: {safe_line(article.page_error, 200)} (s to try again)"
    elif not article.url:
        note = "This entry has no page; the feed's text is all there is."
    elif offline:
        note = "Full text not fetched yet (offline: it will come with the next refresh)."
    else:
        note = "Full text is coming… (it appears after a refresh; s fetches it now)"
    for start, end in wrap_ranges(note, width):
        lines.append(Line(note[start:end], [(0, end - start, TERM)]))


def _layout_text(
    article: Article, width: int, lines: list[Line], quote_lines: dict[int, int]
) -> None:
    """Lay out each block with its quotation ranges, offsets mapped through the cleaner."""
    text = article.text or ""
    blocks = article.blocks or _paragraph_blocks(text)
    cuts: list[int] = []
    for block in blocks:
        cuts += (block.start, block.end)
    for quote in article.quotes:
        cuts += (quote.start, quote.end)
    cleaned, mapping = clean_with_cuts(text, cuts)

    def where(offset: int) -> int:
        return mapping[min(max(offset, 0), len(text))]

    quote_ranges = [(where(q.start), where(q.end), i) for i, q in enumerate(article.quotes)]
    for number, block in enumerate(blocks):
        start, end = where(block.start), where(block.end)
        if number and block.kind == "heading":
            lines.append(Line(""))
        local = [
            (max(qs, start) - start, min(qe, end) - start, i)
            for qs, qe, i in quote_ranges
            if qs < end and qe > start
        ]
        first_line = len(lines)
        _layout_block(block, cleaned[start:end], local, width, lines)
        for y in range(first_line, len(lines)):
            for _, _, index in lines[y].quotes:
                quote_lines.setdefault(index, y)
        lines.append(Line(""))


def _layout_block(
    block: Block,
    text: str,
    quotes: list[tuple[int, int, int]],
    width: int,
    lines: list[Line],
) -> None:
    """Wrap one block, with a prefix and style by its kind."""
    style: Style | None = None
    if block.kind == "heading":
        first_prefix = rest_prefix = ""
        style = BOLD if block.level > 1 else Style(bold=True, underline=True)
    elif block.kind == "list_item":
        indent = "  " * max(0, block.level - 1)
        first_prefix, rest_prefix = f"{indent}• ", f"{indent}  "
    elif block.kind == "blockquote":
        first_prefix = rest_prefix = "│ "
        style = ITALIC
    elif block.kind == "caption":
        first_prefix = rest_prefix = ""
        style = TERM
    else:
        first_prefix = rest_prefix = ""
    inner = max(4, width - cell_len(first_prefix))
    first = True
    for para_start, para_end in _line_ranges(text, block.kind == "preformatted"):
        ranges = (
            [(para_start, para_end)]
            if block.kind == "preformatted"
            else [
                (para_start + s, para_start + e)
                for s, e in wrap_ranges(text[para_start:para_end], inner)
            ]
        )
        for start, end in ranges:
            prefix = first_prefix if first else rest_prefix
            first = False
            shown = text[start:end] if block.kind != "preformatted" else text[start:end][:inner]
            body_end = start + len(shown)
            line = Line(prefix + shown)
            offset = len(prefix) - start
            if prefix:
                line.spans.append((0, len(prefix), DIM))
            if style is not None:
                line.spans.append((len(prefix), len(line.text), style))
            for qs, qe, index in quotes:
                if qs < body_end and qe > start:
                    line.quotes.append((max(qs, start) + offset, min(qe, body_end) + offset, index))
            lines.append(line)


def _line_ranges(text: str, keep_lines: bool) -> list[tuple[int, int]]:
    """Hard line breaks inside a block: each (start, end) of a line of ``text``."""
    ranges: list[tuple[int, int]] = []
    position = 0
    for part in text.split("\n"):
        if part.strip() or keep_lines:
            ranges.append((position, position + len(part)))
        position += len(part) + 1
    return ranges or [(0, 0)]


def _paragraph_blocks(text: str) -> list[Block]:
    """Blocks for a text stored without any: paragraphs split at blank lines."""
    blocks: list[Block] = []
    for match in re.finditer(r"[^\n](?:.|\n(?!\s*\n))*", text):
        blocks.append(Block("paragraph", match.group(), match.start(), match.end()))
    return blocks


def _format_date(published: int | None) -> str:
    if published is None:
        return ""
    return time.strftime("%a %-d %b %Y, %H:%M", time.localtime(published))


class Reader(ScrollView, can_focus=True):
    """Shows one article; ``show_quote`` scrolls to a quotation and emphasises it."""

    BINDINGS: ClassVar[list[BindingType]] = [
        Binding("j,down", "scroll_down", "Scroll down", id="reader_down", show=False),
        Binding("k,up", "scroll_up", "Scroll up", id="reader_up", show=False),
        Binding("g,home", "scroll_home", "Top", id="reader_top", show=False),
        Binding("G,end", "scroll_end", "Bottom", id="reader_bottom", show=False),
    ]

    DEFAULT_CSS = """
    Reader {
        overflow-x: hidden;
        overflow-y: auto;
        padding: 0 1;
    }
    """

    def __init__(
        self, *, offline: bool = False, id: str | None = None, classes: str | None = None
    ) -> None:
        super().__init__(id=id, classes=classes)
        self.article: Article | None = None
        self.current_quote: int | None = None
        self.offline = offline
        self.fetching = False
        self.placeholder = "No article selected."
        self._layout: Layout | None = None
        self._colours: dict[str | None, str] = {}

    @property
    def article_id(self) -> int | None:
        return self.article.id if self.article is not None else None

    @property
    def layout_lines(self) -> list[Line]:
        return self._ensure_layout().lines

    def show_article(self, article: Article | None, *, keep_scroll: bool = False) -> None:
        """Display ``article`` (None: the placeholder); back to the top unless ``keep_scroll``."""
        same = article is not None and article.id == self.article_id
        self.article = article
        if not (same and keep_scroll):
            self.current_quote = None
        self.fetching = False
        self._colours = speaker_colours(article.quotes) if article else {}
        self._layout = None
        self._ensure_layout()
        if not (same and keep_scroll):
            self.scroll_to(y=0, animate=False, immediate=True)
        self.refresh()

    def show_quote(self, index: int | None) -> None:
        """Emphasise quotation ``index`` (into article.quotes) and scroll it into view."""
        self.current_quote = index
        self.refresh()
        layout = self._ensure_layout()
        if index is None or index not in layout.quote_lines:
            return
        y = layout.quote_lines[index]
        height = max(1, self.scrollable_content_region.height)
        self.scroll_to(y=max(0, y - height // 3), animate=False, immediate=True)

    def text_lines(self) -> list[str]:
        """The laid-out text (what the pane shows, unstyled): for tests and copying."""
        return [line.text for line in self._ensure_layout().lines]

    def _ensure_layout(self) -> Layout:
        width = max(10, self.scrollable_content_region.width or READABLE_WIDTH)
        wanted = min(width, READABLE_WIDTH)
        if self._layout is None or self._layout.width != wanted:
            if self.article is None:
                self._layout = Layout(
                    [Line(self.placeholder, [(0, len(self.placeholder), TERM)])], {}, wanted
                )
            else:
                self._layout = layout_article(
                    self.article, wanted, offline=self.offline, fetching=self.fetching
                )
            set_virtual_size(self, Size(width, len(self._layout.lines)))
        return self._layout

    def on_resize(self) -> None:
        self._layout = None
        self._ensure_layout()
        self.refresh()

    def render_line(self, y: int) -> Strip:
        layout = self._ensure_layout()
        width = self.scrollable_content_region.width
        index = round(self.scroll_y) + y
        base = self.rich_style
        if not 0 <= index < len(layout.lines):
            return Strip.blank(width, base)
        line = layout.lines[index]
        spans = [Span(s, e, style) for s, e, style in line.spans]
        if line.quotes and self.article is not None:
            quotes = self.article.quotes
            spans += [
                Span(s, e, quote_style(quotes[i], self._colours, i == self.current_quote))
                for s, e, i in line.quotes
                if e > s
            ]
        content = Content(line.text, spans, strip_control_codes=False)
        segments = content.render_segments(self.visual_style)
        margin = max(0, (width - layout.width) // 2)  # a pane wider than the text: centre it
        if margin:
            segments = [Segment(" " * margin, base), *segments]
        return Strip(segments).adjust_cell_length(width, base)

    def action_scroll_down(self) -> None:
        self.scroll_relative(y=1, animate=False)

    def action_scroll_up(self) -> None:
        self.scroll_relative(y=-1, animate=False)

    def page(self, direction: int) -> None:
        """Scroll a screenful down (1) or up (-1), keeping one line of context."""
        height = max(1, self.scrollable_content_region.height - 1)
        self.scroll_relative(y=direction * height, animate=False)
