"""Sound device lists with stable identities, and opening PortAudio streams on a chosen device.

Linux: Debian's PortAudio 19.6 sees only ALSA's ``pulse`` and ``default`` (DESIGN.md 8), so the real sinks and
sources come from the sound server (pulsectl; PipeWire speaks the same protocol). Identity ``pulse:<name>``.
A stream reaches a given sink/source by opening PortAudio's ``pulse`` device with PULSE_SINK/PULSE_SOURCE set
just before the open (libpulse reads them at each stream connect). Reopening took 2-18 ms here, much quicker
than moving the live stream (``move-sink-input``, about 0.1 s), so switching reopens.
Elsewhere (or with no sound server): PortAudio's own list, identity ``<host API>:<device name>``.
"""

from __future__ import annotations

import logging
import os
import sys
import threading
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

import sounddevice as sd

from softphone.core.models import AudioDevice

log = logging.getLogger(__name__)

PULSE_API = "pulse"
HEADSET_WORDS = ("headset", "headphone", "earphone", "earbud", "handset")

# Opening a stream reads process-wide environment variables: one open at a time.
_open_lock = threading.Lock()


@dataclass(frozen=True)
class DeviceList:
    devices: tuple[AudioDevice, ...] = ()
    headsets: frozenset[str] = field(default_factory=frozenset)  # identities of headset-like outputs/inputs
    default_output: str = ""
    default_input: str = ""
    backend: str = "portaudio"  # "pulse" or "portaudio"

    def outputs(self) -> list[AudioDevice]:
        return [d for d in self.devices if d.is_output]

    def inputs(self) -> list[AudioDevice]:
        return [d for d in self.devices if d.is_input]

    def has(self, identity: str, *, output: bool) -> bool:
        return any(d.identity == identity and (d.is_output if output else d.is_input) for d in self.devices)

    def describe(self, identity: str) -> str:
        for d in self.devices:
            if d.identity == identity:
                return d.description or d.name
        return identity


def pulse_available() -> bool:
    if not sys.platform.startswith("linux"):
        return False
    try:
        import pulsectl  # noqa: F401
    except ImportError:
        return False
    return True


def _is_headset(name: str, description: str, props: dict[str, str]) -> bool:
    form = props.get("device.form_factor", "").lower()
    if form in ("headset", "headphone", "handset"):
        return True
    text = f"{name} {description}".lower()
    return any(w in text for w in HEADSET_WORDS)


def list_pulse_devices() -> DeviceList:
    """Sinks and sources of the sound server (monitors of sinks are left out: they are not microphones)."""
    import pulsectl

    with pulsectl.Pulse("softphone-devices") as pulse:
        info = pulse.server_info()
        devices: list[AudioDevice] = []
        headsets: set[str] = set()
        for sink in pulse.sink_list():
            dev = AudioDevice(
                name=sink.name,
                host_api=PULSE_API,
                is_input=False,
                is_output=True,
                description=sink.description or sink.name,
                is_default=sink.name == info.default_sink_name,
            )
            devices.append(dev)
            if _is_headset(sink.name, sink.description or "", dict(sink.proplist)):
                headsets.add(dev.identity)
        for source in pulse.source_list():
            if source.monitor_of_sink != 0xFFFFFFFF:
                continue
            dev = AudioDevice(
                name=source.name,
                host_api=PULSE_API,
                is_input=True,
                is_output=False,
                description=source.description or source.name,
                is_default=source.name == info.default_source_name,
            )
            devices.append(dev)
            if _is_headset(source.name, source.description or "", dict(source.proplist)):
                headsets.add(dev.identity)
        return DeviceList(
            devices=tuple(devices),
            headsets=frozenset(headsets),
            default_output=f"{PULSE_API}:{info.default_sink_name}" if info.default_sink_name else "",
            default_input=f"{PULSE_API}:{info.default_source_name}" if info.default_source_name else "",
            backend="pulse",
        )


def list_portaudio_devices() -> DeviceList:
    apis = sd.query_hostapis()
    devices: list[AudioDevice] = []
    headsets: set[str] = set()
    try:
        default_in, default_out = sd.default.device
    except (TypeError, ValueError):
        default_in, default_out = -1, -1
    default_output = default_input = ""
    for index, raw in enumerate(sd.query_devices()):
        info: dict[str, Any] = dict(raw)
        api = str(apis[info["hostapi"]]["name"])
        name = str(info["name"])
        is_in = info["max_input_channels"] > 0
        is_out = info["max_output_channels"] > 0
        dev = AudioDevice(
            name=name,
            host_api=api,
            is_input=is_in,
            is_output=is_out,
            description=name,
            is_default=index in (default_in, default_out),
        )
        devices.append(dev)
        if _is_headset(name, "", {}):
            headsets.add(dev.identity)
        if index == default_out:
            default_output = dev.identity
        if index == default_in:
            default_input = dev.identity
    return DeviceList(tuple(devices), frozenset(headsets), default_output, default_input, "portaudio")


def list_devices() -> DeviceList:
    if pulse_available():
        try:
            return list_pulse_devices()
        except Exception as exc:  # no server reachable: PortAudio's view is all we have
            log.info("sound server not reachable (%s); using PortAudio's device list", exc)
    return list_portaudio_devices()


def _portaudio_index(identity: str, *, output: bool) -> int | None:
    apis = sd.query_hostapis()
    for index, raw in enumerate(sd.query_devices()):
        info: dict[str, Any] = dict(raw)
        ident = f"{apis[info['hostapi']]['name']}:{info['name']}"
        channels = info["max_output_channels"] if output else info["max_input_channels"]
        if ident == identity and channels > 0:
            return index
    return None


