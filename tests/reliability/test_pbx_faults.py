"""PBX faults: Kamailio SIGKILLed and restarted (idle and mid-call), a registrar answering 503 then recovering,
423 Interval Too Brief, a TCP connection reset."""

from __future__ import annotations

import subprocess
import time
from pathlib import Path
from typing import Any

import pytest

from tests.phone import HeadlessPhone
from tests.reliability.helpers import (
    PhoneFactory,
    configure,
    kill9,
    location_contacts,
    no_traceback,
    registered_phone,
    set_account,
    status,
)
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp, SippProcess

SCENARIOS = Path(__file__).with_name("scenarios")
# keep-alive probe interval: how fast an idle UDP phone notices that its registrar went away
KEEPALIVE = ("sip.keepalive_sec", "3")


def _registered_after(phone: HeadlessPhone, started: float, timeout: float) -> float:
    """Seconds from `started` (time.time()) to the first `registered` event after it."""
    event = phone.wait_event("registration", timeout=timeout, since_start=True, state="registered",
                             where=lambda e: e["ts"] >= started)
    return float(event["ts"]) - started


@pytest.mark.parametrize("transport", ["udp", "tcp"])
def test_kamailio_sigkill_while_registered(phone: PhoneFactory, kamailio_fresh: KamailioServer,
                                           transport: str) -> None:
    kam = kamailio_fresh
    p = registered_phone(phone, kam, "1001", KEEPALIVE, transport=transport)
    assert len(location_contacts(kam, "1001")) == 1
    kill9(kam)
    if transport == "tcp":  # the connection loss is noticed at once and said
        p.wait_event("registration", timeout=10, where=lambda e: e["state"] in ("failed", "registering"))
    # UDP: the keep-alive probe (3 s here) misses and the phone refreshes its registration; that REGISTER
    # retransmits (up to every 4 s) until the registrar answers, so no state change is reported for an outage
    # shorter than the 32 s transaction time-out
    time.sleep(6)  # dead for longer than a keep-alive interval
    back = time.time()  # recovery begins when Kamailio starts (it can answer before start() returns)
    kam.start()
    took = _registered_after(p, back, 10)
    print(f"RESULT kamailio-kill9-idle {transport}: registered {took:.2f}s after Kamailio came back")
    assert took < 10
    # exactly one binding: retries never left stale or duplicate contacts
    time.sleep(1)
    assert len(location_contacts(kam, "1001")) == 1, location_contacts(kam, "1001")
    assert status(p)["registration"] == "registered"
    no_traceback(p)
    assert p.proc is not None and p.proc.poll() is None


def test_kamailio_sigkill_during_call(phone: PhoneFactory, kamailio_fresh: KamailioServer, sipp: Sipp) -> None:
    """Kamailio is only on the signalling path (RTP flows end to end), so a call survives the registrar's death:
    audio keeps flowing, and the BYE afterwards goes through the restarted proxy (Record-Route; stateless for
    in-dialog requests)."""
    kam = kamailio_fresh
    sipp.kamailio = kam
    p = registered_phone(phone, kam, "1002", KEEPALIVE, ("call.auto_answer", "all"))
    caller = sipp.uac(to="1002", from_user="2000", duration_ms=9000)
    incoming = p.wait_event("incoming_call", timeout=15)
    call_id = incoming["call_id"]
    p.wait_event("call_state", timeout=10, call_id=call_id, state="connected")
    first = p.wait_event("media", timeout=10, call_id=call_id)
    kill9(kam)
    down_at = time.monotonic()
    # RTP keeps flowing while the proxy is dead
    later = p.wait_event("media", timeout=10, call_id=call_id, where=lambda e: e["rx_packets"] > first["rx_packets"])
    assert time.monotonic() - down_at < 10
    back = time.time()
    kam.start()
    took = _registered_after(p, back, 10)
    ended = p.wait_event("call_state", timeout=20, since_start=True, call_id=call_id, state="disconnected")
    print(f"RESULT kamailio-kill9-call: call survived (rx {first['rx_packets']}->{later['rx_packets']} while down),"
          f" registered {took:.2f}s after restart, ended by {ended['end_reason']} ({ended.get('code')})")
    assert ended["end_reason"] == "remote" and ended["duration"] > 7
    caller.wait_ok(15)
    time.sleep(1)
    assert len(location_contacts(kam, "1002")) == 1
    p.wait_event("agent_state", timeout=5, since_start=True, state="available")
    no_traceback(p)


