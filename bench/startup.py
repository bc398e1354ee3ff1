"""Startup at 50,000 articles: termnews against newsboat, both in tmux at 120x40.

    python bench/startup.py                 # 50k articles, 5 runs each, newsboat if installed
    python bench/startup.py -n 10000 --repeat 3 --skip-newsboat
    python bench/startup.py --home /tmp/tn50k --reuse   # keep and reuse a built store
    python bench/startup.py --newsboat-analyze          # newsboat's cache with SQLite stats

termnews: ``termnews --home HOME --offline``; the clock runs from the tmux launch until the
newest article's title is on screen (capture-pane polled every 5 ms), then the process's
resident memory is read from /proc once it has settled (0.5 s later).

newsboat: ``newsboat -c cache.db -u urls -C config`` over the very same articles
(bench/newsboat_store.py rebuilds make_store's articles, full bodies included, with the termnews
store's ``now``, and checks row by row that both stores agree). newsboat's first screen is its
feed list, drawn only after it has loaded every article from its cache (each feed shows its
unread/total counts). That is its first clock. Its feed list is sorted by newest article
(``feed-sort-order lastupdated``), so the moment the list is up the bench presses Enter and the
second clock stops when the article list's first row is one of the newest articles (several
undated articles tie at the build's ``now``): a screen comparable to termnews' first one. The
ratio uses that second clock; the feed-list ratio is printed too.

newsboat's cache has no SQLite statistics, like every cache newsboat fills itself (it runs
ANALYZE only on the empty tables it creates), so SQLite plans its per-feed startup query on
idx_deleted and reads every item once per feed. ``--newsboat-analyze`` gives the cache
statistics instead (idx_feedurl is used; newsboat opens over 10x sooner): the favourable case.

Prints the medians and the ratio; asserts nothing (the bar: termnews >= 8x sooner, < 150 MB).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

SIZE = (120, 40)
POLL = 0.005
TIMEOUT = 60.0


@dataclass(slots=True)
class Launch:
    """One timed launch: seconds until the wanted text showed, and memory once up.

    ``first`` is the first stage's time when there were two (newsboat: its feed list).
    """

    seconds: float
    rss_mb: float
    first: float | None = None


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], check=True, capture_output=True, text=True).stdout


def capture(session: str) -> str:
    return tmux("capture-pane", "-p", "-t", session)


def rss_mb(pid: int) -> float:
    """Resident memory of ``pid`` and its children, in MB (from /proc)."""
    total = 0
    for candidate in [pid, *_children(pid)]:
        try:
            for line in Path(f"/proc/{candidate}/status").read_text().splitlines():
                if line.startswith("VmRSS:"):
                    total += int(line.split()[1])
        except OSError:
            continue
    return total / 1024


def _children(pid: int) -> list[int]:
    try:
        out = subprocess.run(
            ["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True
        ).stdout
    except OSError:
        return []
    return [int(p) for p in out.split()]


def launch(
    command: str,
    shown: Callable[[str], bool],
    env: dict[str, str],
    then: tuple[str, Callable[[str], bool]] | None = None,
) -> Launch:
    """Start ``command`` in a fresh tmux session; time until ``shown(screen)`` holds.

    With ``then = (key, shown2)``: once ``shown`` holds, send ``key`` at once and keep the
    clock running until ``shown2(screen)`` holds; ``first`` is the time of the first stage.
    """
    session = f"bench-{os.getpid()}-{time.monotonic_ns()}"
    env_args = [arg for key, value in env.items() for arg in ("-e", f"{key}={value}")]
    started = time.perf_counter()
    tmux(
        "new-session",
        "-d",
        "-s",
        session,
        "-x",
        str(SIZE[0]),
        "-y",
        str(SIZE[1]),
        *env_args,
        f"exec {command}",
    )
    try:
        first = None
        while True:
            elapsed = time.perf_counter() - started
            screen = capture(session)
            if then is not None and first is None and shown(screen):
                first = elapsed
                tmux("send-keys", "-t", session, then[0])
                shown = then[1]
                continue
            if (then is None or first is not None) and shown(screen):
                break
            if elapsed > TIMEOUT:
                raise RuntimeError(f"nothing after {TIMEOUT} s:\n{capture(session)}")
            time.sleep(POLL)
        time.sleep(0.5)
        pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
        return Launch(elapsed, rss_mb(pid), first)
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def newest_title(home: Path) -> str:
    from termnews.paths import resolve_paths
    from termnews.sanitize import clean_line
    from termnews.store import Store

    with Store.open(resolve_paths(home).db_file) as store:
        (row,) = store.articles(limit=1)
    return clean_line(row.title)


def bench_termnews(home: Path, repeat: int, command: str) -> list[Launch]:
    title = newest_title(home)
    needle = title[:18]
    print(f"termnews: waiting for the newest title {needle!r}…", flush=True)
    runs = []
    for number in range(repeat + 1):  # the first run warms the page cache; not counted
        result = launch(f"{command} --home {home} --offline", lambda s: needle in s, {})
        if number:
            runs.append(result)
        print(
            f"  run {number}: {result.seconds * 1000:.0f} ms, {result.rss_mb:.0f} MB"
            + ("  (warm-up)" if not number else ""),
            flush=True,
        )
    return runs


FEED_ROW = re.compile(r"^\s*1 [ N]\s+\(\d+/\d+\) ", re.M)  # feed list, first row, with counts


def newest_newsboat_titles(cache: Path) -> set[str]:
    """Titles (as the article list shows them: first 18 chars) of the newest articles."""
    import sqlite3

    connection = sqlite3.connect(f"file:{cache}?mode=ro", uri=True)
    try:
        rows = connection.execute(
            "SELECT title FROM rss_item WHERE pubDate = (SELECT max(pubDate) FROM rss_item)"
        ).fetchall()
    finally:
        connection.close()
    return {title[:18] for (title,) in rows}


def bench_newsboat(
    directory: Path, n: int, repeat: int, home: Path, analyze: bool = False
) -> list[Launch]:
    from newsboat_store import build_newsboat_store, compare_with_termnews, termnews_now

    cache, urls, config = build_newsboat_store(
        directory, n, now=termnews_now(home), analyze=analyze
    )
    same = compare_with_termnews(cache, home)
    print(f"newsboat: cache.db {cache.stat().st_size / 1e6:.0f} MB, same {same:,} articles")
    newest = newest_newsboat_titles(cache)

    def article_list_up(screen: str) -> bool:
        lines = screen.splitlines()
        return (
            len(lines) > 1
            and "Articles in feed" in lines[0]
            and any(title in lines[1] for title in newest)
        )

    print(
        f"newsboat: waiting for its feed list, then Enter, then one of the {len(newest)} "
        "newest titles on the article list's first row…",
        flush=True,
    )
    command = f"newsboat -c {cache} -u {urls} -C {config}"
    runs = []
    for number in range(repeat + 1):
        (directory / "cache.db.lock").unlink(missing_ok=True)
        result = launch(
            command,
            lambda s: FEED_ROW.search(s) is not None,
            {"HOME": str(directory)},
            then=("Enter", article_list_up),
        )
        if number:
            runs.append(result)
        assert result.first is not None
        print(
            f"  run {number}: feed list {result.first * 1000:.0f} ms, newest title "
            f"{result.seconds * 1000:.0f} ms, {result.rss_mb:.0f} MB"
            + ("  (warm-up)" if not number else ""),
            flush=True,
        )
    return runs


def summary(name: str, runs: list[Launch]) -> tuple[float, float]:
    seconds = statistics.median(r.seconds for r in runs)
    memory = statistics.median(r.rss_mb for r in runs)
    worst = max(r.seconds for r in runs)
    print(
        f"{name:9} median {seconds * 1000:6.0f} ms  (worst {worst * 1000:.0f} ms)  "
        f"RSS median {memory:.0f} MB"
    )
    return seconds, memory


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50_000, help="articles")
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--home", type=Path, help="termnews home (default: a temp dir)")
    parser.add_argument("--reuse", action="store_true", help="reuse the store in --home")
    parser.add_argument("--skip-newsboat", action="store_true")
    parser.add_argument(
        "--newsboat-analyze",
        action="store_true",
        help="give newsboat's cache SQLite statistics (its own caches have none)",
    )
    parser.add_argument("--termnews", default=shutil.which("termnews") or "termnews")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        print("tmux is required", file=sys.stderr)
        return 1
    print(f"load average at start {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    with tempfile.TemporaryDirectory(prefix="tn-startup-") as scratch:
        home = args.home or Path(scratch) / "termnews"
        if not (args.reuse and (home / "data").is_dir()):
            from make_store import build_store

            started = time.perf_counter()
            build_store(home, args.n)
            print(f"built {args.n:,} articles in {time.perf_counter() - started:.0f} s")
        ours = bench_termnews(home, args.repeat, args.termnews)
        theirs: list[Launch] = []
        if not args.skip_newsboat:
            if shutil.which("newsboat") is None:
                print("newsboat is not installed (apt-get install -y newsboat); skipped")
            else:
                theirs = bench_newsboat(
                    Path(scratch) / "newsboat", args.n, args.repeat, home, args.newsboat_analyze
                )
        print()
        our_seconds, our_memory = summary("termnews", ours)
        if theirs:
            their_seconds, their_memory = summary("newsboat", theirs)
            their_list = statistics.median(r.first for r in theirs if r.first is not None)
            print(f"newsboat feed list (all articles loaded) median {their_list * 1000:.0f} ms")
            print(
                f"termnews shows the newest article {their_seconds / our_seconds:.1f}x sooner "
                f"than newsboat does (feed list, Enter) (bar: >= 8x); "
                f"{their_list / our_seconds:.1f}x sooner than newsboat shows its feed list"
            )
            print(f"newsboat RSS {their_memory:.0f} MB")
        print(f"termnews RSS {our_memory:.0f} MB (bar: < 150 MB)")
        print(f"load average {' '.join(Path('/proc/loadavg').read_text().split()[:3])}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
