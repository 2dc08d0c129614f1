"""Call control through `softphone run --headless` against Kamailio and SIPp (issue 3, "Done when").

Most scenarios share one registered phone (module scope: starting a phone costs about a second); each leaves it
with no call. Settings that are read at start (auto-answer, SRTP) get phones of their own.
"""

from __future__ import annotations

import contextlib
import json
import os
import signal
import subprocess
import sys
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest

from softphone.core.events import CallStateChanged
from softphone.history.store import outcome_of
from tests.integration.engine_harness import (
    RtpPeer,
    sdp_media_address,
    sdp_telephone_event_pt,
    uac_cancel,
    uac_info_dtmf,
    uas_fixed_media,
    uas_refer_notify,
)
from tests.integration.test_headless_e2e import registered_phone, set_up
from tests.phone import HeadlessPhone
from tests.stack import procs
from tests.stack.kamailio import KamailioServer
from tests.stack.pulse import PulseServer
from tests.stack.secret_service import SecretService
from tests.stack.sipp import Sipp

PhoneFactory = Callable[..., HeadlessPhone]
AGENT = "2101"


def _stack_env(pulse: PulseServer, secret_service: SecretService) -> dict[str, str]:
    env = {**os.environ, **pulse.env, **secret_service.env}
    env["XDG_RUNTIME_DIR"] = secret_service.env["XDG_RUNTIME_DIR"]
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return env


@pytest.fixture(scope="module")
def agent(kamailio: KamailioServer, pulse: PulseServer, secret_service: SecretService,
          tmp_path_factory: pytest.TempPathFactory) -> Iterator[HeadlessPhone]:
    """One registered phone (user 2101) shared by the scenarios of this module."""
    kamailio.set_password(AGENT, "pw" + AGENT)
    profile = tmp_path_factory.mktemp("agent")
    env = _stack_env(pulse, secret_service)
    phones: list[HeadlessPhone] = []

    def make(**kwargs: Any) -> HeadlessPhone:
        p = HeadlessPhone(profile, env, **kwargs)
        phones.append(p)
        return p

    def pids() -> list[int | None]:
        return [p.proc.pid for p in phones if p.proc is not None]

    procs.register_service(pids)  # lives across tests: not a leak of any one of them
    try:
        yield registered_phone(make, kamailio, AGENT)
    finally:
        for p in phones:
            with contextlib.suppress(Exception):
                p.close()
        procs.unregister_service(pids)


@pytest.fixture
def idle_agent(agent: HeadlessPhone) -> Iterator[HeadlessPhone]:
    """The shared phone; afterwards it must have no call left (a scenario that fails hangs its calls up)."""
    yield agent
    agent.send({"cmd": "status"})
    calls = agent.wait_event("status", timeout=5)["calls"]
    for call in calls:
        agent.send({"cmd": "hangup", "call_id": call["call_id"]})
    assert calls == [], f"calls left on the shared phone: {calls}"


def _call(p: HeadlessPhone, to: str, n: int) -> str:
    p.send({"cmd": "call", "to": to, "id": n})
    result = p.wait_event("result", timeout=10, id=n)
    assert result["ok"], result
    return str(result["call_id"])


def _state(p: HeadlessPhone, call_id: str, state: str, timeout: float = 10) -> dict[str, Any]:
    return p.wait_event("call_state", timeout=timeout, since_start=True, call_id=call_id, state=state)


def _rings_on_until_rejected(p: HeadlessPhone, call_id: str) -> None:
    """The call is not answered by itself within 2.5 s; the agent then rejects it."""
    with pytest.raises(AssertionError):
        _state(p, call_id, "connected", timeout=2.5)
    p.send({"cmd": "reject", "call_id": call_id})
    _state(p, call_id, "disconnected")


# ---- DTMF on the wire -------------------------------------------------------------------------------------


