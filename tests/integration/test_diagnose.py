"""`softphone diagnose`: the IT smoke test, as a subprocess, headless (no display, no sound server)."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

from softphone import __version__

REPORT_KEYS = {"version", "ok", "platform", "engine", "audio", "policy", "settings_warnings", "settings", "server",
               "registration", "checks"}


def headless_env(tmp_path: Path, policy: Path | None, extra: dict[str, str] | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "PULSE_SERVER", "QT_QPA_PLATFORM", "DBUS_SESSION_BUS_ADDRESS")}
    runtime = tmp_path / "runtime"  # an empty runtime dir: no PulseAudio socket to find
    runtime.mkdir(exist_ok=True, mode=0o700)
    env["XDG_RUNTIME_DIR"] = str(runtime)
    env["SOFTPHONE_POLICY_FILE"] = str(policy if policy is not None else tmp_path / "no-policy.json")
    env.update(extra or {})
    return env


def softphone(profile: Path, env: dict[str, str], *args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
    return subprocess.run([sys.executable, "-m", "softphone", "--profile", str(profile), *args], env=env,
                          input=stdin, capture_output=True, text=True, timeout=90)


def diagnose(profile: Path, env: dict[str, str], *extra: str) -> tuple[int, dict[str, Any]]:
    proc = softphone(profile, env, "diagnose", "--json", *extra)
    try:
        report = json.loads(proc.stdout)  # the whole of stdout is one JSON object
    except ValueError:
        pytest.fail(f"diagnose --json printed no valid JSON (rc {proc.returncode}):\n{proc.stdout}\n{proc.stderr}")
    return proc.returncode, report


def check(report: dict[str, Any], name: str) -> dict[str, Any]:
    found = [c for c in report["checks"] if c["name"] == name]
    assert len(found) == 1, f"check {name!r} missing or repeated: {report['checks']}"
    return found[0]


def write_policy(tmp_path: Path, data: object) -> Path:
    path = tmp_path / "policy.json"
    path.write_text(json.dumps(data))
    return path


def test_diagnose_json_headless_without_registering(tmp_path: Path) -> None:
    rc, report = diagnose(tmp_path / "profile", headless_env(tmp_path, None), "--no-register")
    assert REPORT_KEYS <= set(report), set(report) ^ REPORT_KEYS
    assert report["version"] == __version__
    assert report["engine"]["available"] is True, report["engine"]
    caps = report["engine"]["capabilities"]
    assert caps["tls"] is True and any(c.startswith("PCMU") for c in caps["codecs"])
    assert check(report, "engine")["status"] == "ok"
    assert check(report, "registration")["status"] == "skipped"
    assert report["registration"]["attempted"] is False
    assert report["server"]["checked"] is False  # no server_url: nothing to reach
    assert isinstance(report["audio"]["devices"], list)
    assert check(report, "audio")["status"] in ("ok", "warn")  # no sound server is a warning, not a failure
    for c in report["checks"]:
        assert c["status"] in ("ok", "warn", "fail", "skipped")
        if c["status"] in ("warn", "fail"):
            assert c["action"], f"{c['name']} says what is wrong but not what to do"
    assert rc == 0 and report["ok"] is True, report["checks"]


def test_diagnose_human_output(tmp_path: Path) -> None:
    proc = softphone(tmp_path / "profile", headless_env(tmp_path, None), "diagnose", "--no-register")
    assert proc.returncode == 0, proc.stdout + proc.stderr
    assert proc.stdout.startswith(f"softphone {__version__} diagnose")
    assert "[ ok ] engine:" in proc.stdout and "result: all checks passed" in proc.stdout


def test_policy_presets_and_locks_server_cli_refuses_and_diagnose_reports(tmp_path: Path, chat_server: Any) -> None:
    policy = write_policy(tmp_path, {"settings": {"server_url": chat_server.url, "allow_http": True,
                                                  "sip.transport": "tcp"},
                                     "locked": ["server_url", "allow_http"]})
    env = headless_env(tmp_path, policy)
    profile = tmp_path / "profile"

    refused = softphone(profile, env, "config", "set", "server_url", "https://elsewhere.example.com")
    assert refused.returncode == 1
    assert "managed by your" in refused.stderr and "server_url" in refused.stderr
    assert "Traceback" not in refused.stderr
    assert json.loads(softphone(profile, env, "config", "get", "server_url").stdout) == chat_server.url
    assert softphone(profile, env, "config", "reset", "server_url").returncode == 1
    # an unlocked preset stays the user's to change
    assert softphone(profile, env, "config", "set", "sip.transport", "tls").returncode == 0

    rc, report = diagnose(profile, env, "--no-register")
    assert report["policy"]["source"] == str(policy)
    assert report["policy"]["settings"]["server_url"] == chat_server.url
    assert "server_url" in report["policy"]["locked"]
    assert report["settings"]["server_url"] == {"value": chat_server.url, "source": "policy (locked)", "locked": True}
    assert report["settings"]["sip.transport"]["source"] == "user"
    assert check(report, "policy")["status"] == "ok"
    # the chat server (the double) is reached at the preset address
    assert report["server"]["checked"] is True and report["server"]["ok"] is True, report["server"]
    assert any(path in req[1] for req in chat_server.requests for path in ("/api/info", "/api/v1/info"))
    assert rc == 0, report["checks"]


def test_broken_policy_is_a_warning_with_advice(tmp_path: Path) -> None:
    policy = tmp_path / "policy.json"
    policy.write_text("{not json")
    rc, report = diagnose(tmp_path / "profile", headless_env(tmp_path, policy), "--no-register")
    assert check(report, "policy")["status"] == "warn"
    assert "cannot be read" in check(report, "policy")["message"]
    assert report["policy"]["warnings"] and report["settings_warnings"]
    assert rc == 0


def test_unreachable_chat_server_fails_with_advice(tmp_path: Path) -> None:
    with socket.socket() as s:  # a loopback port that nobody listens on
        s.bind(("127.0.0.1", 0))
        port = s.getsockname()[1]
    policy = write_policy(tmp_path, {"settings": {"server_url": f"http://127.0.0.1:{port}", "allow_http": True}})
    rc, report = diagnose(tmp_path / "profile", headless_env(tmp_path, policy), "--no-register")
    server = check(report, "server")
    assert server["status"] == "fail" and "refused" in server["message"] and server["action"]
    assert report["ok"] is False and rc == 1


def test_diagnose_registers_with_the_stored_account(tmp_path: Path, kamailio: Any, secret_service: Any) -> None:
    env = headless_env(tmp_path, None, dict(secret_service.env))
    profile = tmp_path / "profile"
    uri = f"sip:1001@{kamailio.host}:{kamailio.udp_port}"
    setup = softphone(profile, env, "account", "set", "--sip-uri", uri, "--transport", "udp", "--password-stdin",
                      stdin="pw1001\n")
    assert setup.returncode == 0, setup.stderr

    rc, report = diagnose(profile, env)
    assert report["registration"]["attempted"] is True
    assert report["registration"]["state"] == "registered", report["registration"]
    assert check(report, "registration")["status"] == "ok"
    assert rc == 0, report["checks"]
    assert "pw1001" not in json.dumps(report)

    wrong = softphone(profile, env, "account", "set", "--sip-uri", uri, "--transport", "udp", "--password-stdin",
                      stdin="not-the-password\n")
    assert wrong.returncode == 0, wrong.stderr
    rc, report = diagnose(profile, env)
    reg = check(report, "registration")
    assert reg["status"] == "fail" and "401" in reg["message"] and "password" in reg["action"]
    assert rc == 1 and report["ok"] is False
