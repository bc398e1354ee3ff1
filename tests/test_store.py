"""The SQLite store against real files in tmp_path: schema, feeds, articles, search, quotes."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from db_checks import assert_rows_consistent

from termnews.models import Block, Entry, Extracted, Link, Quote
from termnews.sanitize import clean_line
from termnews.store import ARCHIVE_URL, SCHEMA_VERSION, Store, StoreError
from termnews.store.codec import fts_query, offset_map, safe_line, speaker_keys
from termnews.store.schema import MIGRATIONS, migrate, user_version

NOW = 1_750_000_000
DAY = 86400


def entry(guid: str, title: str | None = None, published: int | None = None, **kw: object) -> Entry:
    """A feed entry with sensible defaults."""
    return Entry(
        guid=guid,
        url=str(kw.get("url", f"https://example.org/{guid}")),
        title=f"Title {guid}" if title is None else title,
        author=kw.get("author"),  # type: ignore[arg-type]
        published=published,
        summary=str(kw.get("summary", f"Summary of {guid}.")),
    )


def page(paragraphs: list[str], title: str | None = None) -> Extracted:
    """An Extracted article whose blocks tile ``text`` exactly."""
    text, blocks = "", []
    for para in paragraphs:
        if text:
            text += "\n\n"
        blocks.append(Block("paragraph", para, len(text), len(text) + len(para)))
        text += para
    return Extracted(title=title, byline=None, published=None, lang="en", blocks=blocks, text=text)


@pytest.fixture
def store(tmp_path: Path) -> Store:
    opened = Store.open(tmp_path / "data" / "termnews.sqlite3")
    yield opened
    opened.close()


@pytest.fixture
def feed_id(store: Store) -> int:
    return store.add_feed("https://city.example/feed.xml", title="City Hall", folder="Local").id


# ---- schema ------------------------------------------------------------------------------


def test_empty_file_gets_schema_wal_and_version(tmp_path: Path) -> None:
    path = tmp_path / "new.sqlite3"
    path.touch()  # an empty file is a valid, empty database
    with Store.open(path) as store:
        conn = store.connection
        assert user_version(conn) == SCHEMA_VERSION
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert conn.execute("PRAGMA busy_timeout").fetchone()[0] >= 1000
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master")}
        assert {"feeds", "articles", "quotes", "articles_fts"} <= tables
        assert store.is_empty()


def test_reopening_is_idempotent_and_keeps_data(tmp_path: Path) -> None:
    path = tmp_path / "db.sqlite3"
    with Store.open(path) as store:
        store.add_feed("https://a.example/rss")
    with Store.open(path) as store:
        assert user_version(store.connection) == SCHEMA_VERSION
        assert [f.url for f in store.feeds()] == ["https://a.example/rss"]


def test_migrations_step_from_version_one_and_roll_back_a_failed_step(tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "m.sqlite3", isolation_level=None)
    v2 = ("CREATE TABLE extra (x)",)
    assert migrate(conn, (*MIGRATIONS[:1],)) == 1
    assert migrate(conn, (*MIGRATIONS[:1], v2)) == 2
    broken = ("CREATE TABLE more (x)", "THIS IS NOT SQL")
    with pytest.raises(sqlite3.OperationalError):
        migrate(conn, (*MIGRATIONS[:1], v2, broken))
    assert user_version(conn) == 2
    assert conn.execute("SELECT 1 FROM sqlite_master WHERE name = 'more'").fetchone() is None
    conn.close()


def test_newer_or_foreign_file_is_a_store_error(tmp_path: Path) -> None:
    newer = tmp_path / "newer.sqlite3"
    conn = sqlite3.connect(newer)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
    conn.close()
    with pytest.raises(StoreError, match="newer termnews"):
        Store.open(newer)
    junk = tmp_path / "junk.sqlite3"
    junk.write_bytes(b"this is not a database at all" * 100)
    with pytest.raises(StoreError, match="cannot use store"):
        Store.open(junk)


# ---- feeds -------------------------------------------------------------------------------


def test_add_find_and_list_feeds(store: Store, feed_id: int) -> None:
    again = store.add_feed("https://city.example/feed.xml", folder="News")
    assert again.id == feed_id and again.folder == "News" and again.title == "City Hall"
    other = store.add_feed("https://transit.example/rss")
    assert store.find_feed(str(feed_id)).id == feed_id  # type: ignore[union-attr]
    assert store.find_feed("https://transit.example/rss").id == other.id  # type: ignore[union-attr]
    assert store.find_feed("city hall").id == feed_id  # type: ignore[union-attr]
    assert store.find_feed("nothing") is None
    assert [f.id for f in store.feeds()] == [other.id, feed_id]  # no folder first, then "News"
    assert store.folders() == ["News"]
    assert not store.is_empty()


def test_record_feed_fetch_keeps_validators_and_user_title(store: Store, feed_id: int) -> None:
    stamp = "Wed, 21 Oct 2015 07:28:00 GMT"
    store.record_feed_fetch(
        feed_id, now=NOW, status=200, error=None, etag='W/"x1"', last_modified=stamp, title="Up"
    )
    store.record_feed_fetch(feed_id, now=NOW + 60, status=304, error=None, next_fetch_at=NOW + 900)
    feed = store.feed(feed_id)
    assert feed is not None
    assert (feed.etag, feed.last_modified) == ('W/"x1"', stamp)
    assert (feed.last_status, feed.last_fetched_at, feed.next_fetch_at) == (
        304,
        NOW + 60,
        NOW + 900,
    )
    assert feed.title == "City Hall"
    untitled = store.add_feed("https://b.example/atom")
    store.record_feed_fetch(untitled.id, now=NOW, status=200, error=None, title="B \x1b[31mNews")
    assert store.feed(untitled.id).title == "B News"  # type: ignore[union-attr]


def test_remove_feed_keeps_saved_articles_and_resubscribing_restores_them(
    store: Store, feed_id: int
) -> None:
    ids = store.add_entries(
        feed_id, [entry("a", published=NOW - 10), entry("b", published=NOW)], NOW
    )
    store.set_saved(ids[0])
    store.remove_feed(feed_id)
    assert store.feed(feed_id) is None
    assert store.feeds() == []  # the archive is hidden
    kept = store.article(ids[0])
    assert kept is not None and kept.saved and kept.title == "Title a"
    assert store.article(ids[1]) is None
    assert [r.id for r in store.articles(saved=True)] == [ids[0]]
    assert store.find_feed(ARCHIVE_URL) is None
    assert not store.is_empty()  # unsubscribing from everything is not a first run
    back = store.add_feed("https://city.example/feed.xml")
    assert store.article(ids[0]).feed_id == back.id  # type: ignore[union-attr]
    assert store.add_entries(back.id, [entry("a")], NOW) == []  # not a duplicate


# ---- articles ----------------------------------------------------------------------------


def test_add_entries_inserts_new_updates_changed_and_skips_duplicates(
    store: Store, feed_id: int
) -> None:
    first = store.add_entries(feed_id, [entry("1"), entry("2"), entry("1")], NOW)
    assert len(first) == 2
    again = store.add_entries(feed_id, [entry("1", title="Fixed typo"), entry("3")], NOW + 5)
    assert len(again) == 1 and again[0] not in first
    assert store.article(first[0]).title == "Fixed typo"  # type: ignore[union-attr]
    assert store.count_articles() == 3


def test_newest_first_with_undated_entries_and_future_dates(store: Store, feed_id: int) -> None:
    ids = store.add_entries(
        feed_id,
        [
            entry("old", published=NOW - 3 * DAY),
            entry("undated"),  # sorts as first seen: now
            entry("mid", published=NOW - DAY),
            entry("future", published=NOW + 30 * DAY),  # clamped to now
        ],
        NOW,
    )
    old, undated, mid, future = ids
    assert [r.id for r in store.articles()] == [future, undated, mid, old]
    assert [r.id for r in store.articles(limit=2, offset=1)] == [undated, mid]


def test_unread_saved_filters_and_counts(store: Store, feed_id: int) -> None:
    other = store.add_feed("https://school.example/rss", folder="Schools").id
    a = store.add_entries(feed_id, [entry(f"a{i}", published=NOW - i) for i in range(5)], NOW)
    b = store.add_entries(other, [entry(f"b{i}", published=NOW - i) for i in range(3)], NOW)
    store.set_read(a[:2])
    store.set_saved(b[0])
    assert store.count_articles() == 8
    assert store.count_articles(unread=True) == 6
    assert store.count_articles(feed_id=feed_id, unread=True) == 3
    assert store.count_articles(folder="Schools") == 3
    assert store.count_articles(saved=True) == 1
    assert [r.id for r in store.articles(folder="Local", unread=True)] == a[2:]
    assert [r.id for r in store.articles(saved=True)] == [b[0]]
    feeds = {f.id: f for f in store.feeds()}
    assert (feeds[feed_id].unread, feeds[feed_id].total) == (3, 5)
    store.set_read(a[:1], read=False)
    assert store.count_articles(feed_id=feed_id, unread=True) == 4
    assert store.mark_all_read(folder="Schools") == 3
    assert store.count_articles(unread=True) == 4
    assert store.mark_all_read() == 4
    assert store.count_articles(unread=True) == 0
    assert store.mark_all_read() == 0


def test_store_page_round_trips_blocks_and_quotes(store: Store, feed_id: int) -> None:
    (aid,) = store.add_entries(feed_id, [entry("p", title="")], NOW)
    assert store.pages_to_fetch() == [(aid, "https://example.org/p")]
    extracted = page(['"We will build it," said Mayor Michelle Wu.', "Trains run at dawn."], "T")
    extracted.blocks[1].links.append(Link("https://mbta.example/", 40, 46))
    quote = Quote(1, 18, "We will build it,", "Michelle Wu", "speech", "said", "Mayor")
    term = Quote(0, 0, "", None, "term")
    store.store_page(aid, extracted, [quote, term], NOW + 1)
    art = store.article(aid)
    assert art is not None
    assert art.text == extracted.text and art.blocks == extracted.blocks
    assert art.quotes == [term, quote] and art.title == "T" and art.fetched_at == NOW + 1
    assert store.articles()[0].has_text
    assert store.pages_to_fetch() == [] and store.pages_to_fetch([aid]) == []


def test_control_characters_in_page_text_move_offsets(store: Store, feed_id: int) -> None:
    (aid,) = store.add_entries(feed_id, [entry("c")], NOW)
    raw = page(["\x1b[2JAlpha beta.", "Said \u202ehere\u202c: gamma."])
    gamma = raw.text.index("gamma")
    store.store_page(aid, raw, [Quote(gamma, gamma + 5, "gamma", "X Y")], NOW)
    art = store.article(aid)
    assert art is not None and art.text == "Alpha beta.\n\nSaid here: gamma."
    assert [art.text[b.start : b.end] for b in art.blocks] == [b.text for b in art.blocks]
    assert art.text[art.quotes[0].start : art.quotes[0].end] == "gamma"


def test_page_error_is_recorded_and_cleared(store: Store, feed_id: int) -> None:
    (aid,) = store.add_entries(feed_id, [entry("e")], NOW)
    store.record_page_error(aid, "HTTP 404\x07", NOW)
    assert store.article(aid).page_error == "HTTP 404"  # type: ignore[union-attr]
    assert store.pages_to_fetch([aid]) == [(aid, "https://example.org/e")]
    store.store_page(aid, page(["Body."]), [], NOW)
    assert store.article(aid).page_error is None  # type: ignore[union-attr]
    store.store_page(999_999, page(["Gone."]), [], NOW)  # removed meanwhile: no error


# ---- sanitising --------------------------------------------------------------------------


def test_hostile_titles_are_cleaned_on_write_and_on_read(store: Store, feed_id: int) -> None:
    hostile = "Mayor\x1b]52;c;ZXZpbA==\x07 \x9b31m resigns\u202e!\x00"
    (aid,) = store.add_entries(feed_id, [entry("h", title=hostile, author="A\x1b[1mB")], NOW)
    art = store.article(aid)
    assert art is not None and art.title == clean_line(hostile) == "Mayor resigns!"
    assert art.author == "AB"
    # A store written by someone else: read-back still cleans.
    store.connection.execute("UPDATE articles SET title = ? WHERE id = ?", (hostile, aid))
    assert store.articles()[0].title == "Mayor resigns!"
    assert store.article(aid).title == "Mayor resigns!"  # type: ignore[union-attr]


@pytest.mark.parametrize(
    "value",
    ["plain title", " lead", "trail ", "two  spaces", "tab\there", "nbsp\u00a0x", "e\u0301",
     "bidi\u202ex", "\x85next", "ok — “quoted” ünïcödé", "a\u200bb"],
)  # fmt: skip
def test_safe_line_fast_path_matches_clean_line(value: str) -> None:
    assert safe_line(value) == clean_line(value)


def test_offset_map_follows_deletions_and_crlf() -> None:
    original, cleaned = "a\x1b[1mb\r\nc", "ab\nc"
    where = offset_map(original, cleaned)
    assert [cleaned[where[i]] for i in (0, 5, 8)] == ["a", "b", "c"]
    assert where[len(original)] == len(cleaned)


# ---- search ------------------------------------------------------------------------------


def test_search_ranks_title_matches_first_and_finds_body_words(store: Store, feed_id: int) -> None:
    ids = store.add_entries(
        feed_id,
        [
            entry("t", title="Zoning board meets", summary="Agenda."),
            entry("s", title="Agenda", summary="The zoning board meets on Tuesday."),
            entry("n", title="Nothing", summary="Unrelated."),
        ],
        NOW,
    )
    assert [r.id for r in store.search("zoning")] == ids[:2]
    assert store.search("ferry") == []
    store.store_page(ids[2], page(["The ferry to Spectacle Island resumes."]), [], NOW)
    assert [r.id for r in store.search("ferry")] == [ids[2]]
    assert [r.id for r in store.search("spect")] == [ids[2]]  # prefix on the last word
    assert [r.id for r in store.search("island spectacle")] == [ids[2]]
    assert store.search("FERRY résumés") == store.search("ferry resumes")  # diacritics folded


@pytest.mark.parametrize(
    "query", ['"', '""', "AND", "zoning AND(", "*", "-x", "(", ")", "NEAR(a b)", "a:b", "^", "'",
              "col:zoning", "\x00", "   ", "zoning OR", '"unclosed', "{title}: x"],
)  # fmt: skip
def test_hostile_queries_never_raise(store: Store, feed_id: int, query: str) -> None:
    store.add_entries(feed_id, [entry("q", title="Zoning AND planning")], NOW)
    assert isinstance(store.search(query), list)


def test_fts_query_quotes_every_word() -> None:
    assert fts_query('say "hi" -now') == '"say" """hi""" "-now"*'
    assert fts_query("a b") == '"a" "b"'
    assert fts_query("* ( )") is None


def test_deleted_articles_leave_the_index(store: Store, feed_id: int) -> None:
    store.add_entries(feed_id, [entry("d", title="Heliport hearing")], NOW)
    assert store.search("heliport")
    store.remove_feed(feed_id)
    assert store.search("heliport") == []
    assert store.connection.execute(
        "INSERT INTO articles_fts (articles_fts, rank) VALUES ('integrity-check', 1)"
    )


# ---- housekeeping ------------------------------------------------------------------------


def test_prune_keeps_saved_and_recent_and_does_not_resurrect(store: Store, feed_id: int) -> None:
    old = [entry("old1", published=NOW - 100 * DAY), entry("old2", published=NOW - 95 * DAY)]
    ids = store.add_entries(feed_id, old, NOW - 94 * DAY)
    ids += store.add_entries(feed_id, [entry("new", published=NOW - DAY)], NOW)
    just_subscribed = store.add_entries(feed_id, [entry("old3", published=NOW - 99 * DAY)], NOW)
    roe = Quote(1, 10, "Old words", "Jane Roe")
    store.store_page(ids[0], page(['"Old words," said Jane Roe.']), [roe], NOW)
    store.set_saved(ids[1])
    assert store.prune(90, NOW) == 1
    assert store.article(ids[0]) is None and store.article(ids[1]) is not None
    assert store.quotes_by_speaker("Roe") == []
    assert store.article(just_subscribed[0]) is not None  # old, but first seen today
    assert store.count_articles() == 3
    assert store.add_entries(feed_id, old, NOW + 60) == []  # the feed still lists it
    assert store.prune(0, NOW) == 0


# ---- quotations --------------------------------------------------------------------------


def test_quotes_by_speaker_full_name_and_surname(store: Store, feed_id: int) -> None:
    first, second = store.add_entries(
        feed_id, [entry("q1", published=NOW - DAY), entry("q2", published=NOW)], NOW
    )
    text = '"Fares stay," said Michelle Wu. "Buses first," said Phillip Eng Jr.'
    q_wu = Quote(1, 12, "Fares stay,", "Michelle Wu")
    q_eng = Quote(33, 46, "Buses first,", "Phillip Eng Jr.")
    store.store_page(first, page([text]), [q_wu, q_eng], NOW)
    store.store_page(second, page(['"Again," said Wu.']), [Quote(1, 7, "Again,", "Wu")], NOW)
    by_surname = store.quotes_by_speaker("wu")
    assert [h.article_id for h in by_surname] == [second, first]  # newest article first
    assert by_surname[1].quote.speaker == "Michelle Wu"
    assert by_surname[1].feed_title == "City Hall"
    assert [h.article_id for h in store.quotes_by_speaker("MICHELLE WU")] == [first]
    assert [h.quote.speaker for h in store.quotes_by_speaker("Eng")] == ["Phillip Eng Jr."]
    assert store.quotes_by_speaker("Michelle") == []
    assert dict(store.speakers()) == {"Michelle Wu": 1, "Wu": 1, "Phillip Eng Jr.": 1}


def test_speaker_keys() -> None:
    assert speaker_keys("Martin Luther King Jr.") == ("martin luther king jr", "king")
    assert speaker_keys("  ") == (None, None)


# ---- crash safety ------------------------------------------------------------------------

_WRITER = """
import sys
from pathlib import Path
from termnews.models import Block, Entry, Extracted, Quote
from termnews.store import Store

