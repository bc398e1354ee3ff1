"""The real App in a pseudo-terminal: hostile titles must not reach the terminal as sequences.

``python -m termnews --home H --offline`` runs on a pty (TERM=xterm-256color, 120x40) over a
store with one article per hostile title; we walk every article with "j", quit with "q", capture
every byte the App wrote and look for what a terminal would act on: OSC 52 (clipboard), OSC 8 to
the hostile URL, OSC 0 (window title), DCS, report requests (CSI 6n, c, >c, 21t) and 8-bit
C1 CSI/OSC. Textual sends some queries of its own at startup, so a baseline run with harmless
titles is made the same way and the hostile run must add none.
"""

from __future__ import annotations

import fcntl
import json
import os
import re
import select
import signal
import struct
import subprocess
import sys
import termios
import time
from pathlib import Path

import pytest

from termnews.models import Entry
from termnews.paths import resolve_paths
from termnews.store import Store

SHARED_TITLES = (
    Path(__file__).resolve().parents[1].parent / "shared" / "corpora" / "hostile" / "titles.json"
)
OWN_TITLES = [
    "Breaking\x1b[2J\x1b[H news",
    "Hi\x1b]52;c;ZWNobyBwd25lZA==\x07there",
    "\x1b]8;;https://evil.example/\x1b\\click me\x1b]8;;\x1b\\",
    "\x1b]0;fake window title\x07x",
    "\x1bP+q544e\x1b\\x",
    "\x1b[6n\x1b[c\x1b[>c\x1b[21t x",
    "\x9b31mC1 red\x9b0m",
    "\x9d52;c;ZWNobyBwd25lZA==\x9c after",
    "\x9d0;c1 window title\x07 tail",
    "invoice\u202egnp.exe",
    "[@click=app.quit]Read more[/]",
    "[link=https://evil.example/]Open bank[/link]",
]
COLUMNS, ROWS = 120, 40
RUN_LIMIT = 20.0  # seconds for one run, startup to exit
STEP = 0.04  # seconds between key presses
# Sequences content could smuggle; (name, pattern). Counted in both runs.
QUERIES = {
    "cursor position report": rb"\x1b\[6n",
    "device attributes": rb"\x1b\[0?c",
    "secondary device attributes": rb"\x1b\[>0?c",
    "window title report": rb"\x1b\[21t",
    "window title set": rb"\x1b\]0;",
    "DCS": rb"\x1bP",
}
NEVER = {
    "OSC 52 clipboard": rb"\x1b\]52",
    "OSC 8 to the hostile URL": rb"\x1b\]8;[^\x07\x1b]*evil\.example",
    "8-bit CSI": rb"\xc2\x9b",
    "8-bit OSC": rb"\xc2\x9d",
    "8-bit DCS": rb"\xc2\x90",
    "8-bit ST": rb"\xc2\x9c",
    "bidi override": "\u202e".encode(),
    "OSC 52 payload": rb"ZWNobyBwd25lZA",
    "window title text": rb"fake window title|c1 window title",
}


def hostile_titles() -> list[str]:
    titles = list(OWN_TITLES)
    if SHARED_TITLES.is_file():
        titles += list(json.loads(SHARED_TITLES.read_text(encoding="utf-8")).values())
    return titles


def build_home(home: Path, titles: list[str], *, raw: bool) -> None:
    """One feed, one article per title, through the Store API. ``raw`` then writes the titles
    into the rows unsanitised too, as an old or tampered store might hold them."""
    paths = resolve_paths(home).ensure()
    with Store.open(paths.db_file) as store:
        feed = store.add_feed("http://127.0.0.1:9/hostile.xml", "Hostile feed")
        entries = [
            Entry(f"g{n}", f"http://127.0.0.1:9/{n}", title, title[:200], 1_700_000_000 - n, title)
            for n, title in enumerate(titles)
        ]
        ids = store.add_entries(feed.id, entries, 1_700_000_000)
        if raw:
            for article_id, title in zip(ids, titles, strict=True):
                store.connection.execute(
                    "UPDATE articles SET title = ?, summary = ?, author = ? WHERE id = ?",
                    (title[:5000], title[:5000], title[:200], article_id),
                )
            store.connection.execute(
                "UPDATE feeds SET title = ? WHERE id = ?", (OWN_TITLES[3] + " feed", feed.id)
            )


