"""Score ``termnews.quotes.find_quotes`` against gold articles and time it.

Gold: ../shared/seed/quotes.json (when present), tests/quotes_gold/*.json (the articles the
finder was written against), tests/quotes_gold_holdout/*.json and tests/quotes_gold_blind2/
and on (articles written by someone who never saw the code, scored before any fix prompted
by them; reported separately), each
{"id", "text", "quotes": [{"quote", "start", "end", "speaker", "kind", "aliases"?}]}.
A predicted speech quote matches a gold one when they overlap by at least half of the gold
span (one-to-one). Prints per-file and overall precision, recall, F1, speaker accuracy,
end-to-end F1, terms taken as speech, and speed. ``-v`` lists every miss.

Speed is CPU time (``time.process_time``: a busy machine's other processes do not count),
the median of ``--repeat`` runs per article, over articles of realistic length (400-1,500
words): the gold articles and, when ../shared is there, the extracted text of the Zyte
corpus's real news pages (what the reader hands ``find_quotes``). It prints the median ms
per 1,000 words per set, the slowest article, and a ~10,000-word article and the gold
articles concatenated. Nothing about a text is cached between runs; two caches of a name's
word analysis persist, as they do through a refresh, and clearing them before every run gives
the same median (2.83 against 2.85-2.97 ms on the gold, session 7), so repeating an article
flatters nothing. ``--no-score`` skips the scores.

The speed lines say which ``termnews.quotes`` ran. From the interpreted source (an editable
install), the bench then builds the wheel ``pip install .`` ships, whose hook compiles
quotes.py and quotes_names.py with mypyc (cached in bench/out/ by the source's digest), times
that build in a child process the same way, and checks that it finds the same quotations,
every field alike, on every gold article. ``--this-build`` times only what is imported.

    python bench/quotes_bench.py [-v] [--gold DIR] [--repeat N] [--no-score] [--this-build]

Blind rounds, scored the first time (quote F1 / speaker accuracy / end-to-end F1 / terms taken
as speech), before any fix they prompted; the fixes then went in as general rules:
round 6 .963/.867/.835/7, round 7 .975/.854/.833/8, round 8 .983/.860/.845/6,
round 9 .989/.889/.879/3, round 10 .992/.883/.875/2, round 11 .977/.937/.915/9,
round 12 .986/.822/.811/5 (session 2's code), round 13 .985/.804/.792/5 and round 14
.975/.878/.856/10 (plus one fix from round 12); then, each with the fixes the rounds before it
prompted: round 15 1.000/.919/.919/0, round 16 .992/.888/.881/3, round 17 .981/.903/.886/4,
round 18 .995/.922/.917/2, round 19 .997/.920/.918/1, round 20 .995/.891/.886/2, round 21
.989/.957/.946/3, round 22 .997/.898/.895/0, round 23 .990/.913/.904/4, round 24
.995/.936/.931/1, round 25 .989/.874/.864/1. Session 4, each round with the fixes of the
rounds before it: round 26 .997/.869/.866/1, round 27 .997/.946/.943/0, round 28
.992/.948/.941/3, round 29 .997/.905/.903/1, round 30 .997/.915/.912/1, round 31
.987/.882/.870/5, round 32 .989/.957/.947/1, round 33 .995/.874/.870/1; then, with some 5,000
more given names: round 34 .990/.952/.943/4, round 35 .987/.963/.950/1, round 36
.992/.929/.922/2, round 37 .992/.954/.947/0, round 38 .990/.937/.927/2, round 39
1.000/.916/.916/0, round 40 .989/.941/.932/4, round 41 .997/.963/.961/1, round 42
.991/.857/.849/3, round 43 .995/.923/.918/1, round 44 .988/.940/.928/2. Session 5, on
session 4's final code: round 45 .997/.941/.939/0, round 46 .995/.941/.936/1; then, each
with the fixes of the rounds before it: round 47 .990/.946/.937/4, round 48
.997/.959/.956/0, round 49 .998/.913/.910/0, round 50 .993/.881/.874/2, round 51
.987/.954/.942/3, round 52 1.000/.902/.902/0, round 53 .990/.964/.954/2, round 54
.997/.939/.937/1, round 55 (bf6dee1) .997/.937/.934/1, round 56 (bf6dee1) .995/.949/.944/1;
on 672e751: round 57 .992/.933/.926/1, round 58 .995/.936/.931/1; on session 5's final code
(b7c32a6): round 59 .989/.930/.921/3. Session 6, on session 5's final code (ca8c5e0): round 60
.997/.916/.914/1; with round 60's fixes (00f5ce4): round 61 .990/.970/.961/3;
with round 61's fixes (7f77f60): round 62 .992/.868/.862/2; with
round 62's fixes (7529363): round 63 .992/.939/.932/2; with
round 63's fixes (2b26cd2): round 64 .992/.939/.932/1; with
round 64's fixes (994d1fb): round 65 .992/.912/.905/1; with
round 65's fixes (ec048b9): round 66 .993/.935/.928/1; with
round 66's fixes (d7fe7d7): round 67 1.000/.963/.963/0; with
round 67's fixes (5926ea2): round 68 .998/.936/.934/1; with
round 68's fixes (641e32d): round 69 .997/.922/.919/0; with
round 69's fixes (6124080): round 70 .997/.901/.899/1; with
round 70's fixes (4b37ed0): round 71 .998/.928/.926/0; with
round 71's fixes (97d0c37): round 72 .983/.962/.946/4; with
round 72's fixes (eb6ba87): round 73 .992/.942/.934/2; on
646001e: round 74 1.000/.935/.935/0; on 370f27c: round 75 .983/.960/.943/3; on session 6's
final code (4bcb4c7): round 76 .997/.980/.977/0. Session 7, on session 6's final code (b533b13):
round 77 (15 articles) .997/.969/.966/1; with round 77's fixes (c8e633a): round 78
.992/.939/.932/3; with round 78's fixes (c95c7de): round 79 1.000/.931/.931/0; with round 79's
fixes (b0e4ada): round 80 .993/.935/.929/1; with round 80's fixes (4f5e7a0): round 81
.990/.964/.954/0; with round 81's fixes (059bb52): round 82 .998/.963/.961/0; with round 82's fixes
(dfffddd): round 83 .995/.967/.962/2; with round 83's fixes (836524b): round 84
1.000/.970/.970/0; with round 84's fixes and a review's (8e57da7): round 85 1.000/.933/.933/0;
with round 85's fixes (6eec304): round 86 .987/.923/.911/2; with round 86's fixes (51a0126): round
87 .993/.904/.897/1; on session 7's final quotes code (4a370d9): round 88 .990/.960/.950/3,
round 89 .998/.990/.988/0. Session 8, on that same code (39d1336): round 90
.992/.923/.916/2, round 91 .997/.937/.934/0; with round 90's first fixes (e85fd2b): round
92 .994/.917/.912/1; with round 92's fixes (c76177d): round 93 .983/.899/.884/4, round 94
.988/.934/.923/3; with their fixes (368eae4): round 95 .995/.946/.941/1, round 96
.990/.932/.923/3; with their fixes (273f7cf): round 97 .989/.962/.951/3, round 98
.987/.947/.935/4; with their fixes (beb3a7c): round 99 .992/.930/.923/3, round 100
.991/.873/.865/2; with their fixes (1fa22c5): round 101 .986/.933/.921/1, round 102
.984/.915/.901/4; with one more fix (2cf8bf8): round 103 .997/.939/.937/0,
round 104 .997/.952/.950/1; with more fixes (911ac6d): round 105
.995/.924/.919/2, round 106 .997/.939/.937/0; with their fixes (c1270e4): round 107
.942/.959/.903/1 (an article in straight single quotes, British style, found nothing), round
108 .993/.930/.923/2; on session 8's final quotes code (5f6b492): round 109 .998/.980/.978/1,
round 110 1.000/.908/.908/0. Session 9, on that same quotes code (e126d87): round 111
.997/.959/.956/1, round 112 .992/.907/.900/1; with their fixes (ee8a875): round 113
.994/.955/.950/0, round 114 .997/.920/.918/0; with their fixes (39ac6bd): round 115
.997/.984/.981/1, round 116 .994/.928/.923/1; with their fixes (19b88a8): round 117
.989/.945/.935/3, round 118 .997/.934/.931/1; with their fixes (7a9408d): round 119
.991/.965/.957/3, round 120 .995/.944/.939/2; on session 9's final quotes code (b0d6bec):
round 121 .992/.955/.947/2, round 122 .991/.911/.903/3. Session 10, on the same quotes code
(3cffacc): round 123 .997/.916/.913/1, round 124 .987/.943/.931/2; with the term fixes
(be70eb1): round 125 .995/.950/.945/1, round 126 .995/.937/.932/1; with the speaker fixes
(ff36a57): round 127 .997/.904/.901/1 (its two halves scored apart, same code), round 128
.986/.955/.942/2; with their fixes (c875df4): round 129 .994/.925/.920/1, round 130
.987/.946/.933/2; with their fixes (96f7801): round 131 .997/.935/.933/1, round 132
.995/.867/.863/1; with their fixes (ec2421b): round 133 .992/.943/.935/3, round 134
.995/.956/.951/0 (its halves scored as each arrived, same code); with their fixes (94bd8e9):
round 135 .990/.907/.898/1, round 136 .992/.929/.921/2; with their fixes (7f62bd5): round 137
.995/.929/.923/2 (its halves scored as each arrived, same code), round 138 .983/1.000/.983/2;
with their fixes (976ad31): round 139 .995/.896/.892/2, round 140 .994/.969/.963/0 (three
answers given without quotation marks dropped from its gold first); on session 10's final
quotes code (a3c1aad): round 141 .994/.960/.955/2, round 142 .992/.950/.942/2.
"""

