"""Keypress-to-screen latency while moving down a 50,000-article list, in tmux at 120x40.

    python bench/scroll_bench.py                        # 50k articles, 500 presses of j
    python bench/scroll_bench.py --home /tmp/tn50k --reuse --presses 200

Each press is sent with ``tmux send-keys`` and the clock stops when ``capture-pane`` shows a
changed screen (the cursor row and the reader both change on every press). A capture costs a
few milliseconds, so figures below ~5 ms are at the resolution of the method. Prints the median,
the 95th percentile and the worst; asserts nothing.
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
from pathlib import Path

BENCH = Path(__file__).resolve().parent
sys.path.insert(0, str(BENCH))

from startup import SIZE, capture, newest_title, tmux  # noqa: E402

POLL = 0.001
TIMEOUT = 10.0


def wait_for_change(session: str, before: str) -> str:
    deadline = time.perf_counter() + TIMEOUT
    while True:
        screen = capture(session)
        if screen != before:
            return screen
        if time.perf_counter() > deadline:
            raise RuntimeError("the screen did not change after a key press")
        time.sleep(POLL)


def run(home: Path, presses: int, command: str) -> list[float]:
    session = f"scroll-{os.getpid()}"
    needle = newest_title(home)[:18]
    tmux(
        "new-session",
        "-d",
        "-s",
        session,
        "-x",
        str(SIZE[0]),
        "-y",
        str(SIZE[1]),
        f"exec {command} --home {home} --offline",
    )
    try:
        deadline = time.perf_counter() + 60
        while needle not in (screen := capture(session)):
            if time.perf_counter() > deadline:
                raise RuntimeError("termnews did not start")
            time.sleep(0.01)
        time.sleep(1.5)  # let the first dwell-to-read happen before timing
        screen = capture(session)
        latencies = []
        for _ in range(presses):
            started = time.perf_counter()
            tmux("send-keys", "-t", session, "j")
            screen = wait_for_change(session, screen)
            latencies.append(time.perf_counter() - started)
        return latencies
    finally:
        subprocess.run(["tmux", "kill-session", "-t", session], capture_output=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-n", type=int, default=50_000, help="articles")
    parser.add_argument("--presses", type=int, default=500)
    parser.add_argument("--home", type=Path)
    parser.add_argument("--reuse", action="store_true")
    parser.add_argument("--termnews", default=shutil.which("termnews") or "termnews")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory(prefix="tn-scroll-") as scratch:
        home = args.home or Path(scratch) / "termnews"
        if not (args.reuse and (home / "data").is_dir()):
            from make_store import build_store

            build_store(home, args.n)
        latencies = sorted(run(home, args.presses, args.termnews))
    ms = [x * 1000 for x in latencies]
    p95 = ms[int(len(ms) * 0.95) - 1]
    print(f"{args.presses} presses of j at {args.n:,} articles (tmux {SIZE[0]}x{SIZE[1]}):")
    print(
        f"  keypress-to-screen median {statistics.median(ms):.1f} ms, p95 {p95:.1f} ms, "
        f"worst {ms[-1]:.1f} ms"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
