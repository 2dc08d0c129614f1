"""Feature-code templates, pause reasons, targets, the refresh budget and the queue controller (with a fake
silent-call placer and a fake clock)."""

from __future__ import annotations

import asyncio
from collections.abc import Coroutine
from typing import Any, TypeVar

import pytest
from hypothesis import given
from hypothesis import strategies as st

from softphone.core.agent import AgentMachine, AgentState, Member
from softphone.core.events import AgentStateChanged, ErrorEvent, Event, QueueChanged
from softphone.core.models import QueueInfo
from softphone.core.queues import (
    CallOutcome,
    FeatureCodes,
    PauseReason,
    PauseReasons,
    QueueAction,
    QueueController,
    QueueError,
    RefreshPlanner,
    expand_target,
    template_has_reason,
    validate_queue_name,
    validate_template,
)

T = TypeVar("T")
A = QueueAction


def run(coro: Coroutine[Any, Any, T]) -> T:
    return asyncio.run(asyncio.wait_for(coro, timeout=10))


# ---- templates ----


def test_default_codes() -> None:
    fc = FeatureCodes()
    assert fc.render(A.LOGIN, "sales") == "*45sales"
    assert fc.render(A.LOGOUT, "sales") == "*46sales"
    assert fc.render(A.PAUSE, "sales", "lunch") == "*47sales*lunch"
    assert fc.render(A.PAUSE, "sales") == "*47sales"  # no reason: its separator goes too
    assert fc.render(A.UNPAUSE, "sales") == "*48sales"


def test_reason_only_when_template_has_it() -> None:
    fc = FeatureCodes(pause="*47{queue}")
    assert not template_has_reason(fc.pause)
    assert fc.render(A.PAUSE, "sales", "lunch") == "*47sales"
    fc = FeatureCodes(pause="#9{reason_code}#{queue}")
    assert template_has_reason(fc.pause)
    assert fc.render(A.PAUSE, "700", "2") == "#92#700"


@pytest.mark.parametrize(
    ("template", "action", "match"),
    [
        ("*45", A.LOGIN, "exactly once"),
        ("*45{queue}{queue}", A.LOGIN, "exactly once"),
        ("*45{queue}*{reason}", A.LOGIN, "unknown placeholder"),
        ("*47{queue}{reason}{reason_code}", A.PAUSE, "only once"),
        ("*45 {queue}", A.LOGIN, "cannot be dialled"),
        ("*45{queue};x=1", A.LOGIN, "cannot be dialled"),
        ("sip:*45{queue}@pbx", A.LOGIN, "cannot be dialled"),
        ("*45{queue", A.LOGIN, "malformed"),
        ("*45{queue!r}", A.LOGIN, "unknown placeholder"),
        ("*45{queue:>5}", A.LOGIN, "unknown placeholder"),
        ("*45{0}", A.LOGIN, "unknown placeholder"),
        ("*45{queue}\u00e9", A.LOGIN, "cannot be dialled"),
    ],
)
def test_bad_templates(template: str, action: QueueAction, match: str) -> None:
    with pytest.raises(QueueError, match=match):
        validate_template(template, action)
    with pytest.raises(QueueError, match=match):
        FeatureCodes(**{action.value: template})


@pytest.mark.parametrize(
    "name",
    ["sa les", "sales;x", "sales@pbx", "s\u00e4les", "\u0663\u0664", "a*b", "a#b", "", "x" * 49, "q\n", "all", "ALL",
     "../etc", "a.b", "\x00"],
)
def test_hostile_queue_names(name: str) -> None:
    with pytest.raises(QueueError) as info:
        FeatureCodes().render(A.LOGIN, name)
    message = str(info.value)
    assert "\n" not in message and "\x00" not in message
    assert len(message) < 200


def test_long_name_shortened_in_message() -> None:
    with pytest.raises(QueueError, match=r"\.\.\.") as info:
        validate_queue_name("y" * 5000)
    assert len(str(info.value)) < 200


def test_rendered_code_too_long() -> None:
    fc = FeatureCodes(pause="*47" + "0" * 20 + "{queue}*{reason}")
    with pytest.raises(QueueError, match="at most 64"):
        fc.render(A.PAUSE, "q" * 40, "r" * 10)


@given(st.text(max_size=80))
def test_any_queue_name_renders_dialable_or_is_refused(name: str) -> None:
    try:
        code = FeatureCodes().render(A.PAUSE, name, "lunch")
    except QueueError:
        return
    assert code == f"*47{name}*lunch"
    assert all(c in "0123456789*#_-" or (c.isascii() and c.isalpha()) for c in code)


# ---- reasons and targets ----


