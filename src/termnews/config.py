"""Settings from config.toml (read with tomllib), with defaults for everything.

A bad file is a ``SettingsError`` with one clear line; the CLI turns it into exit 2.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import Any


class SettingsError(Exception):
    """The settings file cannot be used; the message is one line for the user."""


@dataclass(slots=True)
class Settings:
    """Everything a user may tune. Passed into the App and the refresh pipeline."""

    concurrency: int = 128  # fetches at once, in all (per_host keeps each server polite)
    per_host: int = 6  # at once against one host (what browsers allow)
    connect_timeout: float = 10.0
    read_timeout: float = 20.0
    request_deadline: float = 30.0  # overall, per request (httpx's timeouts are per read)
    max_feed_bytes: int = 16 * 1024 * 1024  # decompressed
    max_page_bytes: int = 8 * 1024 * 1024  # decompressed
    max_redirects: int = 5
    fetch_pages: bool = True  # fetch and clean each new article's page during refresh
    retention_days: int = 90  # unsaved articles older than this are removed; 0 keeps all
    mark_read_delay: float = 1.0  # seconds the cursor must rest on an article to mark it read
    keys: dict[str, str] = field(default_factory=dict)  # action id -> key(s), e.g. "save" = "s"
    browser: str | None = None  # command used by "open in browser"; None: the system default


_NUMBER_FIELDS = {
    "concurrency": (1, 512),
    "per_host": (1, 64),
    "connect_timeout": (0.1, 600.0),
    "read_timeout": (0.1, 600.0),
    "request_deadline": (0.1, 3600.0),
    "max_feed_bytes": (1024, 1 << 34),
    "max_page_bytes": (1024, 1 << 34),
    "max_redirects": (0, 50),
    "retention_days": (0, 100_000),
    "mark_read_delay": (0.0, 60.0),
}


def load_settings(path: Path) -> Settings:
    """Read ``path`` if it exists; a missing file means defaults."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return Settings()
    except OSError as exc:
        raise SettingsError(f"cannot read settings file {path}: {exc.strerror}") from None
    try:
        data = tomllib.loads(raw.decode("utf-8"))
    except UnicodeDecodeError:
        raise SettingsError(f"settings file {path} is not UTF-8") from None
    except tomllib.TOMLDecodeError as exc:
        raise SettingsError(f"settings file {path} is not valid TOML: {exc}") from None
    return settings_from_mapping(data, source=str(path))


def settings_from_mapping(data: dict[str, Any], source: str = "settings") -> Settings:
    """Validate a parsed TOML table into Settings; unknown keys and bad types are errors."""
    settings = Settings()
    known = {f.name for f in fields(Settings)}
    # Accept both a flat file and one with [refresh] / [ui] tables.
    flat: dict[str, Any] = {}
    for key, value in data.items():
        if isinstance(value, dict) and key in ("refresh", "ui", "network", "store"):
            flat.update(value)
        else:
            flat[key] = value
    for key, value in flat.items():
        if key not in known:
            raise SettingsError(f"{source}: unknown setting {key!r}")
        default = getattr(settings, key)
        if key == "keys":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise SettingsError(f"{source}: [keys] must map action names to key strings")
            settings.keys = dict(value)
        elif key == "browser":
            if not isinstance(value, str):
                raise SettingsError(f"{source}: browser must be a string")
            settings.browser = value
        elif isinstance(default, bool):
            if not isinstance(value, bool):
                raise SettingsError(f"{source}: {key} must be true or false")
            setattr(settings, key, value)
        else:
            if isinstance(value, bool) or not isinstance(value, int | float):
                raise SettingsError(f"{source}: {key} must be a number")
            low, high = _NUMBER_FIELDS[key]
            if not low <= value <= high:
                raise SettingsError(f"{source}: {key} must be between {low} and {high}")
            setattr(settings, key, type(default)(value))
    return settings
