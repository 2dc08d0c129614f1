"""Shared construction for the composition root: logging, settings -> options, adapters."""

from __future__ import annotations

import asyncio
import ipaddress
import json
import logging
import logging.handlers
import re
import sys
from typing import Any

from softphone import __version__
from softphone.config import Settings, paths
from softphone.core.events import ErrorEvent, Event, RegistrationChanged, Started
from softphone.core.models import AccountSpec, DtmfMethod, EngineOptions, SrtpMode, Transport
from softphone.core.queues import FeatureCodes, PauseReason, PauseReasons
from softphone.core.session import Session, SessionConfig

log = logging.getLogger("softphone.wiring")

_SECRET_PATTERNS = [
    re.compile(r"((?:Proxy-)?Authorization:\s*)[^\r\n]*", re.IGNORECASE),
    re.compile(r"((?:X-Auth-Token|X-2FA-Code)\s*[:=]\s*)[^\s,'\"]+", re.IGNORECASE),
    re.compile(r"((?:password|authToken|token)[\"']?\s*[:=]\s*[\"']?)[^\s,'\"}]+", re.IGNORECASE),
]


class RedactingFilter(logging.Filter):
    """Last line of defence: no Authorization header, token or password value reaches a log file,
    whatever a library (pjsua's SIP trace, httpx) decides to print."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        redacted = message
        for pattern in _SECRET_PATTERNS:
            redacted = pattern.sub(r"\1[redacted]", redacted)
        if redacted != message:
            record.msg, record.args = redacted, None
        return True


class _LogFile(logging.handlers.RotatingFileHandler):
    """The log file; when it cannot be written (disk full, folder gone) say so once on stderr and stop trying,
    instead of logging's traceback for every record."""

    broken = False

    def emit(self, record: logging.LogRecord) -> None:
        if not self.broken:
            super().emit(record)

    def handleError(self, record: logging.LogRecord) -> None:  # noqa: N802 - logging's name
        if self.broken:
            return
        self.broken = True
        exc = sys.exc_info()[1]
        try:
            from softphone.cli.i18n import Cli, fill

            print("softphone: " + fill(Cli.tr("cannot write the log file %1 (%2); logging to stderr only"),
                                       self.baseFilename, exc), file=sys.stderr, flush=True)
        except (OSError, ValueError):
            pass


