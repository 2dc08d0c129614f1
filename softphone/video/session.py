"""One call's video stream beside pjsua2 (DESIGN.md 9): a UDP socket pair, VP8 (PyAV), RTP/RTCP (aiortc's packet
classes), a jitter buffer that asks for keyframes on loss, NACK answered from a resend buffer, a bitrate that
follows the far end's loss reports, and SDES-SRTP (pylibsrtp): RTP and RTCP out protected with our key, in
unprotected with the far end's (RFC 4568: SRTCP uses the same master key); what fails authentication is dropped.

Everything runs on the session's own thread. Nothing here ever touches pjsua2; the engine glue only calls the
thread-safe methods ``configure``, ``request_keyframe``, ``stats`` and ``close``.
"""

from __future__ import annotations

import contextlib
import logging
import random
import selectors
import socket
import struct
import threading
import time
from collections import OrderedDict, deque
from collections.abc import Callable
from dataclasses import dataclass, field
from fractions import Fraction
from typing import Any

import av
import numpy as np
import pylibsrtp
from aiortc.codecs.vpx import VpxPayloadDescriptor
from aiortc.rtp import (
    RtcpByePacket,
    RtcpPacket,
    RtcpPsfbPacket,
    RtcpReceiverInfo,
    RtcpRrPacket,
    RtcpRtpfbPacket,
    RtcpSdesPacket,
    RtcpSenderInfo,
    RtcpSourceInfo,
    RtcpSrPacket,
    RtpPacket,
)

from softphone.video.frames import FrameSource, TestPattern

log = logging.getLogger("softphone.video")

CLOCK = 90000
MAX_PAYLOAD = 1200  # bytes of VP8 per RTP packet: well under any path MTU with headers and SRTP
RESEND_BUFFER = 512  # packets kept for NACK
MIN_BITRATE = 150_000
MAX_BITRATE = 1_500_000
START_BITRATE = 800_000
GAP_WAIT_NACK = 0.12  # seconds a hole may stay open while a NACK is out before we give up and ask for a keyframe
GAP_WAIT = 0.03  # the same without NACK (a little reordering)
PLI_INTERVAL = 0.25  # at most this often
RTCP_INTERVAL = 1.0
NTP_EPOCH = 2208988800
PSFB_PLI, PSFB_FIR, RTPFB_NACK = 1, 4, 1

FrameSink = Callable[[np.ndarray], None]
SourceFactory = Callable[[], FrameSource]


_SRTP_PROFILES = {"AES_CM_128_HMAC_SHA1_80": pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_80,
                  "AES_CM_128_HMAC_SHA1_32": pylibsrtp.Policy.SRTP_PROFILE_AES128_CM_SHA1_32}
WIRE_KEEP = 64  # last packets as sent/received on the wire, for tests that check they are really encrypted


@dataclass(frozen=True)
class SrtpKeys:
    """SDES-SRTP for one stream: the suite and the two master keys+salts (30 bytes each; secrets, never shown)."""

    suite: str
    tx_key: bytes = field(repr=False)  # ours: protects what we send
    rx_key: bytes = field(repr=False)  # the far end's: checks and decrypts what it sends


def _srtp_session(suite: str, key: bytes, outbound: bool) -> pylibsrtp.Session:
    if suite not in _SRTP_PROFILES:
        raise ValueError(f"unsupported SRTP suite {suite!r}")
    ssrc_type = pylibsrtp.Policy.SSRC_ANY_OUTBOUND if outbound else pylibsrtp.Policy.SSRC_ANY_INBOUND
    policy = pylibsrtp.Policy(key=key, ssrc_type=ssrc_type, srtp_profile=_SRTP_PROFILES[suite])
    policy.allow_repeat_tx = True  # a NACK resend is the same packet again
    return pylibsrtp.Session(policy=policy)


@dataclass(frozen=True)
class RemoteEndpoint:
    """Where and how to send, from the negotiated SDP."""

    address: str
    port: int
    rtcp_port: int
    payload_type: int
    send: bool = True  # our direction allows sending
    recv: bool = True
    nack: bool = False  # the far end understands generic NACK
    pli: bool = True
    fir: bool = False
    srtp: SrtpKeys | None = None  # None: plain RTP


