"""Refresh benchmark: newsboat 2.21 against termnews on the loopback feed farm.

One run starts the farm (default 200 feeds x 20 items on 20 hosts, 200 ms per answer) and
times, on fresh temporary homes:

  a) ``newsboat -x reload`` at reload-threads 16 (and at its default 1 over 50 feeds with
     ``--newsboat-serial``);
  b) ``termnews refresh --no-pages`` (wall, CPU, peak RSS), checks every article is stored,
     then a second refresh that must get 304 for every feed;
  c) ``termnews refresh`` with pages (every page fetched, cleaned, scanned for quotes).

It prints medians over ``--repeat`` runs and the ratio newsboat(16 threads) / termnews for the
feeds-only refresh; the bar is >= 3x. Example quick run:

    python bench/refresh_bench.py --feeds 40 --items 5 --repeat 1 --skip-pages
"""

from __future__ import annotations

import argparse
import json
import os
import re
import resource
import shlex
import shutil
import signal
import sqlite3
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

try:
    from feedfarm import FeedFarm, article_paragraphs, article_spec
except ImportError:  # imported as bench.refresh_bench from the repository root
    from bench.feedfarm import FeedFarm, article_paragraphs, article_spec

BAR_RATIO = 3.0
CHILD_TIMEOUT = 900.0
FEEDS_ONLY_LABEL = "termnews refresh --no-pages"


# ---- running one child and measuring it -------------------------------------------------------


@dataclass(slots=True)
class ChildRun:
    """What one child process did: exit status, wall time, its own CPU and peak RSS."""

    returncode: int
    wall: float
    cpu: float
    max_rss_mb: float
    stdout: str
    stderr: str

    def last_error_line(self) -> str:
        lines = [line for line in self.stderr.splitlines() if line.strip()]
        return lines[-1] if lines else f"exit status {self.returncode}"


# On Linux a child's ru_maxrss starts at its parent's peak RSS (exec keeps the old mm's high
# water mark), and this process holds the warmed farm: so each command is spawned by a tiny
# launcher that measures its one child with wait4 and writes the figures to a file.
LAUNCHER = """
import os, sys, time
out, cmd = sys.argv[1], sys.argv[2:]
started = time.perf_counter()
pid = os.posix_spawnp(cmd[0], cmd, os.environ)
_, status, usage = os.wait4(pid, 0)
wall = time.perf_counter() - started
code = os.waitstatus_to_exitcode(status)
with open(out, "w") as handle:
    handle.write(f"{code} {wall} {usage.ru_utime + usage.ru_stime} {usage.ru_maxrss}")
"""


def run_child(cmd: Sequence[str], env: dict[str, str], cwd: Path) -> ChildRun:
    """Run ``cmd`` to completion through the launcher: its own wall, CPU and peak RSS."""
    with (
        tempfile.TemporaryFile() as out,
        tempfile.TemporaryFile() as err,
        tempfile.NamedTemporaryFile(mode="r", suffix=".rusage") as figures,
    ):
        launcher = [sys.executable, "-S", "-c", LAUNCHER, figures.name, *cmd]
        process = subprocess.Popen(
            launcher,
            stdout=out,
            stderr=err,
            stdin=subprocess.DEVNULL,
            env=env,
            cwd=cwd,
            start_new_session=True,
        )
        try:
            process.wait(timeout=CHILD_TIMEOUT)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)  # the launcher and the command with it
            process.wait()
        out.seek(0)
        err.seek(0)
        stdout = out.read().decode("utf-8", "replace")
        stderr = err.read().decode("utf-8", "replace")
        fields = figures.read().split()
    if len(fields) != 4:
        return ChildRun(-1, 0.0, 0.0, 0.0, stdout, stderr + "\nlauncher failed or timed out")
    return ChildRun(
        returncode=int(fields[0]),
        wall=float(fields[1]),
        cpu=float(fields[2]),
        max_rss_mb=int(fields[3]) / 1024,  # Linux: KiB
        stdout=stdout,
        stderr=stderr,
    )


# ---- one measurement --------------------------------------------------------------------------


@dataclass(slots=True)
class Measure:
    """One timed step of one repeat, with the checks that make the figure trustworthy."""

    label: str
    wall: float | None = None
    cpu: float | None = None
    max_rss_mb: float | None = None
    per_article_ms: float | None = None
    checks: dict[str, bool] = field(default_factory=dict)
    notes: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.wall is not None and all(self.checks.values())

    def take(self, run: ChildRun) -> ChildRun:
        """Record a child's figures; a failed child is a failed check."""
        self.wall, self.cpu, self.max_rss_mb = run.wall, run.cpu, run.max_rss_mb
        self.checks["exit 0"] = run.returncode == 0
        if run.returncode != 0:
            self.notes.append(run.last_error_line())
        return run

    def check(self, name: str, passed: bool, detail: str = "") -> None:
        self.checks[name] = passed
        if not passed and detail:
            self.notes.append(f"{name}: {detail}")


