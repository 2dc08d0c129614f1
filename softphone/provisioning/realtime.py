"""The chat server's realtime stream: a DDP client over a websocket (contract section 3 "Realtime (DDP, not REST)").

``wss://host/websocket`` (``ws://`` only where the REST client allows plain http: loopback with allow_http),
verified like the REST client (the CA file from settings, else the certifi bundle httpx uses). DDP: ``connect``,
method ``login [{"resume": token}]``, then ``sub stream-notify-user`` for ``<uid>/voip.events`` and
``<uid>/call.hangup``. The server's ``changed`` messages become ``core.queue_live`` items for the listener.

Keep-alive: the server's DDP ``ping`` is answered; when nothing arrives for ``idle_ping`` seconds we ping, and
when nothing arrives for another ``idle_ping`` the connection is taken as dead (so within ~50 s by default).
Reconnects back off from 1 s doubling to 60 s with jitter; a refused sign-in or subscription is told to the
listener once and retried only every ``refused_retry`` seconds. Frames over ``max_frame`` bytes, non-JSON and
unexpected shapes are dropped (logged at debug), never raised.
"""

from __future__ import annotations

import asyncio
import contextlib
import itertools
import json
import logging
import random
import ssl
import time
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import urlsplit, urlunsplit

import websockets
from websockets.asyncio.client import ClientConnection, connect

from softphone.core.ports import QueueLoadError
from softphone.core.queue_live import LiveItem, LiveQueueListener, parse_hangup, parse_voip_event
from softphone.provisioning import errors as E
from softphone.provisioning.client import normalize_server_url

log = logging.getLogger(__name__)

STREAM = "stream-notify-user"
MAX_FRAME = 256 * 1024  # bytes; a queue event is a few hundred
IDLE_PING = 25.0  # seconds of silence before we ping (Meteor's own heartbeat is 35 s)
OPEN_TIMEOUT = 10.0
BACKOFF_FIRST = 1.0
BACKOFF_MAX = 60.0
REFUSED_RETRY = 300.0  # after a refused sign-in/subscription: try again this rarely
STABLE_AFTER = 10.0  # a connection that lasted this long resets the back-off

TokenSource = Callable[[], Awaitable[str]]


class _Refused(Exception):
    """The server refused us (sign-in or subscription); ``message`` is for the agent."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


class _Lost(Exception):
    """The connection stopped working (no answer to our ping, the server ended a subscription)."""


def websocket_url(server_url: str, *, allow_http: bool = False) -> str:
    """``https://chat.example.com/base`` -> ``wss://chat.example.com/base/websocket`` (checked like REST)."""
    base = normalize_server_url(server_url, allow_http=allow_http)
    parts = urlsplit(base)
    scheme = "wss" if parts.scheme == "https" else "ws"
    return urlunsplit((scheme, parts.netloc, parts.path.rstrip("/") + "/websocket", "", ""))


def tls_context(ca_file: str) -> ssl.SSLContext:
    """The REST client's verification: the CA file when set, else the certifi bundle (httpx's default)."""
    try:
        if ca_file:
            return ssl.create_default_context(cafile=ca_file)
        try:
            import certifi  # httpx's dependency: the same trust store as the REST calls
        except ImportError:  # pragma: no cover - httpx always brings it
            return ssl.create_default_context()
        return ssl.create_default_context(cafile=certifi.where())
    except (OSError, ssl.SSLError) as exc:
        raise E.CertificateError(f"The CA file {ca_file} cannot be used ({type(exc).__name__}: "
                                 f"{getattr(exc, 'strerror', None) or exc}). Check the path.") from None


def parse_message(raw: str | bytes) -> dict[str, Any] | None:
    """One DDP message; None (logged at debug) for anything that is not a JSON object with a string ``msg``."""
    if isinstance(raw, bytes):
        log.debug("realtime: binary frame of %d bytes ignored", len(raw))
        return None
    try:
        data = json.loads(raw)
    except (ValueError, RecursionError):
        log.debug("realtime: a frame that is not JSON was ignored (%d characters)", len(raw))
        return None
    if not isinstance(data, dict):
        log.debug("realtime: a frame that is not a DDP message was ignored")
        return None
    if "msg" not in data:
        return None  # e.g. SockJS's {"server_id": "0"} greeting
    if not isinstance(data["msg"], str):
        log.debug("realtime: a DDP message with a non-string msg was ignored")
        return None
    return data


