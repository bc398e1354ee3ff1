"""Score termnews.extract on the Zyte article-extraction corpus and time it against readability.

Run from the project root: ``python bench/extract_bench.py [--limit N] [--repeats R] [--show ID]``.
Reads ../shared/corpora/extraction/zyte in place. Prints F1 / precision / recall (the corpus'
4-token-shingle metric), pages under F1 0.5, title accuracy, the whole-run time ratio against
plain ``readability.Document(html).summary(html_partial=True)`` and the 10 lowest-F1 pages.

``--split`` also scores two fixed halves (page id hash: ``int(id[:8], 16) % 2``) separately: a
rule fitted to one half shows up as a gap between them. ``--ablate`` turns each cleaning rule
and content heuristic off in turn and prints its contribution on each half, and how many pages
it helps or hurts (a rule that helps one page only, or one half only, is fitted).
"""

from __future__ import annotations

import argparse
import contextlib
import gzip
import json
import re
import statistics
import sys
import time
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from unittest import mock
from urllib.parse import urlsplit

from lxml import html as lxml_html
from readability import Document

from termnews import extract_clean, extract_content
from termnews.extract import ExtractError, extract
from termnews.extract_blocks import assemble, tree_to_blocks

CORPUS = Path(__file__).resolve().parents[1].parent / "shared/corpora/extraction/zyte"
_WORD = re.compile(r"\w+")


@dataclass(slots=True)
class Page:
    id: str
    data: bytes
    text: str
    truth: str
    url: str


@dataclass(slots=True)
class Score:
    precision: float | None
    recall: float | None
    f1: float


def shingles(text: str, n: int = 4) -> Counter[tuple[str, ...]]:
    """The corpus' shingles: overlapping n-token tuples (one shorter tuple for short texts)."""
    tokens = _WORD.findall(text)
    return Counter(tuple(tokens[i : i + n]) for i in range(max(1, len(tokens) - n + 1)))


def score_page(prediction: str, truth: str) -> Score:
    """Per-page precision and recall over shingle multisets, as in the corpus' evaluate.py."""
    predicted, expected = shingles(prediction), shingles(truth)
    tp = sum((predicted & expected).values())
    fp = sum((predicted - expected).values())
    fn = sum((expected - predicted).values())
    if fp == 0 and fn == 0:
        return Score(1.0, 1.0, 1.0)
    precision = tp / (tp + fp) if tp + fp else None
    recall = tp / (tp + fn) if tp + fn else None
    p, r = precision or 0.0, recall or 0.0
    return Score(precision, recall, 2 * p * r / (p + r) if p + r else 0.0)


def overall(scores: list[Score]) -> tuple[float, float, float]:
    """F1 of the averaged precision and recall (pages without a value are skipped)."""
    precisions = [s.precision for s in scores if s.precision is not None]
    recalls = [s.recall for s in scores if s.recall is not None]
    p = statistics.fmean(precisions) if precisions else 0.0
    r = statistics.fmean(recalls) if recalls else 0.0
    return (2 * p * r / (p + r) if p + r else 0.0), p, r


def load_pages(limit: int | None, only: str | None) -> list[Page]:
    truth = json.loads((CORPUS / "ground-truth.json").read_text("utf-8"))
    pages = []
    for page_id in sorted(truth):
        if only and not page_id.startswith(only):
            continue
        data = gzip.decompress((CORPUS / "html" / f"{page_id}.html.gz").read_bytes())
        item = truth[page_id]
        pages.append(
            Page(page_id, data, data.decode("utf-8", "replace"), item["articleBody"], item["url"])
        )
    return pages[:limit] if limit else pages


def real_headline(page: Page) -> str | None:
    """The page's own headline: JSON-LD headline, else og:title (an independent reading).

    An og:title suffix " | X" / " - X" is dropped when X is og:site_name or the URL's host.
    """
    root = lxml_html.document_fromstring(page.text)
    for script in root.xpath('//script[contains(@type, "ld+json")]'):
        try:
            data = json.loads(script.text or "", strict=False)
        except ValueError:
            continue
        stack = [data]
        while stack:
            item = stack.pop()
            if isinstance(item, list):
                stack.extend(item)
            elif isinstance(item, dict):
                if isinstance(item.get("headline"), str) and item["headline"].strip():
                    return item["headline"]
                stack.extend(v for v in item.values() if isinstance(v, list | dict))
    og = root.xpath('//meta[@property="og:title"]/@content')
    if not og or not og[0].strip():
        return None
    site = {normal(name) for name in root.xpath('//meta[@property="og:site_name"]/@content')}
    host = normal(urlsplit(page.url).hostname).removeprefix("www.")
    for separator in (" | ", " - ", " – ", " — "):
        head, found, tail = og[0].rpartition(separator)
        if found and (normal(tail) in site or (normal(tail) and normal(tail) in host)):
            return head
    return og[0]


