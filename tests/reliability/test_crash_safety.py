"""Crash safety: the phone is SIGKILLed mid-call; the next start finds the call in history as interrupted, the
agent state sane, and registers again from the same Contact."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

from tests.reliability.helpers import PhoneFactory, location_contacts, no_traceback, registered_phone, status
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp


def history_rows(profile: Path) -> list[tuple[str, str, str]]:
    db = sqlite3.connect(f"file:{profile / 'history.sqlite3'}?mode=ro", uri=True)
    try:
        return list(db.execute("SELECT call_id, direction, outcome FROM calls ORDER BY id"))
    finally:
        db.close()


def test_kill9_during_call_leaves_interrupted_call_in_history(
        phone: PhoneFactory, kamailio_fresh: KamailioServer, sipp: Sipp) -> None:
    kam = kamailio_fresh
    sipp.kamailio = kam
    p = registered_phone(phone, kam, "1004", ("call.auto_answer", "all"))
    port_before = p.wait_event("started", since_start=True)["capabilities"]["sip_port"]
    assert port_before > 0
    # one call that ends normally: committed history that must survive the crash
    first = sipp.uac(to="1004", from_user="2001", duration_ms=1000)
    done = p.wait_event("call_state", timeout=15, state="disconnected")
    first.wait_ok(10)
    # the call that is cut short
    sipp.uac(to="1004", from_user="2002", duration_ms=0)
    incoming = p.wait_event("incoming_call", timeout=15, number="2002")
    p.wait_event("call_state", timeout=10, call_id=incoming["call_id"], state="connected")
    p.wait_event("agent_state", timeout=5, state="on_call")
    assert p.proc is not None
    p.proc.kill()
    p.proc.wait(timeout=10)
    p.close()

    restarted_at = time.time()
    again = phone(profile_dir=p.profile)
    port_after = again.wait_event("started", timeout=30)["capabilities"]["sip_port"]
    registered = again.wait_event("registration", timeout=15, state="registered")
    took = registered["ts"] - restarted_at
    agent = again.wait_event("agent_state", timeout=5)
    st = status(again)
    rows = history_rows(p.profile)
    contacts = location_contacts(kam, "1004")
    print(f"RESULT crash-kill9: registered {took:.2f}s after the restart (process start included); history {rows};"
          f" Kamailio holds {len(contacts)} contact(s); SIP port {port_before} -> {port_after}")
    assert took < 10
    # the same local port as before the crash: the new REGISTER refreshed the dead process's binding instead of
    # adding a second one that calls would fork to until it expired
    assert port_after == port_before and len(contacts) == 1, contacts
    assert agent["state"] == "available" and st["agent_state"] == "available" and st["calls"] == []
    assert rows[0][0] == done["call_id"] and rows[0][2] == "answered"
    assert rows[1][0] == incoming["call_id"] and rows[1][1] == "inbound" and rows[1][2] == "interrupted", rows
    no_traceback(again)