def stream_items(message: dict[str, Any], user_id: str) -> list[LiveItem]:
    """The items of a ``changed`` message on ``stream-notify-user`` for this user; [] for anything else."""
    if message.get("msg") != "changed" or message.get("collection") != STREAM:
        return []
    fields = message.get("fields")
    if not isinstance(fields, dict):
        log.debug("realtime: a changed message without fields was ignored")
        return []
    name, args = fields.get("eventName"), fields.get("args")
    if not isinstance(args, list):
        log.debug("realtime: a stream message without args was ignored")
        return []
    items: list[LiveItem] = []
    if name == f"{user_id}/voip.events":
        for arg in args:
            event = parse_voip_event(arg)
            if event is None:
                log.debug("realtime: unknown or malformed voip event ignored: %.200r", arg)
            else:
                items.append(event)
    elif name == f"{user_id}/call.hangup":
        for arg in args:
            hangup = parse_hangup(arg)
            if hangup is not None:
                items.append(hangup)
    else:
        log.debug("realtime: event %.80r ignored", name)
    return items


def _error_text(error: Any) -> str:
    """A Meteor error's reason, shortened (shown to the agent inside our own sentence)."""
    if isinstance(error, dict):
        for key in ("reason", "message", "error"):
            value = error.get(key)
            if isinstance(value, (str, int)) and str(value).strip():
                return str(value).strip()[:160]
    return "no reason given"


