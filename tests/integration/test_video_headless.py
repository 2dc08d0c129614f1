"""`softphone run --headless` with video: capabilities, `video` events and the `video` command, against baresip."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pytest

from tests.integration.test_headless_e2e import registered_phone
from tests.phone import HeadlessPhone
from tests.stack.baresip import Baresip
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

pytest.importorskip("av")
pytestmark = pytest.mark.slow


def test_headless_video_call_events_and_video_off(phone: Callable[..., HeadlessPhone], kamailio: KamailioServer,
                                                  tmp_path: Path) -> None:
    p = registered_phone(phone, kamailio, "1006")
    assert p.wait_event("started", since_start=True)["capabilities"]["video"] is True
    (tmp_path / "bs").mkdir()
    with Baresip("1010", kamailio.users["1010"], f"127.0.0.1:{kamailio.udp_port}", workdir=tmp_path / "bs") as peer:
        peer.wait_registered()
        peer.dial(f"sip:1006@{kamailio.host}")
        incoming = p.wait_event("incoming_call", timeout=15)
        call_id = incoming["call_id"]
        p.send({"cmd": "answer"})
        p.wait_event("call_state", timeout=10, call_id=call_id, state="connected")
        p.wait_event("video", timeout=10, call_id=call_id, on=True)
        ev = p.wait_event("video", timeout=10, call_id=call_id, on=True)
        while ev["frames_rx"] < 40:
            ev = p.wait_event("video", timeout=5, call_id=call_id, on=True)
        assert ev["fps"] >= 12 and ev["frames_tx"] >= 40 and ev["bitrate"] > 0, ev
        p.send({"cmd": "video", "call_id": call_id, "on": False, "id": 7})
        p.wait_event("video", timeout=10, call_id=call_id, on=False)
        assert p.wait_event("result", timeout=10, since_start=True, id=7)["ok"]
        p.send({"cmd": "video", "call_id": "nope", "on": True})
        assert p.wait_event("error", timeout=5)["code"] == "unknown-call"
        p.send({"cmd": "hangup"})
        p.wait_event("call_state", timeout=10, call_id=call_id, state="disconnected")


def test_headless_answer_without_video_to_a_video_call(phone: Callable[..., HeadlessPhone], kamailio: KamailioServer,
                                                       tmp_path: Path) -> None:
    p = registered_phone(phone, kamailio, "1006")
    (tmp_path / "bs").mkdir()
    with Baresip("1010", kamailio.users["1010"], f"127.0.0.1:{kamailio.udp_port}", workdir=tmp_path / "bs") as peer:
        peer.wait_registered()
        peer.dial(f"sip:1006@{kamailio.host}")
        call_id = p.wait_event("incoming_call", timeout=15)["call_id"]
        p.send({"cmd": "answer", "video": "no", "id": 1})
        assert p.wait_event("error", timeout=5)["code"] == "bad-argument"
        p.send({"cmd": "answer", "video": False, "id": 2})
        assert p.wait_event("result", timeout=10, id=2)["ok"]
        connected = p.wait_event("call_state", timeout=10, since_start=True, call_id=call_id, state="connected")
        # audio flows; over the first periodic media report (5 s in) no video was ever turned on
        report = p.wait_event("media", timeout=10, call_id=call_id, where=lambda e: e["rx_packets"] > 50)
        assert report["ts"] - connected["ts"] >= 3
        assert not [e for e in p.events if e.get("event") == "video" and e.get("on")], p.events[-10:]
        # baresip's own status line: audio both ways, no video either way
        rates = re.findall(r"audio=(\d+)/(\d+) video=(\d+)/(\d+)", peer.log_text())
        assert rates, peer.log_text()[-500:]
        last = rates[-1]
        assert int(last[0]) > 0 and int(last[1]) > 0 and last[2:] == ("0", "0"), last
        p.send({"cmd": "hangup"})
        p.wait_event("call_state", timeout=10, call_id=call_id, state="disconnected")


def test_video_cannot_be_added_to_a_call_set_up_without_video(phone: Callable[..., HeadlessPhone],
                                                              kamailio: KamailioServer, sipp: Sipp) -> None:
    """pjsua may not add a media line in a re-offer (the wheel aborts), so an audio-only call stays one: the agent
    is told why at once, and nothing is sent to the far end."""
    p = registered_phone(phone, kamailio, "1006")
    caller = sipp.uac(to="1006", from_user="2300", duration_ms=6000)
    call_id = p.wait_event("incoming_call", timeout=15, number="2300")["call_id"]
    p.send({"cmd": "answer"})
    p.wait_event("call_state", timeout=10, call_id=call_id, state="connected")
    sent = p.mark()
    p.send({"cmd": "video", "call_id": call_id, "on": True, "id": 5})
    error = p.wait_event("error", timeout=10, since=sent, cmd="video")
    assert error["code"] == "audio-only-call" and call_id in error["message"], error
    assert not [e for e in p.events[sent:] if e.get("event") == "result" and e.get("id") == 5]
    # turning it off is no news either, and the call goes on with audio
    p.send({"cmd": "video", "call_id": call_id, "on": False, "id": 6})
    assert p.wait_event("result", timeout=10, since=sent, id=6)["ok"]
    p.wait_event("call_state", timeout=15, call_id=call_id, state="disconnected")
    caller.wait_ok(15)
    # what the caller received: the answer to its INVITE, and no re-INVITE ever
    received = caller.messages()
    assert any(m.status == 200 and "INVITE" in (m.header("cseq") or "") for m in received), (
        [m.first_line for m in received])
    assert not [m for m in received if m.method == "INVITE"]
