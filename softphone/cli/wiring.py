"""Shared construction for the composition root: logging, settings -> options, adapters."""

from __future__ import annotations

import logging
import logging.handlers
import re
import sys
from typing import Any

from softphone import __version__
from softphone.config import Settings, paths
from softphone.core.models import AccountSpec, DtmfMethod, EngineOptions, SrtpMode, Transport
from softphone.core.session import SessionConfig

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


def setup_logging(debug: bool, to_stderr: bool = True) -> None:
    root = logging.getLogger()
    root.setLevel(logging.DEBUG if debug else logging.INFO)
    fmt = logging.Formatter("%(asctime)s %(levelname)s %(name)s [%(threadName)s] %(message)s")
    redact = RedactingFilter()
    try:
        file_handler: logging.Handler = logging.handlers.RotatingFileHandler(
            paths.log_dir() / "softphone.log", maxBytes=5_000_000, backupCount=3, encoding="utf-8")
        file_handler.setFormatter(fmt)
        file_handler.addFilter(redact)
        root.addHandler(file_handler)
    except OSError as exc:  # full disk or read-only profile: keep running, say so on stderr
        print(f"softphone: cannot write the log file ({exc}); logging to stderr only", file=sys.stderr)
    if to_stderr:
        err = logging.StreamHandler(sys.stderr)
        err.setLevel(logging.DEBUG if debug else logging.WARNING)
        err.setFormatter(fmt)
        err.addFilter(redact)
        root.addHandler(err)
    for noisy in ("httpx", "httpcore"):
        logging.getLogger(noisy).setLevel(logging.WARNING)


def engine_options(settings: Settings) -> EngineOptions:
    return EngineOptions(
        bind_address=settings.get("sip.bind_address"),
        codecs=tuple(settings.get("sip.codecs")),
        dtmf_method=DtmfMethod(settings.get("sip.dtmf_method")),
        srtp=SrtpMode(settings.get("sip.srtp")),
        keepalive_sec=settings.get("sip.keepalive_sec"),
        user_agent=f"softphone/{__version__}",
        ca_file=settings.get("ca_file") or "",
    )


def session_config(settings: Settings) -> SessionConfig:
    return SessionConfig(
        version=__version__,
        dtmf_method=DtmfMethod(settings.get("sip.dtmf_method")),
        auto_answer=settings.get("call.auto_answer"),
        auto_answer_delay=float(settings.get("call.auto_answer_delay")),
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
