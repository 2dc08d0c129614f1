"""Video sessions per call, behind the small interface the engine glue (engine/video_hooks.py) calls.

Every method is quick and never blocks on the network, so the engine thread may call it; the sessions do their
work on their own threads. Plain types in, plain types out: the engine never sees av/aiortc objects.
"""

from __future__ import annotations

import logging
import threading

from softphone.core.sdp import Crypto, RemoteVideo
from softphone.video.frames import FrameSource, TestPattern
from softphone.video.session import FrameSink, RemoteEndpoint, SourceFactory, SrtpKeys, VideoSession

log = logging.getLogger("softphone.video")


class VideoService:
    """``bind_address``: the engine's RTP bind address ("" = all interfaces; the SDP then names ``sdp_address``)."""

    def __init__(self, bind_address: str = "", *, sdp_address: str = "", source_factory: SourceFactory | None = None,
                 fps: float = 15.0, width: int = 640, height: int = 480, on_frame: FrameSink | None = None) -> None:
        self.bind_address = bind_address
        self.sdp_address = sdp_address  # "" = the address pjsua advertises for audio
        self.fps, self.width, self.height = fps, width, height
        self.source_factory = source_factory
        self.on_frame = on_frame
        self._sessions: dict[str, VideoSession] = {}
        self._lock = threading.Lock()

    def _source(self) -> FrameSource:
        if self.source_factory is not None:
            return self.source_factory()
        return TestPattern(self.width, self.height, self.fps)

    def open(self, call_id: str) -> int:
        """The call's RTP port (RTCP is the next one); opens the sockets on first use."""
        with self._lock:
            session = self._sessions.get(call_id)
            if session is None:
                session = VideoSession(self.bind_address or "0.0.0.0", self._source, fps=self.fps, width=self.width,
                                       height=self.height, on_frame=self.on_frame, cname=f"softphone-{call_id}")
                self._sessions[call_id] = session
            return session.port

    def configure(self, call_id: str, remote: RemoteVideo | None, send: bool = True, recv: bool = True,
                  local_srtp: Crypto | None = None) -> None:
        """``local_srtp``: our crypto line when the stream is SRTP (then ``remote.srtp`` is the far end's)."""
        session = self._sessions.get(call_id)
        if session is None:
            return
        if remote is None:
            session.configure(None)
            return
        keys = None
        if local_srtp is not None and remote.srtp is not None:
            keys = SrtpKeys(remote.srtp.suite, tx_key=local_srtp.key, rx_key=remote.srtp.key)
        elif local_srtp is not None or remote.srtp is not None:
            log.warning("call %s: SRTP on one side only; video stays off", call_id)
            session.configure(None)
            return
        session.configure(RemoteEndpoint(address=remote.address, port=remote.port, rtcp_port=remote.rtcp_port,
                                         payload_type=remote.payload_type, send=send, recv=recv, nack=remote.nack,
                                         pli=remote.pli or not remote.fir, fir=remote.fir, srtp=keys))

    def request_keyframe(self, call_id: str) -> None:
        session = self._sessions.get(call_id)
        if session is not None:
            session.request_keyframe()

    def session(self, call_id: str) -> VideoSession | None:
        """The live session (tests, UI): read-only use."""
        return self._sessions.get(call_id)

    def stats(self, call_id: str) -> dict[str, float] | None:
        session = self._sessions.get(call_id)
        if session is None:
            return None
        s = session.stats()
        return {"fps": s.fps_rx, "frames_rx": s.frames_rx, "frames_tx": s.frames_tx, "bitrate": s.bitrate_tx,
                "loss": s.loss_pct, "srtp": float(s.srtp), "srtp_dropped": s.srtp_dropped}

    def close(self, call_id: str) -> None:
        with self._lock:
            session = self._sessions.pop(call_id, None)
        if session is not None:
            session.close()

    def close_all(self) -> None:
        for call_id in list(self._sessions):
            self.close(call_id)