def test_rfc4733_dtmf_on_the_wire_both_ways(idle_agent: HeadlessPhone, sipp: Sipp, tmp_path: Path) -> None:
    p = idle_agent
    with RtpPeer() as far:
        uas = sipp.uas(uas_fixed_media(tmp_path), user="ivr", rtp_echo=False, rtp_port=far.port)
        call_id = _call(p, f"sip:ivr@127.0.0.1:{uas.port}", 1)
        _state(p, call_id, "connected")
        p.send({"cmd": "dtmf", "digits": "123#", "id": 2})
        assert p.wait_event("result", timeout=5, id=2)["ok"]
        procs.wait_until(lambda: len(far.digits_ended()) >= 4, 5, what="four RFC 4733 key presses at the far end")
        assert far.digits_ended() == [1, 2, 3, 11]
        events = far.telephone_events()
        assert {e.event for e in events} == {1, 2, 3, 11}
        assert all(e.duration > 0 for e in events)
        assert not uas.requests("INFO")  # in the media stream, not as SIP INFO

        # and the other way: key presses in RTP to the phone's media address become `dtmf` events
        offer = uas.requests("INVITE")[0].body
        phone_media, phone_pt = sdp_media_address(offer), sdp_telephone_event_pt(offer)
        far.send_dtmf(phone_media, "7", pt=phone_pt)
        far.send_dtmf(phone_media, "#", pt=phone_pt)
        assert p.wait_event("dtmf", timeout=5, since_start=True, call_id=call_id, digit="7")
        assert p.wait_event("dtmf", timeout=5, since_start=True, call_id=call_id, digit="#")

        p.send({"cmd": "hangup", "call_id": call_id})
        _state(p, call_id, "disconnected")
        uas.wait_ok(10)


def test_sip_info_dtmf_from_the_caller(idle_agent: HeadlessPhone, sipp: Sipp, tmp_path: Path) -> None:
    p = idle_agent
    caller = sipp.uac(uac_info_dtmf(tmp_path), to=AGENT, from_user="3005", info_digit="5", duration_ms=1000)
    incoming = p.wait_event("incoming_call", timeout=10, number="3005")
    p.send({"cmd": "answer"})
    _state(p, incoming["call_id"], "connected")
    assert p.wait_event("dtmf", timeout=5, since_start=True, call_id=incoming["call_id"])["digit"] == "5"
    _state(p, incoming["call_id"], "disconnected")
    caller.wait_ok(10)


# ---- incoming calls the agent does not take -------------------------------------------------------------


@pytest.mark.parametrize(("reason", "code"), [("busy", 486), ("decline", 603)])
def test_reject_sends_busy_or_decline(idle_agent: HeadlessPhone, sipp: Sipp, reason: str, code: int) -> None:
    p = idle_agent
    caller = sipp.uac(to=AGENT, from_user="3001")
    incoming = p.wait_event("incoming_call", timeout=10, number="3001")
    p.send({"cmd": "reject", "call_id": incoming["call_id"], "reason": reason})
    ended = _state(p, incoming["call_id"], "disconnected")
    assert ended["end_reason"] == "local" and ended["code"] == code
    caller.wait(15)  # uac_call treats a refusal as a failed call: what it received is the check
    assert code in [m.status for m in caller.messages()]


def test_caller_cancels_before_answer_is_a_missed_call(idle_agent: HeadlessPhone, sipp: Sipp,
                                                       tmp_path: Path) -> None:
    p = idle_agent
    caller = sipp.uac(uac_cancel(tmp_path), to=AGENT, from_user="3002", cancel_ms=300)
    incoming = p.wait_event("incoming_call", timeout=10, number="3002")
    ended = _state(p, incoming["call_id"], "disconnected")
    assert ended["end_reason"] == "cancelled" and ended["duration"] == 0
    fields = {k: v for k, v in ended.items() if k not in ("event", "ts")}
    assert outcome_of(CallStateChanged(**fields), connected=False) == "missed"
    caller.wait_ok(10)
    assert 487 in [m.status for m in caller.messages()]


def test_call_to_unknown_user_ends_not_found(idle_agent: HeadlessPhone) -> None:
    p = idle_agent
    call_id = _call(p, "9999", 1)
    ended = _state(p, call_id, "disconnected")
    assert ended["end_reason"] == "not_found" and ended["code"] == 404


# ---- two calls at once ------------------------------------------------------------------------------------


