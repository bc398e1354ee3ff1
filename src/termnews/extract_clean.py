"""Remove boilerplate blocks that survive readability: the headline repeated, bylines,
datelines, photo credits, share prompts, "related" lists, newsletter boxes, copyright lines.

Each rule looks at one block's text, kind and link coverage (and the page metadata), so they
apply to any site; none is fitted to one page.
"""

from __future__ import annotations

import re
from collections.abc import Callable

from termnews.extract_blocks import RawBlock
from termnews.extract_meta import PageMeta

_BOILERPLATE = re.compile(
    r"""^(?:
        share\b.{0,40}$ | (?:tweet|pin|email|print|whatsapp|facebook|twitter|linkedin|reddit)
            (?:\s+(?:this|it|article|story|page|share))*\s*$
      | (?:click|tap)\s+(?:here\s+)?to\s+(?:share|print|email|tweet|comment|subscribe|read|see|view)
      | (?:photo|image|picture|video|graphic|illustration|credit|foto|bild)s?\s*(?:credit)?s?\s*[:©]
      | (?:photo|image|credit)s?\s+by\s+
      | ©|copyright\b|\(c\)\s*\d{4}|.{0,150}all\s+rights\s+reserved
      | this\s+(?:document|article|material|content)\s+is\s+
            (?:subject\s+to|protected\s+by)\s+copyright
      | (?:updated|published|posted|last\s+updated|last\s+modified|first\s+published)
            \s*(?:on|at|:)?\s*\S.{0,70}$
      | (?:related|recommended|more\s+from|read\s+(?:more|next|also)|see\s+also|also\s+read
            |you\s+may\s+also\s+like|you\s+might\s+also\s+like|most\s+(?:read|popular|viewed)
            |trending|popular\s+stories|top\s+stories|latest\s+news)\b.{0,60}$
      | (?:sign\s+up|subscribe|join)\b.{0,120}(?:newsletter|inbox|email|updates|alerts|free)
      | (?:newsletter|get\s+the\s+latest|don'?t\s+miss)\b.{0,120}$
      | (?:follow\s+us|like\s+us)\b.{0,80}$
      | (?:tags?|topics?|categories|category|filed\s+under|posted\s+in)\s*[:|]
      | (?:comments?|leave\s+a\s+(?:comment|reply)|\d+\s+comments?|like\s+this|loading)\W{0,5}$
      | (?:advertisement|advertising|sponsored(?:\s+content)?|anzeige|publicidad|publicité)\W{0,3}$
      | (?:this\s+(?:article|story)\s+(?:was|has\s+been|is)\s+(?:originally|first)?\s*
            (?:published|updated|corrected))\b
    )""",
    re.I | re.X | re.S,
)
_DATE_WORDS = re.compile(
    r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?\s+\d{1,2}\b"
    r"|\b\d{1,2}\.?\s+(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b"
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
    return bool(_BOILERPLATE.match(text))


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


def is_byline(block: RawBlock, meta: PageMeta) -> bool:
    """A short block naming the author ("By Jane Doe", "Jane Doe, Staff Writer")."""
    text = block.text
    if len(text) > 120 or (block.kind == "heading" and len(text) > 60):
        return False
    if _BY_PREFIX.match(text) and len(text.split()) <= 12 and not text.rstrip().endswith("."):
        return True
    if meta.byline:
        names = [_key(name) for name in re.split(r",| and | & ", meta.byline) if _key(name)]
        key = _key(_BY_PREFIX.sub("", text))
        if names and key and any(key.startswith(name) for name in names) and len(text) < 80:
            return True
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


RULES: dict[str, Callable[[RawBlock, PageMeta], bool]] = {
    "boilerplate": lambda block, meta: is_boilerplate_line(block),
    "title": is_title_repeat,
    "byline": is_byline,
    "dateline": lambda block, meta: is_dateline(block),
    "links": lambda block, meta: is_link_list_item(block),
    "caption": lambda block, meta: is_caption(block),
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


def remove_boilerplate(
    blocks: list[RawBlock], meta: PageMeta, rules: tuple[str, ...] = tuple(RULES)
) -> list[RawBlock]:
    """The blocks without the boilerplate lines the rules recognise."""
    kept = [block for block in blocks if not any(RULES[name](block, meta) for name in rules)]
    unique = drop_duplicates(kept)
    if unique:
        return unique
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
