"""A Rocket.Chat double: a real HTTP/HTTPS server implementing /work/shared/contracts/rocketchat-voip.md.

Used by the tests (fixtures ``chat_server`` / ``chat_server_tls``) and by the demo. Stdlib only plus the
``openssl`` command for the test CA.

    srv = ChatServerDouble(tls=True).start()
    srv.add_user("alice", "pw", extension="1001", sip_password="pw1001", queues=["sales"])
    ... srv.url, srv.ca_file, srv.requests, srv.logouts ...
    srv.stop()

Faults (``inject(path, fault, times=None)``; ``path`` is the route without ``/api/v1/``, e.g. ``"me"``):
``"500"``, ``"502"``, ``"html"`` (an HTML error page with 503), ``"truncated"`` (JSON cut in half),
``"huge"`` (a 5 MB JSON body), ``"wrong-content-type"`` (text/plain body), ``"delay:SECONDS"`` (then the
normal answer), ``"redirect"`` (302 to another host), ``"disable"`` (404 as if the route did not exist),
``"close"`` (drop the connection without an answer).
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import shutil
import ssl
import struct
import subprocess
import tempfile
import threading
import time
import uuid
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from typing import Any
from urllib.parse import parse_qs, urlsplit

API = "/api/v1/"

UNAUTHORIZED_401 = {"success": False, "status": "error", "error": "You must be logged in to do this.",
                    "message": "You must be logged in to do this."}
NOT_FOUND_ROUTE = {"success": False, "error": "Resource not found"}


def totp_code(secret_b32: str, at: float | None = None, step: int = 30, digits: int = 6) -> str:
    """RFC 6238 TOTP (SHA-1), as authenticator apps compute it."""
    key = base64.b32decode(secret_b32.upper() + "=" * (-len(secret_b32) % 8))
    counter = int((time.time() if at is None else at) // step)
    digest = hmac.new(key, struct.pack(">Q", counter), hashlib.sha1).digest()
    offset = digest[-1] & 0x0F
    value = (struct.unpack(">I", digest[offset:offset + 4])[0] & 0x7FFFFFFF) % (10 ** digits)
    return str(value).zfill(digits)


def _b64url(data: bytes) -> str:
    return base64.urlsafe_b64encode(data).rstrip(b"=").decode()


def make_jwt(context: dict[str, Any], secret: str) -> str:
    """HS256 JWT like Rocket.Chat's JWTHelper.generateJWT (aud RocketChat, exp +1 h, data in ``context``)."""
    now = int(time.time())
    header = _b64url(json.dumps({"alg": "HS256", "typ": "JWT"}).encode())
    payload = _b64url(json.dumps({"iat": now, "nbf": now, "exp": now + 3600, "aud": "RocketChat",
                                  "context": context}).encode())
    sig = hmac.new(secret.encode(), f"{header}.{payload}".encode(), hashlib.sha256).digest()
    return f"{header}.{payload}.{_b64url(sig)}"


DEFAULT_PERMISSIONS = frozenset({"view-agent-extension-association", "view-user-voip-extension",
                                 "inbound-voip-calls", "view-l-room"})


@dataclass
class User:
    username: str
    password: str
    email: str
    user_id: str
    extension: str = ""
    sip_password: str = ""
    totp_secret: str | None = None
    email_2fa: bool = False
    queues: list[str] = field(default_factory=list)
    permissions: set[str] = field(default_factory=lambda: set(DEFAULT_PERMISSIONS))
    status_livechat: str = "available"
    failed_codes: int = 0
    email_codes: list[str] = field(default_factory=list)
    sent_email_codes: int = 0


@dataclass
class Fault:
    kind: str
    remaining: int | None


