"""Engine-side glue for video carried beside pjsua2 (DESIGN.md 9). Runs on the engine thread only.

- Incoming video offers: pjsua answers ``m=video 0``; we swap in our VP8 line (core.sdp). pjsua builds that answer
  when the INVITE arrives, before the agent chose; so the initial answer is only kept then, and settled when the
  agent answers (``prepare_answer``): with video our line goes into the 200 OK (passed with the answer), without
  video pjsua's own answer (video rejected, port 0) goes out and no video port is ever opened: no re-INVITE.
  pjsua's 180 carries no SDP, also a reliable one (100rel); should a 1xx ever carry pjsua's answer, that answer
  stands (handing pjsua another one then would abort the process).
- Outgoing video calls: a delayed offer (INVITE without SDP), so the far end offers video in its 200 OK and we
  answer as above. Appending video to pjsua's own offer aborts the process.
- Re-offers (hold, unhold, video on/off): pjsua copies a port-0 video line into each; we patch it every time and
  read the far end's answer from the raw 2xx in ``on_tsx_state`` (pjsua2 has no getter for it).
- An SDP over pjsua's 1024-byte buffer arrives as "": we never edit then; the call goes on audio only, with a notice.
- SDES-SRTP: an SRTP video offer is answered with one crypto line of our own key (one random key per call, never
  logged); our re-offers carry a crypto line on video when the audio is SRTP. Crypto we cannot use: audio only,
  with a notice.

The video backend (softphone.video.service.VideoService, injected by the composition root) owns sockets and codecs
on its own threads; this module only hands it ports and negotiated parameters.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, Protocol

import pjsua2 as pj

from softphone.core import sdp as sdpmod
from softphone.core.events import ErrorEvent, VideoChanged

log = logging.getLogger("softphone.engine.video")

STATS_INTERVAL_SEC = 2.0
REINVITE_WAIT_SEC = 5.0
_CRYPTO_KEY = re.compile(r"(inline:)[A-Za-z0-9+/=]+")
_SENDS = ("sendrecv", "recvonly")  # the far end's direction that lets us send
_RECVS = ("sendrecv", "sendonly")


class VideoBackend(Protocol):
    bind_address: str
    sdp_address: str

    def open(self, call_id: str) -> int: ...

    def configure(self, call_id: str, remote: sdpmod.RemoteVideo | None, send: bool = True,
                  recv: bool = True, local_srtp: sdpmod.Crypto | None = None) -> None: ...

    def request_keyframe(self, call_id: str) -> None: ...

    def stats(self, call_id: str) -> dict[str, float] | None: ...

    def close(self, call_id: str) -> None: ...

    def close_all(self) -> None: ...


@dataclass
class _CallVideo:
    wanted: bool  # the agent wants video on this call
    port: int = 0
    payload_type: int = 96
    remote: sdpmod.RemoteVideo | None = None
    active: bool = False  # our video line is in the negotiated SDP with a port
    offering: bool = False  # the next local SDP is our re-offer (video on/off)
    rx_offer: bool = False  # the far end's (re-)offer is being answered
    awaiting_answer: bool = False
    raw_offer: str = ""  # the initial INVITE's SDP from the raw message (for offers over pjsua's buffer)
    incoming: bool = False  # the far end called us: the initial answer waits for the agent's answer
    answered: bool = False  # the agent answered (200) this incoming call
    pending: tuple[str, str] | None = field(default=None, repr=False)  # (pjsua's answer, the offer) until answered
    held: bool = False
    video_line: bool = False  # the call's SDP has a video line (ours, or pjsua's port-0 one): video can go on
    notice: str = ""
    last_on: bool | None = None
    srtp_key: bytes = field(default_factory=sdpmod.new_srtp_key, repr=False)  # ours for this call's video
    local_srtp: sdpmod.Crypto | None = None  # our crypto line in the negotiated SDP (None: plain RTP)
    offered_srtp: sdpmod.Crypto | None = None  # our crypto line in the re-offer awaiting its answer


class VideoHooks:
    def __init__(self, engine: Any, backend: VideoBackend) -> None:
        self._engine = engine
        self.backend = backend
        self.answer_with_video = True  # incoming offers with video get video unless the agent turned it off
        self._calls: dict[str, _CallVideo] = {}
        self._armed = False
        self._timer: Any = None

    # ---- asyncio side (thread hop through the engine's command queue) ----------------------------------------

    async def set_video(self, call_id: str, on: bool) -> bool:
        """Turn video on or off in a call (a re-INVITE once connected; before answering, the answer's choice).
        False: the call was set up without a video line, so video cannot be added (nothing is sent)."""
        done: bool = await self._engine._submit(lambda: self._do_set_video(call_id, on))
        return done

    async def arm_video_call(self) -> None:
        """The next (non-silent) outgoing call is a video call: INVITE without SDP (delayed offer)."""
        await self._engine._submit(self._do_arm)

    async def video_state(self, call_id: str) -> dict[str, object]:
        state: dict[str, object] = await self._engine._submit(lambda: self._describe(call_id))
        return state

    # ---- engine thread ---------------------------------------------------------------------------------------

    def _do_arm(self) -> None:
        self._armed = True

    def _describe(self, call_id: str) -> dict[str, object]:
        st = self._calls.get(call_id)
        if st is None:
            return {"on": False}
        return {"on": st.active, "wanted": st.wanted, "port": st.port, "notice": st.notice, "possible": st.video_line,
                "remote_port": st.remote.port if st.remote else 0}

    def _state(self, call_id: str) -> _CallVideo:
        st = self._calls.get(call_id)
        if st is None:
            st = self._calls[call_id] = _CallVideo(wanted=self.answer_with_video)
        return st

    def account_config(self, cfg: Any) -> None:
        """pjsua's "lock codec" re-offer (after an answer with several codecs) is built without onCallSdpCreated,
        from a copy in which our video line is inactive: the far end then stops video. Our patched re-offers
        already carry one video codec, and audio works without the lock, so it is switched off."""
        cfg.mediaConfig.lockCodecEnabled = False

    def on_incoming(self, call_id: str, raw_message: str) -> None:
        st = self._state(call_id)
        st.raw_offer = sdpmod.sdp_from_sip_message(raw_message) if raw_message else ""
        st.incoming = True
        preload_soon = getattr(type(self.backend), "preload_soon", None)
        if preload_soon is not None and st.wanted and "m=video" in st.raw_offer:
            preload_soon(self.backend)  # the first video call of the process: the stack loads while it rings

    def prepare_answer(self, call_id: str, prm: Any) -> None:
        """The agent answers (200): the answer's video line is settled now. With video our line goes in (passed
        with the answer); without, pjsua's own answer goes out as it is (video rejected, port 0), no port opened."""
        st = self._calls.get(call_id)
        if st is None:
            return
        st.answered = True
        pending, st.pending = st.pending, None
        if pending is None:
            return  # no offer seen yet (pjsua then builds the answer later and on_sdp_created patches it)
        st.raw_offer = ""
        if not st.wanted:
            return
        local, remote = pending
        try:
            self._answer_with_video(call_id, st, local, remote, prm)
        except Exception:  # a bug here must never reach pjsua: its answer then stays audio-only
            log.exception("video answer failed; call %s stays audio-only", call_id)
            if st.port and not st.active:
                self.backend.close(call_id)
                st.port = 0

    def prepare_outgoing(self, call_id: str, prm: Any, silent: bool) -> None:
        if silent or not self._armed:
            self._calls[call_id] = _CallVideo(wanted=False)
            return
        self._armed = False
        self._calls[call_id] = _CallVideo(wanted=True)
        prm.opt.flag |= pj.PJSUA_CALL_NO_SDP_OFFER

    def on_sdp_created(self, call_id: str, prm: Any) -> None:
        """pjsua built a local SDP (offer or answer): put our video line in, or leave it exactly as it is."""
        try:
            self._sdp_created(call_id, prm)
        except Exception:  # a bug here must never reach pjsua: its SDP then stays untouched
            log.exception("video SDP hook failed; call %s stays audio-only", call_id)
        try:
            st, sdp = self._calls.get(call_id), str(prm.sdp.wholeSdp)
            if st is not None and sdp:  # "" = over pjsua's buffer: tells nothing
                # pjsua keeps the number of media lines for the whole call: without a video line now, never one
                st.video_line = _VIDEO_LINE.search(sdp) is not None
        except Exception:
            log.exception("video SDP hook failed; call %s", call_id)

    def _sdp_created(self, call_id: str, prm: Any) -> None:
        st = self._state(call_id)
        local = str(prm.sdp.wholeSdp)
        remote = str(prm.remSdp.wholeSdp)
        st.pending = None  # any newer SDP (e.g. an early UPDATE's) replaces the kept answer: never hand that back
        if not local:
            self._notice(call_id, st, "our SDP is over pjsua's 1024-byte limit: video left out")
            return
        rx_offer, st.rx_offer = st.rx_offer, False
        if not remote and st.raw_offer and not rx_offer:
            remote = st.raw_offer  # an initial offer over pjsua's buffer: the raw INVITE still has it
        st.raw_offer = ""
        if st.offering or (not remote and not rx_offer):
            # our own offer: a video on/off re-INVITE, or pjsua's hold/unhold/refresh re-offer
            st.offering = False
            self._patch_offer(call_id, st, local, prm)
            return
        if not remote:
            if "m=video" in local:
                # an answer to an offer pjsua could not show us (over 1 KB, e.g. a re-INVITE): stay safe, no video
                self._set_inactive(call_id, st, "the far end's SDP is over 1 KB: the call continues audio-only")
            return
        if st.incoming and not st.answered and not rx_offer:
            # the initial offer, before the agent chose: settled in prepare_answer (nothing opened until then)
            st.pending = (local, remote)
            st.raw_offer = remote  # what a "does the offer have video" probe reads until the answer
            return
        if not st.wanted:
            if st.active:
                self._set_inactive(call_id, st, "")
            return
        self._answer_with_video(call_id, st, local, remote, prm)

    def _answer_with_video(self, call_id: str, st: _CallVideo, local: str, remote: str, prm: Any) -> None:
        """Our VP8 line into pjsua's answer ``local`` to ``remote``, in ``prm.sdp``; or audio only, with the reason."""
        if st.port == 0:
            if not _VIDEO_LINE.search(remote):
                # an audio-only offer: no video port, and the video stack (about 30 MB) stays unloaded
                self._set_inactive(call_id, st, "")
                return
            st.port = self.backend.open(call_id)
        ours = sdpmod.LocalVideo(self._address(local), st.port, st.payload_type)
        result = sdpmod.patch_answer(local, remote, ours, srtp_key=st.srtp_key)
        if not result.patched or result.remote is None:
            if "video" in result.reason and "no video" not in result.reason or "1024" in result.reason:
                self._notice(call_id, st, f"video not possible: {result.reason}")
            self._set_inactive(call_id, st, "")
            return
        prm.sdp.wholeSdp = result.sdp
        st.payload_type = result.remote.payload_type
        st.remote = result.remote
        st.local_srtp = result.local_srtp
        st.active = True
        self._apply(call_id, st)

    def _patch_offer(self, call_id: str, st: _CallVideo, local: str, prm: Any) -> None:
        if st.wanted:
            if st.port == 0:
                st.port = self.backend.open(call_id)
            ours: sdpmod.LocalVideo | None = sdpmod.LocalVideo(self._address(local), st.port, st.payload_type)
        else:
            ours = None
        result = sdpmod.patch_offer(local, ours, srtp_key=st.srtp_key)
        st.awaiting_answer = True  # until the final response: no re-INVITE of ours may start (pjsua asserts)
        st.offered_srtp = result.local_srtp
        if result.patched:
            prm.sdp.wholeSdp = result.sdp
        elif ours is not None and "no video line" not in result.reason:
            self._notice(call_id, st, f"video not possible: {result.reason}")
        if ours is None or not result.patched:
            self._set_inactive(call_id, st, "")

    def on_rx_offer(self, call_id: str) -> None:
        """The far end sent a (re-)offer: the next local SDP is an answer, even when pjsua shows the offer as ""."""
        self._state(call_id).rx_offer = True

    def on_tsx_state(self, call_id: str, prm: Any) -> None:
        """The far end's answer to our re-offer: only in the raw 2xx of the INVITE transaction."""
        st = self._calls.get(call_id)
        if st is not None and st.pending is not None and _answer_in_provisional(prm):
            st.pending = None  # pjsua's answer went out in a 1xx: it stands, the 200 repeats it
            st.raw_offer = ""
            log.info("call %s: the answer went out in a provisional response: video stays off", call_id)
        if st is None or not st.awaiting_answer:
            return
        try:
            event = prm.e
            if event.type != pj.PJSIP_EVENT_TSX_STATE or event.body.tsxState.type != pj.PJSIP_EVENT_RX_MSG:
                return
            tsx = event.body.tsxState.tsx
            if str(tsx.method) != "INVITE":
                return
            code = int(tsx.statusCode)
            raw = str(event.body.tsxState.src.rdata.wholeMsg)
        except Exception:
            return
        if code < 200:
            return
        log.debug("call %s: %d to our re-offer: %s", call_id, code,
                  _CRYPTO_KEY.sub(r"\1<key>", raw[-400:]))  # SRTP keys never go to logs
        st.awaiting_answer = False
        if code >= 300 or not st.wanted:
            return
        answer = sdpmod.sdp_from_sip_message(raw)
        remote = sdpmod.remote_video_in_answer(answer, st.offered_srtp) if answer else None
        if remote is None:
            declined = "the far end declined video"
            if st.offered_srtp is not None and _has_vp8(answer):
                declined = "the far end's video answer has no SRTP key matching our offer"
            self._set_inactive(call_id, st, declined if answer else "")
            return
        st.local_srtp = st.offered_srtp if remote.srtp is not None else None  # RTP/AVP+crypto answered plain
        st.remote = remote
        st.payload_type = remote.payload_type
        st.active = True
        self._apply(call_id, st)

    def on_media_state(self, call_id: str, local_hold: bool, remote_hold: bool) -> None:
        st = self._calls.get(call_id)
        if st is None:
            return
        held = local_hold or remote_hold
        log.debug("call %s media state: local_hold=%s remote_hold=%s", call_id, local_hold, remote_hold)
        if held != st.held:
            st.held = held
            if st.active:
                self._apply(call_id, st)

    def on_call_ended(self, call_id: str) -> None:
        st = self._calls.pop(call_id, None)
        if st is None:
            return
        if st.port:
            final = self.backend.stats(call_id)
            self.backend.close(call_id)
            if st.active or final:
                self._emit_stats(call_id, False, final)

    def close_all(self) -> None:
        self._calls.clear()
        self.backend.close_all()

    def _do_set_video(self, call_id: str, on: bool) -> bool:
        rec = self._engine._record(call_id)
        st = self._state(call_id)
        if on and rec.confirmed and not st.video_line and not st.active:
            # a re-offer may not add a media line (pjsua aborts), so an audio call stays one
            return False
        st.wanted = on
        if not rec.confirmed:
            return True  # not answered yet: the answer carries the choice
        self._reinvite_when_idle(call_id, time.monotonic() + REINVITE_WAIT_SEC)
        return True

    def _reinvite_when_idle(self, call_id: str, deadline: float) -> None:
        """Re-INVITE once no offer/answer is in progress: pjsua2's reinvite() during one asserts (aborts)."""
        rec = self._engine._calls.get(call_id)
        st = self._calls.get(call_id)
        if rec is None or rec.ended or st is None or st.wanted == st.active:
            return
        if st.offering or st.awaiting_answer or st.rx_offer:
            if time.monotonic() < deadline:
                self._engine._schedule(0.05, lambda: self._reinvite_when_idle(call_id, deadline))
            else:
                self._notice(call_id, st, "video could not be switched: the call is busy renegotiating")
            return
        st.offering = True
        prm = pj.CallOpParam(True)
        try:
            rec.call.reinvite(prm)
        except pj.Error as exc:
            st.offering = False
            if time.monotonic() < deadline:  # e.g. a transaction of pjsua's own still running
                self._engine._schedule(0.1, lambda: self._reinvite_when_idle(call_id, deadline))
            else:
                self._notice(call_id, st, f"video could not be switched: {getattr(exc, 'reason', exc)}")

    # ---- helpers ---------------------------------------------------------------------------------------------

    def _address(self, local_sdp: str) -> str:
        """Our video address: the configured one, else the one pjsua put in its own SDP for audio."""
        if self.backend.sdp_address:
            return self.backend.sdp_address
        try:
            parsed = sdpmod.parse(local_sdp)
        except sdpmod.SdpError:
            return "127.0.0.1"
        return (parsed.media_connection(0) if parsed.media else parsed.connection) or "127.0.0.1"

    def _apply(self, call_id: str, st: _CallVideo) -> None:
        remote = st.remote
        if remote is None:
            return
        send = remote.direction in _SENDS and not st.held
        recv = remote.direction in _RECVS and not st.held
        self.backend.configure(call_id, remote, send=send, recv=recv, local_srtp=st.local_srtp)
        if send:
            self.backend.request_keyframe(call_id)
        self._announce(call_id, st)
        self._ensure_timer()

    def _set_inactive(self, call_id: str, st: _CallVideo, notice: str) -> None:
        was = st.active
        st.active = False
        st.remote = None
        if st.port:
            self.backend.configure(call_id, None)
        if notice:
            self._notice(call_id, st, notice)
        if was:
            self._announce(call_id, st)

    def _notice(self, call_id: str, st: _CallVideo, text: str) -> None:
        if st.notice == text:
            return
        st.notice = text
        log.info("call %s: %s", call_id, text)
        self._engine._emit(ErrorEvent(code="video-unavailable", message=f"call {call_id}: {text}", cmd="video"))

    def _announce(self, call_id: str, st: _CallVideo) -> None:
        on = st.active
        if st.last_on == on:
            return
        st.last_on = on
        self._emit_stats(call_id, on, self.backend.stats(call_id))

    def _emit_stats(self, call_id: str, on: bool, stats: dict[str, float] | None) -> None:
        s = stats or {}
        self._engine._emit(VideoChanged(call_id=call_id, on=on, fps=float(s.get("fps", 0.0)),
                                        frames_rx=int(s.get("frames_rx", 0)), frames_tx=int(s.get("frames_tx", 0)),
                                        bitrate=int(s.get("bitrate", 0)), loss=float(s.get("loss", 0.0))))

    def _ensure_timer(self) -> None:
        if self._timer is not None and not self._timer.cancelled:
            return
        schedule: Callable[[float, Callable[[], None]], Any] = self._engine._schedule
        self._timer = schedule(STATS_INTERVAL_SEC, self._tick)

    def _tick(self) -> None:
        self._timer = None
        live = [(cid, st) for cid, st in self._calls.items() if st.active]
        for call_id, _st in live:
            self._emit_stats(call_id, True, self.backend.stats(call_id))
        if live:
            self._ensure_timer()


_VIDEO_LINE = re.compile(r"^m=video ", re.M)


def _answer_in_provisional(prm: Any) -> bool:
    """We sent a 1xx to the INVITE with an SDP in it (pjsua's answer, before the agent answered)."""
    try:
        event = prm.e
        if event.type != pj.PJSIP_EVENT_TSX_STATE or event.body.tsxState.type != pj.PJSIP_EVENT_TX_MSG:
            return False
        tsx = event.body.tsxState.tsx
        if str(tsx.method) != "INVITE" or not 100 < int(tsx.statusCode) < 200:
            return False
        raw = str(event.body.tsxState.src.tdata.wholeMsg)
    except Exception:
        return False
    return bool(sdpmod.sdp_from_sip_message(raw))


def _has_vp8(sdp_text: str) -> bool:
    try:
        return sdpmod.find_vp8(sdpmod.parse(sdp_text)) is not None
    except sdpmod.SdpError:
        return False


def install(engine: Any, backend: VideoBackend) -> VideoHooks:
    """Attach video to an engine before ``start()`` (capabilities then report video)."""
    hooks = VideoHooks(engine, backend)
    engine._video = hooks
    return hooks
