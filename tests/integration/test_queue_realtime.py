"""Live queue events over the chat server's realtime stream (DDP over a websocket) against the double.

First the DDP client alone (provisioning.realtime: sign-in, subscriptions, pings, hostile frames, dead and
dropped connections, refusals, TLS trust), then the headless phone: a pushed ``caller-joined`` shows in its
``queue`` event at once, the stream comes back after a drop, and an expired token is one clear error while
polling goes on."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Awaitable, Callable
from typing import Any

import pytest

from softphone.core.queue_live import LiveCallHangup, LiveItem, LiveQueueEvent
from softphone.provisioning.realtime import ChatServerRealtime
from tests.integration.test_queue_load_e2e import login, record_limiter
from tests.phone import HeadlessPhone
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

PhoneFactory = Callable[..., HeadlessPhone]
ROUTE = "voip/queues.getMembershipSubscription"


class Recorder:
    """A LiveQueueListener that remembers what it was told, in order, and can be waited on."""

    def __init__(self) -> None:
        self.log: list[Any] = []
        self._changed = asyncio.Event()

    def _add(self, entry: Any) -> None:
        self.log.append(entry)
        self._changed.set()

    def stream_up(self) -> None:
        self._add("up")

    def stream_down(self) -> None:
        self._add("down")

    def stream_item(self, item: LiveItem) -> None:
        self._add(item)

    def stream_failed(self, code: str, message: str) -> None:
        self._add(("failed", code, message))

    def count(self, entry: Any) -> int:
        return sum(1 for e in self.log if e == entry)

    async def wait(self, predicate: Callable[[], bool], timeout: float = 10) -> None:
        deadline = time.monotonic() + timeout
        while not predicate():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(f"timed out; the stream said: {self.log}")
            self._changed.clear()
            try:
                await asyncio.wait_for(self._changed.wait(), remaining)
            except asyncio.TimeoutError:
                pass


def run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(test(), 30))


def signed_in(srv: Any, username: str = "alice") -> tuple[str, str]:
    """(user id, login token) of a user of the double, as `softphone login` would have them."""
    user = srv.users.get(username) or srv.add_user(username, "pw", extension="1001", queues=["sales"])
    _, answer = srv._login_ok(user)
    return user.user_id, answer["data"]["authToken"]


def client(srv: Any, user_id: str, token: str, **kwargs: Any) -> ChatServerRealtime:
    async def get_token() -> str:
        return token

    return ChatServerRealtime(srv.url, user_id, get_token, ca_file=srv.ca_file, allow_http=not srv.tls, **kwargs)


async def wait_ddp(srv: Any, predicate: Callable[[Any], bool], timeout: float = 10) -> None:
    assert await asyncio.to_thread(srv.wait_ddp, predicate, timeout), "the double did not see that in time"


JOINED = {"queue": "sales", "queuedCalls": 4, "callerId": {"id": "+4930123", "name": "Bob"}}


@pytest.mark.parametrize("tls", [True, False], ids=["wss", "ws"])
def test_client_signs_in_subscribes_answers_pings_and_delivers_events(request: pytest.FixtureRequest,
                                                                     tls: bool) -> None:
    srv = request.getfixturevalue("chat_server_tls" if tls else "chat_server")

    async def go() -> None:
        uid, token = signed_in(srv)
        rec = Recorder()
        rt = client(srv, uid, token)
        rt.start(rec)
        try:
            await rec.wait(lambda: "up" in rec.log)
            assert srv.ddp_logins == [(uid, True)]
            assert [(s[1], s[2], s[3]) for s in srv.ddp_subs] == [
                ("stream-notify-user", [f"{uid}/voip.events", False], True),
                ("stream-notify-user", [f"{uid}/call.hangup", False], True)]
            assert srv.ddp_received[0] == {"msg": "connect", "version": "1", "support": ["1"]}
            assert srv.ddp_ping("alice") == 1
            await wait_ddp(srv, lambda s: {"msg": "pong", "id": "srv-0"} in s.ddp_received)
            assert srv.push_voip_event("alice", "caller-joined", JOINED) == 1
            assert srv.push_voip_event("alice", "callabandoned", {"queue": "sales", "queuedCallAfterAbandon": "3"})
            srv.push_hangup("alice", "room-1")
            await rec.wait(lambda: len(rec.log) >= 4)
            assert rec.log[1:4] == [LiveQueueEvent("caller-joined", "sales", 4),
                                    LiveQueueEvent("call-abandoned", "sales", 3),
                                    LiveCallHangup("room-1")]
        finally:
            await rt.aclose()
        await wait_ddp(srv, lambda s: s.open_websockets() == 0)
        assert rec.log[-1] == "down" and rt.connects == 1

    run(go)


def test_hostile_frames_are_dropped_and_an_oversized_one_costs_only_a_reconnect(chat_server_tls: Any) -> None:
    srv = chat_server_tls

    async def go() -> None:
        uid, token = signed_in(srv)
        rec = Recorder()
        rt = client(srv, uid, token, max_frame=64 * 1024, backoff_first=0.05)
        rt.start(rec)
        try:
            await rec.wait(lambda: "up" in rec.log)
            for junk in ("not json", "[1,2,3]", '{"msg": 17}', '{"msg": "changed", "fields": []}',
                         '{"msg": "changed", "collection": "stream-notify-user", "fields": {"eventName": "'
                         + uid + '/voip.events", "args": [{"event": "caller-joined", "data": {"queue": 5}}]}}',
                         '{"msg": "ready", "subs": "all"}', '{"msg": "nosub", "id": 3}', '{"msg": "result"}',
                         '{"msg": "changed", "collection": "stream-notify-user", "fields": {"eventName": "'
                         + uid + '/voip.events", "args": "caller-joined"}}'):
                srv.push_raw("alice", junk)
            srv.push_voip_event("alice", "nothing-we-know", {"queue": "sales"})
            srv.push_voip_event("alice", "caller-joined", {"queue": "sales", "queuedCalls": "many"})
            srv.push_voip_event("alice", "caller-joined", JOINED)
            await rec.wait(lambda: LiveQueueEvent("caller-joined", "sales", 4) in rec.log)
            assert rec.log == ["up", LiveQueueEvent("caller-joined", "sales", None),
                               LiveQueueEvent("caller-joined", "sales", 4)]
            assert rt.connects == 1  # the same connection took it all

            srv.push_raw("alice", '{"msg": "changed", "pad": "' + "x" * 200_000 + '"}')  # over max_frame
            await rec.wait(lambda: rec.count("up") == 2)
            assert rec.log[3] == "down" and rt.connects == 2 and rt.ups == 2
            srv.push_voip_event("alice", "caller-joined", {**JOINED, "queuedCalls": 5})
            await rec.wait(lambda: LiveQueueEvent("caller-joined", "sales", 5) in rec.log)
        finally:
            await rt.aclose()

    run(go)


def test_a_dead_connection_is_noticed_by_our_ping_and_replaced(chat_server_tls: Any) -> None:
    srv = chat_server_tls
    idle = 0.3

    async def go() -> None:
        uid, token = signed_in(srv)
        rec = Recorder()
        rt = client(srv, uid, token, idle_ping=idle, backoff_first=0.05)
        rt.start(rec)
        try:
            await rec.wait(lambda: "up" in rec.log)
            await wait_ddp(srv, lambda s: any(m.get("msg") == "ping" for m in s.ddp_received))  # idle: we ping
            srv.freeze_websockets()  # reads everything, answers nothing: a dead peer behind a live TCP socket
            frozen_at = time.monotonic()
            await rec.wait(lambda: "down" in rec.log)
            noticed = time.monotonic() - frozen_at
            assert noticed <= 2 * idle + 0.5, noticed  # one idle period to ping, one to give up
            await rec.wait(lambda: rec.count("up") == 2)
            assert rt.connects == 2 and srv.ddp_connections == 2
            assert sum(1 for s in srv.ddp_subs if s[3]) == 4  # subscribed again
            print(f"dead connection noticed after {noticed:.2f} s (idle ping every {idle} s)")
        finally:
            await rt.aclose()

    run(go)


def test_a_refused_sign_in_or_subscription_is_told_once_without_a_reconnect_loop(chat_server_tls: Any) -> None:
    srv = chat_server_tls

    async def go() -> None:
        uid, token = signed_in(srv)
        other, _ = signed_in(srv, "bob")
        rec = Recorder()
        # bob's streams with alice's token: signed in, but the server refuses the subscription
        rt = client(srv, other, token, backoff_first=0.01)
        rt.start(rec)
        try:
            await rec.wait(lambda: any(isinstance(e, tuple) for e in rec.log))
            (_, code, message), = rec.log
            assert code == "queue-live-refused" and "voip.events" in message and "Not allowed" in message
            assert token not in message
        finally:
            await rt.aclose()

        srv.reject_resume = True
        rec = Recorder()
        rt = client(srv, uid, token, backoff_first=0.01)
        rt.start(rec)
        try:
            await rec.wait(lambda: bool(rec.log))
            (_, code, message), = rec.log
            assert code == "queue-live-signed-out" and "sign in again" in message and token not in message
            await asyncio.sleep(0.3)  # an absence: a tight loop would reconnect dozens of times in this
            assert srv.ddp_logins[-1] == ("", False) and rt.connects == 1 and len(rec.log) == 1
        finally:
            await rt.aclose()

    run(go)


def test_an_untrusted_certificate_never_connects(chat_server_tls: Any) -> None:
    srv = chat_server_tls

    async def go() -> None:
        uid, token = signed_in(srv)
        rec = Recorder()

        async def get_token() -> str:
            return token

        rt = ChatServerRealtime(srv.url, uid, get_token, backoff_first=0.02)  # no CA file: the public store
        rt.start(rec)
        try:
            deadline = time.monotonic() + 10
            while rt.connects < 3 and time.monotonic() < deadline:  # attempts are not events: look every 20 ms
                await asyncio.sleep(0.02)
            assert rt.connects >= 3
            assert srv.ddp_connections == 0 and not rec.log  # no upgrade ever happened
        finally:
            await rt.aclose()

    run(go)


def test_reconnects_back_off_doubling_up_to_the_cap() -> None:
    import socket

    with socket.socket() as probe:  # a loopback port with nothing listening: every attempt is refused
        probe.bind(("127.0.0.1", 0))
        port = probe.getsockname()[1]

    async def go() -> None:
        attempts: list[float] = []

        async def get_token() -> str:  # asked once per attempt, right before connecting
            attempts.append(time.monotonic())
            return "t"

        rec = Recorder()
        rt = ChatServerRealtime(f"http://127.0.0.1:{port}", "u1", get_token, allow_http=True, backoff_first=0.1,
                                backoff_max=0.4, jitter=lambda: 0.5)  # jitter 0.5: the nominal delay exactly
        rt.start(rec)
        try:
            deadline = time.monotonic() + 10
            while len(attempts) < 6 and time.monotonic() < deadline:  # attempts are not events: look every 20 ms
                await asyncio.sleep(0.02)
        finally:
            await rt.aclose()
        gaps = [b - a for a, b in zip(attempts, attempts[1:], strict=False)][:5]
        assert len(gaps) == 5 and not rec.log
        for gap, nominal in zip(gaps, [0.1, 0.2, 0.4, 0.4, 0.4], strict=True):
            assert nominal - 0.01 <= gap < nominal + 0.35, gaps  # doubling, then capped (0.8 would be next)

    run(go)


# ---- the headless phone ----


def _setup(srv: Any, kamailio: KamailioServer, phone: PhoneFactory) -> HeadlessPhone:
    srv.add_user("quinn", "quinnpw", user_id="u-quinn", extension="1007", sip_password=kamailio.users["1007"],
                 queues=["sales"])
    srv.queue_stats["sales"] = {"callers": "3", "holdtime": "17", "logestholdtime": "42", "loggedin": "2",
                                "available": "1"}
    p = phone(start=False)
    login(p, kamailio, srv, "quinn", "quinnpw")
    return p


def test_headless_queue_event_follows_the_stream_at_once_and_after_a_drop(
        phone: PhoneFactory, kamailio: KamailioServer, chat_server_tls: Any) -> None:
    srv = chat_server_tls
    p = _setup(srv, kamailio, phone)
    reads = record_limiter(srv)
    p.start()
    p.wait_event("queue", timeout=15, name="sales", callers=3)  # the first REST read
    assert srv.wait_ddp(lambda s: sum(1 for x in s.ddp_subs if x[3]) == 2, 15)
    assert [x[2] for x in srv.ddp_subs] == [["u-quinn/voip.events", False], ["u-quinn/call.hangup", False]]

    # The REST figure stays 3, so a queue event saying 4 can only have come from the stream.
    sent = time.monotonic()
    assert srv.push_voip_event("quinn", "caller-joined", JOINED) == 1
    live = p.wait_event("queue", timeout=5, name="sales", callers=4)
    latency = time.monotonic() - sent
    assert latency < 1.0, latency
    assert (live["holdtime"], live["longest_hold"], live["members_logged_in"]) == (17, 42, 2)  # REST figures kept
    # ...and it asked for a full read, which brings the server's (here: stale) figure back.
    p.wait_event("queue", timeout=15, name="sales", callers=3)

    # The server drops the websocket: the phone reconnects, signs in and subscribes again.
    dropped = time.monotonic()
    assert srv.drop_websockets() == 1
    assert srv.wait_ddp(lambda s: s.ddp_connections == 2 and sum(1 for x in s.ddp_subs if x[3]) == 4, 15)
    back = time.monotonic() - dropped
    assert [x[2] for x in srv.ddp_subs[2:]] == [["u-quinn/voip.events", False], ["u-quinn/call.hangup", False]]
    sent = time.monotonic()
    assert srv.push_voip_event("quinn", "agentconnected", {"queue": "sales", "queuedCalls": 6}) == 1
    p.wait_event("queue", timeout=5, name="sales", callers=6)
    latency2 = time.monotonic() - sent
    assert latency2 < 1.0, latency2
    p.close()
    membership = [(t, ok) for t, route, ok in reads if route == ROUTE]
    assert all(ok for _, ok in membership), membership  # the reads the events asked for stayed within the limit
    assert not [e for e in p.events if e["event"] == "error"], [e for e in p.events if e["event"] == "error"]
    print(f"push -> headless queue event: {latency * 1000:.0f} ms, after the reconnect {latency2 * 1000:.0f} ms; "
          f"back {back:.1f} s after the drop; {len(membership)} membership reads")


def test_live_events_off_by_setting_never_opens_the_websocket(
        phone: PhoneFactory, kamailio: KamailioServer, chat_server_tls: Any) -> None:
    """IT can turn the stream off (a proxy that blocks websockets): the load is read over REST only."""
    srv = chat_server_tls
    p = _setup(srv, kamailio, phone)
    assert p.cli("config", "set", "queue.live_events", "false").returncode == 0
    p.start()
    p.wait_event("queue", timeout=15, name="sales", callers=3)  # the first REST read
    p.wait_event("registration", timeout=30, since_start=True, state="registered")
    # with the setting on, the stream is subscribed well within this (test above); here nothing may connect
    assert not srv.wait_ddp(lambda s: s.ddp_connections > 0, 3), srv.ddp_received
    p.close()
    assert not [e for e in p.events if e["event"] == "error"], [e for e in p.events if e["event"] == "error"]


def test_expired_token_is_one_clear_error_and_polling_goes_on(
        phone: PhoneFactory, kamailio: KamailioServer, chat_server_tls: Any, sipp: Sipp,
        kamailio_features: Callable[[str | None], None]) -> None:
    srv = chat_server_tls
    srv.reject_resume = True  # the realtime sign-in fails; REST still accepts the token
    pbx = sipp.uas(user="features", hangup_ms=200, max_calls=5)
    kamailio_features(f"sip:127.0.0.1:{pbx.port}")
    p = _setup(srv, kamailio, phone)
    p.start()
    error = p.wait_event("error", timeout=15, code="queue-live-signed-out")
    assert "Live queue updates are off" in error["message"] and "sign in again" in error["message"]
    assert not any(token in error["message"] for token in srv.tokens)
    p.wait_event("queue", timeout=15, since_start=True, name="sales", callers=3)
    p.wait_event("registration", timeout=30, since_start=True, state="registered")

    # Polling goes on: a queue action asks for a read, and the changed load shows.
    srv.queue_stats["sales"]["callers"] = "5"
    p.send({"cmd": "pause", "queue": "sales", "reason": "lunch", "id": 1})
    assert p.wait_event("result", timeout=30, id=1)["ok"]
    p.wait_event("queue", timeout=20, name="sales", callers=5)
    p.close()
    live_errors = [e for e in p.events if e["event"] == "error" and e.get("code") == "queue-live-signed-out"]
    assert len(live_errors) == 1
    assert srv.ddp_logins == [("", False)]  # one attempt: no reconnect loop