from __future__ import annotations

import argparse
import gzip
import hashlib
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import zipfile
from dataclasses import astuple, dataclass
from pathlib import Path

import termnews.quotes
from termnews.models import Quote
from termnews.quotes import find_quotes

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared"
ZYTE_PAGES = SHARED / "corpora" / "extraction" / "zyte" / "html"
REALISTIC_WORDS = (400, 1500)  # an ordinary news article's length
LONG_WORDS = 10_000
# What the wheel's compiled build is made of: a change to any of them builds it again.
BUILD_INPUTS = (
    "hatch_build.py",
    "pyproject.toml",
    "src/termnews/quotes*.py",
    "src/termnews/models.py",
)
BUILDS = ROOT / "bench" / "out"
QUOTES_FILE = Path(termnews.quotes.__file__ or "")
COMPILED = QUOTES_FILE.suffix in (".so", ".pyd")  # mypyc's build, not the interpreted source


@dataclass(slots=True)
class Score:
    """Counts for one article (or the sum of many)."""

    predicted: int = 0
    gold: int = 0
    matched: int = 0
    speaker_right: int = 0
    terms_as_speech: int = 0

    def add(self, other: Score) -> None:
        self.predicted += other.predicted
        self.gold += other.gold
        self.matched += other.matched
        self.speaker_right += other.speaker_right
        self.terms_as_speech += other.terms_as_speech

    def row(self, name: str) -> str:
        precision = _ratio(self.matched, self.predicted)
        recall = _ratio(self.matched, self.gold)
        e2e_p = _ratio(self.speaker_right, self.predicted)
        e2e_r = _ratio(self.speaker_right, self.gold)
        return (
            f"{name:26} {precision:6.3f} {recall:6.3f} {_f1(precision, recall):6.3f}"
            f" {_ratio(self.speaker_right, self.matched):7.3f} {_f1(e2e_p, e2e_r):7.3f}"
            f" {self.terms_as_speech:6d}"
        )


