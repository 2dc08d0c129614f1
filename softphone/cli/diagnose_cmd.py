"""`softphone diagnose [--json] [--no-register]`: the IT smoke test of an installed phone.

Checks, each with a status (ok, warn, fail, skipped), a message and, when something is wrong, what to do:
version, the SIP engine (started without registering), sound devices, the IT policy in force, settings
warnings, chat-server reachability, and a registration with the stored account. Works with no display and no
sound server (never imports Qt). Exit code 0 when nothing failed, 1 when a check failed (warnings do not fail).

With --json, stdout carries exactly one JSON object: whatever native code prints while the checks run goes to
stderr instead.
"""

from __future__ import annotations

import argparse
import asyncio
import dataclasses
import json
import os
import platform
import sys
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from typing import Any, TypeVar

from softphone import __version__
from softphone.cli import wiring
from softphone.cli.i18n import Cli, Phrase, fill
from softphone.config import Settings

ENGINE_START_TIMEOUT = 20.0
ENGINE_STOP_TIMEOUT = 10.0
REGISTER_TIMEOUT = 10.0
AUDIO_TIMEOUT = 8.0
SERVER_TIMEOUT = 5.0

OK, WARN, FAIL, SKIPPED = "ok", "warn", "fail", "skipped"
T = TypeVar("T")


class Diagnose:
    """The checks' messages (lupdate context "Diagnose"): kept as Phrases, English for --json, translated on screen."""

    @staticmethod
    def tr(source: str, disambiguation: str | None = None, n: int = -1) -> Phrase:
        return Phrase("Diagnose", source, n)


SEND_LOG = Diagnose.tr("run again with --debug and send the log to support")
Text = Phrase | str  # a Phrase: English in --json, the agent's language on screen; a str: the same in both


def _shown(text: Text) -> str:
    return text.shown() if isinstance(text, Phrase) else text


@dataclass
class Check:
    name: str
    status: str
    message: Text
    action: Text = ""  # what to do when status is warn or fail

    def to_dict(self) -> dict[str, str]:  # a machine interface: codes and English
        return {"name": self.name, "status": self.status, "message": str(self.message), "action": str(self.action)}


@dataclass
class Report:
    checks: list[Check] = field(default_factory=list)
    data: dict[str, Any] = field(default_factory=dict)

    def add(self, name: str, status: str, message: Text, action: Text = "") -> Check:
        check = Check(name, status, message, action)
        self.checks.append(check)
        return check

    @property
    def ok(self) -> bool:
        return all(c.status != FAIL for c in self.checks)

    def to_dict(self) -> dict[str, Any]:
        return {"version": __version__, "ok": self.ok, **self.data, "checks": [c.to_dict() for c in self.checks]}


def diagnose(args: argparse.Namespace) -> int:
    as_json = bool(getattr(args, "json", False))
    no_register = bool(getattr(args, "no_register", False))
    debug = bool(getattr(args, "debug", False))
    saved_stdout = _divert_stdout() if as_json else None
    report = Report()
    engine_stuck = False
    try:
        try:
            wiring.setup_logging(debug, to_stderr=debug)
        except Exception as exc:  # a read-only profile must not stop the smoke test
            report.add("logging", WARN, Diagnose.tr("logging could not be set up (%1)").arg(exc),
                       Diagnose.tr("check the profile folder"))
        engine_stuck = asyncio.run(_run_checks(report, no_register=no_register))
    except Exception as exc:  # the smoke test itself must never end in a traceback
        report.add("diagnose", FAIL, Diagnose.tr("diagnose stopped early: %1: %2").arg(
            type(exc).__name__, exc), SEND_LOG)
    finally:
        if saved_stdout is not None:
            _restore_stdout(saved_stdout)
    if as_json:
        print(json.dumps(report.to_dict(), indent=2, default=str))
    else:
        print(_human(report))
    rc = 0 if report.ok else 1
    if engine_stuck:  # a hung engine thread must not keep the smoke test alive forever
        sys.stdout.flush()
        sys.stderr.flush()
        os._exit(rc)
    return rc


