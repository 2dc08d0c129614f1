"""Async client for the chat server's sign-in and VoIP API (../shared/contracts/rocketchat-voip.md).

Every request has a time-out, a capped body and a verified TLS connection; every failure becomes a
``ProvisioningError`` subclass with a message for the agent. Rate limits are respected: the client keeps
each route's X-RateLimit-Remaining/-Reset and waits (up to ``max_rate_wait``) rather than exceed it, and a
429 is answered by waiting until X-RateLimit-Reset and retrying once.
"""

from __future__ import annotations

import asyncio
import base64
import binascii
import ipaddress
import json
import logging
import re
import socket
import ssl
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

import httpx

from softphone.core.models import AccountSpec, QueueInfo, SipIdentity, SrtpMode, Transport
from softphone.provisioning import errors as E

log = logging.getLogger(__name__)

API = "/api/v1/"
MAX_BODY = 1_000_000  # bytes; a registration answer is a few hundred
DEFAULT_TIMEOUT = 10.0
MAX_RATE_WAIT = 120.0
MEMBERSHIP_ROUTE = "voip/queues.getMembershipSubscription"


@dataclass(frozen=True)
class ChatSession:
    """A signed-in chat-server user. ``token`` is a secret: keep it in the keyring only."""

    server: str
    user_id: str
    token: str = field(repr=False)
    username: str = ""
    kind: str = "login"  # login (revoked on logout) | pat (personal access token, never revoked by us)


@dataclass
class _RouteBudget:
    remaining: int | None = None
    reset_epoch: float = 0.0


def normalize_server_url(url: str, *, allow_http: bool = False) -> str:
    """Check the address and return it without a trailing slash (raises InvalidServerUrl/InsecureConnection)."""
    text = (url or "").strip()
    if not text:
        raise E.InvalidServerUrlError("No chat-server address is set. Use --server https://chat.example.com "
                                      "or ask IT for the address.")
    if "://" not in text:
        text = "https://" + text
    parts = urlsplit(text)
    if parts.scheme not in ("https", "http") or not parts.hostname:
        raise E.InvalidServerUrlError(f"'{url}' is not a chat-server address like https://chat.example.com.")
    try:
        _ = parts.port
    except ValueError:
        raise E.InvalidServerUrlError(f"'{url}' has an invalid port number.") from None
    if parts.username or parts.password:
        raise E.InvalidServerUrlError("The chat-server address must not contain a user name or password.")
    if parts.scheme == "http":
        if not allow_http:
            raise E.InsecureConnectionError(
                f"'{url}' uses plain http, which would send your password unencrypted. Use https, or for a "
                "local test server allow http explicitly (--allow-http).")
        if not _is_loopback(parts.hostname):
            raise E.InsecureConnectionError(
                f"Plain http is only allowed to this computer (127.0.0.1, ::1, localhost), not to "
                f"{parts.hostname}. Use https.")
    return f"{parts.scheme}://{parts.netloc}{parts.path.rstrip('/')}"


def _is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def _cause_chain(exc: BaseException) -> list[BaseException]:
    seen: list[BaseException] = []
    cur: BaseException | None = exc
    while cur is not None and cur not in seen:
        seen.append(cur)
        cur = cur.__cause__ or cur.__context__
    return seen


