"""SoundService: the AudioService the composition root builds (core.ports.AudioService).

Choices (``select``) are device identities, persisted by the caller; what is actually open (``active``) can
differ when a chosen device is missing: then the next present entry of [chosen, *preferences] is used, else
the system default, and a notice says so. Hot-plug events come from DeviceWatcher's thread; device changes
are reported through ``on_devices_changed(devices, selection, notice)`` called on that thread (or on the
caller's thread for select()); the caller hops threads. ``notice`` is English (softphone.audio.notices words it);
``add_notices_listener`` gives the same notices as codes (core.models.DeviceNotice) for front ends to word.

Every public method is thread-safe (one re-entrant lock around state and stream opens; opens take a few ms).
"""

from __future__ import annotations

import dataclasses
import logging
import threading
from collections.abc import Callable, Sequence
from pathlib import Path

import numpy as np

from softphone.audio import devices as devmod
from softphone.audio import tools
from softphone.audio.bridge import SoundBridge
from softphone.audio.echo import EchoCanceller, echo_canceller_available
from softphone.audio.notices import BUILT_IN, english_all
from softphone.audio.ringer import CALL_WAITING, RINGTONE, Ringer, SoundFileError, load_wav
from softphone.core.models import AudioDevice, DeviceNotice

log = logging.getLogger(__name__)

DevicesCallback = Callable[[list[AudioDevice], dict[str, str], str], None]
NoticesCallback = Callable[[list[AudioDevice], dict[str, str], tuple[DeviceNotice, ...]], None]
Notices = list[DeviceNotice]
ROLES = ("input", "output", "ringer", "also_ring")
ECHO_MODES = ("auto", "on", "off")