store = Store.open(Path(sys.argv[1]))
feed = store.add_feed("https://kill.example/rss")
(keep,) = store.add_entries(feed.id, [Entry("keep", None, "Keep me", None, 1, "s")], 1)
store.set_saved(keep)
n = 1
while True:
    now = n * 1000
    entries = [Entry(f"g{n}-{i}", None, f"Story {i}", None, now, "Words.") for i in range(20)]
    ids = store.add_entries(feed.id, entries, now)
    text = '"Quoted words," said Ada Lovelace.'
    page = Extracted("t", None, None, None, [Block("paragraph", text, 0, len(text))], text)
    for article_id in ids[:5]:
        store.store_page(article_id, page, [Quote(1, 14, "Quoted words,", "Ada Lovelace")], n)
    store.set_read(ids[::2])
    store.prune(1, now)  # drops what is older than 86 rounds
    if n == 1:
        print(keep, flush=True)
    n += 1
"""


def test_a_writer_killed_mid_work_leaves_a_consistent_store(tmp_path: Path) -> None:
    import subprocess
    import sys
    import time

    path = tmp_path / "kill.sqlite3"
    proc = subprocess.Popen(
        [sys.executable, "-c", _WRITER, str(path)], stdout=subprocess.PIPE, text=True
    )
    try:
        kept = int(proc.stdout.readline())  # type: ignore[union-attr]
        time.sleep(0.4)
    finally:
        proc.kill()
        proc.wait()
    with Store.open(path) as store:
        assert_rows_consistent(store.connection)
        assert store.count_articles() > 1
        art = store.article(kept)
        assert art is not None and art.saved


def test_counters_follow_every_kind_of_write(store: Store, feed_id: int) -> None:
    other = store.add_feed("https://other.example/rss").id
    ids = store.add_entries(
        feed_id, [entry(f"x{i}", published=NOW - i * DAY) for i in range(6)], NOW
    )
    store.add_entries(other, [entry("y")], NOW)
    store.set_read(ids[:3])
    store.set_saved(ids[4])
    store.mark_all_read(feed_id=other)
    store.prune(2, NOW)
    store.remove_feed(feed_id)
    assert_rows_consistent(store.connection)
    assert store.count_articles() == 2 and store.count_articles(unread=True) == 1
