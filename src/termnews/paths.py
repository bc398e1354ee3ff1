"""Where termnews keeps its files: platformdirs, or everything under TERMNEWS_HOME.

Nothing is created at import time; callers ask for a directory and it is made then.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

import platformdirs

APP_NAME = "termnews"


@dataclass(frozen=True, slots=True)
class Paths:
    """The three locations termnews uses."""

    config_dir: Path
    data_dir: Path
    cache_dir: Path

    @property
    def config_file(self) -> Path:
        return self.config_dir / "config.toml"

    @property
    def db_file(self) -> Path:
        return self.data_dir / "termnews.sqlite3"

    @property
    def lock_file(self) -> Path:
        return self.data_dir / "refresh.lock"

    def ensure(self) -> Paths:
        """Create the directories (on first use, never at import)."""
        for directory in (self.config_dir, self.data_dir, self.cache_dir):
            directory.mkdir(parents=True, exist_ok=True)
        return self


def resolve_paths(home: str | os.PathLike[str] | None = None) -> Paths:
    """``home`` (or $TERMNEWS_HOME) puts config, data and cache under one directory."""
    chosen = home if home is not None else os.environ.get("TERMNEWS_HOME") or None
    if chosen:
        root = Path(chosen).expanduser().resolve()
        return Paths(root / "config", root / "data", root / "cache")
    return Paths(
        Path(platformdirs.user_config_dir(APP_NAME)),
        Path(platformdirs.user_data_dir(APP_NAME)),
        Path(platformdirs.user_cache_dir(APP_NAME)),
    )