def _ratio(a: int, b: int) -> float:
    return a / b if b else 1.0


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def _blind_sets() -> dict[str, Path]:
    """tests/quotes_gold_blind2, _blind3, ... in round order."""
    folders = (ROOT / "tests").glob("quotes_gold_blind*")
    return {
        f.name.removeprefix("quotes_gold_"): f
        for f in sorted(folders, key=lambda f: int(f.name.removeprefix("quotes_gold_blind")))
    }


GOLD_SETS = {
    "gold": ROOT / "tests" / "quotes_gold",
    "holdout": ROOT / "tests" / "quotes_gold_holdout",
    **_blind_sets(),
}


def load_gold(extra: Path | None) -> list[tuple[str, dict]]:
    """(set name, article) for the seed (if ../shared is there) and each gold folder's files;
    ``extra`` replaces the folders with one."""
    articles: list[tuple[str, dict]] = []
    seed = SHARED / "seed" / "quotes.json"
    if seed.exists():
        articles.append(("seed", json.loads(seed.read_text(encoding="utf-8"))))
    folders = {extra.name: extra} if extra else GOLD_SETS
    for name, folder in folders.items():
        for path in sorted(folder.glob("*.json")):
            articles.append((name, json.loads(path.read_text(encoding="utf-8"))))
    return articles


def speaker_is_right(predicted: str | None, gold: dict, all_speakers: set[str]) -> bool:
    """Equal to the gold name or an alias, containing it, or an unambiguous surname."""
    name = gold.get("speaker")
    if name is None:
        return predicted is None
    if predicted is None:
        return False
    guess = predicted.lower().strip()
    names = [name, *gold.get("aliases", [])]
    if any(guess == n.lower() or n.lower() in guess for n in names):
        return True
    if " " in guess:
        return False
    others = {s.lower() for s in all_speakers if s and s != name}
    return any(
        n.split()[-1].lower() == guess and not any(guess in o.split() for o in others)
        for n in names
    )