# ---- newsboat ---------------------------------------------------------------------------------


def newsboat_label(threads: int, feeds: int) -> str:
    return f"newsboat reload, {threads} thread{'s' * (threads != 1)}, {feeds} feeds"


def newsboat_reload(farm: FeedFarm, feeds: int, threads: int, workdir: Path) -> Measure:
    """``newsboat -x reload`` of the first ``feeds`` farm feeds into an empty cache."""
    measure = Measure(newsboat_label(threads, feeds))
    workdir.mkdir(parents=True)
    urls = workdir / "urls"
    urls.write_text("\n".join(farm.feed_urls[:feeds]) + "\n", encoding="utf-8")
    (workdir / "config").write_text(f"reload-threads {threads}\n", encoding="utf-8")
    cache = workdir / "cache.db"
    env = dict(os.environ, HOME=str(workdir))  # its ~/.newsboat lands in the temp dir
    cmd = ["newsboat", "-x", "reload", "-u", str(urls), "-c", str(cache), "-C", "config"]
    farm.stats.reset()
    measure.take(run_child(cmd, env, workdir))
    expected = feeds * farm.items
    stored = _newsboat_item_count(cache)
    measure.check("all articles stored", stored == expected, f"{stored} of {expected}")
    fetched = farm.stats.snapshot().get("feed_200", 0)
    measure.check("every feed fetched", fetched == feeds, f"{fetched} of {feeds}")
    if measure.wall:
        measure.per_article_ms = measure.wall / expected * 1000
    return measure


def _newsboat_item_count(cache: Path) -> int:
    if not cache.exists():
        return 0
    connection = sqlite3.connect(cache)
    try:
        return int(connection.execute("SELECT count(*) FROM rss_item").fetchone()[0])
    finally:
        connection.close()


# ---- termnews ---------------------------------------------------------------------------------


@dataclass(slots=True)
class Termnews:
    """How to call the termnews CLI on one home directory."""

    command: list[str]
    home: Path
    env: dict[str, str]

    def run(self, *args: str) -> ChildRun:
        return run_child([*self.command, "--home", str(self.home), *args], self.env, self.home)

    def articles(self) -> list[dict[str, object]] | None:
        """Every stored article (``list --json`` rows), None when the command fails."""
        run = self.run("list", "--json")
        if run.returncode != 0:
            return None
        try:
            rows = json.loads(run.stdout)
        except ValueError:
            return None
        return rows if isinstance(rows, list) else None


def termnews_home(command: list[str], root: Path, farm: FeedFarm) -> Termnews:
    """A fresh home subscribed to every farm feed (through ``import farm.opml``)."""
    home = root / "home"
    home.mkdir(parents=True)
    env = {k: v for k, v in os.environ.items() if k != "TERMNEWS_HOME"}
    termnews = Termnews(command, home, env)
    opml = farm.write_opml(root / "farm.opml")
    imported = termnews.run("import", str(opml))
    if imported.returncode == 0:
        return termnews
    for url in farm.feed_urls:  # the brief's fallback: subscribe one URL at a time
        added = termnews.run("add", url)
        if added.returncode != 0:
            raise RuntimeError(
                f"termnews import failed: {imported.last_error_line()}; "
                f"add failed too: {added.last_error_line()}"
            )
    return termnews


def termnews_feeds_only(command: list[str], farm: FeedFarm, root: Path) -> list[Measure]:
    """First refresh without pages, the stored count, then the all-304 second refresh."""
    first = Measure(FEEDS_ONLY_LABEL)
    second = Measure("termnews 2nd refresh (all 304)")
    try:
        termnews = termnews_home(command, root, farm)
    except RuntimeError as error:
        first.check("import", False, str(error))
        return [first]
    farm.stats.reset()
    first.take(termnews.run("refresh", "--no-pages"))
    counts = farm.stats.snapshot()
    first.check("every feed fetched", counts.get("feed_200", 0) == farm.feeds, str(counts))
    first.check("no page fetched", counts.get("page_200", 0) == 0, str(counts))
    rows = termnews.articles()
    stored = -1 if rows is None else len(rows)
    first.check("all articles listed", stored == farm.article_count, f"{stored}")
    if first.wall:
        first.per_article_ms = first.wall / farm.article_count * 1000

    farm.stats.reset()
    second.take(termnews.run("refresh", "--no-pages"))
    answered_304 = len(farm.stats.feeds_answered(304))
    counts = farm.stats.snapshot()
    second.check(
        "304 for every feed",
        answered_304 == farm.feeds,
        f"{answered_304} of {farm.feeds} feeds only 304; {counts}",
    )
    return [first, second]