def test_call_waiting_answer_holds_first_then_resume(idle_agent: HeadlessPhone, sipp: Sipp) -> None:
    p = idle_agent
    first = sipp.uac(to=AGENT, from_user="3003")
    one = p.wait_event("incoming_call", timeout=10, number="3003")
    assert one["waiting"] is False
    p.send({"cmd": "answer"})
    _state(p, one["call_id"], "connected")

    second = sipp.uac(to=AGENT, from_user="3004")
    two = p.wait_event("incoming_call", timeout=10, number="3004")
    assert two["waiting"] is True
    p.send({"cmd": "answer", "call_id": two["call_id"]})
    _state(p, two["call_id"], "connected")
    _state(p, one["call_id"], "held")
    hold = first.wait_for_request("INVITE", count=1, timeout=5)[0]
    assert "a=sendonly" in hold.body

    p.send({"cmd": "hangup", "call_id": two["call_id"]})
    assert _state(p, two["call_id"], "disconnected")["end_reason"] == "local"
    second.wait_ok(10)
    p.send({"cmd": "unhold", "call_id": one["call_id"]})
    _state(p, one["call_id"], "connected")
    resume = first.wait_for_request("INVITE", count=2, timeout=5)[1]
    assert "a=sendrecv" in resume.body
    p.send({"cmd": "hangup"})
    _state(p, one["call_id"], "disconnected")
    first.wait_ok(10)


def test_hold_refused_491_by_a_crossing_reinvite_is_retried(idle_agent: HeadlessPhone, sipp: Sipp) -> None:
    """A PBX whose own re-INVITE crossed ours answers 491; RFC 3261 14.1: the owner of the Call-ID (we placed the
    call) tries again after 2.1-4 s, and the agent's hold happens without a second click."""
    p = idle_agent
    uas = sipp.uas("uas_glare", user="pbx", refuse_code=491, refuse_reason="Request Pending")
    call_id = _call(p, f"sip:pbx@127.0.0.1:{uas.port}", 1)
    _state(p, call_id, "connected")
    p.send({"cmd": "hold", "id": 2})
    asked = p.wait_event("result", timeout=5, id=2)
    assert asked["ok"], asked
    held = _state(p, call_id, "held", timeout=10)
    invites = uas.wait_for_request("INVITE", count=3, timeout=5)
    assert "a=sendonly" in invites[1].body and "a=sendonly" in invites[2].body
    # the scenario refused the first re-INVITE (491); the held state came from a new transaction
    assert invites[1].header("CSeq") != invites[2].header("CSeq")
    assert 2.0 <= held["ts"] - asked["ts"] <= 5.0, held["ts"] - asked["ts"]
    p.send({"cmd": "unhold", "id": 3})
    _state(p, call_id, "connected")
    assert len(uas.wait_for_request("INVITE", count=4, timeout=5)) == 4  # after the retry, no glare: one re-INVITE
    p.send({"cmd": "hangup"})
    _state(p, call_id, "disconnected")
    uas.wait_ok(10)


def test_hold_refused_by_the_far_end_is_reported_not_retried(idle_agent: HeadlessPhone, sipp: Sipp) -> None:
    p = idle_agent
    uas = sipp.uas("uas_glare", user="pbx", refuse_code=488, refuse_reason="Not Acceptable Here")
    call_id = _call(p, f"sip:pbx@127.0.0.1:{uas.port}", 1)
    _state(p, call_id, "connected")
    sent = p.mark()
    p.send({"cmd": "hold", "id": 2})
    # the refusal comes back in about a millisecond, so its error may be written before the command's result
    error = p.wait_event("error", timeout=5, since=sent, code="hold-failed")
    assert p.wait_event("result", timeout=5, since=sent, id=2)["ok"]
    assert call_id in error["message"], error
    assert "488 Not Acceptable Here" in error["message"], error
    p.send({"cmd": "status"})
    assert p.wait_event("status", timeout=5)["calls"][0]["state"] == "connected"
    assert len(uas.requests("INVITE")) == 2  # no retry of a plain refusal
    p.send({"cmd": "hangup"})
    _state(p, call_id, "disconnected")
    uas.wait_ok(10)


# ---- mute and media reports -------------------------------------------------------------------------------


