from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from softphone.core import call_fsm
from softphone.core.call_fsm import CallCommandRefused
from softphone.core.events import (
    CallConfirmed,
    CallEnded,
    CallIncoming,
    CallMediaChanged,
    CallOutgoing,
    CallProgress,
)
from softphone.core.models import CallState, EndReason


def incoming() -> call_fsm.Call:
    return call_fsm.new_call(CallIncoming(call_id="c1", remote_uri="sip:2000@x", number="2000"), now=0.0)


def outgoing() -> call_fsm.Call:
    return call_fsm.new_call(CallOutgoing(call_id="c1", remote_uri="sip:1002@x"), now=0.0)


def test_incoming_answered_then_remote_hangup() -> None:
    call = incoming()
    assert call.state is CallState.RINGING
    change = call_fsm.apply(call, CallConfirmed(call_id="c1"), now=1.0)
    assert change is not None and change.state == "connected"
    change = call_fsm.apply(call, CallEnded(call_id="c1", code=200, reason="Normal call clearing"), now=11.0)
    assert change is not None and change.state == "disconnected"
    assert change.end_reason == EndReason.REMOTE.value and change.duration == 10.0
    assert change.reason == "Normal call clearing"


def test_outgoing_progress_and_busy() -> None:
    call = outgoing()
    change = call_fsm.apply(call, CallProgress(call_id="c1", code=180, reason="Ringing"), now=0.5)
    assert change is not None and change.state == "early"
    assert call_fsm.apply(call, CallProgress(call_id="c1", code=183), now=0.6) is None  # still early
    change = call_fsm.apply(call, CallEnded(call_id="c1", code=486, reason="Busy Here"), now=1.0)
    assert change is not None and change.end_reason == "busy" and change.code == 486


@pytest.mark.parametrize(("code", "local", "reason"), [
    (486, False, EndReason.BUSY), (600, False, EndReason.BUSY), (603, False, EndReason.DECLINED),
    (404, False, EndReason.NOT_FOUND), (408, False, EndReason.NO_ANSWER), (480, False, EndReason.NO_ANSWER),
    (500, False, EndReason.FAILED), (487, True, EndReason.LOCAL),
])
def test_outgoing_end_reasons(code: int, local: bool, reason: EndReason) -> None:
    call = outgoing()
    change = call_fsm.apply(call, CallEnded(call_id="c1", code=code, local=local), now=1.0)
    assert change is not None and change.end_reason == reason.value


def test_incoming_cancelled_by_caller() -> None:
    call = incoming()
    change = call_fsm.apply(call, CallEnded(call_id="c1", code=487, reason="Request Terminated"), now=2.0)
    assert change is not None and change.end_reason == "cancelled"


def test_hold_and_remote_hold() -> None:
    call = incoming()
    call_fsm.apply(call, CallConfirmed(call_id="c1"), now=1.0)
    change = call_fsm.apply(call, CallMediaChanged(call_id="c1", local_hold=True), now=2.0)
    assert change is not None and change.state == "held"
    change = call_fsm.apply(call, CallMediaChanged(call_id="c1", local_hold=False), now=3.0)
    assert change is not None and change.state == "connected"
    change = call_fsm.apply(call, CallMediaChanged(call_id="c1", remote_hold=True), now=4.0)
    assert change is not None and change.state == "held" and "other party" in change.reason


def test_commands_checked_against_state() -> None:
    call = incoming()
    call.check("answer")
    with pytest.raises(CallCommandRefused, match="cannot hold call c1 while it is ringing"):
        call.check("hold")
    call_fsm.apply(call, CallConfirmed(call_id="c1"), now=1.0)
    with pytest.raises(CallCommandRefused):
        call.check("answer")
    call.check("hold")


def test_signals_after_the_end_are_ignored() -> None:
    call = incoming()
    call_fsm.apply(call, CallEnded(call_id="c1", code=487), now=1.0)
    assert call_fsm.apply(call, CallConfirmed(call_id="c1"), now=2.0) is None
    assert call.state is CallState.DISCONNECTED


SIGNALS = st.sampled_from([
    CallProgress(call_id="c1", code=180), CallProgress(call_id="c1", code=183), CallConfirmed(call_id="c1"),
    CallMediaChanged(call_id="c1", local_hold=True), CallMediaChanged(call_id="c1", local_hold=False),
    CallMediaChanged(call_id="c1", remote_hold=True), CallEnded(call_id="c1", code=200),
    CallEnded(call_id="c1", code=486), CallEnded(call_id="c1", code=487, local=True),
])


@given(st.booleans(), st.lists(SIGNALS, max_size=20))
def test_any_signal_sequence_keeps_invariants(inbound: bool, signals: list[object]) -> None:
    call = incoming() if inbound else outgoing()
    for i, signal in enumerate(signals):
        before = call.state
        change = call_fsm.apply(call, signal, now=float(i + 1))  # type: ignore[arg-type]
        if before is CallState.DISCONNECTED:
            assert change is None
        if change is not None:
            assert change.state == call.state.value != before.value
        if call.state in (CallState.CONNECTED, CallState.HELD):
            assert call.connected_at is not None
        if call.state is CallState.DISCONNECTED:
            assert call.end_reason is not None and call.ended_at is not None
        if call.state is CallState.HELD:
            assert call.local_hold or call.remote_hold
        assert call.duration(100.0) >= 0
