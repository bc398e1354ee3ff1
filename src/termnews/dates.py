"""Date text from feeds, pages and HTTP headers to Unix seconds (UTC), one way everywhere.

A date without a zone is read as UTC; a date that cannot be read, or cannot be a Unix time,
is None. Callers add their own plausibility limits.
"""

from __future__ import annotations

from datetime import UTC, datetime
from email.utils import parsedate_to_datetime


def unix_seconds(moment: datetime) -> int | None:
    """Unix seconds of ``moment`` (naive means UTC); None when out of range."""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=UTC)
    try:
        return int(moment.timestamp())
    except (OverflowError, OSError, ValueError):
        return None


def from_rfc2822(text: str) -> int | None:
    """An RFC 822/2822 or HTTP date ("Tue, 10 Nov 2026 08:00:00 EST")."""
    try:
        moment = parsedate_to_datetime(text)
    except (TypeError, ValueError, IndexError):
        return None
    return unix_seconds(moment)


def from_iso8601(text: str) -> int | None:
    """An ISO 8601 / RFC 3339 date as Python reads it ("2026-11-18T15:05:00Z")."""
    try:
        moment = datetime.fromisoformat(text.strip())
    except ValueError:
        return None
    return unix_seconds(moment)
