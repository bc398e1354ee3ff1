"""Make untrusted text (from feeds and pages) safe to store, print and show.

Removes terminal escape sequences whole (CSI, OSC, DCS, SOS/PM/APC, in their 7-bit ESC and
8-bit C1 forms), other C0 controls except newline and tab, C1 controls, DEL, bidi overrides
and isolates, and caps runs of combining marks. Ordinary Unicode is kept.
"""

from __future__ import annotations

import re
import unicodedata

# ESC-introduced sequences: CSI (ESC [ ... final), OSC/DCS/SOS/PM/APC (ESC ] P X ^ _ ... ST/BEL),
# and two-character escapes (ESC + one char). 8-bit forms: CSI=0x9B, OSC=0x9D, DCS=0x90,
# SOS=0x98, PM=0x9E, APC=0x9F, terminated by ST (ESC \ or 0x9C) or BEL.
_STRING_BODY = r"[^\x07\x1b\x9c]*(?:\x07|\x1b\\|\x9c|$)"
_ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]?"  # CSI
    r"|\x9b[0-?]*[ -/]*[@-~]?"  # 8-bit CSI
    r"|\x1b[\]PX^_]"
    + _STRING_BODY  # OSC, DCS, SOS, PM, APC
    + r"|[\x9d\x90\x98\x9e\x9f]"
    + _STRING_BODY  # their 8-bit forms
    + r"|\x1b[ -/]*[0-~]?",  # other escapes (ESC c, ESC ( B, ...), or a lone ESC
)
# C0 except \t and \n, DEL, C1, bidi embeddings/overrides/isolates, line/paragraph separators.
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f\x80-\x9f\u202a-\u202e\u2066-\u2069\u200e\u200f\u061c\u2028\u2029"
    "\ufff9-\ufffb\ufeff\u200b\u2060-\u2064]"
)
_MARKS = (
    r"[\u0300-\u036f\u0483-\u0489\u0591-\u05bd\u0610-\u061a\u064b-\u065f\u06d6-\u06dc"
    r"\u0e31\u0e34-\u0e3a\u0e47-\u0e4e\u1ab0-\u1aff\u1dc0-\u1dff\u20d0-\u20ff\ufe20-\ufe2f]"
)
_COMBINING_RUN = re.compile(f"({_MARKS}{{4}}){_MARKS}+")
_SPACES = re.compile(r"[ \t\r\n\f\v\u00a0\u2000-\u200b\u3000]+")
MAX_COMBINING = 4


def clean_text(value: str | None) -> str:
    """Strip escapes and controls from multi-line text; keeps ``\\n`` and ``\\t``."""
    if not value:
        return ""
    if value.isascii() and value.replace("\n", "").replace("\t", "").isprintable():
        return value  # the common case: nothing to remove, no regex needed
    text = value.replace("\r\n", "\n").replace("\r", "\n")
    text = _ESCAPES.sub("", text)
    text = _CONTROLS.sub("", text)
    if _COMBINING_RUN.search(text):
        text = _COMBINING_RUN.sub(r"\1", text)
    return text


def clean_line(value: str | None, limit: int | None = None) -> str:
    """One line of safe text: as ``clean_text``, with all whitespace runs folded to a space."""
    if value and value.isascii() and value.isprintable():
        text = (
            " ".join(value.split())
            if "  " in value or value[:1] == " " or value[-1:] == " "
            else value
        )
    else:
        text = _SPACES.sub(" ", clean_text(value)).strip()
    if limit is not None and len(text) > limit:
        text = text[: max(limit - 1, 0)].rstrip() + "…"
    return text


def is_clean(value: str) -> bool:
    """True when ``value`` holds nothing ``clean_text`` would remove."""
    return (
        clean_text(value) == value.replace("\r\n", "\n").replace("\r", "\n") and "\r" not in value
    )


def normalize(value: str) -> str:
    """NFC-normalise (used for comparisons and search keys, never for offsets)."""
    return unicodedata.normalize("NFC", value)
