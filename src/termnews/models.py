"""Plain data passed between termnews' layers: no Textual, no I/O.

Times are Unix seconds (UTC) as ints; offsets are code-point offsets into one article's
plain ``text`` (blocks joined by blank lines), the coordinate system shared from the
extractor to the screen.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

BlockKind = Literal["paragraph", "heading", "list_item", "blockquote", "preformatted", "caption"]
QuoteKind = Literal["speech", "term"]


@dataclass(slots=True)
class Link:
    """An inline link inside a block: ``text[start:end]`` of the article is the anchor text."""

    href: str
    start: int
    end: int


@dataclass(slots=True)
class Block:
    """One block of a cleaned article; ``text == article_text[start:end]``."""

    kind: BlockKind
    text: str
    start: int
    end: int
    links: list[Link] = field(default_factory=list)
    level: int = 0  # heading level (1-6) or list nesting depth; 0 otherwise


@dataclass(slots=True)
class Extracted:
    """The cleaned article a page yields: one plain text and the blocks that tile it."""

    title: str | None
    byline: str | None
    published: int | None
    lang: str | None
    blocks: list[Block]
    text: str


@dataclass(slots=True)
class Quote:
    """A direct quotation: ``text[start:end]`` is the quoted words, without the marks."""

    start: int
    end: int
    quote: str
    speaker: str | None
    kind: QuoteKind = "speech"
    cue: str | None = None  # the verb that introduced it: "said", "told", "according to"
    speaker_title: str | None = None  # title or apposition: "researcher at UMass Boston"
    from_pronoun: bool = False  # the speaker was resolved from he/she/they


@dataclass(slots=True)
class Entry:
    """A feed entry after parsing and normalising; not yet stored."""

    guid: str
    url: str | None
    title: str
    author: str | None
    published: int | None
    summary: str  # plain text
    content_html: str | None = None  # full content carried by the feed itself, if any


@dataclass(slots=True)
class ParsedFeed:
    """What a feed document says about itself and its entries."""

    title: str | None
    site_url: str | None
    entries: list[Entry]
    bozo_reason: str | None = None  # set when the document was malformed but still parsed


@dataclass(slots=True)
class Feed:
    """A subscription as stored."""

    id: int
    url: str
    title: str | None = None
    folder: str | None = None
    site_url: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    last_status: int | None = None
    error: str | None = None
    next_fetch_at: int | None = None
    last_fetched_at: int | None = None
    unread: int = 0
    total: int = 0

    @property
    def display_title(self) -> str:
        return self.title or self.url


@dataclass(slots=True)
class ArticleRow:
    """What a list row needs: cheap to query 200 at a time."""

    id: int
    feed_id: int
    feed_title: str
    title: str
    url: str | None
    published: int | None
    read: bool
    saved: bool
    has_text: bool


@dataclass(slots=True)
class Article:
    """A stored article with everything the reader needs."""

    id: int
    feed_id: int
    feed_title: str
    guid: str
    url: str | None
    title: str
    author: str | None
    published: int | None
    summary: str
    text: str | None  # cleaned plain text, None until the page is fetched and cleaned
    blocks: list[Block]
    read: bool
    saved: bool
    fetched_at: int | None = None
    page_error: str | None = None
    quotes: list[Quote] = field(default_factory=list)


@dataclass(slots=True)
class QuoteHit:
    """A stored quotation with the article it came from (the "who said what" view)."""

    article_id: int
    article_title: str
    published: int | None
    feed_title: str
    quote: Quote
