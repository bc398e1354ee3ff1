"""The store's schema as a list of migrations, applied by ``PRAGMA user_version``.

Each migration is a tuple of statements run in one ``BEGIN IMMEDIATE`` transaction together
with the ``user_version`` bump, so a crash mid-migration leaves the previous version intact.
Small, hot columns come first in ``articles``: SQLite stores a row as one record, and columns
after a large ``text`` would sit on overflow pages that list queries would have to walk.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager

ARCHIVE_URL = "termnews:archive"
ARCHIVE_TITLE = "Archive"

_FTS_INSERT_TRIGGER = """
    CREATE TRIGGER articles_fts_insert AFTER INSERT ON articles BEGIN
        INSERT INTO articles_fts (rowid, title, summary, text)
        VALUES (new.id, new.title, new.summary, new.text);
    END
"""

_V1: tuple[str, ...] = (
    """
    CREATE TABLE feeds (
        id              INTEGER PRIMARY KEY AUTOINCREMENT,
        url             TEXT NOT NULL UNIQUE,
        title           TEXT,
        folder          TEXT,
        site_url        TEXT,
        etag            TEXT,
        last_modified   TEXT,
        last_status     INTEGER,
        error           TEXT,
        next_fetch_at   INTEGER,
        last_fetched_at INTEGER,
        created_at      INTEGER NOT NULL,
        hidden          INTEGER NOT NULL DEFAULT 0,
        unread_count    INTEGER NOT NULL DEFAULT 0,
        total_count     INTEGER NOT NULL DEFAULT 0
    )
    """,
    """
    CREATE TABLE articles (
        id          INTEGER PRIMARY KEY AUTOINCREMENT,
        feed_id     INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        read        INTEGER NOT NULL DEFAULT 0,
        saved       INTEGER NOT NULL DEFAULT 0,
        has_text    INTEGER NOT NULL DEFAULT 0,
        sort_time   INTEGER NOT NULL,
        published   INTEGER,
        first_seen  INTEGER NOT NULL,
        fetched_at  INTEGER,
        guid        TEXT NOT NULL,
        url         TEXT,
        title       TEXT NOT NULL DEFAULT '',
        author      TEXT,
        page_error  TEXT,
        summary     TEXT NOT NULL DEFAULT '',
        text        TEXT,
        blocks      TEXT,
        UNIQUE (feed_id, guid)
    )
    """,
    # Newest first everywhere: every list query walks one of these in order, no temp B-tree.
    "CREATE INDEX articles_time ON articles (sort_time, id, feed_id)",
    "CREATE INDEX articles_feed_time ON articles (feed_id, sort_time, id)",
    "CREATE INDEX articles_unread ON articles (sort_time, id, feed_id) WHERE read = 0",
    "CREATE INDEX articles_feed_unread ON articles (feed_id, sort_time, id) WHERE read = 0",
    "CREATE INDEX articles_saved ON articles (sort_time, id, feed_id) WHERE saved = 1",
    "CREATE INDEX articles_no_text ON articles (sort_time, id) WHERE has_text = 0",
    """
    CREATE TABLE quotes (
        id            INTEGER PRIMARY KEY,
        article_id    INTEGER NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
        "start"       INTEGER NOT NULL,
        "end"         INTEGER NOT NULL,
        quote         TEXT NOT NULL,
        speaker       TEXT,
        kind          TEXT NOT NULL DEFAULT 'speech',
        cue           TEXT,
        speaker_title TEXT,
        from_pronoun  INTEGER NOT NULL DEFAULT 0,
        speaker_key   TEXT,
        surname_key   TEXT
    )
    """,
    'CREATE INDEX quotes_article ON quotes (article_id, "start")',
    # Only speech quotes get keys, so these need no partial clause (which would defeat OR).
    "CREATE INDEX quotes_speaker ON quotes (speaker_key, speaker)",
    "CREATE INDEX quotes_surname ON quotes (surname_key)",
    # Per-feed counters kept by triggers: counts and the feed list never scan articles.
    """
    CREATE TRIGGER articles_count_insert AFTER INSERT ON articles BEGIN
        UPDATE feeds SET total_count = total_count + 1,
                         unread_count = unread_count + (new.read = 0)
        WHERE id = new.feed_id;
    END
    """,
    """
    CREATE TRIGGER articles_count_delete AFTER DELETE ON articles BEGIN
        UPDATE feeds SET total_count = total_count - 1,
                         unread_count = unread_count - (old.read = 0)
        WHERE id = old.feed_id;
    END
    """,
    """
    CREATE TRIGGER articles_count_update AFTER UPDATE OF read, feed_id ON articles
    WHEN old.read IS NOT new.read OR old.feed_id IS NOT new.feed_id BEGIN
        UPDATE feeds SET total_count = total_count - 1,
                         unread_count = unread_count - (old.read = 0)
        WHERE id = old.feed_id;
        UPDATE feeds SET total_count = total_count + 1,
                         unread_count = unread_count + (new.read = 0)
        WHERE id = new.feed_id;
    END
    """,
    # Entries removed by prune(): a feed that still carries them must not bring them back.
    """
    CREATE TABLE pruned (
        feed_id   INTEGER NOT NULL REFERENCES feeds(id) ON DELETE CASCADE,
        guid      TEXT NOT NULL,
        pruned_at INTEGER NOT NULL,
        PRIMARY KEY (feed_id, guid)
    ) WITHOUT ROWID
    """,
    """
    CREATE VIRTUAL TABLE articles_fts USING fts5 (
        title, summary, text,
        content = 'articles', content_rowid = 'id',
        tokenize = 'unicode61 remove_diacritics 2'
    )
    """,
    _FTS_INSERT_TRIGGER,
    """
    CREATE TRIGGER articles_fts_delete AFTER DELETE ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, text)
        VALUES ('delete', old.id, old.title, old.summary, old.text);
    END
    """,
    """
    CREATE TRIGGER articles_fts_update AFTER UPDATE OF title, summary, text ON articles BEGIN
        INSERT INTO articles_fts (articles_fts, rowid, title, summary, text)
        VALUES ('delete', old.id, old.title, old.summary, old.text);
        INSERT INTO articles_fts (rowid, title, summary, text)
        VALUES (new.id, new.title, new.summary, new.text);
    END
    """,
)

MIGRATIONS: tuple[tuple[str, ...], ...] = (_V1,)
SCHEMA_VERSION = len(MIGRATIONS)


class NewerSchemaError(Exception):
    """The file was written by a newer termnews than this one."""


def user_version(conn: sqlite3.Connection) -> int:
    """The schema version recorded in the file (0 for a new, empty database)."""
    return int(conn.execute("PRAGMA user_version").fetchone()[0])


def migrate(conn: sqlite3.Connection, migrations: tuple[tuple[str, ...], ...] = MIGRATIONS) -> int:
    """Bring the schema up to date, one transaction per step; returns the final version.

    ``conn`` must be in autocommit mode (``isolation_level=None``). The version is read again
    under the write lock, so two processes opening a new file at once migrate it once.
    """
    if user_version(conn) > len(migrations):
        raise NewerSchemaError(f"schema version {user_version(conn)}")
    while user_version(conn) < len(migrations):
        conn.execute("BEGIN IMMEDIATE")
        try:
            version = user_version(conn)
            if version < len(migrations):
                for statement in migrations[version]:
                    conn.execute(statement)
                conn.execute(f"PRAGMA user_version = {version + 1}")
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return user_version(conn)


@contextmanager
def bulk_load(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside the caller's transaction: insert articles unindexed, then index them all at once.

    FTS5's 'rebuild' indexes 50,000 articles about twice as fast as the per-row trigger.
    The trigger is recreated before the block ends, so the schema is unchanged afterwards.
    """
    conn.execute("DROP TRIGGER articles_fts_insert")
    try:
        yield
    finally:
        conn.execute(_FTS_INSERT_TRIGGER)
    conn.execute("INSERT INTO articles_fts (articles_fts) VALUES ('rebuild')")
