"""The session: the async orchestrator between the agent (UI or headless) and the adapters.

Runs on the asyncio loop (the Qt thread under qasync, or a plain loop headless). Engine signals come in
through ``on_engine_event`` (already hopped onto the loop by the engine adapter); agent commands come in
as method calls; events go out to every subscriber. The call state machine (call_fsm) is the only place
a call's state changes; this class decides what to do about it (ring, audio, auto-answer, waiting).
"""

from __future__ import annotations

import asyncio
import dataclasses
import logging
import time
from collections.abc import Callable, Coroutine
from dataclasses import dataclass, field

from softphone.core import call_fsm
from softphone.core.agent import AgentMachine, AgentState, Transition
from softphone.core.answer_request import requested_answer_delay
from softphone.core.call_fsm import Call, CallCommandRefused
from softphone.core.dialing import DialError, to_sip_uri
from softphone.core.events import (
    CallConfirmed,
    CallDtmf,
    CallEnded,
    CallIncoming,
    CallOutgoing,
    CallStateChanged,
    CallTransferStatus,
    DtmfReceived,
    EngineSignal,
    ErrorEvent,
    Event,
    IncomingCall,
    MediaEvent,
    RegistrationChanged,
    Started,
    StatusReport,
    Stopped,
)
from softphone.core.models import AccountSpec, CallDirection, CallState, DtmfMethod, RegState
from softphone.core.ports import AudioService, SipEngine
from softphone.core.queues import (
    ActionReport,
    CallOutcome,
    FeatureCodes,
    PauseReasons,
    QueueController,
    QueueError,
)

log = logging.getLogger("softphone.session")

Listener = Callable[[Event], None]
TRANSFER_NOTIFY_WAIT = 5.0  # seconds after a REFER is accepted without a final NOTIFY: report it


class SessionError(Exception):
    """A command could not be carried out; ``code`` is stable, ``message`` is for people."""

    def __init__(self, code: str, message: str) -> None:
        super().__init__(message)
        self.code = code
        self.message = message


@dataclass
class SessionConfig:
    version: str = ""
    dtmf_method: DtmfMethod = DtmfMethod.RFC4733
    auto_answer: str = "off"  # off | all | queue | requested (when the INVITE asks: intercom, paging)
    auto_answer_delay: float = 0.0
    media_interval: float = 5.0  # seconds between `media` events during a call
    silent_call_timeout: float = 15.0  # a feature-code call that neither answers nor fails by then is a failure
    silent_call_linger: float = 5.0  # after the PBX answers a feature code, let its dialplan run this long
    ring_timeout: float = 120.0  # an unanswered incoming call is turned away (480) after this long; 0 = never
    no_media_timeout: float = 60.0  # a connected call with no RTP from the far end this long is dead; 0 = never
    wrapup_seconds: float = 0.0  # after-call work pause after a queue call (0 = off)
    wrapup_reason: str = "acw"  # pause reason code sent for wrap-up
    queue_codes: FeatureCodes = field(default_factory=FeatureCodes)
    pause_reasons: PauseReasons = field(default_factory=PauseReasons)
    queue_names: tuple[str, ...] = ()  # queues of a manual account (the chat server reports them otherwise)


@dataclass
class _Silent:
    future: asyncio.Future[CallOutcome]


