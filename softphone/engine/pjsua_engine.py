"""The SIP/media engine over pjsua2 (DESIGN.md sections 2, 3 and 8).

One thread of ours calls ``libCreate()`` and so is pjsua2's main thread; every pjsua2 call, object creation and
deletion happens on it (``mainThreadOnly``, no pjsua worker threads, RTP shares the SIP ioqueue). The thread sits
in ``libHandleEvents`` (sockets + pjsip timers) for up to a second when idle; a command from the asyncio side is
a closure on a queue plus a CRLF keep-alive datagram to our own UDP SIP socket, which pjsip ignores but which
wakes the poll at once. The media clock (null sound device) runs only while a call has audio.

Out of the engine: pjsua2 callbacks copy what they need into ``core.events`` objects and hand them to the sink
with ``loop.call_soon_threadsafe``; anything that would call back into pjsua2 is deferred to run right after the
callback returns. No pj object leaves this module.
"""

from __future__ import annotations

import asyncio
import ctypes
import gc
import heapq
import itertools
import logging
import os
import queue
import random
import socket
import sys
import threading
import time
import weakref
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any, TypeVar

import pjsua2 as pj

from softphone.core import quality
from softphone.core.call_rate import CallStartBudget
from softphone.core.events import (
    CallConfirmed,
    CallDtmf,
    CallEnded,
    CallIncoming,
    CallMediaChanged,
    CallOutgoing,
    CallProgress,
    CallTransferStatus,
    EngineSignal,
    ErrorEvent,
    Event,
    RegistrationChanged,
)
from softphone.core.models import (
    AccountSpec,
    Capabilities,
    DtmfMethod,
    EngineError,
    EngineOptions,
    MediaStats,
    RegState,
    SrtpMode,
    Transport,
)
from softphone.core.ports import EventSink, MediaBridge
from softphone.engine.probe import ProbeResult, RegistrarProbe
from softphone.engine.request_gate import RequestGate
from softphone.engine.siptext import (
    Backoff,
    caller_info,
    is_unreachable,
    normalize_target,
    parse_headers,
    registration_reason,
    valid_dtmf,
)

log = logging.getLogger("softphone.engine")
pjlog = logging.getLogger("softphone.engine.pjsua")

T = TypeVar("T")

SYSTEM_CA_FILE = "/etc/ssl/certs/ca-certificates.crt"
IDLE_WAIT_MS = 1000  # longest sleep in libHandleEvents with nothing pending (pjsip's own timers cut it short)
SLEEP_DETECT_SEC = 5.0  # a clock gap this long between two turns of the engine loop means the computer slept
CALL_BUDGET_WAIT_SEC = 10.0  # longest an outgoing call waits for the call-start budget (core/call_rate.py)
CALL_WAIT_MS = 20  # while calls exist: RTP arrives every 20 ms anyway
HOLD_BUSY_RETRY_S = 0.3  # a hold asked for while another offer/answer is in flight is tried again this soon
HOLD_MAX_TRIES = 8
PJ_EBUSY, PJ_EINVALIDOP, PJSIP_EPENDINGTX = 70011, 70013, 171061  # pj_status_t values pjsua refuses a re-INVITE with
PROBE_INTERVAL_SEC = 2.0  # reachability probes while the registrar is down
# A registrar that answers "busy" (500/503/504) is up, so the reachability probe cannot tell when it recovers:
# retry at least this often (with jitter, so a floor of agents does not come back in step).
BUSY_RETRY_MAX_SEC = (6.0, 9.0)
UNREGISTER_TIMEOUT_SEC = 5.0
COMMAND_TIMEOUT_SEC = 15.0
SO_ATTACH_FILTER = 26  # Linux; a socket filter on a listening TCP socket also sees (and can drop) its SYNs

# Call objects still alive at shutdown (never destroyed: see _teardown).
_leaked: list[Any] = []

# pjsua2's Endpoint is a singleton: a new one while the last still exists aborts the process.
_last_endpoint: weakref.ref[Any] | None = None

# Call ids are ours and unique over the process (pjsua reuses its own 0, 1, 2, ...).
_call_ids = itertools.count(1)


class _CallBudgetSpent(Exception):
    """Raised on the engine thread when the call-start budget is spent; make_call waits and tries again."""

    def __init__(self, wait_s: float) -> None:
        super().__init__(f"call-start budget spent for {wait_s:.2f} s")
        self.wait_s = wait_s


def _suspend_offset() -> float:
    """A clock that runs on while the computer sleeps, minus one that stops (time.monotonic): it grows by the time
    spent asleep. CLOCK_BOOTTIME on Linux; elsewhere the wall clock (a manual clock change also counts as sleep,
    which costs one needless REGISTER)."""
    boottime = getattr(time, "CLOCK_BOOTTIME", None)
    now = time.clock_gettime(boottime) if boottime is not None else time.time()
    return now - time.monotonic()


def _pj_error_text(err: BaseException) -> str:
    info = getattr(err, "info", None)
    if callable(info):
        try:
            return str(info())
        except Exception:  # pragma: no cover - defensive
            pass
    reason = getattr(err, "reason", "")
    return str(reason or err)


class _LogWriter(pj.LogWriter):  # type: ignore[misc]  # SWIG class
    def write(self, entry: Any) -> None:
        level = entry.level
        msg = entry.msg.rstrip()
        if level <= 1:
            pjlog.error(msg)
        elif level <= 2:
            pjlog.warning(msg)
        elif level <= 3:
            pjlog.info(msg)
        else:
            pjlog.debug(msg)


class _Endpoint(pj.Endpoint):  # type: ignore[misc]  # SWIG class
    def __init__(self, engine: PjsuaEngine) -> None:
        super().__init__()
        self._engine = engine

    def onTransportState(self, prm: Any) -> None:  # noqa: N802 - pjsua2 name
        tls_error = ""
        try:
            tls = prm.tlsInfo
            if not tls.isEmpty() and tls.verifyStatus != 0:
                msgs = [str(m) for m in tls.verifyMsgs]
                tls_error = "; ".join(msgs) or "the server certificate could not be verified"
        except Exception:  # pragma: no cover - tlsInfo missing on non-TLS transports in some builds
            tls_error = ""
        self._engine._on_transport_state(int(prm.state), tls_error, int(prm.lastError))


class _Account(pj.Account):  # type: ignore[misc]  # SWIG class
    def __init__(self, engine: PjsuaEngine) -> None:
        super().__init__()
        self._engine = engine

    def onRegState(self, prm: Any) -> None:  # noqa: N802
        self._engine._on_reg_state(int(prm.code), str(prm.reason), int(prm.expiration), int(prm.status))

    def onIncomingCall(self, prm: Any) -> None:  # noqa: N802
        try:
            raw = str(prm.rdata.wholeMsg)
        except Exception:  # pragma: no cover
            raw = ""
        self._engine._on_incoming_call(self, int(prm.callId), raw)

    def onIncomingSubscribe(self, prm: Any) -> None:  # noqa: N802
        # No one needs this phone's presence (an agent's state lives in the queues), and pjsua accepts every
        # subscription by default: each then holds memory for its whole Expires (3,000 took 140 MB) and has the
        # phone send NOTIFYs to whatever address the request names.
        prm.code = 403
        prm.reason = "Forbidden"


class _Call(pj.Call):  # type: ignore[misc]  # SWIG class
    def __init__(self, engine: PjsuaEngine, our_id: str, acc: pj.Account, call_id: int = pj.PJSUA_INVALID_ID) -> None:
        super().__init__(acc, call_id)
        self._engine: PjsuaEngine | None = engine
        self.our_id = our_id

    def onCallState(self, prm: Any) -> None:  # noqa: N802
        if self._engine is not None:
            self._engine._on_call_state(self)

    def onCallMediaState(self, prm: Any) -> None:  # noqa: N802
        if self._engine is not None:
            self._engine._on_call_media_state(self)

    def onDtmfDigit(self, prm: Any) -> None:  # noqa: N802
        if self._engine is not None:
            self._engine._emit(CallDtmf(self.our_id, str(prm.digit)))

    def onStreamDestroyed(self, prm: Any) -> None:  # noqa: N802
        # the last moment the stream's counters exist: keep them for the end-of-call `media` report
        if self._engine is not None:
            self._engine._keep_final_stats(self.our_id)

    def onCallTransferStatus(self, prm: Any) -> None:  # noqa: N802
        final = bool(prm.finalNotify)
        if self._engine is None:
            return
        self._engine._on_transfer_status(self, int(prm.statusCode), str(prm.reason), final)
        prm.cont = not final

    def onCallTransferRequest(self, prm: Any) -> None:  # noqa: N802
        # Being transferred by the far end would make pjsua create a call we do not own: decline it.
        prm.statusCode = 603

    def onCallSdpCreated(self, prm: Any) -> None:  # noqa: N802
        video = getattr(self._engine, "_video", None)
        if video is not None:  # video beside pjsua2: engine/video_hooks.py
            video.on_sdp_created(self.our_id, prm)

    def onCallTsxState(self, prm: Any) -> None:  # noqa: N802
        if self._engine is not None:
            self._engine._on_call_tsx_state(self, prm)
        video = getattr(self._engine, "_video", None)
        if video is not None:
            video.on_tsx_state(self.our_id, prm)

    def onCallRxOffer(self, prm: Any) -> None:  # noqa: N802
        video = getattr(self._engine, "_video", None)
        if video is not None:
            video.on_rx_offer(self.our_id)


