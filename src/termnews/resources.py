"""Find the data shipped with termnews (styles, sample feeds) installed or in a checkout."""

from __future__ import annotations

from pathlib import Path

_PACKAGE_DIR = Path(__file__).resolve().parent


def data_path(name: str) -> Path:
    """``styles`` or ``sample_feeds``: inside the wheel, else at the checkout's top level."""
    installed = _PACKAGE_DIR / "_data" / name
    if installed.is_dir():
        return installed
    return _PACKAGE_DIR.parent.parent / name


def styles_dir() -> Path:
    return data_path("styles")


def sample_feeds_dir() -> Path:
    return data_path("sample_feeds")