@dataclass
class VideoStats:
    frames_rx: int = 0
    frames_tx: int = 0
    keyframes_rx: int = 0
    keyframes_tx: int = 0
    fps_rx: float = 0.0
    fps_tx: float = 0.0
    bitrate_tx: int = 0  # bits/s actually sent over the last second
    target_bitrate: int = START_BITRATE
    packets_rx: int = 0
    packets_tx: int = 0
    lost_rx: int = 0
    loss_pct: float = 0.0  # what we lose (our receive side)
    remote_loss_pct: float = 0.0  # what the far end reports losing
    rtt_ms: float = 0.0
    plis_rx: int = 0
    plis_tx: int = 0
    nacks_rx: int = 0
    nacks_tx: int = 0
    resent: int = 0
    decode_errors: int = 0
    width_rx: int = 0
    height_rx: int = 0
    srtp: bool = False  # the stream is SRTP (both ways)
    srtp_dropped: int = 0  # packets in that failed SRTP/SRTCP authentication (or replays) and were dropped


@dataclass
class _Pkt:
    ts: int
    marker: bool
    start: bool
    data: bytes


@dataclass
class _Rx:
    """Receive-side state of the far end's stream."""

    ssrc: int = 0
    base: int | None = None  # first extended sequence number
    max_ext: int = -1
    cycles: int = 0
    received: int = 0
    expected_prior: int = 0
    received_prior: int = 0
    jitter: float = 0.0
    last_transit: int | None = None
    last_sr: int = 0  # middle 32 bits of the last SR's NTP time
    last_sr_at: float = 0.0
    pkts: dict[int, _Pkt] = field(default_factory=dict)
    next: int | None = None
    gap_since: float | None = None
    nacked: set[int] = field(default_factory=set)
    need_keyframe: bool = True
    last_pli: float = 0.0


def _ntp(now_wall: float) -> int:
    secs = now_wall + NTP_EPOCH
    return (int(secs) << 32) | int((secs % 1) * (1 << 32))


def open_socket_pair(address: str, attempts: int = 64) -> tuple[socket.socket, socket.socket]:
    """An RTP socket on an even port and the RTCP socket on the next one, both on ``address``."""
    family = socket.AF_INET6 if ":" in address else socket.AF_INET
    for _ in range(attempts):
        rtp = socket.socket(family, socket.SOCK_DGRAM)
        try:
            rtp.bind((address, 0))
            port = rtp.getsockname()[1]
            if port % 2 or port >= 65535:
                rtp.close()
                rtp = socket.socket(family, socket.SOCK_DGRAM)
                port = port + 1 if port % 2 else port - 2
                rtp.bind((address, port))
            rtcp = socket.socket(family, socket.SOCK_DGRAM)
            try:
                rtcp.bind((address, port + 1))
            except OSError:
                rtcp.close()
                raise
        except OSError:
            rtp.close()
            continue
        for s in (rtp, rtcp):
            s.setblocking(False)
            with contextlib.suppress(OSError):
                s.setsockopt(socket.SOL_SOCKET, socket.SO_RCVBUF, 1 << 20)
        return rtp, rtcp
    raise OSError(f"no free RTP/RTCP port pair on {address}")


