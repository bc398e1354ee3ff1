"""Wheel build hook: compile the quotation finder with mypyc, falling back to pure Python.

``termnews.quotes`` and ``termnews.quotes_names`` are typed, plain Python; mypyc turns the same
source into C extensions that run it about 1.5 times faster (the speed bar of issue 4). Only a
regular wheel build (``pip install .``, ``pipx install .``) compiles; an editable install keeps
the source, so what a developer edits is what runs. When compiling fails (no C compiler, an
unsupported interpreter) or ``TERMNEWS_PURE=1`` is set, the wheel is built pure Python, with a
warning: the package works the same either way.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path
from typing import Any

from hatchling.builders.hooks.plugin.interface import BuildHookInterface

# The modules compiled, and the ones mypy must read to type them (all standard library only).
COMPILED = ("quotes.py", "quotes_names.py")
READ_ALONG = ("__init__.py", "models.py", "quotes_lexicon.py", "quotes_given_names.py")
GROUP = "termnews_quotes"  # names the shared runtime library: termnews_quotes__mypyc.*.so
COMPILE_TIMEOUT_S = 900

_SETUP = f"""
from setuptools import setup
from mypyc.build import mypycify

setup(
    name="termnews-compiled",
    ext_modules=mypycify({[f"termnews/{name}" for name in COMPILED]!r}, group_name={GROUP!r}),
)
"""


class CompileQuotesHook(BuildHookInterface):
    """Adds the compiled quotation modules to a regular wheel when they build."""

    def initialize(self, version: str, build_data: dict[str, Any]) -> None:
        self._workdir: Path | None = None
        if self.target_name != "wheel" or version != "standard":
            return  # editable installs and sdists stay source
        if os.environ.get("TERMNEWS_PURE", "") not in ("", "0"):
            self.app.display_info("termnews: TERMNEWS_PURE set, building pure Python")
            return
        self._workdir = Path(tempfile.mkdtemp(prefix="termnews-mypyc-"))
        try:
            libraries = compile_quotes(Path(self.root) / "src" / "termnews", self._workdir)
        except CompileError as error:
            self.app.display_warning(f"termnews: mypyc compile failed, pure Python: {error}")
            return
        build_data["pure_python"] = False
        build_data["infer_tag"] = True
        for library, target in libraries.items():
            build_data["force_include"][str(library)] = target

    def finalize(self, version: str, build_data: dict[str, Any], artifact_path: str) -> None:
        if self._workdir is not None:
            shutil.rmtree(self._workdir, ignore_errors=True)


class CompileError(Exception):
    """mypyc or the C compiler failed; the message holds the end of their output."""


def compile_quotes(package: Path, workdir: Path) -> dict[Path, str]:
    """Compile the quotation modules of ``package`` in ``workdir``, outside the source tree
    (a stray extension beside the source would shadow it); returns each built library and
    its path inside the wheel."""
    copy = workdir / "termnews"
    copy.mkdir(parents=True)
    for name in COMPILED + READ_ALONG:
        shutil.copy2(package / name, copy / name)
    (workdir / "setup.py").write_text(_SETUP, encoding="utf-8")
    try:
        done = subprocess.run(
            [sys.executable, "setup.py", "build_ext", "--inplace"],
            cwd=workdir,
            capture_output=True,
            text=True,
            timeout=COMPILE_TIMEOUT_S,
        )
    except (OSError, subprocess.TimeoutExpired) as error:
        raise CompileError(str(error)) from error
    if done.returncode != 0:
        raise CompileError((done.stdout + done.stderr).strip()[-2000:])
    libraries = {
        **{path: path.name for path in workdir.glob(f"{GROUP}__mypyc.*")},
        **{path: f"termnews/{path.name}" for path in copy.iterdir() if _is_extension(path)},
    }
    if len(libraries) != len(COMPILED) + 1:
        raise CompileError(f"expected {len(COMPILED) + 1} libraries, built {sorted(libraries)}")
    return libraries


def _is_extension(path: Path) -> bool:
    return path.suffix in (".so", ".pyd")
