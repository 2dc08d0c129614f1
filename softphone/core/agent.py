"""The agent state machine (DESIGN.md section 6): the only place agent state changes.

Pure and synchronous: every input is a method that takes the time (monotonic seconds) and returns a
``Transition`` (new state, effects to execute, the ``AgentStateChanged`` event to publish if anything
visible changed, or a rejection with a reason). Nothing here performs an action; the queue controller
(core.queues) executes the effects and feeds their results back as inputs.

The visible state is derived, in this order of precedence, from what the machine knows:
  offline   SIP registration is down (everything else is kept and comes back with the registration)
  on_call   any call is connected
  ringing   an incoming call is ringing
  wrapup    after a queue call, until the deadline (ended early, extended, or expired by ``tick``)
  paused    logged in to at least one queue and paused in every queue logged in to (reason = latest)
  available otherwise
Pausing only some queues leaves the agent available for the others, so the agent state stays available.

Wrap-up pauses the queues that were logged in and not paused (``PauseQueues`` with the after-call-work
reason) and, when it ends, unpauses those of them that are still paused for after-call work
(``UnpauseQueues``). A queue the agent pauses or unpauses by hand during wrap-up is left as the agent set it.
The agent state says ``paused`` until the PBX confirmed the unpause: a failed unpause leaves the agent
truly paused, and the state says so.

Silent feature-code calls must never be fed in as calls.
"""

from __future__ import annotations

import enum
import math
from collections.abc import Iterable, Mapping
from dataclasses import dataclass

from softphone.core.events import AgentStateChanged
from softphone.core.models import QueueInfo


class AgentState(str, enum.Enum):
    OFFLINE = "offline"
    AVAILABLE = "available"
    PAUSED = "paused"
    RINGING = "ringing"
    ON_CALL = "on_call"
    WRAPUP = "wrapup"


@dataclass(frozen=True)
class Member:
    """The agent's membership in one queue, as confirmed by the PBX."""

    logged_in: bool = False
    paused: bool = False
    reason: str = ""  # pause reason code, "" when not paused or paused without a reason


@dataclass(frozen=True)
class PauseQueues:
    """Effect: pause these queues with this reason code (wrap-up started)."""

    queues: tuple[str, ...]
    reason: str


@dataclass(frozen=True)
class UnpauseQueues:
    """Effect: unpause these queues (wrap-up ended)."""

    queues: tuple[str, ...]


Effect = PauseQueues | UnpauseQueues


@dataclass(frozen=True)
class Transition:
    ok: bool
    state: AgentState
    reason: str = ""
    effects: tuple[Effect, ...] = ()
    event: AgentStateChanged | None = None  # None when nothing visible changed (or rejected)
    error: str = ""  # why the input was rejected, for the user


class _Phase(enum.Enum):
    RINGING = "ringing"
    CONNECTED = "connected"


@dataclass
class _Call:
    phase: _Phase
    queue: str  # "" = not a queue call


MAX_WRAPUP_SECONDS = 4 * 3600.0