class SoundService:
    def __init__(
        self,
        *,
        on_devices_changed: DevicesCallback | None = None,
        echo_cancel: str = "auto",
        auto_switch: bool = False,
        preferred_outputs: Sequence[str] = (),
        preferred_inputs: Sequence[str] = (),
        ringtone: str | Path | None = None,
        ring_volume: float = 1.0,
        also_ring_volume: float = 1.0,
        watch_devices: bool = True,
        bridge: SoundBridge | None = None,
    ) -> None:
        self._lock = threading.RLock()
        self._listeners: list[DevicesCallback] = [on_devices_changed] if on_devices_changed else []
        self._notice_listeners: list[NoticesCallback] = []
        self._bridge = bridge or SoundBridge()
        self._ringer = Ringer()
        self._sel: dict[str, str] = {r: "" for r in ROLES}
        self._prefs: dict[str, list[str]] = {"output": list(preferred_outputs), "input": list(preferred_inputs)}
        self._auto_switch = auto_switch
        self._call_audio = False
        self._echo_mode = "auto"
        self.set_echo_cancel(echo_cancel)
        self._ringtone_path = Path(ringtone) if ringtone else RINGTONE
        self.ring_volume = ring_volume
        self.also_ring_volume = also_ring_volume
        self._ringing_waiting: bool | None = None  # None = not ringing
        self._call_audio = False
        self._list = devmod.DeviceList()
        self._closed = False
        self.notices: list[str] = []
        self.refresh()
        self._watcher: devmod.DeviceWatcher | None = None
        if watch_devices:
            self._watcher = devmod.DeviceWatcher(self._on_hotplug)
            if not self._watcher.start():
                self._watcher = None

    # --- AudioService --------------------------------------------------------------------------------------
    def devices(self) -> list[AudioDevice]:
        with self._lock:
            return list(self._list.devices)

    def bridge(self) -> SoundBridge:
        return self._bridge

    def start_call_audio(self) -> None:
        with self._lock:
            if self._call_audio:
                return
            self._call_audio = True
            self._bridge.reset()
            notices = self._open("output") + self._open("input")
            self._update_echo()
        self._report(notices)

    def stop_call_audio(self) -> None:
        with self._lock:
            self._call_audio = False
            self._bridge.set_echo_canceller(None)
            self._bridge.close_streams()

    def start_ringing(self, waiting: bool = False) -> None:
        with self._lock:
            self._ringing_waiting = waiting
            notices = self._start_ringer_locked()
        if notices:
            self._report(notices)

    def stop_ringing(self) -> None:
        with self._lock:
            self._ringing_waiting = None
            self._ringer.stop()

    def select(self, *, input: str | None = None, output: str | None = None, ringer: str | None = None,
               also_ring: str | None = None) -> None:
        changes = {"input": input, "output": output, "ringer": ringer, "also_ring": also_ring}
        notices: Notices = []
        with self._lock:
            for role, value in changes.items():
                if value is not None:
                    self._sel[role] = value
            if self._call_audio:
                for role in ("output", "input"):
                    if changes[role] is not None:
                        notices += self._open(role)
                self._update_echo()
            if self._ringing_waiting is not None and (ringer is not None or also_ring is not None or
                                                      (self._ringing_waiting and output is not None)):
                notices += self._start_ringer_locked()
            else:
                for role in ("ringer", "also_ring"):
                    value = changes[role]
                    if value and not self._list.has(value, output=True):
                        notices.append(self._missing_notice(role, value, self._fallback("output")))
        self._report(notices, force=True)

    def selection(self) -> dict[str, str]:
        with self._lock:
            return dict(self._sel)

    def close(self) -> None:
        with self._lock:
            self._closed = True
        if self._watcher is not None:
            self._watcher.stop()
            self._watcher = None
        with self._lock:
            self._ringer.stop()
            self._bridge.set_echo_canceller(None)
            self._bridge.close_streams()
            self._call_audio = False

    # --- extras for the UI, headless and diagnose -----------------------------------------------------------
    def add_listener(self, listener: DevicesCallback) -> None:
        """``listener(devices, selection, notice)`` after every change (selection, hot-plug, fallback); called
        on the thread that made the change (the hot-plug watcher's for device changes): hop threads."""
        with self._lock:
            self._listeners.append(listener)

    def add_notices_listener(self, listener: NoticesCallback) -> None:
        """As add_listener, with the notices as codes (``()`` when nothing needs saying) for front ends that
        word them in the agent's language."""
        with self._lock:
            self._notice_listeners.append(listener)

    def describe(self, identity: str) -> str:
        with self._lock:
            return self._list.describe(identity)

    def missing_notice(self) -> str:
        """Which chosen devices are missing now and what is used instead, in English ("" when all are present)."""
        return english_all(self.missing_notices())

    def missing_notices(self) -> tuple[DeviceNotice, ...]:
        """missing_notice() as codes."""
        with self._lock:
            roles = [r for r in ROLES if self._sel[r]]
            return tuple(n for r in roles for n in self._resolve(r)[1])

    def defaults(self) -> dict[str, str]:
        with self._lock:
            return {"input": self._list.default_input, "output": self._list.default_output}

    # Agent tools (block while the sound lasts: call from an executor in the UI).
    def test_speaker(self, seconds: float = 1.0, freq: float = 1000.0, role: str = "output") -> str:
        """Play a test tone on the device in use for ``role`` (output or ringer); returns its identity."""
        with self._lock:
            identity = self._resolve(role)[0]
            volume = 0.3 * (self.ring_volume if role == "ringer" else 1.0)
        tools.play_test_tone(identity, seconds, freq, volume)
        return identity

    def test_microphone(self, seconds: float = 3.0, play_back: bool = True) -> tools.MicTestResult:
        with self._lock:
            mic = self._resolve("input")[0]
            out = self._resolve("output")[0]
        return tools.microphone_test(mic, out if play_back else None, seconds)

    def level_meter(self) -> tools.LevelMeter:
        """A meter on the chosen microphone (not started). During a call use ``bridge().input_level_db()``."""
        with self._lock:
            return tools.LevelMeter(self._resolve("input")[0])

    def set_preferences(self, *, outputs: Sequence[str] | None = None, inputs: Sequence[str] | None = None,
                        auto_switch: bool | None = None) -> None:
        with self._lock:
            if outputs is not None:
                self._prefs["output"] = list(outputs)
            if inputs is not None:
                self._prefs["input"] = list(inputs)
            if auto_switch is not None:
                self._auto_switch = auto_switch

    def set_echo_cancel(self, mode: str) -> None:
        if mode not in ECHO_MODES:
            raise ValueError(f"audio.echo_cancel must be one of {', '.join(ECHO_MODES)}, not {mode!r}")
        with self._lock:
            self._echo_mode = mode
            if self._call_audio:
                self._update_echo()

    def set_ringtone(self, path: str | Path | None) -> None:
        """Raises SoundFileError (plain message) when the file cannot be used."""
        if path:
            load_wav(path)
        with self._lock:
            self._ringtone_path = Path(path) if path else RINGTONE

    def active(self) -> dict[str, str]:
        """The devices actually in use (or that would be used now) per role."""
        with self._lock:
            return {
                "input": self._bridge.input_device if self._call_audio else self._resolve("input")[0],
                "output": self._bridge.output_device if self._call_audio else self._resolve("output")[0],
                "ringer": self._resolve("ringer")[0],
                "also_ring": self._resolve("also_ring")[0] if self._sel["also_ring"] else "",
            }

    @property
    def ringing(self) -> bool:
        return self._ringer.active

    def ringing_on(self) -> list[str]:
        return self._ringer.devices()

    def is_headset(self, identity: str) -> bool:
        with self._lock:
            return identity in self._list.headsets

    def diagnostics(self) -> dict[str, object]:
        with self._lock:
            return {
                "backend": self._list.backend,
                "selection": dict(self._sel),
                "active": self.active(),
                "echo_cancel_mode": self._echo_mode,
                "echo_canceller_available": echo_canceller_available(),
                "bridge": self._bridge.counters(),
                "devices": [d.identity for d in self._list.devices],
            }

    def refresh(self) -> list[AudioDevice]:
        with self._lock:
            try:
                self._list = devmod.list_devices()
            except Exception as exc:
                log.warning("cannot list sound devices: %s", exc)
            return list(self._list.devices)

    # --- internals (lock held) ---------------------------------------------------------------------------
    def _fallback(self, kind: str) -> str:
        return self._list.default_output if kind == "output" else self._list.default_input

    def _resolve(self, role: str) -> tuple[str, Notices]:
        """(identity to open, notices). ringer/also_ring resolve among outputs; ringer defaults to the
        call output choice."""
        kind = "input" if role == "input" else "output"
        chosen = self._sel[role]
        if role == "ringer" and not chosen:
            chosen = self._sel["output"]
        candidates = [chosen] if chosen else []
        if role in ("input", "output"):
            candidates += [p for p in self._prefs[role] if p != chosen]
        for ident in candidates:
            if self._list.has(ident, output=kind == "output"):
                return ident, ([] if ident == chosen else [self._missing_notice(role, chosen, ident)])
        fallback = self._fallback(kind)
        if self._list.backend != "pulse":
            fallback = ""  # PortAudio's default device
        return fallback, ([self._missing_notice(role, chosen, fallback)] if chosen else [])

    def _missing_notice(self, role: str, chosen: str, used: str) -> DeviceNotice:
        return DeviceNotice("missing", role=role, chosen=self._describe_missing(chosen),
                            used=self._list.describe(used) if used else "")

    def _describe_missing(self, identity: str) -> str:
        return identity.split(":", 1)[1] if ":" in identity else identity

    def _open(self, kind: str) -> Notices:
        ident, notices = self._resolve(kind)
        try:
            if kind == "output":
                ms = self._bridge.open_output(ident)
            else:
                ms = self._bridge.open_input(ident)
            log.info("%s stream on %s (%.1f ms)", kind, ident or "default", ms)
        except Exception as exc:
            log.warning("cannot open %s on %s: %s", kind, ident or "default", exc)
            if ident:
                # the chosen device would not open: try the system default
                try:
                    (self._bridge.open_output if kind == "output" else self._bridge.open_input)("")
                except Exception as exc2:
                    return [DeviceNotice("cannot-open-any", role=kind, detail=str(exc2))]
            return [DeviceNotice("cannot-open", role=kind, chosen=self._list.describe(ident), detail=str(exc))]
        return notices

    def _update_echo(self) -> None:
        mode = self._echo_mode
        out = self._bridge.output_device
        want = mode == "on" or (mode == "auto" and out not in self._list.headsets)
        if want and echo_canceller_available():
            if not self._bridge.echo_cancelling:
                self._bridge.set_echo_canceller(EchoCanceller())
        else:
            self._bridge.set_echo_canceller(None)

    def _start_ringer_locked(self) -> Notices:
        self._ringer.stop()
        waiting = bool(self._ringing_waiting)
        notices: Notices = []
        try:
            samples, rate = load_wav(CALL_WAITING if waiting else self._ringtone_path)
        except SoundFileError as exc:
            if waiting or self._ringtone_path == RINGTONE:
                return [exc.notice]
            notices.append(dataclasses.replace(exc.notice, used=BUILT_IN))
            samples, rate = load_wav(RINGTONE)
        if waiting:
            # call waiting: a beep in the call's own output device, never on the loudspeaker ringer
            out = self._bridge.output_device if self._call_audio else self._resolve("output")[0]
            targets = [(out, self.ring_volume)]
        else:
            ringer, n1 = self._resolve("ringer")
            targets = [(ringer, self.ring_volume)]
            notices += n1
            if self._sel["also_ring"]:
                also, n2 = self._resolve("also_ring")
                targets.append((also, self.also_ring_volume))
                notices += n2
        for identity, error in self._ringer.start(targets, samples, rate):
            notices.append(DeviceNotice("cannot-ring", chosen=self._list.describe(identity), detail=error))
        return notices

    # --- hot-plug (watcher thread) -------------------------------------------------------------------------
    def _on_hotplug(self) -> None:
        notices: Notices = []
        with self._lock:
            if self._closed:
                return
            before = {d.identity for d in self._list.devices}
            self.refresh()
            after = {d.identity for d in self._list.devices}
            if self._call_audio:
                for kind in ("output", "input"):
                    current = self._bridge.output_device if kind == "output" else self._bridge.input_device
                    target, missing = self._resolve(kind)
                    gone = bool(current) and current not in after
                    alive_out, alive_in = self._bridge.streams_alive()
                    dead = not (alive_out if kind == "output" else alive_in)
                    if target != current and (gone or dead or self._auto_switch):
                        notices += self._open(kind) or missing or [
                            DeviceNotice("switched", role=kind, used=self._list.describe(target))]
                self._update_echo()
            if self._ringer.active:
                playing = set(self._ringer.devices())
                if any(d and d not in after for d in playing) or (self._auto_switch and before != after):
                    notices += self._start_ringer_locked()
        self._report(notices, force=True)

    def _report(self, notices: Notices, force: bool = False) -> None:
        notice = english_all(notices)
        if notice:
            self.notices.append(notice)
            log.info("audio: %s", notice)
        with self._lock:
            listeners = list(self._listeners)
            notice_listeners = list(self._notice_listeners)
        if not (listeners or notice_listeners) or not (notice or force):
            return
        devices, selection = self.devices(), self.selection()
        codes = tuple(notices)
        for cb in listeners:
            try:
                cb(devices, selection, notice)
            except Exception:
                log.exception("devices listener failed")
        for notices_cb in notice_listeners:
            try:
                notices_cb(devices, selection, codes)
            except Exception:
                log.exception("devices listener failed")


def tone(freq: float, seconds: float, rate: int = 16000, amplitude: float = 0.3) -> np.ndarray:
    t = np.arange(int(seconds * rate)) / rate
    return (np.sin(2 * np.pi * freq * t) * amplitude * 32767).astype(np.int16)