def test_mute_keeps_the_dialog_and_media_reports_are_sane(idle_agent: HeadlessPhone, sipp: Sipp) -> None:
    p = idle_agent
    uas = sipp.uas(user="echo")
    call_id = _call(p, f"sip:echo@127.0.0.1:{uas.port}", 1)
    connected = _state(p, call_id, "connected")
    p.send({"cmd": "mute", "id": 2})
    assert p.wait_event("result", timeout=5, id=2)["ok"]
    p.send({"cmd": "status"})
    assert p.wait_event("status", timeout=5)["calls"][0]["muted"] is True
    # a periodic report while the call runs (every 5 s)
    report = p.wait_event("media", timeout=8, since_start=True, call_id=call_id, final=False)
    assert report["ts"] - connected["ts"] >= 3
    p.send({"cmd": "unmute", "id": 3})
    assert p.wait_event("result", timeout=5, id=3)["ok"]
    p.send({"cmd": "status"})
    assert p.wait_event("status", timeout=5)["calls"][0]["muted"] is False
    assert len(uas.requests("INVITE")) == 1  # mute is local: no re-INVITE
    p.send({"cmd": "hangup"})
    _state(p, call_id, "disconnected")
    final = p.wait_event("media", timeout=5, since_start=True, call_id=call_id, final=True)
    for media in (report, final):
        assert media["codec"] == "PCMU/8000"
        assert media["rx_packets"] > 50 and media["tx_packets"] > 50, media  # SIPp echoes what we send
        assert 0 <= media["jitter_ms"] < 60 and 0 <= media["loss_pct"] < 5 and 0 <= media["rtt_ms"] < 200, media
        assert 4.0 <= media["mos"] <= 4.5, media
    assert final["tx_packets"] >= report["tx_packets"] and final["rx_packets"] >= report["rx_packets"]
    uas.wait_ok(10)


# ---- transfers --------------------------------------------------------------------------------------------


def test_blind_transfer_completes_on_notify_200(idle_agent: HeadlessPhone, sipp: Sipp, tmp_path: Path) -> None:
    p = idle_agent
    uas = sipp.uas(uas_refer_notify(tmp_path), user="transferee", notify_code=200, notify_reason="OK")
    call_id = _call(p, f"sip:transferee@127.0.0.1:{uas.port}", 1)
    _state(p, call_id, "connected")
    p.send({"cmd": "transfer", "to": "2000", "id": 2})
    assert p.wait_event("result", timeout=5, id=2)["ok"]
    refer = uas.wait_for_request("REFER", timeout=5)[0]
    assert "sip:2000@127.0.0.1" in (refer.header("refer-to") or refer.header("r") or "")
    ended = _state(p, call_id, "disconnected")
    assert ended["end_reason"] == "transferred"
    uas.wait_ok(10)
    assert not [e for e in p.events if e["event"] == "error" and e["ts"] >= ended["ts"] - 1]


def test_blind_transfer_refused_by_notify_keeps_the_call(idle_agent: HeadlessPhone, sipp: Sipp,
                                                         tmp_path: Path) -> None:
    p = idle_agent
    uas = sipp.uas(uas_refer_notify(tmp_path), user="transferee", notify_code=486, notify_reason="Busy Here")
    call_id = _call(p, f"sip:transferee@127.0.0.1:{uas.port}", 1)
    _state(p, call_id, "connected")
    p.send({"cmd": "transfer", "to": "2000"})
    error = p.wait_event("error", timeout=5, code="transfer-failed")
    assert "486" in error["message"]
    p.send({"cmd": "status"})
    assert p.wait_event("status", timeout=5)["calls"][0]["state"] == "connected"
    p.send({"cmd": "hangup"})
    assert _state(p, call_id, "disconnected")["end_reason"] == "local"
    uas.wait_ok(10)


def test_blind_transfer_without_notify_is_reported_and_call_kept(idle_agent: HeadlessPhone, sipp: Sipp) -> None:
    p = idle_agent
    uas = sipp.uas(user="silent")  # answers REFER with 202 and never sends NOTIFY
    call_id = _call(p, f"sip:silent@127.0.0.1:{uas.port}", 1)
    _state(p, call_id, "connected")
    p.send({"cmd": "transfer", "to": "2000"})
    uas.wait_for_request("REFER", timeout=5)
    notice = p.wait_event("error", timeout=10, code="transfer-unconfirmed")
    assert call_id in notice["message"]
    p.send({"cmd": "status"})
    assert p.wait_event("status", timeout=5)["calls"][0]["state"] == "connected"
    p.send({"cmd": "hangup"})
    assert _state(p, call_id, "disconnected")["end_reason"] == "local"
    uas.wait_ok(10)


