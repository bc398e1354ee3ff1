"""Remove boilerplate blocks that survive readability: the headline repeated, bylines,
datelines, photo credits, share prompts, "related" lists, newsletter boxes, author boxes.

Copyright notices and "originally published by" notes are kept: they are the publisher's own
words about the article, and human annotators (the Zyte benchmark) keep them too.

Each rule looks at one block's text, kind, link coverage and place in the article (the first
or last few blocks, where bylines, credits and promotions sit), plus the page metadata, so they
apply to any site; none is fitted to one page. Phrase lists are generic English boilerplate.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass

from termnews.extract_blocks import RawBlock
from termnews.extract_meta import PageMeta

# Families of one-line boilerplate, each a pattern anchored at the start of a short block.
# Named so that the bench can turn each off and measure what it contributes.
_FAMILIES: dict[str, str] = {
    "share": r"""
        share\b.{0,40}$
      | (?:tweet|pin|email|print|whatsapp|facebook|twitter|linkedin|reddit)
            (?:\s+(?:this|it|article|story|page|share))*\s*$
      | (?:click|tap)\s+(?:here\s+)?to\s+
            (?:share|print|email|tweet|comment|subscribe|read|see|view)""",
    "credit": r"""
        (?:photo|image|picture|video|graphic|illustration|credit|foto|bild)s?\s*
            (?:credit)?s?\s*[:©]
      | (?:photo|image|credit)s?\s+by\s+
      | (?:photo|image|picture)s?\s+copyright\b
      | (?:photo|image|picture|slide)\s+\d+\s+(?:of|/)\s+\d+\s*$
      | ©\s*(?!.*\ball\s+rights\b)(?!\s*\d{4}\b).{1,80}$""",
    "player": r"""
        (?:media\s+playback|this\s+(?:video|slideshow|content|page|feature))\s+
            (?:is\s+(?:unsupported|not\s+supported)|requires\s+javascript)
      | (?:text|font)\s+size\s*$""",
    "timestamp": r"""
        (?:updated|published|posted|last\s+updated|last\s+modified|first\s+published)
            \s*(?:on|at|:)?\s*\S.{0,70}$""",
    "related": r"""
        (?:related|recommended|more\s+from|read\s+(?:more|next|also)|see\s+also|also\s+read
            |you\s+may\s+also\s+like|you\s+might\s+also\s+like|most\s+(?:read|popular|viewed)
            |trending|popular\s+stories|top\s+stories|latest\s+news
            |(?:more|other)\s+(?:\S+\s+){0,2}(?:stories|news|articles|coverage|headlines))\b.{0,60}$""",
    "newsletter": r"""
        (?:sign\s+up|subscribe|join)\b.{0,120}(?:newsletter|inbox|email|updates|alerts|free)
      | (?:newsletter|get\s+the\s+latest|don'?t\s+miss)\b.{0,120}$
      | (?:subscribe|sign\s+up)(?:\s+(?:now|today))?\W{0,3}$
      | (?:follow\s+us|like\s+us)\b.{0,80}$""",
    "taxonomy": r"""
        (?:tags?|topics?|categories|category|filed\s+under|posted\s+in)\s*(?:[:|]|\n)""",
    "comments": r"""
        (?:comments?|leave\s+a\s+(?:comment|reply)|\d+\s+comments?|like\s+this
            |(?:like\s+)?loading)\W{0,5}$""",
    "advert": r"""
        (?:advertisement|advertising|sponsored(?:\s+content)?|anzeige|publicidad|publicité)
            \W{0,3}$""",
}
BOILERPLATE: dict[str, re.Pattern[str]] = {
    name: re.compile(rf"^(?:{pattern})", re.I | re.X | re.S) for name, pattern in _FAMILIES.items()
}
_MONTH = (
    r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
    r"|sep(?:t|tember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)"
)
_DATE_WORDS = re.compile(
    rf"\b{_MONTH}\.?\s+\d{{1,2}}\b"
    rf"|\b\d{{1,2}}\.?\s+{_MONTH}\b"
    r"|\b\d{4}-\d{2}-\d{2}\b|\b\d{1,2}[/.]\d{1,2}[/.]\d{2,4}\b|\b\d{1,2}:\d{2}\s*(?:am|pm)?\b",
    re.I,
)
_BY_PREFIX = re.compile(r"^(?:by|written\s+by|von|par|por|di|door|av)\s+", re.I)
_NON_WORD = re.compile(r"\W+")
_URL_TEXT = re.compile(r"^\s*(?:https?://|www\.)\S+\s*$", re.I)
_LEAD_IN = re.compile(r"^\W*(?:\w+\W+){0,3}\w+\s*:")


def _key(text: str) -> str:
    """Comparison key: lower case, punctuation and spaces removed."""
    return _NON_WORD.sub("", text.casefold())


def link_share(block: RawBlock) -> float:
    """The part of the block's text that is link anchors."""
    covered = sum(link.end - link.start for link in block.links)
    return covered / max(len(block.text), 1)


def is_boilerplate_line(block: RawBlock) -> bool:
    """A short block that is a share prompt, credit, dateline, tag list or similar."""
    text = block.text
    if len(text) > 200 or block.kind == "preformatted":
        return False
    return any(pattern.match(text) for pattern in BOILERPLATE.values())


_CREDIT_END = re.compile(
    r"(?:\(\s*(?:image|photo|picture|foto|credit|source)s?\s*:[^()]{1,60}\)"
    r"|(?:credit|photo|image|source)s?\s*:\s*[^.!?]{1,80})\s*$",
    re.I,
)


def is_caption(block: RawBlock) -> bool:
    """A figure caption or a line ending in a photo credit ("... (Image: Getty)")."""
    if block.kind == "caption":
        return True
    return len(block.text) < 400 and bool(_CREDIT_END.search(block.text))


def is_title_repeat(block: RawBlock, meta: PageMeta) -> bool:
    """The headline again (as a heading or a short paragraph)."""
    if not meta.title or len(block.text) > len(meta.title) + 40:
        return False
    return _key(block.text) == _key(meta.title)


# Blocks this close to either end of the article are where bylines, credits, author boxes and
# promotions sit; rules that would be too bold mid-article apply there only.
EDGE = 3


@dataclass(slots=True, frozen=True)
class Place:
    """A block's position among the blocks that survived the local rules."""

    index: int
    count: int

    @property
    def at_head(self) -> bool:
        return self.index < EDGE

    @property
    def at_tail(self) -> bool:
        return self.index >= self.count - EDGE

    @property
    def at_edge(self) -> bool:
        return self.at_head or self.at_tail


_NAME_SPLIT = re.compile(r",|\band\b|&|\||/", re.I)
_AFFILIATION_CHARS = 12


def byline_names(byline: str | None) -> list[str]:
    """Comparison keys of the people (or desk) in the page's byline metadata."""
    if not byline:
        return []
    names = (_key(_BY_PREFIX.sub("", part.strip())) for part in _NAME_SPLIT.split(byline))
    return [name for name in names if len(name) >= 4]


def is_byline(block: RawBlock, meta: PageMeta, place: Place) -> bool:
    """A short block naming the author ("By Jane Doe", "Jane Doe, Staff Writer").

    A block that starts with the metadata's author name is a byline at either end of the
    article; mid-article only when little follows the name (a photo credit "Jane Doe/Agency"),
    since a name can also open a sentence or a list entry.
    """
    text = block.text
    if len(text) > 120 or (block.kind == "heading" and len(text) > 60):
        return False
    if _BY_PREFIX.match(text) and len(text.split()) <= 12 and not text.rstrip().endswith("."):
        return True
    key = _key(_BY_PREFIX.sub("", text))
    if not key or len(text) >= 80:
        return False
    for name in byline_names(meta.byline):
        if key.startswith(name):
            if place.at_edge or len(key) - len(name) <= _AFFILIATION_CHARS:
                return True
        elif place.at_edge and len(key) >= 6 and name.startswith(key):
            return True  # the metadata carries more than the name ("... Published 9:38 PM")
    return False


def is_dateline(block: RawBlock) -> bool:
    """A short block that is mostly a date or time."""
    text = block.text
    if len(text) > 80 or block.kind not in ("paragraph", "list_item", "heading"):
        return False
    matches = _DATE_WORDS.findall(text)
    if not matches:
        return False
    rest = _DATE_WORDS.sub("", text)
    words = re.findall(r"[^\W\d_]+", rest)
    return len(words) <= 6 and not text.endswith((".", "?", "!", ":", '"', "”"))


def is_link_list_item(block: RawBlock) -> bool:
    """A block that is (nearly) all link text: navigation, related stories, "Read more: X".

    A bare URL written out as text is kept: it is content the author chose to show.
    """
    if not block.links or len(block.text) >= 200 or _URL_TEXT.match(block.text):
        return False
    share = link_share(block)
    return share > 0.8 or (share > 0.5 and bool(_LEAD_IN.match(block.text)))


_CREDITS = re.compile(
    r"""^\(?\s*(?:additional\s+)?reporting\s+by\b
      | ;\s*(?:additional\s+reporting|editing|writing)\s+by\b
      | \bcontributed\s+(?:reporting|to\s+this\s+(?:report|story|article))\b
      | ^contributing\s*:""",
    re.I | re.X,
)


def is_reporting_credit(block: RawBlock) -> bool:
    """A newsroom credit line: "(Reporting by X; editing by Y)", "Z contributed to this report"."""
    return len(block.text) < 300 and bool(_CREDITS.search(block.text))


_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")
_SOCIAL_PROMPT = re.compile(
    r"\b(?:follow|reach|email|e-mail|write\s+to|contact|find)\b[^.!?]{0,80}?"
    r"(?:\b(?:twitter|facebook|instagram|linkedin|youtube|tiktok)\b|(?<!\w)@\w)",
    re.I,
)


def is_contact_line(block: RawBlock, place: Place) -> bool:
    """An author box or contact line at the end: an e-mail address, "follow her on Twitter"."""
    text = block.text
    if not place.at_tail or len(text) >= 300 or block.kind not in ("paragraph", "list_item"):
        return False
    return bool(_EMAIL.search(text) or _SOCIAL_PROMPT.search(text))


_PROMO_CUES = re.compile(
    r"""\b(?:sign(?:ing)?\s+up|subscri(?:be|ption|ber)s?|newsletters?|inbox|click\s+here
      | join|members(?:hip)?|free\s+trial|delivered|use\s+the\s+code
      | if\s+you\s+(?:enjoyed|liked|value)|(?:per|a|every)\s+month|first\s+year)\b""",
    re.I | re.X,
)


def is_promotion(block: RawBlock, place: Place) -> bool:
    """A call to action at the end of the article ("Sign up for our newsletter, delivered to
    your inbox"): two or more distinct subscription cues in one short block."""
    text = block.text
    if not place.at_tail or len(text) >= 400 or block.kind not in ("paragraph", "heading"):
        return False
    cues = {_key(match) for match in _PROMO_CUES.findall(text)}
    return len(cues) >= 2


RULES: dict[str, Callable[[RawBlock, PageMeta], bool]] = {
    "boilerplate": lambda block, meta: is_boilerplate_line(block),
    "title": is_title_repeat,
    "dateline": lambda block, meta: is_dateline(block),
    "links": lambda block, meta: is_link_list_item(block),
    "caption": lambda block, meta: is_caption(block),
    "credits": lambda block, meta: is_reporting_credit(block),
}
# Rules that also look at where the block sits; they run on the blocks the others kept.
PLACED_RULES: dict[str, Callable[[RawBlock, PageMeta, Place], bool]] = {
    "byline": is_byline,
    "contact": lambda block, meta, place: is_contact_line(block, place),
    "promotion": lambda block, meta, place: is_promotion(block, place),
}


def drop_duplicates(blocks: list[RawBlock], window: int = 4) -> list[RawBlock]:
    """Drop every copy of a short block repeated within a few blocks (gallery captions,
    credits); the story itself does not repeat a paragraph next to itself.

    Only nearby repeats count: an interview may ask the same question again pages later.
    """
    keys = [_key(block.text) for block in blocks]
    repeated: set[int] = set()
    for index, key in enumerate(keys):
        if not key or len(blocks[index].text) > 300:
            continue
        for other in range(index + 1, min(index + 1 + window, len(keys))):
            if keys[other] == key:
                repeated.update((index, other))
    return [block for index, block in enumerate(blocks) if index not in repeated]


def remove_boilerplate(blocks: list[RawBlock], meta: PageMeta) -> list[RawBlock]:
    """The blocks without the boilerplate lines the rules recognise."""
    kept = [block for block in blocks if not any(rule(block, meta) for rule in RULES.values())]
    unique = drop_duplicates(kept)
    count = len(unique)
    placed = [
        block
        for index, block in enumerate(unique)
        if not any(rule(block, meta, Place(index, count)) for rule in PLACED_RULES.values())
    ]
    if placed:
        return placed
    # Everything looked like boilerplate: a bare page is better shown than refused.
    return keep_first_copies(kept or blocks)


def keep_first_copies(blocks: list[RawBlock]) -> list[RawBlock]:
    """The blocks with later exact repeats removed."""
    seen: set[str] = set()
    kept = []
    for block in blocks:
        key = _key(block.text) or block.text
        if key not in seen:
            seen.add(key)
            kept.append(block)
    return kept
