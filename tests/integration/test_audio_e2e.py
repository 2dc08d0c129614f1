"""Audio end to end: a headless phone with build_audio wired, a SIPp caller streaming a 1 kHz tone, and the
virtual speakers of the test PulseAudio (issue 4); plus `softphone devices`."""

from __future__ import annotations

import json
import threading
from pathlib import Path

import numpy as np

from tests.integration.test_audio_bridge import settle
from tests.integration.test_headless_e2e import PhoneFactory, registered_phone
from tests.stack.kamailio import KamailioServer
from tests.stack.pulse import PulseServer, dominant_frequency, rms
from tests.stack.sipp import Sipp, make_wav


def record_both(pulse: PulseServer, a: str, b: str, seconds: float) -> tuple[np.ndarray, np.ndarray]:
    results: dict[str, np.ndarray] = {}

    def rec(name: str) -> None:
        results[name] = pulse.record(name, seconds)

    threads = [threading.Thread(target=rec, args=(n,)) for n in (a, b)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(seconds + 10)
    return results[a], results[b]


def test_caller_tone_plays_on_the_chosen_speaker_and_follows_set_devices(
        phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp, pulse_env: PulseServer, tmp_path: Path) -> None:
    settle(pulse_env)
    p = registered_phone(phone, kamailio, "1006", ("audio.output", "pulse:headset_out"),
                         ("audio.input", "pulse:headset_mic"))
    first = p.wait_event("devices", timeout=10, since_start=True)
    assert first["output"] == "pulse:headset_out" and first["input"] == "pulse:headset_mic"
    assert {"pulse:headset_out", "pulse:speaker_out"} <= {d["identity"] for d in first["list"]}
    caller = sipp.uac(to="1006", from_user="2100", wav=str(make_wav(tmp_path / "tone.wav", 4.0, freq=1000)),
                      duration_ms=12000)
    incoming = p.wait_event("incoming_call", timeout=15)
    p.send({"cmd": "answer"})
    p.wait_event("call_state", timeout=10, call_id=incoming["call_id"], state="connected")

    chosen, other = record_both(pulse_env, "headset_out", "speaker_out", 1.5)
    assert abs(dominant_frequency(chosen) - 1000) < 20, dominant_frequency(chosen)
    assert rms(chosen) > 1000, rms(chosen)
    assert rms(other) < 100, rms(other)

    # mid-call switch through the headless interface; the choice is kept in the profile
    p.send({"cmd": "set_devices", "output": "Test Speakers", "id": 7})
    p.wait_event("result", timeout=5, id=7)
    moved = p.wait_event("devices", timeout=5, since_start=True, output="pulse:speaker_out")
    assert "output" in next(d for d in moved["list"] if d["identity"] == "pulse:speaker_out")["in_use"]
    chosen, other = record_both(pulse_env, "speaker_out", "headset_out", 1.5)
    assert abs(dominant_frequency(chosen) - 1000) < 20, dominant_frequency(chosen)
    assert rms(chosen) > 1000 and rms(other) < 100, (rms(chosen), rms(other))
    assert not [e for e in p.events if e.get("event") == "call_state" and e.get("state") == "disconnected"]
    kept = p.cli("config", "get", "audio.output")
    assert "pulse:speaker_out" in kept.stdout, kept.stdout

    p.send({"cmd": "set_devices", "output": "no such thing"})
    assert p.wait_event("error", timeout=5)["code"] == "unknown-device"
    p.send({"cmd": "hangup"})
    p.wait_event("call_state", timeout=10, call_id=incoming["call_id"], state="disconnected")
    caller.wait(15)


def test_devices_command_lists_and_tests_the_speaker(phone: PhoneFactory, pulse_env: PulseServer) -> None:
    settle(pulse_env)
    p = phone(start=False)
    assert p.cli("config", "set", "audio.output", "pulse:speaker_out").returncode == 0
    assert p.cli("config", "set", "audio.input", "pulse:gone_mic").returncode == 0
    listed = p.cli("devices", "--json")
    assert listed.returncode == 0, listed.stderr
    body = json.loads(listed.stdout)
    rows = {d["identity"]: d for d in body["devices"]}
    assert rows["pulse:headset_out"]["headset"] and rows["pulse:headset_out"]["default"]
    assert rows["pulse:speaker_out"]["description"] == "Test Speakers"
    assert body["choice"]["output"] == {"chosen": "pulse:speaker_out", "in_use": "pulse:speaker_out"}
    assert body["choice"]["input"]["in_use"] == "pulse:headset_mic"
    assert "gone_mic" in body["notice"]

    result: dict[str, np.ndarray] = {}
    recorder = threading.Thread(target=lambda: result.setdefault("rec", pulse_env.record("speaker_out", 3.0)))
    recorder.start()
    tested = p.cli("devices", "--test-speaker")
    recorder.join(15)
    assert tested.returncode == 0, tested.stderr
    assert "Test Speakers" in tested.stdout and "Speaker test" in tested.stdout
    assert abs(dominant_frequency(result["rec"]) - 1000) < 20
