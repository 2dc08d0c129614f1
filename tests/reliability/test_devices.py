"""Devices: the agent's output device disappears mid-call (PulseAudio sink unloaded). The call goes on, its audio
moves to the fallback within 1 s, and a `devices` event tells the agent."""

from __future__ import annotations

import os
import time
from collections.abc import Iterator
from pathlib import Path

import numpy as np
import pytest

from tests.reliability.helpers import PhoneFactory, no_traceback, registered_phone
from tests.stack.kamailio import KamailioServer
from tests.stack.pulse import PulseServer, dominant_frequency, rms
from tests.stack.sipp import Sipp, make_wav


@pytest.fixture
def usb_sink(pulse: PulseServer) -> Iterator[str]:
    name = f"rel_usb_{os.getpid()}"
    pulse.load_sink(name, "Reliability USB Headset")
    try:
        yield name
    finally:
        if name in pulse.sinks():
            pulse.unload_sink(name)


def test_output_sink_unloaded_mid_call(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp,
                                       pulse: PulseServer, usb_sink: str, tmp_path: Path) -> None:
    p = registered_phone(phone, kamailio, "1003", ("call.auto_answer", "all"), ("audio.output", f"pulse:{usb_sink}"))
    tone = make_wav(tmp_path / "tone.wav", 2.0, freq=600)
    caller = sipp.uac(to="1003", from_user="2500", wav=tone, duration_ms=12_000)
    incoming = p.wait_event("incoming_call", timeout=15)
    call_id = incoming["call_id"]
    p.wait_event("call_state", timeout=10, call_id=call_id, state="connected")
    on_usb = pulse.record(usb_sink, 1.5)
    assert rms(on_usb[-8000:]) > 300, "no call audio on the chosen headset"
    first = p.wait_event("media", timeout=10, call_id=call_id)

    unplugged = time.time()
    pulse.unload_sink(usb_sink)
    after = pulse.record("headset_out", 1.0)  # the fallback's monitor, from the moment of the unplug
    notice = p.wait_event("devices", timeout=3, since_start=True,
                          where=lambda e: e["ts"] >= unplugged and bool(e.get("notice")))
    told_s = notice["ts"] - unplugged
    # when did the tone start on the fallback? first 20 ms block that is clearly loud
    blocks = after[: len(after) // 320 * 320].reshape(-1, 320)
    loud = np.nonzero(np.sqrt((blocks.astype(np.float64) ** 2).mean(axis=1)) > 300)[0]
    heard_s = (loud[0] * 320 / 16000) if len(loud) else None
    later = p.wait_event("media", timeout=10, call_id=call_id, where=lambda e: e["rx_packets"] > first["rx_packets"])
    print(f"RESULT device-unplug: notice after {told_s:.2f}s ({notice['notice']!r}), output now {notice['output']}, "
          f"tone on the fallback after {heard_s}s, call goes on (rx {first['rx_packets']} -> {later['rx_packets']})")
    assert told_s <= 1.0
    assert usb_sink in notice["notice"] or "Reliability USB Headset" in notice["notice"], notice
    assert heard_s is not None and heard_s <= 1.0, "no call audio on the fallback within 1 s"
    assert abs(dominant_frequency(after[loud[0] * 320:]) - 600) < 30
    ended = p.wait_event("call_state", timeout=20, since_start=True, call_id=call_id, state="disconnected")
    assert ended["end_reason"] == "remote" and ended["duration"] > 10
    caller.wait_ok(15)
    no_traceback(p)
