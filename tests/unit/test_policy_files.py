"""The policy shapes the installers write, read back by softphone.config's policy loader.

Windows: the MSI writes its public properties as values of HKLM\\SOFTWARE\\Policies\\Softphone (see
installers/windows/softphone.wxs); the registry reader is exercised here through a stand-in winreg module.
"""

from __future__ import annotations

import json
import plistlib
import sys
import types
import xml.etree.ElementTree as ET
from pathlib import Path
from typing import Any

import pytest

from softphone.config import SettingLockedError, Settings
from softphone.config.policy import WINDOWS_POLICY_KEY, Policy, _from_file, _from_registry

INSTALLERS = Path(__file__).resolve().parents[2] / "installers"
REG_SZ, REG_DWORD, REG_MULTI_SZ = 1, 4, 7


class _Key:
    def __init__(self, values: list[tuple[str, Any, int]]) -> None:
        self.values = values

    def __enter__(self) -> _Key:
        return self

    def __exit__(self, *exc: object) -> None:
        pass


def fake_winreg(monkeypatch: pytest.MonkeyPatch, values: dict[str, tuple[Any, int]] | None) -> list[str]:
    opened: list[str] = []
    module = types.ModuleType("winreg")

    def open_key(root: object, path: str) -> _Key:
        opened.append(path)
        if values is None:
            raise FileNotFoundError(path)
        return _Key([(name, value, kind) for name, (value, kind) in values.items()])

    def enum_value(key: _Key, index: int) -> tuple[str, Any, int]:
        if index >= len(key.values):
            raise OSError("no more items")
        return key.values[index]

    module.HKEY_LOCAL_MACHINE = object()  # type: ignore[attr-defined]
    module.OpenKey = open_key  # type: ignore[attr-defined]
    module.EnumValue = enum_value  # type: ignore[attr-defined]
    monkeypatch.setitem(sys.modules, "winreg", module)
    return opened


def msi_values_from_wxs(properties: dict[str, str]) -> dict[str, tuple[Any, int]]:
    """What msiexec writes for these property values, following the RegistryValue rows of softphone.wxs."""
    ns = "{http://wixtoolset.org/schemas/v4/wxs}"
    root = ET.parse(INSTALLERS / "windows" / "softphone.wxs").getroot()
    out: dict[str, tuple[Any, int]] = {}
    for component in root.iter(f"{ns}Component"):
        for value in component.iter(f"{ns}RegistryValue"):
            if value.get("Key") != WINDOWS_POLICY_KEY:
                continue
            name = value.get("Name", "")
            condition = component.get("Condition", "")
            prop = condition.split("=")[0].strip()
            given = properties.get(prop)
            if given is None or ("=" in condition and given != condition.split("=")[1].strip()):
                continue  # the component's condition is false: nothing written
            raw = value.get("Value", "").replace(f"[{prop}]", given)
            out[name] = (int(raw), REG_DWORD) if value.get("Type") == "integer" else (raw, REG_SZ)
    return out


def test_msi_properties_become_a_policy_that_presets_and_locks(monkeypatch: pytest.MonkeyPatch) -> None:
    values = msi_values_from_wxs({"SERVER_URL": "https://chat.example.com", "SIP_TRANSPORT": "tls",
                                  "SIP_PORT": "5061", "LOCK_SERVER": "1", "DISABLE_AUTO_START": "1"})
    assert set(values) == {"SERVER_URL", "SIP_TRANSPORT", "SIP_PORT", "LOCK_SERVER", "DISABLE_AUTO_START"}
    opened = fake_winreg(monkeypatch, values)
    policy = _from_registry()
    assert opened == [WINDOWS_POLICY_KEY]
    assert policy.warnings == []
    assert policy.settings == {"server_url": "https://chat.example.com", "sip.transport": "tls", "sip.port": 5061,
                               "ui.start_at_login": False}
    assert policy.locked == frozenset({"server_url", "ui.start_at_login"})


def test_msi_without_lock_only_presets(monkeypatch: pytest.MonkeyPatch) -> None:
    values = msi_values_from_wxs({"SERVER_URL": "https://chat.example.com"})
    assert set(values) == {"SERVER_URL"}
    fake_winreg(monkeypatch, values)
    policy = _from_registry()
    assert policy.settings == {"server_url": "https://chat.example.com"} and policy.locked == frozenset()


def test_registry_settings_by_name_and_locked_multi_sz(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_winreg(monkeypatch, {
        "sip.srtp": ("mandatory", REG_SZ),
        "call.auto_answer_delay": (3, REG_DWORD),
        "queue.codes": (json.dumps({"pause": "*47{queue}*{reason}"}), REG_SZ),
        "locked": (["sip.srtp", "queue.codes"], REG_MULTI_SZ),
    })
    policy = _from_registry()
    assert policy.warnings == []
    assert policy.settings["sip.srtp"] == "mandatory" and policy.settings["call.auto_answer_delay"] == 3
    assert policy.settings["queue.codes"]["pause"] == "*47{queue}*{reason}"
    assert policy.locked == frozenset({"sip.srtp", "queue.codes"})


def test_no_registry_key_means_no_policy(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_winreg(monkeypatch, None)
    assert _from_registry().to_dict() == Policy().to_dict()


def test_bad_registry_values_are_warnings(monkeypatch: pytest.MonkeyPatch) -> None:
    fake_winreg(monkeypatch, {"SIP_TRANSPORT": ("carrier-pigeon", REG_SZ), "audio.input": ("x", REG_SZ),
                              "locked": ("audio.input,nonsense", REG_SZ)})
    policy = _from_registry()
    assert "sip.transport" not in policy.settings
    assert policy.locked == frozenset()
    text = " ".join(policy.warnings)
    assert "sip.transport" in text and "personal setting" in text and "nonsense" in text


def test_linux_example_policy_locks_server_for_the_user(tmp_path: Path) -> None:
    policy = _from_file(INSTALLERS / "policy.json.example")
    assert policy.warnings == []
    settings = Settings.load(path=tmp_path / "config.json", policy=policy)
    assert settings.get("server_url") == "https://chat.example.com" and settings.is_locked("server_url")
    with pytest.raises(SettingLockedError, match="managed by your"):
        settings.set_text("server_url", "https://elsewhere.example.com")


def test_macos_managed_preferences_plist(tmp_path: Path) -> None:
    with open(INSTALLERS / "macos" / "com.softphone.mobileconfig", "rb") as fh:
        profile = plistlib.load(fh)
    forced = profile["PayloadContent"][0]["PayloadContent"]["com.softphone"]["Forced"][0]["mcx_preference_settings"]
    managed = tmp_path / "com.softphone.plist"
    managed.write_bytes(plistlib.dumps(forced, fmt=plistlib.FMT_BINARY))  # what macOS keeps on disk
    policy = _from_file(managed)
    assert policy.warnings == []
    assert policy.settings["sip.port"] == 5061 and "sip.transport" in policy.locked