# ---------------------------------------------------------------------------------------------------- checks
async def _run_checks(report: Report, *, no_register: bool) -> bool:
    report.data["platform"] = {
        "system": platform.system(), "release": platform.release(), "machine": platform.machine(),
        "python": platform.python_version(), "frozen": bool(getattr(sys, "frozen", False)),
        "executable": sys.executable,
    }
    report.add("version", OK, f"softphone {__version__} (Python {platform.python_version()}, "
                              f"{platform.system()} {platform.machine()})")
    settings = _check_settings(report)
    engine_stuck = False
    checks: tuple[tuple[str, Callable[[], Awaitable[bool | None]]], ...] = (
        ("audio", lambda: _check_audio(report)),
        ("engine", lambda: _check_engine_and_registration(report, settings, no_register=no_register)),
        ("server", lambda: _check_server(report, settings)),
    )
    for name, check in checks:
        try:
            if await check():
                engine_stuck = True
        except Exception as exc:  # one broken check must not hide the others
            report.add(name, FAIL, Diagnose.tr("the %1 check stopped: %2: %3").arg(
                name, type(exc).__name__, _one_line(exc)), SEND_LOG)
    return engine_stuck


def _check_settings(report: Report) -> Settings | None:
    try:
        settings = Settings.load()
    except Exception as exc:
        report.data["policy"] = {"source": "", "settings": {}, "locked": [], "warnings": []}
        report.data["settings_warnings"] = [str(exc)]
        report.add("settings", FAIL, Diagnose.tr("settings cannot be loaded: %1").arg(exc),
                   Diagnose.tr("check the profile folder's permissions"))
        return None
    policy = settings.policy
    report.data["policy"] = {**policy.to_dict(), "warnings": list(policy.warnings)}
    report.data["settings_warnings"] = list(settings.warnings)
    report.data["settings"] = {row["name"]: {"value": row["value"], "source": row["source"],
                                             "locked": row["locked"]} for row in settings.describe()}
    if policy.warnings:
        report.add("policy", WARN, "; ".join(policy.warnings),
                   Diagnose.tr("fix the IT policy (see installers/README.md)"))
    elif policy.source:
        presets = len(policy.settings)  # a plain name: lupdate skips a call with a call among its arguments
        locked = ", ".join(sorted(policy.locked)) or Diagnose.tr("none")
        report.add("policy", OK, Diagnose.tr("IT policy from %1: %n preset(s), locked: %2", "", presets).arg(
            policy.source, locked))
    else:
        report.add("policy", OK, Diagnose.tr("no IT policy in force (all settings are the user's)"))
    other = [w for w in settings.warnings if w not in policy.warnings]
    if other:
        report.add("settings", WARN, "; ".join(other), Diagnose.tr("check with `softphone config list`"))
    else:
        report.add("settings", OK, Diagnose.tr("settings file %1").arg(settings.path))
    return settings


async def _check_audio(report: Report) -> None:
    lister = _find_device_lister()
    if lister is None:
        report.data["audio"] = {"available": False, "devices": [], "error": "device listing not in this build"}
        report.add("audio", WARN, Diagnose.tr("this build cannot list sound devices"),
                   Diagnose.tr("update the phone"))
        return
    try:
        devices = await _in_thread(lister, AUDIO_TIMEOUT)
    except Exception as exc:
        reason = _one_line(exc)
        report.data["audio"] = {"available": False, "devices": [], "error": f"no sound server: {reason}"}
        report.add("audio", WARN, Diagnose.tr("no sound server or sound devices (%1); calls will have no "
                                              "sound").arg(reason),
                   Diagnose.tr("start PulseAudio/PipeWire in the user's session, or plug in a headset"))
        return
    backend = str(getattr(devices, "backend", ""))
    if hasattr(devices, "devices"):  # softphone.audio.devices.DeviceList
        devices = devices.devices
    rows = [_device_dict(d) for d in devices]
    report.data["audio"] = {"available": bool(rows), "backend": backend, "devices": rows, "error": ""}
    inputs = sum(1 for r in rows if r.get("is_input"))
    outputs = sum(1 for r in rows if r.get("is_output"))
    if not inputs or not outputs:
        report.add("audio", WARN, Diagnose.tr("%1 microphone(s) and %2 speaker(s) found; calls need "
                                              "both").arg(inputs, outputs),
                   Diagnose.tr("plug in a headset or check the sound server"))
    else:
        report.add("audio", OK, Diagnose.tr("%1 input and %2 output device(s)").arg(inputs, outputs))


