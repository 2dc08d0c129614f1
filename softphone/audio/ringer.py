"""Looped sounds (ringtone, call-waiting beep) on one or more output devices at their own volumes."""

from __future__ import annotations

import threading
import wave
from pathlib import Path
from typing import Any

import numpy as np

from softphone.audio import devices as devmod
from softphone.audio.notices import english
from softphone.core.models import DeviceNotice

SOUNDS_DIR = Path(__file__).resolve().parents[2] / "resources" / "sounds"
RINGTONE = SOUNDS_DIR / "ringtone.wav"
CALL_WAITING = SOUNDS_DIR / "callwaiting.wav"
BLOCK_MS = 10  # small blocks: stop_ringing() must be heard within 100 ms


class SoundFileError(ValueError):
    """A sound file that cannot be played; ``notice`` says why as a code (its English is the message)."""

    def __init__(self, notice: DeviceNotice) -> None:
        super().__init__(english(notice))
        self.notice = notice


def load_wav(path: str | Path) -> tuple[np.ndarray, int]:
    """A 16-bit PCM WAV as mono int16 samples and its rate. Raises SoundFileError with a plain message."""
    try:
        with wave.open(str(path), "rb") as w:
            if w.getsampwidth() != 2:
                raise SoundFileError(DeviceNotice("sound-file-format", chosen=str(path)))
            rate = w.getframerate()
            channels = w.getnchannels()
            data = np.frombuffer(w.readframes(w.getnframes()), dtype=np.int16)
    except (OSError, EOFError, wave.Error) as exc:
        raise SoundFileError(DeviceNotice("sound-file-unreadable", chosen=str(path), detail=str(exc))) from exc
    if channels > 1:
        data = data.reshape(-1, channels).mean(axis=1).astype(np.int16)
    if data.size == 0:
        raise SoundFileError(DeviceNotice("sound-file-empty", chosen=str(path)))
    return data.copy(), rate


class _LoopPlayer:
    """One output stream playing a sample array in a loop (prescaled once: no per-block work but a copy)."""

    def __init__(self, identity: str, samples: np.ndarray, rate: int, volume: float) -> None:
        scaled = np.clip(samples.astype(np.float32) * max(0.0, min(1.0, volume)), -32768, 32767)
        self._samples = scaled.astype(np.int16)
        self._pos = 0
        self.identity = identity
        self.blocks = 0
        self._stream: Any = devmod.open_output_stream(identity, self._callback, samplerate=rate,
                                                      blocksize=rate * BLOCK_MS // 1000)

    def _callback(self, outdata: np.ndarray, frames: int, _time: Any, _status: Any) -> None:
        dst = outdata[:, 0]
        src = self._samples
        pos = self._pos
        done = 0
        while done < frames:
            take = min(frames - done, src.shape[0] - pos)
            dst[done : done + take] = src[pos : pos + take]
            done += take
            pos = (pos + take) % src.shape[0]
        self._pos = pos
        self.blocks += 1

    def stop(self) -> None:
        stream, self._stream = self._stream, None
        devmod.close_stream(stream)


class Ringer:
    """Rings on several devices at once; ``stop()`` aborts the streams (nothing queued keeps playing)."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._players: list[_LoopPlayer] = []

    def start(self, targets: list[tuple[str, float]], samples: np.ndarray, rate: int) -> list[tuple[str, str]]:
        """``targets``: (device identity, volume 0..1); the same identity twice rings once. Returns the devices
        that would not ring: (identity, the system's error)."""
        errors: list[tuple[str, str]] = []
        with self._lock:
            self._stop_locked()
            seen: set[str] = set()
            for identity, volume in targets:
                if identity in seen:
                    continue
                seen.add(identity)
                try:
                    self._players.append(_LoopPlayer(identity, samples, rate, volume))
                except Exception as exc:  # a missing or busy device must not stop the other ringer
                    errors.append((identity, str(exc)))
        return errors

    @property
    def active(self) -> bool:
        return bool(self._players)

    def devices(self) -> list[str]:
        return [p.identity for p in self._players]

    def stop(self) -> None:
        with self._lock:
            self._stop_locked()

    def _stop_locked(self) -> None:
        players, self._players = self._players, []
        for p in players:
            p.stop()