@dataclass
class Session:
    engine: SipEngine
    config: SessionConfig = field(default_factory=SessionConfig)
    audio: AudioService | None = None
    clock: Callable[[], float] = time.monotonic

    def __post_init__(self) -> None:
        self.calls: dict[str, Call] = {}
        self.account: AccountSpec | None = None
        self.registration = RegistrationChanged(state=RegState.UNREGISTERED.value)
        self._listeners: list[Listener] = []
        self._silent: dict[str, _Silent] = {}
        self._silent_done: dict[str, CallOutcome] = {}
        self._tasks: set[asyncio.Task[object]] = set()
        self._auto_answer: dict[str, asyncio.TimerHandle] = {}
        self._far_audio: dict[str, tuple[int, float]] = {}  # call -> (RTP packets received, since when)
        self._transfer_watch: dict[str, asyncio.TimerHandle] = {}
        self._ring_timers: dict[str, asyncio.TimerHandle] = {}
        self._media_task: asyncio.Task[None] | None = None
        self._audio_running = False
        self._ringing = False
        self.stopped = asyncio.Event()
        self.agent = AgentMachine(wrapup_seconds=self.config.wrapup_seconds,
                                  wrapup_reason=self.config.wrapup_reason)
        self.queues = QueueController(self.agent, self.place_silent_call, self.emit, clock=self.clock,
                                      codes=self.config.queue_codes, reasons=self.config.pause_reasons,
                                      queues=self.config.queue_names)
        self._wrapup_task: asyncio.Task[None] | None = None

    # ---- wiring -------------------------------------------------------------------------------

    def subscribe(self, listener: Listener) -> None:
        self._listeners.append(listener)

    def emit(self, event: Event) -> None:
        for listener in list(self._listeners):
            try:
                listener(event)
            except Exception:  # a broken view must not take the phone down
                log.exception("event listener failed on %s", event.EVENT)

    def _spawn(self, coro: Coroutine[object, object, object], name: str) -> None:
        task: asyncio.Task[object] = asyncio.ensure_future(coro)
        task.set_name(name)
        self._tasks.add(task)
        task.add_done_callback(self._task_done)

    def _task_done(self, task: asyncio.Task[object]) -> None:
        self._tasks.discard(task)
        if task.cancelled():
            return
        exc = task.exception()
        if isinstance(exc, SessionError):
            self.emit(ErrorEvent(code=exc.code, message=exc.message, cmd=task.get_name()))
        elif exc is not None:
            log.error("background task %s failed", task.get_name(), exc_info=exc)
            self.emit(ErrorEvent(code="internal", message=f"{task.get_name()} failed: {exc}"))

    # ---- life cycle ---------------------------------------------------------------------------

    async def start(self, account: AccountSpec | None = None, password: str | None = None) -> None:
        bridge = self.audio.bridge() if self.audio is not None else None
        caps = await self.engine.start(self.on_engine_event, bridge)
        if self.audio is not None:  # the engine has no sound devices of its own; ours come through the bridge
            caps = dataclasses.replace(caps, sound_devices=bool(self.audio.devices()))
        self.emit(Started(version=self.config.version, capabilities=caps, account=account.aor if account else ""))
        if account is not None and password is not None:
            await self.register(account, password)
        elif account is None:
            self.emit(ErrorEvent(code="no-account", message="No SIP account is set up: run `softphone login` "
                                 "or `softphone account set`."))

    async def register(self, account: AccountSpec, password: str) -> None:
        self.account = account
        self.queues.domain = account.domain
        await self.engine.register(account, password)

    async def stop(self, reason: str = "quit") -> None:
        if self.stopped.is_set():
            return
        for timers in (self._auto_answer, self._transfer_watch, self._ring_timers):
            for handle in timers.values():
                handle.cancel()
            timers.clear()
        if self._media_task is not None:
            self._media_task.cancel()
        if self._wrapup_task is not None:
            self._wrapup_task.cancel()
        for call in list(self.calls.values()):
            if call.active:
                call.hangup_requested = True
                try:
                    await asyncio.wait_for(self.engine.hangup(call.call_id), 5)
                except Exception:  # shutting down: the engine's own shutdown hangs up what is left
                    log.warning("hang-up of %s on quit failed", call.call_id)
        self._stop_ringing()
        self._stop_audio()
        try:
            await asyncio.wait_for(self.engine.unregister(), 5)
        except Exception:
            log.warning("unregister on quit did not complete")
        await self.engine.shutdown()
        for task in list(self._tasks):
            task.cancel()
        self.emit(Stopped(reason=reason))
        self.stopped.set()

    # ---- engine events ------------------------------------------------------------------------

    def on_engine_event(self, event: Event | EngineSignal) -> None:
        if isinstance(event, RegistrationChanged):
            self.registration = event
            self.emit(event)
            now = self.clock()
            if event.state == RegState.REGISTERED.value:
                self._agent(self.agent.registration_up(now))
            elif event.state in (RegState.FAILED.value, RegState.UNREGISTERED.value):
                self._agent(self.agent.registration_down(now))
        elif isinstance(event, Event):
            self.emit(event)
        else:
            self._on_call_signal(event)

    def _on_call_signal(self, signal: EngineSignal) -> None:
        now = self.clock()
        if isinstance(signal, CallIncoming | CallOutgoing):
            if signal.call_id in self.calls:
                return
            call = call_fsm.new_call(signal, now)
            self.calls[signal.call_id] = call
            if isinstance(signal, CallIncoming):
                # call waiting: the agent is already in a call (not merely hearing another one ring)
                waiting = any(c.call_id != call.call_id and c.state is not CallState.RINGING
                              for c in self._visible_calls())
                self.emit(IncomingCall(call_id=call.call_id, from_=signal.remote_uri,
                                       display_name=signal.display_name, number=signal.number,
                                       queue=signal.queue, waiting=waiting))
                self._announce(CallStateChanged(call_id=call.call_id, state=call.state.value,
                                                direction=call.direction.value, peer=call.peer, queue=call.queue), call)
                self._start_ringing(waiting)
                self._maybe_auto_answer(call, waiting, requested_answer_delay(signal.headers))
                if self.config.ring_timeout > 0:  # a caller that never gives up must not ring forever
                    self._ring_timers[call.call_id] = asyncio.get_running_loop().call_later(
                        self.config.ring_timeout, self._ring_timed_out, call.call_id)
                self._agent(self.agent.call_ringing(call.call_id, now, queue=call.queue))
            else:
                self._announce(CallStateChanged(call_id=call.call_id, state=call.state.value,
                                                direction=call.direction.value, peer=call.peer), call)
            return
        call_or_none = self.calls.get(signal.call_id)
        if call_or_none is None:
            return
        call = call_or_none
        if isinstance(signal, CallDtmf):
            if not call.silent:
                self.emit(DtmfReceived(call_id=call.call_id, digit=signal.digit))
            return
        if isinstance(signal, CallTransferStatus):
            watch = self._transfer_watch.pop(call.call_id, None)
            if watch is not None:
                watch.cancel()
            if signal.final and 200 <= signal.code < 300:
                call.transferred = True  # the engine hangs the call up itself (it sees the far end's BYE race)
            elif signal.final:
                self.emit(ErrorEvent(code="transfer-failed", cmd="transfer",
                                     message=f"Transfer of call {call.call_id} failed: {signal.code} {signal.reason}"))
            elif signal.code < 300:
                # accepted (202) but the outcome comes in NOTIFYs, which some far ends never send
                self._transfer_watch[call.call_id] = asyncio.get_running_loop().call_later(
                    TRANSFER_NOTIFY_WAIT, self._transfer_unconfirmed, call.call_id, signal.code, signal.reason)
            return
        if isinstance(signal, CallEnded) and call.call_id in self._media_targets():
            self._spawn(self._final_media(call.call_id), f"media-final:{call.call_id}")
        change = call_fsm.apply(call, signal, now)
        if isinstance(signal, CallConfirmed) and call.silent:
            loop = asyncio.get_running_loop()
            loop.call_later(self.config.silent_call_linger, self._end_silent, call.call_id)
        if change is not None:
            self._announce(change, call)
            if not call.silent:
                self._agent_follow_call(call, change, now)
        if not call.active:
            self._finish(call)
        self._update_audio()

    # ---- agent state --------------------------------------------------------------------------

    def _agent_follow_call(self, call: Call, change: CallStateChanged, now: float) -> None:
        if change.state == CallState.CONNECTED.value and call.last_code == 200:
            if call.direction is CallDirection.INBOUND:
                self._agent(self.agent.call_answered(call.call_id, now))
            else:
                self._agent(self.agent.outgoing_connected(call.call_id, now))
        elif change.state == CallState.DISCONNECTED.value:
            self._agent(self.agent.call_ended(call.call_id, now))

    def _agent(self, transition: Transition) -> None:
        """Publish an agent transition and run its effects (wrap-up pauses) in the background."""
        if not transition.ok or (transition.event is None and not transition.effects):
            return
        self._spawn(self.queues.apply(transition), "agent")
        if self.agent.state is AgentState.WRAPUP and (self._wrapup_task is None or self._wrapup_task.done()):
            self._wrapup_task = asyncio.ensure_future(self._wrapup_ticker())

    async def _wrapup_ticker(self) -> None:
        """Ends wrap-up at its deadline (the deadline can move: extend, end early)."""
        while self.agent.state is AgentState.WRAPUP:
            remaining = self.agent.wrapup_remaining(self.clock())
            await asyncio.sleep(min(1.0, max(0.05, remaining)))
            await self.queues.tick()

    def _report(self, report: ActionReport) -> ActionReport:
        for error in report.errors:
            self.emit(ErrorEvent(code="queue-action-failed", message=error, cmd=report.action.value))
        return report

    async def _queue_action(self, coro: Coroutine[object, object, ActionReport]) -> ActionReport:
        try:
            return self._report(await coro)
        except QueueError as exc:
            raise SessionError("queue-error", str(exc)) from exc

    async def queue_login(self, target: str = "all") -> ActionReport:
        return await self._queue_action(self.queues.login(target))

    async def queue_logout(self, target: str = "all") -> ActionReport:
        return await self._queue_action(self.queues.logout(target))

    async def pause(self, target: str = "all", reason: str = "") -> ActionReport:
        return await self._queue_action(self.queues.pause(target, reason))

    async def unpause(self, target: str = "all") -> ActionReport:
        return await self._queue_action(self.queues.unpause(target))

    async def end_wrapup(self) -> None:
        transition = await self.queues.end_wrapup()
        if not transition.ok:
            raise SessionError("invalid-state", transition.error)

    async def extend_wrapup(self, seconds: float) -> None:
        transition = await self.queues.extend_wrapup(seconds)
        if not transition.ok:
            raise SessionError("invalid-state", transition.error)

    def _announce(self, change: CallStateChanged, call: Call) -> None:
        if not call.silent:  # feature-code calls are never shown, heard or logged
            self.emit(change)

    def _finish(self, call: Call) -> None:
        for timers in (self._auto_answer, self._transfer_watch, self._ring_timers):
            handle = timers.pop(call.call_id, None)
            if handle is not None:
                handle.cancel()
        if call.silent:
            silent = self._silent.pop(call.call_id, None)
            outcome = CallOutcome(answered=call.connected_at is not None, code=call.last_code,
                                    reason=call.last_reason)
            if silent is None:  # ended before place_silent_call learned its id
                self._silent_done[call.call_id] = outcome
            elif not silent.future.done():
                silent.future.set_result(outcome)
        del self.calls[call.call_id]
        self._far_audio.pop(call.call_id, None)

    def _ring_timed_out(self, call_id: str) -> None:
        self._ring_timers.pop(call_id, None)
        call = self.calls.get(call_id)
        if call is not None and call.state is CallState.RINGING:
            call.ring_timed_out = True
            self._spawn(self.engine.reject(call_id, 480), f"ring-timeout:{call_id}")

    def _transfer_unconfirmed(self, call_id: str, code: int, reason: str) -> None:
        self._transfer_watch.pop(call_id, None)
        call = self.calls.get(call_id)
        if call is None or not call.active:
            return
        self.emit(ErrorEvent(code="transfer-unconfirmed", cmd="transfer",
                             message=f"Transfer of call {call_id} was accepted ({code} {reason}) but the far end "
                             f"never reported how it went; the call stays as it is"))

    def _end_silent(self, call_id: str) -> None:
        call = self.calls.get(call_id)
        if call is not None and call.active:
            call.hangup_requested = True
            self._spawn(self.engine.hangup(call_id), f"silent-hangup:{call_id}")

    # ---- audio and ringing --------------------------------------------------------------------

    def _visible_calls(self) -> list[Call]:
        return [c for c in self.calls.values() if c.active and not c.silent]

    def _update_audio(self) -> None:
        calls = self._visible_calls()
        if not any(c.state is CallState.RINGING for c in calls):
            self._stop_ringing()
        talking = any(c.state in (CallState.CONNECTED, CallState.HELD, CallState.EARLY) for c in calls)
        if talking and not self._audio_running:
            self._audio_running = True
            if self.audio is not None:
                self.audio.start_call_audio()
            self._media_task = asyncio.ensure_future(self._media_loop())
        elif not talking and self._audio_running:
            self._stop_audio()

    def _stop_audio(self) -> None:
        if self._audio_running:
            self._audio_running = False
            if self.audio is not None:
                self.audio.stop_call_audio()
            if self._media_task is not None:
                self._media_task.cancel()
                self._media_task = None

    def _start_ringing(self, waiting: bool) -> None:
        if self.audio is not None:
            self.audio.start_ringing(waiting=waiting)
        self._ringing = True

    def _stop_ringing(self) -> None:
        if self._ringing:
            self._ringing = False
            if self.audio is not None:
                self.audio.stop_ringing()

    def _media_targets(self) -> list[str]:
        return [c.call_id for c in self._visible_calls() if c.connected_at is not None]

    async def _media_loop(self) -> None:
        while True:
            await asyncio.sleep(self.config.media_interval)
            for call_id in self._media_targets():
                stats = await self.engine.media_stats(call_id)
                if stats is not None:
                    self.emit(MediaEvent.from_stats(stats))
                    self._watch_far_audio(call_id, stats.rx_packets)

    def _watch_far_audio(self, call_id: str, rx_packets: int) -> None:
        """End a call whose far end has sent no RTP for ``no_media_timeout`` while neither side holds it: the
        PBX or the network is gone for good, and a call left "connected" would keep the agent from the queues
        (Asterisk's own rtp_timeout is off by default)."""
        call = self.calls.get(call_id)
        timeout = self.config.no_media_timeout
        if call is None or timeout <= 0:
            return
        now = self.clock()
        seen = self._far_audio.get(call_id)
        if (seen is None or rx_packets != seen[0] or call.state is not CallState.CONNECTED or call.local_hold
                or call.remote_hold):
            self._far_audio[call_id] = (rx_packets, now)  # audio flowing, or none expected: the clock restarts
            return
        if now - seen[1] < timeout or call.hangup_requested:
            return
        self.emit(ErrorEvent(code="no-media", message=f"No audio from the far end of call {call_id} for "
                             f"{now - seen[1]:.0f} s: the call was ended"))
        self._spawn(self.hangup(call_id), f"no-media:{call_id}")

    async def _final_media(self, call_id: str) -> None:
        stats = await self.engine.media_stats(call_id)
        if stats is not None:
            self.emit(MediaEvent.from_stats(stats, final=True))

    # ---- auto-answer --------------------------------------------------------------------------

    def _maybe_auto_answer(self, call: Call, waiting: bool, requested: float | None) -> None:
        """``requested``: the delay the INVITE asked to be answered after (core/answer_request.py), or None."""
        mode = self.config.auto_answer
        wanted = {"all": True, "queue": bool(call.queue), "requested": requested is not None}.get(mode, False)
        if waiting or not wanted:
            return
        delay = self.config.auto_answer_delay
        if mode == "requested":  # the agent's own delay stays the shortest ring, whatever the PBX asks
            delay = max(delay, requested or 0.0)
        loop = asyncio.get_running_loop()
        self._auto_answer[call.call_id] = loop.call_later(
            delay,
            lambda: self._spawn(self.answer(call.call_id), f"auto-answer:{call.call_id}"),
        )

    # ---- commands -----------------------------------------------------------------------------

    def _call(self, call_id: str | None, command: str, states: frozenset[CallState] | None = None) -> Call:
        """The call a command is about: the named one, or the one call for which the command makes sense."""
        if call_id:
            call = self.calls.get(str(call_id))
            if call is None or call.silent:
                raise SessionError("unknown-call", f"there is no call {call_id}")
        else:
            allowed = states if states is not None else call_fsm.ALLOWED[command]
            candidates = [c for c in self._visible_calls() if c.state in allowed]
            if not candidates:
                raise SessionError("no-call", f"there is no call to {command.replace('_', ' ')}")
            # the newest ringing call for answer/reject, else the newest call
            call = candidates[-1]
        try:
            call.check(command)
        except CallCommandRefused as exc:
            raise SessionError("invalid-state", str(exc)) from exc
        return call

    def _require_registered_account(self) -> AccountSpec:
        if self.account is None:
            raise SessionError("no-account", "no SIP account is set up")
        return self.account

    async def call(self, to: str) -> str:
        account = self._require_registered_account()
        try:
            uri = to_sip_uri(to, account.domain)
        except DialError as exc:
            raise SessionError("bad-address", str(exc)) from exc
        return await self.engine.make_call(uri)

    async def place_silent_call(self, uri: str) -> CallOutcome:
        """Dial a feature code nobody hears and nothing logs; resolve with how it ended."""
        loop = asyncio.get_running_loop()
        future: asyncio.Future[CallOutcome] = loop.create_future()
        call_id = await self.engine.make_call(uri, silent=True)
        done = self._silent_done.pop(call_id, None)
        if done is not None:
            return done
        entry = self._silent.setdefault(call_id, _Silent(future))
        try:
            return await asyncio.wait_for(asyncio.shield(entry.future), self.config.silent_call_timeout)
        except asyncio.TimeoutError:
            self._end_silent(call_id)
            return CallOutcome(answered=False, code=408, reason="the PBX did not answer the feature code")

    async def answer(self, call_id: str | None = None) -> None:
        call = self._call(call_id, "answer")
        handle = self._auto_answer.pop(call.call_id, None)
        if handle is not None:
            handle.cancel()
        # call waiting: answering puts the other connected call on hold
        for other in self._visible_calls():
            if other is not call and other.state is CallState.CONNECTED:
                await self.engine.hold(other.call_id)
        self._stop_ringing()
        await self.engine.answer(call.call_id)

    async def reject(self, call_id: str | None = None, code: int = 486) -> None:
        call = self._call(call_id, "reject")
        if code not in (486, 603, 480):
            raise SessionError("bad-argument", "reject code must be 486 (busy), 603 (decline) or 480")
        call.hangup_requested = True
        await self.engine.reject(call.call_id, code)

    async def hangup(self, call_id: str | None = None) -> None:
        call = self._call(call_id, "hangup")
        call.hangup_requested = True
        await self.engine.hangup(call.call_id)

    async def hold(self, call_id: str | None = None) -> None:
        await self.engine.hold(self._call(call_id, "hold").call_id)

    async def unhold(self, call_id: str | None = None) -> None:
        call = self._call(call_id, "unhold")
        for other in self._visible_calls():  # only one call talks at a time
            if other is not call and other.state is CallState.CONNECTED:
                await self.engine.hold(other.call_id)
        await self.engine.unhold(call.call_id)

    async def set_mute(self, muted: bool, call_id: str | None = None) -> None:
        call = self._call(call_id, "mute" if muted else "unmute")
        await self.engine.set_mute(call.call_id, muted)
        call.muted = muted

    async def dtmf(self, digits: str, call_id: str | None = None) -> None:
        digits = str(digits)
        if not digits or len(digits) > 64 or any(d not in "0123456789*#ABCDabcd" for d in digits):
            raise SessionError("bad-argument", "DTMF digits must be 0-9, *, # or A-D (at most 64)")
        call = self._call(call_id, "dtmf")
        await self.engine.send_dtmf(call.call_id, digits.upper(), self.config.dtmf_method)

    async def transfer(self, to: str, call_id: str | None = None) -> None:
        account = self._require_registered_account()
        call = self._call(call_id, "transfer")
        try:
            uri = to_sip_uri(to, account.domain)
        except DialError as exc:
            raise SessionError("bad-address", str(exc)) from exc
        await self.engine.transfer(call.call_id, uri)

    async def attended_transfer(self, call_id: str, target_call_id: str) -> None:
        call = self._call(call_id, "attended_transfer")
        target = self._call(target_call_id, "attended_transfer")
        if call is target:
            raise SessionError("bad-argument", "a call cannot be transferred to itself")
        await self.engine.attended_transfer(call.call_id, target.call_id)

    def status(self) -> StatusReport:
        now = self.clock()
        return StatusReport(
            registration=self.registration.state,
            agent_state=self.agent.state.value,
            calls=tuple(c.to_dict(now) for c in self._visible_calls()),
            account=self.account.aor if self.account else "",
        )

    def active_calls(self) -> list[Call]:
        return self._visible_calls()

    def has_call(self, call_id: str) -> bool:
        return call_id in self.calls and not self.calls[call_id].silent

    @property
    def registered(self) -> bool:
        return self.registration.state == RegState.REGISTERED.value
