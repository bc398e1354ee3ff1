"""The sanitiser removes what a terminal would act on and keeps ordinary Unicode."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from termnews.sanitize import clean_line, clean_text

SHARED = Path(__file__).resolve().parents[1].parent / "shared"
FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u202a-\u202e\u2066-\u2069]")

ATTACKS = {
    "csi": "\x1b[2J\x1b[31mred\x1b[0m",
    "osc52": "a\x1b]52;c;SGVsbG8=\x07b",
    "osc8": "\x1b]8;;https://evil.example\x1b\\click\x1b]8;;\x1b\\",
    "osc0": "\x1b]0;pwned\x07x",
    "dcs": "\x1bP+q544e\x1b\\x",
    "report": "\x1b[6n\x1b[cx",
    "c1_csi": "\x9b31mC1\x9b0m",
    "c1_osc": "\x9d52;c;QUJD\x9cafter",
    "bidi": "invoice\u202egnp.exe",
    "nul_bs_cr": "nul\x00byte\x08\r",
}


@pytest.mark.parametrize("name", sorted(ATTACKS))
def test_attacks_leave_no_controls(name: str) -> None:
    cleaned = clean_text(ATTACKS[name])
    assert not FORBIDDEN.search(cleaned)
    assert "52;" not in cleaned and "evil.example" not in cleaned


def test_sequences_are_removed_whole() -> None:
    assert clean_text("\x1b[31mred\x1b[0m") == "red"
    assert clean_text("a\x1b]52;c;SGVsbG8=\x07b") == "ab"
    assert clean_text("\x9d0;title\x9cafter") == "after"


def test_ordinary_unicode_is_kept() -> None:
    text = "Café — 東京 😀 naïve “quoted” ‘single’ e\u0301"
    assert clean_text(text) == text


def test_combining_runs_are_capped() -> None:
    cleaned = clean_text("Z" + "\u0336" * 6000)
    assert 1 < len(cleaned) <= 5


def test_clean_line_folds_whitespace_and_limits() -> None:
    assert clean_line("  a\n\tb\r\n c  ") == "a b c"
    assert clean_line("x" * 50, limit=10) == "x" * 9 + "…"


def test_shared_hostile_titles_are_cleaned() -> None:
    titles = SHARED / "corpora" / "hostile" / "titles.json"
    if not titles.exists():
        pytest.skip("../shared is absent")
    for name, value in json.loads(titles.read_text()).items():
        cleaned = clean_text(value)
        assert not FORBIDDEN.search(cleaned), name
        assert "\x1b" not in cleaned
