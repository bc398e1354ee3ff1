"""Run ``termnews`` in this process as tests do: ``__main__.run``, stdout and stderr captured."""

from __future__ import annotations

import contextlib
import io
from pathlib import Path
from typing import NamedTuple

from termnews.__main__ import run


class CliResult(NamedTuple):
    """What one in-process CLI run gave: exit status, stdout and stderr."""

    status: int
    out: str
    err: str


def run_cli(*argv: str | Path) -> CliResult:
    """``termnews ARGV...`` in-process; output is captured, never printed."""
    out, err = io.StringIO(), io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
        status = run([str(arg) for arg in argv])
    return CliResult(status, out.getvalue(), err.getvalue())


def cli_at(home: Path, *args: str | Path) -> CliResult:
    """``termnews --home HOME ARGS...`` in-process."""
    return run_cli("--home", home, *args)
