"""The wheel ``pip install .`` ships compiles the quotation finder with mypyc: it must find
exactly what the source finds.

CI builds that wheel alongside the tests (``.ci/run`` sets TERMNEWS_CI_WHEEL to the folder it
builds into, and writes ``status`` there when done); elsewhere this test skips, and
``bench/quotes_bench.py`` runs the same check.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest

TESTS_DIR = Path(__file__).resolve().parent
SOURCE_DIR = TESTS_DIR.parent / "src"
WHEEL_DIR = os.environ.get("TERMNEWS_CI_WHEEL", "")
BUILD_WAIT_S = 600

# Run as a script in a child process: the digest of every quotation found in the gold texts.
DIGEST_SCRIPT = """
import hashlib, json, sys
from dataclasses import astuple
import termnews.quotes
from termnews.quotes import find_quotes
texts = json.load(sys.stdin)
found = [[astuple(quote) for quote in find_quotes(text)] for text in texts]
print(termnews.quotes.__file__)
print(hashlib.sha256(json.dumps(found).encode()).hexdigest())
"""


def gold_texts() -> list[str]:
    return [
        json.loads(path.read_text(encoding="utf-8"))["text"]
        for path in sorted(TESTS_DIR.glob("quotes_gold*/*.json"))
    ]


def wait_for_build(folder: Path) -> int:
    """The wheel build's exit status, once CI's background build has written it."""
    status = folder / "status"
    deadline = time.monotonic() + BUILD_WAIT_S
    while not status.exists():
        assert time.monotonic() < deadline, "the wheel build did not finish in time"
        time.sleep(1)
    return int(status.read_text().strip() or "1")


@pytest.mark.skipif(not WHEEL_DIR, reason="set by .ci/run, which builds the wheel")
def test_the_compiled_wheel_finds_what_the_source_finds(tmp_path: Path) -> None:
    folder = Path(WHEEL_DIR)
    assert wait_for_build(folder) == 0, (folder / "log").read_text()[-2000:]
    wheels = sorted(folder.glob("termnews-*.whl"))
    assert len(wheels) == 1
    with zipfile.ZipFile(wheels[0]) as wheel:
        wheel.extractall(tmp_path)
    if shutil.which("cc") or shutil.which("gcc"):  # with a compiler, the wheel is compiled
        assert any(tmp_path.glob("termnews/quotes.*.so")), sorted(tmp_path.rglob("*.so"))
    texts = gold_texts()
    module_file, digest = digest_of(texts, tmp_path)
    assert Path(module_file).is_relative_to(tmp_path)  # the wheel's build ran, not the source
    source_file, source_digest = digest_of(texts, SOURCE_DIR)
    assert Path(source_file).name == "quotes.py"
    assert digest == source_digest


def digest_of(texts: list[str], path: Path) -> tuple[str, str]:
    """(the termnews.quotes file loaded, the digest of its quotations) with ``path`` first on
    the import path: the same script for the wheel's build and the source."""
    child = subprocess.run(
        [sys.executable, "-c", DIGEST_SCRIPT],
        input=json.dumps(texts),
        capture_output=True,
        text=True,
        env={**os.environ, "PYTHONPATH": str(path)},
        check=True,
    )
    module_file, digest = child.stdout.split()
    return module_file, digest
