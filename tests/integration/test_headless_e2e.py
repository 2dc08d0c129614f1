"""The phone as users and scripts see it: `softphone run --headless` against Kamailio and SIPp."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import Any

import pytest

from tests.phone import HeadlessPhone
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

PhoneFactory = Callable[..., HeadlessPhone]


def set_up(phone: HeadlessPhone, kamailio: KamailioServer, user: str, *settings: tuple[str, str],
           transport: str = "udp") -> None:
    """A manual account for `user` on the test Kamailio, bound to loopback, plus extra settings."""
    for name, value in (("sip.bind_address", "127.0.0.1"), *settings):
        done = phone.cli("config", "set", name, value)
        assert done.returncode == 0, done.stderr
    port = getattr(kamailio, f"{transport}_port")
    args = ["account", "set", "--sip-uri", f"sip:{user}@{kamailio.domain}", "--transport", transport,
            "--port", str(port), "--password-stdin"]
    if transport == "tls":
        args += ["--ca-file", str(kamailio.ca_file)]
    done = phone.cli(*args, input=kamailio.users[user] + "\n")
    assert done.returncode == 0, done.stderr


def registered_phone(phone_factory: PhoneFactory, kamailio: KamailioServer, user: str,
                     *settings: tuple[str, str]) -> HeadlessPhone:
    phone = phone_factory(start=False)
    set_up(phone, kamailio, user, *settings)
    phone.start()
    started = phone.wait_event("started", timeout=30)
    assert started["version"] and "PCMU/8000" in started["capabilities"]["codecs"]
    phone.wait_event("registration", timeout=15, state="registered")
    return phone


def test_wrong_password_is_a_clear_registration_failure(phone: PhoneFactory, kamailio: KamailioServer) -> None:
    p = phone(start=False)
    set_up(p, kamailio, "1003")
    kamailio_pw = kamailio.users["1003"]
    kamailio.set_password("1003", "something-else")
    try:
        p.start()
        failed = p.wait_event("registration", timeout=15, state="failed")
    finally:
        kamailio.set_password("1003", kamailio_pw)
    assert failed["code"] == 401
    assert "password" in failed["reason"].lower()
    assert failed["retry_in"] > 0


def test_incoming_call_answered_with_media_then_remote_hangup(
        phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    p = registered_phone(phone, kamailio, "1002")
    caller = sipp.uac(to="1002", from_user="2000", from_name="Alice Caller", duration_ms=2500)
    incoming = p.wait_event("incoming_call", timeout=15)
    assert incoming["number"] == "2000"
    assert incoming["display_name"] == "Alice Caller"
    assert "2000" in incoming["from"] and incoming["waiting"] is False
    p.send({"cmd": "answer"})
    p.wait_event("call_state", timeout=10, call_id=incoming["call_id"], state="connected")
    p.wait_event("agent_state", timeout=5, state="on_call")
    ended = p.wait_event("call_state", timeout=15, call_id=incoming["call_id"], state="disconnected")
    assert ended["end_reason"] == "remote"
    assert ended["duration"] > 1.5
    media = p.wait_event("media", timeout=10, since_start=True, call_id=incoming["call_id"], final=True)
    assert media["rx_packets"] > 20 and media["tx_packets"] > 20, media
    assert media["codec"].upper().startswith("PCMU")
    caller.wait_ok(15)
    p.wait_event("agent_state", timeout=5, state="available")


def test_outgoing_call_hold_dtmf_and_bad_commands(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    uas = sipp.uas(user="3000", hangup_ms=0)
    p = registered_phone(phone, kamailio, "1004")
    p.send({"cmd": "call", "to": f"sip:3000@127.0.0.1:{uas.port}", "id": 1})
    result = p.wait_event("result", timeout=10, id=1)
    call_id = result["call_id"]
    p.wait_event("call_state", timeout=10, since_start=True, call_id=call_id, state="connected")
    p.send({"cmd": "hold"})
    p.wait_event("call_state", timeout=10, call_id=call_id, state="held")
    p.send({"cmd": "unhold"})
    p.wait_event("call_state", timeout=10, call_id=call_id, state="connected")
    reinvites = uas.wait_for_request("INVITE", count=3, timeout=10)[1:]
    assert "a=sendonly" in reinvites[0].body and "a=sendrecv" in reinvites[1].body
    p.send({"cmd": "dtmf", "digits": "12#"})
    for bad, code in (("{oops", "bad-json"), (json.dumps({"cmd": "dtmf", "digits": "x"}), "bad-argument"),
                      (json.dumps({"cmd": "answer"}), "no-call"), (json.dumps({"cmd": "warp"}), "unknown-command")):
        p.send(bad)
        assert p.wait_event("error", timeout=5)["code"] == code
    p.send({"cmd": "status"})
    status = p.wait_event("status", timeout=5)
    assert status["registration"] == "registered" and status["calls"][0]["call_id"] == call_id
    p.send({"cmd": "hangup"})
    ended = p.wait_event("call_state", timeout=10, call_id=call_id, state="disconnected")
    assert ended["end_reason"] == "local"
    uas.wait_ok(10)


def _feature_invites(uas: Any) -> list[str]:
    return [m.first_line.split()[1].split("@")[0].removeprefix("sip:") for m in uas.messages() if m.method == "INVITE"]


def test_queue_actions_send_feature_codes_and_follow_agent_state(
        phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp,
        kamailio_features: Callable[[str | None], None]) -> None:
    pbx = sipp.uas(user="features", hangup_ms=300, max_calls=20)
    kamailio_features(f"sip:127.0.0.1:{pbx.port}")
    p = registered_phone(phone, kamailio, "1005", ("queue.names", '["sales", "support"]'))
    p.wait_event("agent_state", timeout=5, state="available")

    def act(cmd: dict[str, Any], n: int) -> dict[str, Any]:
        p.send({**cmd, "id": n})
        result = p.wait_event("result", timeout=30, id=n)
        assert result["ok"], result
        return result

    act({"cmd": "queue_login", "queue": "all"}, 1)
    for name in ("sales", "support"):
        p.wait_event("queue", timeout=5, since_start=True, name=name, logged_in=True)
    def agent_state() -> dict[str, Any]:  # the session announces the state before the action's result
        return [e for e in p.events if e["event"] == "agent_state"][-1]

    act({"cmd": "pause", "queue": "all", "reason": "lunch"}, 2)
    assert agent_state()["state"] == "paused" and agent_state()["reason"] == "2"
    act({"cmd": "unpause", "queue": "sales"}, 3)
    assert agent_state()["state"] == "available"
    act({"cmd": "queue_logout", "queue": "support"}, 4)
    assert _feature_invites(pbx) == ["*45sales", "*45support", "*47sales*2", "*47support*2", "*48sales",
                                     "*46support"]
    # no feature-code call ever shows up as a call
    assert not [e for e in p.events if e["event"] in ("call_state", "incoming_call")]


def test_refused_feature_code_leaves_state_unchanged(
        phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp,
        kamailio_features: Callable[[str | None], None]) -> None:
    pbx = sipp.uas("uas_reject", user="features", code=404, reason="Not Found")
    kamailio_features(f"sip:127.0.0.1:{pbx.port}")
    p = registered_phone(phone, kamailio, "1006", ("queue.names", '["sales"]'))
    p.send({"cmd": "queue_login", "queue": "sales", "id": 9})
    error = p.wait_event("error", timeout=30, code="queue-action-failed")
    assert "sales" in error["message"] and "404" in error["message"]
    result = p.wait_event("result", timeout=5, id=9)
    assert result["ok"] is False and result["results"][0]["ok"] is False
    p.send({"cmd": "status"})
    assert p.wait_event("status", timeout=5)["agent_state"] == "available"
    assert not [e for e in p.events if e["event"] == "queue" and e.get("logged_in")]


@pytest.mark.parametrize("transport", ["tcp", "tls"])
def test_register_over_tcp_and_tls(phone: PhoneFactory, kamailio: KamailioServer, transport: str) -> None:
    p = phone(start=False)
    set_up(p, kamailio, "1007", transport=transport)
    p.start()
    registered = p.wait_event("registration", timeout=15, state="registered")
    assert registered["code"] == 200
