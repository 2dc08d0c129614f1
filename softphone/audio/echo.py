"""Acoustic echo cancellation with WebRTC's audio processing module (PyPI ``aec-audio-processing``).

Why this library: it is WebRTC's AEC3 (maintained, the canceller browsers use), installs as a wheel on
Python 3.11, and estimates the echo path delay itself, so the bridge's delay hint only has to be roughly
right. PyPI ``speexdsp`` does not build here (DESIGN.md 8). AEC3 alone measured about 21 dB ERLE on a
synthetic room echo; with its noise suppressor at "moderate" (which also removes residual echo) about 33 dB
(tests/unit/test_audio_echo.py). AGC and VAD stay off: the far end and pjsua do their own levels.

Both methods are called on the pjmedia clock thread only, with byte views of 16-bit frames. The binding takes
and returns ``bytes`` (one small allocation per 10 ms: the library's API, accepted).
"""

from __future__ import annotations

HALF = 160  # the module works on 10 ms frames: 160 samples at 16 kHz


def echo_canceller_available() -> bool:
    try:
        import aec_audio_processing  # noqa: F401
    except ImportError:
        return False
    return True


class EchoCanceller:
    def __init__(self, *, clock_rate: int = 16000, noise_suppression: bool = True, delay_ms: int = 60) -> None:
        from aec_audio_processing import AudioProcessor

        self._ap = AudioProcessor(enable_aec=True, enable_ns=noise_suppression, ns_level=1, enable_agc=False,
                                  agc_mode=1, enable_vad=False)
        self._ap.set_stream_format(clock_rate, 1, clock_rate, 1)
        self._ap.set_reverse_stream_format(clock_rate, 1)
        self._ap.set_stream_delay(int(delay_ms))
        self._half = clock_rate // 100

    def set_delay_hint(self, delay_ms: float) -> None:
        self._ap.set_stream_delay(int(max(0, min(500, delay_ms))))

    def far_end(self, frame: memoryview) -> None:
        """The signal about to be played on the speaker (reference): a byte view of int16 samples."""
        h = self._half * 2
        for i in range(0, frame.nbytes - h + 1, h):
            self._ap.process_reverse_stream(bytes(frame[i : i + h]))

    def near_end(self, frame: memoryview) -> None:
        """The microphone signal (a writable byte view of int16 samples), cleaned in place."""
        h = self._half * 2
        for i in range(0, frame.nbytes - h + 1, h):
            frame[i : i + h] = self._ap.process_stream(bytes(frame[i : i + h]))
