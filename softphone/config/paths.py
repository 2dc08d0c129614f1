"""Where the phone keeps its files: one profile folder (``--profile DIR`` / ``SOFTPHONE_HOME``) or the
per-user folders of the platform (platformdirs)."""

from __future__ import annotations

import os
from pathlib import Path

import platformdirs

APP_NAME = "softphone"
HOME_ENV = "SOFTPHONE_HOME"


def _profile_override() -> Path | None:
    home = os.environ.get(HOME_ENV, "").strip()
    return Path(home).expanduser().resolve() if home else None


def profile_dir() -> Path:
    """The folder holding config.json (created on demand, mode 0700)."""
    override = _profile_override()
    path = override if override is not None else Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))
    return _ensure_dir(path)


def config_path() -> Path:
    return profile_dir() / "config.json"


def data_dir() -> Path:
    override = _profile_override()
    if override is not None:
        return _ensure_dir(override)
    return _ensure_dir(Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)))


def history_path() -> Path:
    return data_dir() / "history.sqlite3"


def log_dir() -> Path:
    override = _profile_override()
    if override is not None:
        return _ensure_dir(override / "logs")
    return _ensure_dir(Path(platformdirs.user_log_dir(APP_NAME, appauthor=False)))


def _ensure_dir(path: Path) -> Path:
    # 0700: the folder holds call history and account names; nobody else needs to list it.
    path.mkdir(parents=True, exist_ok=True, mode=0o700)
    return path