class ChatServerDouble:
    def __init__(self, tls: bool = False, *, host: str = "127.0.0.1", rate_limit: tuple[int, int] = (10, 60000),
                 jwt_secret: str | None = None, voip_host: str = "127.0.0.1", max_code_attempts: int = 5) -> None:
        self.tls = tls
        self.host = host
        self.rate_calls, self.rate_window_ms = rate_limit
        self.jwt_secret = jwt_secret  # set: the Asterisk endpoint answers {"result": <JWT>}
        self.voip_host = voip_host  # host of websocketPath (the SIP registrar the phone will use)
        self.voip_variant = "asterisk"  # asterisk | asterisk-4x (host + websocketPort) | freeswitch | none (8.x)
        self.voip_enabled = True
        self.max_code_attempts = max_code_attempts
        self.users: dict[str, User] = {}
        self.tokens: dict[str, str] = {}  # login token -> user id
        self.pats: dict[str, str] = {}  # personal access token -> user id
        self.queue_stats: dict[str, dict[str, str]] = {}
        self.requests: list[tuple[str, str, dict[str, str]]] = []
        self.logouts: list[tuple[str, str]] = []  # (user id, kind: login|pat) of revoked tokens
        self.faults: dict[str, Fault] = {}
        self.ca_file = ""
        self._lock = threading.RLock()
        self._rate: dict[tuple[str, str], tuple[int, float]] = {}  # (route, ip) -> (count, window reset epoch s)
        self._stopping = threading.Event()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None
        self._tmp: Path | None = None
        self.port = 0

    # -- lifecycle --------------------------------------------------------------------------------------------
    def start(self) -> ChatServerDouble:
        double = self

        class Handler(_Handler):
            srv = double

        self._server = ThreadingHTTPServer((self.host, 0), Handler)
        self._server.daemon_threads = True
        if self.tls:
            self._tmp = Path(tempfile.mkdtemp(prefix="chatdouble-"))
            cert, key, ca = _make_certs(self._tmp, self.host)
            self.ca_file = str(ca)
            ctx = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
            ctx.load_cert_chain(cert, key)
            self._server.socket = ctx.wrap_socket(self._server.socket, server_side=True)
        self.port = self._server.server_address[1]
        self._thread = threading.Thread(target=self._server.serve_forever, kwargs={"poll_interval": 0.05},
                                        name="chat-double", daemon=True)
        self._thread.start()
        return self

    def stop(self) -> None:
        self._stopping.set()
        if self._server is not None:
            self._server.shutdown()
            self._server.server_close()
            self._server = None
        if self._thread is not None:
            self._thread.join(timeout=5)
            self._thread = None
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> ChatServerDouble:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()

    @property
    def url(self) -> str:
        return f"{'https' if self.tls else 'http'}://{self.host}:{self.port}"

    # -- test API ---------------------------------------------------------------------------------------------
    def add_user(self, username: str, password: str, *, email: str | None = None, user_id: str | None = None,
                 extension: str = "", sip_password: str = "", totp_secret: str | None = None,
                 email_2fa: bool = False, queues: list[str] | tuple[str, ...] = (),
                 permissions: set[str] | None = None) -> User:
        user = User(username=username, password=password, email=email or f"{username}@example.com",
                    user_id=user_id or uuid.uuid4().hex[:17], extension=extension, sip_password=sip_password,
                    totp_secret=totp_secret, email_2fa=email_2fa, queues=list(queues))
        if permissions is not None:
            user.permissions = set(permissions)
        with self._lock:
            self.users[username] = user
        return user

    def add_pat(self, username: str, token: str | None = None) -> str:
        """A personal access token, as created in the profile UI (never expires)."""
        token = token or secrets.token_urlsafe(32)
        with self._lock:
            self.pats[token] = self.users[username].user_id
        return token

    def totp_code(self, username: str) -> str:
        secret = self.users[username].totp_secret
        assert secret, f"{username} has no TOTP secret"
        return totp_code(secret)

    def last_email_code(self, username: str) -> str:
        """What the agent would read in the e-mail."""
        return self.users[username].email_codes[-1]

    def set_sip_password(self, extension: str, password: str) -> None:
        with self._lock:
            for user in self.users.values():
                if user.extension == extension:
                    user.sip_password = password

    def set_rate_limit(self, calls: int, window_ms: int) -> None:
        with self._lock:
            self.rate_calls, self.rate_window_ms = calls, window_ms
            self._rate.clear()

    def inject(self, path: str, fault: str, *, times: int | None = None) -> None:
        with self._lock:
            self.faults[path.removeprefix(API).lstrip("/")] = Fault(fault, times)

    def clear_faults(self) -> None:
        with self._lock:
            self.faults.clear()

    def requests_to(self, route: str) -> list[tuple[str, str, dict[str, str]]]:
        return [r for r in self.requests if urlsplit(r[1]).path == API + route]

    # -- request handling (called on handler threads) ---------------------------------------------------------
    def _user_by_id(self, user_id: str) -> User | None:
        return next((u for u in self.users.values() if u.user_id == user_id), None)

    def _authed(self, headers: dict[str, str]) -> User | None:
        uid, token = headers.get("x-user-id", ""), headers.get("x-auth-token", "")
        owner = self.tokens.get(token) or self.pats.get(token)
        return self._user_by_id(uid) if owner and owner == uid else None

    def _rate_check(self, route: str, ip: str) -> tuple[bool, dict[str, str]]:
        now = time.time()
        key = (route, ip)
        count, reset = self._rate.get(key, (0, now + self.rate_window_ms / 1000))
        if now >= reset:
            count, reset = 0, now + self.rate_window_ms / 1000
        allowed = count < self.rate_calls
        if allowed:
            count += 1
        self._rate[key] = (count, reset)
        return allowed, {"X-RateLimit-Limit": str(self.rate_calls),
                         "X-RateLimit-Remaining": str(max(0, self.rate_calls - count)),
                         "X-RateLimit-Reset": str(int(reset * 1000))}

    def handle(self, method: str, route: str, query: dict[str, str], body: Any,
               headers: dict[str, str]) -> tuple[int, Any]:
        handler = ROUTES.get((method, route))
        if handler is None:
            return 404, NOT_FOUND_ROUTE
        return handler(self, query, body, headers)

    # routes ----------------------------------------------------------------------------------------------------
    def _login_ok(self, user: User) -> tuple[int, Any]:
        token = secrets.token_urlsafe(32)
        self.tokens[token] = user.user_id
        return 200, {"status": "success", "success": True, "data": {
            "userId": user.user_id, "authToken": token,
            "me": {"_id": user.user_id, "username": user.username, "statusLivechat": user.status_livechat}}}

    def r_login(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        if not isinstance(body, dict):
            return 400, {"success": False, "error": "Match error", "errorType": "invalid-params"}
        if "resume" in body:
            uid = self.tokens.get(str(body["resume"]))
            user = self._user_by_id(uid) if uid else None
            if user is None:
                return 401, {"status": "error", "error": 403, "message": "You've been logged out by the server. "
                             "Please log in again. [403]"}
            return self._login_ok(user)
        name = body.get("user") or body.get("username") or body.get("email") or ""
        user = next((u for u in self.users.values() if name in (u.username, u.email)), None)
        if user is None or not hmac.compare_digest(user.password, str(body.get("password", ""))):
            return 401, {"status": "error", "error": "Unauthorized", "message": "Unauthorized"}
        if user.totp_secret or user.email_2fa:
            code = str(body.get("code") or headers.get("x-2fa-code", ""))
            method = "totp" if user.totp_secret else "email"
            if user.failed_codes >= self.max_code_attempts:
                return 401, {"success": False, "status": "error", "error": "totp-max-attempts",
                             "message": "TOTP Maximun Failed Attempts Reached [totp-max-attempts]",
                             "details": {"method": method}}
            if not code:
                details: dict[str, Any] = {"method": method,
                                           "availableMethods": ["totp", "email"] if user.totp_secret else ["email"]}
                if method == "email":
                    generated = not user.email_codes
                    if generated:
                        self._send_email_code(user)
                    details.update({"emailOrUsername": name, "codeGenerated": generated,
                                    "codeExpires": _iso(time.time() + 600)})
                return 401, {"success": False, "status": "error", "error": "totp-required",
                             "message": "TOTP Required", "details": details}
            if method == "totp":
                assert user.totp_secret
                ok = any(hmac.compare_digest(code, totp_code(user.totp_secret, time.time() + d * 30))
                         for d in (-1, 0, 1))
            else:
                ok = code in user.email_codes
            if not ok:
                user.failed_codes += 1
                if user.failed_codes >= self.max_code_attempts:
                    return 401, {"success": False, "status": "error", "error": "totp-max-attempts",
                                 "message": "TOTP Maximun Failed Attempts Reached [totp-max-attempts]",
                                 "details": {"method": method}}
                return 401, {"success": False, "status": "error", "error": "totp-invalid",
                             "message": "TOTP Invalid [totp-invalid]", "details": {"method": method}}
            user.failed_codes = 0
            user.email_codes.clear()
        return self._login_ok(user)

    def _send_email_code(self, user: User) -> None:
        user.email_codes.append(f"{secrets.randbelow(10**6):06d}")
        user.sent_email_codes += 1

    def r_send_email_code(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        name = body.get("emailOrUsername") if isinstance(body, dict) else None
        if not name:
            return 400, {"success": False, "error": "The parameter \"emailOrUsername\" is required "
                         "[error-parameter-required]", "errorType": "error-parameter-required"}
        user = next((u for u in self.users.values() if name in (u.username, u.email)), None)
        if user is not None and user.email_2fa:
            self._send_email_code(user)
        return 200, {"success": True}  # newer servers: silent for unknown users

    def r_me(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        user = self._authed(headers)
        if user is None:
            return 401, UNAUTHORIZED_401
        return 200, {"_id": user.user_id, "username": user.username, "emails": [{"address": user.email}],
                     "status": "online", "statusLivechat": user.status_livechat, "roles": ["user", "livechat-agent"],
                     "success": True}

    def r_logout(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        user = self._authed(headers)
        if user is None:
            return 401, UNAUTHORIZED_401
        token = headers.get("x-auth-token", "")
        if token in self.pats:
            del self.pats[token]
            self.logouts.append((user.user_id, "pat"))
        else:
            self.tokens.pop(token, None)
            self.logouts.append((user.user_id, "login"))
        return 200, {"status": "success", "data": {"message": "You've been logged out!"}}

    def _permission(self, user: User, perm: str) -> tuple[int, Any] | None:
        if perm in user.permissions:
            return None
        return 403, {"success": False, "error": "User does not have the permissions required for this action "
                     "[error-unauthorized]"}

    def r_reg_info(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        if self.voip_variant in ("freeswitch", "none"):
            return 404, NOT_FOUND_ROUTE
        user = self._authed(headers)
        if user is None:
            return 401, UNAUTHORIZED_401
        denied = self._permission(user, "view-agent-extension-association")
        if denied:
            return denied
        if not self.voip_enabled:
            return 400, {"success": False, "error": "error-voip-disabled"}
        if query.get("id") != user.user_id:
            return 401, {"success": False, "error": "unauthorized"}
        if not user.extension:
            return 404, {"success": False, "error": "Extension not found"}
        wss = f"wss://{self.voip_host}:8089/ws"
        info: dict[str, Any] = {"callServerConfig": {"websocketPath": wss},
                                "extensionDetails": {"extension": user.extension, "password": user.sip_password,
                                                     "authtype": "userpass", "state": "unregistered"}}
        if self.voip_variant == "asterisk-4x":
            info = {"host": self.voip_host, "callServerConfig": {"websocketPort": 8089, "websocketPath": wss},
                    "extensionDetails": info["extensionDetails"]}
        if self.jwt_secret:
            return 200, {"result": make_jwt(info, self.jwt_secret), "success": True}
        return 200, {**info, "success": True}

    def r_fs_reg_info(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        if self.voip_variant != "freeswitch":
            return 404, NOT_FOUND_ROUTE
        user = self._authed(headers)
        if user is None:
            return 401, UNAUTHORIZED_401
        denied = self._permission(user, "view-user-voip-extension")
        if denied:
            return denied
        if not self.voip_enabled:
            return 400, {"success": False, "error": "error-voip-disabled"}
        target = self._user_by_id(query.get("userId", ""))
        if target is None:
            return 400, {"success": False, "error": "error-user-not-found"}
        if not target.extension:
            return 400, {"success": False, "error": "error-extension-not-assigned"}
        return 200, {"extension": {"extension": target.extension, "context": "default", "domain": self.voip_host,
                                   "groups": ["agents"], "status": "UNREGISTERED", "callerName": target.username,
                                   "callerNumber": target.extension},
                     "credentials": {"websocketPath": f"wss://{self.voip_host}:7443",
                                     "password": target.sip_password},
                     "success": True}

    def _queue_obj(self, name: str) -> dict[str, str]:
        stats = {"loggedin": "1", "available": "1", "callers": "0", "holdtime": "0", "talktime": "0",
                 "logestholdtime": "0"}
        stats.update(self.queue_stats.get(name, {}))
        return {"name": name, **{k: str(v) for k, v in stats.items()}}

    def r_membership(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        if self.voip_variant == "none":
            return 404, NOT_FOUND_ROUTE
        user = self._authed(headers)
        if user is None:
            return 401, UNAUTHORIZED_401
        denied = self._permission(user, "inbound-voip-calls")
        if denied:
            return denied
        ext = query.get("extension", "")
        if not ext:
            return 400, {"success": False, "error": "must have required property 'extension' [invalid-params]",
                         "errorType": "invalid-params"}
        names: list[str] = []
        for u in self.users.values():
            if u.extension and u.extension.endswith(ext):  # suffix match, as the server does
                names.extend(q for q in u.queues if q not in names)
        return 200, {"extension": ext, "queues": [self._queue_obj(n) for n in names], "success": True}

    def r_queued_calls(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        user = self._authed(headers)
        if user is None:
            return 401, UNAUTHORIZED_401
        waiting = sum(int(self._queue_obj(q)["callers"]) for q in user.queues)
        return 200, {"extension": query.get("extension", ""), "queueCount": len(user.queues),
                     "callWaitingCount": waiting, "success": True}

    def r_summary(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        if self._authed(headers) is None:
            return 401, UNAUTHORIZED_401
        names = sorted({q for u in self.users.values() for q in u.queues})
        return 200, {"summary": [self._queue_obj(n) for n in names], "success": True}

    def r_agent_status(self, query: dict[str, str], body: Any, headers: dict[str, str]) -> tuple[int, Any]:
        user = self._authed(headers)
        if user is None:
            return 401, UNAUTHORIZED_401
        status = body.get("status") if isinstance(body, dict) else None
        if status is None:
            status = "not-available" if user.status_livechat == "available" else "available"
        if status not in ("available", "not-available"):
            return 400, {"success": False, "error": "Invalid status", "errorType": "invalid-params"}
        user.status_livechat = status
        return 200, {"status": status, "success": True}


ROUTES = {
    ("POST", "login"): ChatServerDouble.r_login,
    ("POST", "users.2fa.sendEmailCode"): ChatServerDouble.r_send_email_code,
    ("GET", "me"): ChatServerDouble.r_me,
    ("POST", "logout"): ChatServerDouble.r_logout,
    ("GET", "logout"): ChatServerDouble.r_logout,
    ("GET", "connector.extension.getRegistrationInfoByUserId"): ChatServerDouble.r_reg_info,
    ("GET", "voip-freeswitch.extension.getRegistrationInfoByUserId"): ChatServerDouble.r_fs_reg_info,
    ("GET", "voip/queues.getMembershipSubscription"): ChatServerDouble.r_membership,
    ("GET", "voip/queues.getQueuedCallsForThisExtension"): ChatServerDouble.r_queued_calls,
    ("GET", "voip/queues.getSummary"): ChatServerDouble.r_summary,
    ("POST", "livechat/agent.status"): ChatServerDouble.r_agent_status,
}


def _iso(epoch: float) -> str:
    return time.strftime("%Y-%m-%dT%H:%M:%S.000Z", time.gmtime(epoch))


class _Handler(BaseHTTPRequestHandler):
    srv: ChatServerDouble
    protocol_version = "HTTP/1.1"

    def log_message(self, format: str, *args: Any) -> None:  # keep test output clean
        pass

    def do_GET(self) -> None:
        self._serve("GET")

    def do_POST(self) -> None:
        self._serve("POST")

    def _serve(self, method: str) -> None:
        srv = self.srv
        parts = urlsplit(self.path)
        headers = {k.lower(): v for k, v in self.headers.items()}
        length = int(headers.get("content-length", "0") or 0)
        raw = self.rfile.read(length) if length else b""
        with srv._lock:
            srv.requests.append((method, self.path, dict(self.headers.items())))
        if not parts.path.startswith(API):
            self._send(404, {"success": False, "error": "Not found"})
            return
        route = parts.path[len(API):]
        with srv._lock:
            fault = srv.faults.get(route)
            if fault is not None and fault.remaining is not None:
                fault.remaining -= 1
                if fault.remaining <= 0:
                    del srv.faults[route]
        kind = fault.kind if fault else ""
        if kind.startswith("delay:"):
            srv._stopping.wait(float(kind.split(":", 1)[1]))
            kind = ""
        if kind == "close":
            self.close_connection = True
            self.connection.shutdown(2) if hasattr(self.connection, "shutdown") else None
            return
        if kind in ("500", "502", "503"):
            self._send(int(kind), {"success": False, "error": "Internal server error"})
            return
        if kind == "html":
            self._send_raw(503, b"<!DOCTYPE html><html><head><title>503 Service Unavailable</title></head>"
                           b"<body><h1>Service Unavailable</h1><p>nginx</p></body></html>", "text/html")
            return
        if kind == "redirect":
            self.send_response(302)
            self.send_header("Location", f"https://elsewhere.invalid{self.path}")
            self.send_header("Content-Length", "0")
            self.end_headers()
            return
        if kind == "disable":
            self._send(404, NOT_FOUND_ROUTE)
            return
        with srv._lock:
            allowed, rate_headers = srv._rate_check(route, self.client_address[0])
        if not allowed:
            wait = max(1, int(int(rate_headers["X-RateLimit-Reset"]) / 1000 - time.time()))
            self._send(429, {"success": False, "error": f"Error, too many requests. Please slow down. You must "
                             f"wait {wait} seconds before trying this endpoint again. [error-too-many-requests]"},
                       rate_headers)
            return
        try:
            body = json.loads(raw) if raw else {}
        except ValueError:
            self._send(400, {"success": False, "error": "Invalid JSON body"}, rate_headers)
            return
        query = {k: v[0] for k, v in parse_qs(parts.query).items()}
        with srv._lock:
            status, payload = srv.handle(method, route, query, body, headers)
        data = json.dumps(payload).encode()
        if kind == "truncated":
            self._send_raw(status, data[: len(data) // 2], "application/json", rate_headers)
        elif kind == "huge":
            filler = json.dumps({"success": True, "padding": "x" * (5 * 1024 * 1024)}).encode()
            self._send_raw(200, filler, "application/json", rate_headers)
        elif kind == "wrong-content-type":
            self._send_raw(200, b"OK", "text/plain", rate_headers)
        else:
            self._send_raw(status, data, "application/json", rate_headers)

    def _send(self, status: int, payload: Any, extra: dict[str, str] | None = None) -> None:
        self._send_raw(status, json.dumps(payload).encode(), "application/json", extra)

    def _send_raw(self, status: int, data: bytes, ctype: str, extra: dict[str, str] | None = None) -> None:
        try:
            self.send_response(status)
            self.send_header("Content-Type", ctype + ("; charset=utf-8" if "json" in ctype or "html" in ctype else ""))
            self.send_header("Content-Length", str(len(data)))
            for k, v in (extra or {}).items():
                self.send_header(k, v)
            self.end_headers()
            self.wfile.write(data)
        except (BrokenPipeError, ConnectionResetError, ssl.SSLError):
            pass  # the client gave up (time-out tests)


def _make_certs(folder: Path, host: str) -> tuple[Path, Path, Path]:
    """A throw-away CA and a server certificate for 127.0.0.1/localhost (EC keys: fast to make)."""
    ca_key, ca_crt = folder / "ca.key", folder / "ca.pem"
    key, csr, crt = folder / "server.key", folder / "server.csr", folder / "server.pem"
    ext = folder / "ext.cnf"
    ext.write_text(f"subjectAltName=IP:{host},DNS:localhost\nbasicConstraints=CA:FALSE\n"
                   "keyUsage=digitalSignature,keyEncipherment\nextendedKeyUsage=serverAuth\n")

    def run(*args: str) -> None:
        subprocess.run(["openssl", *args], check=True, capture_output=True, timeout=30)

    run("req", "-x509", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout",
        str(ca_key), "-out", str(ca_crt), "-days", "2", "-subj", "/CN=softphone test CA",
        "-addext", "basicConstraints=critical,CA:TRUE", "-addext", "keyUsage=critical,keyCertSign,cRLSign")
    run("req", "-newkey", "ec", "-pkeyopt", "ec_paramgen_curve:prime256v1", "-nodes", "-keyout", str(key),
        "-out", str(csr), "-subj", f"/CN={host}")
    run("x509", "-req", "-in", str(csr), "-CA", str(ca_crt), "-CAkey", str(ca_key), "-CAcreateserial",
        "-out", str(crt), "-days", "2", "-extfile", str(ext))
    return crt, key, ca_crt
