"""Layered settings: defaults < system policy < user file < command line; locked settings stay as IT set them."""

from __future__ import annotations

import copy
import json
import os
import tempfile
import time
from pathlib import Path
from typing import Any

from softphone.config import paths
from softphone.config.policy import Policy, load_policy
from softphone.config.schema import BY_NAME, SETTINGS, Setting, SettingValueError


class SettingError(Exception):
    """A setting cannot be read or changed; the message is meant for the user."""


class UnknownSettingError(SettingError):
    pass


class SettingLockedError(SettingError):
    def __init__(self, name: str) -> None:
        super().__init__(f"'{name}' is managed by your IT department (locked by policy) and cannot be changed here.")
        self.name = name


class InvalidSettingError(SettingError):
    pass


def _setting(name: str) -> Setting:
    try:
        return BY_NAME[name]
    except KeyError:
        raise UnknownSettingError(f"unknown setting {name!r}") from None


class Settings:
    """The effective settings of this profile. Not thread-safe: use from one thread (the UI/session loop)."""

    def __init__(self, path: Path, policy: Policy, user: dict[str, Any], extra: dict[str, Any],
                 warnings: list[str]) -> None:
        self.path = path
        self.policy = policy
        self._user = user  # validated user-file values
        self._extra = extra  # unknown keys in the file: kept as they are (a newer version may know them)
        self._overrides: dict[str, Any] = {}
        self.warnings: list[str] = warnings

    # -- loading ----------------------------------------------------------------------------------------------
    @classmethod
    def load(cls, path: Path | None = None, policy: Policy | None = None,
             overrides: dict[str, Any] | None = None) -> Settings:
        """Read policy and the user file. A corrupt file is moved aside and replaced by defaults; the
        reason is in ``warnings`` for the caller to show."""
        path = path or paths.config_path()
        policy = policy if policy is not None else load_policy()
        warnings = list(policy.warnings)
        user: dict[str, Any] = {}
        extra: dict[str, Any] = {}
        raw: Any = {}
        corrupt = False
        if path.exists():
            try:
                raw = json.loads(path.read_text(encoding="utf-8"))
                if not isinstance(raw, dict):
                    raise ValueError("not a JSON object")
            except (ValueError, UnicodeDecodeError) as exc:
                corrupt = True
                backup = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
                os.replace(path, backup)
                warnings.append(f"Your settings file {path} was damaged ({_short(exc)}). It was kept as "
                                f"{backup.name} and the phone started with default settings.")
                raw = {}
        for name, value in raw.items():
            setting = BY_NAME.get(name)
            if setting is None:
                extra[name] = value
                continue
            if name in policy.locked:
                continue  # IT's value wins; the stale user value is dropped at the next save
            try:
                user[name] = setting.validate(value)
            except SettingValueError as exc:
                warnings.append(f"Settings file: {exc}; the default is used instead.")
        settings = cls(path, policy, user, extra, warnings)
        for name, value in (overrides or {}).items():
            settings.set_override(name, value)
        if corrupt:
            settings.save()
        return settings

    # -- reading ----------------------------------------------------------------------------------------------
    def get(self, name: str) -> Any:
        setting = _setting(name)
        if name in self.policy.locked:
            value = self.policy.settings.get(name, setting.default)
        elif name in self._overrides:
            value = self._overrides[name]
        elif name in self._user:
            value = self._user[name]
        elif name in self.policy.settings:
            value = self.policy.settings[name]
        else:
            value = setting.default
        return copy.deepcopy(value)

    def __getitem__(self, name: str) -> Any:
        return self.get(name)

    def is_locked(self, name: str) -> bool:
        _setting(name)
        return name in self.policy.locked

    def source(self, name: str) -> str:
        """Where the effective value comes from: policy (locked or preset), command line, user, default."""
        _setting(name)
        if name in self.policy.locked:
            return "policy (locked)"
        if name in self._overrides:
            return "command line"
        if name in self._user:
            return "user"
        if name in self.policy.settings:
            return "policy"
        return "default"

    def describe(self) -> list[dict[str, Any]]:
        """Every setting with value, source and lock state (for diagnose and a settings page)."""
        return [{"name": s.name, "value": self.get(s.name), "source": self.source(s.name),
                 "locked": s.name in self.policy.locked, "description": s.description} for s in SETTINGS]

    # -- changing ---------------------------------------------------------------------------------------------
    def _check_change(self, name: str, value: Any) -> Any:
        setting = _setting(name)
        if name in self.policy.locked:
            raise SettingLockedError(name)
        try:
            return setting.validate(value)
        except SettingValueError as exc:
            raise InvalidSettingError(str(exc)) from None

    def set(self, name: str, value: Any) -> None:
        """Change the user's value (call save() to keep it)."""
        self._user[name] = self._check_change(name, value)

    def set_text(self, name: str, text: str) -> None:
        """Change a setting from its text form (command line: "true", "5061", JSON for lists)."""
        setting = _setting(name)
        if name in self.policy.locked:
            raise SettingLockedError(name)
        try:
            self._user[name] = setting.validate(text, from_text=True)
        except SettingValueError as exc:
            raise InvalidSettingError(str(exc)) from None

    def set_override(self, name: str, value: Any) -> None:
        """Command-line value for this run only (never saved)."""
        self._overrides[name] = self._check_change(name, value)

    def reset(self, name: str) -> None:
        """Back to the policy preset or the default."""
        if self.is_locked(name):
            raise SettingLockedError(name)
        self._user.pop(name, None)

    # -- saving -----------------------------------------------------------------------------------------------
    def save(self) -> None:
        """Write the user layer atomically with mode 0600 (a crash never leaves a half-written file)."""
        data = dict(self._extra)
        data.update({k: v for k, v in self._user.items() if k not in self.policy.locked})
        write_json_atomic(self.path, data)


def write_json_atomic(path: Path, data: Any) -> None:
    path.parent.mkdir(parents=True, exist_ok=True, mode=0o700)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        if hasattr(os, "fchmod"):  # not on Windows, where the profile ACL protects the file
            os.fchmod(fd, 0o600)
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            json.dump(data, fh, indent=2, sort_keys=True)
            fh.write("\n")
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except OSError:
            pass
        raise


def _short(exc: BaseException) -> str:
    text = str(exc)
    return text if len(text) < 120 else text[:117] + "..."