class Vp8Encoder:
    def __init__(self, width: int, height: int, fps: float, bitrate: int) -> None:
        self.width, self.height, self.fps, self.bitrate = width, height, fps, bitrate
        self._ctx: Any = None
        self._pts = 0

    def _open(self) -> Any:
        ctx = av.CodecContext.create("libvpx", "w")
        ctx.width, ctx.height = self.width, self.height
        ctx.pix_fmt = "yuv420p"
        ctx.time_base = Fraction(1, max(1, round(self.fps)))
        ctx.framerate = Fraction(max(1, round(self.fps)), 1)
        ctx.bit_rate = self.bitrate
        ctx.gop_size = int(self.fps * 10)  # a keyframe every 10 s even if nobody asks (recovery without RTCP)
        ctx.qmin, ctx.qmax = 4, 56
        ctx.thread_count = 1  # at 640x480 a second thread costs more in wake-ups than it saves
        ctx.options = {"deadline": "realtime", "cpu-used": "8", "lag-in-frames": "0", "error-resilient": "1",
                       "static-thresh": "100", "undershoot-pct": "95", "overshoot-pct": "15",
                       "bufsize": str(self.bitrate), "maxrate": str(self.bitrate), "max-intra-rate": "300"}
        ctx.open()
        return ctx

    def set_bitrate(self, bitrate: int) -> None:
        if self._ctx is not None and abs(bitrate - self.bitrate) / self.bitrate > 0.15:
            self._ctx = None  # libvpx via FFmpeg takes its rate at open: reopen (the next frame is a keyframe)
        self.bitrate = bitrate

    def encode(self, rgb: np.ndarray, keyframe: bool) -> tuple[bytes, bool]:
        """VP8 for one frame: (data, is_keyframe); empty data when the encoder dropped the frame."""
        if rgb.shape[1] != self.width or rgb.shape[0] != self.height:
            self.width, self.height = int(rgb.shape[1]), int(rgb.shape[0])
            self._ctx = None
        if self._ctx is None:
            self._ctx = self._open()
            keyframe = True
        frame = av.VideoFrame.from_ndarray(rgb, format="rgb24").reformat(format="yuv420p")
        frame.pts = self._pts
        self._pts += 1
        if keyframe:
            frame.pict_type = av.video.frame.PictureType.I
        data = b""
        key = False
        for packet in self._ctx.encode(frame):
            data += bytes(packet)
            key = key or bool(packet.is_keyframe)
        return data, key


def packetize(data: bytes, picture_id: int) -> list[bytes]:
    """RFC 7741 payloads: descriptor with the picture id; S=1 on the first packet of the frame."""
    out = []
    descr = VpxPayloadDescriptor(partition_start=1, partition_id=0, picture_id=picture_id)
    pos = 0
    while pos < len(data):
        head = bytes(descr)
        size = min(len(data) - pos, MAX_PAYLOAD - len(head))
        out.append(head + data[pos:pos + size])
        descr.partition_start = 0
        pos += size
    return out


