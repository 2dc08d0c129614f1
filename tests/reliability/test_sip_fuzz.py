"""Hostile SIP at the phone's own port: thousands of malformed, oversized and out-of-dialog messages, an INVITE
flood (100 in a second) and junk over TCP. The phone stays up, stays registered, takes a normal call afterwards
and never prints a traceback."""

from __future__ import annotations

import re
import subprocess
import time

import pytest

from tests.phone import HeadlessPhone
from tests.reliability import sipfuzz
from tests.reliability.helpers import (
    PhoneFactory,
    contact_port,
    location_contacts,
    no_traceback,
    registered_phone,
    resources,
    status,
)
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

SHORT = 2_000
FULL = 12_000


def tcp_ports(pid: int, kind: str = "t") -> list[int]:
    out = subprocess.run(["ss", f"-l{kind}npH"], capture_output=True, text=True, timeout=10).stdout
    return [int(m.group(1)) for line in out.splitlines() if f"pid={pid}," in line
            for m in [re.search(r"127\.0\.0\.1:(\d+)", line)] if m]


def answer_a_normal_call(p: HeadlessPhone, sipp: Sipp, user: str, caller_number: str) -> None:
    """A normal call from SIPp to `user`, answered by the agent and ended by the caller."""
    caller = sipp.uac(to=user, from_user=caller_number, duration_ms=1500)
    incoming = p.wait_event("incoming_call", timeout=15, number=caller_number)
    p.send({"cmd": "answer", "call_id": incoming["call_id"]})
    p.wait_event("call_state", timeout=10, call_id=incoming["call_id"], state="connected")
    p.wait_event("call_state", timeout=15, call_id=incoming["call_id"], state="disconnected")
    caller.wait_ok(15)


def fuzz_phone(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp, count: int) -> None:
    p = registered_phone(phone, kamailio, "1009")
    assert p.proc is not None
    port = contact_port(kamailio, "1009")
    before = resources(p.proc.pid)
    started = time.monotonic()
    # the flood first, on a phone with no calls: INVITEs beyond what the phone can hold are refused, the
    # CANCELs withdraw the ones that rang
    flood = sipfuzz.flood("127.0.0.1", port, 100, 1.0)
    status(p)  # pumps the events so far
    flood_calls = [e for e in p.events if e["event"] == "incoming_call"]
    for call in flood_calls:
        p.wait_event("call_state", timeout=10, since_start=True, call_id=call["call_id"], state="disconnected")
    # beyond the call-start budget (about 10 new calls a second) the phone answers 503 before pjsua sees them
    refused = sum(flood.statuses.get(f"SIP/2.0 {line}", 0) for line in ("486 Busy Here", "503 Service Unavailable"))
    assert len(flood_calls) + refused >= 100, (flood.statuses, flood_calls)
    assert status(p)["calls"] == []
    stats = sipfuzz.run("127.0.0.1", port, count)
    fuzz_s = time.monotonic() - started
    # a UDP account opens no TCP/TLS listener (each accepted connection would take one of pjsip's 64 ioqueue
    # slots, and running out aborts the process)
    listeners = tcp_ports(p.proc.pid)
    assert listeners == [], listeners
    assert p.proc.poll() is None, "the phone died under fuzzing"
    time.sleep(1)
    st = status(p)
    assert st["registration"] == "registered", st
    ringing = st["calls"]
    # the CANCELs withdrew every flood INVITE that rang; what still rings are fuzz INVITEs whose sender went
    # away (no CANCEL ever comes): the agent rejects them
    assert not [c for c in ringing if "flood@" in c["peer"]], ringing
    assert all(c["state"] == "ringing" for c in ringing), ringing
    for call in ringing:
        p.send({"cmd": "reject", "call_id": call["call_id"]})
        p.wait_event("call_state", timeout=10, since_start=True, call_id=call["call_id"], state="disconnected")
    assert status(p)["calls"] == []
    answer_a_normal_call(p, sipp, "1009", "2200")
    after = resources(p.proc.pid)
    print(f"RESULT sip-fuzz: {stats.total} hostile datagrams in {fuzz_s:.1f}s ({stats.replies} replies) "
          f"{dict(sorted(stats.sent.items()))}; flood 100 INVITEs/1s -> {flood.statuses}, "
          f"{len(flood_calls)} rang, all CANCELled; "
          f"{len(ringing)} hostile INVITEs left ringing (rejected by the agent); "
          f"no TCP listener; still registered; resources {before} -> {after}")
    assert stats.total >= count
    assert after["fds"] <= before["fds"] + 10 and after["threads"] <= before["threads"] + 2, (before, after)
    no_traceback(p)
    assert p.close() == 0


