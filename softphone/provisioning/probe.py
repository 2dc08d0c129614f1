"""Is the chat server there? One short, unauthenticated request for `softphone diagnose` (the IT smoke test).

Tries ``/api/info`` then ``/api/v1/info`` (Rocket.Chat answers one or the other, depending on version). Any JSON
answer from the API below 500 means a chat server is reachable; a web page, a 5xx, a TLS or network error means
it is not, with a message that says what to check.
"""

from __future__ import annotations

import json
import socket
import ssl
import time
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from softphone.provisioning.client import normalize_server_url
from softphone.provisioning.errors import ProvisioningError

INFO_PATHS = ("/api/info", "/api/v1/info")
MAX_INFO_BODY = 256 * 1024


@dataclass
class ServerProbe:
    ok: bool
    url: str
    message: str
    status: int = 0
    version: str = ""
    elapsed_ms: float = 0.0
    tried: list[str] = field(default_factory=list)

    def to_dict(self) -> dict[str, Any]:
        return {"ok": self.ok, "url": self.url, "message": self.message, "status": self.status,
                "version": self.version, "elapsed_ms": round(self.elapsed_ms, 1), "tried": list(self.tried)}


async def probe_server(server_url: str, *, timeout: float = 5.0, ca_file: str = "",
                       allow_http: bool = False) -> ServerProbe:
    """GET the server's info route with a short timeout. Never raises: the outcome is in the result."""
    start = time.monotonic()
    try:
        base = normalize_server_url(server_url, allow_http=allow_http)
    except ProvisioningError as exc:
        return ServerProbe(False, server_url, str(exc))
    verify: ssl.SSLContext | bool = True
    if ca_file:
        try:
            verify = ssl.create_default_context(cafile=ca_file)
        except (OSError, ssl.SSLError) as exc:
            return ServerProbe(False, base, f"The CA file {ca_file} cannot be used ({type(exc).__name__}). "
                                            "Check the ca_file setting.")
    result = ServerProbe(False, base, "")
    async with httpx.AsyncClient(verify=verify, follow_redirects=False, trust_env=False,
                                 timeout=httpx.Timeout(timeout),
                                 headers={"User-Agent": "softphone-diagnose", "Accept": "application/json"}) as http:
        for path in INFO_PATHS:
            url = base + path
            result.tried.append(url)
            try:
                resp = await http.get(url)
            except httpx.HTTPError as exc:
                result.message = _network_message(base, exc, timeout)
                result.elapsed_ms = (time.monotonic() - start) * 1000
                return result  # the network failed: the second path would fail the same way
            result.status = resp.status_code
            data = _json(resp)
            if data is None:
                kind = "a web page" if "html" in resp.headers.get("content-type", "") else "no JSON"
                result.message = (f"{base} answered HTTP {resp.status_code} with {kind}, not the chat-server API. "
                                  "Check the server_url setting (scheme, host, port, no extra path).")
                continue
            if resp.status_code >= 500:
                result.message = f"The chat server has a problem (HTTP {resp.status_code}). Try again later."
                continue
            result.ok = True
            info = data.get("info") if isinstance(data.get("info"), dict) else data
            result.version = str(info.get("version", "")) if isinstance(info, dict) else ""
            if resp.status_code == 200:
                result.message = f"reachable (HTTP 200 from {path})"
                break
            result.message = f"reachable (the API answered HTTP {resp.status_code} on {path})"
    result.elapsed_ms = (time.monotonic() - start) * 1000
    return result


def _json(resp: httpx.Response) -> dict[str, Any] | None:
    if "json" not in resp.headers.get("content-type", "").lower() or len(resp.content) > MAX_INFO_BODY:
        return None
    try:
        data = json.loads(resp.content.decode("utf-8"))
    except (ValueError, UnicodeDecodeError):
        return None
    return data if isinstance(data, dict) else None


def _network_message(base: str, exc: httpx.HTTPError, timeout: float) -> str:
    host = urlsplit(base).hostname or base
    if isinstance(exc, httpx.TimeoutException):
        return f"{base} did not answer within {timeout:g} s. Check the network, proxy or firewall."
    cause: BaseException | None = exc
    for _ in range(10):  # the cause chain is short; the bound guards against a cycle
        if cause is None:
            break
        if isinstance(cause, ssl.SSLCertVerificationError):
            return (f"The certificate of {host} is not trusted ({cause.verify_message or 'verify failed'}). "
                    "If your company uses its own certificate authority, set ca_file by policy.")
        if isinstance(cause, ssl.SSLError):
            return f"A secure connection to {host} failed ({cause.reason or 'TLS error'}). Check https and the port."
        if isinstance(cause, socket.gaierror):
            return f"The name {host} cannot be resolved. Check server_url and DNS."
        if isinstance(cause, ConnectionRefusedError):
            return f"{base} refused the connection: nothing listens there. Check the address and port."
        cause = cause.__cause__ or cause.__context__
    text = str(exc)
    if "refused" in text.lower():
        return f"{base} refused the connection: nothing listens there. Check the address and port."
    if "Name or service not known" in text or "getaddrinfo" in text:
        return f"The name {host} cannot be resolved. Check server_url and DNS."
    return f"The connection to {base} failed ({type(exc).__name__}: {text[:120]}). Check the network."
