"""Startup at 50,000 articles: termnews against newsboat, both in tmux at 120x40.

    python bench/startup.py                 # 50k articles, 5 runs each, newsboat if installed
    python bench/startup.py -n 10000 --repeat 3 --skip-newsboat
    python bench/startup.py --home /tmp/tn50k --reuse   # keep and reuse a built store

termnews: ``termnews --home HOME --offline``; the clock runs from the tmux launch until the
newest article's title is on screen (capture-pane polled every 5 ms), then the process's
resident memory is read from /proc once it has settled (0.5 s later).

newsboat: ``newsboat -c cache.db -u urls -C config`` over the same number of articles
(bench/newsboat_store.py); newsboat's first screen is its feed list, which it draws only after
loading every article from its cache, so its clock stops when the first feed's title is shown.

Prints the medians and the ratio; asserts nothing (the bar: termnews >= 8x sooner, < 150 MB).
"""

from __future__ import annotations

import argparse
import os
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
    """One timed launch: seconds until the wanted text showed, and memory once up."""

    seconds: float
    rss_mb: float


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


def launch(command: str, shown: Callable[[str], bool], env: dict[str, str]) -> Launch:
    """Start ``command`` in a fresh tmux session; time until ``shown(screen)`` holds."""
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
        while True:
            elapsed = time.perf_counter() - started
            if shown(capture(session)):
                break
            if elapsed > TIMEOUT:
                raise RuntimeError(f"nothing after {TIMEOUT} s:\n{capture(session)}")
            time.sleep(POLL)
        time.sleep(0.5)
        pid = int(tmux("display-message", "-p", "-t", session, "#{pane_pid}").strip())
        return Launch(elapsed, rss_mb(pid))
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


def bench_newsboat(directory: Path, n: int, repeat: int) -> list[Launch]:
    from newsboat_store import build_newsboat_store

    cache, urls, config = build_newsboat_store(directory, n)
    needle = "Farm Gazette feed 0"
    print(f"newsboat: waiting for its feed list ({needle!r})…", flush=True)
    command = f"newsboat -c {cache} -u {urls} -C {config}"
    runs = []
    for number in range(repeat + 1):
        (directory / "cache.db.lock").unlink(missing_ok=True)
        result = launch(command, lambda s: needle in s, {"HOME": str(directory)})
        if number:
            runs.append(result)
        print(
            f"  run {number}: {result.seconds * 1000:.0f} ms, {result.rss_mb:.0f} MB"
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
    parser.add_argument("--termnews", default=shutil.which("termnews") or "termnews")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        print("tmux is required", file=sys.stderr)
        return 1
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
                theirs = bench_newsboat(Path(scratch) / "newsboat", args.n, args.repeat)
        print()
        our_seconds, our_memory = summary("termnews", ours)
        if theirs:
            their_seconds, _ = summary("newsboat", theirs)
            print(
                f"termnews shows the newest article {their_seconds / our_seconds:.1f}x sooner "
                f"than newsboat shows its feed list (bar: >= 8x)"
            )
        print(f"termnews RSS {our_memory:.0f} MB (bar: < 150 MB)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
