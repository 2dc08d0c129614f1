"""The agent state machine: every state x every input, plus the scenarios the issue names."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from softphone.core.agent import AgentMachine, AgentState, Member, PauseQueues, Transition, UnpauseQueues
from softphone.core.events import AgentStateChanged
from softphone.core.models import QueueInfo

S = AgentState
NOW = 100.0
WRAP = 30.0


def _registered() -> AgentMachine:
    m = AgentMachine(wrapup_seconds=WRAP, wrapup_reason="acw")
    m.registration_up(0.0)
    m.queue_logged_in("sales", 1.0)
    m.queue_logged_in("support", 1.0)
    return m


def _offline() -> AgentMachine:
    m = _registered()
    m.registration_down(2.0)
    return m


def _paused() -> AgentMachine:
    m = _registered()
    m.queue_paused("sales", "lunch", 2.0)
    m.queue_paused("support", "lunch", 2.0)
    return m


def _ringing() -> AgentMachine:
    m = _registered()
    m.call_ringing("c1", 2.0, queue="sales")
    return m


def _on_call() -> AgentMachine:
    m = _ringing()
    m.call_answered("c1", 3.0)
    return m


def _wrapup() -> AgentMachine:
    m = _on_call()
    t = m.call_ended("c1", NOW - 10)  # deadline NOW + 20
    assert t.effects == (PauseQueues(("sales", "support"), "acw"),)
    for q in ("sales", "support"):
        m.queue_paused(q, "acw", NOW - 10)
    return m


SETUPS: dict[AgentState, Callable[[], AgentMachine]] = {
    S.OFFLINE: _offline,
    S.AVAILABLE: _registered,
    S.PAUSED: _paused,
    S.RINGING: _ringing,
    S.ON_CALL: _on_call,
    S.WRAPUP: _wrapup,
}

INPUTS: dict[str, Callable[[AgentMachine], Transition]] = {
    "registration_up": lambda m: m.registration_up(NOW),
    "registration_down": lambda m: m.registration_down(NOW),
    "membership_loaded": lambda m: m.membership_loaded(
        [QueueInfo("sales", logged_in=True), QueueInfo("support", logged_in=True)], NOW
    ),
    "queue_logged_in": lambda m: m.queue_logged_in("billing", NOW),
    "queue_logged_out": lambda m: m.queue_logged_out("sales", NOW),
    "queue_paused": lambda m: m.queue_paused("sales", "lunch", NOW),
    "queue_unpaused": lambda m: m.queue_unpaused("sales", NOW),
    "call_ringing": lambda m: m.call_ringing("c2", NOW, queue="support"),
    "call_answered": lambda m: m.call_answered("c1", NOW),
    "call_ended": lambda m: m.call_ended("c1", NOW),
    "outgoing_connected": lambda m: m.outgoing_connected("c9", NOW),
    "wrapup_end": lambda m: m.wrapup_end(NOW),
    "wrapup_extend": lambda m: m.wrapup_extend(10, NOW),
    "tick": lambda m: m.tick(NOW + 1000),
}

R = None  # rejected; the state stays as it was
# state -> input -> expected new state (R = rejected)
TABLE: dict[AgentState, dict[str, AgentState | None]] = {
    S.OFFLINE: {
        "registration_up": S.AVAILABLE, "registration_down": S.OFFLINE, "membership_loaded": S.OFFLINE,
        "queue_logged_in": S.OFFLINE, "queue_logged_out": S.OFFLINE, "queue_paused": S.OFFLINE,
        "queue_unpaused": S.OFFLINE, "call_ringing": S.OFFLINE, "call_answered": R, "call_ended": S.OFFLINE,
        "outgoing_connected": S.OFFLINE, "wrapup_end": R, "wrapup_extend": R, "tick": S.OFFLINE,
    },
    S.AVAILABLE: {
        "registration_up": S.AVAILABLE, "registration_down": S.OFFLINE, "membership_loaded": S.AVAILABLE,
        "queue_logged_in": S.AVAILABLE, "queue_logged_out": S.AVAILABLE, "queue_paused": S.AVAILABLE,
        "queue_unpaused": S.AVAILABLE, "call_ringing": S.RINGING, "call_answered": R, "call_ended": S.AVAILABLE,
        "outgoing_connected": S.ON_CALL, "wrapup_end": R, "wrapup_extend": R, "tick": S.AVAILABLE,
    },
    S.PAUSED: {
        "registration_up": S.PAUSED, "registration_down": S.OFFLINE, "membership_loaded": S.PAUSED,
        # a newly joined queue is unpaused: the agent takes calls from it
        "queue_logged_in": S.AVAILABLE, "queue_logged_out": S.PAUSED, "queue_paused": S.PAUSED,
        "queue_unpaused": S.AVAILABLE, "call_ringing": S.RINGING, "call_answered": R, "call_ended": S.PAUSED,
        "outgoing_connected": S.ON_CALL, "wrapup_end": R, "wrapup_extend": R, "tick": S.PAUSED,
    },
    S.RINGING: {
        "registration_up": S.RINGING, "registration_down": S.OFFLINE, "membership_loaded": S.RINGING,
        "queue_logged_in": S.RINGING, "queue_logged_out": S.RINGING, "queue_paused": S.RINGING,
        "queue_unpaused": S.RINGING, "call_ringing": S.RINGING, "call_answered": S.ON_CALL,
        "call_ended": S.AVAILABLE,  # never answered: no wrap-up
        "outgoing_connected": S.ON_CALL, "wrapup_end": R, "wrapup_extend": R, "tick": S.RINGING,
    },
    S.ON_CALL: {
        "registration_up": S.ON_CALL, "registration_down": S.OFFLINE, "membership_loaded": S.ON_CALL,
        "queue_logged_in": S.ON_CALL, "queue_logged_out": S.ON_CALL, "queue_paused": S.ON_CALL,
        "queue_unpaused": S.ON_CALL, "call_ringing": S.ON_CALL, "call_answered": R, "call_ended": S.WRAPUP,
        "outgoing_connected": S.ON_CALL, "wrapup_end": R, "wrapup_extend": R, "tick": S.ON_CALL,
    },
    S.WRAPUP: {
        "registration_up": S.WRAPUP, "registration_down": S.OFFLINE, "membership_loaded": S.WRAPUP,
        "queue_logged_in": S.WRAPUP, "queue_logged_out": S.WRAPUP, "queue_paused": S.WRAPUP,
        "queue_unpaused": S.WRAPUP, "call_ringing": S.RINGING, "call_answered": R, "call_ended": S.WRAPUP,
        "outgoing_connected": S.ON_CALL,
        # queues stay paused for after-call work until the PBX confirms the unpause
        "wrapup_end": S.PAUSED, "wrapup_extend": S.WRAPUP, "tick": S.PAUSED,
    },
}


def test_table_is_complete() -> None:
    assert set(TABLE) == set(AgentState)
    for row in TABLE.values():
        assert set(row) == set(INPUTS)


@pytest.mark.parametrize("state", list(AgentState), ids=lambda s: s.value)
def test_setup_reaches_state(state: AgentState) -> None:
    assert SETUPS[state]().state is state


CASES = [(s, i) for s in AgentState for i in INPUTS]


@pytest.mark.parametrize(("state", "name"), CASES, ids=[f"{s.value}-{i}" for s, i in CASES])
def test_every_state_every_input(state: AgentState, name: str) -> None:
    m = SETUPS[state]()
    expected = TABLE[state][name]
    t = INPUTS[name](m)
    assert m.state is t.state
    assert t.state is not S.OFFLINE or not m.registered
    if expected is None:
        assert not t.ok
        assert t.error
        assert t.state is state
        assert t.event is None and t.effects == ()
        return
    assert t.ok, t.error
    assert t.error == ""
    assert t.state is expected
    if expected is state and name not in ("wrapup_extend",):
        assert t.event is None or t.event.state == state.value  # only a reason/deadline change may be reported
    else:
        assert t.event is not None
        assert t.event.state == expected.value


# ---- events ----


def test_event_values_and_countdown() -> None:
    m = _wrapup()
    snap = m.snapshot(NOW)
    assert snap == AgentStateChanged(state="wrapup", reason="acw", wrapup_remaining=20.0)
    assert snap.to_dict() == {"event": "agent_state", "state": "wrapup", "reason": "acw", "wrapup_remaining": 20.0}
    assert m.snapshot(NOW + 25).wrapup_remaining == 0.0
    assert _paused().snapshot(NOW) == AgentStateChanged(state="paused", reason="lunch")
    assert _offline().snapshot(NOW) == AgentStateChanged(state="offline")
    assert {SETUPS[s]().snapshot(NOW).state for s in AgentState} == {s.value for s in AgentState}


def test_no_event_when_nothing_visible_changes() -> None:
    m = _registered()
    assert m.tick(NOW).event is None
    assert m.registration_up(NOW).event is None
    t = m.registration_down(NOW)
    assert t.event == AgentStateChanged(state="offline")
    assert m.registration_down(NOW).event is None


# ---- pause semantics ----


def test_paused_only_when_every_logged_in_queue_is_paused() -> None:
    m = _registered()
    assert m.queue_paused("sales", "break", NOW).state is S.AVAILABLE
    t = m.queue_paused("support", "break", NOW)
    assert (t.state, t.reason) == (S.PAUSED, "break")
    assert t.event == AgentStateChanged(state="paused", reason="break")
    assert m.member("sales") == Member(True, True, "break")
    # logging out of a paused queue keeps the agent paused in the other one
    assert m.queue_logged_out("sales", NOW).state is S.PAUSED
    assert m.member("sales") == Member()
    assert m.queue_logged_out("support", NOW).state is S.AVAILABLE  # no queue at all: not paused


def test_pause_reason_is_the_latest() -> None:
    m = _paused()
    t = m.queue_paused("sales", "training", NOW)
    assert (t.state, t.reason) == (S.PAUSED, "training")
    assert t.event == AgentStateChanged(state="paused", reason="training")


def test_pause_result_implies_membership() -> None:
    m = AgentMachine()
    m.registration_up(0)
    t = m.queue_paused("sales", "break", NOW)
    assert (t.state, t.reason) == (S.PAUSED, "break")
    assert m.logged_in_queues == ("sales",)


def test_empty_queue_name_rejected() -> None:
    m = _registered()
    for t in (m.queue_logged_in("", NOW), m.queue_logged_out("", NOW), m.queue_paused("", "x", NOW),
              m.queue_unpaused("", NOW)):
        assert not t.ok and "empty" in t.error
    assert not m.call_ringing("", NOW).ok
    assert not m.outgoing_connected("", NOW).ok


# ---- calls ----


def test_duplicate_calls_rejected() -> None:
    m = _ringing()
    t = m.call_ringing("c1", NOW)
    assert not t.ok and "already known" in t.error
    t = m.outgoing_connected("c1", NOW)
    assert not t.ok and "ringing" in t.error
    m.call_answered("c1", NOW)
    t = m.outgoing_connected("c1", NOW)
    assert not t.ok and "connected" in t.error
    t = m.call_answered("zz", NOW)
    assert not t.ok and "unknown" in t.error


def test_call_waiting_and_return_to_previous_state() -> None:
    m = _paused()
    m.outgoing_connected("o1", NOW)
    assert m.call_ringing("c2", NOW).state is S.ON_CALL  # a second call rings during a call
    assert m.call_ended("o1", NOW).state is S.RINGING
    t = m.call_ended("c2", NOW)
    assert (t.state, t.reason) == (S.PAUSED, "lunch")
    assert m.active_calls == 0


def test_non_queue_call_has_no_wrapup() -> None:
    m = _registered()
    m.call_ringing("c1", NOW)
    m.call_answered("c1", NOW)
    t = m.call_ended("c1", NOW)
    assert t.state is S.AVAILABLE and t.effects == ()
    m.outgoing_connected("o1", NOW)
    assert m.call_ended("o1", NOW).state is S.AVAILABLE


def test_wrapup_off_when_zero_seconds() -> None:
    m = _on_call()
    m.wrapup_seconds = 0
    t = m.call_ended("c1", NOW)
    assert t.state is S.AVAILABLE and t.effects == ()


@pytest.mark.parametrize("bad", [-1.0, float("nan"), float("inf"), 1e9])
def test_wrapup_seconds_validated(bad: float) -> None:
    with pytest.raises(ValueError, match="wrap-up time"):
        AgentMachine(wrapup_seconds=bad)


# ---- wrap-up ----


def test_wrapup_full_cycle() -> None:
    m = _on_call()
    t = m.call_ended("c1", NOW)
    assert t.state is S.WRAPUP
    assert t.effects == (PauseQueues(("sales", "support"), "acw"),)
    assert t.event == AgentStateChanged(state="wrapup", reason="acw", wrapup_remaining=WRAP)
    assert m.wrapup_deadline == NOW + WRAP
    for q in ("sales", "support"):
        assert m.queue_paused(q, "acw", NOW).state is S.WRAPUP
    assert m.tick(NOW + WRAP - 0.1).effects == ()
    t = m.tick(NOW + WRAP)
    assert t.effects == (UnpauseQueues(("sales", "support")),)
    assert (t.state, t.reason) == (S.PAUSED, "acw")
    assert m.wrapup_deadline is None
    assert m.queue_unpaused("sales", NOW + WRAP).state is S.AVAILABLE
    assert m.queue_unpaused("support", NOW + WRAP).state is S.AVAILABLE


def test_wrapup_end_early_and_extend() -> None:
    m = _wrapup()
    t = m.wrapup_extend(15, NOW)
    assert t.ok and m.wrapup_deadline == NOW + 35
    assert t.event == AgentStateChanged(state="wrapup", reason="acw", wrapup_remaining=35.0)
    assert not m.wrapup_extend(0, NOW).ok
    assert not m.wrapup_extend(-5, NOW).ok
    assert not m.wrapup_extend(float("nan"), NOW).ok
    assert "more than" in m.wrapup_extend(1e7, NOW).error
    t = m.wrapup_end(NOW + 1)
    assert t.effects == (UnpauseQueues(("sales", "support")),)
    assert not m.wrapup_end(NOW + 2).ok


def test_wrapup_extend_after_deadline_counts_from_now() -> None:
    m = _wrapup()
    m.wrapup_extend(5, NOW + 50)  # deadline NOW+20 already passed, not yet ticked
    assert m.wrapup_deadline == NOW + 55


def test_wrapup_leaves_queues_the_agent_paused_before() -> None:
    m = _registered()
    m.queue_logged_in("billing", 1)
    m.queue_paused("billing", "training", 2)
    m.call_ringing("c1", 3, queue="sales")
    m.call_answered("c1", 3)
    t = m.call_ended("c1", NOW)
    assert t.effects == (PauseQueues(("sales", "support"), "acw"),)
    m.queue_paused("sales", "acw", NOW)
    m.queue_paused("support", "acw", NOW)
    t = m.wrapup_end(NOW + 1)
    assert t.effects == (UnpauseQueues(("sales", "support")),)
    m.queue_unpaused("sales", NOW + 1)
    m.queue_unpaused("support", NOW + 1)
    assert m.member("billing") == Member(True, True, "training")
    assert m.state is S.AVAILABLE


def test_pause_by_hand_during_wrapup_is_kept() -> None:
    m = _wrapup()
    m.queue_paused("sales", "lunch", NOW)
    m.queue_paused("support", "lunch", NOW)
    assert m.state is S.WRAPUP
    t = m.wrapup_end(NOW)
    assert t.effects == ()
    assert (t.state, t.reason) == (S.PAUSED, "lunch")


def test_unpause_by_hand_during_wrapup() -> None:
    m = _wrapup()
    m.queue_unpaused("sales", NOW)
    t = m.wrapup_end(NOW)
    assert t.effects == (UnpauseQueues(("support",)),)


def test_failed_wrapup_pause_needs_no_unpause() -> None:
    m = _on_call()
    m.call_ended("c1", NOW)  # the controller's pause calls all failed: no results came in
    t = m.tick(NOW + WRAP)
    assert t.effects == ()
    assert t.state is S.AVAILABLE


def test_queue_joined_during_wrapup_is_paused_too() -> None:
    m = _wrapup()
    t = m.queue_logged_in("billing", NOW)
    assert t.effects == (PauseQueues(("billing",), "acw"),)
    m.queue_paused("billing", "acw", NOW)
    assert m.wrapup_end(NOW).effects == (UnpauseQueues(("sales", "support", "billing")),)


def test_membership_loaded_during_wrapup_pauses_new_queue() -> None:
    m = _wrapup()
    infos = [QueueInfo("sales", logged_in=True), QueueInfo("support", logged_in=True),
             QueueInfo("billing", logged_in=True)]
    t = m.membership_loaded(infos, NOW)
    assert t.effects == (PauseQueues(("billing",), "acw"),)
    assert m.member("sales") == Member(True, True, "acw")  # our pause is kept; the server does not report it


def test_queue_call_during_wrapup_restarts_the_deadline() -> None:
    m = _wrapup()  # deadline NOW + 20
    m.call_ringing("c2", NOW, queue="support")
    m.call_answered("c2", NOW)
    t = m.call_ended("c2", NOW + 5)
    assert t.state is S.WRAPUP and t.effects == ()  # already paused
    assert m.wrapup_deadline == NOW + 5 + WRAP


def test_membership_loaded() -> None:
    m = AgentMachine()
    m.registration_up(0)
    t = m.membership_loaded([QueueInfo("a", logged_in=True), QueueInfo("b", logged_in=True, paused=True, reason="x"),
                             QueueInfo("", logged_in=True)], NOW)
    assert t.ok and m.logged_in_queues == ("a", "b")
    assert m.member("b") == Member(True, True, "x")
    m.membership_loaded([QueueInfo("b", logged_in=True)], NOW)  # "a" gone: logged out elsewhere
    assert m.logged_in_queues == ("b",)
    assert (m.state, m.reason) == (S.PAUSED, "x")
    m.membership_loaded([QueueInfo("c", logged_in=True)], NOW, complete=False)
    assert m.logged_in_queues == ("b", "c")
    m.membership_loaded([QueueInfo("c", logged_in=False)], NOW, complete=False)
    assert m.logged_in_queues == ("b",)


# ---- registration loss ----


def test_registration_loss_during_call_then_back() -> None:
    m = _on_call()
    assert m.registration_down(NOW).state is S.OFFLINE
    t = m.registration_up(NOW + 1)
    assert t.state is S.ON_CALL
    assert t.event == AgentStateChanged(state="on_call")


def test_queue_call_ends_while_offline_then_back() -> None:
    m = _on_call()
    m.registration_down(NOW)
    t = m.call_ended("c1", NOW + 1)
    assert t.state is S.OFFLINE
    assert t.effects == (PauseQueues(("sales", "support"), "acw"),)  # the controller still tries
    assert m.tick(NOW + 1000).state is S.OFFLINE  # no expiry while offline
    m.queue_paused("sales", "acw", NOW + 1)
    t = m.registration_up(NOW + 2)
    assert t.state is S.WRAPUP
    assert m.wrapup_remaining(NOW + 2) == pytest.approx(WRAP - 1)


def test_registration_loss_during_wrapup_restored_before_deadline() -> None:
    m = _wrapup()
    m.registration_down(NOW)
    t = m.registration_up(NOW + 5)
    assert (t.state, t.reason) == (S.WRAPUP, "acw")
    assert t.effects == ()
    assert t.event == AgentStateChanged(state="wrapup", reason="acw", wrapup_remaining=15.0)


def test_registration_loss_during_wrapup_deadline_passed() -> None:
    m = _wrapup()
    m.registration_down(NOW)
    assert not m.wrapup_end(NOW).ok  # cannot end while offline
    t = m.registration_up(NOW + 60)
    assert t.effects == (UnpauseQueues(("sales", "support")),)
    assert m.wrapup_deadline is None
    m.queue_unpaused("sales", NOW + 60)
    assert m.queue_unpaused("support", NOW + 60).state is S.AVAILABLE


def test_registration_loss_while_paused_restores_reason() -> None:
    m = _paused()
    m.registration_down(NOW)
    assert m.reason == ""
    t = m.registration_up(NOW)
    assert (t.state, t.reason) == (S.PAUSED, "lunch")
    assert t.event == AgentStateChanged(state="paused", reason="lunch")


def test_registration_loss_while_ringing_and_call_gone() -> None:
    m = _ringing()
    m.registration_down(NOW)
    m.call_ended("c1", NOW)
    assert m.registration_up(NOW).state is S.AVAILABLE
