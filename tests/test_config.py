"""Settings and locations: defaults, TOML parsing, TERMNEWS_HOME, clear errors."""

from __future__ import annotations

from pathlib import Path

import pytest

from termnews.config import Settings, SettingsError, load_settings
from termnews.paths import resolve_paths


def test_missing_file_gives_defaults(tmp_path: Path) -> None:
    assert load_settings(tmp_path / "nope.toml") == Settings()


def test_values_and_tables_are_read(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_text(
        'concurrency = 8\n[refresh]\nper_host = 2\nfetch_pages = false\n[keys]\nsave = "ctrl+s"\n'
    )
    settings = load_settings(path)
    assert (settings.concurrency, settings.per_host, settings.fetch_pages) == (8, 2, False)
    assert settings.keys == {"save": "ctrl+s"}


@pytest.mark.parametrize(
    ("content", "fragment"),
    [
        ("concurrency = [", "not valid TOML"),
        ("concurrency = 'many'", "must be a number"),
        ("concurrency = 0", "between"),
        ("fetch_pages = 1", "true or false"),
        ("colour = 'red'", "unknown setting 'colour'"),
        ("[keys]\nsave = 3", "[keys]"),
    ],
)
def test_bad_settings_are_one_clear_line(tmp_path: Path, content: str, fragment: str) -> None:
    path = tmp_path / "config.toml"
    path.write_text(content)
    with pytest.raises(SettingsError) as info:
        load_settings(path)
    message = str(info.value)
    assert fragment in message
    assert "\n" not in message


def test_non_utf8_settings(tmp_path: Path) -> None:
    path = tmp_path / "config.toml"
    path.write_bytes(b"concurrency = 3 # \xff\xfe")
    with pytest.raises(SettingsError, match="not UTF-8"):
        load_settings(path)


def test_home_puts_everything_under_one_directory(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("TERMNEWS_HOME", str(tmp_path / "env"))
    from_env = resolve_paths()
    explicit = resolve_paths(tmp_path / "flag")
    for paths, root in ((from_env, tmp_path / "env"), (explicit, tmp_path / "flag")):
        for directory in (paths.config_dir, paths.data_dir, paths.cache_dir):
            assert directory.is_relative_to(root)
        assert not root.exists()  # nothing is created until asked
    explicit.ensure()
    assert explicit.data_dir.is_dir() and explicit.config_dir.is_dir()