def setup_logging(debug: bool, to_stderr: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    redact = RedactingFilter()
    try:
        file_handler: logging.Handler = _LogFile(
            paths.log_dir() / "softphone.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        file_handler.setFormatter(fmt)
        file_handler.addFilter(redact)
        root.addHandler(file_handler)
    except OSError as exc:  # full disk or read-only profile: keep running, say so on stderr
        from softphone.cli.i18n import Cli, fill

        print("softphone: " + fill(Cli.tr("cannot write the log file (%1); logging to stderr only"), exc),
              file=sys.stderr)
    if to_stderr:
        err = logging.StreamHandler(sys.stderr)
        err.setLevel(logging.DEBUG if debug else logging.WARNING)
        err.setFormatter(fmt)
        err.addFilter(redact)
        root.addHandler(err)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def _loopback_bind(host: str) -> str:
    """A PBX on this very machine is reached over loopback: bind there, so Contact and SDP carry a loopback
    address instead of whatever interface the system would pick."""
    if host in ("localhost", "::1", "[::1]"):
        return "::1" if "::1" in host else "127.0.0.1"
    try:
        return "127.0.0.1" if ipaddress.ip_address(host).is_loopback else ""
    except ValueError:
        return ""


def engine_options(settings: Settings) -> EngineOptions:
    bind = settings.get("sip.bind_address")
    if not bind:
        account = account_from_settings(settings)
        bind = _loopback_bind(account.effective_host) if account is not None else ""
    return EngineOptions(
        bind_address=bind,
        sip_port=remembered_sip_port(),
        codecs=tuple(settings.get("sip.codecs")),
        dtmf_method=DtmfMethod(settings.get("sip.dtmf_method")),
        srtp=SrtpMode(settings.get("sip.srtp")),
        keepalive_sec=settings.get("sip.keepalive_sec"),
        user_agent=f"softphone/{__version__}",
        ca_file=settings.get("ca_file") or "",
    )


def session_config(settings: Settings) -> SessionConfig:
    reasons = PauseReasons(PauseReason(code=r["code"], label=r["label"]) for r in settings.get("queue.pause_reasons"))
    # the wrap-up pause carries the "after-call work" reason when the list has one
    acw = next((r.code for r in reasons if r.label.lower().replace("-", " ").startswith("after call")
                or r.code.lower() == "acw"), "")
    return SessionConfig(
        version=__version__,
        dtmf_method=DtmfMethod(settings.get("sip.dtmf_method")),
        auto_answer=settings.get("call.auto_answer"),
        auto_answer_delay=float(settings.get("call.auto_answer_delay")),
        no_media_timeout=float(settings.get("call.no_media_timeout")),
        wrapup_seconds=float(settings.get("queue.wrapup_seconds")),
        wrapup_reason=acw,
        queue_codes=FeatureCodes(**settings.get("queue.codes")),
        pause_reasons=reasons,
        queue_names=tuple(settings.get("queue.names")),
    )


def account_from_settings(settings: Settings) -> AccountSpec | None:
    raw: dict[str, Any] = settings.get("account") or {}
    if not raw:
        return None
    transport = Transport(raw.get("transport") or settings.get("sip.transport"))
    return AccountSpec(
        user=raw["user"],
        domain=raw["domain"],
        registrar_host=raw.get("registrar") or settings.get("sip.registrar") or "",
        port=int(raw.get("port") or settings.get("sip.port") or 0),
        transport=transport,
        auth_user=raw.get("auth_user", ""),
        display_name=raw.get("display_name", ""),
        srtp=SrtpMode(raw.get("srtp") or settings.get("sip.srtp")),
        ca_file=raw.get("ca_file") or settings.get("ca_file") or "",
        source=raw.get("source", "manual"),
    )


def _engine_state_path() -> Any:
    return paths.data_dir() / "engine-state.json"


def remembered_sip_port() -> int:
    """The local SIP port of the last run of this profile (0: none yet, or unreadable: any free port)."""
    try:
        port = json.loads(_engine_state_path().read_text()).get("sip_port", 0)
    except (OSError, ValueError, AttributeError):
        return 0
    return port if isinstance(port, int) and not isinstance(port, bool) and 1024 <= port <= 65535 else 0


class SipPortMemory:
    """Keeps the engine's local SIP port for the next start of this profile (see EngineOptions.sip_port)."""

    def on_event(self, event: Event) -> None:
        if not isinstance(event, Started) or not event.capabilities.sip_port:
            return
        if event.capabilities.sip_port == remembered_sip_port():
            return
        try:
            _engine_state_path().write_text(json.dumps({"sip_port": event.capabilities.sip_port}) + "\n")
        except OSError as exc:  # a read-only or full profile: the next start takes any free port
            log.info("could not keep the SIP port for the next start: %s", exc)


class CredentialRefresher:
    """A registration that used to work fails with 401: the password may have changed on the chat server.
    Fetch the SIP identity once more and register again; if that does not help, the 401 stands."""

    def __init__(self, session: Session, settings: Settings) -> None:
        self.session = session
        self.settings = settings
        self.secrets: Any = None  # core.ports.SecretStore when not the keyring (a session-only sign-in's memory)
        self.was_registered = False
        self.tried = False

    def on_event(self, event: Event) -> None:
        if not isinstance(event, RegistrationChanged):
            return
        if event.state == "registered":
            self.was_registered = True
            self.tried = False
        elif event.state == "failed" and event.code in (401, 403, 407) and self.was_registered and not self.tried:
            self.tried = True
            asyncio.ensure_future(self._refetch())

    async def _refetch(self) -> None:
        from softphone.cli.account_cmds import refetch_sip_password

        try:
            found = await refetch_sip_password(self.settings, self.secrets)
        except Exception as exc:  # the server says why (signed out, unreachable): tell the agent
            self.session.emit(ErrorEvent(code="credentials", message=f"Could not refresh the SIP password: {exc}"))
            return
        if found is None:
            return
        account, password = found
        log.info("SIP password refreshed from the chat server; registering again")
        await self.session.register(account, password)