def test_attended_transfer_sends_replaces(idle_agent: HeadlessPhone, sipp: Sipp, tmp_path: Path) -> None:
    p = idle_agent
    alice = sipp.uas(uas_refer_notify(tmp_path), user="alice", notify_code=200, notify_reason="OK")
    bob = sipp.uas(user="bob")
    call_a = _call(p, f"sip:alice@127.0.0.1:{alice.port}", 1)
    _state(p, call_a, "connected")
    p.send({"cmd": "hold", "call_id": call_a})
    _state(p, call_a, "held")
    call_b = _call(p, f"sip:bob@127.0.0.1:{bob.port}", 2)
    _state(p, call_b, "connected")
    p.send({"cmd": "attended_transfer", "call_id": call_a, "target_call_id": call_b, "id": 3})
    assert p.wait_event("result", timeout=5, id=3)["ok"]
    refer_to = alice.wait_for_request("REFER", timeout=5)[0].header("refer-to") or ""
    assert "bob@127.0.0.1" in refer_to and "Replaces=" in refer_to
    bob_call_id = bob.requests("INVITE")[0].header("call-id") or "?"
    assert bob_call_id in refer_to.replace("%40", "@")
    assert _state(p, call_a, "disconnected")["end_reason"] == "transferred"
    alice.wait_ok(10)
    # bob would now get an INVITE with Replaces from alice and hang up on us; this SIPp does not, so we do
    p.send({"cmd": "hangup", "call_id": call_b})
    _state(p, call_b, "disconnected")
    bob.wait_ok(10)


# ---- leaks ------------------------------------------------------------------------------------------------


def _proc_counts(pid: int) -> tuple[int, int]:
    return len(os.listdir(f"/proc/{pid}/fd")), len(os.listdir(f"/proc/{pid}/task"))


def _settled_counts(pid: int) -> tuple[int, int]:
    """(fds, threads) once a call's audio streams and media clock have wound down (unchanged for 0.5 s)."""
    seen = [_proc_counts(pid)]

    def steady() -> bool:
        seen.append(_proc_counts(pid))
        return len(seen) > 5 and len(set(seen[-6:])) == 1

    procs.wait_until(steady, 10, interval=0.1, what=f"fd/thread counts to settle ({seen[-6:]})")
    return seen[-1]


def test_fifty_calls_leave_no_call_thread_or_fd(idle_agent: HeadlessPhone, sipp: Sipp) -> None:
    p = idle_agent
    assert p.proc is not None
    uas = sipp.uas(user="load", ring_ms=1, max_calls=51)
    target = f"sip:load@127.0.0.1:{uas.port}"

    def one_call(n: int) -> None:
        call_id = _call(p, target, n)
        _state(p, call_id, "connected")
        p.send({"cmd": "hangup", "call_id": call_id})
        _state(p, call_id, "disconnected")

    one_call(1000)  # warm-up: what stays open after the first call is not a leak
    before = _settled_counts(p.proc.pid)
    for n in range(1001, 1051):
        one_call(n)
    p.send({"cmd": "status"})
    assert p.wait_event("status", timeout=5)["calls"] == []
    procs.wait_until(lambda: _proc_counts(p.proc.pid) <= before, 5,
                     what=f"fds/threads back to {before} (now {_proc_counts(p.proc.pid)})")
    print(f"50 calls: fds/threads before {before}, after {_proc_counts(p.proc.pid)}")
    uas.wait_ok(10)


# ---- auto-answer (read at start: a phone of its own) -------------------------------------------------------