def score_article(article: dict, predicted: list[Quote], verbose: bool) -> Score:
    """Match predictions to gold one-to-one and count what is right."""
    gold_speech = [q for q in article["quotes"] if q["kind"] == "speech"]
    gold_terms = [q for q in article["quotes"] if q["kind"] == "term"]
    speech = [q for q in predicted if q.kind == "speech"]
    speakers = {q["speaker"] for q in gold_speech if q["speaker"]}
    score = Score(predicted=len(speech), gold=len(gold_speech))
    used: set[int] = set()
    for gold in gold_speech:
        need = (gold["end"] - gold["start"]) / 2
        match = next(
            (
                i
                for i, q in enumerate(speech)
                if i not in used and min(q.end, gold["end"]) - max(q.start, gold["start"]) >= need
            ),
            None,
        )
        if match is None:
            if verbose:
                print(f"  MISSED  {gold['quote'][:60]!r} ({gold['speaker']})")
            continue
        used.add(match)
        score.matched += 1
        if speaker_is_right(speech[match].speaker, gold, speakers):
            score.speaker_right += 1
        elif verbose:
            print(
                f"  SPEAKER {gold['quote'][:50]!r}: got {speech[match].speaker!r}"
                f" want {gold['speaker']!r} (cue {speech[match].cue!r})"
            )
    for i, q in enumerate(speech):
        if i not in used and verbose:
            print(f"  EXTRA   {q.quote[:60]!r} ({q.speaker})")
    for term in gold_terms:
        if any(min(q.end, term["end"]) - max(q.start, term["start"]) > 0 for q in speech):
            score.terms_as_speech += 1
            if verbose:
                print(f"  TERM AS SPEECH {term['quote']!r}")
    return score


def time_article(text: str, repeat: int) -> float:
    """Median CPU milliseconds of ``find_quotes(text)`` over ``repeat`` runs."""
    runs = []
    for _ in range(repeat):
        started = time.process_time()
        find_quotes(text)
        runs.append((time.process_time() - started) * 1000)
    return statistics.median(runs)


def word_count(text: str) -> int:
    return len(text.split())


def realistic(texts: list[tuple[str, str]]) -> list[tuple[str, str]]:
    """The (name, text) pairs of ordinary news length."""
    low, high = REALISTIC_WORDS
    return [(name, text) for name, text in texts if low <= word_count(text) <= high]


def zyte_texts() -> list[tuple[str, str]]:
    """(page, extracted text) of the Zyte corpus's pages, when ../shared is there."""
    if not ZYTE_PAGES.is_dir():
        return []
    from termnews.extract import ExtractError, extract

    texts = []
    for path in sorted(ZYTE_PAGES.glob("*.html.gz")):
        try:
            texts.append((path.name, extract(gzip.decompress(path.read_bytes())).text))
        except ExtractError:
            continue
    return texts


def long_article(texts: list[str]) -> str:
    """Whole articles, joined as paragraphs, until there are at least LONG_WORDS words."""
    picked: list[str] = []
    words = 0
    while texts and words < LONG_WORDS:
        for text in texts:
            picked.append(text)
            words += word_count(text)
            if words >= LONG_WORDS:
                break
    return "\n\n".join(picked)


def speed_report(sets: dict[str, list[tuple[str, str]]], repeat: int) -> None:
    """Median ms per 1,000 words for each set, and the slowest article overall."""
    kind = "compiled (mypyc)" if COMPILED else "interpreted source"
    print(f"find_quotes: {kind}, {QUOTES_FILE}")
    worst = (0.0, "", 0)
    for set_name, texts in sets.items():
        if not texts:
            continue
        per_kword = []
        for name, text in texts:
            ms = time_article(text, repeat)
            per_kword.append(ms / word_count(text) * 1000)
            worst = max(worst, (ms, name, word_count(text)))
        print(
            f"speed {set_name:8}: median {statistics.median(per_kword):.3f} ms per 1,000 words"
            f" over {len(texts)} articles of {REALISTIC_WORDS[0]}-{REALISTIC_WORDS[1]} words"
        )
    print(f"  slowest article: {worst[1]} ({worst[2]} words) {worst[0]:.2f} ms")