def termnews_with_pages(command: list[str], farm: FeedFarm, root: Path) -> Measure:
    """The full refresh: every feed, every page fetched, cleaned and scanned for quotes."""
    measure = Measure("termnews refresh (with pages)")
    try:
        termnews = termnews_home(command, root, farm)
    except RuntimeError as error:
        measure.check("import", False, str(error))
        return measure
    farm.stats.reset()
    measure.take(termnews.run("refresh"))
    counts = farm.stats.snapshot()
    pages = counts.get("page_200", 0)
    measure.check("every page fetched", pages == farm.article_count, f"{pages}")
    if measure.wall:
        measure.per_article_ms = measure.wall / farm.article_count * 1000
    rows = termnews.articles()
    stored = -1 if rows is None else len(rows)
    measure.check("all articles listed", stored == farm.article_count, f"{stored}")
    if rows:
        _check_one_article(termnews, rows[len(rows) // 2], measure)
    return measure


def _check_one_article(termnews: Termnews, row: dict[str, object], m: Measure) -> None:
    """One article's cleaned text holds its page's body, and its quotations were stored."""
    match = re.search(r"/articles/(\d+)/(\d+)\.html$", str(row.get("url")))
    if match is None:
        m.check("article url from the farm", False, str(row.get("url")))
        return
    spec = article_spec(int(match[1]), int(match[2]))
    body_sentence = article_paragraphs(spec)[1][:60]
    shown = termnews.run("show", str(row["id"]))
    m.check("cleaned text shown", body_sentence in shown.stdout, shown.last_error_line())
    quotes = termnews.run("quotes", "--article", str(row["id"]), "--json")
    try:
        found = len(json.loads(quotes.stdout))
    except ValueError:
        found = -1
    m.check("quotes stored", found > 0, f"{found} ({quotes.last_error_line()})")


# ---- the whole bench --------------------------------------------------------------------------


def raise_fd_limit() -> None:
    """Many concurrent connections on both sides: lift the soft file-descriptor limit."""
    soft, hard = resource.getrlimit(resource.RLIMIT_NOFILE)
    wanted = hard if hard != resource.RLIM_INFINITY else 65536
    if soft < wanted:
        resource.setrlimit(resource.RLIMIT_NOFILE, (wanted, hard))


def termnews_command(spec: str | None) -> list[str]:
    """``--termnews`` if given, else the installed entry point, else ``python -m termnews``."""
    if spec:
        return shlex.split(spec)
    entry = shutil.which("termnews")
    return [entry] if entry else [sys.executable, "-m", "termnews"]


def run_repeat(args: argparse.Namespace, farm: FeedFarm, command: list[str]) -> list[Measure]:
    """One repeat of every selected step, each in its own temporary directory."""
    measures: list[Measure] = []
    with tempfile.TemporaryDirectory(prefix="refresh-bench-") as tmp:
        root = Path(tmp)
        if not args.skip_newsboat:
            measures.append(newsboat_reload(farm, farm.feeds, args.threads, root / "nb16"))
            if args.newsboat_serial:
                serial_feeds = min(50, farm.feeds)
                measures.append(newsboat_reload(farm, serial_feeds, 1, root / "nb1"))
        if not args.skip_termnews:
            measures.extend(termnews_feeds_only(command, farm, root / "tn"))
        if not args.skip_termnews and not args.skip_pages:
            measures.append(termnews_with_pages(command, farm, root / "tn-pages"))
    return measures


def _median(values: Sequence[float | None]) -> float | None:
    present = [v for v in values if v is not None]
    return statistics.median(present) if present else None


def _fmt(value: float | None, digits: int = 2) -> str:
    return "-" if value is None else f"{value:.{digits}f}"


@dataclass(slots=True)
class StepSummary:
    """One step over every repeat: medians, each run's wall time, failed checks."""

    label: str
    walls_s: list[float | None]
    wall_s: float | None
    cpu_s: float | None
    max_rss_mb: float | None
    per_article_ms: float | None
    ok: bool
    notes: list[str]


def summarise(repeats: list[list[Measure]]) -> dict[str, StepSummary]:
    """Medians per step over the repeats, with every failed check kept."""
    by_label: dict[str, list[Measure]] = {}
    for measures in repeats:
        for measure in measures:
            by_label.setdefault(measure.label, []).append(measure)
    return {
        label: StepSummary(
            label=label,
            walls_s=[m.wall for m in runs],
            wall_s=_median([m.wall for m in runs]),
            cpu_s=_median([m.cpu for m in runs]),
            max_rss_mb=_median([m.max_rss_mb for m in runs]),
            per_article_ms=_median([m.per_article_ms for m in runs]),
            ok=all(m.ok for m in runs),
            notes=sorted({n for m in runs for n in m.notes}),
        )
        for label, runs in by_label.items()
    }


def print_table(summary: dict[str, StepSummary], repeat: int) -> None:
    print(f"\nmedians over {repeat} run(s)")
    print(f"{'step':44} {'wall s':>7} {'cpu s':>7} {'RSS MB':>7} {'ms/art':>7}  ok  runs (wall s)")
    for row in summary.values():
        walls = ", ".join(_fmt(w) for w in row.walls_s)
        print(
            f"{row.label:44} {_fmt(row.wall_s):>7} {_fmt(row.cpu_s):>7} "
            f"{_fmt(row.max_rss_mb, 0):>7} {_fmt(row.per_article_ms, 3):>7}"
            f"  {'yes' if row.ok else 'NO ':3} {walls}"
        )
        for note in row.notes:
            print(f"    ! {note}")


def speed_ratio(summary: dict[str, StepSummary], threads: int, feeds: int) -> float | None:
    """newsboat(N threads) wall / termnews feeds-only wall, both medians."""
    newsboat = summary.get(newsboat_label(threads, feeds))
    termnews = summary.get(FEEDS_ONLY_LABEL)
    if newsboat is None or termnews is None or not newsboat.wall_s or not termnews.wall_s:
        return None
    return newsboat.wall_s / termnews.wall_s


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--feeds", type=int, default=200)
    parser.add_argument("--items", type=int, default=20)
    parser.add_argument("--hosts", type=int, default=20)
    parser.add_argument("--delay", type=float, default=0.2, help="seconds per farm answer")
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--threads", type=int, default=16, help="newsboat reload-threads")
    parser.add_argument(
        "--newsboat-serial",
        action="store_true",
        help="also time newsboat at its default 1 thread over 50 feeds",
    )
    parser.add_argument("--skip-newsboat", action="store_true")
    parser.add_argument("--skip-pages", action="store_true")
    parser.add_argument("--skip-termnews", action="store_true", help="time newsboat alone")
    parser.add_argument("--termnews", help='command to run termnews, e.g. "python3 -m termnews"')
    parser.add_argument("--json", type=Path, help="also write the summary as JSON")
    args = parser.parse_args(argv)
    if not args.skip_newsboat and shutil.which("newsboat") is None:
        parser.error("newsboat is not installed (apt-get install newsboat) or pass --skip-newsboat")
    return args


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    raise_fd_limit()
    command = termnews_command(args.termnews)
    with FeedFarm(args.hosts, args.feeds, args.items, args.delay) as farm:
        farm.warm()
        print(
            f"farm: {farm.feeds} feeds x {farm.items} items = {farm.article_count} articles on "
            f"{farm.hosts} hosts, {farm.delay * 1000:.0f} ms per answer; termnews: "
            f"{shlex.join(command)}"
        )
        repeats: list[list[Measure]] = []
        for index in range(args.repeat):
            measures = run_repeat(args, farm, command)
            repeats.append(measures)
            walls = ", ".join(f"{m.label}: {_fmt(m.wall)}" for m in measures)
            print(f"run {index + 1}/{args.repeat}: {walls}", flush=True)
    summary = summarise(repeats)
    print_table(summary, args.repeat)
    ratio = speed_ratio(summary, args.threads, args.feeds)
    if ratio is not None:
        verdict = "PASS" if ratio >= BAR_RATIO else "FAIL"
        print(
            f"\nratio newsboat({args.threads} threads) / termnews --no-pages: {ratio:.2f}x "
            f"(bar >= {BAR_RATIO:.0f}x): {verdict}"
        )
    if args.json:
        payload = {
            "params": {k: str(v) if isinstance(v, Path) else v for k, v in vars(args).items()},
            "summary": {label: asdict(row) for label, row in summary.items()},
            "ratio": ratio,
            "runs": [[asdict(m) for m in measures] for measures in repeats],
        }
        args.json.write_text(json.dumps(payload, indent=2), encoding="utf-8")
    return 0 if all(row.ok for row in summary.values()) else 1


if __name__ == "__main__":
    sys.exit(main())
