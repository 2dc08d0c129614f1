"""Hold/unhold as fast as a script can send them: refused or queued, never an abort."""

from __future__ import annotations

from collections.abc import Callable

from tests.integration.test_headless_e2e import registered_phone
from tests.phone import HeadlessPhone
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp


def test_back_to_back_hold_unhold_never_aborts(phone: Callable[..., HeadlessPhone], kamailio: KamailioServer,
                                               sipp: Sipp) -> None:
    uas = sipp.uas(user="3001")
    p = registered_phone(phone, kamailio, "1010")
    p.send({"cmd": "call", "to": f"sip:3001@127.0.0.1:{uas.port}"})
    connected = p.wait_event("call_state", timeout=10, state="connected")
    for _ in range(5):
        p.send({"cmd": "hold"})
        p.send({"cmd": "unhold"})
    p.send({"cmd": "status", "id": "after"})
    p.wait_event("status", timeout=15)
    assert p.proc is not None and p.proc.poll() is None, p.stderr_tail()
    p.send({"cmd": "hangup", "call_id": connected["call_id"]})
    p.wait_event("call_state", timeout=15, call_id=connected["call_id"], state="disconnected")
    assert p.close() == 0