_open_streams = 0  # streams of ours currently open (PortAudio may be re-initialized only when zero)


def _ensure_pulse_device() -> None:
    """PortAudio lists ALSA's ``pulse`` device only if the sound server was reachable when PortAudio was
    initialized (at import). If the server came later (or PULSE_SERVER was set after import), re-initialize
    PortAudio, which is only safe while none of our streams is open."""
    if any(dict(d)["name"] == PULSE_API for d in sd.query_devices()):
        return
    if _open_streams:
        return
    sd._terminate()
    sd._initialize()


@contextmanager
def _routed(identity: str, *, output: bool) -> Iterator[str | int | None]:
    """Yields the PortAudio device argument for ``identity`` ("" = system default), with the PulseAudio
    routing variable set while the caller opens the stream."""
    with _open_lock:
        if identity.startswith(PULSE_API + ":") and pulse_available():
            var = "PULSE_SINK" if output else "PULSE_SOURCE"
            old = os.environ.get(var)
            os.environ[var] = identity[len(PULSE_API) + 1 :]
            _ensure_pulse_device()
            try:
                yield PULSE_API
            finally:
                if old is None:
                    os.environ.pop(var, None)
                else:
                    os.environ[var] = old
        elif identity:
            yield _portaudio_index(identity, output=output)
        else:
            yield None


def open_output_stream(identity: str, callback: Callable[..., None], *, samplerate: int, blocksize: int,
                       channels: int = 1, latency: float | str = "low",
                       raw: bool = False) -> sd.OutputStream | sd.RawOutputStream:
    """An int16 output stream on ``identity`` ("" = default), started. ``raw``: the callback gets a plain
    buffer instead of a numpy array (sounddevice then skips building an array per block)."""
    global _open_streams
    kind = sd.RawOutputStream if raw else sd.OutputStream
    with _routed(identity, output=True) as device:
        stream = kind(device=device, samplerate=samplerate, channels=channels, dtype="int16",
                      blocksize=blocksize, latency=latency, callback=callback)
        _open_streams += 1
    try:
        stream.start()
    except BaseException:
        close_stream(stream)
        raise
    return stream


def open_input_stream(identity: str, callback: Callable[..., None], *, samplerate: int, blocksize: int,
                      channels: int = 1, latency: float | str = "low",
                      raw: bool = False) -> sd.InputStream | sd.RawInputStream:
    global _open_streams
    kind = sd.RawInputStream if raw else sd.InputStream
    with _routed(identity, output=False) as device:
        stream = kind(device=device, samplerate=samplerate, channels=channels, dtype="int16",
                      blocksize=blocksize, latency=latency, callback=callback)
        _open_streams += 1
    try:
        stream.start()
    except BaseException:
        close_stream(stream)
        raise
    return stream


def close_stream(stream: sd.InputStream | sd.OutputStream | sd.RawInputStream | sd.RawOutputStream | None) -> None:
    global _open_streams
    if stream is None:
        return
    with _open_lock:
        _open_streams = max(0, _open_streams - 1)
    try:
        stream.abort()  # drop what is queued: stopping must be immediate (ringer, switching)
    except sd.PortAudioError:
        pass
    try:
        stream.close()
    except sd.PortAudioError:
        pass


class DeviceWatcher:
    """Reports sound server device changes (hot-plug) from a thread of its own.

    ``on_change()`` is called on the watcher thread after sinks/sources appeared or disappeared (bursts are
    coalesced). Linux/PulseAudio only; elsewhere ``start()`` does nothing.
    """

    def __init__(self, on_change: Callable[[], None]) -> None:
        self._on_change = on_change
        self._thread: threading.Thread | None = None
        self._stop = threading.Event()
        self._pulse: Any = None
        self._lock = threading.Lock()

    def start(self) -> bool:
        if not pulse_available():
            return False
        self._thread = threading.Thread(target=self._run, name="audio-hotplug", daemon=True)
        self._thread.start()
        return True

    def _run(self) -> None:
        import pulsectl

        backoff = 0.2
        while not self._stop.is_set():
            try:
                with pulsectl.Pulse("softphone-hotplug") as pulse:
                    with self._lock:
                        self._pulse = pulse
                    if self._stop.is_set():
                        return
                    pulse.event_mask_set("sink", "source", "server")
                    changed = threading.Event()

                    def on_event(ev: Any, changed: threading.Event = changed) -> None:
                        if ev.t in ("new", "remove") or ev.facility == "server":
                            changed.set()
                            raise pulsectl.PulseLoopStop

                    pulse.event_callback_set(on_event)
                    backoff = 0.2
                    while not self._stop.is_set():
                        changed.clear()
                        pulse.event_listen(timeout=5.0)
                        if changed.is_set() and not self._stop.is_set():
                            # let a burst (e.g. a card with sink + source) settle briefly
                            pulse.event_listen(timeout=0.05)
                            self._notify()
            except Exception as exc:
                if self._stop.is_set():
                    return
                log.info("sound server watcher: %s; retrying", exc)
                self._notify()
                self._stop.wait(backoff)
                backoff = min(backoff * 2, 5.0)
            finally:
                with self._lock:
                    self._pulse = None

    def _notify(self) -> None:
        try:
            self._on_change()
        except Exception:
            log.exception("device change handler failed")

    def stop(self) -> None:
        self._stop.set()
        with self._lock:
            if self._pulse is not None:
                try:
                    self._pulse.event_listen_stop()
                except Exception:
                    pass
        if self._thread is not None:
            self._thread.join(timeout=2.0)
            self._thread = None
