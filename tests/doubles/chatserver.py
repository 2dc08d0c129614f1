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

Realtime (DDP over a websocket at ``/websocket``, same port and scheme): ``connect``, method ``login`` with
``{"resume": token}``, ``sub``/``unsub`` on ``stream-notify-user`` (own ``<uid>/...`` events only), ``ping``.
Test API: ``push_voip_event(user, event, data)``, ``push_hangup``, ``push_raw`` (any bytes as one text
frame), ``ddp_ping``, ``drop_websockets()`` (abrupt close), ``freeze_websockets()`` (read but never answer),
``reject_resume = True`` (every DDP login fails with 403), ``ddp_subs`` / ``ddp_logins`` / ``ddp_received``
(what clients did), ``wait_ddp(predicate, timeout)``.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import json
import secrets
import select
import shutil
import socket
import ssl
import struct
import subprocess
import tempfile
import threading
import time
import uuid
from collections import deque
from collections.abc import Callable
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
        # realtime (DDP) state, guarded by _lock; _changed wakes wait_ddp
        self._changed = threading.Condition(self._lock)
        self._ddp: list[_DdpConnection] = []
        self.reject_resume = False
        self.ddp_connections = 0  # websocket upgrades accepted
        self.ddp_logins: list[tuple[str, bool]] = []  # (user id or "", accepted)
        self.ddp_subs: list[tuple[str, str, Any, bool]] = []  # (user id, sub name, params, accepted)
        self.ddp_received: list[dict[str, Any]] = []  # every client message that parsed as a JSON object

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
        self.drop_websockets()
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

    # -- realtime (DDP) test API ------------------------------------------------------------------------------
    def _connections_of(self, username: str) -> list[_DdpConnection]:
        uid = self.users[username].user_id
        return [c for c in self._ddp if c.user_id == uid]

    def push_voip_event(self, username: str, event: str, data: dict[str, Any]) -> int:
        """``<uid>/voip.events`` to every connection of the user subscribed to it; returns how many got it."""
        return self._push_stream(username, "voip.events", [{"event": event, "data": data}])

    def push_hangup(self, username: str, room_id: str) -> int:
        return self._push_stream(username, "call.hangup", [{"roomId": room_id}])

    def _push_stream(self, username: str, suffix: str, args: list[Any]) -> int:
        with self._lock:
            uid = self.users[username].user_id
            name = f"{uid}/{suffix}"
            sent = 0
            for conn in self._connections_of(username):
                if name in conn.subs.values():
                    conn.send({"msg": "changed", "collection": "stream-notify-user", "id": "id",
                               "fields": {"eventName": name, "args": args}})
                    sent += 1
            return sent

    def push_raw(self, username: str, payload: bytes | str) -> int:
        """Any payload as one text frame to the user's signed-in connections (hostile-input tests)."""
        with self._lock:
            conns = self._connections_of(username)
            for conn in conns:
                conn.send_raw(payload.encode() if isinstance(payload, str) else payload)
            return len(conns)

    def ddp_ping(self, username: str) -> int:
        """A server heartbeat ``{"msg":"ping","id":...}`` (the client must answer with a pong)."""
        with self._lock:
            conns = self._connections_of(username)
            for n, conn in enumerate(conns):
                conn.send({"msg": "ping", "id": f"srv-{n}"})
            return len(conns)

    def drop_websockets(self) -> int:
        """Close every websocket abruptly (no close frame), as a crashing server or a lost network would."""
        with self._lock:
            conns = list(self._ddp)
            for conn in conns:
                conn.drop()
            return len(conns)

    def freeze_websockets(self, frozen: bool = True) -> None:
        """Frozen connections read and discard everything: no pong, no answer (a dead peer)."""
        with self._lock:
            for conn in self._ddp:
                conn.frozen = frozen

    def open_websockets(self) -> int:
        with self._lock:
            return len(self._ddp)

    def wait_ddp(self, predicate: Callable[[ChatServerDouble], bool], timeout: float) -> bool:
        """Wait (with the double's lock held while checking) until ``predicate(self)`` is true."""
        with self._changed:
            return self._changed.wait_for(lambda: predicate(self), timeout)

    def _ddp_message(self, conn: _DdpConnection, msg: dict[str, Any]) -> None:
        """One client message (called on the connection's thread with the lock held)."""
        self.ddp_received.append(msg)
        kind = msg.get("msg")
        if kind == "connect":
            if msg.get("version") != "1":
                conn.send({"msg": "failed", "version": "1"})
            else:
                conn.send({"msg": "connected", "session": secrets.token_hex(8)})
        elif kind == "ping":
            conn.send({"msg": "pong", **({"id": msg["id"]} if "id" in msg else {})})
        elif kind == "method":
            mid = msg.get("id")
            params = msg.get("params")
            if msg.get("method") != "login":
                conn.send({"msg": "result", "id": mid, "error": {"isClientSafe": True, "error": 404,
                           "reason": f"Method '{msg.get('method')}' not found", "errorType": "Meteor.Error"}})
                return
            token = params[0].get("resume") if isinstance(params, list) and params and isinstance(
                params[0], dict) else None
            uid = (self.tokens.get(str(token)) or self.pats.get(str(token))) if token else None
            if uid is None or self.reject_resume:
                self.ddp_logins.append(("", False))
                conn.send({"msg": "result", "id": mid, "error": {
                    "isClientSafe": True, "error": 403, "reason": "You've been logged out by the server. Please "
                    "log in again.", "message": "You've been logged out by the server. Please log in again. [403]",
                    "errorType": "Meteor.Error"}})
                return
            conn.user_id = uid
            self.ddp_logins.append((uid, True))
            conn.send({"msg": "result", "id": mid, "result": {"id": uid, "token": token, "type": "resume",
                                                               "tokenExpires": {"$date": int(time.time() * 1000)
                                                                                + 86_400_000}}})
            conn.send({"msg": "updated", "methods": [mid]})
        elif kind == "sub":
            sid, name, params = msg.get("id"), msg.get("name"), msg.get("params")
            event = params[0] if isinstance(params, list) and params and isinstance(params[0], str) else ""
            ok = (name == "stream-notify-user" and conn.user_id is not None
                  and event.startswith(f"{conn.user_id}/") and isinstance(sid, str))
            self.ddp_subs.append((conn.user_id or "", str(name), params, ok))
            if ok:
                assert isinstance(sid, str)
                conn.subs[sid] = event
                conn.send({"msg": "ready", "subs": [sid]})
            else:
                conn.send({"msg": "nosub", "id": sid, "error": {"isClientSafe": True, "error": "not-allowed",
                           "reason": "Not allowed", "message": "Not allowed [not-allowed]",
                           "errorType": "Meteor.Error"}})
        elif kind == "unsub":
            sid = msg.get("id")
            if isinstance(sid, str) and conn.subs.pop(sid, None) is not None:
                conn.send({"msg": "nosub", "id": sid})

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
        if urlsplit(self.path).path == "/websocket" and self.headers.get("Upgrade", "").lower() == "websocket":
            self._websocket()
            return
        self._serve("GET")

    def _websocket(self) -> None:
        """RFC 6455 upgrade, then DDP on this thread until either side closes (see _DdpConnection)."""
        srv = self.srv
        with srv._lock:
            srv.requests.append(("GET", self.path, dict(self.headers.items())))
        key = self.headers.get("Sec-WebSocket-Key", "")
        if not key or self.headers.get("Sec-WebSocket-Version") != "13":
            self._send(400, {"success": False, "error": "Bad websocket upgrade"})
            return
        accept = base64.b64encode(hashlib.sha1((key + _WS_GUID).encode()).digest()).decode()
        self.send_response(101, "Switching Protocols")
        self.send_header("Upgrade", "websocket")
        self.send_header("Connection", "Upgrade")
        self.send_header("Sec-WebSocket-Accept", accept)
        self.end_headers()
        self.wfile.flush()
        self.close_connection = True
        conn = _DdpConnection(srv, self.connection)
        with srv._changed:
            srv._ddp.append(conn)
            srv.ddp_connections += 1
            srv._changed.notify_all()
        try:
            conn.send({"server_id": "0"})  # SockJS's greeting, as Meteor sends it
            conn.serve()
        finally:
            with srv._changed:
                if conn in srv._ddp:
                    srv._ddp.remove(conn)
                srv._changed.notify_all()

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