def predictions_digest(texts: list[str]) -> str:
    """A digest of every quotation found in ``texts``, fields and all: two builds that find
    the same give the same digest."""
    found = [[astuple(quote) for quote in find_quotes(text)] for text in texts]
    return hashlib.sha256(json.dumps(found).encode()).hexdigest()[:16]


def compiled_build() -> Path | None:
    """The wheel ``pip install .`` builds, unpacked under bench/out (built once per source);
    None, with the reason printed, when it cannot be built or came out pure Python."""
    inputs = sorted(path for pattern in BUILD_INPUTS for path in ROOT.glob(pattern))
    digest = hashlib.sha256(b"".join(path.read_bytes() for path in inputs)).hexdigest()[:12]
    target = BUILDS / f"wheel-{digest}"
    if not target.is_dir():
        print("building the wheel `pip install .` ships (mypyc, about a minute) ...", flush=True)
        with tempfile.TemporaryDirectory() as wheels:
            built = subprocess.run(
                [sys.executable, "-m", "pip", "wheel", "-q", "--no-deps", "-w", wheels, str(ROOT)],
                capture_output=True,
                text=True,
            )
            found = sorted(Path(wheels).glob("termnews-*.whl"))
            if built.returncode != 0 or not found:
                print(f"  the wheel did not build: {(built.stderr or built.stdout).strip()[-300:]}")
                return None
            with zipfile.ZipFile(found[0]) as wheel:
                wheel.extractall(target)
    if not any(path.suffix in (".so", ".pyd") for path in target.glob("termnews/quotes.*")):
        print("  the wheel came out pure Python (no C compiler?): nothing more to time")
        return None
    return target


def time_compiled_build(texts: list[str], repeat: int) -> None:
    """Time the compiled build in a child process, and check it finds exactly what the source
    finds."""
    build = compiled_build()
    if build is None:
        return
    child = subprocess.run(
        [sys.executable, __file__, "--no-score", "--this-build", "--repeat", str(repeat)],
        env={**os.environ, "PYTHONPATH": str(build)},
        stdout=subprocess.PIPE,
        text=True,
    )
    digest = predictions_digest(texts)
    for line in child.stdout.splitlines():
        if line.startswith("digest "):
            same = line.split()[1] == digest
            print(
                f"compiled build finds the same quotations as the source on {len(texts)} "
                f"articles: {'yes' if same else 'NO, they differ'}"
            )
        else:
            print(line)


def print_scores(articles: list[tuple[str, dict]], verbose: bool) -> None:
    """Per-article and per-set scores."""
    print(f"{'article':26} {'P':>6} {'R':>6} {'F1':>6} {'spkAcc':>7} {'e2eF1':>7} {'t>sp':>6}")
    total = Score()
    unseen = Score()
    by_set: dict[str, Score] = {}
    for set_name, article in articles:
        if verbose:
            print(f"[{article['id']}]")
        score = score_article(article, find_quotes(article["text"]), verbose)
        print(score.row(article["id"]))
        total.add(score)
        by_set.setdefault(set_name, Score()).add(score)
        if set_name != "seed":
            unseen.add(score)
    print(total.row("ALL"))
    print(unseen.row("ALL but seed"))
    if len(by_set) > 2:
        for set_name, score in by_set.items():
            print(score.row(f"set: {set_name}"))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("-v", "--verbose", action="store_true")
    parser.add_argument("--gold", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=30)
    parser.add_argument("--no-score", action="store_true", help="time only")
    parser.add_argument(
        "--this-build",
        action="store_true",
        help="time only the termnews.quotes imported (by default the interpreted source is "
        "followed by the compiled build `pip install .` ships)",
    )
    args = parser.parse_args(argv)
    articles = load_gold(args.gold)
    if not articles:
        print("no gold articles found", file=sys.stderr)
        return 1
    if not args.no_score:
        print_scores(articles, args.verbose)

    gold_texts = [(article["id"], article["text"]) for _, article in articles]
    sets = {"gold": realistic(gold_texts), "zyte": realistic(zyte_texts())}
    speed_report(sets, args.repeat)
    texts = [text for _, text in gold_texts]
    long_texts = [long_article(texts), "\n\n".join(texts), "\n\n".join(texts * 3)]
    for text in long_texts:
        ms = time_article(text, max(3, args.repeat // 5))
        print(f"  {word_count(text):6d} words in one text: {ms:.2f} ms")
    if args.this_build:
        print(f"digest {predictions_digest(texts)}")
    elif not COMPILED:
        print()
        time_compiled_build(texts, args.repeat)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