def _fake_registrar(sipp: Sipp, scenario: str, **values: Any) -> SippProcess:
    return sipp.uas(SCENARIOS / f"{scenario}.xml", rtp_echo=False, max_calls=10_000, **values)


def test_registrar_503_then_recovers(phone: PhoneFactory, sipp: Sipp) -> None:
    """A registrar answering 503 for a while (here the first 4 REGISTERs, about 8 s of backoff) then 200."""
    registrar = _fake_registrar(sipp, "registrar_503", failures=4)
    p = phone(start=False)
    configure(p)
    set_account(p, "1001", "pw1001", "127.0.0.1", registrar.port)
    p.start()
    p.wait_event("started", timeout=30)
    fails = []
    for _ in range(4):
        fails.append(p.wait_event("registration", timeout=30, state="failed"))
    assert all(f["code"] == 503 for f in fails), fails
    assert all(f["retry_in"] > 0 for f in fails)
    recovered_at = time.monotonic()
    ok = p.wait_event("registration", timeout=30, state="registered")
    took = time.monotonic() - recovered_at
    retries = [f["retry_in"] for f in fails]
    print(f"RESULT registrar-503: backoff {retries}, registered {took:.2f}s after the registrar recovered")
    assert ok["code"] == 200 and took < 10
    # backoff grows (1 s doubling with +-20 % jitter)
    assert retries[-1] > retries[0]
    no_traceback(p)


def test_register_423_interval_too_brief_retries_with_min_expires(phone: PhoneFactory, sipp: Sipp) -> None:
    registrar = _fake_registrar(sipp, "registrar_423", min_expires=1800)
    p = phone(start=False)
    configure(p)
    set_account(p, "1001", "pw1001", "127.0.0.1", registrar.port)
    p.start()
    p.wait_event("started", timeout=30)
    ok = p.wait_event("registration", timeout=15, state="registered")
    registers = registrar.requests("REGISTER")
    expires = [int(m.header("expires") or 0) for m in registers]
    print(f"RESULT register-423: Expires sent {expires}")
    assert ok["code"] == 200
    assert expires[0] < 1800 and expires[-1] >= 1800, expires
    no_traceback(p)


def test_tcp_connection_reset_reregisters(phone: PhoneFactory, kamailio_fresh: KamailioServer) -> None:
    """The TCP connection to the registrar is reset (RST, as a NAT box or a load balancer does): the phone
    registers again over a new connection."""
    kam = kamailio_fresh
    p = registered_phone(phone, kam, "1003", transport="tcp")
    before = location_contacts(kam, "1003")
    # ss -K destroys the phone's socket of the connection (RST to Kamailio, an error for the phone), like a
    # NAT box or load balancer dropping the flow
    reset_at = time.time()
    done = subprocess.run(["ss", "-K", "-t", "state", "established", "dst", f"127.0.0.1:{kam.tcp_port}"],
                          capture_output=True, text=True, timeout=10)
    assert done.returncode == 0, done.stderr
    killed = done.stdout.strip().splitlines()[1:]
    assert killed, "no connection to Kamailio found"
    took = _registered_after(p, reset_at, 10)
    print(f"RESULT tcp-reset: registered again {took:.2f}s after the reset; contacts before {len(before)}")
    time.sleep(1)
    assert len(location_contacts(kam, "1003")) == 1, location_contacts(kam, "1003")
    assert status(p)["registration"] == "registered"
    no_traceback(p)
