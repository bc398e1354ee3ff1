"""Build a realistic store of N articles for benchmarks: ``python bench/make_store.py HOME [N]``.

~100 feeds in ~10 folders, deterministic pseudo-English bodies of 300-600 words split into
paragraphs, quotations with speakers in about a fifth of the articles, ~30% read, ~1% saved.
All rows go in through one transaction (the FTS triggers index them on the way).
``build_store(home, n)`` is also used by the App's startup benchmark.
"""

from __future__ import annotations

import random
import sqlite3
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from termnews.models import Block, Quote
from termnews.paths import resolve_paths
from termnews.store import Store
from termnews.store.codec import blocks_to_json, speaker_keys
from termnews.store.schema import bulk_load

FOLDERS = "City Transit Schools Neighbourhoods Arts Business Health Sports Environment Politics"
TOPICS = (
    "council budget housing transit school park library police harbor bridge museum clinic"
    " market election zoning tenants teachers buses trains bikes flood heat festival stadium"
)
COMMON = (
    "the of and to a in that is for on it with as was at by city said this from residents new"
    " year plan would will has officials week about more people state public local after last"
    " million meeting program community"
)
RARE = "zeppelin quixotic marmalade obelisk kaleidoscope xylophone fjord sarsaparilla bathysphere"
SPEAKERS = (
    "Michelle Wu",
    "Ayanna Pressley",
    "Ed Markey",
    "Kim Janey",
    "Ruthzee Louijeune",
    "Julia Mejia",
    "Ricardo Arroyo",
    "Maura Healey",
    "Phillip Eng",
    "Mary Skipper",
    "Sam Hyun",
    "Kenzie Bok",
    "Erin Murphy",
    "Frank Baker",
    "Gabriela Coletta",
    "Tania Fernandes Anderson",
    "Brian Worrell",
    "Ben Weber",
    "Sharon Durkan",
    "Liz Breadon",
    "Martin Luther King Jr.",
    "Dana Nguyen",
    "Omar Haddad",
    "Grace Okafor",
    "Luis Ortega",
    "Priya Raman",
    "Tom Walsh",
    "Ana Sousa",
)
DAY = 86400


@dataclass(slots=True)
class FakeArticle:
    """One generated article, ready to insert."""

    feed_id: int
    guid: str
    url: str
    title: str
    published: int | None
    summary: str
    text: str
    blocks: list[Block]
    quotes: list[Quote]
    read: bool
    saved: bool


