"""Date text to Unix seconds: zones honoured, naive read as UTC, bad or impossible dates None."""

from __future__ import annotations

from datetime import datetime

from termnews.dates import from_iso8601, from_rfc2822, unix_seconds


def test_rfc2822_with_zone_names_and_offsets() -> None:
    assert from_rfc2822("Tue, 10 Nov 2026 08:00:00 EST") == 1794315600
    assert from_rfc2822("Tue, 10 Nov 2026 13:00:00 +0000") == 1794315600
    assert from_rfc2822("Tue, 10 Nov 2026 13:00:00 -0000") == 1794315600  # naive: UTC


def test_iso8601_zones_and_naive_times() -> None:
    assert from_iso8601("2026-11-10T13:00:00Z") == 1794315600
    assert from_iso8601("2026-11-10T08:00:00-05:00") == 1794315600
    assert from_iso8601(" 2026-11-10T13:00:00 ") == 1794315600


def test_unreadable_or_impossible_dates_are_none() -> None:
    assert from_rfc2822("soon") is None
    assert from_iso8601("Tuesday") is None
    assert from_rfc2822("") is None


def test_naive_moment_is_utc() -> None:
    assert unix_seconds(datetime(2026, 11, 10, 13, 0, 0)) == 1794315600