class _BridgePort(pj.AudioMediaPort):  # type: ignore[misc]  # SWIG class
    """The conference-bridge end of the media bridge: 16 kHz mono frames to/from core.ports.MediaBridge."""

    def __init__(self, bridge: MediaBridge) -> None:
        super().__init__()
        self._bridge = bridge
        self._frame_bytes = int(bridge.samples_per_frame) * 2
        self._tx = pj.ByteVector(self._frame_bytes)
        self._tx_view = self._view_of(self._tx, self._frame_bytes)
        self._array_types: dict[int, Any] = {}

    @staticmethod
    def _data_address(vec: Any) -> int:
        # std::vector<unsigned char>: the first word of the object is its data pointer (libstdc++ and MSVC).
        return int(ctypes.c_void_p.from_address(int(vec.this)).value or 0)

    def _view_of(self, vec: Any, size: int) -> memoryview:
        arr = (ctypes.c_char * size).from_address(self._data_address(vec))
        return memoryview(arr).cast("B")

    def onFrameReceived(self, frame: Any) -> None:  # noqa: N802
        size = int(frame.size)
        if size <= 0:
            return  # the first frames can be empty
        buf = frame.buf
        addr = self._data_address(buf)
        if not addr:
            return
        atype = self._array_types.get(size)
        if atype is None:
            atype = self._array_types[size] = ctypes.c_char * size
        try:
            self._bridge.far_end_frame(memoryview(atype.from_address(addr)).cast("B"))
        except Exception:  # never let an audio bug kill the clock thread
            pass

    def onFrameRequested(self, frame: Any) -> None:  # noqa: N802
        try:
            have = self._bridge.near_end_frame(self._tx_view)
        except Exception:
            have = False
        if not have:
            ctypes.memset(self._data_address(self._tx), 0, self._frame_bytes)
        frame.type = pj.PJMEDIA_FRAME_TYPE_AUDIO
        frame.buf = self._tx
        frame.size = self._frame_bytes


@dataclass
class _CallRecord:
    our_id: str
    call: _Call
    outbound: bool
    silent: bool = False
    remote_uri: str = ""
    muted: bool = False
    local_end: bool = False
    ended: bool = False
    confirmed: bool = False
    answered: bool = False  # 200 sent: a still-pending 180 must not follow it
    audio: Any = None  # pj.AudioMedia of the call while connected to our port / the null device
    audio_source: Any = None
    audio_sink: Any = None
    hold_state: tuple[bool, bool, bool] = (False, False, False)
    transfer_hangup: bool = False
    media_failed: bool = False  # the answer's media could not be used (e.g. plain RTP while SRTP is mandatory)
    hold_wanted: bool | None = None  # the agent's hold/unhold until the far end accepted its re-INVITE
    hold_tries: int = 0
    hold_timer: _Timer | None = None


@dataclass(order=True)
class _Timer:
    due: float
    seq: int
    fn: Callable[[], None] = field(compare=False)
    cancelled: bool = field(default=False, compare=False)


