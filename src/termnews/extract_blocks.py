"""Turn a cleaned HTML subtree into termnews blocks: one plain text, blocks with exact spans.

Walks the tree with ``lxml.etree.iterwalk`` (no Python recursion, so deep nesting is safe),
joins inline elements with the spacing a browser would show, and keeps http(s) links only.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from termnews.models import Block, BlockKind, Link
from termnews.sanitize import clean_text

# Elements that start a new block; anything else is inline.
BLOCK_TAGS = frozenset(
    [
        "address",
        "article",
        "aside",
        "blockquote",
        "center",
        "dd",
        "details",
        "dialog",
        "div",
        "dl",
        "dt",
        "fieldset",
        "figcaption",
        "figure",
        "footer",
        "form",
        "h1",
        "h2",
        "h3",
        "h4",
        "h5",
        "h6",
        "header",
        "hgroup",
        "hr",
        "li",
        "main",
        "nav",
        "ol",
        "p",
        "pre",
        "section",
        "table",
        "tbody",
        "thead",
        "tfoot",
        "tr",
        "ul",
        "summary",
        "caption",
        "legend",
        "menu",
        "body",
        "html",
    ]
)
# Elements whose content never reaches the reader.
SKIP_TAGS = frozenset(
    [
        "script",
        "style",
        "noscript",
        "template",
        "iframe",
        "object",
        "embed",
        "svg",
        "math",
        "canvas",
        "video",
        "audio",
        "button",
        "input",
        "select",
        "textarea",
        "option",
        "head",
        "title",
        "meta",
        "link",
        "form",
    ]
)
CELL_TAGS = frozenset(("td", "th"))
HEADING_LEVELS = {f"h{n}": n for n in range(1, 7)}
_WS = re.compile(r"[ \t\n\r\f\v\u00a0\u1680\u2000-\u200a\u202f\u205f\u3000]+")
_NEWLINES = re.compile(r" *\n[ \n]*")
_SAFE_SCHEMES = ("http://", "https://")


@dataclass(slots=True)
class RawBlock:
    """A block before it is placed in the article text; link offsets are block-relative."""

    kind: BlockKind
    text: str
    links: list[Link] = field(default_factory=list)
    level: int = 0


@dataclass(slots=True)
class _Inline:
    """Accumulates inline text with collapsed whitespace and the links inside it."""

    parts: list[str] = field(default_factory=list)
    length: int = 0
    pending_space: bool = False
    links: list[Link] = field(default_factory=list)

    def add(self, raw: str | None, preformatted: bool = False) -> None:
        """Append text; whitespace runs fold to one space unless inside <pre>."""
        if not raw:
            return
        text = clean_text(raw)
        if preformatted:
            self._append(text.replace("\t", "    "))
            return
        if not text:
            return
        starts_ws = text[0].isspace()
        ends_ws = text[-1].isspace()
        words = _WS.sub(" ", text).strip()
        if starts_ws:
            self.pending_space = True
        if words:
            self._append(words)
            self.pending_space = ends_ws

    def line_break(self) -> None:
        """A <br>: a single newline inside the block (never a blank line)."""
        if self.length:
            self._append_raw("\n")
            self.pending_space = False

    def mark(self) -> int:
        """Where the next visible character will land (after a pending space)."""
        return self.length + (
            1 if self.pending_space and self.length and not self._ends_nl() else 0
        )

    def _ends_nl(self) -> bool:
        return bool(self.parts) and self.parts[-1].endswith("\n")

    def _append(self, text: str) -> None:
        if self.pending_space and self.length and not self._ends_nl():
            self._append_raw(" ")
        self.pending_space = False
        self._append_raw(text)

    def _append_raw(self, text: str) -> None:
        self.parts.append(text)
        self.length += len(text)


def _tag_name(element: etree._Element) -> str:
    tag = element.tag
    if not isinstance(tag, str):
        return ""  # comment or processing instruction
    return tag.rsplit("}", 1)[-1].lower()


def _safe_href(element: etree._Element) -> str | None:
    href = (element.get("href") or "").strip()
    if href.lower().startswith(_SAFE_SCHEMES) and len(href) < 4096:
        return "".join(ch for ch in href if ch.isprintable() and not ch.isspace()) or None
    return None


def _finish_text(parts: list[str], kind: BlockKind) -> tuple[str, int]:
    """Join parts, trim, and remove blank lines; returns the text and the left trim."""
    joined = "".join(parts)
    if kind == "preformatted":
        joined = re.sub(r"\n[ \t]*\n+", "\n", joined)
    else:
        joined = _NEWLINES.sub("\n", joined)
    stripped = joined.lstrip()
    left = len(joined) - len(stripped)
    return stripped.rstrip(), left


class _Walker:
    """State of one walk: the open inline buffer and the context that types blocks."""

    def __init__(self) -> None:
        self.blocks: list[RawBlock] = []
        self.inline = _Inline()
        self.list_depth = 0
        self.quote_depth = 0
        self.pre_depth = 0
        self.caption_depth = 0
        self.heading: int = 0
        self.list_item = 0
        self.open_links: list[tuple[str, int]] = []
        self.skip_depth = 0

    def kind(self) -> tuple[BlockKind, int]:
        if self.heading:
            return "heading", self.heading
        if self.pre_depth:
            return "preformatted", 0
        if self.caption_depth:
            return "caption", 0
        if self.list_item:
            return "list_item", self.list_depth
        if self.quote_depth:
            return "blockquote", 0
        return "paragraph", 0

    def flush(self) -> None:
        """Close the current inline run as a block (if it holds any text)."""
        inline = self.inline
        # Links still open continue into the next block.
        for index, (href, start) in enumerate(self.open_links):
            if inline.length > start:
                inline.links.append(Link(href, start, inline.length))
            self.open_links[index] = (href, 0)
        kind, level = self.kind()
        text, left = _finish_text(inline.parts, kind)
        self.inline = _Inline()
        if not text:
            return
        links = _place_links(inline.parts, inline.links, text, left, kind)
        self.blocks.append(RawBlock(kind, text, links, level))

    def start(self, element: etree._Element, name: str) -> None:
        if name in BLOCK_TAGS:
            self.flush()
        if name in HEADING_LEVELS:
            self.heading = HEADING_LEVELS[name]
        elif name in ("ul", "ol", "menu", "dl"):
            self.list_depth += 1
        elif name in ("li", "dd", "dt"):
            self.list_item += 1
        elif name == "blockquote":
            self.quote_depth += 1
        elif name == "pre":
            self.pre_depth += 1
        elif name in ("figcaption", "caption"):
            self.caption_depth += 1
        elif name == "br":
            self.inline.line_break()
        elif name in CELL_TAGS:
            self.inline.pending_space = True
        elif name == "a":
            href = _safe_href(element)
            if href:
                self.open_links.append((href, self.inline.mark()))
        elif name == "img":
            return
        self.inline.add(element.text, self.pre_depth > 0)

    def end(self, element: etree._Element, name: str) -> None:
        if name == "a" and _safe_href(element) and self.open_links:
            href, start = self.open_links.pop()
            if self.inline.length > start:
                self.inline.links.append(Link(href, start, self.inline.length))
        if name in BLOCK_TAGS:
            self.flush()
        if name in HEADING_LEVELS:
            self.heading = 0
        elif name in ("ul", "ol", "menu", "dl"):
            self.list_depth -= 1
        elif name in ("li", "dd", "dt"):
            self.list_item -= 1
        elif name == "blockquote":
            self.quote_depth -= 1
        elif name == "pre":
            self.pre_depth -= 1
        elif name in ("figcaption", "caption"):
            self.caption_depth -= 1
        elif name in CELL_TAGS:
            self.inline.pending_space = True

    def tail(self, element: etree._Element) -> None:
        self.inline.add(element.tail, self.pre_depth > 0)


def _place_links(
    parts: list[str], links: list[Link], text: str, left: int, kind: BlockKind
) -> list[Link]:
    """Move link offsets from the raw inline buffer into the finished block text."""
    if not links:
        return []
    raw = "".join(parts)
    if kind == "preformatted" or raw[left : left + len(text)] != text:
        # Blank lines were folded: rebuild offsets by mapping raw positions.
        mapping = _offset_map(raw, text, left)
    else:
        mapping = None
    placed: list[Link] = []
    for link in links:
        if mapping is None:
            start, end = link.start - left, link.end - left
        else:
            start, end = mapping[min(link.start, len(raw))], mapping[min(link.end, len(raw))]
        start, end = max(start, 0), min(end, len(text))
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            placed.append(Link(link.href, start, end))
    return placed


def _offset_map(raw: str, text: str, left: int) -> list[int]:
    """For each raw offset, the matching offset in ``text`` (greedy alignment)."""
    mapping = [0] * (len(raw) + 1)
    j = 0
    for i in range(len(raw) + 1):
        if i < left:
            mapping[i] = 0
            continue
        mapping[i] = min(j, len(text))
        if i < len(raw) and j < len(text) and raw[i] == text[j]:
            j += 1
    return mapping


def tree_to_blocks(root: etree._Element) -> list[RawBlock]:
    """Convert an element (a readability summary or any container) into raw blocks."""
    walker = _Walker()
    skipping: etree._Element | None = None
    for event, element in etree.iterwalk(root, events=("start", "end")):
        name = _tag_name(element)
        if skipping is not None:
            if event == "end" and element is skipping:
                skipping = None
                if element is not root:
                    walker.tail(element)
            continue
        if not name:
            if event == "end" and element is not root:
                walker.tail(element)  # comments: keep the text after them
            continue
        if event == "start":
            if name in SKIP_TAGS or element.get("hidden") is not None:
                skipping = element
                continue
            walker.start(element, name)
        else:
            walker.end(element, name)
            if element is not root:
                walker.tail(element)
    walker.flush()
    return walker.blocks


def assemble(raw_blocks: list[RawBlock]) -> tuple[str, list[Block]]:
    """Join raw blocks with blank lines and give each its span in the article text."""
    blocks: list[Block] = []
    pieces: list[str] = []
    offset = 0
    for raw in raw_blocks:
        if pieces:
            pieces.append("\n\n")
            offset += 2
        start = offset
        links = [Link(link.href, start + link.start, start + link.end) for link in raw.links]
        blocks.append(Block(raw.kind, raw.text, start, start + len(raw.text), links, raw.level))
        pieces.append(raw.text)
        offset += len(raw.text)
    return "".join(pieces), blocks
