"""Time the store's hot queries on a 50k-article store: ``python bench/store_bench.py [N]``.

Builds the store once under the temp directory (reused while its article count matches),
then prints median and worst per query, the target, and the query plans of the list views
(none may sort with a temp B-tree). Targets: list queries < 1 ms, search < 20 ms (median).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from make_store import build_store

from termnews.paths import resolve_paths
from termnews.store import Store

LIST_TARGET_MS = 1.0
SEARCH_TARGET_MS = 20.0


def bench_home(n: int) -> Path:
    """The reusable store for ``n`` articles, built if missing or of another size."""
    home = Path(tempfile.gettempdir()) / f"termnews-bench-{n}"
    db_file = resolve_paths(home).db_file
    if db_file.exists():
        with Store.open(db_file) as store:
            if store.count_articles() == n:
                return home
    started = time.perf_counter()
    build_store(home, n)
    print(f"built {n} articles in {time.perf_counter() - started:.1f} s under {home}")
    return home


def timed(fn: Callable[[], object], runs: int) -> tuple[float, float, object]:
    """Median and worst milliseconds over ``runs`` calls (after one warm-up call)."""
    result = fn()
    times = []
    for _ in range(runs):
        started = time.perf_counter()
        fn()
        times.append((time.perf_counter() - started) * 1000)
    return statistics.median(times), max(times), result


def size_of(result: object) -> str:
    if isinstance(result, list):
        return str(len(result))
    return str(result) if isinstance(result, int) else type(result).__name__


def main(argv: list[str]) -> int:
    n = int(argv[0]) if argv else 50_000
    home = bench_home(n)
    store = Store.open(resolve_paths(home).db_file)
    fid = store.feeds()[0].id
    fold = store.folders()[0]
    some_id = store.articles(limit=1, offset=n // 2)[0].id
    cases: list[tuple[str, Callable[[], object], float]] = [
        ("newest 200 unread, all", lambda: store.articles(unread=True, limit=200), 1),
        ("newest 200 unread, feed", lambda: store.articles(feed_id=fid, unread=True, limit=200), 1),
        (
            "newest 200 unread, folder",
            lambda: store.articles(folder=fold, unread=True, limit=200),
            1,
        ),
        ("newest 200, all", lambda: store.articles(limit=200), 1),
        ("200 at offset 20000, all", lambda: store.articles(limit=200, offset=20_000), 1),
        ("newest 200 saved", lambda: store.articles(saved=True, limit=200), 1),
        ("count unread, all", lambda: store.count_articles(unread=True), 1),
        ("count unread, feed", lambda: store.count_articles(feed_id=fid, unread=True), 1),
        ("count unread, folder", lambda: store.count_articles(folder=fold, unread=True), 1),
        ("count saved", lambda: store.count_articles(saved=True), 1),
        ("feeds() with counts", store.feeds, 1),
        ("article(id)", lambda: store.article(some_id), 1),
        ("search rare 'zeppelin'", lambda: store.search("zeppelin"), 20),
        ("search common 'city'", lambda: store.search("city"), 20),
        ("search two words 'city council'", lambda: store.search("city council"), 20),
        ("search prefix 'coun'", lambda: store.search("coun"), 20),
        # Whole views, not pages: ~1,300 quotations per speaker here (28 speakers in all).
        ("quotes_by_speaker 'Wu'", lambda: store.quotes_by_speaker("Wu"), 20),
        ("quotes_by_speaker 'Michelle Wu'", lambda: store.quotes_by_speaker("Michelle Wu"), 20),
        ("speakers()", store.speakers, 20),
    ]
    print(f"{'query':36} {'median ms':>10} {'worst ms':>9} {'target':>7} {'rows':>6}")
    for name, fn, target in cases:
        median, worst, result = timed(fn, runs=50)
        verdict = "ok" if median < target else "SLOW"
        print(f"{name:36} {median:10.3f} {worst:9.3f} {target:7.0f} {size_of(result):>6} {verdict}")
    print_plans(store, fid, fold)
    store.close()
    return 0


def print_plans(store: Store, feed_id: int, folder: str) -> None:
    """EXPLAIN QUERY PLAN of the SQL the list views really run (caught by a trace callback);
    a temp B-tree there would mean a sort of every matching row for each page."""
    views: dict[str, Callable[[], object]] = {
        "unread all": lambda: store.articles(unread=True, limit=200),
        "unread feed": lambda: store.articles(feed_id=feed_id, unread=True, limit=200),
        "unread folder": lambda: store.articles(folder=folder, unread=True, limit=200),
        "saved": lambda: store.articles(saved=True, limit=200),
        "all": lambda: store.articles(limit=200),
    }
    conn = store.connection
    for name, run in views.items():
        statements: list[str] = []
        conn.set_trace_callback(statements.append)
        run()
        conn.set_trace_callback(None)
        plan = conn.execute("EXPLAIN QUERY PLAN " + statements[-1]).fetchall()
        details = "; ".join(row[-1] for row in plan)
        flag = "TEMP B-TREE!" if "TEMP B-TREE" in details else "no temp b-tree"
        print(f"plan {name:14} {flag}: {details}")


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
