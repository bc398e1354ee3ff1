"""First launch on the embedded default, in a real terminal (tmux at 120x40).

Measures the time from launch until the newest sample article's title, a line of its cleaned
body and the speaker of its first quotation are all on screen; then checks that `j` shows the
next article in the reader and that `q` exits cleanly (exit status 0). Each run uses a fresh
home, so every run is a true first run (subscribe to sample_feeds/, refresh, show).

    python bench/first_run.py [--repeat 5] [--size 120x40]
"""

from __future__ import annotations

import argparse
import json
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

SESSION = "termnews-first-run"
TIMEOUT = 20.0


def tmux(*args: str) -> str:
    return subprocess.run(["tmux", *args], capture_output=True, text=True, check=False).stdout


def screen() -> str:
    return tmux("capture-pane", "-p", "-J", "-t", SESSION)


def cli(home: Path, *args: str) -> str:
    command = [sys.executable, "-m", "termnews", "--home", str(home), *args]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def expectations(home: Path) -> dict[str, str]:
    """What the first screen must show, read from a store the CLI filled the same way."""
    subprocess.run(
        [sys.executable, "-m", "termnews", "--home", str(home), "refresh"],
        capture_output=True,
        check=True,
    )
    first, second = json.loads(cli(home, "list", "--json", "--limit", "2"))
    body = cli(home, "show", str(first["id"])).split("\n\n", 1)[1]
    first_line = next(line for line in body.splitlines() if len(line) > 40)
    quotes = json.loads(cli(home, "quotes", "--article", str(first["id"]), "--json"))
    speaker = next(q["speaker"] for q in quotes if q["kind"] == "speech" and q["speaker"])
    return {
        "title": " ".join(first["title"].split()[:4]),
        "body": " ".join(first_line.split()[:4]),
        "speaker": speaker.split()[-1],
        "next_title": " ".join(second["title"].split()[:4]),
    }


def wait_for(needles: list[str], start: float) -> float | None:
    while time.perf_counter() - start < TIMEOUT:
        text = " ".join(screen().split())
        if all(needle in text for needle in needles):
            return time.perf_counter() - start
        time.sleep(0.02)
    return None


def one_run(expect: dict[str, str], size: str) -> dict[str, object]:
    home = Path(tempfile.mkdtemp(prefix="termnews-first-"))
    width, height = size.split("x")
    tmux("kill-session", "-t", SESSION)
    command = f"{sys.executable} -m termnews --home {home}; echo EXIT=$?; sleep 30"
    start = time.perf_counter()
    tmux("new-session", "-d", "-s", SESSION, "-x", width, "-y", height, command)
    shown = wait_for([expect["title"], expect["body"], expect["speaker"]], start)
    tmux("send-keys", "-t", SESSION, "j")
    moved = wait_for([expect["next_title"]], time.perf_counter())
    tmux("send-keys", "-t", SESSION, "q")
    exited = wait_for(["EXIT=0"], time.perf_counter())
    tmux("kill-session", "-t", SESSION)
    shutil.rmtree(home, ignore_errors=True)
    return {"shown": shown, "j": moved, "q_exit0": exited is not None}


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=5)
    parser.add_argument("--size", default="120x40")
    args = parser.parse_args(argv)
    if shutil.which("tmux") is None:
        print("tmux is not installed", file=sys.stderr)
        return 1
    with tempfile.TemporaryDirectory() as scratch:
        expect = expectations(Path(scratch))
    print(f"waiting for: {expect}")
    runs = [one_run(expect, args.size) for _ in range(args.repeat)]
    for number, run in enumerate(runs, 1):
        print(f"run {number}: {run}")
    shown = [r["shown"] for r in runs if isinstance(r["shown"], float)]
    ok = len(shown) == len(runs) and all(r["j"] is not None and r["q_exit0"] for r in runs)
    if shown:
        print(
            f"title + body + first speaker on screen: median {statistics.median(shown):.2f} s, "
            f"worst {max(shown):.2f} s (bar: 5 s); j and q: {'ok' if ok else 'FAILED'}"
        )
    return 0 if ok and max(shown) <= 5.0 else 1


if __name__ == "__main__":
    raise SystemExit(main())