def normal(title: str | None) -> str:
    return " ".join((title or "").split()).casefold()


def run_ours(pages: list[Page]) -> tuple[float, dict[str, str], dict[str, str | None]]:
    texts: dict[str, str] = {}
    titles: dict[str, str | None] = {}
    started = time.perf_counter()
    for page in pages:
        try:
            result = extract(page.data, url=page.url)
            texts[page.id], titles[page.id] = result.text, result.title
        except ExtractError:
            texts[page.id], titles[page.id] = "", None
    return time.perf_counter() - started, texts, titles


def run_plain(pages: list[Page]) -> float:
    started = time.perf_counter()
    for page in pages:
        Document(page.text).summary(html_partial=True)
    return time.perf_counter() - started


def plain_texts(pages: list[Page]) -> dict[str, str]:
    """Plain readability's summary as block-aware text (the 0.955 baseline), untimed."""
    texts = {}
    for page in pages:
        summary = Document(page.text).summary(html_partial=True)
        texts[page.id], _ = assemble(tree_to_blocks(lxml_html.fragment_fromstring(summary)))
    return texts


def show(page: Page) -> None:
    result = extract(page.data, url=page.url)
    score = score_page(result.text, page.truth)
    print(f"id {page.id}\nurl {page.url}")
    print(f"title {result.title!r}\nreal headline {real_headline(page)!r}")
    print(f"byline {result.byline!r} published {result.published} lang {result.lang}")
    print(f"P {score.precision} R {score.recall} F1 {score.f1:.3f}")
    predicted, expected = shingles(result.text), shingles(page.truth)
    print("\n=== ours ===")
    for block in result.blocks:
        marker = " " if shingles(block.text) & expected else "X"
        print(f"{marker} [{block.kind}] {block.text[:300]}")
    print("\n=== truth paragraphs we missed ===")
    for paragraph in page.truth.split("\n"):
        if paragraph.strip() and not (shingles(paragraph) & predicted):
            print(f"- {paragraph[:300]}")


def half_of(page_id: str) -> int:
    """The page's half in the fixed split: a hash of its id, independent of any rule."""
    return int(page_id[:8], 16) % 2


def half_figures(pages: list[Page], scores: dict[str, Score]) -> list[tuple[str, int, float, int]]:
    """(name, pages, F1, pages under 0.5) for the whole corpus and each half."""
    groups = [("all", pages)] + [
        (f"half {h}", [p for p in pages if half_of(p.id) == h]) for h in (0, 1)
    ]
    rows = []
    for name, group in groups:
        f1, _, _ = overall([scores[p.id] for p in group])
        under = sum(1 for p in group if scores[p.id].f1 < 0.5)
        rows.append((name, len(group), f1, under))
    return rows


def print_split(pages: list[Page], scores: dict[str, Score]) -> None:
    for name, count, f1, under in half_figures(pages, scores):
        print(f"  {name:7} pages {count:3}  F1 {f1:.4f}  under 0.5: {under}")


def _never(*_args: object) -> bool:
    return False


def switches() -> dict[str, Callable[[], contextlib.AbstractContextManager[object]]]:
    """Each cleaning rule and content heuristic, as a context manager that turns it off."""
    off: dict[str, Callable[[], contextlib.AbstractContextManager[object]]] = {}
    for name in extract_clean.RULES:
        off[f"clean.{name}"] = lambda name=name: mock.patch.dict(
            extract_clean.RULES, {name: _never}
        )
    for name, pattern in extract_clean.BOILERPLATE.items():
        off[f"clean.boilerplate.{name}"] = lambda name=name, pattern=pattern: mock.patch.dict(
            extract_clean.BOILERPLATE, {name: re.compile(r"(?!)")}
        )
    for name in extract_clean.PLACED_RULES:
        off[f"clean.{name}"] = lambda name=name: mock.patch.dict(
            extract_clean.PLACED_RULES, {name: _never}
        )
    off["clean.duplicates"] = lambda: mock.patch.object(
        extract_clean, "drop_duplicates", lambda blocks, window=4: blocks
    )
    for name in extract_content.HEURISTICS:
        off[f"content.{name}"] = lambda name=name: mock.patch.dict(
            extract_content.HEURISTICS, {name: False}
        )
    return off