class PjsuaEngine:
    """core.ports.SipEngine over pjsua2. Create it on the asyncio loop's thread; every method is a coroutine.

    Extra to the port: ``options`` (read-only), ``thread_name``, ``call_ids()`` (live call ids, for tests and
    diagnostics) and ``registration_state``.
    """

    thread_name = "pjsua-engine"

    def __init__(self, options: EngineOptions | None = None, loop: asyncio.AbstractEventLoop | None = None) -> None:
        self.options = options or EngineOptions()
        self._loop = loop
        self._sink: EventSink | None = None
        self._bridge: MediaBridge | None = None
        self._commands: queue.SimpleQueue[Callable[[], None]] = queue.SimpleQueue()
        self._thread: threading.Thread | None = None
        self._wake_sock: socket.socket | None = None
        self._wake_addr: tuple[Any, ...] | None = None
        self._capabilities: Capabilities | None = None
        self._closed = False
        # --- engine-thread state (touched only on the engine thread) ---
        self._ep: _Endpoint | None = None
        self._log_writer: _LogWriter | None = None
        self._transports: dict[Transport, int] = {}
        self._sip_port = 0  # the UDP transport's local port once started
        self._tls_ca = ""
        self._acc: _Account | None = None
        self._account: AccountSpec | None = None
        self._srtp_mode = SrtpMode.OFF
        self._reg_state = RegState.UNREGISTERED.value
        self._reg_code = 0
        self._reg_reason = ""
        self._unregistering = False
        self._unreg_waiters: list[Callable[[], None]] = []
        self._tls_error = ""
        self._tls_error_at = 0.0
        self._backoff = Backoff(self.options.retry_min_sec, self.options.retry_max_sec)
        self._retry_timer: _Timer | None = None
        self._probe: RegistrarProbe | None = None
        self._probe_timer: _Timer | None = None
        self._probe_mode = ""  # "" | "alive" (registered, UDP) | "down" (waiting to retry)
        self._probe_saw_down = False
        self._probe_misses = 0
        self._calls: dict[str, _CallRecord] = {}
        self._final_stats: dict[str, MediaStats | None] = {}  # last stats of ended calls, for the final report
        self._port: _BridgePort | None = None
        self._null_dev_on = False
        self._timers: list[_Timer] = []
        self._timer_seq = itertools.count()
        # New calls, ours and the far ends', share one budget that keeps pjsip's socket table from running out
        # (core/call_rate.py); incoming INVITEs over it are refused before pjsua opens sockets for them.
        self._call_budget = CallStartBudget()
        self._request_gate = RequestGate(self._call_budget)
        self._deferred: list[Callable[[], None]] = []
        self._stop_requested = False
        self._suspend_seen = _suspend_offset()

    # ------------------------------------------------------------------ asyncio side

    def _get_loop(self) -> asyncio.AbstractEventLoop:
        if self._loop is None:
            self._loop = asyncio.get_running_loop()
        return self._loop

    async def _submit(self, fn: Callable[[], T], timeout: float = COMMAND_TIMEOUT_SEC) -> T:
        if self._thread is None or not self._thread.is_alive():
            raise EngineError("the SIP engine is not running")
        loop = self._get_loop()
        fut: asyncio.Future[T] = loop.create_future()

        def job() -> None:
            try:
                result = fn()
            except BaseException as exc:  # noqa: BLE001 - handed to the awaiting coroutine
                if isinstance(exc, pj.Error):
                    exc = EngineError(_pj_error_text(exc))
                loop.call_soon_threadsafe(_set_exception, fut, exc)
            else:
                loop.call_soon_threadsafe(_set_result, fut, result)

        self._commands.put(job)
        self._wake()
        return await asyncio.wait_for(fut, timeout)

    def _wake(self) -> None:
        sock, addr = self._wake_sock, self._wake_addr
        if sock is None or addr is None:
            return
        try:
            sock.sendto(b"\r\n\r\n", addr)
        except OSError:
            pass  # the poll times out on its own

    async def start(self, sink: EventSink, bridge: MediaBridge | None = None) -> Capabilities:
        if self._thread is not None:
            raise EngineError("the SIP engine is already started")
        loop = self._get_loop()
        self._sink = sink
        self._bridge = bridge
        started: asyncio.Future[Capabilities] = loop.create_future()

        def on_started(caps: Capabilities | None, error: BaseException | None) -> None:
            if error is not None:
                loop.call_soon_threadsafe(_set_exception, started, error)
            else:
                loop.call_soon_threadsafe(_set_result, started, caps)

        self._thread = threading.Thread(target=self._thread_main, args=(on_started,), name=self.thread_name,
                                        daemon=True)
        self._thread.start()
        caps = await asyncio.wait_for(started, 30)
        self._capabilities = caps
        return caps

    async def register(self, account: AccountSpec, password: str) -> None:
        """Create (or replace) the account and send REGISTER. The outcome arrives as RegistrationChanged."""
        await self._submit(lambda: self._do_register(account, password))

    async def unregister(self) -> None:
        """REGISTER with expires=0 and wait (up to 5 s) for the answer; the account is then removed."""
        loop = self._get_loop()
        done: asyncio.Future[None] = loop.create_future()

        def notify() -> None:
            loop.call_soon_threadsafe(_set_result, done, None)

        waiting = await self._submit(lambda: self._do_unregister(notify))
        if waiting:
            try:
                await asyncio.wait_for(asyncio.shield(done), UNREGISTER_TIMEOUT_SEC)
            except asyncio.TimeoutError:
                pass
        await self._submit(self._finish_unregister)

    async def make_call(self, uri: str, *, silent: bool = False, headers: Sequence[tuple[str, str]] = ()) -> str:
        deadline = time.monotonic() + CALL_BUDGET_WAIT_SEC
        while True:
            try:
                return await self._submit(lambda: self._do_make_call(uri, silent, tuple(headers)))
            except _CallBudgetSpent as spent:  # many calls started just now (queue tools, a flood): wait a moment
                if time.monotonic() + spent.wait_s > deadline:
                    raise EngineError("too many calls were started in a short time: try again in a moment") from None
                await asyncio.sleep(spent.wait_s)

    async def answer(self, call_id: str) -> None:
        await self._submit(lambda: self._do_answer(call_id))

    async def reject(self, call_id: str, code: int = 486) -> None:
        await self._submit(lambda: self._do_reject(call_id, code))

    async def hangup(self, call_id: str) -> None:
        await self._submit(lambda: self._do_hangup(call_id))

    async def hold(self, call_id: str) -> None:
        await self._submit(lambda: self._do_hold(call_id))

    async def unhold(self, call_id: str) -> None:
        await self._submit(lambda: self._do_unhold(call_id))

    async def set_mute(self, call_id: str, muted: bool) -> None:
        await self._submit(lambda: self._do_mute(call_id, muted))

    async def send_dtmf(self, call_id: str, digits: str, method: DtmfMethod | None = None) -> None:
        await self._submit(lambda: self._do_dtmf(call_id, digits, method or self.options.dtmf_method))

    async def transfer(self, call_id: str, target: str) -> None:
        await self._submit(lambda: self._do_transfer(call_id, target))

    async def attended_transfer(self, call_id: str, target_call_id: str) -> None:
        await self._submit(lambda: self._do_attended_transfer(call_id, target_call_id))

    async def media_stats(self, call_id: str) -> MediaStats | None:
        return await self._submit(lambda: self._do_media_stats(call_id))

    async def diagnostics(self) -> dict[str, object]:
        return await self._submit(self._do_diagnostics)

    async def call_ids(self) -> list[str]:
        return await self._submit(lambda: list(self._calls))

    async def shutdown(self) -> None:
        """Stop audio, hang up all calls, unregister, drop calls/ports/account, libDestroy(); idempotent."""
        if self._closed:
            return
        self._closed = True
        thread = self._thread
        if thread is None or not thread.is_alive():
            self._close_wake()
            return
        loop = self._get_loop()
        done: asyncio.Future[None] = loop.create_future()

        def request_stop() -> None:
            self._stop_requested = True
            self._stop_notify = lambda: loop.call_soon_threadsafe(_set_result, done, None)

        self._commands.put(request_stop)
        self._wake()
        try:
            await asyncio.wait_for(done, 20)
        finally:
            await loop.run_in_executor(None, thread.join, 10)
            self._close_wake()

    def _close_wake(self) -> None:
        if self._wake_sock is not None:
            self._wake_sock.close()
            self._wake_sock = None

    # ------------------------------------------------------------------ engine thread: main loop

    def _thread_main(self, on_started: Callable[[Capabilities | None, BaseException | None], None]) -> None:
        try:
            caps = self._lib_start()
        except BaseException as exc:  # noqa: BLE001
            msg = _pj_error_text(exc) if isinstance(exc, pj.Error) else str(exc)
            log.exception("pjsua2 failed to start")
            self._destroy_lib()
            on_started(None, EngineError(f"the SIP engine failed to start: {msg}"))
            return
        on_started(caps, None)
        # No Endpoint in a local here: a command's exception traceback keeps this frame (and its locals) alive,
        # and a second Endpoint created while the old one lives aborts the process.
        try:
            while True:
                self._run_pending()
                if self._stop_requested:
                    break
                self._check_for_sleep()
                self._run_timers()
                self._run_pending()
                ep = self._ep
                assert ep is not None
                ep.libHandleEvents(self._wait_ms())
                del ep
        except BaseException:  # pragma: no cover - an engine bug; keep the process alive
            log.exception("engine loop failed")
        finally:
            try:
                self._teardown()
            finally:
                notify = getattr(self, "_stop_notify", None)
                if notify is not None:
                    notify()

    def _run_pending(self) -> None:
        # Commands, then work deferred out of callbacks (which may queue more deferred work).
        while True:
            progressed = False
            try:
                while True:
                    job = self._commands.get_nowait()
                    progressed = True
                    job()
                    self._run_deferred()
                    if self._stop_requested:
                        return
            except queue.Empty:
                pass
            if self._deferred:
                progressed = True
                self._run_deferred()
            if not progressed:
                return

    def _run_deferred(self) -> None:
        while self._deferred:
            batch, self._deferred = self._deferred, []
            for fn in batch:
                try:
                    fn()
                except pj.Error as exc:
                    log.warning("deferred engine job failed: %s", _pj_error_text(exc))
                except Exception:
                    log.exception("deferred engine job failed")

    def _defer(self, fn: Callable[[], None]) -> None:
        """Run ``fn`` on the engine thread as soon as the current pjsua2 callback has returned."""
        self._deferred.append(fn)

    def _wait_ms(self) -> int:
        wait = CALL_WAIT_MS if self._calls else IDLE_WAIT_MS
        if self._wake_addr is None:
            wait = min(wait, 50)  # no wake-up socket: poll the command queue more often
        if self._timers:
            due_ms = int((self._timers[0].due - time.monotonic()) * 1000) + 1
            wait = max(0, min(wait, due_ms))
        return wait

    def _schedule(self, delay: float, fn: Callable[[], None]) -> _Timer:
        timer = _Timer(time.monotonic() + max(0.0, delay), next(self._timer_seq), fn)
        heapq.heappush(self._timers, timer)
        return timer

    def _run_timers(self) -> None:
        now = time.monotonic()
        while self._timers and self._timers[0].due <= now:
            timer = heapq.heappop(self._timers)
            if timer.cancelled:
                continue
            try:
                timer.fn()
            except pj.Error as exc:
                log.warning("engine timer failed: %s", _pj_error_text(exc))
            except Exception:
                log.exception("engine timer failed")
            self._run_deferred()
        while self._timers and self._timers[0].cancelled:
            heapq.heappop(self._timers)

    def _emit(self, event: Event | EngineSignal) -> None:
        sink, loop = self._sink, self._loop
        if sink is None or loop is None or loop.is_closed():
            return
        try:
            loop.call_soon_threadsafe(sink, event)
        except RuntimeError:
            pass  # loop closed during shutdown

    # ------------------------------------------------------------------ engine thread: library

    def _lib_start(self) -> Capabilities:
        opts = self.options
        global _last_endpoint
        if _last_endpoint is not None and _last_endpoint() is not None:
            gc.collect()  # an earlier engine's Endpoint kept alive only by a reference cycle (an old traceback)
            if _last_endpoint() is not None:
                raise EngineError("another SIP engine is still alive in this process")
        ep = _Endpoint(self)
        _last_endpoint = weakref.ref(ep)
        self._ep = ep
        # libCreate() prints a banner on stdout, which is the headless interface's JSON channel: divert it.
        with _stdout_to_devnull():
            ep.libCreate()
        cfg = pj.EpConfig()
        cfg.uaConfig.threadCnt = 0
        cfg.uaConfig.mainThreadOnly = True
        cfg.uaConfig.userAgent = opts.user_agent
        cfg.uaConfig.maxCalls = 8
        self._log_writer = _LogWriter()
        cfg.logConfig.writer = self._log_writer
        cfg.logConfig.level = max(0, min(6, opts.log_level))
        cfg.logConfig.consoleLevel = max(0, min(6, opts.log_level))
        cfg.logConfig.msgLogging = 1 if opts.log_level >= 4 else 0
        cfg.logConfig.decor = 0
        cfg.medConfig.threadCnt = 0
        cfg.medConfig.hasIoqueue = False  # RTP on the SIP ioqueue: no media worker waking every 10 ms
        cfg.medConfig.clockRate = 16000
        cfg.medConfig.sndClockRate = 16000
        cfg.medConfig.noVad = bool(opts.no_vad)
        # 4: the conference bridge resamples (8 kHz G.711 <-> 16 kHz) with libresample's small filter; the
        # default 8 takes the large one, about 20 % of the clock thread's CPU in a call for no PESQ gain
        cfg.medConfig.quality = 4
        cfg.medConfig.sndAutoCloseTime = 1
        with _stdout_to_devnull():
            ep.libInit(cfg)
        self._request_gate.install()
        try:
            udp = self._create_transport(Transport.UDP, opts.sip_port)
        except pj.Error as exc:
            if not opts.sip_port or not opts.sip_port_fallback:
                raise
            log.info("SIP port %d is taken (%s): using any free port", opts.sip_port, _pj_error_text(exc))
            udp = self._create_transport(Transport.UDP, 0)
        self._transports[Transport.UDP] = udp
        self._sip_port = int(ep.transportGetInfo(udp).localName.split(":")[-1] or 0)
        # TCP and TLS transports are made only when an account uses them (_do_register), and their listeners
        # take no connections (_refuse_inbound_connections): every accepted connection takes a slot in pjsip's
        # ioqueue (64), and an exhausted ioqueue aborts the process (an assertion in this wheel).
        tls_ok = True
        try:
            probe_tid = self._create_transport(Transport.TLS, 0, opts.ca_file, refuse_inbound=False)
            ep.transportClose(probe_tid)
        except pj.Error as exc:
            tls_ok = False
            log.warning("TLS transport unavailable: %s", _pj_error_text(exc))
        ep.libStart()
        # No media clock until a call needs one (idle CPU, DESIGN.md 8).
        ep.audDevManager().setNoDev()
        self._setup_wake(udp)
        self._apply_codec_priorities()
        codecs = []
        for info in sorted(ep.codecEnum2(), key=lambda c: -int(c.priority)):
            cid = str(info.codecId)
            codecs.append(cid[:-2] if cid.endswith("/1") else cid)
        try:
            srtp = len(list(ep.srtpCryptoEnum())) > 0
        except pj.Error:
            srtp = False
        if self._bridge is not None:
            self._create_port(self._bridge)
        has_video = getattr(self, "_video", None) is not None
        return Capabilities(sound_devices=False, video=has_video, codecs=tuple(codecs), srtp=srtp, tls=tls_ok,
                            engine=f"pjsua2 {ep.libVersion().full}", sip_port=self._sip_port)

    def _create_transport(self, kind: Transport, port: int, ca_file: str = "", refuse_inbound: bool = True) -> int:
        assert self._ep is not None
        tcfg = pj.TransportConfig()
        tcfg.port = port
        if self.options.bind_address:
            tcfg.boundAddress = self.options.bind_address
        v6 = ":" in self.options.bind_address
        if kind is Transport.UDP:
            ttype = pj.PJSIP_TRANSPORT_UDP6 if v6 else pj.PJSIP_TRANSPORT_UDP
        elif kind is Transport.TCP:
            ttype = pj.PJSIP_TRANSPORT_TCP6 if v6 else pj.PJSIP_TRANSPORT_TCP
        else:
            ttype = pj.PJSIP_TRANSPORT_TLS6 if v6 else pj.PJSIP_TRANSPORT_TLS
            tcfg.port = 0  # a UDP/TCP port number may already be taken by TLS elsewhere
            tls = tcfg.tlsConfig
            tls.CaListFile = ca_file or (SYSTEM_CA_FILE if os.path.exists(SYSTEM_CA_FILE) else "")
            tls.verifyServer = True
            tls.method = pj.PJSIP_TLSV1_2_METHOD
        tid = int(self._ep.transportCreate(ttype, tcfg))
        if kind is not Transport.UDP and refuse_inbound:  # (a probe closed right away needs no filter)
            self._refuse_inbound_connections(tid)
        return tid

    def _refuse_inbound_connections(self, tid: int) -> None:
        """Make the listener of a TCP/TLS transport drop every connection attempt, keeping the transport.

        pjsip's socket table in the wheel has 64 slots (PJ_IOQUEUE_MAX_HANDLES, compile time); a socket closed
        keeps its slot 500 ms longer, and an accept that then finds no free slot aborts the process (an assertion).
        One poll accepts as many connections as arrive meanwhile, so no cap of ours can run in time: a few hundred
        connections held, or connect/close cycles at a few hundred a second, killed the phone. pjsip cannot make
        outgoing connections without the listener's transport (closing it loses the registration at the next
        reconnect), so the listening socket stays and a one-instruction socket filter ("drop") stops the kernel
        from completing any handshake on it. Registrars send requests to a TCP/TLS client over the client's own
        connection (our Contact names that connection's port), so calls still arrive."""
        assert self._ep is not None
        if not sys.platform.startswith("linux"):
            log.warning("inbound SIP connections cannot be refused on this system: a flood of them can crash "
                        "the phone")
            return
        try:
            port = int(str(self._ep.transportGetInfo(tid).localName).rsplit(":", 1)[1])
            count = _drop_connections_to(port, ":" in self.options.bind_address)
        except (OSError, ValueError, IndexError, pj.Error) as exc:
            log.warning("the SIP listener still takes connections (%s): a flood of them can crash the phone", exc)
            return
        if count:
            log.info("SIP listener on port %d: inbound connections are dropped", port)
        else:
            log.warning("the SIP listener on port %d was not found: a flood of connections can crash the phone",
                        port)

    def _ensure_tls(self, ca_file: str) -> int:
        """The TLS transport trusts one CA list; recreate it when an account names another one."""
        assert self._ep is not None
        current = self._transports.get(Transport.TLS)
        if current is not None and ca_file == self._tls_ca:
            return current
        if current is not None:
            try:
                self._ep.transportClose(current)
            except pj.Error:
                pass
        tid = self._create_transport(Transport.TLS, 0, ca_file)
        self._transports[Transport.TLS] = tid
        self._tls_ca = ca_file
        return tid

    def _setup_wake(self, udp_tid: int) -> None:
        assert self._ep is not None
        try:
            info = self._ep.transportGetInfo(udp_tid)
            name = str(info.localName)
            host, _, port = name.rpartition(":")
            host = host.strip("[]")
            if host in ("0.0.0.0", ""):
                host = "127.0.0.1"
            elif host == "::":
                host = "::1"
            family = socket.AF_INET6 if ":" in host else socket.AF_INET
            sock = socket.socket(family, socket.SOCK_DGRAM)
            sock.setblocking(False)
            sock.bind((("::1" if family == socket.AF_INET6 else "127.0.0.1") if host.startswith("127.") or host == "::1"
                       else host, 0))
            self._wake_addr = (host, int(port))
            self._wake_sock = sock
        except (OSError, ValueError, pj.Error) as exc:
            log.warning("no wake-up socket, polling instead: %s", exc)
            self._wake_addr = None

    def _apply_codec_priorities(self) -> None:
        assert self._ep is not None
        wanted = [c.lower() for c in self.options.codecs]
        for info in self._ep.codecEnum2():
            cid = str(info.codecId)
            name = cid.split("/", 1)[0].lower()
            prio = 0
            for rank, want in enumerate(wanted):
                if cid.lower().startswith(want) and (want == name or "/" in want):
                    prio = max(1, 255 - rank)
                    break
            self._ep.codecSetPriority(cid, prio)

    def _create_port(self, bridge: MediaBridge) -> None:
        port = _BridgePort(bridge)
        fmt = pj.MediaFormatAudio()
        clock = int(bridge.clock_rate)
        spf = int(bridge.samples_per_frame)
        fmt.init(pj.PJMEDIA_FORMAT_PCM, clock, 1, int(spf * 1_000_000 / clock), 16)
        port.createPort("softphone-bridge", fmt)
        self._port = port

    def _media_clock(self, on: bool) -> None:
        """The null sound device drives the conference clock; run it only while calls have audio."""
        if on == self._null_dev_on or self._ep is None:
            return
        mgr = self._ep.audDevManager()
        if on:
            mgr.setNullDev()
        else:
            mgr.setNoDev()
        self._null_dev_on = on

    def _teardown(self) -> None:
        ep = self._ep
        if ep is None:
            return
        self._stop_probe()
        for t in self._timers:
            t.cancelled = True
        self._timers.clear()
        # 1. stop audio
        for rec in list(self._calls.values()):
            self._disconnect_audio(rec)
        # 2. hang up all, let the BYEs/CANCELs go out
        if self._calls:
            try:
                ep.hangupAllCalls()
            except pj.Error:
                pass
            deadline = time.monotonic() + 2.0
            while self._calls and time.monotonic() < deadline:
                ep.libHandleEvents(20)
                self._run_deferred()
        # 3. drop calls and ports. A call whose far end never answered our BYE is still alive here, and
        # destroying its Call object now (or after libDestroy) aborts the process: hand it to C++ and leak it.
        for rec in list(self._calls.values()):
            rec.ended = True
            try:
                rec.call.__disown__()
            except Exception:  # pragma: no cover - SWIG without directors
                _leaked.append(rec.call)
        self._calls.clear()
        video = getattr(self, "_video", None)
        if video is not None:
            video.close_all()
        self._port = None
        self._media_clock(False)
        # 4. unregister and shut the account down
        acc = self._acc
        if acc is not None:
            if self._reg_state == RegState.REGISTERED.value:
                try:
                    self._unregistering = True
                    acc.setRegistration(False)
                    deadline = time.monotonic() + 2.0
                    while self._unregistering and time.monotonic() < deadline:
                        ep.libHandleEvents(20)
                except pj.Error:
                    pass
            try:
                acc.shutdown()
            except pj.Error:
                pass
            self._acc = None
            del acc
        self._destroy_lib()

    def _destroy_lib(self) -> None:
        ep = self._ep
        if ep is None:
            return
        self._request_gate.uninstall()
        try:
            # Everything that needed the network (BYE, unREGISTER) has been sent and answered above.
            ep.libDestroy(pj.PJSUA_DESTROY_NO_NETWORK)
        except pj.Error as exc:
            log.warning("libDestroy: %s", _pj_error_text(exc))
        self._ep = None
        self._log_writer = None

    # ------------------------------------------------------------------ engine thread: registration

    def _do_register(self, account: AccountSpec, password: str) -> None:
        assert self._ep is not None
        if self._acc is not None:
            self._drop_account()
        self._account = account
        self._backoff.reset()
        self._tls_error = ""
        transport = account.transport
        if transport is Transport.TLS:
            tid = self._ensure_tls(account.ca_file or self.options.ca_file)
        else:
            tid = self._transports.get(transport, -1)
            if tid < 0:
                try:
                    tid = self._create_transport(transport, self._sip_port)
                except pj.Error:  # the number is taken for this protocol: any free port does as well
                    tid = self._create_transport(transport, 0)
                self._transports[transport] = tid
        cfg = pj.AccountConfig()
        ident = f"sip:{account.user}@{account.domain}"
        cfg.idUri = f'"{account.display_name}" <{ident}>' if account.display_name else ident
        reg = cfg.regConfig
        reg.registrarUri = account.registrar_uri
        reg.timeoutSec = max(60, account.reg_expires)
        reg.retryIntervalSec = 0  # our own backoff drives retries
        reg.firstRetryIntervalSec = 0
        reg.dropCallsOnFail = False
        reg.registerOnAdd = True
        reg.unregWaitMsec = 2000
        cfg.sipConfig.proxies.append(account.registrar_uri + ";lr")
        cfg.sipConfig.authCreds.append(pj.AuthCredInfo("digest", "*", account.effective_auth_user, 0, password))
        cfg.sipConfig.transportId = tid
        nat = cfg.natConfig
        nat.udpKaIntervalSec = max(0, int(self.options.keepalive_sec))
        nat.contactRewriteUse = 1  # follow the address the registrar sees (NAT on the LAN edge)
        nat.viaRewriteUse = 1
        nat.sdpNatRewriteUse = 0
        nat.sipOutboundUse = 0
        nat.iceEnabled = False
        srtp = account.srtp if account.srtp is not SrtpMode.OFF else self.options.srtp
        self._srtp_mode = srtp
        med = cfg.mediaConfig
        med.srtpUse = {SrtpMode.OFF: pj.PJMEDIA_SRTP_DISABLED, SrtpMode.OPTIONAL: pj.PJMEDIA_SRTP_OPTIONAL,
                       SrtpMode.MANDATORY: pj.PJMEDIA_SRTP_MANDATORY}[srtp]
        # SDES keys travel in SDP: demand TLS for them only when the account runs TLS anyway.
        med.srtpSecureSignaling = 1 if (srtp is not SrtpMode.OFF and transport is Transport.TLS) else 0
        if self.options.bind_address:
            med.transportConfig.boundAddress = self.options.bind_address
        if self.options.rtp_port_start:
            med.transportConfig.port = self.options.rtp_port_start
        video = getattr(self, "_video", None)
        if video is not None:
            video.account_config(cfg)
        acc = _Account(self)
        self._set_reg_state(RegState.REGISTERING.value, 0, "")
        acc.create(cfg, True)
        self._acc = acc

    def _drop_account(self) -> None:
        self._cancel_retry()
        self._stop_probe()
        acc = self._acc
        self._acc = None
        if acc is not None:
            try:
                acc.shutdown()
            except pj.Error:
                pass
        self._reg_state = RegState.UNREGISTERED.value

    def _do_unregister(self, notify: Callable[[], None]) -> bool:
        self._cancel_retry()
        self._stop_probe()
        acc = self._acc
        if acc is None:
            return False
        if self._reg_state != RegState.REGISTERED.value:
            return False
        self._unregistering = True
        self._unreg_waiters.append(notify)
        try:
            acc.setRegistration(False)
        except pj.Error as exc:
            self._unregistering = False
            self._unreg_waiters.clear()
            log.info("unregister: %s", _pj_error_text(exc))
            return False
        return True

    def _finish_unregister(self) -> None:
        self._unregistering = False
        self._unreg_waiters.clear()
        had_account = self._acc is not None
        self._drop_account()
        if had_account:
            self._set_reg_state(RegState.UNREGISTERED.value, self._reg_code, self._reg_reason or "unregistered")

    def _set_reg_state(self, state: str, code: int, reason: str, retry_in: float = 0.0) -> None:
        self._reg_state = state
        self._reg_code = code
        self._reg_reason = reason
        acc = self._account
        self._emit(RegistrationChanged(state=state, code=code, reason=reason, account=acc.aor if acc else "",
                                       retry_in=retry_in))

    def _on_transport_state(self, state: int, tls_error: str, last_error: int) -> None:
        if tls_error:
            self._tls_error = tls_error
            self._tls_error_at = time.monotonic()
        if state == pj.PJSIP_TP_STATE_DISCONNECTED and self._account is not None:
            if self._account.transport is not Transport.UDP and self._reg_state == RegState.REGISTERED.value:
                # Our TCP/TLS connection to the registrar is gone: register again (reconnects) right away.
                self._defer(self._retry_now)

    def _on_reg_state(self, code: int, reason: str, expiration: int, status: int) -> None:
        account = self._account
        if account is None:
            return
        if self._unregistering:
            self._unregistering = False
            waiters, self._unreg_waiters = self._unreg_waiters, []
            self._reg_state = RegState.UNREGISTERED.value
            self._reg_code, self._reg_reason = code, reason
            for notify in waiters:
                notify()
            return
        if 200 <= code < 300 and expiration > 0:
            self._backoff.reset()
            self._cancel_retry()
            self._tls_error = ""
            self._set_reg_state(RegState.REGISTERED.value, code, reason)
            if account.transport is Transport.UDP and self.options.keepalive_sec > 0:
                self._start_probe("alive", float(self.options.keepalive_sec))
            else:
                self._stop_probe()
            return
        if 200 <= code < 300:
            self._set_reg_state(RegState.UNREGISTERED.value, code, reason)
            return
        tls_error = self._tls_error if time.monotonic() - self._tls_error_at < 30 else ""
        text = registration_reason(code, reason, account.effective_host, tls_error)
        delay = self._backoff.next_delay()
        if code in (500, 503, 504):
            delay = min(delay, round(random.uniform(*BUSY_RETRY_MAX_SEC), 2))
        self._cancel_retry()
        self._retry_timer = self._schedule(delay, self._retry_now)
        self._set_reg_state(RegState.FAILED.value, code, text, retry_in=delay)
        if is_unreachable(code) and not tls_error:
            self._start_probe("down", PROBE_INTERVAL_SEC)
        else:
            self._stop_probe()

    def _retry_now(self) -> None:
        self._cancel_retry()
        acc = self._acc
        if acc is None:
            return
        self._stop_probe()
        self._set_reg_state(RegState.REGISTERING.value, 0, "")
        try:
            acc.setRegistration(True)
        except pj.Error as exc:
            # e.g. a REGISTER still in flight: its own outcome will arrive through onRegState
            log.info("re-register: %s", _pj_error_text(exc))

    def _check_for_sleep(self) -> None:
        """After the computer slept (the loop runs at least once a second while awake), register again at once:
        the registrar has probably dropped us meanwhile, and pjsip's own refresh timer, which stood still
        during the sleep, could leave the agent unreachable for minutes."""
        offset = _suspend_offset()
        slept = offset - self._suspend_seen
        self._suspend_seen = offset
        if slept < SLEEP_DETECT_SEC or self._acc is None or self._unregistering:
            return
        log.info("the computer slept for about %.0f s: registering again", slept)
        self._backoff.reset()
        self._retry_now()

    def _cancel_retry(self) -> None:
        if self._retry_timer is not None:
            self._retry_timer.cancelled = True
            self._retry_timer = None

    def _start_probe(self, mode: str, interval: float) -> None:
        account = self._account
        if account is None:
            return
        self._stop_probe()
        self._probe = RegistrarProbe(account.effective_host, account.effective_port,
                                     stream=account.transport is not Transport.UDP,
                                     user_agent=self.options.user_agent, answer_wait=min(1.5, interval * 0.75))
        self._probe_mode = mode
        self._probe_saw_down = False
        self._probe_misses = 0
        self._probe.tick()  # send the first probe now

        def tick() -> None:
            probe = self._probe
            if probe is None or self._probe_mode != mode:
                return
            result = probe.tick()
            if mode == "down":
                if result is ProbeResult.DOWN:
                    self._probe_saw_down = True
                elif result is ProbeResult.UP and self._probe_saw_down:
                    # The registrar is back: do not wait out the rest of the backoff.
                    self._backoff.reset()
                    self._retry_now()
                    return
            elif mode == "alive":
                if result is ProbeResult.DOWN:
                    # One missed ping: refresh the registration. A registrar that restarted in between has
                    # forgotten us; one that is down lets the REGISTER time out into our backoff.
                    self._probe_misses += 1
                    if self._probe_misses == 1 and self._acc is not None:
                        try:
                            self._acc.setRegistration(True)
                        except pj.Error:
                            pass
                else:
                    self._probe_misses = 0
            self._probe_timer = self._schedule(interval, tick)

        self._probe_timer = self._schedule(interval, tick)

    def _stop_probe(self) -> None:
        if self._probe_timer is not None:
            self._probe_timer.cancelled = True
            self._probe_timer = None
        if self._probe is not None:
            self._probe.close()
            self._probe = None
        self._probe_mode = ""

    # ------------------------------------------------------------------ engine thread: calls

    def _on_call_tsx_state(self, call: _Call, prm: Any) -> None:
        rec = self._calls.get(call.our_id)
        if rec is not None:
            self._on_reinvite_result(rec, prm)

    def _record(self, call_id: str) -> _CallRecord:
        rec = self._calls.get(call_id)
        if rec is None or rec.ended:
            raise EngineError(f"no such call: {call_id}")
        return rec

    def _on_incoming_call(self, acc: _Account, pj_call_id: int, raw: str) -> None:
        our_id = f"c{next(_call_ids)}"
        call = _Call(self, our_id, acc, pj_call_id)
        headers = parse_headers(raw) if raw else []
        remote = ""
        if not headers:
            try:
                remote = str(call.getInfo().remoteUri)
            except pj.Error:
                remote = ""
        who = caller_info(headers, remote)
        rec = _CallRecord(our_id, call, outbound=False, remote_uri=who.remote_uri)
        self._calls[our_id] = rec
        kept = tuple((k, v) for k, v in headers if k in ("p-asserted-identity", "x-queue", "x-asterisk-queue",
                                                          "alert-info", "call-info", "user-agent", "subject",
                                                          "answer-mode", "priv-answer-mode")
                     or k.startswith("x-"))
        self._emit(CallIncoming(our_id, remote_uri=who.remote_uri, display_name=who.display_name,
                                number=who.number, queue=who.queue, headers=kept))
        video = getattr(self, "_video", None)  # engine/video_hooks.py, when the composition root installed it
        if video is not None:
            video.on_incoming(our_id, raw)

        def ring() -> None:
            if rec.ended or rec.answered:  # answered at once (auto-answer, a fast agent): no 180 after the 200
                return
            prm = pj.CallOpParam()
            prm.statusCode = 180
            rec.call.answer(prm)

        self._defer(ring)

    def _do_make_call(self, uri: str, silent: bool, headers: tuple[tuple[str, str], ...]) -> str:
        acc, account = self._acc, self._account
        if acc is None or account is None:
            raise EngineError("no SIP account: register first")
        target = normalize_target(uri, account.domain)
        if self._ep is not None:
            try:
                self._ep.utilVerifySipUri(target)
            except pj.Error as exc:
                raise EngineError(f"not a valid SIP address: {uri}") from exc
        now = time.monotonic()
        if not self._call_budget.admit(now):
            raise _CallBudgetSpent(max(0.01, self._call_budget.wait_s(now)))
        our_id = f"c{next(_call_ids)}"
        call = _Call(self, our_id, acc)
        rec = _CallRecord(our_id, call, outbound=True, silent=silent, remote_uri=target)
        self._calls[our_id] = rec
        self._emit(CallOutgoing(our_id, remote_uri=target, silent=silent))
        prm = pj.CallOpParam(True)
        prm.opt.audioCount = 1
        prm.opt.videoCount = 0
        for name, value in headers:
            h = pj.SipHeader()
            h.hName = name
            h.hValue = value
            prm.txOption.headers.append(h)
        video = getattr(self, "_video", None)
        if video is not None:
            video.prepare_outgoing(our_id, prm, silent)
        try:
            call.makeCall(target, prm)
        except pj.Error as exc:
            text = _pj_error_text(exc)
            if not rec.ended:
                rec.ended = True
                self._calls.pop(our_id, None)
                self._emit(CallEnded(our_id, code=500, reason=text, local=True))
            raise EngineError(f"call to {uri} failed: {text}") from exc
        return our_id

    def _do_answer(self, call_id: str) -> None:
        rec = self._record(call_id)
        prm = pj.CallOpParam()
        prm.statusCode = 200
        video = getattr(self, "_video", None)
        if video is not None:  # the 200's video line follows the agent's choice (engine/video_hooks.py)
            video.prepare_answer(call_id, prm)
        rec.call.answer(prm)
        rec.answered = True

    def _do_reject(self, call_id: str, code: int) -> None:
        rec = self._record(call_id)
        if code not in (486, 603, 480, 404, 488, 600):
            code = 486
        rec.local_end = True
        prm = pj.CallOpParam()
        prm.statusCode = code
        rec.call.hangup(prm)

    def _do_hangup(self, call_id: str) -> None:
        rec = self._record(call_id)
        rec.local_end = True
        prm = pj.CallOpParam()
        if not rec.outbound and not rec.confirmed:
            prm.statusCode = 603  # an unanswered incoming call: decline it
        rec.call.hangup(prm)

    def _do_hold(self, call_id: str) -> None:
        self._want_hold(self._record(call_id), True)

    def _do_unhold(self, call_id: str) -> None:
        self._want_hold(self._record(call_id), False)

    def _want_hold(self, rec: _CallRecord, hold: bool) -> None:
        if rec.hold_timer is not None:
            rec.hold_timer.cancelled = True
            rec.hold_timer = None
        rec.hold_wanted, rec.hold_tries = hold, 0
        try:
            self._send_hold(rec)
        except pj.Error as exc:
            if not self._hold_busy(exc):
                rec.hold_wanted = None
                raise
            # another offer/answer is in flight (the far end's re-INVITE, our video change): pjsua refuses a
            # second one; try again shortly instead of losing the agent's click
            self._retry_hold(rec, HOLD_BUSY_RETRY_S)

    def _send_hold(self, rec: _CallRecord) -> None:
        rec.hold_tries += 1
        if rec.hold_wanted:
            rec.call.setHold(pj.CallOpParam(True))
        else:
            prm = pj.CallOpParam(True)
            prm.opt.flag = pj.PJSUA_CALL_UNHOLD
            rec.call.reinvite(prm)

    @staticmethod
    def _hold_busy(exc: Any) -> bool:
        return int(getattr(exc, "status", 0)) in (PJ_EINVALIDOP, PJ_EBUSY, PJSIP_EPENDINGTX)

    def _retry_hold(self, rec: _CallRecord, delay: float) -> None:
        if rec.hold_tries >= HOLD_MAX_TRIES:
            what = "hold" if rec.hold_wanted else "resume"
            rec.hold_wanted = None
            self._emit(ErrorEvent(code="hold-failed", cmd="hold" if what == "hold" else "unhold",
                                  message=f"call {rec.our_id}: the far end kept refusing to {what} the call; "
                                          "try again"))
            return

        def again() -> None:
            rec.hold_timer = None
            if rec.ended or rec.hold_wanted is None:
                return
            try:
                self._send_hold(rec)
            except pj.Error as exc:
                if not self._hold_busy(exc):
                    raise
                self._retry_hold(rec, HOLD_BUSY_RETRY_S)

        rec.hold_timer = self._schedule(delay, again)

    def _on_reinvite_result(self, rec: _CallRecord, prm: Any) -> None:
        """The final answer to a re-INVITE of ours: 491 (the far end's own re-INVITE crossed ours) is retried as
        RFC 3261 14.1 says; any other refusal of a hold/unhold is reported instead of silently keeping the state."""
        if rec.hold_wanted is None or not rec.confirmed or rec.ended:
            return
        try:
            event = prm.e
            if event.type != pj.PJSIP_EVENT_TSX_STATE or event.body.tsxState.type != pj.PJSIP_EVENT_RX_MSG:
                return
            tsx = event.body.tsxState.tsx
            if str(tsx.method) != "INVITE" or int(tsx.role) != pj.PJSIP_ROLE_UAC:
                return
            code, reason = int(tsx.statusCode), str(tsx.statusText)
        except Exception:  # an event without a transaction: not ours to judge
            return
        if code < 200 or code in (401, 407):  # provisional, or pjsua answers the challenge itself
            return
        if code < 300:
            rec.hold_wanted = None
            return
        if code == 491:
            # the owner of the Call-ID (who placed the call) waits 2.1-4 s, the other side 0-2 s
            delay = random.uniform(2.1, 4.0) if rec.outbound else random.uniform(0.0, 2.0)
            log.info("call %s: re-INVITE crossed the far end's (491); trying again in %.1f s", rec.our_id, delay)
            self._retry_hold(rec, delay)
            return
        what = "hold" if rec.hold_wanted else "resume"
        rec.hold_wanted = None
        self._emit(ErrorEvent(code="hold-failed", cmd="hold" if what == "hold" else "unhold",
                              message=f"call {rec.our_id}: the far end refused to {what} the call: {code} {reason}"))

    def _do_mute(self, call_id: str, muted: bool) -> None:
        rec = self._record(call_id)
        if rec.muted == muted:
            return
        rec.muted = muted
        if rec.audio is not None and rec.audio_source is not None:
            if muted:
                rec.audio_source.stopTransmit(rec.audio)
            else:
                rec.audio_source.startTransmit(rec.audio)

    def _do_dtmf(self, call_id: str, digits: str, method: DtmfMethod) -> None:
        rec = self._record(call_id)
        if not valid_dtmf(digits):
            raise EngineError(f"not DTMF digits: {digits!r} (use 0-9, *, #, A-D)")
        prm = pj.CallSendDtmfParam()
        prm.digits = digits
        prm.method = pj.PJSUA_DTMF_METHOD_SIP_INFO if method is DtmfMethod.SIP_INFO else pj.PJSUA_DTMF_METHOD_RFC2833
        rec.call.sendDtmf(prm)

    def _do_transfer(self, call_id: str, target: str) -> None:
        rec = self._record(call_id)
        account = self._account
        uri = normalize_target(target, account.domain if account else "")
        rec.call.xfer(uri, pj.CallOpParam(True))

    def _do_attended_transfer(self, call_id: str, target_call_id: str) -> None:
        rec = self._record(call_id)
        other = self._record(target_call_id)
        rec.call.xferReplaces(other.call, pj.CallOpParam(True))

    def _on_transfer_status(self, call: _Call, code: int, reason: str, final: bool) -> None:
        rec = self._calls.get(call.our_id)
        self._emit(CallTransferStatus(call.our_id, code=code, reason=reason, final=final))
        if rec is None or not final or not 200 <= code < 300 or rec.transfer_hangup:
            return
        rec.transfer_hangup = True

        def hangup_transferred() -> None:
            if rec.ended:
                return
            rec.local_end = True
            rec.call.hangup(pj.CallOpParam())

        self._defer(hangup_transferred)

    def _on_call_state(self, call: _Call) -> None:
        rec = self._calls.get(call.our_id)
        if rec is None or rec.ended:
            return
        ci = call.getInfo()
        state = ci.state
        if state == pj.PJSIP_INV_STATE_EARLY and rec.outbound:
            self._emit(CallProgress(rec.our_id, code=int(ci.lastStatusCode), reason=str(ci.lastReason)))
        elif state == pj.PJSIP_INV_STATE_CONFIRMED:
            if self._media_failed(ci):
                # pjsua ACKs the 200 and sends BYE at once: a call that never had audio is a failed call
                rec.media_failed = True
                return
            rec.confirmed = True
            self._emit(CallConfirmed(rec.our_id))
        elif state == pj.PJSIP_INV_STATE_DISCONNECTED:
            rec.ended = True
            code, reason = int(ci.lastStatusCode), str(ci.lastReason)
            if rec.media_failed:
                reason = f"no media both sides accept ({reason})"
                if self._srtp_mode is SrtpMode.MANDATORY:
                    reason += ": encrypted media (SRTP) is mandatory here and the other side does not offer it"
            self._emit(CallEnded(rec.our_id, code=code, reason=reason, local=rec.local_end and not rec.media_failed))
            video = getattr(self, "_video", None)
            if video is not None:
                video.on_call_ended(rec.our_id)
            rec.audio = rec.audio_source = rec.audio_sink = None
            # The C++ Call must never be destroyed after this callback: its destructor then clears the user data
            # of whichever call reuses the pjsua id, or asserts after libDestroy (DESIGN.md 8). A command frame
            # or closure may still hold it when the callback returns (hangup/CANCEL disconnect synchronously),
            # so hand it to C++ for good: a few hundred bytes per call instead of a killed call.
            self._calls.pop(rec.our_id, None)
            call._engine = None
            try:
                call.__disown__()
            except Exception:  # pragma: no cover - SWIG without directors
                _leaked.append(call)
            if not self._calls:
                self._defer(lambda: self._media_clock(bool(self._calls)))

    @staticmethod
    def _media_failed(ci: Any) -> bool:
        media = ci.media  # keep CallInfo alive while iterating (DESIGN.md 8)
        statuses = [mi.status for mi in media if mi.type == pj.PJMEDIA_TYPE_AUDIO]
        return pj.PJSUA_CALL_MEDIA_ERROR in statuses and pj.PJSUA_CALL_MEDIA_ACTIVE not in statuses

    def _on_call_media_state(self, call: _Call) -> None:
        rec = self._calls.get(call.our_id)
        if rec is None or rec.ended:
            return
        ci = call.getInfo()
        media = ci.media
        local_hold = remote_hold = False
        active = False
        for mi in media:
            if mi.type != pj.PJMEDIA_TYPE_AUDIO:
                continue
            status = mi.status
            if status == pj.PJSUA_CALL_MEDIA_LOCAL_HOLD:
                local_hold = True
            elif status == pj.PJSUA_CALL_MEDIA_REMOTE_HOLD:
                remote_hold = True
            elif status == pj.PJSUA_CALL_MEDIA_ACTIVE:
                active = True
            break
        state = (local_hold, remote_hold, active)
        if state != rec.hold_state:
            rec.hold_state = state
            self._emit(CallMediaChanged(rec.our_id, local_hold=local_hold, remote_hold=remote_hold, active=active))
        video = getattr(self, "_video", None)
        if video is not None:
            video.on_media_state(rec.our_id, local_hold, remote_hold)
        self._defer(lambda: self._connect_audio(rec))

    def _connect_audio(self, rec: _CallRecord) -> None:
        """Wire the call's audio to our bridge port (or the null device); silent calls stay unconnected."""
        if rec.ended or rec.silent or self._ep is None:
            return
        ci = rec.call.getInfo()
        media = ci.media
        index = -1
        for mi in media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status in (
                pj.PJSUA_CALL_MEDIA_ACTIVE, pj.PJSUA_CALL_MEDIA_REMOTE_HOLD, pj.PJSUA_CALL_MEDIA_LOCAL_HOLD
            ):
                index = int(mi.index)
                break
        if index < 0:
            self._disconnect_audio(rec)
            return
        audio = rec.call.getAudioMedia(index)
        if rec.audio is not None and rec.audio.getPortId() == audio.getPortId():
            return  # already wired (a re-INVITE that kept the stream)
        self._disconnect_audio(rec)
        self._media_clock(True)
        if self._port is not None:
            source: Any = self._port
            sink: Any = self._port
        else:
            mgr = self._ep.audDevManager()
            source = mgr.getCaptureDevMedia()
            sink = mgr.getPlaybackDevMedia()
        audio.startTransmit(sink)
        if not rec.muted:
            source.startTransmit(audio)
        rec.audio, rec.audio_source, rec.audio_sink = audio, source, sink

    def _disconnect_audio(self, rec: _CallRecord) -> None:
        audio, source, sink = rec.audio, rec.audio_source, rec.audio_sink
        rec.audio = rec.audio_source = rec.audio_sink = None
        if audio is None:
            return
        try:
            audio.stopTransmit(sink)
            source.stopTransmit(audio)
        except pj.Error:
            pass  # the stream is already gone

    def _keep_final_stats(self, call_id: str) -> None:
        rec = self._calls.get(call_id)
        if rec is None or not rec.confirmed:
            return
        try:
            stats = self._do_media_stats(call_id)
        except pj.Error:
            return
        if stats is not None and stats.codec:
            self._final_stats[call_id] = stats
            while len(self._final_stats) > 32:  # only recent calls are ever asked for
                self._final_stats.pop(next(iter(self._final_stats)))

    def _do_media_stats(self, call_id: str) -> MediaStats | None:
        rec = self._calls.get(call_id)
        if rec is None:
            return self._final_stats.get(call_id)
        ci = rec.call.getInfo()
        media = ci.media
        index = -1
        for mi in media:
            if mi.type == pj.PJMEDIA_TYPE_AUDIO and mi.status != pj.PJSUA_CALL_MEDIA_NONE:
                index = int(mi.index)
                break
        if index < 0:
            return MediaStats(call_id=call_id)
        try:
            stat = rec.call.getStreamStat(index)
            info = rec.call.getStreamInfo(index)
        except pj.Error:
            return MediaStats(call_id=call_id)
        rtcp = stat.rtcp
        rx = rtcp.rxStat
        tx = rtcp.txStat
        rx_pkt = int(rx.pkt)
        lost = int(rx.loss)
        loss_pct = 100.0 * lost / (rx_pkt + lost) if rx_pkt + lost > 0 else 0.0
        jitter_ms = float(rx.jitterUsec.mean) / 1000.0 if int(rx.jitterUsec.n) > 0 else 0.0
        rtt_ms = float(rtcp.rttUsec.mean) / 1000.0 if int(rtcp.rttUsec.n) > 0 else 0.0
        codec = str(info.codecName)
        clock = int(info.codecClockRate)
        codec_label = f"{codec}/{clock}" if clock else codec
        return MediaStats(call_id=call_id, codec=codec_label, rx_packets=rx_pkt, tx_packets=int(tx.pkt),
                          jitter_ms=round(jitter_ms, 2), loss_pct=round(loss_pct, 2), rtt_ms=round(rtt_ms, 2),
                          mos=quality.mos(codec, loss_pct, rtt_ms, jitter_ms) if rx_pkt else 0.0)

    def _do_diagnostics(self) -> dict[str, object]:
        ep = self._ep
        assert ep is not None
        transports = []
        for kind, tid in self._transports.items():
            try:
                info = ep.transportGetInfo(tid)
                transports.append({"type": kind.value, "local": str(info.localName)})
            except pj.Error:
                transports.append({"type": kind.value, "local": ""})
        account = self._account
        return {
            "engine": f"pjsua2 {ep.libVersion().full}",
            "capabilities": self._capabilities.to_dict() if self._capabilities else {},
            "transports": transports,
            "account": account.aor if account else "",
            "registrar": account.registrar_uri if account else "",
            "registration": {"state": self._reg_state, "code": self._reg_code, "reason": self._reg_reason},
            "calls": [
                {"call_id": r.our_id, "direction": "outbound" if r.outbound else "inbound", "remote": r.remote_uri,
                 "muted": r.muted, "silent": r.silent}
                for r in self._calls.values()
            ],
            "media_clock": self._null_dev_on,
            "bridge": self._port is not None,
            "threads": threading.active_count(),
            "call_starts": {"limit": self._call_budget.limit, "window_s": self._call_budget.window_s,
                            "refused": self._call_budget.refused, "request_gate": self._request_gate.active},
        }