class AgentMachine:
    """The agent state machine. See the module docstring for the rules."""

    def __init__(self, *, wrapup_seconds: float = 0.0, wrapup_reason: str = "acw") -> None:
        self._wrapup_seconds = 0.0
        self.wrapup_seconds = wrapup_seconds
        self.wrapup_reason = wrapup_reason
        self._registered = False
        self._members: dict[str, Member] = {}
        self._calls: dict[str, _Call] = {}
        self._deadline: float | None = None
        self._wrapup_queues: list[str] = []  # queues this wrap-up paused (in order)
        self._last_pause_reason = ""

    # ---- configuration ----

    @property
    def wrapup_seconds(self) -> float:
        return self._wrapup_seconds

    @wrapup_seconds.setter
    def wrapup_seconds(self, seconds: float) -> None:
        if not math.isfinite(seconds) or seconds < 0 or seconds > MAX_WRAPUP_SECONDS:
            raise ValueError(f"wrap-up time must be between 0 and {MAX_WRAPUP_SECONDS:.0f} seconds, not {seconds}")
        self._wrapup_seconds = float(seconds)

    # ---- what the machine knows ----

    @property
    def registered(self) -> bool:
        return self._registered

    @property
    def state(self) -> AgentState:
        return self._visible()[0]

    @property
    def reason(self) -> str:
        return self._visible()[1]

    @property
    def wrapup_deadline(self) -> float | None:
        return self._deadline

    @property
    def members(self) -> Mapping[str, Member]:
        return dict(self._members)

    def member(self, queue: str) -> Member:
        return self._members.get(queue, Member())

    @property
    def logged_in_queues(self) -> tuple[str, ...]:
        return tuple(q for q, m in self._members.items() if m.logged_in)

    @property
    def active_calls(self) -> int:
        return len(self._calls)

    def wrapup_remaining(self, now: float) -> float:
        if self._deadline is None:
            return 0.0
        return max(0.0, self._deadline - now)

    def snapshot(self, now: float) -> AgentStateChanged:
        state, reason, _ = self._visible()
        remaining = self.wrapup_remaining(now) if state is AgentState.WRAPUP else 0.0
        return AgentStateChanged(state=state.value, reason=reason, wrapup_remaining=remaining)

    # ---- inputs: registration ----

    def registration_up(self, now: float) -> Transition:
        before = self._visible()
        self._registered = True
        effects: list[Effect] = []
        # A wrap-up that ran out while we were offline ends now.
        if self._deadline is not None and now >= self._deadline:
            effects.extend(self._end_wrapup())
        return self._done(before, now, effects)

    def registration_down(self, now: float) -> Transition:
        before = self._visible()
        self._registered = False
        return self._done(before, now, [])

    # ---- inputs: queue results (confirmed by the PBX or the chat server) ----

    def membership_loaded(self, queues: Iterable[QueueInfo], now: float, *, complete: bool = True) -> Transition:
        """The chat server's view of the agent's queues. ``complete``: queues not listed are not logged in.

        The server does not report the agent's own pause state, so a pause we know of is kept unless the
        server says the queue is paused (then its reason is taken).
        """
        before = self._visible()
        effects: list[Effect] = []
        listed: set[str] = set()
        for info in queues:
            if not info.name:
                continue
            listed.add(info.name)
            old = self._members.get(info.name, Member())
            if not info.logged_in:
                self._set_member(info.name, Member())
            elif info.paused:
                self._set_member(info.name, Member(True, True, info.reason))
            else:
                self._set_member(info.name, Member(True, old.paused and old.logged_in, old.reason))
                if not old.logged_in:
                    effects.extend(self._pause_for_wrapup(info.name))
        if complete:
            for name in list(self._members):
                if name not in listed and self._members[name].logged_in:
                    self._set_member(name, Member())
        return self._done(before, now, effects)

    def queue_logged_in(self, queue: str, now: float) -> Transition:
        if not queue:
            return self._reject("queue name is empty")
        before = self._visible()
        old = self._members.get(queue, Member())
        effects: list[Effect] = []
        if not old.logged_in:
            # A fresh queue member starts unpaused (app_queue's AddQueueMember).
            self._set_member(queue, Member(True, False, ""))
            effects.extend(self._pause_for_wrapup(queue))
        return self._done(before, now, effects)

    def queue_logged_out(self, queue: str, now: float) -> Transition:
        if not queue:
            return self._reject("queue name is empty")
        before = self._visible()
        self._set_member(queue, Member())
        return self._done(before, now, [])

    def queue_paused(self, queue: str, reason: str, now: float) -> Transition:
        if not queue:
            return self._reject("queue name is empty")
        before = self._visible()
        # The PBX accepted the pause, so the agent is a member of that queue.
        self._set_member(queue, Member(True, True, reason))
        if reason != self.wrapup_reason and queue in self._wrapup_queues:
            self._wrapup_queues.remove(queue)  # the agent chose another reason: keep it after wrap-up
        self._last_pause_reason = reason
        return self._done(before, now, [])

    def queue_unpaused(self, queue: str, now: float) -> Transition:
        if not queue:
            return self._reject("queue name is empty")
        before = self._visible()
        self._set_member(queue, Member(True, False, ""))
        if queue in self._wrapup_queues:
            self._wrapup_queues.remove(queue)
        return self._done(before, now, [])

    # ---- inputs: calls (never the silent feature-code calls) ----

    def call_ringing(self, call_id: str, now: float, *, queue: str = "") -> Transition:
        """An incoming call rings. ``queue``: the queue it came from, "" if it is not a queue call."""
        if not call_id:
            return self._reject("call id is empty")
        if call_id in self._calls:
            return self._reject(f"call {call_id} is already known")
        before = self._visible()
        self._calls[call_id] = _Call(_Phase.RINGING, queue)
        return self._done(before, now, [])

    def call_answered(self, call_id: str, now: float) -> Transition:
        call = self._calls.get(call_id)
        if call is None:
            return self._reject(f"call {call_id} is not ringing (unknown call)")
        if call.phase is not _Phase.RINGING:
            return self._reject(f"call {call_id} is already connected")
        before = self._visible()
        call.phase = _Phase.CONNECTED
        return self._done(before, now, [])

    def outgoing_connected(self, call_id: str, now: float) -> Transition:
        if not call_id:
            return self._reject("call id is empty")
        if call_id in self._calls:
            what = "ringing (answer it instead)" if self._calls[call_id].phase is _Phase.RINGING else "connected"
            return self._reject(f"call {call_id} is already {what}")
        before = self._visible()
        self._calls[call_id] = _Call(_Phase.CONNECTED, "")
        return self._done(before, now, [])

    def call_ended(self, call_id: str, now: float) -> Transition:
        """Any call ended (incoming or outgoing, answered or not). An unknown call id changes nothing:
        outgoing calls are only known once connected."""
        before = self._visible()
        call = self._calls.pop(call_id, None)
        effects: list[Effect] = []
        if call is not None and call.phase is _Phase.CONNECTED and call.queue and self._wrapup_seconds > 0:
            effects.extend(self._start_wrapup(now))
        return self._done(before, now, effects)

    # ---- inputs: wrap-up and time ----

    def tick(self, now: float) -> Transition:
        """Time passes. Ends a wrap-up whose deadline has come (not while offline: that waits for the
        registration to come back)."""
        before = self._visible()
        effects: list[Effect] = []
        if self._registered and self._deadline is not None and now >= self._deadline:
            effects.extend(self._end_wrapup())
        return self._done(before, now, effects)

    def wrapup_expired(self, now: float) -> Transition:
        return self.tick(now)

    def wrapup_end(self, now: float) -> Transition:
        """The agent ends wrap-up early."""
        if self._deadline is None:
            return self._reject("no wrap-up is in progress")
        if not self._registered:
            return self._reject("not registered: wrap-up can end once the phone is registered again")
        before = self._visible()
        return self._done(before, now, self._end_wrapup())

    def wrapup_extend(self, seconds: float, now: float) -> Transition:
        if self._deadline is None:
            return self._reject("no wrap-up is in progress")
        if not math.isfinite(seconds) or seconds <= 0:
            return self._reject(f"wrap-up can only be extended by a positive number of seconds, not {seconds}")
        deadline = max(self._deadline, now) + seconds
        if deadline - now > MAX_WRAPUP_SECONDS:
            return self._reject(f"wrap-up cannot last more than {MAX_WRAPUP_SECONDS:.0f} seconds from now")
        before = self._visible()
        self._deadline = deadline
        return self._done(before, now, [])

    # ---- internals ----

    def _set_member(self, queue: str, member: Member) -> None:
        if member == Member():
            self._members.pop(queue, None)
            if queue in self._wrapup_queues:
                self._wrapup_queues.remove(queue)
        else:
            self._members[queue] = member

    def _start_wrapup(self, now: float) -> list[Effect]:
        deadline = now + self._wrapup_seconds
        self._deadline = deadline if self._deadline is None else max(self._deadline, deadline)
        to_pause = [
            q for q, m in self._members.items() if m.logged_in and not m.paused and q not in self._wrapup_queues
        ]
        self._wrapup_queues.extend(to_pause)
        return [PauseQueues(tuple(to_pause), self.wrapup_reason)] if to_pause else []

    def _pause_for_wrapup(self, queue: str) -> list[Effect]:
        """A queue joined during wrap-up gets paused too, or it would deliver calls mid wrap-up."""
        if self._deadline is None or queue in self._wrapup_queues:
            return []
        self._wrapup_queues.append(queue)
        return [PauseQueues((queue,), self.wrapup_reason)]

    def _end_wrapup(self) -> list[Effect]:
        self._deadline = None
        to_unpause = tuple(
            q
            for q in self._wrapup_queues
            if (m := self._members.get(q)) is not None and m.logged_in and m.paused and m.reason == self.wrapup_reason
        )
        self._wrapup_queues = []
        return [UnpauseQueues(to_unpause)] if to_unpause else []

    def _visible(self) -> tuple[AgentState, str, float | None]:
        if not self._registered:
            return AgentState.OFFLINE, "", None
        phases = {c.phase for c in self._calls.values()}
        if _Phase.CONNECTED in phases:
            return AgentState.ON_CALL, "", None
        if _Phase.RINGING in phases:
            return AgentState.RINGING, "", None
        if self._deadline is not None:
            return AgentState.WRAPUP, self.wrapup_reason, self._deadline
        logged = [m for m in self._members.values() if m.logged_in]
        if logged and all(m.paused for m in logged):
            reasons = [m.reason for m in logged]
            reason = self._last_pause_reason if self._last_pause_reason in reasons else reasons[0]
            return AgentState.PAUSED, reason, None
        return AgentState.AVAILABLE, "", None

    def _done(self, before: tuple[AgentState, str, float | None], now: float, effects: list[Effect]) -> Transition:
        after = self._visible()
        event = self.snapshot(now) if after != before else None
        return Transition(ok=True, state=after[0], reason=after[1], effects=tuple(effects), event=event)

    def _reject(self, error: str) -> Transition:
        state, reason, _ = self._visible()
        return Transition(ok=False, state=state, reason=reason, error=error)