class ChatServerRealtime:
    """core.queue_live.LiveQueueFeed over DDP. Runs on the session's loop; ``start`` once, ``aclose`` to end."""

    def __init__(self, server_url: str, user_id: str, token: TokenSource, *, ca_file: str = "",
                 allow_http: bool = False, idle_ping: float = IDLE_PING, open_timeout: float = OPEN_TIMEOUT,
                 max_frame: int = MAX_FRAME, backoff_first: float = BACKOFF_FIRST, backoff_max: float = BACKOFF_MAX,
                 refused_retry: float = REFUSED_RETRY, jitter: Callable[[], float] = random.random) -> None:
        self.url = websocket_url(server_url, allow_http=allow_http)
        self.user_id = user_id
        self._token = token
        self._ssl = tls_context(ca_file) if self.url.startswith("wss:") else None
        self.idle_ping = idle_ping
        self.open_timeout = open_timeout
        self.max_frame = max_frame
        self.backoff_first = backoff_first
        self.backoff_max = backoff_max
        self.refused_retry = refused_retry
        self._jitter = jitter
        self._listener: LiveQueueListener | None = None
        self._task: asyncio.Task[None] | None = None
        self._ws: ClientConnection | None = None
        self._ids = itertools.count(1)
        self._refusal_told = False
        self.up = False
        self.connects = 0  # websocket connections opened (for tests and diagnostics)
        self.ups = 0  # times signed in and subscribed
        self.closed = False

    # ---- life cycle ----

    def start(self, listener: LiveQueueListener) -> None:
        if self._task is None and not self.closed:
            self._listener = listener
            self._task = asyncio.ensure_future(self._run())
            self._task.set_name("chat-realtime")

    async def aclose(self) -> None:
        """Stop for good (safe to call more than once)."""
        self.closed = True
        task, self._task = self._task, None
        if task is not None and not task.done():
            task.cancel()
            with contextlib.suppress(asyncio.CancelledError, Exception):
                await task
        ws, self._ws = self._ws, None
        if ws is not None:
            with contextlib.suppress(Exception):
                await ws.close()

    # ---- the connection loop ----

    async def _run(self) -> None:
        delay = self.backoff_first
        while not self.closed:
            started = time.monotonic()
            try:
                await self._connect_once()
                wait = None  # the server closed an established connection
            except _Refused as exc:
                log.warning("realtime: %s", exc.message)
                if not self._refusal_told:
                    self._refusal_told = True
                    self._tell("stream_failed", exc.code, exc.message)
                wait = self.refused_retry
            except asyncio.CancelledError:
                self._set_down()
                raise
            except QueueLoadError as exc:  # no token to sign in with: the REST side reports that
                log.info("realtime: %s", exc.message)
                if exc.permanent:
                    self._set_down()
                    return
                wait = None
            except (OSError, asyncio.TimeoutError, websockets.exceptions.WebSocketException, _Lost, EOFError) as exc:
                log.info("realtime: connection to %s ended (%s)", self.url, _describe(exc))
                wait = None
            except Exception:  # a bug here must not end live updates for the whole session
                log.exception("realtime: unexpected failure")
                wait = None
            finally:
                self._ws = None
            was_up = self._set_down()
            if self.closed:
                return
            if wait is None:
                if was_up and time.monotonic() - started >= STABLE_AFTER:
                    delay = self.backoff_first
                wait = min(delay, self.backoff_max) * (0.8 + 0.4 * self._jitter())
                delay = min(delay * 2, self.backoff_max)
            log.debug("realtime: reconnecting in %.1f s", wait)
            await asyncio.sleep(wait)

    async def _connect_once(self) -> None:
        token = await self._token()
        self.connects += 1
        ws = await asyncio.wait_for(
            connect(self.url, ssl=self._ssl, proxy=None, open_timeout=self.open_timeout, ping_interval=None,
                    close_timeout=2, max_size=self.max_frame, max_queue=64, user_agent_header="softphone"),
            self.open_timeout + 1)
        self._ws = ws
        async with ws:
            await self._session(ws, token)

    async def _session(self, ws: ClientConnection, token: str) -> None:
        await self._send(ws, {"msg": "connect", "version": "1", "support": ["1"]})
        login_id = f"login-{next(self._ids)}"
        subs: dict[str, str] = {}  # sub id -> event name
        ready: set[str] = set()
        pinged = False
        while True:
            try:
                raw = await asyncio.wait_for(ws.recv(), self.idle_ping)
            except asyncio.TimeoutError:
                if pinged:
                    raise _Lost(f"no answer for {2 * self.idle_ping:.0f} s") from None
                pinged = True
                await self._send(ws, {"msg": "ping", "id": f"ping-{next(self._ids)}"})
                continue
            pinged = False  # anything at all shows the connection is alive
            message = parse_message(raw)
            if message is None:
                continue
            kind = message["msg"]
            if kind == "ping":
                pong: dict[str, Any] = {"msg": "pong"}
                if isinstance(message.get("id"), str):
                    pong["id"] = message["id"]
                await self._send(ws, pong)
            elif kind == "connected":
                await self._send(ws, {"msg": "method", "method": "login", "id": login_id,
                                      "params": [{"resume": token}]})
            elif kind == "failed":
                raise _Refused("queue-live-unsupported", "Live queue updates are off: the chat server does not "
                               "speak the realtime protocol version 1. Queue load is still refreshed regularly.")
            elif kind == "result" and message.get("id") == login_id:
                if "error" in message or not isinstance(message.get("result"), dict):
                    raise _Refused("queue-live-signed-out", "Live queue updates are off: the chat server did not "
                                   f"accept the stored sign-in ({_error_text(message.get('error'))}); it may have "
                                   "expired. Queue load is still refreshed regularly; sign in again (softphone "
                                   "login) to get live updates.")
                for event in (f"{self.user_id}/voip.events", f"{self.user_id}/call.hangup"):
                    sub_id = f"sub-{next(self._ids)}"
                    subs[sub_id] = event
                    await self._send(ws, {"msg": "sub", "id": sub_id, "name": STREAM, "params": [event, False]})
            elif kind == "ready":
                ids = message.get("subs")
                if isinstance(ids, list):
                    ready.update(i for i in ids if isinstance(i, str) and i in subs)
                if subs and ready >= set(subs) and not self.up:
                    self.up = True
                    self.ups += 1
                    self._refusal_told = False
                    log.info("realtime: live queue events from %s", self.url)
                    self._tell("stream_up")
            elif kind == "nosub" and message.get("id") in subs:
                event = subs[str(message["id"])]
                if "error" in message:
                    raise _Refused("queue-live-refused", "Live queue updates are off: the chat server refused the "
                                   f"subscription to {event.split('/', 1)[-1]} "
                                   f"({_error_text(message.get('error'))}). Queue load is still refreshed "
                                   "regularly.")
                raise _Lost("the server ended the subscription")
            elif kind == "changed":
                for item in stream_items(message, self.user_id):
                    self._tell("stream_item", item)
            elif kind == "error":
                log.debug("realtime: the server reports a protocol error: %.200r", message.get("reason"))

    async def _send(self, ws: ClientConnection, message: dict[str, Any]) -> None:
        await ws.send(json.dumps(message))

    def _set_down(self) -> bool:
        was_up, self.up = self.up, False
        if was_up:
            self._tell("stream_down")
        return was_up

    def _tell(self, what: str, *args: Any) -> None:
        if self._listener is None:
            return
        try:
            getattr(self._listener, what)(*args)
        except Exception:  # the listener's bug must not end the stream
            log.exception("realtime: the listener failed on %s", what)


def _describe(exc: BaseException) -> str:
    if isinstance(exc, websockets.exceptions.InvalidStatus):
        return f"HTTP {exc.response.status_code}"
    if isinstance(exc, websockets.exceptions.ConnectionClosed):
        rcvd = exc.rcvd
        if rcvd is not None and rcvd.code == 1009 or "too big" in str(exc):
            return "a frame over the size limit"
        return "closed"
    if isinstance(exc, ssl.SSLCertVerificationError):
        return f"certificate not trusted: {exc.verify_message}"
    return f"{type(exc).__name__}: {exc}"[:200]