class _SockFilter(ctypes.Structure):  # struct sock_filter (linux/filter.h)
    _fields_ = [("code", ctypes.c_uint16), ("jt", ctypes.c_uint8), ("jf", ctypes.c_uint8), ("k", ctypes.c_uint32)]


class _SockFprog(ctypes.Structure):  # struct sock_fprog
    _fields_ = [("len", ctypes.c_ushort), ("filter", ctypes.POINTER(_SockFilter))]


_BPF_RET_K = 0x06


def _listening_fds(port: int, v6: bool = False) -> list[int]:
    """Our file descriptors that are TCP sockets listening on `port` (from /proc: pjsip does not expose them)."""
    inodes: set[str] = set()
    with open("/proc/self/net/tcp6" if v6 else "/proc/self/net/tcp") as f:  # a few ms: the kernel walks its tables
        lines = f.read().splitlines()[1:]
    for line in lines:
        fields = line.split()
        # local address "0100007F:1F90", state 0A = LISTEN, inode
        if len(fields) > 9 and fields[3] == "0A" and int(fields[1].rsplit(":", 1)[1], 16) == port:
            inodes.add(fields[9])
    fds = []
    for name in os.listdir("/proc/self/fd"):
        try:
            target = os.readlink(f"/proc/self/fd/{name}")
        except OSError:
            continue
        if target.startswith("socket:[") and target[8:-1] in inodes:
            fds.append(int(name))
    return fds


