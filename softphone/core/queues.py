"""Queue (ACD) actions as feature-code calls, pause reasons, queue load, and the refresh budget.

Rocket.Chat reports queue membership and load but never changes it (DESIGN.md section 6), so log in,
log out, pause and unpause are silent calls to feature codes that the customer's Asterisk dialplan maps to
AddQueueMember / RemoveQueueMember / PauseQueueMember / UnpauseQueueMember. The codes are templates:
``{queue}`` is the queue name, ``{reason}`` (or ``{reason_code}``) the pause reason code. When no reason
is given, ``{reason}`` and one ``*`` right before it are left out (``*47{queue}*{reason}`` -> ``*47sales``).

The agent state machine (core.agent) decides; ``QueueController`` executes its effects and feeds the
results back. The name ``all`` is reserved for "every queue".
"""

from __future__ import annotations

import asyncio
import enum
import re
import string
from collections import deque
from collections.abc import Awaitable, Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass

from softphone.core.agent import AgentMachine, Effect, PauseQueues, Transition, UnpauseQueues
from softphone.core.events import ErrorEvent, Event, QueueChanged
from softphone.core.models import QueueInfo

ALL = "all"
MAX_CODE_LENGTH = 64  # a dialled user part; long enough for any sane code
_DIALABLE = re.compile(r"[0-9*#A-Za-z_-]+")
_NAME = re.compile(r"[0-9A-Za-z_-]{1,48}")  # no '*' or '#': they separate fields in the codes


class QueueError(ValueError):
    """A queue request that cannot be carried out; the message is for the user."""


class QueueAction(str, enum.Enum):
    LOGIN = "login"
    LOGOUT = "logout"
    PAUSE = "pause"
    UNPAUSE = "unpause"


_VERB = {
    QueueAction.LOGIN: "log in to",
    QueueAction.LOGOUT: "log out of",
    QueueAction.PAUSE: "pause",
    QueueAction.UNPAUSE: "unpause",
}


def _shown(text: str, limit: int = 40) -> str:
    """Quote user input for a message: repr (control characters visible), shortened."""
    return repr(text if len(text) <= limit else text[:limit] + "...")


def validate_queue_name(name: str) -> str:
    if not name:
        raise QueueError("The queue name is empty.")
    if name.lower() == ALL:
        raise QueueError("'all' means every queue and cannot be used as a queue name here.")
    if not _NAME.fullmatch(name):
        raise QueueError(
            f"The queue name {_shown(name)} cannot be dialled: use 1-48 characters from A-Z, a-z, 0-9, '-' and '_'."
        )
    return name


def validate_reason_code(code: str) -> str:
    if not _NAME.fullmatch(code):
        raise QueueError(
            f"The pause reason code {_shown(code)} cannot be dialled: "
            "use 1-48 characters from A-Z, a-z, 0-9, '-' and '_'."
        )
    return code


_FIELDS = {
    QueueAction.LOGIN: {"queue"},
    QueueAction.LOGOUT: {"queue"},
    QueueAction.PAUSE: {"queue", "reason", "reason_code"},
    QueueAction.UNPAUSE: {"queue"},
}


def _parse(template: str, action: QueueAction) -> list[tuple[str, str | None]]:
    """Split a template into (literal, field) pairs, checking every part."""
    where = f"The {action.value} feature code template {_shown(template)}"
    try:
        parts = list(string.Formatter().parse(template))
    except ValueError as exc:
        raise QueueError(f"{where} is malformed ({exc}); write placeholders as {{queue}}.") from None
    out: list[tuple[str, str | None]] = []
    queue_fields = 0
    reason_fields = 0
    for literal, field, spec, conversion in parts:
        if literal and not _DIALABLE.fullmatch(literal):
            raise QueueError(f"{where} has characters that cannot be dialled: only 0-9, *, #, A-Z, a-z, - and _.")
        if field is not None:
            if field not in _FIELDS[action] or spec or conversion:
                allowed = ", ".join("{" + f + "}" for f in sorted(_FIELDS[action]))
                raise QueueError(f"{where} has an unknown placeholder {{{field}}}: allowed are {allowed}.")
            queue_fields += field == "queue"
            reason_fields += field != "queue"
        out.append((literal, field))
    if queue_fields != 1:
        raise QueueError(f"{where} must contain {{queue}} exactly once.")
    if reason_fields > 1:
        raise QueueError(f"{where} may contain the reason only once.")
    return out


