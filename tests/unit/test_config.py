from __future__ import annotations

import json
import os
import stat
from pathlib import Path

import pytest

from softphone.config import (
    SETTINGS,
    InvalidSettingError,
    SettingLockedError,
    Settings,
    UnknownSettingError,
    load_policy,
    paths,
)
from softphone.config.policy import Policy


@pytest.fixture
def profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("SOFTPHONE_HOME", str(tmp_path / "prof"))
    monkeypatch.setenv("SOFTPHONE_POLICY_FILE", str(tmp_path / "no-policy.json"))
    return tmp_path / "prof"


def write_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, data: object) -> Path:
    p = tmp_path / "policy.json"
    p.write_text(json.dumps(data))
    monkeypatch.setenv("SOFTPHONE_POLICY_FILE", str(p))
    return p


def test_defaults_declared_once_and_valid() -> None:
    names = [s.name for s in SETTINGS]
    assert len(names) == len(set(names))
    for s in SETTINGS:
        assert s.validate(s.default) == s.default, s.name
    required = {"server_url", "allow_http", "ca_file", "sip.transport", "sip.port", "sip.registrar", "sip.srtp",
                "sip.codecs", "sip.dtmf_method", "sip.bind_address", "sip.keepalive_sec", "account", "audio.input",
                "audio.output", "audio.ringer", "audio.also_ring", "audio.preferred_outputs", "audio.auto_switch",
                "audio.echo_cancel", "audio.ringtone", "audio.ring_volume", "call.auto_answer",
                "call.auto_answer_delay", "queue.wrapup_seconds", "queue.codes", "queue.pause_reasons",
                "queue.names", "ui.language", "ui.start_minimized", "ui.start_at_login", "ui.close_to_tray"}
    assert required <= set(names)


def test_paths_follow_profile(profile: Path) -> None:
    assert paths.profile_dir() == profile.resolve()
    assert paths.config_path() == profile.resolve() / "config.json"
    assert paths.history_path().parent == profile.resolve()
    assert paths.log_dir() == profile.resolve() / "logs"
    assert stat.S_IMODE(os.stat(profile).st_mode) == 0o700