def _drop_connections_to(port: int, v6: bool = False) -> int:
    """Attach a drop-everything filter to our listening sockets on `port`; returns how many there were."""
    program = (_SockFilter * 1)(_SockFilter(_BPF_RET_K, 0, 0, 0))
    fprog = _SockFprog(1, program)
    fds = _listening_fds(port, v6)
    for fd in fds:
        # a duplicate descriptor names the same socket: the filter stays on it when the duplicate is closed
        dup = os.dup(fd)
        try:
            sock = socket.socket(fileno=dup)
        except OSError:
            os.close(dup)
            raise
        with sock:
            sock.setsockopt(socket.SOL_SOCKET, SO_ATTACH_FILTER, bytes(fprog))
    return len(fds)


def _set_result(fut: asyncio.Future[Any], value: Any) -> None:
    if not fut.done():
        fut.set_result(value)


def _set_exception(fut: asyncio.Future[Any], exc: BaseException) -> None:
    if not fut.done():
        fut.set_exception(exc)


class _stdout_to_devnull:  # noqa: N801 - used as a context manager
    """Point file descriptor 1 at /dev/null while pjsua prints its start-up banner."""

    def __enter__(self) -> None:
        self._saved = -1
        try:
            sys.stdout.flush()
            self._saved = os.dup(1)
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.close(devnull)
        except OSError:
            self._saved = -1

    def __exit__(self, *exc: object) -> None:
        if self._saved < 0:
            return
        try:
            libc = ctypes.CDLL(None)
            libc.fflush(None)
        except (OSError, AttributeError):
            pass
        os.dup2(self._saved, 1)
        os.close(self._saved)