class ChatServerClient:
    def __init__(self, server_url: str, *, ca_file: str = "", allow_http: bool = False,
                 timeout: float = DEFAULT_TIMEOUT, max_rate_wait: float = MAX_RATE_WAIT, max_body: int = MAX_BODY,
                 on_wait: Callable[[float, str], None] | None = None,
                 transport: httpx.AsyncBaseTransport | None = None) -> None:
        self.server = normalize_server_url(server_url, allow_http=allow_http)
        self.timeout = timeout
        self.max_rate_wait = max_rate_wait
        self.max_body = max_body
        self.on_wait = on_wait  # told how long we wait for a rate limit, so the UI can say so
        self._budgets: dict[str, _RouteBudget] = {}
        verify: ssl.SSLContext | bool = True
        if ca_file:
            try:
                verify = ssl.create_default_context(cafile=ca_file)
            except (OSError, ssl.SSLError) as exc:
                raise E.CertificateError(f"The CA file {ca_file} cannot be used ({type(exc).__name__}: "
                                         f"{getattr(exc, 'strerror', None) or exc}). Check the path.") from None
        self._http = httpx.AsyncClient(
            base_url=self.server, verify=verify, follow_redirects=False, trust_env=False,
            timeout=httpx.Timeout(timeout), transport=transport,
            headers={"User-Agent": "softphone", "Accept": "application/json"})

    async def aclose(self) -> None:
        await self._http.aclose()

    async def __aenter__(self) -> ChatServerClient:
        return self

    async def __aexit__(self, *exc: object) -> None:
        await self.aclose()

    # -- sign-in ----------------------------------------------------------------------------------------------
    async def login_password(self, user: str, password: str, code: str | None = None) -> ChatSession:
        """``user`` is the username or e-mail. Raises TwoFactorRequired when a code is needed."""
        body: dict[str, str] = {"user": user, "password": password}
        if code:
            body["code"] = code.strip()
        status, data = await self._request("POST", "login", json_body=body, auth=None)
        if status == 200:
            return self._session_from_login(data)
        raise self._login_error(status, data)

    async def resume_login(self, token: str) -> ChatSession:
        """Token login (``{"resume": token}``): a fresh view of the session, skipping 2FA."""
        status, data = await self._request("POST", "login", json_body={"resume": token}, auth=None)
        if status == 200:
            return self._session_from_login(data)
        raise E.SignInRequired("Your sign-in has expired. Please sign in again.", status=status)

    async def send_email_code(self, email_or_username: str) -> None:
        status, data = await self._request("POST", "users.2fa.sendEmailCode",
                                           json_body={"emailOrUsername": email_or_username}, auth=None)
        if status != 200:
            raise E.RequestRejectedError(f"The server could not send a new code: {_error_text(data)}.",
                                         status=status)

    async def login_pat(self, user_id: str, token: str) -> ChatSession:
        """Personal-access-token sign-in: checked with ``me`` (a PAT cannot log in by itself)."""
        try:
            return await self.resume(ChatSession(self.server, user_id, token, kind="pat"))
        except E.SignInRequired:
            raise E.AuthenticationError("The server did not accept this user id and personal access token. "
                                        "Check both in your profile (My Account > Personal Access Tokens).",
                                        status=401) from None

    async def resume(self, session: ChatSession) -> ChatSession:
        """Check a stored token with ``me``; 401 -> SignInRequired (the caller asks the agent to sign in)."""
        me = await self.me(session)
        return ChatSession(self.server, session.user_id, session.token, str(me.get("username", "")),
                           session.kind)

    async def me(self, session: ChatSession) -> dict[str, Any]:
        status, data = await self._request("GET", "me", auth=session)
        if status == 200:
            return data
        raise self._auth_error(status, data)

    async def logout(self, session: ChatSession) -> bool:
        """Revoke a login token. Never sends a PAT (the server would revoke it); returns whether it revoked."""
        if session.kind == "pat":
            return False
        status, data = await self._request("POST", "logout", auth=session)
        if status == 200:
            return True
        if status == 401:
            return False  # already revoked or expired: nothing to do
        raise self._generic_error(status, data)

    # -- SIP identity -----------------------------------------------------------------------------------------
    async def registration_info(self, session: ChatSession) -> SipIdentity:
        """The agent's SIP identity: the Asterisk endpoint, else the FreeSWITCH one."""
        status, data = await self._request("GET", "connector.extension.getRegistrationInfoByUserId",
                                           params={"id": session.user_id}, auth=session)
        if status == 200:
            return _parse_asterisk(data)
        err = _error_text(data)
        asterisk_disabled = False
        if status == 401 and err == "unauthorized":
            raise self._permission_error("view-agent-extension-association")
        if status == 401:
            raise self._auth_error(status, data)
        if status == 403:
            raise self._permission_error("view-agent-extension-association")
        if status == 404 and err.lower().startswith("extension not found"):
            raise self._no_extension()
        if status == 400 and "error-voip-disabled" in err:
            asterisk_disabled = True
        elif status == 400 and "Connection error" in err:
            raise E.PbxUnreachableError("The chat server cannot reach the phone system (PBX) right now. Try again "
                                        "in a few minutes; if it persists, tell IT.", status=400)
        elif status == 400 and "error-action-not-allowed" in (err + str(data.get("errorType", ""))):
            raise E.LicenseRequiredError("Phone calls need an enterprise licence on this chat server. Ask IT.",
                                         status=400)
        elif status != 404:
            raise self._generic_error(status, data)
        # Route absent or VoIP off: try the FreeSWITCH integration (7.x Team voice calls).
        fs_status, fs = await self._request("GET", "voip-freeswitch.extension.getRegistrationInfoByUserId",
                                            params={"userId": session.user_id}, auth=session)
        fs_err = _error_text(fs)
        if fs_status == 200:
            return _parse_freeswitch(fs)
        if fs_status == 401:
            raise self._auth_error(fs_status, fs)
        if fs_status == 403:
            raise self._permission_error("view-user-voip-extension")
        if fs_status == 400 and "error-voip-disabled" in fs_err or (fs_status == 404 and asterisk_disabled):
            raise E.VoipDisabledError("Voice calls are turned off on this chat server (VoIP disabled). Ask IT to "
                                      "enable VoIP for Omnichannel.", status=fs_status)
        if fs_err in ("error-extension-not-assigned", "error-registration-not-found", "error-user-not-found"):
            raise self._no_extension()
        if fs_status == 404:
            raise E.VoipUnsupportedError(
                "This chat server does not hand out phone accounts (Rocket.Chat 8 removed the VoIP integration). "
                "Ask IT for your SIP account details and set them with 'softphone account set'.", status=404)
        raise self._generic_error(fs_status, fs)

    async def queue_membership(self, session: ChatSession, extension: str) -> list[QueueInfo]:
        status, data = await self._request("GET", MEMBERSHIP_ROUTE,
                                           params={"extension": extension}, auth=session)
        if status == 200:
            queues = data.get("queues")
            if not isinstance(queues, list):
                raise E.MalformedResponseError("The chat server's queue list was not in the expected form.")
            return [_parse_queue(q) for q in queues if isinstance(q, dict) and q.get("name")]
        if status == 403:
            raise self._permission_error("inbound-voip-calls")
        if status == 401:
            raise self._auth_error(status, data)
        if status == 404:
            return []  # no queue API on this server: the agent is in no queue we can know of
        raise self._generic_error(status, data)

    def rate_status(self, route: str) -> tuple[int | None, float | None]:
        """What the server said last about a route's rate limit: (X-RateLimit-Remaining, seconds until
        X-RateLimit-Reset), or (None, None) before any answer with those headers."""
        budget = self._budgets.get(route)
        if budget is None or budget.remaining is None:
            return None, None
        return budget.remaining, max(0.0, budget.reset_epoch - time.time())

    # -- errors -----------------------------------------------------------------------------------------------
    def _session_from_login(self, data: dict[str, Any]) -> ChatSession:
        d = data.get("data")
        if not isinstance(d, dict) or not isinstance(d.get("userId"), str) or not isinstance(d.get("authToken"), str):
            raise E.MalformedResponseError("The chat server's sign-in answer was not in the expected form. "
                                           "Is this address really the chat server?")
        me = _dict(d.get("me"))
        return ChatSession(self.server, d["userId"], d["authToken"], str(me.get("username", "")), "login")

    def _login_error(self, status: int, data: dict[str, Any]) -> E.ProvisioningError:
        err = _error_text(data)
        details = _dict(data.get("details"))
        if err == "totp-required":
            method = str(details.get("method", "totp"))
            methods = tuple(str(m) for m in details.get("availableMethods", []) if isinstance(m, str))
            if method == "email":
                sent = bool(details.get("codeGenerated"))
                msg = ("A sign-in code was e-mailed to you; enter it." if sent else
                       "Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).")
            else:
                msg = "Enter the 6-digit code from your authenticator app."
            return E.TwoFactorRequired(msg, method=method, available_methods=methods, code_generated=bool(
                details.get("codeGenerated")), email_or_username=str(details.get("emailOrUsername", "")))
        if err == "totp-invalid":
            return E.TwoFactorInvalid("That code is wrong or has expired. Try again with a new code.", status=status)
        if err == "totp-max-attempts":
            return E.TwoFactorLocked("Too many wrong codes: sign-in is blocked for now. Wait a while and try again, "
                                     "or ask IT to unlock your account.", status=status)
        if status in (401, 403):
            return E.AuthenticationError("The username/e-mail or password is wrong.", status=status)
        return self._generic_error(status, data)

    def _auth_error(self, status: int, data: dict[str, Any]) -> E.ProvisioningError:
        if status == 401:
            return E.SignInRequired("Your sign-in has expired or was revoked. Please sign in again.", status=401)
        if status == 403:
            return self._permission_error("")
        return self._generic_error(status, data)

    def _permission_error(self, permission: str) -> E.PermissionDeniedError:
        what = f" ({permission})" if permission else ""
        return E.PermissionDeniedError(
            f"Your chat-server account is not allowed to use the phone{what}. Ask IT to give you the "
            "Omnichannel agent role (livechat-agent).", status=403)

    def _no_extension(self) -> E.ExtensionNotFoundError:
        return E.ExtensionNotFoundError("No phone extension is assigned to your chat-server account. Ask IT to "
                                        "assign you an extension (Omnichannel > Agents).", status=404)

    def _generic_error(self, status: int, data: dict[str, Any]) -> E.ProvisioningError:
        if status >= 500:
            return E.ServerError(f"The chat server has a problem (HTTP {status}). Try again later; if it persists, "
                                 "tell IT.", status=status)
        if status == 401:
            return E.SignInRequired("Your sign-in has expired. Please sign in again.", status=401)
        if status == 403:
            return self._permission_error("")
        return E.RequestRejectedError(f"The chat server refused the request (HTTP {status}: "
                                      f"{_error_text(data)[:160] or 'no reason given'}).", status=status)

    # -- transport --------------------------------------------------------------------------------------------
    async def _request(self, method: str, route: str, *, json_body: dict[str, Any] | None = None,
                       params: dict[str, str] | None = None, auth: ChatSession | None) -> tuple[int, dict[str, Any]]:
        """Send with rate-limit budgeting; on 429 wait for the reset and retry once. Returns (status, JSON)."""
        for attempt in (1, 2):
            await self._respect_budget(route)
            status, headers, data = await self._send_once(method, route, json_body, params, auth)
            self._note_budget(route, headers)
            if status != 429:
                return status, data
            wait = self._reset_wait(headers, data)
            if attempt == 2 or wait > self.max_rate_wait:
                raise E.RateLimitedError(
                    f"The chat server asks us to slow down; try again in {int(wait + 0.999)} s.", wait_seconds=wait)
            await self._wait(wait, route)
        raise AssertionError("unreachable")

    async def _respect_budget(self, route: str) -> None:
        budget = self._budgets.get(route)
        if budget is None or budget.remaining is None or budget.remaining > 0:
            return
        wait = budget.reset_epoch - time.time()
        if wait <= 0:
            return
        if wait > self.max_rate_wait:
            raise E.RateLimitedError(f"The chat server's request limit is used up; try again in {int(wait + 0.999)} s.",
                                     wait_seconds=wait)
        await self._wait(wait, route)

    async def _wait(self, seconds: float, route: str) -> None:
        log.info("rate limit on %s: waiting %.1f s", route, seconds)
        if self.on_wait is not None:
            self.on_wait(seconds, route)
        await asyncio.sleep(seconds + 0.05)

    def _note_budget(self, route: str, headers: httpx.Headers) -> None:
        try:
            remaining = int(headers["x-ratelimit-remaining"])
            reset = int(headers["x-ratelimit-reset"]) / 1000.0
        except (KeyError, ValueError):
            return
        self._budgets[route] = _RouteBudget(remaining, reset)

    def _reset_wait(self, headers: httpx.Headers, data: dict[str, Any]) -> float:
        try:
            return max(0.0, int(headers["x-ratelimit-reset"]) / 1000.0 - time.time())
        except (KeyError, ValueError):
            m = re.search(r"wait (\d+) seconds", _error_text(data))
            return float(m.group(1)) if m else 60.0

    async def _send_once(self, method: str, route: str, json_body: dict[str, Any] | None,
                         params: dict[str, str] | None,
                         auth: ChatSession | None) -> tuple[int, httpx.Headers, dict[str, Any]]:
        headers = {"X-User-Id": auth.user_id, "X-Auth-Token": auth.token} if auth else {}
        try:
            return await asyncio.wait_for(self._exchange(method, route, json_body, params, headers),
                                          timeout=self.timeout + 1)
        except (asyncio.TimeoutError, httpx.TimeoutException):
            raise E.ServerTimeoutError(f"The chat server {self.server} did not answer within {self.timeout:g} s. "
                                       "Check your network connection or try again later.") from None
        except httpx.HTTPError as exc:
            raise self._network_error(exc) from None

    async def _exchange(self, method: str, route: str, json_body: dict[str, Any] | None,
                        params: dict[str, str] | None,
                        headers: dict[str, str]) -> tuple[int, httpx.Headers, dict[str, Any]]:
        async with self._http.stream(method, API + route, json=json_body, params=params, headers=headers) as resp:
            status = resp.status_code
            if 300 <= status < 400:
                where = urlsplit(resp.headers.get("location", "")).netloc or "another address"
                raise E.RedirectError(
                    f"The chat server sent us to {where}. Credentials are not sent to a redirected address: "
                    "use the final address as the server (check http vs https and the path).", status=status)
            declared = resp.headers.get("content-length")
            if declared and declared.isdigit() and int(declared) > self.max_body:
                raise self._too_large()
            chunks: list[bytes] = []
            size = 0
            async for chunk in resp.aiter_bytes():
                size += len(chunk)
                if size > self.max_body:
                    raise self._too_large()
                chunks.append(chunk)
            raw = b"".join(chunks)
            ctype = resp.headers.get("content-type", "").lower()
            rheaders = resp.headers
        return status, rheaders, self._decode(status, ctype, raw)

    def _too_large(self) -> E.ResponseTooLargeError:
        return E.ResponseTooLargeError(f"The chat server sent an unexpectedly large answer (over "
                                       f"{self.max_body // 1000} kB); it was not read. Is the address right?")

    def _decode(self, status: int, ctype: str, raw: bytes) -> dict[str, Any]:
        head = raw[:200].lstrip().lower()
        if "html" in ctype or head.startswith((b"<!doctype", b"<html")):
            if status >= 500:
                return _raise(E.HtmlPageError(
                    f"The chat server is not answering properly (HTTP {status}, a web error page instead of data): "
                    "it may be down or behind maintenance. Try again later.", status=status))
            return _raise(E.HtmlPageError(
                f"The address {self.server} answered with a web page, not the chat-server API (HTTP {status}). "
                "Check the server address.", status=status))
        if status >= 500 and "json" not in ctype:
            return _raise(E.ServerError(f"The chat server has a problem (HTTP {status}). Try again later.",
                                        status=status))
        if "json" not in ctype:
            return _raise(E.MalformedResponseError(
                f"The chat server answered in an unexpected format ({ctype or 'no content type'}). "
                "Check the server address.", status=status))
        try:
            data = json.loads(raw.decode("utf-8"))
        except (ValueError, UnicodeDecodeError):
            if status >= 500:
                return _raise(E.ServerError(f"The chat server has a problem (HTTP {status}).", status=status))
            return _raise(E.MalformedResponseError(
                "The chat server's answer was cut off or damaged. Try again; if it persists, tell IT.",
                status=status))
        if not isinstance(data, dict):
            return _raise(E.MalformedResponseError("The chat server's answer was not in the expected form.",
                                                   status=status))
        if status >= 500:
            return _raise(E.ServerError(f"The chat server has a problem (HTTP {status}). Try again later; if it "
                                        "persists, tell IT.", status=status))
        return data

    def _network_error(self, exc: httpx.HTTPError) -> E.ProvisioningError:
        host = urlsplit(self.server).hostname or self.server
        for cause in _cause_chain(exc):
            if isinstance(cause, ssl.SSLCertVerificationError) or "CERTIFICATE_VERIFY_FAILED" in str(cause):
                reason = getattr(cause, "verify_message", "") or _verify_reason(str(cause)) or "not trusted"
                return E.CertificateError(
                    f"The chat server's certificate cannot be trusted ({reason}). Do not continue on an untrusted "
                    "network; if your company uses its own certificate authority, ask IT for its CA file "
                    "(setting ca_file or --ca-file).")
            if isinstance(cause, ssl.SSLError):
                return E.CertificateError(f"A secure connection to {host} failed ({cause.reason or 'TLS error'}). "
                                          "Check the address (https on the right port).")
            if isinstance(cause, socket.gaierror):
                return E.DnsError(f"The chat-server name {host} cannot be found. Check the address and your "
                                  "network connection.")
            if isinstance(cause, ConnectionRefusedError):
                return E.ConnectionRefusedError_(f"The chat server {self.server} refused the connection: nothing is "
                                                 "listening there. Check the address and port, or try later.")
        text = str(exc)
        if "Name or service not known" in text or "nodename nor servname" in text or "getaddrinfo" in text:
            return E.DnsError(f"The chat-server name {host} cannot be found. Check the address.")
        if "refused" in text.lower():
            return E.ConnectionRefusedError_(f"The chat server {self.server} refused the connection.")
        return E.NetworkError(f"The connection to the chat server {self.server} failed ({type(exc).__name__}). "
                              "Check your network connection.")