def set_window_size(fd: int) -> None:
    fcntl.ioctl(fd, termios.TIOCSWINSZ, struct.pack("HHHH", ROWS, COLUMNS, 0, 0))


def read_available(fd: int, sink: bytearray, wait: float) -> bool:
    """Read whatever the App wrote within ``wait`` seconds; False once the pty is closed."""
    deadline = time.monotonic() + wait
    while True:
        remaining = deadline - time.monotonic()
        if remaining <= 0:
            return True
        ready, _, _ = select.select([fd], [], [], remaining)
        if not ready:
            return True
        try:
            chunk = os.read(fd, 65536)
        except OSError:  # EIO: the child closed its side
            return False
        if not chunk:
            return False
        sink.extend(chunk)


def run_app_in_pty(home: Path, presses: int) -> bytes:
    """Run the App on a pty, press "j" ``presses`` times, then "q"; every byte it wrote."""
    master, slave = os.openpty()
    set_window_size(slave)
    env = {
        **os.environ,
        "TERM": "xterm-256color",
        "COLUMNS": str(COLUMNS),
        "LINES": str(ROWS),
    }
    for name in ("TERMNEWS_HOME", "TEXTUAL", "NO_COLOR", "TEXTUAL_DRIVER"):
        env.pop(name, None)
    proc = subprocess.Popen(
        [sys.executable, "-m", "termnews", "--home", str(home), "--offline"],
        stdin=slave,
        stdout=slave,
        stderr=slave,
        env=env,
        start_new_session=True,
        close_fds=True,
    )
    os.close(slave)
    output = bytearray()
    started = time.monotonic()
    try:
        # Wait for the first full frame (the footer's key hints), then walk and quit.
        while b"Quit" not in output and time.monotonic() - started < RUN_LIMIT / 2:
            if not read_available(master, output, 0.1):
                break
        assert b"Quit" in output, f"the App did not start: {bytes(output[-500:])!r}"
        for _ in range(presses):
            os.write(master, b"j")
            read_available(master, output, STEP)
        read_available(master, output, 0.3)
        os.write(master, b"q")
        while time.monotonic() - started < RUN_LIMIT and proc.poll() is None:
            if not read_available(master, output, 0.1):
                break
        proc.wait(timeout=max(0.1, RUN_LIMIT - (time.monotonic() - started)))
    except subprocess.TimeoutExpired:
        pass
    finally:
        if proc.poll() is None:
            os.killpg(proc.pid, signal.SIGKILL)
            proc.wait()
        read_available(master, output, 0.05)
        os.close(master)
    assert proc.returncode == 0, f"exit {proc.returncode}: {bytes(output[-800:])!r}"
    return bytes(output)


@pytest.fixture(scope="module")
def runs(tmp_path_factory: pytest.TempPathFactory) -> tuple[bytes, bytes, int]:
    titles = hostile_titles()
    harmless = [f"Harmless title number {n}" for n in range(len(titles))]
    base_home = tmp_path_factory.mktemp("baseline")
    hostile_home = tmp_path_factory.mktemp("hostile")
    build_home(base_home, harmless, raw=False)
    build_home(hostile_home, titles, raw=True)
    baseline = run_app_in_pty(base_home, len(titles))
    hostile = run_app_in_pty(hostile_home, len(titles))
    return baseline, hostile, len(titles)


def test_the_app_ran_and_showed_the_titles(runs: tuple[bytes, bytes, int]) -> None:
    baseline, hostile, _ = runs
    assert b"Harmless title number 0" in baseline
    assert b"[@click=app.quit]Read more[/]" in hostile  # markup shown literally
    assert b"Open bank" in hostile


@pytest.mark.parametrize("name", sorted(NEVER))
def test_no_hostile_sequence_reaches_the_terminal(
    runs: tuple[bytes, bytes, int], name: str
) -> None:
    _, hostile, _ = runs
    found = re.search(NEVER[name], hostile)
    assert found is None, f"{name}: {hostile[max(0, found.start() - 60) : found.end() + 60]!r}"


@pytest.mark.parametrize("name", sorted(QUERIES))
def test_content_adds_no_terminal_query(runs: tuple[bytes, bytes, int], name: str) -> None:
    baseline, hostile, _ = runs
    pattern = QUERIES[name]
    assert len(re.findall(pattern, hostile)) <= len(re.findall(pattern, baseline)), name
