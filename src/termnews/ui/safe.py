"""The one door through which feed and page text reaches a widget.

Everything untrusted is cleaned with ``termnews.sanitize`` (escapes, controls, bidi overrides
removed) and then handed to Textual as ``Content``/``Text`` objects or plain segment strings,
never as a markup string, so ``[@click=app.quit]`` or ``[/]`` is shown literally and runs nothing.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable

from rich.cells import cell_len, set_cell_size
from rich.text import Text
from textual.content import Content
from textual.style import Style

from termnews.sanitize import clean_line, clean_text

__all__ = [
    "clean_with_cuts",
    "fit_cells",
    "safe_content",
    "safe_line",
    "safe_text",
    "safe_url",
]


def safe_line(value: str | None, limit: int | None = None) -> str:
    """One line of display-safe plain text (for segments, notifications with markup=False)."""
    return clean_line(value, limit)


def safe_text(value: str | None, style: str = "") -> Text:
    """Multi-line untrusted text as a Rich ``Text`` (never parsed as markup)."""
    return Text(_display_text(clean_text(value)), style=style)


def safe_content(
    value: str | None, style: Style | str = "", *, limit: int | None = None
) -> Content:
    """One line of untrusted text as a Textual ``Content`` (literal; never markup)."""
    return Content.styled(clean_line(value, limit), style)


def safe_block(value: str | None, style: Style | str = "") -> Content:
    """Multi-line untrusted text as ``Content`` (newlines kept, tabs shown as spaces)."""
    return Content.styled(_display_text(clean_text(value)), style)


def assemble(*parts: Content | tuple[str, Style | str] | str) -> Content:
    """Join pieces into one ``Content``; plain str parts must be our own text, not a feed's."""
    return Content.assemble(*parts)


def safe_url(value: str | None) -> str | None:
    """A URL fit to open or copy: cleaned, one line, http(s) only; else None."""
    url = clean_line(value)
    if not url or " " in url:
        return None
    scheme = url.split(":", 1)[0].lower()
    return url if scheme in ("http", "https") else None


def fit_cells(value: str, width: int) -> str:
    """Pad or crop already-safe text to exactly ``width`` cells (wide characters counted)."""
    if width <= 0:
        return ""
    if cell_len(value) <= width:
        return set_cell_size(value, width)
    return set_cell_size(value, width - 1) + "…"


def clean_with_cuts(text: str, cuts: Iterable[int]) -> tuple[str, dict[int, int]]:
    """Clean ``text`` and map each offset in ``cuts`` to its place in the cleaned text.

    The store already cleans text, so this is normally the identity; if anything unsafe
    slipped in, each piece between cuts is cleaned on its own so quotation offsets survive.
    """
    wanted = sorted({min(max(c, 0), len(text)) for c in cuts} | {0, len(text)})
    if clean_text(text) == text:
        return _display_text(text), {c: c for c in wanted}
    pieces: list[str] = []
    mapping: dict[int, int] = {0: 0}
    position = 0
    for start, end in itertools.pairwise(wanted):
        piece = _display_text(clean_text(text[start:end]))
        pieces.append(piece)
        position += len(piece)
        mapping[end] = position
    return "".join(pieces), mapping


def _display_text(value: str) -> str:
    """Tabs become spaces (same length, so offsets hold); everything else is as cleaned."""
    return value.replace("\t", " ")