_WS_GUID = "258EAFA5-E914-47DA-95CA-C5AB0DC85B11"
MAX_CLIENT_FRAME = 1 << 20


def _ws_frame(opcode: int, payload: bytes) -> bytes:
    """One unmasked, final server frame."""
    n = len(payload)
    if n < 126:
        head = struct.pack(">BB", 0x80 | opcode, n)
    elif n < 1 << 16:
        head = struct.pack(">BBH", 0x80 | opcode, 126, n)
    else:
        head = struct.pack(">BBQ", 0x80 | opcode, 127, n)
    return head + payload


class _DdpConnection:
    """One websocket client. Only its own thread touches the socket (an SSL socket is not safe to read and
    write from two threads): other threads queue frames in ``outbox`` and wake it through a socket pair."""

    def __init__(self, srv: ChatServerDouble, sock: socket.socket) -> None:
        self.srv = srv
        self.sock = sock
        self.user_id: str | None = None
        self.subs: dict[str, str] = {}  # sub id -> event name
        self.frozen = False
        self._dropped = False
        self._outbox: deque[bytes] = deque()
        self._wake_r, self._wake_w = socket.socketpair()
        self._buf = b""
        self._fragments: list[bytes] = []

    # any thread
    def send(self, message: dict[str, Any]) -> None:
        self.send_raw(json.dumps(message).encode())

    def send_raw(self, payload: bytes) -> None:
        self._outbox.append(_ws_frame(0x1, payload))
        self._wake()

    def drop(self) -> None:
        self._dropped = True
        self._wake()

    def _wake(self) -> None:
        try:
            self._wake_w.send(b"x")
        except OSError:
            pass  # already closed

    # the connection's thread
    def serve(self) -> None:
        try:
            self.sock.setblocking(False)
            while not self._dropped and not self.srv._stopping.is_set():
                pending = isinstance(self.sock, ssl.SSLSocket) and self.sock.pending() > 0
                readable = [self.sock] if pending else select.select([self.sock, self._wake_r], [], [], 0.5)[0]
                if self._wake_r in readable:
                    self._wake_r.recv(4096)
                self._flush()
                if self._dropped:
                    break
                if self.sock in readable and not self._receive():
                    break
        except (OSError, ValueError):
            pass  # the client went away
        finally:
            self._close()

    def _flush(self) -> None:
        while self._outbox and not self._dropped:
            frame = self._outbox.popleft()
            self.sock.setblocking(True)
            try:
                self.sock.sendall(frame)
            finally:
                self.sock.setblocking(False)

    def _receive(self) -> bool:
        """Read what is there and handle complete frames; False when the client closed."""
        try:
            data = self.sock.recv(65536)
        except (ssl.SSLWantReadError, BlockingIOError):
            return True
        if not data:
            return False
        self._buf += data
        while True:
            frame = self._next_frame()
            if frame is None:
                return True
            opcode, fin, payload = frame
            if opcode == 0x8:  # close: answer and end
                self._outbox.append(_ws_frame(0x8, payload[:2]))
                self._flush()
                return False
            if self.frozen:
                continue
            if opcode == 0x9:
                self._outbox.append(_ws_frame(0xA, payload))
            elif opcode in (0x0, 0x1):
                self._fragments.append(payload)
                if fin:
                    text, self._fragments = b"".join(self._fragments), []
                    self._message(text)
            self._flush()

    def _next_frame(self) -> tuple[int, bool, bytes] | None:
        buf = self._buf
        if len(buf) < 2:
            return None
        fin, opcode = bool(buf[0] & 0x80), buf[0] & 0x0F
        masked, n, pos = bool(buf[1] & 0x80), buf[1] & 0x7F, 2
        if n == 126:
            if len(buf) < 4:
                return None
            n, pos = struct.unpack(">H", buf[2:4])[0], 4
        elif n == 127:
            if len(buf) < 10:
                return None
            n, pos = struct.unpack(">Q", buf[2:10])[0], 10
        if n > MAX_CLIENT_FRAME:
            raise ValueError("client frame too large")
        mask = buf[pos:pos + 4] if masked else b""
        pos += 4 if masked else 0
        if len(buf) < pos + n:
            return None
        payload = buf[pos:pos + n]
        if masked:
            payload = bytes(b ^ mask[i % 4] for i, b in enumerate(payload))
        self._buf = buf[pos + n:]
        return opcode, fin, payload

    def _message(self, text: bytes) -> None:
        try:
            msg = json.loads(text)
        except ValueError:
            return
        if isinstance(msg, dict):
            with self.srv._changed:
                self.srv._ddp_message(self, msg)
                self.srv._changed.notify_all()

    def _close(self) -> None:
        try:
            socket.socket.shutdown(self.sock, socket.SHUT_RDWR)  # no TLS close_notify: an abrupt drop
        except OSError:
            pass
        for s in (self._wake_r, self._wake_w):
            s.close()


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
