"""System policy set by IT: presets and locks, read-only for the phone.

Where it is read from (first match):

- env ``SOFTPHONE_POLICY_FILE`` (any platform; tests and scripted checks),
- Linux and other Unix: ``/etc/softphone/policy.json``,
- Windows: registry ``HKLM\\SOFTWARE\\Policies\\Softphone``,
- macOS: managed preferences ``/Library/Managed Preferences/com.softphone.plist``.

JSON (and plist) shape::

    {
      "settings": {"server_url": "https://chat.example.com", "sip.transport": "tls", "sip.port": 5061,
                   "queue.codes": {"pause": "*47{queue}*{reason}"}},
      "locked": ["server_url", "sip.transport"]
    }

``settings`` presets values (the agent may change an unlocked one); ``locked`` names settings the agent
cannot change (a locked setting keeps the policy value, or the default if the policy sets none).
A plist may instead carry the setting names as top-level keys plus a ``locked`` array.

Windows registry: one value per setting under the key, named like the setting (``server_url``,
``sip.transport``; REG_SZ or REG_DWORD; lists and objects as JSON text), and ``locked`` as REG_MULTI_SZ
or comma-separated REG_SZ. The MSI's public properties are accepted too: ``SERVER_URL``, ``SIP_TRANSPORT``,
``SIP_PORT``, ``LOCK_SERVER`` (1 = lock server_url), ``DISABLE_AUTO_START`` (1 = ui.start_at_login
false and locked).
"""

from __future__ import annotations

import json
import os
import plistlib
import sys
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from softphone.config.schema import BY_NAME, SettingValueError

POLICY_ENV = "SOFTPHONE_POLICY_FILE"
LINUX_POLICY = Path("/etc/softphone/policy.json")
MACOS_POLICY = Path("/Library/Managed Preferences/com.softphone.plist")
WINDOWS_POLICY_KEY = r"SOFTWARE\Policies\Softphone"

# MSI public properties (installers/) -> setting names
MSI_ALIASES = {"SERVER_URL": "server_url", "SIP_TRANSPORT": "sip.transport", "SIP_PORT": "sip.port"}


@dataclass
class Policy:
    source: str = ""  # where it came from ("" = no policy in force)
    settings: dict[str, Any] = field(default_factory=dict)
    locked: frozenset[str] = frozenset()
    warnings: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"source": self.source, "settings": dict(self.settings), "locked": sorted(self.locked)}


def load_policy() -> Policy:
    """Read the policy for this machine. Problems become warnings; a broken policy never stops the phone."""
    env_path = os.environ.get(POLICY_ENV, "").strip()
    if env_path:
        return _from_file(Path(env_path))
    if sys.platform == "win32":
        return _from_registry()
    if sys.platform == "darwin":
        return _from_file(MACOS_POLICY) if MACOS_POLICY.exists() else Policy()
    return _from_file(LINUX_POLICY) if LINUX_POLICY.exists() else Policy()


def _from_file(path: Path) -> Policy:
    if not path.exists():
        return Policy(warnings=[f"Policy file {path} does not exist; no IT policy applied."])
    try:
        raw_bytes = path.read_bytes()
        if path.suffix == ".plist" or raw_bytes.startswith((b"bplist", b"<?xml")):
            raw: Any = plistlib.loads(raw_bytes)
        else:
            raw = json.loads(raw_bytes.decode("utf-8"))
    except (OSError, ValueError, plistlib.InvalidFileException) as exc:
        return Policy(source=str(path), warnings=[f"The IT policy file {path} cannot be read ({exc}); "
                                                  "it was ignored. Tell your IT department."])
    if not isinstance(raw, dict):
        return Policy(source=str(path), warnings=[f"The IT policy file {path} is not an object; it was ignored."])
    settings = raw.get("settings")
    if settings is None:  # plist form: settings as top-level keys
        settings = {k: v for k, v in raw.items() if k != "locked"}
    locked = raw.get("locked", [])
    return _build(str(path), settings, locked, from_text=False)


def _from_registry() -> Policy:  # pragma: no cover - Windows only
    import winreg  # type: ignore[import-not-found,unused-ignore]

    values: dict[str, Any] = {}
    try:
        key = winreg.OpenKey(winreg.HKEY_LOCAL_MACHINE, WINDOWS_POLICY_KEY)  # type: ignore[attr-defined,unused-ignore]
    except OSError:
        return Policy()
    with key:
        i = 0
        while True:
            try:
                name, value, _kind = winreg.EnumValue(key, i)  # type: ignore[attr-defined,unused-ignore]
            except OSError:
                break
            values[name] = value
            i += 1
    settings: dict[str, Any] = {}
    locked_raw = values.pop("locked", [])
    locked = list(locked_raw) if isinstance(locked_raw, list) else [p.strip() for p in str(locked_raw).split(",")]
    for name, value in values.items():
        if name in MSI_ALIASES:
            settings[MSI_ALIASES[name]] = str(value)
        elif name == "LOCK_SERVER":
            if str(value).strip() in ("1", "true", "yes"):
                locked.append("server_url")
        elif name == "DISABLE_AUTO_START":
            if str(value).strip() in ("1", "true", "yes"):
                settings["ui.start_at_login"] = "false"
                locked.append("ui.start_at_login")
        else:
            settings[name] = value if isinstance(value, int) else str(value)
    return _build("HKLM\\" + WINDOWS_POLICY_KEY, settings, [n for n in locked if n], from_text=True)


def _build(source: str, settings: Any, locked: Any, *, from_text: bool) -> Policy:
    policy = Policy(source=source)
    if not isinstance(settings, dict):
        policy.warnings.append(f"IT policy {source}: 'settings' must be an object; ignored.")
        settings = {}
    if not isinstance(locked, list):
        policy.warnings.append(f"IT policy {source}: 'locked' must be a list of setting names; ignored.")
        locked = []
    for name, value in settings.items():
        setting = BY_NAME.get(name)
        if setting is None:
            policy.warnings.append(f"IT policy {source}: unknown setting {name!r} ignored.")
            continue
        try:
            # Plists and the registry carry numbers and booleans as text sometimes.
            policy.settings[name] = setting.validate(value, from_text=from_text or isinstance(value, str))
        except SettingValueError as exc:
            policy.warnings.append(f"IT policy {source}: {exc}; ignored.")
    good_locks = set()
    for name in locked:
        setting = BY_NAME.get(str(name))
        if setting is None:
            policy.warnings.append(f"IT policy {source}: cannot lock unknown setting {name!r}.")
        elif not setting.lockable:
            policy.warnings.append(f"IT policy {source}: {name} is a personal setting and cannot be locked.")
        else:
            good_locks.add(setting.name)
    policy.locked = frozenset(good_locks)
    return policy