def _raise(exc: E.ProvisioningError) -> dict[str, Any]:
    raise exc


def _dict(value: Any) -> dict[str, Any]:
    return value if isinstance(value, dict) else {}


def _error_text(data: Any) -> str:
    if not isinstance(data, dict):
        return ""
    err = data.get("error")
    if isinstance(err, str):
        return err
    if err is not None:
        return str(data.get("message") or err)
    return str(data.get("message", ""))


# -- registration info ---------------------------------------------------------------------------------------------
def decode_jwt_payload(token: str) -> dict[str, Any]:
    """The JWT ``result`` variant. The signature is NOT verified: the phone does not have VoIP_JWT_Secret,
    and the token comes over the authenticated TLS connection (Rocket.Chat's own web client does the same)."""
    try:
        payload_b64 = token.split(".")[1]
        payload = json.loads(base64.urlsafe_b64decode(payload_b64 + "=" * (-len(payload_b64) % 4)))
    except (IndexError, ValueError, binascii.Error, UnicodeDecodeError):
        raise E.MalformedResponseError("The chat server's signed registration data could not be read.") from None
    if not isinstance(payload, dict):
        raise E.MalformedResponseError("The chat server's signed registration data could not be read.")
    return payload


def _parse_asterisk(data: dict[str, Any]) -> SipIdentity:
    if isinstance(data.get("result"), str):
        context = decode_jwt_payload(data["result"]).get("context")
        if not isinstance(context, dict):
            raise E.MalformedResponseError("The chat server's signed registration data has no account in it.")
        data = context
    ext = data.get("extensionDetails")
    csc = _dict(data.get("callServerConfig"))
    if not isinstance(ext, dict) or not ext.get("extension"):
        raise E.MalformedResponseError("The chat server's registration info has no extension in it.")
    ws = str(csc.get("websocketPath", "") or "")
    host = (urlsplit(ws).hostname or "") if ws else ""
    host = host or str(data.get("host", "") or "")  # early 4.x: separate host field
    if not host:
        raise E.MalformedResponseError("The chat server's registration info does not say which phone server to use.")
    extension = str(ext["extension"])
    return SipIdentity(extension=extension, password=str(ext.get("password", "") or ""), host=host,
                       websocket_url=ws, auth_user=extension)


