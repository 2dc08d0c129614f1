"""Property-based test of the agent state machine: random input sequences keep the invariants."""

from __future__ import annotations

from hypothesis import settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, initialize, invariant, precondition, rule

from softphone.core.agent import AgentMachine, AgentState, PauseQueues, Transition, UnpauseQueues
from softphone.core.models import QueueInfo

QUEUES = st.sampled_from(["sales", "support", "billing"])
CALLS = st.sampled_from(["c1", "c2", "c3"])
REASONS = st.sampled_from(["", "lunch", "break", "acw"])
STEP = st.floats(min_value=0.0, max_value=40.0, allow_nan=False)


class AgentFsm(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.m = AgentMachine(wrapup_seconds=20.0, wrapup_reason="acw")
        self.now = 0.0
        self.reg = False
        self.last: Transition | None = None
        self.before: tuple[AgentState, str] = (AgentState.OFFLINE, "")
        self.pending_effects: list[PauseQueues | UnpauseQueues] = []

    @initialize(wrapup=st.sampled_from([0.0, 5.0, 20.0]))
    def configure(self, wrapup: float) -> None:
        self.m.wrapup_seconds = wrapup

    def _apply(self, t: Transition) -> None:
        self.last = t
        self.pending_effects.extend(t.effects)
        if not t.ok:
            assert t.error
            assert t.event is None and not t.effects
            assert (t.state, t.reason) == self.before
        if t.event is not None:
            assert t.event.state == t.state.value
            assert t.event.reason == t.reason
        self.before = (self.m.state, self.m.reason)

    @rule(dt=STEP)
    def time_passes(self, dt: float) -> None:
        self.now += dt
        self._apply(self.m.tick(self.now))

    @rule()
    def registration_up(self) -> None:
        self.reg = True
        self._apply(self.m.registration_up(self.now))

    @rule()
    def registration_down(self) -> None:
        self.reg = False
        self._apply(self.m.registration_down(self.now))

    @rule(q=QUEUES)
    def logged_in(self, q: str) -> None:
        self._apply(self.m.queue_logged_in(q, self.now))

    @rule(q=QUEUES)
    def logged_out(self, q: str) -> None:
        self._apply(self.m.queue_logged_out(q, self.now))

    @rule(q=QUEUES, reason=REASONS)
    def paused(self, q: str, reason: str) -> None:
        self._apply(self.m.queue_paused(q, reason, self.now))

    @rule(q=QUEUES)
    def unpaused(self, q: str) -> None:
        self._apply(self.m.queue_unpaused(q, self.now))

    @rule(qs=st.lists(QUEUES, unique=True), paused=st.booleans())
    def loaded(self, qs: list[str], paused: bool) -> None:
        infos = [QueueInfo(q, logged_in=True, paused=paused, reason="srv" if paused else "") for q in qs]
        self._apply(self.m.membership_loaded(infos, self.now))

    @rule(c=CALLS, q=st.sampled_from(["", "sales"]))
    def ringing(self, c: str, q: str) -> None:
        self._apply(self.m.call_ringing(c, self.now, queue=q))

    @rule(c=CALLS)
    def answered(self, c: str) -> None:
        self._apply(self.m.call_answered(c, self.now))

    @rule(c=CALLS)
    def outgoing(self, c: str) -> None:
        self._apply(self.m.outgoing_connected(c, self.now))

    @rule(c=CALLS)
    def ended(self, c: str) -> None:
        self._apply(self.m.call_ended(c, self.now))

    @rule()
    def end_wrapup(self) -> None:
        self._apply(self.m.wrapup_end(self.now))

    @rule(s=st.floats(min_value=-10, max_value=100) | st.just(float("nan")))
    def extend_wrapup(self, s: float) -> None:
        self._apply(self.m.wrapup_extend(s, self.now))

    @precondition(lambda self: bool(self.pending_effects))
    @rule(succeed=st.booleans())
    def execute_effect(self, succeed: bool) -> None:
        """What the queue controller does: run the oldest effect; the PBX accepts or refuses it."""
        effect = self.pending_effects.pop(0)
        if not succeed:
            return
        for q in effect.queues:
            if isinstance(effect, PauseQueues):
                self._apply(self.m.queue_paused(q, effect.reason, self.now))
            else:
                self._apply(self.m.queue_unpaused(q, self.now))

    @invariant()
    def state_is_valid(self) -> None:
        assert isinstance(self.m.state, AgentState)
        assert self.m.snapshot(self.now).state in {s.value for s in AgentState}

    @invariant()
    def offline_iff_registration_down(self) -> None:
        assert (self.m.state is AgentState.OFFLINE) == (not self.reg)
        assert self.m.registered == self.reg

    @invariant()
    def wrapup_has_a_deadline(self) -> None:
        if self.m.state is AgentState.WRAPUP:
            assert self.m.wrapup_deadline is not None
            assert self.m.reason == "acw"
            assert self.m.snapshot(self.now).wrapup_remaining >= 0

    @invariant()
    def paused_has_queues(self) -> None:
        if self.m.state is AgentState.PAUSED:
            logged = [m for m in self.m.members.values() if m.logged_in]
            assert logged and all(m.paused for m in logged)

    @invariant()
    def no_wrapup_without_the_setting(self) -> None:
        if self.m.wrapup_seconds == 0:
            assert self.m.wrapup_deadline is None


AgentFsm.TestCase.settings = settings(max_examples=300, stateful_step_count=40, deadline=None)
TestAgentFsm = AgentFsm.TestCase