def validate_template(template: str, action: QueueAction) -> str:
    _parse(template, action)
    return template


def template_has_reason(template: str) -> bool:
    return any(f in ("reason", "reason_code") for _, f in _parse(template, QueueAction.PAUSE))


@dataclass(frozen=True)
class FeatureCodes:
    """The four feature-code templates (settings / IT policy). Validated on construction."""

    login: str = "*45{queue}"
    logout: str = "*46{queue}"
    pause: str = "*47{queue}*{reason}"
    unpause: str = "*48{queue}"

    def __post_init__(self) -> None:
        for action in QueueAction:
            validate_template(self.template(action), action)

    def template(self, action: QueueAction) -> str:
        return str(getattr(self, action.value))

    def render(self, action: QueueAction, queue: str, reason: str = "") -> str:
        """The code to dial. The reason is only used when the pause template has ``{reason}``."""
        validate_queue_name(queue)
        if reason:
            validate_reason_code(reason)
        code = ""
        for literal, field in _parse(self.template(action), action):
            code += literal
            if field == "queue":
                code += queue
            elif field is not None:
                if reason:
                    code += reason
                elif code.endswith("*"):
                    code = code[:-1]  # no reason: drop its separator too
        if not _DIALABLE.fullmatch(code) or len(code) > MAX_CODE_LENGTH:
            raise QueueError(
                f"The {action.value} code for queue {_shown(queue)} would be {_shown(code)}, which cannot be dialled "
                f"(at most {MAX_CODE_LENGTH} characters from 0-9, *, #, A-Z, a-z, - and _)."
            )
        return code


# ---- pause reasons ----


@dataclass(frozen=True)
class PauseReason:
    code: str  # sent in the feature code and shown in events
    label: str  # shown to the agent

    def __post_init__(self) -> None:
        validate_reason_code(self.code)
        if not self.label.strip():
            raise QueueError(f"The pause reason {self.code!r} needs a label.")


DEFAULT_PAUSE_REASONS = (
    PauseReason("break", "Break"),
    PauseReason("lunch", "Lunch"),
    PauseReason("training", "Training"),
    PauseReason("acw", "After-call work"),
)


class PauseReasons:
    """The configured pause reasons, looked up by code or label (case-insensitive)."""

    def __init__(self, reasons: Iterable[PauseReason] = DEFAULT_PAUSE_REASONS) -> None:
        self._reasons = tuple(reasons)
        codes = [r.code.lower() for r in self._reasons]
        dupes = sorted({c for c in codes if codes.count(c) > 1})
        if dupes:
            raise QueueError(f"Pause reason codes must be unique: {', '.join(dupes)} appear more than once.")

    @classmethod
    def parse(cls, items: Iterable[str]) -> PauseReasons:
        """From settings lines ``code=Label`` (``code`` alone uses the code as label)."""
        reasons = []
        for item in items:
            code, _, label = item.partition("=")
            reasons.append(PauseReason(code.strip(), label.strip() or code.strip()))
        return cls(reasons)

    def __iter__(self) -> Iterator[PauseReason]:
        return iter(self._reasons)

    def __len__(self) -> int:
        return len(self._reasons)

    def find(self, text: str) -> PauseReason | None:
        """The reason for a code or label; None for "" (pause without a reason). Unknown -> QueueError."""
        wanted = text.strip()
        if not wanted:
            return None
        for r in self._reasons:
            if r.code == wanted:
                return r
        folded = wanted.casefold()
        for r in self._reasons:
            if r.code.casefold() == folded or r.label.casefold() == folded:
                return r
        known = ", ".join(f"{r.code} ({r.label})" for r in self._reasons) or "none are configured"
        raise QueueError(f"Unknown pause reason {_shown(wanted)}. Known reasons: {known}.")

    def label(self, code: str) -> str:
        for r in self._reasons:
            if r.code == code:
                return r.label
        return code


