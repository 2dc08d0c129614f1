"""A PCMU RTP sender with seeded packet loss: the far end's voice for the audio-quality figure.

tc netem is not available on this kernel (no sch_netem), and SIPp cannot drop RTP, so the far end's RTP comes
from here: SIPp does the SIP (its SDP names this socket's port), this sends the speech with the same seeded
loss pattern to ours and to baresip, which also makes the comparison fairer than random loss.
"""

from __future__ import annotations

import random
import re
import socket
import struct
import threading
import time

FRAME = 160  # 20 ms of 8 kHz u-law


class RtpSender:
    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.port = int(self.sock.getsockname()[1])
        self.sent = self.dropped = 0
        self._stop = threading.Event()
        self._thread: threading.Thread | None = None

    def start(self, dest: tuple[str, int], payload: bytes, loss_pct: float, seed: int, lead_in_s: float = 0.0,
              loops: int = 1) -> None:
        self._thread = threading.Thread(target=self._run, args=(dest, payload, loss_pct, seed, lead_in_s, loops),
                                        daemon=True, name="rtp-sender")
        self._thread.start()

    def _run(self, dest: tuple[str, int], payload: bytes, loss_pct: float, seed: int, lead_in_s: float,
             loops: int) -> None:
        rng = random.Random(seed)
        silence = b"\xff" * FRAME  # u-law zero
        frames = [silence] * int(lead_in_s * 50)
        for _ in range(loops):
            frames += [payload[i:i + FRAME].ljust(FRAME, b"\xff") for i in range(0, len(payload), FRAME)]
        frames += [silence] * 25
        ssrc = rng.getrandbits(32)
        t0 = time.monotonic()
        for n, frame in enumerate(frames):
            if self._stop.is_set():
                return
            delay = t0 + n * 0.02 - time.monotonic()
            if delay > 0:
                time.sleep(delay)
            lost = n >= int(lead_in_s * 50) and rng.random() * 100 < loss_pct
            if lost:
                self.dropped += 1
                continue
            header = struct.pack("!BBHII", 0x80, (0x80 if n == 0 else 0) | 0, n & 0xFFFF, (n * FRAME) & 0xFFFFFFFF,
                                 ssrc)
            try:
                self.sock.sendto(header + frame, dest)
                self.sent += 1
            except OSError:
                pass

    def wait(self, timeout: float) -> None:
        if self._thread is not None:
            self._thread.join(timeout)

    def close(self) -> None:
        self._stop.set()
        self.wait(2)
        self.sock.close()


def sdp_audio_dest(sdp: str) -> tuple[str, int] | None:
    """(address, port) of the audio stream an SDP body asks for."""
    conn = re.findall(r"^c=IN IP4 (\S+)", sdp, re.M)
    media = re.search(r"^m=audio (\d+)", sdp, re.M)
    if not conn or not media:
        return None
    return conn[-1], int(media.group(1))
