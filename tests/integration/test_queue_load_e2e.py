"""Queue load from the chat server while the phone runs: `softphone login` + `run --headless` against the HTTPS
double, queue actions through Kamailio to a SIPp "PBX", and the double's rate limiter watching every request."""

from __future__ import annotations

import time
from collections.abc import Callable
from typing import Any

from tests.phone import HeadlessPhone
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

PhoneFactory = Callable[..., HeadlessPhone]
ROUTE = "voip/queues.getMembershipSubscription"
LIMIT, WINDOW_MS = 4, 10_000


def login(p: HeadlessPhone, kam: KamailioServer, srv: Any, user: str, password: str) -> None:
    for name, value in (("sip.bind_address", "127.0.0.1"), ("sip.port", str(kam.udp_port))):
        assert p.cli("config", "set", name, value).returncode == 0
    done = p.cli("login", "--server", srv.url, "--ca-file", srv.ca_file, "--user", user, "--password-stdin",
                 input=password + "\n")
    assert done.returncode == 0, done.stderr


def record_limiter(srv: Any) -> list[tuple[float, str, bool]]:
    """Every decision of the double's rate limiter: (time, route, allowed)."""
    decisions: list[tuple[float, str, bool]] = []
    check = srv._rate_check

    def recording(route: str, ip: str) -> tuple[bool, dict[str, str]]:
        allowed, headers = check(route, ip)
        decisions.append((time.time(), route, allowed))
        return allowed, headers

    srv._rate_check = recording
    return decisions


def test_queue_events_carry_the_servers_load_within_its_rate_limit(
        phone: PhoneFactory, kamailio: KamailioServer, chat_server_tls: Any, sipp: Sipp,
        kamailio_features: Callable[[str | None], None]) -> None:
    srv = chat_server_tls
    srv.set_rate_limit(LIMIT, WINDOW_MS)
    srv.add_user("quinn", "quinnpw", user_id="u-quinn", extension="1007", sip_password=kamailio.users["1007"],
                 queues=["sales"])
    srv.queue_stats["sales"] = {"callers": "3", "holdtime": "17", "logestholdtime": "42", "loggedin": "2",
                                "available": "1"}
    pbx = sipp.uas(user="features", hangup_ms=200, max_calls=20)
    kamailio_features(f"sip:127.0.0.1:{pbx.port}")
    p = phone(start=False)
    login(p, kamailio, srv, "quinn", "quinnpw")
    decisions = record_limiter(srv)
    p.start()
    p.wait_event("registration", timeout=30, state="registered")
    first = p.wait_event("queue", timeout=15, since_start=True, name="sales", callers=3)
    assert first["logged_in"] is True and first["holdtime"] == 17 and first["longest_hold"] == 42
    assert (first["members_logged_in"], first["members_available"]) == (2, 1)

    # A burst of queue actions: each asks for a refresh, the budget decides when it goes out.
    actions = [{"cmd": "pause", "queue": "sales", "reason": "lunch"}, {"cmd": "unpause", "queue": "sales"},
               {"cmd": "pause", "queue": "sales", "reason": "break"}, {"cmd": "unpause", "queue": "sales"},
               {"cmd": "pause", "queue": "sales", "reason": "lunch"}, {"cmd": "unpause", "queue": "sales"}]
    for n, cmd in enumerate(actions, 1):
        p.send({**cmd, "id": n})
        result = p.wait_event("result", timeout=30, id=n)
        assert result["ok"], result
    # The load changes at the PBX; one more action and the list shows it within the server's window.
    srv.queue_stats["sales"].update({"callers": "5", "logestholdtime": "63", "available": "0"})
    p.send({"cmd": "pause", "queue": "sales", "reason": "break", "id": 99})
    assert p.wait_event("result", timeout=30, id=99)["ok"]
    changed = p.wait_event("queue", timeout=WINDOW_MS / 1000 + 5, name="sales", callers=5)
    assert changed["longest_hold"] == 63 and changed["members_available"] == 0
    assert changed["paused"] is True and changed["logged_in"] is True  # our own pause survives the refresh
    p.close()

    calls = [(t, ok) for t, route, ok in decisions if route == ROUTE]
    assert len(calls) >= 2, calls  # at start, and again after the actions
    assert all(ok for _, ok in calls), f"429 on the membership route: {calls}"
    times = [t for t, _ in calls]
    busiest = max(sum(1 for u in times if t <= u < t + WINDOW_MS / 1000) for t in times)
    assert busiest <= LIMIT, times
    assert not [e for e in p.events if e["event"] == "error" and str(e.get("code", "")).startswith("queue-load")]
    print(f"membership requests: {len(calls)} over {times[-1] - times[0]:.1f} s, busiest 10 s: {busiest}, "
          f"{len(actions) + 1} actions, 0 refused")