def test_layering_default_policy_user_cmdline(profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_policy(tmp_path, monkeypatch, {"settings": {"sip.transport": "tcp", "sip.port": 5070,
                                                      "server_url": "https://chat.example.com/"}})
    s = Settings.load()
    assert s.get("sip.srtp") == "off" and s.source("sip.srtp") == "default"
    assert s.get("sip.transport") == "tcp" and s.source("sip.transport") == "policy"
    assert s.get("server_url") == "https://chat.example.com"
    s.set("sip.transport", "tls")
    s.save()
    s2 = Settings.load(overrides={"sip.port": 6000})
    assert s2.get("sip.transport") == "tls" and s2.source("sip.transport") == "user"
    assert s2.get("sip.port") == 6000 and s2.source("sip.port") == "command line"
    s2.save()
    assert "sip.port" not in json.loads(paths.config_path().read_text())  # overrides are never saved


def test_locked_settings_refuse_changes(profile: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    paths.config_path().write_text(json.dumps({"server_url": "https://mine.example.com"}))
    write_policy(tmp_path, monkeypatch, {"settings": {"server_url": "https://it.example.com"},
                                         "locked": ["server_url", "sip.srtp"]})
    s = Settings.load()
    assert s.get("server_url") == "https://it.example.com"  # the user's stale value is ignored
    assert s.is_locked("server_url") and s.is_locked("sip.srtp") and not s.is_locked("sip.port")
    assert s.get("sip.srtp") == "off"  # locked without a value: the default, fixed
    with pytest.raises(SettingLockedError, match="managed by your IT department"):
        s.set("server_url", "https://other.example.com")
    with pytest.raises(SettingLockedError):
        s.set_override("sip.srtp", "mandatory")
    with pytest.raises(SettingLockedError):
        s.reset("server_url")
    assert s.source("server_url") == "policy (locked)"


def test_policy_problems_are_warnings(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    write_policy(tmp_path, monkeypatch, {"settings": {"sip.transport": "carrier-pigeon", "nope": 1,
                                                      "sip.port": "5061"},
                                         "locked": ["audio.input", "bogus"]})
    pol = load_policy()
    assert pol.settings == {"sip.port": 5061}
    assert pol.locked == frozenset()
    text = " ".join(pol.warnings)
    assert "sip.transport" in text and "nope" in text and "audio.input" in text and "bogus" in text
    (tmp_path / "policy.json").write_text("{broken")
    assert "cannot be read" in " ".join(load_policy().warnings)


def test_plist_policy(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    import plistlib

    p = tmp_path / "com.softphone.plist"
    p.write_bytes(plistlib.dumps({"server_url": "https://mac.example.com", "sip.port": 5061,
                                  "locked": ["server_url"]}))
    monkeypatch.setenv("SOFTPHONE_POLICY_FILE", str(p))
    pol = load_policy()
    assert pol.settings["server_url"] == "https://mac.example.com" and pol.locked == {"server_url"}


def test_validation(profile: Path) -> None:
    s = Settings.load()
    with pytest.raises(InvalidSettingError, match="one of"):
        s.set("sip.transport", "ws")
    with pytest.raises(InvalidSettingError, match="at most 100"):
        s.set("audio.ring_volume", 101)
    with pytest.raises(InvalidSettingError, match="true or false"):
        s.set("allow_http", "yes")
    with pytest.raises(InvalidSettingError, match="keyring"):
        s.set("account", {"user": "1001", "domain": "pbx", "password": "x"})
    with pytest.raises(UnknownSettingError):
        s.get("no.such")
    s.set_text("sip.port", "5061")
    s.set("queue.codes", {"pause": "*99{queue}*{reason}"})
    assert s.get("queue.codes")["login"] == "*45{queue}" and s.get("queue.codes")["pause"] == "*99{queue}*{reason}"
    got = s.get("sip.codecs")
    got.append("GSM")
    assert s.get("sip.codecs") == ["G722", "PCMU", "PCMA"]  # get() returns a copy


def test_save_is_atomic_and_private(profile: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    s = Settings.load()
    s.set("ui.language", "de")
    s.save()
    path = paths.config_path()
    assert stat.S_IMODE(os.stat(path).st_mode) == 0o600
    assert json.loads(path.read_text()) == {"ui.language": "de"}

    def boom(src: str, dst: str) -> None:
        raise OSError("disk full")

    s.set("ui.language", "fr")
    monkeypatch.setattr(os, "replace", boom)
    with pytest.raises(OSError):
        s.save()
    monkeypatch.undo()
    assert json.loads(path.read_text()) == {"ui.language": "de"}  # old file intact
    assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []  # no temp left


def test_corrupt_file_moved_aside(profile: Path) -> None:
    path = paths.config_path()
    path.write_text('{"ui.language": "de", ')  # truncated
    s = Settings.load()
    assert s.get("ui.language") == ""
    assert any("damaged" in w and "corrupt-" in w for w in s.warnings)
    backups = list(path.parent.glob("config.json.corrupt-*"))
    assert len(backups) == 1 and backups[0].read_text().startswith('{"ui.language"')
    assert json.loads(path.read_text()) == {}


def test_bad_user_value_is_warning_and_unknown_keys_kept(profile: Path) -> None:
    path = paths.config_path()
    path.write_text(json.dumps({"sip.port": "abc", "future.setting": 3, "ui.language": "sv"}))
    s = Settings.load()
    assert s.get("sip.port") == 0 and any("sip.port" in w for w in s.warnings)
    s.save()
    assert json.loads(path.read_text()) == {"future.setting": 3, "ui.language": "sv"}


def test_describe_lists_every_setting(profile: Path) -> None:
    s = Settings.load(policy=Policy(source="x", settings={"sip.port": 5061}, locked=frozenset({"sip.port"})))
    rows = {r["name"]: r for r in s.describe()}
    assert rows["sip.port"]["locked"] is True and rows["sip.port"]["value"] == 5061
    assert set(rows) == {x.name for x in SETTINGS}
