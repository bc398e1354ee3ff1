"""Fixed data for the UI tests: a few feeds, articles, blocks and quotations, built through the
Store API (no network), and a frozen clock so snapshots and ages are deterministic."""

from __future__ import annotations

from pathlib import Path

from termnews.config import Settings
from termnews.models import Block, Entry, Extracted, Quote
from termnews.paths import Paths, resolve_paths
from termnews.store import Store

NOW = 1_700_000_000  # Tue 14 Nov 2023 22:13:20 UTC
HOUR = 3600

PARAGRAPHS = [
    ("heading", "Council backs the new bus lanes"),
    (
        "paragraph",
        "The city council voted 7-2 on Tuesday to paint bus lanes on Main Street. "
        "\u201cThis is the fastest way to make the 12 bus reliable,\u201d said Maria Lopez, "
        "the council president.",
    ),
    (
        "paragraph",
        "Shop owners were less sure. \u201cWe lose the parking in front of the bakery,\u201d "
        "said Tom Reed, who runs Reed's Bakery. \u201cNobody asked us.\u201d",
    ),
    ("list_item", "Lanes open on 1 March"),
    ("list_item", "Enforcement starts in April"),
    (
        "blockquote",
        "\u201cWe will watch the numbers every month,\u201d Lopez added, calling the plan "
        "\u201cthe Main Street fix\u201d.",
    ),
    ("caption", "A bus on Main Street. Photo: City Hall"),
]


def article_text() -> tuple[str, list[Block]]:
    """The plain text (blocks joined by blank lines) and blocks tiling it."""
    blocks: list[Block] = []
    parts: list[str] = []
    position = 0
    for kind, text in PARAGRAPHS:
        if parts:
            position += 2
        level = 0 if kind == "paragraph" else 1
        blocks.append(Block(kind, text, position, position + len(text), level=level))  # type: ignore[arg-type]
        parts.append(text)
        position += len(text)
    return "\n\n".join(parts), blocks


def quotes_for(text: str) -> list[Quote]:
    """The quotations of ``text`` found by their words (offsets exclude the marks)."""
    wanted = [
        (
            "This is the fastest way to make the 12 bus reliable,",
            "Maria Lopez",
            "speech",
            "council president",
        ),
        (
            "We lose the parking in front of the bakery,",
            "Tom Reed",
            "speech",
            "who runs Reed's Bakery",
        ),
        ("Nobody asked us.", "Tom Reed", "speech", None),
        ("We will watch the numbers every month,", "Maria Lopez", "speech", None),
        ("the Main Street fix", None, "term", None),
    ]
    quotes = []
    for words, speaker, kind, title in wanted:
        start = text.index(words)
        quotes.append(
            Quote(start, start + len(words), words, speaker, kind, "said", title)  # type: ignore[arg-type]
        )
    return quotes


def build_store(home: Path, *, extra_titles: list[str] | None = None) -> Paths:
    """A store under ``home`` with three feeds; returns its Paths."""
    paths = resolve_paths(home).ensure()
    with Store.open(paths.db_file) as store:
        city = store.add_feed("http://127.0.0.1:9/city.xml", "City Hall", folder="Local")
        transit = store.add_feed("http://127.0.0.1:9/transit.xml", "Transit Desk", folder="Local")
        blog = store.add_feed("http://127.0.0.1:9/blog.xml", "Elm Street Blog")
        city_ids = store.add_entries(
            city.id,
            [
                Entry(
                    "c1",
                    "http://127.0.0.1:9/c1",
                    "Council backs bus lanes",
                    "Ana Diaz",
                    NOW - 3 * HOUR,
                    "The council voted on bus lanes.",
                ),
                Entry(
                    "c2",
                    "http://127.0.0.1:9/c2",
                    "Budget hearing set for May",
                    None,
                    NOW - 2 * 86400,
                    "A hearing on the budget.\n\nBring questions.",
                ),
            ],
            NOW,
        )
        store.add_entries(
            transit.id,
            [
                Entry(
                    "t1",
                    "http://127.0.0.1:9/t1",
                    "Night buses return",
                    None,
                    NOW - 5 * HOUR,
                    "Night service is back.",
                ),
                Entry(
                    "t2",
                    None,
                    "Fare machines fixed",
                    None,
                    NOW - 9 * 86400,
                    "All machines work again.",
                ),
            ],
            NOW,
        )
        blog_entries = [
            Entry(
                "b1",
                "http://127.0.0.1:9/b1",
                "Elm Street tree planting",
                "Sam",
                NOW - 30 * 60,
                "Trees on Saturday.",
            ),
        ]
        for number, title in enumerate(extra_titles or []):
            blog_entries.append(
                Entry(
                    f"x{number}",
                    "http://127.0.0.1:9/x",
                    title,
                    title,
                    NOW - 40 * 86400 - number,
                    title,
                )
            )
        blog_ids = store.add_entries(blog.id, blog_entries, NOW)
        text, blocks = article_text()
        store.store_page(
            city_ids[0],
            Extracted("Council backs bus lanes", "Ana Diaz", NOW - 3 * HOUR, "en", blocks, text),
            quotes_for(text),
            NOW,
        )
        store.set_saved(blog_ids[0], True)
    return paths


def ui_settings(**overrides: object) -> Settings:
    settings = Settings(mark_read_delay=0.05)
    for key, value in overrides.items():
        setattr(settings, key, value)
    return settings