class TextMaker:
    """Deterministic pseudo-English: a Zipf-ish vocabulary of real and made-up words.

    Articles are drawn from a pool of sentences (generating 20 million words one by one
    would dominate the build); a rare word is slipped into about one article in a hundred.
    """

    def __init__(self, rng: random.Random, pool_size: int = 40_000) -> None:
        self.rng = rng
        syllables = ["ba", "ri", "to", "men", "ca", "lo", "ver", "sta", "pe", "on", "dra", "mi"]
        made_up = {
            "".join(rng.choice(syllables) for _ in range(rng.randint(1, 3))) for _ in range(4000)
        }
        self.vocab = COMMON.split() + TOPICS.split() + sorted(made_up - set(COMMON.split()))
        weights = [1.0 / (rank + 8) for rank in range(len(self.vocab))]
        self.cum = list(_accumulate(weights))
        self.pool = [self._sentence(8, 22) for _ in range(pool_size)]
        self.short_pool = [self._sentence(6, 14).rstrip(".") for _ in range(pool_size // 4)]

    def words(self, n: int) -> list[str]:
        return self.rng.choices(self.vocab, cum_weights=self.cum, k=n)

    def _sentence(self, low: int, high: int) -> str:
        return " ".join(self.words(self.rng.randint(low, high))).capitalize() + "."

    def sentences(self, n: int) -> list[str]:
        picked = self.rng.choices(self.pool, k=n)
        if self.rng.random() < 0.01:
            picked[0] = f"{self.rng.choice(RARE.split()).capitalize()} {picked[0].lower()}"
        return picked

    def said(self) -> str:
        return self.rng.choice(self.short_pool)

    def title(self) -> str:
        words = self.words(self.rng.randint(4, 9))
        words.insert(self.rng.randrange(len(words) + 1), self.rng.choice(TOPICS.split()))
        return " ".join(words).capitalize()


def make_article(maker: TextMaker, feed_id: int, serial: int, now: int) -> FakeArticle:
    """One article: paragraphs of sentences, some with a quotation and its speaker."""
    rng = maker.rng
    target = rng.randint(300, 600)
    paragraphs: list[str] = []
    quote_spans: list[tuple[int, int, str]] = []  # (paragraph index, offset in it, ...) below
    words = 0
    while words < target:
        sentences = maker.sentences(rng.randint(2, 5))
        if rng.random() < 0.08:
            speaker = rng.choice(SPEAKERS)
            said = maker.said()
            lead = " ".join(sentences)
            paragraph = f'{lead} "{said}," said {speaker}.'
            quote_spans.append((len(paragraphs), len(lead) + 2, speaker + "\x00" + said))
        else:
            paragraph = " ".join(sentences)
        paragraphs.append(paragraph)
        words += paragraph.count(" ") + 1
    text, blocks, starts = "", [], []
    for paragraph in paragraphs:
        if text:
            text += "\n\n"
        starts.append(len(text))
        blocks.append(Block("paragraph", paragraph, len(text), len(text) + len(paragraph)))
        text += paragraph
    quotes = []
    for index, offset, packed in quote_spans:
        speaker, said = packed.split("\x00")
        start = starts[index] + offset
        quotes.append(
            Quote(
                start,
                start + len(said) + 1,
                text[start : start + len(said) + 1],
                speaker,
                "speech",
                "said",
            )
        )
    published = None if rng.random() < 0.05 else now - rng.randint(0, 120 * DAY)
    return FakeArticle(
        feed_id=feed_id,
        guid=f"urn:bench:{feed_id}:{serial}",
        url=f"https://news{feed_id}.example/{serial}.html",
        title=maker.title(),
        published=published,
        summary=paragraphs[0][:300],
        text=text,
        blocks=blocks,
        quotes=quotes,
        read=rng.random() < 0.30,
        saved=rng.random() < 0.01,
    )


def build_store(home: Path, n: int = 50_000, seed: int = 1) -> Path:
    """Create (replacing any old one) a store of ``n`` articles under ``home``; its path."""
    db_file = resolve_paths(home).ensure().db_file
    for suffix in ("", "-wal", "-shm"):
        Path(str(db_file) + suffix).unlink(missing_ok=True)
    rng = random.Random(seed)
    maker = TextMaker(rng)
    now = int(time.time())
    with Store.open(db_file) as store:
        folders = FOLDERS.split()
        feed_ids = [
            store.add_feed(
                f"https://news{i}.example/feed.xml",
                title=f"{folders[i % len(folders)]} Daily {i}",
                folder=folders[i % len(folders)],
            ).id
            for i in range(100)
        ]
        conn = store.connection
        conn.execute("PRAGMA cache_size = -200000")
        conn.execute("BEGIN IMMEDIATE")
        with bulk_load(conn):
            for serial in range(n):
                _insert(conn, make_article(maker, rng.choice(feed_ids), serial, now), now)
        conn.execute("COMMIT")
    return db_file


def _insert(conn: sqlite3.Connection, art: FakeArticle, now: int) -> None:
    """Insert one generated article with its text, blocks and quotes."""
    sort_time = art.published if art.published is not None else now
    article_id = conn.execute(
        "INSERT INTO articles (feed_id, guid, url, title, published, sort_time, summary,"
        " first_seen, text, blocks, has_text, fetched_at, read, saved)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 1, ?, ?, ?)",
        (
            art.feed_id,
            art.guid,
            art.url,
            art.title,
            art.published,
            sort_time,
            art.summary,
            now,
            art.text,
            blocks_to_json(art.blocks, art.text),
            now,
            int(art.read),
            int(art.saved),
        ),
    ).lastrowid
    conn.executemany(
        'INSERT INTO quotes (article_id, "start", "end", quote, speaker, kind, cue,'
        " speaker_key, surname_key) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        [
            (
                article_id,
                q.start,
                q.end,
                q.quote,
                q.speaker,
                q.kind,
                q.cue,
                *speaker_keys(q.speaker),
            )
            for q in art.quotes
        ],
    )


def _accumulate(weights: list[float]) -> list[float]:
    total, out = 0.0, []
    for weight in weights:
        total += weight
        out.append(total)
    return out


def main(argv: list[str]) -> int:
    if not argv or len(argv) > 2 or (len(argv) == 2 and not argv[1].isdigit()):
        print("usage: python bench/make_store.py HOME [N]", file=sys.stderr)
        return 2
    n = int(argv[1]) if len(argv) == 2 else 50_000
    started = time.perf_counter()
    db_file = build_store(Path(argv[0]), n)
    size = db_file.stat().st_size / 1e6
    print(f"{n} articles in {time.perf_counter() - started:.1f} s -> {db_file} ({size:.0f} MB)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
