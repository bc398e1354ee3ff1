"""Consistency checks on a termnews SQLite database, shared by the store and durability tests."""

from __future__ import annotations

import sqlite3


def assert_rows_consistent(conn: sqlite3.Connection) -> None:
    """SQLite integrity, foreign keys, FTS and the per-feed counters all agree with the rows."""
    assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
    conn.execute("INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)")
    counted = conn.execute(
        "SELECT f.id, f.unread_count, f.total_count,"
        " (SELECT count(*) FROM articles WHERE feed_id = f.id AND read = 0),"
        " (SELECT count(*) FROM articles WHERE feed_id = f.id) FROM feeds f"
    ).fetchall()
    assert all(row[1:3] == row[3:5] for row in counted), counted