def test_hostile_sip_short(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    fuzz_phone(phone, kamailio, sipp, SHORT)


@pytest.mark.long
def test_hostile_sip_full(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    fuzz_phone(phone, kamailio, sipp, FULL)


def test_short_call_floods_are_refused_not_fatal(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    """300 INVITEs at 150 a second, each cancelled at once, then 300 offering only a codec the phone refuses: each
    such call opens and closes two media sockets within milliseconds, and before the call-start budget
    (core/call_rate.py, engine/request_gate.py) the first flood aborted the phone after about 30 calls (pjsip's
    socket table ran out). New calls beyond the budget get a 503 before any socket is opened; the phone stays up,
    registered, and takes a normal call right after."""
    p = registered_phone(phone, kamailio, "1011")
    assert p.proc is not None
    port = contact_port(kamailio, "1011")
    cancelled = sipfuzz.churn("127.0.0.1", port, 300, 150.0)
    assert p.proc.poll() is None, p.stderr_tail(600)
    refused = sipfuzz.churn("127.0.0.1", port, 300, 150.0, refused_offer=True)
    assert p.proc.poll() is None, p.stderr_tail(600)
    print(f"RESULT short-call floods: cancelled {cancelled.statuses}; refused offers {refused.statuses}")
    for stats in (cancelled, refused):
        unavailable = stats.statuses.get("SIP/2.0 503 Service Unavailable", 0)
        assert 150 <= unavailable <= 290, stats.statuses  # a budget of ~10 calls a second over 2 s
    assert cancelled.statuses.get("SIP/2.0 487 Request Terminated", 0) >= 10, cancelled.statuses
    assert refused.statuses.get("SIP/2.0 488 Not Acceptable Here", 0) >= 10, refused.statuses
    st = status(p)
    assert st["registration"] == "registered", st
    assert st["calls"] == [], st
    answer_a_normal_call(p, sipp, "1011", "2201")
    no_traceback(p)
    assert p.close() == 0


def test_requests_the_phone_has_no_use_for_keep_no_state(phone: PhoneFactory, kamailio: KamailioServer,
                                                         sipp: Sipp) -> None:
    """3,000 each of SUBSCRIBE (presence), MESSAGE and unsolicited NOTIFY from outside any dialog. pjsua accepted
    every presence subscription (each then lived for its Expires and sent NOTIFYs to the address it named) and
    answered the rest through transactions that live 32 s: together about 200 MB. They are now answered without
    state (engine/request_gate.py): 403, 403, 200; memory stays flat."""
    p = registered_phone(phone, kamailio, "1012")
    assert p.proc is not None
    port = contact_port(kamailio, "1012")
    before = resources(p.proc.pid)
    answers = {m: sipfuzz.method_flood("127.0.0.1", port, m, 3000).statuses for m in sipfuzz.OUT_OF_DIALOG}
    after = resources(p.proc.pid)
    print(f"RESULT out-of-dialog floods: {answers}; resources {before} -> {after}")
    assert p.proc.poll() is None, p.stderr_tail(600)
    for method, code in (("SUBSCRIBE", "403 Forbidden"), ("MESSAGE", "403 Forbidden"), ("NOTIFY", "200 OK")):
        assert answers[method].get(f"SIP/2.0 {code}", 0) >= 2900, answers  # (a few may drop on a busy socket)
        assert not [k for k in answers[method] if not k.startswith("SIP/2.0 ")], answers  # no NOTIFYs back
    assert after["rss_kb"] - before["rss_kb"] < 15 * 1024, (before, after)
    st = status(p)
    assert st["registration"] == "registered" and st["calls"] == [], st
    answer_a_normal_call(p, sipp, "1012", "2202")
    no_traceback(p)
    assert p.close() == 0


def bindings(kam: KamailioServer, user: str) -> list[str]:
    """The user's contacts in Kamailio's location table without their remaining expiry."""
    return [re.sub(r";expires=\d+", "", c) for c in location_contacts(kam, user)]


HELD_CONNECTIONS = 300
STORM_CYCLES = 2_000


@pytest.mark.parametrize("transport", [pytest.param("tcp", marks=pytest.mark.long), "tls"])
def test_stream_account_survives_connection_flood(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp,
                                                  transport: str) -> None:
    """Hostile datagrams at the UDP port (calls left ringing hold media sockets), then 300 connections opened at
    once and held, and 2,000 connect/close cycles, at the listener of a TCP/TLS account. pjsip's socket table in
    the wheel has 64 slots (PJ_IOQUEUE_MAX_HANDLES) and an accept that finds it full while closed sockets still
    wait out their release delay aborts the process: the engine keeps the listener from accepting (README.md).
    The phone stays up, keeps its binding and takes a normal call over its own connection afterwards."""
    p = registered_phone(phone, kamailio, "1010", transport=transport)
    assert p.proc is not None
    binding = bindings(kamailio, "1010")
    for udp_port in tcp_ports(p.proc.pid, "u"):
        sipfuzz.run("127.0.0.1", udp_port, 600)
    listeners = tcp_ports(p.proc.pid)
    assert listeners
    before = resources(p.proc.pid)
    results = []
    for port in listeners:
        held = sipfuzz.hold_connections("127.0.0.1", port, HELD_CONNECTIONS, 1.5)
        assert p.proc.poll() is None, p.stderr_tail(600)
        storm = sipfuzz.connect_storm("127.0.0.1", port, STORM_CYCLES)
        results.append((held, storm))
        assert p.proc.poll() is None, p.stderr_tail(600)
        # the listener completes no handshake at all (without that, 300 held connections killed the TLS
        # phone every time and the storm the TCP one)
        assert held.established == storm.established == 0, (held, storm)
    time.sleep(0.5)
    print(f"RESULT {transport}-connection-flood: listeners {listeners}, binding {binding}: {results} -> phone rc "
          f"{p.proc.poll()}")
    assert p.proc.poll() is None, p.stderr_tail(600)
    st = status(p)
    assert st["registration"] == "registered", st
    assert bindings(kamailio, "1010") == binding
    for call in st["calls"]:  # fuzz INVITEs whose sender went away: the agent rejects them
        p.send({"cmd": "reject", "call_id": call["call_id"]})
        p.wait_event("call_state", timeout=10, since_start=True, call_id=call["call_id"], state="disconnected")
    # a normal call afterwards, over the phone's own connection to the registrar
    caller = sipp.uac(to="1010", from_user="2201", duration_ms=1000)
    incoming = p.wait_event("incoming_call", timeout=15, number="2201")
    p.send({"cmd": "answer", "call_id": incoming["call_id"]})
    p.wait_event("call_state", timeout=10, call_id=incoming["call_id"], state="connected")
    p.wait_event("call_state", timeout=15, call_id=incoming["call_id"], state="disconnected")
    caller.wait_ok(15)
    after = resources(p.proc.pid)
    assert after["fds"] <= before["fds"] + 10, (before, after)
    no_traceback(p)
    assert p.close() == 0