# ---- targets ----


def expand_target(
    target: str, action: QueueAction, *, known: Sequence[str], logged_in: Sequence[str]
) -> tuple[str, ...]:
    """One queue, or ``all``: every known queue for log in, every logged-in queue for the rest."""
    name = target.strip()
    if name.lower() != ALL:
        return (validate_queue_name(name),)
    if action is QueueAction.LOGIN:
        if not known:
            raise QueueError("No queues are known yet: name the queue to log in to.")
        return tuple(known)
    if not logged_in:
        raise QueueError(f"You are not logged in to any queue, so there is nothing to {action.value}.")
    return tuple(logged_in)


# ---- outcomes ----


@dataclass(frozen=True)
class CallOutcome:
    """How a silent feature-code call ended."""

    answered: bool
    code: int = 0  # final SIP status (200 when answered and ended normally), 0 = no response
    reason: str = ""

    @property
    def ok(self) -> bool:
        return self.answered or 200 <= self.code < 300

    def why(self) -> str:
        if self.code:
            return f"the PBX answered {self.code} {self.reason}".rstrip()
        return f"the call failed ({self.reason or 'no response from the PBX'})"


PlaceSilentCall = Callable[[str], Awaitable[CallOutcome]]
"""Places a silent call (never heard, never in history) to a URI and returns once it has ended."""

QueueSink = Callable[[Event], None]


@dataclass(frozen=True)
class ActionResult:
    queue: str
    action: QueueAction
    ok: bool
    dialled: str  # the feature code
    reason: str = ""  # pause reason code
    error: str = ""


@dataclass(frozen=True)
class ActionReport:
    action: QueueAction
    results: tuple[ActionResult, ...]

    @property
    def ok(self) -> bool:
        return all(r.ok for r in self.results)

    @property
    def errors(self) -> tuple[str, ...]:
        return tuple(r.error for r in self.results if not r.ok)


@dataclass(frozen=True)
class QueueView:
    """One queue as the agent sees it: own membership plus the load the chat server reports."""

    name: str
    logged_in: bool = False
    paused: bool = False
    reason: str = ""
    callers: int = 0
    holdtime: int = 0
    members_logged_in: int = 0
    members_available: int = 0
    longest_hold: int = 0

    def event(self) -> QueueChanged:
        return QueueChanged(
            name=self.name, logged_in=self.logged_in, paused=self.paused, reason=self.reason,
            callers=self.callers, holdtime=self.holdtime, members_logged_in=self.members_logged_in,
            members_available=self.members_available, longest_hold=self.longest_hold,
        )


# ---- refresh budget ----


class RefreshPlanner:
    """When to fetch queue load next, within the chat server's rate limit.

    The limit is per route and client address (default 10 calls / 60 s) and other clients behind the same
    address may use it too, so we keep ``reserve`` calls of each window for them. A refresh is wanted right
    after every queue action and otherwise every ``interval`` seconds; it is never sent sooner than the
    sliding window allows, nor before a 429's wait is over.
    """

    def __init__(self, *, limit: int = 10, window: float = 60.0, reserve: int = 2, interval: float = 30.0) -> None:
        if limit < 1 or window <= 0 or interval <= 0 or reserve < 0:
            raise ValueError("rate limit, window and interval must be positive")
        self.limit = limit
        self.window = window
        self.budget = max(1, limit - reserve)
        self.interval = interval
        self._sent: deque[float] = deque()
        self._wanted = True  # the first refresh happens at once
        self._last: float | None = None
        self._blocked_until = float("-inf")

    def request(self) -> None:
        """Something changed (a queue action): refresh as soon as the budget allows."""
        self._wanted = True

    def next_refresh(self, now: float) -> float:
        while self._sent and self._sent[0] <= now - self.window:
            self._sent.popleft()
        desired = now if self._wanted or self._last is None else self._last + self.interval
        earliest = self._blocked_until
        if len(self._sent) >= self.budget:
            earliest = max(earliest, self._sent[len(self._sent) - self.budget] + self.window)
        return max(desired, earliest)

    def record(self, now: float) -> None:
        """A refresh request was sent."""
        self._sent.append(now)
        self._last = now
        self._wanted = False

    def observe(self, now: float, *, remaining: int | None = None, reset_in: float | None = None) -> None:
        """The server's X-RateLimit-Remaining / -Reset (converted to seconds from now)."""
        if remaining is not None and reset_in is not None and remaining <= self.limit - self.budget:
            self._blocked_until = max(self._blocked_until, now + max(0.0, reset_in))

    def too_many(self, now: float, retry_after: float | None = None) -> None:
        """The server answered 429: wait as long as it says (a whole window if it does not say)."""
        wait = self.window if retry_after is None else max(0.0, retry_after)
        self._blocked_until = max(self._blocked_until, now + wait)
        self._wanted = True