def test_pause_reasons_lookup() -> None:
    rs = PauseReasons()
    assert rs.find("lunch") == PauseReason("lunch", "Lunch")
    assert rs.find("After-call work") == PauseReason("acw", "After-call work")
    assert rs.find("  LUNCH ") == PauseReason("lunch", "Lunch")
    assert rs.find("") is None
    with pytest.raises(QueueError, match=r"Unknown pause reason 'nap'. Known reasons: break \(Break\)"):
        rs.find("nap")
    assert rs.label("acw") == "After-call work" and rs.label("zz") == "zz"
    assert [r.code for r in PauseReasons.parse(["1=Coffee", "2"])] == ["1", "2"]
    assert PauseReasons.parse(["2"]).label("2") == "2"


def test_pause_reasons_validated() -> None:
    with pytest.raises(QueueError, match="unique"):
        PauseReasons([PauseReason("a", "A"), PauseReason("A", "B")])
    with pytest.raises(QueueError, match="cannot be dialled"):
        PauseReason("a b", "x")
    with pytest.raises(QueueError, match="label"):
        PauseReason("a", " ")


def test_expand_target() -> None:
    known, logged = ("sales", "support", "billing"), ("sales", "support")
    assert expand_target("sales", A.PAUSE, known=known, logged_in=logged) == ("sales",)
    assert expand_target("all", A.LOGIN, known=known, logged_in=logged) == known
    assert expand_target(" ALL ", A.PAUSE, known=known, logged_in=logged) == logged
    with pytest.raises(QueueError, match="not logged in to any queue"):
        expand_target("all", A.UNPAUSE, known=known, logged_in=())
    with pytest.raises(QueueError, match="No queues are known"):
        expand_target("all", A.LOGIN, known=(), logged_in=())
    with pytest.raises(QueueError, match="cannot be dialled"):
        expand_target("sales;evil", A.LOGIN, known=known, logged_in=logged)


# ---- refresh planner ----


def test_refresh_right_after_action_within_budget() -> None:
    p = RefreshPlanner(limit=10, window=60, reserve=2, interval=30)
    assert p.budget == 8
    assert p.next_refresh(0) == 0  # first refresh at once
    p.record(0)
    assert p.next_refresh(1) == 30  # then every interval
    t = 1.0
    for _ in range(7):
        p.request()
        assert p.next_refresh(t) == t  # right after each action
        p.record(t)
        t += 1
    # 8 sent within the window: the next waits until the oldest leaves it
    p.request()
    assert p.next_refresh(t) == 60.0
    p.record(60.0)
    p.request()
    assert p.next_refresh(60.5) == 61.0


@given(st.lists(st.floats(min_value=0, max_value=5, allow_nan=False), min_size=1, max_size=60))
def test_refresh_never_exceeds_budget(gaps: list[float]) -> None:
    p = RefreshPlanner(limit=10, window=60, reserve=2, interval=30)
    now = 0.0
    sent: list[float] = []
    for gap in gaps:
        now += gap
        p.request()
        when = max(now, p.next_refresh(now))
        p.record(when)
        sent.append(when)
        now = when
    for i, t in enumerate(sent):
        assert sum(1 for s in sent[i:] if s < t + 60) <= p.budget


def test_refresh_backs_off_on_429_and_low_remaining() -> None:
    p = RefreshPlanner()
    p.record(0)
    p.too_many(1, retry_after=37)
    assert p.next_refresh(2) == 38
    p.record(38)
    p.observe(40, remaining=1, reset_in=20)
    p.request()
    assert p.next_refresh(41) == 60
    p.too_many(61)  # no Retry-After: a whole window
    assert p.next_refresh(61) == 121
    with pytest.raises(ValueError):
        RefreshPlanner(limit=0)


# ---- controller ----


class FakePbx:
    """Records every dialled URI; answers 200 unless told otherwise for a code."""

    def __init__(self) -> None:
        self.dialled: list[str] = []
        self.refuse: dict[str, CallOutcome] = {}
        self.raise_for: set[str] = set()

    async def place(self, uri: str) -> CallOutcome:
        self.dialled.append(uri)
        await asyncio.sleep(0)
        code = uri.removeprefix("sip:").split("@")[0]
        if code in self.raise_for:
            raise RuntimeError("transport closed")
        return self.refuse.get(code, CallOutcome(answered=True, code=200, reason="OK"))


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _controller(wrapup: float = 0.0, queues: tuple[str, ...] = ("sales", "support")) -> tuple[
    QueueController, FakePbx, list[Event], Clock
]:
    pbx, events, clock = FakePbx(), [], Clock()
    agent = AgentMachine(wrapup_seconds=wrapup)
    agent.registration_up(clock())
    ctl = QueueController(agent, pbx.place, events.append, clock=clock, domain="pbx.test", queues=queues)
    return ctl, pbx, events, clock