def test_auto_answer_all_after_delay_then_queue_calls_only(phone: PhoneFactory, kamailio: KamailioServer,
                                                           sipp: Sipp) -> None:
    kamailio.set_password("2102", "pw2102")
    p = registered_phone(phone, kamailio, "2102", ("call.auto_answer", "all"), ("call.auto_answer_delay", "1"))
    caller = sipp.uac(to="2102", from_user="3010", duration_ms=300)
    ringing = p.wait_event("incoming_call", timeout=10, number="3010")
    connected = _state(p, ringing["call_id"], "connected", timeout=5)
    assert 0.9 <= connected["ts"] - ringing["ts"] <= 2.0, connected["ts"] - ringing["ts"]
    assert _state(p, ringing["call_id"], "disconnected")["end_reason"] == "remote"
    caller.wait_ok(10)
    p.close()

    done = p.cli("config", "set", "call.auto_answer", "queue")
    assert done.returncode == 0, done.stderr
    q = phone(profile_dir=p.profile)
    q.wait_event("registration", timeout=15, state="registered")
    queued = sipp.uac(to="2102", from_user="3011", duration_ms=300, extra_headers="X-Queue: sales")
    ringing = q.wait_event("incoming_call", timeout=10, number="3011")
    assert ringing["queue"] == "sales"
    connected = _state(q, ringing["call_id"], "connected", timeout=5)
    assert 0.9 <= connected["ts"] - ringing["ts"] <= 2.0
    _state(q, ringing["call_id"], "disconnected")
    queued.wait_ok(10)

    direct = sipp.uac(to="2102", from_user="3012")
    ringing = q.wait_event("incoming_call", timeout=10, number="3012")
    assert ringing["queue"] == ""
    _rings_on_until_rejected(q, ringing["call_id"])  # not a queue call
    direct.wait(10)


def test_auto_answer_when_the_pbx_asks_and_only_then(phone: PhoneFactory, kamailio: KamailioServer,
                                                     sipp: Sipp) -> None:
    """`call.auto_answer requested`: an INVITE with Call-Info answer-after (what Asterisk's Page() and intercom
    features send) is answered at once; a queue call without it rings on."""
    kamailio.set_password("2103", "pw2103")
    p = registered_phone(phone, kamailio, "2103", ("call.auto_answer", "requested"))
    paged = sipp.uac(to="2103", from_user="3020", duration_ms=300,
                     extra_headers="Call-Info: <sip:127.0.0.1>;answer-after=0")
    ringing = p.wait_event("incoming_call", timeout=10, number="3020")
    connected = _state(p, ringing["call_id"], "connected", timeout=5)
    assert connected["ts"] - ringing["ts"] <= 1.0, connected["ts"] - ringing["ts"]
    _state(p, ringing["call_id"], "disconnected")
    paged.wait_ok(10)

    queued = sipp.uac(to="2103", from_user="3021", extra_headers="X-Queue: sales")
    ringing = p.wait_event("incoming_call", timeout=10, number="3021")
    _rings_on_until_rejected(p, ringing["call_id"])  # nothing asked for it
    queued.wait(10)


def test_a_call_whose_far_end_sends_no_audio_is_ended(phone: PhoneFactory, kamailio: KamailioServer,
                                                      sipp: Sipp) -> None:
    """A far end that answers and then sends no RTP at all (a PBX gone, a dead network path): after
    `call.no_media_timeout` the phone ends the call and says why, instead of leaving the agent "on a call"."""
    kamailio.set_password("2104", "pw2104")
    p = registered_phone(phone, kamailio, "2104", ("call.no_media_timeout", "3"))
    uas = sipp.uas(user="mute", rtp_echo=False)
    call_id = _call(p, f"sip:mute@127.0.0.1:{uas.port}", 1)
    connected = _state(p, call_id, "connected")
    error = p.wait_event("error", timeout=20, code="no-media")
    ended = _state(p, call_id, "disconnected")
    assert ended["end_reason"] == "local"
    assert error["ts"] - connected["ts"] >= 3, error
    assert uas.wait_for_request("BYE", timeout=5)


# ---- SRTP (read at start: phones of their own) -------------------------------------------------------------