def _find_device_lister() -> Callable[[], list[Any]] | None:
    """The audio package's device list, whatever module it lives in (guarded: audio may be missing)."""
    import importlib

    for module_name, attr in (("softphone.audio", "list_devices"), ("softphone.audio.devices", "list_devices"),
                              ("softphone.audio.devices", "enumerate_devices")):
        try:
            module = importlib.import_module(module_name)
        except Exception:  # ImportError, or a native library (PortAudio) that fails to load
            continue
        fn = getattr(module, attr, None)
        if callable(fn):
            return fn  # type: ignore[no-any-return]
    return None


def _device_dict(device: Any) -> dict[str, Any]:
    if dataclasses.is_dataclass(device) and not isinstance(device, type):
        row = dataclasses.asdict(device)
        identity = getattr(device, "identity", None)
        if isinstance(identity, str):
            row["identity"] = identity
        return row
    if isinstance(device, dict):
        return dict(device)
    return {"name": str(device)}


async def _check_engine_and_registration(report: Report, settings: Settings | None, *, no_register: bool) -> bool:
    """Start the engine without registering; then, with a stored account, try one registration."""
    try:
        from softphone.engine import PjsuaEngine
    except Exception as exc:
        reason = _one_line(exc)
        report.data["engine"] = {"available": False, "capabilities": None, "error": f"engine unavailable: {reason}"}
        report.add("engine", FAIL, Diagnose.tr("engine unavailable: %1").arg(reason),
                   Diagnose.tr("reinstall the phone; the pjsua2 native library is missing or broken"))
        report.data["registration"] = {"attempted": False, "reason": "engine unavailable"}
        report.add("registration", SKIPPED, Diagnose.tr("the engine is not available"))
        return False
    options = wiring.engine_options(settings) if settings is not None else None
    loop = asyncio.get_running_loop()
    engine = PjsuaEngine(options, loop)
    registrations: asyncio.Queue[dict[str, Any]] = asyncio.Queue()

    def sink(event: Any) -> None:
        to_dict = getattr(event, "to_dict", None)
        if to_dict is None:
            return
        body = to_dict()
        if body.get("event") == "registration":
            registrations.put_nowait(body)

    started_at = time.monotonic()
    try:
        caps = await asyncio.wait_for(engine.start(sink, None), ENGINE_START_TIMEOUT)
    except Exception as exc:
        reason = _one_line(exc) or f"no answer within {ENGINE_START_TIMEOUT:g} s"
        report.data["engine"] = {"available": False, "capabilities": None, "error": f"engine failed to start: {reason}"}
        report.add("engine", FAIL, Diagnose.tr("the SIP engine failed to start: %1").arg(reason),
                   Diagnose.tr("check that no firewall or policy blocks local UDP/TCP sockets; run with "
                               "--debug for the log"))
        report.data["registration"] = {"attempted": False, "reason": "engine failed to start"}
        report.add("registration", SKIPPED, Diagnose.tr("the engine did not start"))
        return not await _shutdown(engine)
    start_ms = (time.monotonic() - started_at) * 1000
    engine_info: dict[str, Any] = {"available": True, "capabilities": caps.to_dict(), "error": "",
                                   "start_ms": round(start_ms, 1)}
    try:
        engine_info["diagnostics"] = await asyncio.wait_for(engine.diagnostics(), 5)
    except Exception:
        pass  # extra detail only
    report.data["engine"] = engine_info
    yes, no = Diagnose.tr("yes"), Diagnose.tr("no")
    report.add("engine", OK, Diagnose.tr("%1 started in %2 ms; codecs %3; TLS %4; SRTP %5").arg(
        caps.engine or "engine", f"{start_ms:.0f}", ", ".join(caps.codecs) or Diagnose.tr("none"),
        yes if caps.tls else no, yes if caps.srtp else no))
    try:
        await _check_registration(report, engine, settings, registrations, no_register=no_register)
    finally:
        stopped = await _shutdown(engine)
    if not stopped:
        report.add("engine-shutdown", WARN, Diagnose.tr("the engine did not stop within %1 s").arg(
            f"{ENGINE_STOP_TIMEOUT:g}"), SEND_LOG)
    return not stopped