def scores_of(pages: list[Page]) -> dict[str, Score]:
    _, texts, _ = run_ours(pages)
    return {page.id: score_page(texts[page.id], page.truth) for page in pages}


def ablate(pages: list[Page], only: str | None) -> None:
    """Turn each switch off in turn; print what it contributes on each half."""
    base = scores_of(pages)
    base_rows = half_figures(pages, base)
    print("ablation: contribution = F1 with the rule - F1 without it (positive: it helps)")
    print(f"  {'switch':32} {'all':>8} {'half 0':>8} {'half 1':>8}  helps/hurts pages (>0.002)")
    for name, turn_off in switches().items():
        if only and only not in name:
            continue
        with turn_off():
            scores = scores_of(pages)
        rows = half_figures(pages, scores)
        deltas = [b[2] - r[2] for b, r in zip(base_rows, rows, strict=True)]
        helped = [p.id[:8] for p in pages if base[p.id].f1 - scores[p.id].f1 > 0.002]
        hurt = [p.id[:8] for p in pages if scores[p.id].f1 - base[p.id].f1 > 0.002]
        print(
            f"  {name:32} {deltas[0]:+.4f} {deltas[1]:+.4f} {deltas[2]:+.4f}  "
            f"{len(helped)}/{len(hurt)}  helps {' '.join(helped[:6])}  hurts {' '.join(hurt[:6])}"
        )


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--limit", type=int, default=None, help="only the first N pages")
    parser.add_argument("--repeats", type=int, default=3, help="timed whole runs of each side")
    parser.add_argument("--show", metavar="ID", help="details of one page (id prefix)")
    parser.add_argument("--no-baseline", action="store_true", help="skip plain readability F1")
    parser.add_argument("--split", action="store_true", help="also score each half of the corpus")
    parser.add_argument(
        "--ablate",
        nargs="?",
        const="",
        metavar="NAME",
        help="turn each rule/heuristic (or those matching NAME) off in turn; per-half deltas",
    )
    args = parser.parse_args()
    if not CORPUS.is_dir():
        print(f"corpus not found at {CORPUS}", file=sys.stderr)
        return 1
    if args.show:
        for page in load_pages(None, args.show)[:1]:
            show(page)
        return 0
    pages = load_pages(args.limit, None)
    if args.ablate is not None:
        ablate(pages, args.ablate or None)
        return 0
    ours_times, plain_times = [], []
    texts: dict[str, str] = {}
    titles: dict[str, str | None] = {}
    for _ in range(max(1, args.repeats)):
        elapsed, texts, titles = run_ours(pages)
        ours_times.append(elapsed)
        plain_times.append(run_plain(pages))
    scores = {page.id: score_page(texts[page.id], page.truth) for page in pages}
    f1, precision, recall = overall(list(scores.values()))
    under = sorted(pid for pid, s in scores.items() if s.f1 < 0.5)
    headlines = {page.id: real_headline(page) for page in pages}
    judged = [pid for pid, headline in headlines.items() if headline]
    right = [pid for pid in judged if normal(titles[pid]) == normal(headlines[pid])]
    ours_t, plain_t = statistics.median(ours_times), statistics.median(plain_times)
    print(f"pages {len(pages)}  repeats {len(ours_times)}")
    print(f"F1 {f1:.4f}  precision {precision:.4f}  recall {recall:.4f}")
    if not args.no_baseline:
        base = plain_texts(pages)
        bf1, bp, br = overall([score_page(base[p.id], p.truth) for p in pages])
        print(f"plain readability (block-aware): F1 {bf1:.4f}  P {bp:.4f}  R {br:.4f}")
    print(f"pages under F1 0.5: {len(under)} {' '.join(pid[:10] for pid in under)}")
    if args.split:
        print_split(pages, scores)
    print(
        f"time: ours {ours_t:.2f}s  plain readability {plain_t:.2f}s  "
        f"ratio {ours_t / plain_t:.2f} (medians of {len(ours_times)} whole runs)"
    )
    share = len(right) / len(judged) if judged else 0.0
    print(f"title accuracy {share:.1%} ({len(right)}/{len(judged)} pages with a real headline)")
    print("lowest F1:")
    for pid in sorted(scores, key=lambda pid: scores[pid].f1)[:10]:
        s = scores[pid]
        print(f"  {pid[:16]}  F1 {s.f1:.3f}  P {s.precision or 0:.3f}  R {s.recall or 0:.3f}")
    wrong = [pid for pid in judged if pid not in right][:10]
    if wrong:
        print("title misses:")
        for pid in wrong:
            print(f"  {pid[:10]} ours {titles[pid]!r} real {normal(headlines[pid])!r}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
