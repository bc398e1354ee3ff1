"""Pure helpers between Python objects and stored rows: sanitising, block JSON, query text.

No SQLite here, so each piece can be tested (and timed) alone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import replace

from termnews.models import Block, Link, Quote
from termnews.sanitize import clean_line, clean_text

# Any character clean_line could change: controls, C1, bidi, odd spaces, combining marks (runs
# or edges of plain spaces are checked apart: one character class searches fastest). Titles
# read back are checked this way and only cleaned on a hit: 200 rows stay well under 1 ms.
_LINE_SUSPECT = re.compile(
    "[\x00-\x1f\x7f-\x9f\u00a0\u0300-\u036f\u061c\u1ab0-\u1aff\u1dc0-\u1dff\u2000-\u200f"
    "\u2028-\u202e\u2060-\u2069\u20d0-\u20ff\u3000\ufe20-\ufe2f\ufeff\ufff9-\ufffb]"
).search
_TEXT_SUSPECT = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u0300-\u036f\u061c\u1ab0-\u1aff\u1dc0-\u1dff\u200b-\u200f"
    "\u2028-\u202e\u2060-\u2069\u20d0-\u20ff\ufe20-\ufe2f\ufeff\ufff9-\ufffb]"
)
_WORD = re.compile(r"[^\W_]", re.UNICODE)
_NAME_SUFFIXES = frozenset({"jr", "sr", "ii", "iii", "iv", "phd", "md", "esq"})
MIN_PREFIX_CHARS = 3


def safe_line(value: str | None) -> str:
    """``clean_line(value)``, skipping the work when nothing in ``value`` could change."""
    if not value:
        return ""
    if _LINE_SUSPECT(value) is None and "  " not in value and value[0] != " " != value[-1]:
        return value
    return clean_line(value)


def safe_text(value: str | None) -> str:
    """``clean_text(value)``, skipping the work when nothing in ``value`` could change."""
    if not value:
        return ""
    if "\r" in value or _TEXT_SUSPECT.search(value):
        return clean_text(value)
    return value


def optional_line(value: str | None) -> str | None:
    """``clean_line`` that keeps None (and turns an empty result into None)."""
    return safe_line(value) or None


def offset_map(original: str, cleaned: str) -> list[int]:
    """For each offset in ``original`` (0..len), the matching offset in ``cleaned``.

    ``clean_text`` only deletes characters (and folds ``\\r\\n``), so ``cleaned`` is a
    subsequence of ``original`` with ``\\r`` read as ``\\n``; a greedy walk aligns them.
    """
    mapping = [0] * (len(original) + 1)
    j = 0
    for i, char in enumerate(original):
        mapping[i] = j
        if j < len(cleaned):
            expected = cleaned[j]
            if char == expected or (char == "\r" and expected == "\n"):
                if char == "\r" and original[i + 1 : i + 2] == "\n":
                    continue  # the "\n" of "\r\n" is the one kept
                j += 1
    mapping[len(original)] = j
    return mapping


def clean_article_text(
    text: str, blocks: Sequence[Block], quotes: Sequence[Quote]
) -> tuple[str, list[Block], list[Quote]]:
    """Sanitise the article text and move block, link and quote offsets to match it."""
    cleaned = safe_text(text)
    if cleaned == text:
        return text, list(blocks), list(quotes)
    where = offset_map(text, cleaned)

    def at(offset: int) -> int:
        return where[min(max(offset, 0), len(text))]

    new_blocks = [
        replace(
            block,
            start=at(block.start),
            end=at(block.end),
            text=cleaned[at(block.start) : at(block.end)],
            links=[replace(link, start=at(link.start), end=at(link.end)) for link in block.links],
        )
        for block in blocks
    ]
    new_quotes = [replace(q, start=at(q.start), end=at(q.end)) for q in quotes]
    return cleaned, new_blocks, new_quotes


def blocks_to_json(blocks: Sequence[Block], text: str) -> str:
    """Compact JSON; a block's text is left out when it is exactly its slice of ``text``."""
    items: list[dict[str, object]] = []
    for block in blocks:
        item: dict[str, object] = {"k": block.kind, "s": block.start, "e": block.end}
        if block.level:
            item["l"] = block.level
        if block.links:
            item["a"] = [[safe_line(link.href), link.start, link.end] for link in block.links]
        if text[block.start : block.end] != block.text:
            item["t"] = safe_text(block.text)
        items.append(item)
    return json.dumps(items, ensure_ascii=False, separators=(",", ":"))


def blocks_from_json(raw: str | None, text: str) -> list[Block]:
    """Blocks back from ``blocks_to_json``; tolerant of damaged JSON (gives no blocks)."""
    if not raw:
        return []
    try:
        items = json.loads(raw)
    except ValueError:
        return []
    blocks: list[Block] = []
    if not isinstance(items, list):
        return blocks
    for item in items:
        try:
            start, end = int(item["s"]), int(item["e"])
            body = item["t"] if "t" in item else text[start:end]
            links = [Link(safe_line(str(h)), int(s), int(e)) for h, s, e in item.get("a", [])]
            blocks.append(
                Block(
                    kind=item["k"],
                    text=safe_text(str(body)),
                    start=start,
                    end=end,
                    links=links,
                    level=int(item.get("l", 0)),
                )
            )
        except (KeyError, TypeError, ValueError):
            continue
    return blocks


def speaker_keys(speaker: str | None) -> tuple[str | None, str | None]:
    """(full name, surname) casefolded for matching; the surname skips "Jr." and the like."""
    if not speaker:
        return None, None
    words = [w.strip(".,;:'\"()") for w in speaker.split()]
    words = [w for w in words if w]
    if not words:
        return None, None
    full = " ".join(words).casefold()
    while len(words) > 1 and words[-1].casefold() in _NAME_SUFFIXES:
        words.pop()
    return full, words[-1].casefold()


def fts_query(query: str) -> str | None:
    """The user's words as FTS5 string tokens ANDed together; the last one also as a prefix.

    Quoting every word means no character the user types is FTS5 syntax. Words without a
    letter or digit are dropped; None when nothing is left to search for.
    """
    words = [w for w in clean_line(query).split(" ") if _WORD.search(w)]
    if not words:
        return None
    terms = ['"' + w.replace('"', '""') + '"' for w in words]
    last = words[-1]
    if len(last) >= MIN_PREFIX_CHARS and _WORD.search(last[-1]):
        terms[-1] += "*"
    return " ".join(terms)