def test_one_queue_sequence() -> None:
    ctl, pbx, events, _ = _controller()

    async def go() -> None:
        assert (await ctl.login("sales")).ok
        assert (await ctl.pause("sales", "Lunch")).ok
        assert (await ctl.unpause("sales")).ok
        assert (await ctl.logout("sales")).ok

    run(go())
    assert pbx.dialled == ["sip:*45sales@pbx.test", "sip:*47sales*lunch@pbx.test", "sip:*48sales@pbx.test",
                           "sip:*46sales@pbx.test"]
    queue_events = [e for e in events if isinstance(e, QueueChanged)]
    assert [(e.logged_in, e.paused, e.reason) for e in queue_events] == [
        (True, False, ""), (True, True, "lunch"), (True, False, ""), (False, False, "")]
    assert [e.state for e in events if isinstance(e, AgentStateChanged)] == ["paused", "available"]


def test_all_queues_sequence() -> None:
    ctl, pbx, events, _ = _controller()

    async def go() -> None:
        r = await ctl.login("all")
        assert [x.queue for x in r.results] == ["sales", "support"] and r.ok
        await ctl.pause("all", "break")
        assert ctl.agent.state is AgentState.PAUSED and ctl.agent.reason == "break"
        await ctl.unpause("all")
        await ctl.logout("all")

    run(go())
    assert [u.split("@")[0] for u in pbx.dialled] == [
        "sip:*45sales", "sip:*45support", "sip:*47sales*break", "sip:*47support*break",
        "sip:*48sales", "sip:*48support", "sip:*46sales", "sip:*46support"]
    assert ctl.agent.logged_in_queues == ()
    assert [e.state for e in events if isinstance(e, AgentStateChanged)] == ["paused", "available"]


@pytest.mark.parametrize(("outcome", "why"), [
    (CallOutcome(False, 404, "Not Found"), "the PBX answered 404 Not Found"),
    (CallOutcome(False, 503, "Service Unavailable"), "the PBX answered 503 Service Unavailable"),
    (CallOutcome(False, 0, ""), "the call failed (no response from the PBX)"),
])
def test_refused_code_leaves_state_unchanged(outcome: CallOutcome, why: str) -> None:
    ctl, pbx, events, _ = _controller()
    pbx.refuse["*45sales"] = outcome
    report = run(ctl.login("sales"))
    assert not report.ok
    assert report.errors == (f"Could not log in to queue 'sales': {why}",)
    assert ctl.agent.member("sales") == Member()
    assert events == []

    run(ctl.login("support"))
    pbx.refuse["*47support*lunch"] = outcome
    events.clear()
    report = run(ctl.pause("support", "lunch"))
    assert report.errors == (f"Could not pause queue 'support': {why}",)
    assert ctl.agent.member("support") == Member(True, False, "")
    assert ctl.agent.state is AgentState.AVAILABLE and events == []


def test_all_reports_each_queue() -> None:
    ctl, pbx, _, _ = _controller()
    pbx.refuse["*45sales"] = CallOutcome(False, 503, "Service Unavailable")
    report = run(ctl.login("all"))
    assert [(r.queue, r.ok) for r in report.results] == [("sales", False), ("support", True)]
    assert ctl.agent.logged_in_queues == ("support",)


def test_engine_exception_is_a_queue_error() -> None:
    ctl, pbx, _, _ = _controller()
    pbx.raise_for.add("*45sales")
    report = run(ctl.login("sales"))
    assert report.errors == ("Could not log in to queue 'sales': the call failed (transport closed)",)


def test_bad_requests_dial_nothing() -> None:
    ctl, pbx, _, _ = _controller()
    for coro_factory, match in [
        (lambda: ctl.login("sa les"), "cannot be dialled"),
        (lambda: ctl.pause("all", "lunch"), "not logged in to any queue"),
        (lambda: ctl.pause("sales", "nap"), "Unknown pause reason"),
    ]:
        with pytest.raises(QueueError, match=match):
            run(coro_factory())
    ctl.agent.registration_down(0)
    with pytest.raises(QueueError, match="not registered"):
        run(ctl.login("sales"))
    assert pbx.dialled == []