def test_srtp_mandatory_optional_and_phone_to_phone(phone: PhoneFactory, kamailio: KamailioServer,
                                                    sipp: Sipp) -> None:
    for user in ("2103", "2104"):
        kamailio.set_password(user, "pw" + user)
    secure = registered_phone(phone, kamailio, "2103", ("sip.srtp", "mandatory"))
    relaxed = registered_phone(phone, kamailio, "2104", ("sip.srtp", "optional"))

    # mandatory offers only SRTP; a far end that answers plain RTP gets no call
    plain = sipp.uas(user="plain")
    call_id = _call(secure, f"sip:plain@127.0.0.1:{plain.port}", 1)
    ended = _state(secure, call_id, "disconnected")
    offer = plain.requests("INVITE")[0].body
    assert "RTP/SAVP" in offer and "a=crypto:" in offer, offer
    assert ended["end_reason"] == "failed" and ended["code"] == 488, ended
    assert "SRTP" in ended["reason"], ended
    assert not [e for e in secure.events if e["event"] == "call_state" and e["call_id"] == call_id
                and e["state"] == "connected"]
    plain.wait(10)
    caller = sipp.uac(to="2103", from_user="3020")  # a plain RTP caller is refused the same way
    caller.wait(10)
    assert 488 in [m.status for m in caller.messages()]
    assert not [e for e in secure.events if e["event"] == "incoming_call"]

    # optional offers RTP with crypto attributes and falls back to plain RTP
    plain = sipp.uas(user="plain")
    call_id = _call(relaxed, f"sip:plain@127.0.0.1:{plain.port}", 1)
    _state(relaxed, call_id, "connected")
    offer = plain.requests("INVITE")[0].body
    assert "RTP/AVP" in offer and "a=crypto:" in offer, offer
    relaxed.send({"cmd": "hangup"})
    _state(relaxed, call_id, "disconnected")
    plain.wait_ok(10)

    # phone to phone through Kamailio: the mandatory side's offer is taken, media flows both ways
    call_id = _call(secure, "2104", 2)
    incoming = relaxed.wait_event("incoming_call", timeout=10, number="2103")
    relaxed.send({"cmd": "answer"})
    _state(secure, call_id, "connected")
    _state(relaxed, incoming["call_id"], "connected")
    # the periodic report (every 5 s) shows media arriving on the SRTP-only side
    secure.wait_event("media", timeout=8, since_start=True, call_id=call_id, final=False,
                      where=lambda m: m["rx_packets"] > 50)
    secure.send({"cmd": "hangup"})
    _state(secure, call_id, "disconnected")
    assert _state(relaxed, incoming["call_id"], "disconnected")["end_reason"] == "remote"
    for p, cid in ((secure, call_id), (relaxed, incoming["call_id"])):
        media = p.wait_event("media", timeout=5, since_start=True, call_id=cid, final=True)
        assert media["rx_packets"] > 10 and media["tx_packets"] > 10, media


# ---- `softphone call URI` ---------------------------------------------------------------------------------


def test_softphone_call_command(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    kamailio.set_password("2105", "pw2105")
    p = phone(start=False)
    set_up(p, kamailio, "2105")
    uas = sipp.uas(user="echo", hangup_ms=800)
    done = p.cli("call", f"sip:echo@127.0.0.1:{uas.port}", timeout=30)
    assert done.returncode == 0, done.stderr
    events = [json.loads(line) for line in done.stdout.splitlines()]
    names = [e["event"] for e in events]
    assert names.index("started") < names.index("registration")
    states = [e["state"] for e in events if e["event"] == "call_state"]
    assert states[-2:] == ["connected", "disconnected"], states
    assert [e for e in events if e["event"] == "call_state"][-1]["end_reason"] == "remote"
    uas.wait_ok(10)

    assert all(e["ts"] > 1e9 for e in events)
    uas.wait_ok(10)

    failed = p.cli("call", "9999", timeout=30)  # nobody registered as 9999: 404
    assert failed.returncode == 1, failed.stdout
    ended = [e for e in map(json.loads, failed.stdout.splitlines()) if e.get("state") == "disconnected"]
    assert ended[0]["end_reason"] == "not_found" and ended[0]["code"] == 404, ended

    # Ctrl-C during the call hangs up (BYE) and exits cleanly
    uas = sipp.uas(user="echo")
    proc = subprocess.Popen([sys.executable, "-m", "softphone", "--profile", str(p.profile), "call",
                             f"sip:echo@127.0.0.1:{uas.port}"], stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            text=True, env=p.env)
    try:
        assert proc.stdout is not None
        for line in proc.stdout:
            if '"connected"' in line:
                break
        proc.send_signal(signal.SIGINT)
        out, err = proc.communicate(timeout=15)
    finally:
        procs.stop_process(proc)  # type: ignore[arg-type]
    assert proc.returncode == 0, err
    assert "Traceback" not in err
    uas.wait_for_request("BYE", timeout=5)
    uas.wait_ok(10)