async def _check_registration(report: Report, engine: Any, settings: Settings | None,
                              registrations: asyncio.Queue[dict[str, Any]], *, no_register: bool) -> None:
    account = wiring.account_from_settings(settings) if settings is not None else None
    reg: dict[str, Any] = {"attempted": False, "account": account.aor if account else ""}
    report.data["registration"] = reg
    if no_register:
        reg["reason"] = "--no-register"
        report.add("registration", SKIPPED, Diagnose.tr("skipped (--no-register)"))
        return
    if settings is None:
        reg["reason"] = "settings unavailable"
        report.add("registration", SKIPPED, Diagnose.tr("settings could not be loaded"))
        return
    from softphone.cli.headless_run import _load_account

    try:
        account, password, problem = await asyncio.wait_for(_load_account(settings), 15)
    except Exception as exc:
        account, password, problem = account, None, _one_line(exc) or "the keyring did not answer"
    if account is None:
        reg["reason"] = "no account"
        report.add("registration", SKIPPED, Diagnose.tr("no account is set up"),
                   Diagnose.tr("sign in with `softphone login` (or IT presets the account by policy)"))
        return
    reg["account"] = account.aor
    if not password:
        reg["reason"] = problem or "no SIP password stored"
        report.add("registration", WARN, Diagnose.tr("account %1 has no stored password (%2)").arg(
            account.aor, reg["reason"]), Diagnose.tr("sign in again with `softphone login` or `softphone "
                                                     "account set --password-stdin`"))
        return
    reg.update({"attempted": True, "registrar": account.registrar_uri})
    started = time.monotonic()
    try:
        await asyncio.wait_for(engine.register(account, password), REGISTER_TIMEOUT)
        outcome = await _wait_registration(registrations, REGISTER_TIMEOUT - (time.monotonic() - started))
    except Exception as exc:
        outcome = {"state": "failed", "code": 0, "reason": _one_line(exc) or "timeout"}
    finally:
        password = None  # noqa: F841 - drop the secret as soon as it is handed over
    reg.update({"state": outcome.get("state", ""), "code": outcome.get("code", 0), "reason": outcome.get("reason", ""),
                "elapsed_ms": round((time.monotonic() - started) * 1000, 1)})
    if outcome.get("state") == "registered":
        report.add("registration", OK, Diagnose.tr("%1 registered at %2").arg(account.aor, account.registrar_uri))
        try:
            await asyncio.wait_for(engine.unregister(), 8)
        except Exception:
            pass  # shutdown unregisters too
        return
    code, reason = outcome.get("code", 0), outcome.get("reason", "")
    report.add("registration", FAIL, Diagnose.tr("%1 did not register at %2: %3").arg(
        account.aor, account.registrar_uri, f"{code or ''} {reason}".strip()), _registration_advice(int(code or 0)))


async def _wait_registration(registrations: asyncio.Queue[dict[str, Any]], timeout: float) -> dict[str, Any]:
    deadline = time.monotonic() + timeout
    while True:
        left = deadline - time.monotonic()
        if left <= 0:
            return {"state": "failed", "code": 408, "reason": f"no answer within {REGISTER_TIMEOUT:g} s"}
        try:
            body = await asyncio.wait_for(registrations.get(), left)
        except asyncio.TimeoutError:
            continue
        if body.get("state") in ("registered", "failed"):
            return body


def _registration_advice(code: int) -> Phrase:
    if code in (401, 403, 407):
        return Diagnose.tr("the SIP password was refused: sign in again (`softphone login`) or ask IT to "
                           "check the extension")
    if code in (404,):
        return Diagnose.tr("the extension is unknown to the phone server: ask IT")
    if code in (408, 0, 503):
        return Diagnose.tr("the phone server did not answer: check sip.registrar, sip.transport and "
                           "sip.port, and that the firewall lets SIP through")
    return Diagnose.tr("ask IT to check the phone server's log for this extension")


async def _shutdown(engine: Any) -> bool:
    try:
        await asyncio.wait_for(engine.shutdown(), ENGINE_STOP_TIMEOUT)
        return True
    except Exception:
        return False