# ---- the controller ----


class QueueController:
    """Carries out queue actions and the agent machine's effects; publishes queue and agent events.

    Actions are serialized. Each action on several queues runs per queue in order and reports each;
    a refused code leaves that queue's membership and the agent state as they were.
    """

    def __init__(
        self,
        agent: AgentMachine,
        place_silent_call: PlaceSilentCall,
        sink: QueueSink,
        *,
        clock: Callable[[], float],
        codes: FeatureCodes | None = None,
        reasons: PauseReasons | None = None,
        domain: str = "",
        queues: Sequence[str] = (),
        planner: RefreshPlanner | None = None,
    ) -> None:
        self.agent = agent
        self._place = place_silent_call
        self._sink = sink
        self._clock = clock
        self.codes = codes or FeatureCodes()
        self.reasons = reasons or PauseReasons()
        self.domain = domain
        self.planner = planner or RefreshPlanner()
        self._configured = tuple(validate_queue_name(q) for q in queues)
        self._load: dict[str, QueueInfo] = {}
        self._lock = asyncio.Lock()

    # ---- views ----

    def known_queues(self) -> tuple[str, ...]:
        """Configured queues first, then those the chat server reports, then any we joined by name."""
        names = dict.fromkeys(self._configured)
        names.update(dict.fromkeys(self._load))
        names.update(dict.fromkeys(self.agent.members))
        return tuple(names)

    def view(self, name: str) -> QueueView:
        m = self.agent.member(name)
        info = self._load.get(name, QueueInfo(name))
        return QueueView(
            name=name, logged_in=m.logged_in, paused=m.paused, reason=m.reason, callers=info.callers,
            holdtime=info.holdtime, members_logged_in=info.members_logged_in,
            members_available=info.members_available, longest_hold=info.longest_hold,
        )

    def views(self) -> tuple[QueueView, ...]:
        return tuple(self.view(q) for q in self.known_queues())

    def uri_for(self, code: str) -> str:
        """The request URI of a feature-code call ('#' must be escaped in a SIP user part)."""
        user = code.replace("#", "%23")
        return f"sip:{user}@{self.domain}" if self.domain else user

    # ---- inputs from the chat server and the session ----

    async def load(self, infos: Iterable[QueueInfo], *, complete: bool = True) -> None:
        """Queue membership and load from the chat server. Publishes the queues that changed and runs any
        effect (a queue joined elsewhere during wrap-up gets paused)."""
        infos = list(infos)
        async with self._lock:
            before = {q: self.view(q) for q in self.known_queues()}
            fresh = {i.name: i for i in infos if i.name}
            self._load = fresh if complete else {**self._load, **fresh}
            t = self.agent.membership_loaded(infos, self._clock(), complete=complete)
            for q in self.known_queues():
                view = self.view(q)
                if before.get(q) != view:
                    self._sink(view.event())
            await self._apply(t)

    async def apply(self, transition: Transition) -> None:
        """Publish a transition the session got from the agent machine (calls, registration) and run its
        effects (wrap-up pauses/unpauses)."""
        async with self._lock:
            await self._apply(transition)

    async def tick(self) -> Transition:
        async with self._lock:
            t = self.agent.tick(self._clock())
            await self._apply(t)
            return t

    async def end_wrapup(self) -> Transition:
        async with self._lock:
            t = self.agent.wrapup_end(self._clock())
            await self._apply(t)
            return t

    async def extend_wrapup(self, seconds: float) -> Transition:
        async with self._lock:
            t = self.agent.wrapup_extend(seconds, self._clock())
            await self._apply(t)
            return t

    # ---- actions ----

    async def login(self, target: str) -> ActionReport:
        return await self._action(QueueAction.LOGIN, target)

    async def logout(self, target: str) -> ActionReport:
        return await self._action(QueueAction.LOGOUT, target)

    async def pause(self, target: str, reason: str = "") -> ActionReport:
        """Pause one queue or all, with a reason code or label from the configured list ("" = none)."""
        return await self._action(QueueAction.PAUSE, target, reason)

    async def unpause(self, target: str) -> ActionReport:
        return await self._action(QueueAction.UNPAUSE, target)

    async def _action(self, action: QueueAction, target: str, reason_text: str = "") -> ActionReport:
        """Raises QueueError (nothing dialled) for a bad request; otherwise reports every queue."""
        reason = ""
        if action is QueueAction.PAUSE:
            found = self.reasons.find(reason_text)
            reason = found.code if found else ""
        async with self._lock:
            if not self.agent.registered:
                raise QueueError(f"Cannot {_VERB[action]} queues while the phone is not registered.")
            queues = expand_target(
                target, action, known=self.known_queues(), logged_in=self.agent.logged_in_queues
            )
            codes = [self.codes.render(action, q, reason) for q in queues]  # all valid before dialling any
            results = [await self._run(action, q, code, reason) for q, code in zip(queues, codes, strict=True)]
            self.planner.request()
            return ActionReport(action, tuple(results))

    async def _run(self, action: QueueAction, queue: str, code: str, reason: str) -> ActionResult:
        try:
            outcome = await self._place(self.uri_for(code))
        except Exception as exc:  # the engine's failure becomes this queue's error, not a crash
            outcome = CallOutcome(False, 0, str(exc) or type(exc).__name__)
        if not outcome.ok:
            error = f"Could not {_VERB[action]} queue '{queue}': {outcome.why()}"
            return ActionResult(queue, action, False, code, reason, error)
        now = self._clock()
        if action is QueueAction.LOGIN:
            t = self.agent.queue_logged_in(queue, now)
        elif action is QueueAction.LOGOUT:
            t = self.agent.queue_logged_out(queue, now)
        elif action is QueueAction.PAUSE:
            t = self.agent.queue_paused(queue, reason, now)
        else:
            t = self.agent.queue_unpaused(queue, now)
        self._sink(self.view(queue).event())
        await self._apply(t)
        return ActionResult(queue, action, True, code, reason)

    async def _apply(self, t: Transition) -> None:
        self._publish(t)
        for effect in t.effects:
            await self._execute(effect)

    def _publish(self, t: Transition) -> None:
        if t.event is not None:
            self._sink(t.event)

    async def _execute(self, effect: Effect) -> None:
        if isinstance(effect, PauseQueues):
            action, reason = QueueAction.PAUSE, effect.reason
        elif isinstance(effect, UnpauseQueues):
            action, reason = QueueAction.UNPAUSE, ""
        for q in effect.queues:
            try:
                code = self.codes.render(action, q, reason)
            except QueueError as exc:
                self._sink_error(str(exc))
                continue
            result = await self._run(action, q, code, reason)
            if not result.ok:
                self._sink_error(result.error)
        if effect.queues:
            self.planner.request()

    def _sink_error(self, message: str) -> None:
        self._sink(ErrorEvent(code="queue_action_failed", message=message))