class VideoSession:
    """A call's video. Create, read ``port``, ``configure(remote)`` once the SDP is negotiated, ``close()`` at the end.

    ``on_frame`` (optional) gets every decoded frame as RGB on the session thread (the UI copies it out);
    ``on_keyframe_request``/test hooks are for measurements.
    """

    def __init__(self, bind_address: str = "127.0.0.1", source_factory: SourceFactory | None = None, *,
                 fps: float = 15.0, width: int = 640, height: int = 480, on_frame: FrameSink | None = None,
                 cname: str = "softphone") -> None:
        self.address = bind_address or "0.0.0.0"
        self._rtp, self._rtcp = open_socket_pair(self.address if self.address != "0.0.0.0" else "0.0.0.0")
        self.port = int(self._rtp.getsockname()[1])
        self.fps = fps
        self._source_factory = source_factory or (lambda: TestPattern(width, height, fps))
        self._source: FrameSource | None = None
        self.on_frame = on_frame
        self.cname = cname.encode()[:200]
        self._lock = threading.Lock()
        self._remote: RemoteEndpoint | None = None
        self._force_key = True
        self._want_key = False
        self._closed = False
        self._wake_r, self._wake_w = socket.socketpair()
        self._wake_r.setblocking(False)
        self._thread: threading.Thread | None = None
        # --- session-thread state ---
        self.ssrc = random.getrandbits(32) or 1
        self._seq = random.getrandbits(16)
        self._ts_base = random.getrandbits(32)
        self._t0 = time.monotonic()
        self._picture_id = random.getrandbits(15)
        self._sent_octets = 0
        self._resend: OrderedDict[int, bytes] = OrderedDict()
        self._rx = _Rx()
        self._encoder = Vp8Encoder(width, height, fps, START_BITRATE)
        self._decoder: Any = None
        self.stats_data = VideoStats()
        self._tx_bytes_window: deque[tuple[float, int]] = deque()
        self._rx_frames_window: deque[float] = deque()
        self._tx_frames_window: deque[float] = deque()
        self._last_rate_change = 0.0
        # measurement hooks (tests): drop the next N received RTP packets; timestamps of what happened
        self.drop_rx = 0
        self.timeline: deque[tuple[float, str]] = deque(maxlen=2000)
        self.wire_rx: deque[bytes] = deque(maxlen=WIRE_KEEP)  # RTP as it arrived (before SRTP unprotect)
        self.wire_tx: deque[bytes] = deque(maxlen=WIRE_KEEP)  # RTP as it left (after SRTP protect)
        self._srtp: SrtpKeys | None = None
        self._tx_srtp: pylibsrtp.Session | None = None
        self._rx_srtp: pylibsrtp.Session | None = None

    # ---- thread-safe control -----------------------------------------------------------------------------

    @property
    def remote(self) -> RemoteEndpoint | None:
        return self._remote

    def configure(self, remote: RemoteEndpoint | None) -> None:
        """New negotiated parameters (None = video off, sockets kept). Starts the thread on first use."""
        with self._lock:
            old = self._remote
            if remote is not None:
                self._set_srtp(remote.srtp)
            self._remote = remote
            if remote is not None and remote.send and (old is None or not old.send or old.port != remote.port
                                                       or old.address != remote.address):
                self._force_key = True  # resumed or moved: the far end needs a full picture now
            if remote is not None and remote.recv and (old is None or not old.recv or old.port != remote.port
                                                       or old.address != remote.address):
                self._want_key = True  # and we want one from the far end (its stream may have moved on)
        if remote is not None and self._thread is None and not self._closed:
            self._thread = threading.Thread(target=self._run, name=f"video-{self.port}", daemon=True)
            self._thread.start()
        self._wake()

    def _set_srtp(self, keys: SrtpKeys | None) -> None:
        """New SRTP contexts only for a key that changed: a fresh outbound context would restart the rollover
        counter the far end keeps for our stream."""
        old = self._srtp
        if keys == old:
            return
        if keys is None:
            self._tx_srtp = self._rx_srtp = None
        else:
            if old is None or old.suite != keys.suite or old.tx_key != keys.tx_key:
                self._tx_srtp = _srtp_session(keys.suite, keys.tx_key, outbound=True)
                self._resend.clear()  # protected under the old key
            if old is None or old.suite != keys.suite or old.rx_key != keys.rx_key:
                self._rx_srtp = _srtp_session(keys.suite, keys.rx_key, outbound=False)
        self._srtp = keys
        self.stats_data.srtp = keys is not None

    def request_keyframe(self) -> None:
        self._force_key = True
        self._wake()

    def stats(self) -> VideoStats:
        now = time.monotonic()
        with self._lock:
            s = self.stats_data
            while self._rx_frames_window and now - self._rx_frames_window[0] > 2.0:
                self._rx_frames_window.popleft()
            while self._tx_frames_window and now - self._tx_frames_window[0] > 2.0:
                self._tx_frames_window.popleft()
            while self._tx_bytes_window and now - self._tx_bytes_window[0][0] > 2.0:
                self._tx_bytes_window.popleft()
            s.fps_rx = round(len(self._rx_frames_window) / 2.0, 1)
            s.fps_tx = round(len(self._tx_frames_window) / 2.0, 1)
            s.bitrate_tx = int(sum(b for _, b in self._tx_bytes_window) * 8 / 2.0)
            s.target_bitrate = self._encoder.bitrate
            rx = self._rx
            if rx.base is not None:
                expected = rx.max_ext - rx.base + 1
                s.loss_pct = round(100.0 * max(0, expected - rx.received) / expected, 2) if expected > 0 else 0.0
            return VideoStats(**vars(s))

    def close(self) -> None:
        if self._closed:
            return
        self._closed = True
        self._wake()
        thread = self._thread
        if thread is not None and thread is not threading.current_thread():
            thread.join(3)
        for s in (self._rtp, self._rtcp, self._wake_r, self._wake_w):
            with contextlib.suppress(OSError):
                s.close()

    def _wake(self) -> None:
        with contextlib.suppress(OSError):
            self._wake_w.send(b"x")

    # ---- the session thread --------------------------------------------------------------------------------

    def _run(self) -> None:
        sel = selectors.DefaultSelector()
        sel.register(self._rtp, selectors.EVENT_READ, "rtp")
        sel.register(self._rtcp, selectors.EVENT_READ, "rtcp")
        sel.register(self._wake_r, selectors.EVENT_READ, "wake")
        next_frame = time.monotonic()
        next_rtcp = time.monotonic() + 0.2
        frame_interval = 1.0 / self.fps
        try:
            while not self._closed:
                now = time.monotonic()
                deadline = min(next_frame, next_rtcp)
                if self._rx.gap_since is not None:
                    deadline = min(deadline, self._rx.gap_since + GAP_WAIT)
                for key, _ in sel.select(max(0.0, deadline - now)):
                    if key.data == "rtp":
                        self._read(self._rtp, self._on_rtp)
                    elif key.data == "rtcp":
                        self._read(self._rtcp, self._on_rtcp)
                    else:
                        with contextlib.suppress(OSError):
                            while self._wake_r.recv(4096):
                                pass
                if self._closed:
                    break
                now = time.monotonic()
                if self._want_key and self._rx.ssrc:
                    self._want_key = False
                    rx = self._rx  # what arrived while we were not receiving is gone: start at a keyframe
                    rx.pkts.clear()
                    rx.next = None
                    rx.gap_since = None
                    rx.need_keyframe = True
                    self._rx.last_pli = 0.0
                    self._send_pli(now)
                self._drain(now)
                remote = self._remote
                if now >= next_frame:
                    if remote is not None and remote.send:
                        self._send_frame(remote, now)
                    next_frame += frame_interval
                    if next_frame < now:  # fell behind (slow machine): skip, do not burst
                        next_frame = now + frame_interval
                if now >= next_rtcp:
                    if remote is not None:
                        self._send_rtcp(remote, now)
                    next_rtcp = now + RTCP_INTERVAL * random.uniform(0.8, 1.2)
        except Exception:  # never let a video bug take the call (or the process) down
            log.exception("video session on port %d failed", self.port)
        finally:
            remote = self._remote
            if remote is not None:
                with contextlib.suppress(Exception):
                    self._send_rtcp(remote, time.monotonic(), bye=True)
            sel.close()
            if self._source is not None:
                with contextlib.suppress(Exception):
                    self._source.close()

    @staticmethod
    def _read(sock: socket.socket, handle: Callable[[bytes], None]) -> None:
        for _ in range(256):
            try:
                data = sock.recv(65536)
            except (BlockingIOError, InterruptedError):
                return
            except OSError:
                return  # ICMP port unreachable from a far end that is not listening yet
            try:
                handle(data)
            except Exception as exc:  # a malformed packet from the network: drop it
                log.debug("dropped a bad packet: %s", exc)

    # ---- sending -------------------------------------------------------------------------------------------

    def _send_frame(self, remote: RemoteEndpoint, now: float) -> None:
        if self._source is None:
            self._source = self._source_factory()
        rgb = self._source.next_frame()
        if rgb is None:
            return
        key = self._force_key
        self._force_key = False
        data, is_key = self._encoder.encode(rgb, key)
        if not data:
            return
        ts = (self._ts_base + int((now - self._t0) * CLOCK)) & 0xFFFFFFFF
        payloads = packetize(data, self._picture_id)
        self._picture_id = (self._picture_id + 1) & 0x7FFF
        sent = 0
        tx_srtp = self._tx_srtp if remote.srtp is not None else None
        for i, payload in enumerate(payloads):
            pkt = RtpPacket(payload_type=remote.payload_type, marker=int(i == len(payloads) - 1),
                            sequence_number=self._seq, timestamp=ts, ssrc=self.ssrc, payload=payload)
            raw = pkt.serialize()
            if tx_srtp is not None:
                raw = tx_srtp.protect(raw)
            self.wire_tx.append(raw)
            self._resend[self._seq] = raw
            if len(self._resend) > RESEND_BUFFER:
                self._resend.popitem(last=False)
            self._seq = (self._seq + 1) & 0xFFFF
            with contextlib.suppress(OSError):
                self._rtp.sendto(raw, (remote.address, remote.port))
            sent += len(raw)
        with self._lock:
            s = self.stats_data
            s.frames_tx += 1
            s.packets_tx += len(payloads)
            if is_key:
                s.keyframes_tx += 1
            self._sent_octets += len(data)
            self._tx_bytes_window.append((now, sent))
            self._tx_frames_window.append(now)
        if is_key:
            self.timeline.append((now, "keyframe-tx"))

    def _send_rtcp(self, remote: RemoteEndpoint, now: float, bye: bool = False) -> None:
        packets: list[Any] = []
        reports = self._report_blocks(now)
        s = self.stats_data
        if s.packets_tx:
            info = RtcpSenderInfo(ntp_timestamp=_ntp(time.time()),
                                  rtp_timestamp=(self._ts_base + int((now - self._t0) * CLOCK)) & 0xFFFFFFFF,
                                  packet_count=s.packets_tx & 0xFFFFFFFF, octet_count=self._sent_octets & 0xFFFFFFFF)
            packets.append(RtcpSrPacket(ssrc=self.ssrc, sender_info=info, reports=reports))
        else:
            packets.append(RtcpRrPacket(ssrc=self.ssrc, reports=reports))
        packets.append(RtcpSdesPacket(chunks=[RtcpSourceInfo(ssrc=self.ssrc, items=[(1, self.cname)])]))
        if bye:
            packets.append(RtcpByePacket(sources=[self.ssrc]))
        self._send_rtcp_raw(remote, b"".join(bytes(p) for p in packets))

    def _send_rtcp_raw(self, remote: RemoteEndpoint, data: bytes) -> None:
        tx_srtp = self._tx_srtp
        if remote.srtp is not None and tx_srtp is not None:
            data = tx_srtp.protect_rtcp(data)
        with contextlib.suppress(OSError):
            self._rtcp.sendto(data, (remote.address, remote.rtcp_port))

    def _report_blocks(self, now: float) -> list[RtcpReceiverInfo]:
        rx = self._rx
        if rx.base is None:
            return []
        expected = rx.max_ext - rx.base + 1
        lost = max(0, expected - rx.received)
        exp_int = expected - rx.expected_prior
        rec_int = rx.received - rx.received_prior
        rx.expected_prior, rx.received_prior = expected, rx.received
        lost_int = exp_int - rec_int
        fraction = (lost_int << 8) // exp_int if exp_int > 0 and lost_int > 0 else 0
        dlsr = int((now - rx.last_sr_at) * 65536) if rx.last_sr else 0
        return [RtcpReceiverInfo(ssrc=rx.ssrc, fraction_lost=min(255, fraction), packets_lost=min(lost, 0x7FFFFF),
                                 highest_sequence=rx.max_ext & 0xFFFFFFFF, jitter=int(rx.jitter),
                                 lsr=rx.last_sr, dlsr=dlsr)]

    def _send_pli(self, now: float) -> None:
        remote, rx = self._remote, self._rx
        if remote is None or not rx.ssrc or now - rx.last_pli < PLI_INTERVAL:
            return
        rx.last_pli = now
        if remote.pli or not remote.fir:
            fb: Any = RtcpPsfbPacket(fmt=PSFB_PLI, ssrc=self.ssrc, media_ssrc=rx.ssrc)
        else:
            fb = RtcpPsfbPacket(fmt=PSFB_FIR, ssrc=self.ssrc, media_ssrc=0,
                                fci=struct.pack("!IB3x", rx.ssrc, int(now * 10) & 0xFF))
        rr = RtcpRrPacket(ssrc=self.ssrc, reports=self._report_blocks(now))
        self._send_rtcp_raw(remote, bytes(rr) + bytes(fb))
        with self._lock:
            self.stats_data.plis_tx += 1
        self.timeline.append((now, "pli-tx"))

    # ---- receiving -----------------------------------------------------------------------------------------

    def _on_rtp(self, data: bytes) -> None:
        if len(data) < 12 or data[0] >> 6 != 2:
            return
        if 72 <= data[1] & 0x7F <= 76:
            self._on_rtcp(data)  # RTCP muxed onto the RTP port
            return
        remote = self._remote
        if remote is None or data[1] & 0x7F != remote.payload_type:
            return
        self.wire_rx.append(data)
        rx_srtp = self._rx_srtp
        if remote.srtp is not None and rx_srtp is not None:
            try:
                data = rx_srtp.unprotect(data)
            except (pylibsrtp.Error, ValueError):  # forged, damaged, replayed or too long: never decoded
                with self._lock:
                    self.stats_data.srtp_dropped += 1
                return
        pkt = RtpPacket.parse(data)
        now = time.monotonic()
        if self.drop_rx > 0:  # measurement hook
            self.drop_rx -= 1
            self.timeline.append((now, "dropped"))
            return
        rx = self._rx
        if rx.ssrc != pkt.ssrc:
            self._rx = rx = _Rx(ssrc=pkt.ssrc)  # a new stream (re-INVITE to another peer, restart)
            self._decoder = None
        ext = self._extend(rx, pkt.sequence_number)
        if rx.base is None:
            rx.base = ext
        if ext > rx.max_ext:
            rx.max_ext = ext
        rx.received += 1
        arrival = int(now * CLOCK)
        transit = arrival - pkt.timestamp
        if rx.last_transit is not None:
            d = abs(transit - rx.last_transit)
            if d < CLOCK * 10:
                rx.jitter += (d - rx.jitter) / 16.0
        rx.last_transit = transit
        with self._lock:
            self.stats_data.packets_rx += 1
        if not remote.recv:
            return
        try:
            descr, payload = VpxPayloadDescriptor.parse(pkt.payload)
        except Exception:
            return
        if rx.next is not None and ext < rx.next:
            return  # late or duplicate (a NACK answered twice)
        start = bool(descr.partition_start) and descr.partition_id == 0
        rx.pkts[ext] = _Pkt(pkt.timestamp, bool(pkt.marker), start, payload)
        rx.nacked.discard(ext)
        if len(rx.pkts) > 2000:  # a stream we cannot assemble at all: start over at a keyframe
            rx.pkts.clear()
            rx.next = None
            rx.need_keyframe = True

    @staticmethod
    def _extend(rx: _Rx, seq: int) -> int:
        if rx.max_ext < 0:
            return seq
        last = rx.max_ext & 0xFFFF
        cycles = rx.max_ext >> 16
        if seq < last and last - seq > 0x8000:
            cycles += 1
        elif seq > last and seq - last > 0x8000:
            cycles -= 1
        return (cycles << 16) | seq

    def _drain(self, now: float) -> None:
        """Hand complete frames to the decoder in order; on a hole, NACK, then give up and ask for a keyframe."""
        rx = self._rx
        while rx.pkts:
            if rx.next is None:
                starts = [e for e, p in rx.pkts.items() if p.start]
                if not starts:
                    return
                rx.next = min(starts)
                for e in [e for e in rx.pkts if e < rx.next]:
                    del rx.pkts[e]
            seq = rx.next
            first = rx.pkts.get(seq)
            missing: list[int] = []
            end = -1
            if first is not None:
                s = seq
                while True:
                    p = rx.pkts.get(s)
                    if p is None:
                        missing.append(s)
                        if s > rx.max_ext:
                            break  # the rest of this frame has not arrived yet
                    elif p.ts != first.ts:
                        missing.append(s)  # the marker packet of our frame is lost
                        break
                    elif p.marker:
                        end = s
                        break
                    s += 1
                    if s - seq > 1000:
                        break
            else:
                missing = [seq]
            if end >= 0 and not missing:
                self._deliver(rx, seq, end, now)
                continue
            holes = [m for m in missing if m <= rx.max_ext]
            if not holes:
                return  # just waiting for the frame's later packets
            if rx.gap_since is None:
                rx.gap_since = now
                self.timeline.append((now, "gap"))
                remote = self._remote
                if remote is not None and remote.nack:
                    self._send_nack(holes, now)
            remote = self._remote
            wait = GAP_WAIT_NACK if remote is not None and remote.nack else GAP_WAIT
            if now - rx.gap_since < wait:
                return
            # give up on this frame: skip to the next frame start and ask for a keyframe
            later = [e for e, p in rx.pkts.items() if p.start and e > seq]
            for e in [e for e in rx.pkts if e < (min(later) if later else rx.max_ext + 1)]:
                del rx.pkts[e]
            rx.next = min(later) if later else rx.max_ext + 1
            rx.gap_since = None
            rx.need_keyframe = True
            with self._lock:
                self.stats_data.lost_rx += len(holes)
            self._send_pli(now)

    def _send_nack(self, holes: list[int], now: float) -> None:
        remote, rx = self._remote, self._rx
        todo = [h for h in holes if h not in rx.nacked][:64]
        if remote is None or not todo:
            return
        rx.nacked.update(todo)
        nack = RtcpRtpfbPacket(fmt=RTPFB_NACK, ssrc=self.ssrc, media_ssrc=rx.ssrc, lost=[h & 0xFFFF for h in todo])
        self._send_rtcp_raw(remote, bytes(RtcpRrPacket(ssrc=self.ssrc, reports=self._report_blocks(now))) + bytes(nack))
        with self._lock:
            self.stats_data.nacks_tx += 1

    def _deliver(self, rx: _Rx, first: int, last: int, now: float) -> None:
        parts = [rx.pkts.pop(e).data for e in range(first, last + 1)]
        rx.next = last + 1
        rx.gap_since = None
        data = b"".join(parts)
        key = bool(data) and not data[0] & 0x01
        if rx.need_keyframe and not key:
            self._send_pli(now)
            return
        if key:
            rx.need_keyframe = False
            self.timeline.append((now, "keyframe-rx"))
        if self._decoder is None:
            self._decoder = av.CodecContext.create("vp8", "r")
        try:
            frames = self._decoder.decode(av.Packet(data))
        except av.error.FFmpegError:
            rx.need_keyframe = True
            with self._lock:
                self.stats_data.decode_errors += 1
            self._send_pli(now)
            return
        for frame in frames:
            with self._lock:
                s = self.stats_data
                s.frames_rx += 1
                if key:
                    s.keyframes_rx += 1
                s.width_rx, s.height_rx = frame.width, frame.height
                self._rx_frames_window.append(now)
            sink = self.on_frame
            if sink is not None:
                try:
                    sink(frame.to_ndarray(format="rgb24"))
                except Exception:
                    log.exception("video frame sink failed")

    def _on_rtcp(self, data: bytes) -> None:
        now = time.monotonic()
        remote, rx_srtp = self._remote, self._rx_srtp
        if remote is not None and remote.srtp is not None and rx_srtp is not None:
            try:
                data = rx_srtp.unprotect_rtcp(data)
            except (pylibsrtp.Error, ValueError):
                with self._lock:
                    self.stats_data.srtp_dropped += 1
                return
        for packet in RtcpPacket.parse(data):
            if isinstance(packet, RtcpSrPacket):
                if packet.ssrc == self._rx.ssrc or not self._rx.ssrc:
                    self._rx.last_sr = (packet.sender_info.ntp_timestamp >> 16) & 0xFFFFFFFF
                    self._rx.last_sr_at = now
                self._on_reports(packet.reports, now)
            elif isinstance(packet, RtcpRrPacket):
                self._on_reports(packet.reports, now)
            elif isinstance(packet, RtcpPsfbPacket) and packet.fmt in (PSFB_PLI, PSFB_FIR):
                self._force_key = True
                with self._lock:
                    self.stats_data.plis_rx += 1
                self.timeline.append((now, "pli-rx"))
            elif isinstance(packet, RtcpRtpfbPacket) and packet.fmt == RTPFB_NACK:
                self._on_nack(packet.lost)

    def _on_nack(self, lost: list[int]) -> None:
        remote = self._remote
        if remote is None:
            return
        resent = 0
        for seq in lost:
            raw = self._resend.get(seq & 0xFFFF)
            if raw is not None:
                with contextlib.suppress(OSError):
                    self._rtp.sendto(raw, (remote.address, remote.port))
                resent += 1
        with self._lock:
            self.stats_data.nacks_rx += 1
            self.stats_data.resent += resent

    def _on_reports(self, reports: list[RtcpReceiverInfo], now: float) -> None:
        for report in reports:
            if report.ssrc != self.ssrc:
                continue
            loss = report.fraction_lost / 256.0
            rtt = 0.0
            if report.lsr:
                ntp_mid = (_ntp(time.time()) >> 16) & 0xFFFFFFFF
                rtt = max(0.0, ((ntp_mid - report.lsr - report.dlsr) & 0xFFFFFFFF) / 65536.0)
            with self._lock:
                self.stats_data.remote_loss_pct = round(loss * 100, 2)
                if rtt < 10:
                    self.stats_data.rtt_ms = round(rtt * 1000, 1)
            self._adapt(loss, now)

    def _adapt(self, loss: float, now: float) -> None:
        """Loss-based rate control (like the classic GCC loss controller): back off on >10 %, probe up on <2 %."""
        rate = self._encoder.bitrate
        if loss > 0.10:
            rate = int(rate * (1 - 0.5 * loss))
        elif loss < 0.02:
            rate = int(rate * 1.08)
        rate = max(MIN_BITRATE, min(MAX_BITRATE, rate))
        if rate != self._encoder.bitrate and (now - self._last_rate_change > 4.0 or loss > 0.10):
            self._last_rate_change = now
            self._encoder.set_bitrate(rate)