async def _check_server(report: Report, settings: Settings | None) -> None:
    url = settings.get("server_url") if settings is not None else ""
    if not url:
        report.data["server"] = {"checked": False, "url": "", "reason": "server_url is not set"}
        report.add("server", SKIPPED, Diagnose.tr("no chat server set (server_url); manual SIP account "
                                                  "only"))
        return
    try:
        from softphone.provisioning.probe import probe_server
    except Exception as exc:
        report.data["server"] = {"checked": False, "url": url, "reason": _one_line(exc)}
        report.add("server", FAIL, Diagnose.tr("the chat-server probe is unavailable (%1)").arg(
            _one_line(exc)), Diagnose.tr("reinstall the phone"))
        return
    assert settings is not None
    result = await probe_server(url, timeout=SERVER_TIMEOUT, ca_file=settings.get("ca_file"),
                                allow_http=settings.get("allow_http"))
    report.data["server"] = {"checked": True, **result.to_dict()}
    if result.ok:
        version = f", Rocket.Chat {result.version}" if result.version else ""
        report.add("server", OK, Diagnose.tr("%1 %2%3 in %4 ms").arg(
            result.url, result.message, version, f"{result.elapsed_ms:.0f}"))
    else:
        report.add("server", FAIL, Diagnose.tr("chat server %1 not reachable: %2").arg(
            result.url, result.message), Diagnose.tr("check server_url, the network path (proxy, "
                                                     "firewall) and the server's certificate"))


# ---------------------------------------------------------------------------------------------------- helpers
async def _in_thread(fn: Callable[[], T], timeout: float) -> T:
    """Run a possibly-blocking call on a daemon thread (a stuck sound server must not hang the smoke test)."""
    loop = asyncio.get_running_loop()
    fut: asyncio.Future[T] = loop.create_future()

    def settle(result: Any, error: BaseException | None) -> None:
        if fut.done():
            return
        if error is not None:
            fut.set_exception(error)
        else:
            fut.set_result(result)

    def work() -> None:
        try:
            result = fn()
        except BaseException as exc:  # noqa: BLE001 - handed to the awaiting coroutine
            loop.call_soon_threadsafe(settle, None, exc)
        else:
            loop.call_soon_threadsafe(settle, result, None)

    threading.Thread(target=work, name="diagnose-audio", daemon=True).start()
    try:
        return await asyncio.wait_for(fut, timeout)
    except asyncio.TimeoutError:
        raise TimeoutError(f"no answer within {timeout:g} s") from None


def _one_line(exc: BaseException) -> str:
    text = " ".join(str(exc).split())
    return text[:300] if text else type(exc).__name__


def _divert_stdout() -> int | None:
    """Point fd 1 at stderr while the checks run, so native libraries cannot corrupt the JSON on stdout."""
    try:
        sys.stdout.flush()
        saved = os.dup(1)
        os.dup2(2, 1)
        return saved
    except OSError:
        return None


def _restore_stdout(saved: int) -> None:
    try:
        sys.stdout.flush()
        os.dup2(saved, 1)
        os.close(saved)
    except OSError:
        pass


MARKS = {OK: " ok ", WARN: "warn", FAIL: "FAIL", SKIPPED: "skip"}


def _human(report: Report) -> str:
    """The report for a person, in the agent's language (the check names and marks stay: support reads them)."""
    lines = [f"softphone {__version__} diagnose"]
    for check in report.checks:
        lines.append(f"[{MARKS.get(check.status, check.status)}] {check.name}: {_shown(check.message)}")
        if check.action and check.status in (WARN, FAIL):
            lines.append(f"       -> {_shown(check.action)}")
    policy = report.data.get("policy") or {}
    if policy.get("source"):
        lines.append(fill(Cli.tr("policy: %1"), policy["source"]))
        for name, value in sorted((policy.get("settings") or {}).items()):
            lock = " " + Cli.tr("(locked)") if name in policy.get("locked", []) else ""
            lines.append(f"  {name} = {json.dumps(value)}{lock}")
        for name in policy.get("locked", []):
            if name not in (policy.get("settings") or {}):
                lines.append("  " + fill(Cli.tr("%1 locked at its default"), name))
    devices = (report.data.get("audio") or {}).get("devices") or []
    if devices:
        lines.append(Cli.tr("sound devices:"))
        for d in devices:
            kind = "/".join(k for k, v in (("in", d.get("is_input")), ("out", d.get("is_output"))) if v)
            lines.append(f"  {d.get('name', '?')} [{kind}]")
    failed = [c for c in report.checks if c.status == FAIL]
    count = len(failed)  # a plain name: lupdate skips a call with a call among its arguments
    lines.append(Cli.tr("result: all checks passed") if not count else
                 Cli.tr("result: %n check(s) failed", "", count))
    return "\n".join(lines)