def test_hash_escaped_in_uri() -> None:
    pbx, events, clock = FakePbx(), [], Clock()
    agent = AgentMachine()
    agent.registration_up(0)
    ctl = QueueController(agent, pbx.place, events.append, clock=clock, codes=FeatureCodes(login="#45{queue}"))
    run(ctl.login("sales"))
    assert pbx.dialled == ["%2345sales"]  # no domain: the bare code for the engine to complete
    ctl.domain = "pbx"
    assert ctl.uri_for("#1*2") == "sip:%231*2@pbx"


def test_action_requests_refresh() -> None:
    ctl, _, _, clock = _controller()
    ctl.planner.record(clock())
    assert ctl.planner.next_refresh(clock()) > clock()
    run(ctl.login("sales"))
    assert ctl.planner.next_refresh(clock()) == clock()


def test_load_publishes_changes_only() -> None:
    ctl, _, events, _ = _controller()
    infos = [QueueInfo("sales", logged_in=True, callers=3, holdtime=12), QueueInfo("vip", logged_in=True)]
    run(ctl.load(infos))
    assert [(e.name, e.logged_in, e.callers, e.holdtime) for e in events if isinstance(e, QueueChanged)] == [
        ("sales", True, 3, 12), ("vip", True, 0, 0)]
    assert ctl.known_queues() == ("sales", "support", "vip")
    assert ctl.view("sales").callers == 3
    events.clear()
    run(ctl.load(infos))
    assert events == []


def test_wrapup_pause_and_unpause_sequence() -> None:
    ctl, pbx, events, clock = _controller(wrapup=30)

    async def go() -> None:
        await ctl.login("all")
        pbx.dialled.clear()
        events.clear()
        agent = ctl.agent
        await ctl.apply(agent.call_ringing("c1", clock(), queue="sales"))
        await ctl.apply(agent.call_answered("c1", clock()))
        clock.now += 60
        await ctl.apply(agent.call_ended("c1", clock()))
        assert agent.state is AgentState.WRAPUP
        assert [u.split("@")[0] for u in pbx.dialled] == ["sip:*47sales*acw", "sip:*47support*acw"]
        clock.now += 29
        await ctl.tick()
        assert agent.state is AgentState.WRAPUP and len(pbx.dialled) == 2
        clock.now += 1
        t = await ctl.tick()
        assert t.state is AgentState.PAUSED  # before the unpause results came in
        assert [u.split("@")[0] for u in pbx.dialled[2:]] == ["sip:*48sales", "sip:*48support"]
        assert agent.state is AgentState.AVAILABLE

    run(go())
    states = [(e.state, e.reason, e.wrapup_remaining) for e in events if isinstance(e, AgentStateChanged)]
    assert states == [("ringing", "", 0.0), ("on_call", "", 0.0), ("wrapup", "acw", 30.0), ("paused", "acw", 0.0),
                      ("available", "", 0.0)]


def test_wrapup_ended_early_and_extended() -> None:
    ctl, pbx, _, clock = _controller(wrapup=30)

    async def go() -> None:
        await ctl.login("sales")
        agent = ctl.agent
        await ctl.apply(agent.call_ringing("c1", clock(), queue="sales"))
        await ctl.apply(agent.call_answered("c1", clock()))
        await ctl.apply(agent.call_ended("c1", clock()))
        t = await ctl.extend_wrapup(60)
        assert t.ok and agent.wrapup_remaining(clock()) == 90
        clock.now += 5
        t = await ctl.end_wrapup()
        assert t.ok
        assert agent.state is AgentState.AVAILABLE
        assert not (await ctl.end_wrapup()).ok

    run(go())
    assert [u.split("@")[0] for u in pbx.dialled] == ["sip:*45sales", "sip:*47sales*acw", "sip:*48sales"]


def test_failed_wrapup_unpause_reports_and_stays_paused() -> None:
    ctl, pbx, events, clock = _controller(wrapup=10)

    async def go() -> None:
        await ctl.login("sales")
        agent = ctl.agent
        await ctl.apply(agent.outgoing_connected("x", clock()))  # not a queue call: no wrap-up
        await ctl.apply(agent.call_ended("x", clock()))
        assert agent.state is AgentState.AVAILABLE
        await ctl.apply(agent.call_ringing("c1", clock(), queue="sales"))
        await ctl.apply(agent.call_answered("c1", clock()))
        await ctl.apply(agent.call_ended("c1", clock()))
        pbx.refuse["*48sales"] = CallOutcome(False, 503, "Service Unavailable")
        clock.now += 10
        await ctl.tick()

    run(go())
    assert ctl.agent.state is AgentState.PAUSED and ctl.agent.reason == "acw"
    errors = [e for e in events if isinstance(e, ErrorEvent)]
    assert [e.message for e in errors] == ["Could not unpause queue 'sales': the PBX answered 503 Service Unavailable"]