def _parse_freeswitch(data: dict[str, Any]) -> SipIdentity:
    ext = data.get("extension")
    cred = _dict(data.get("credentials"))
    if not isinstance(ext, dict) or not ext.get("extension"):
        raise E.MalformedResponseError("The chat server's registration info has no extension in it.")
    ws = str(cred.get("websocketPath", "") or "")
    host = (urlsplit(ws).hostname or "") if ws else ""
    host = host or str(ext.get("domain", "") or "")
    if not host:
        raise E.MalformedResponseError("The chat server's registration info does not say which phone server to use.")
    extension = str(ext["extension"])
    return SipIdentity(extension=extension, password=str(cred.get("password", "") or ""), host=host,
                       websocket_url=ws, auth_user=extension, display_name=str(ext.get("callerName", "") or ""))


def _int(value: Any) -> int:
    try:
        return int(float(str(value).strip()))
    except ValueError:
        return 0


def _parse_queue(q: dict[str, Any]) -> QueueInfo:
    return QueueInfo(name=str(q["name"]), logged_in=True, callers=_int(q.get("callers")),
                     holdtime=_int(q.get("holdtime")), members_logged_in=_int(q.get("loggedin")),
                     members_available=_int(q.get("available")), longest_hold=_int(q.get("logestholdtime")))


def account_from_identity(identity: SipIdentity, *, transport: str = "udp", port: int = 0, registrar: str = "",
                          srtp: str = "off", ca_file: str = "") -> AccountSpec:
    """AccountSpec for a provisioned identity: host of websocketPath as domain/registrar, transport and port from
    settings or policy (the server gives only a wss URL, which pjsip cannot use)."""
    return AccountSpec(user=identity.extension, domain=identity.host, registrar_host=registrar, port=port,
                       transport=Transport(transport), auth_user=identity.auth_user or identity.extension,
                       display_name=identity.display_name, srtp=SrtpMode(srtp), ca_file=ca_file,
                       source="chat-server")


def _verify_reason(text: str) -> str:
    """OpenSSL's reason from a wrapped error's text, e.g. 'certificate has expired' (an expired certificate
    must not read like an unknown CA)."""
    match = re.search(r"certificate verify failed: ([^()]+?)\s*\(", text)
    return match.group(1).strip() if match else ""

