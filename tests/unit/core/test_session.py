"""Session orchestration over a scripted engine (pure core; the real engine is tested in integration)."""

from __future__ import annotations

import asyncio
import json
from typing import Any

import pytest

from softphone.core.events import CallConfirmed, CallEnded, CallIncoming, Event
from softphone.core.models import AccountSpec
from softphone.core.session import Session, SessionConfig, SessionError
from softphone.headless.protocol import HeadlessInterface
from tests.unit.core.fake_engine import FakeEngine

ACCOUNT = AccountSpec(user="1001", domain="pbx.example.com")


async def started(config: SessionConfig | None = None) -> tuple[Session, FakeEngine, list[Event]]:
    engine = FakeEngine()
    session = Session(engine=engine, config=config or SessionConfig(version="t"))
    events: list[Event] = []
    session.subscribe(events.append)
    await session.start(ACCOUNT, "pw")
    return session, engine, events


def names(events: list[Event]) -> list[str]:
    return [e.EVENT for e in events]


def test_start_announces_and_registers() -> None:
    async def go() -> None:
        session, engine, events = await started()
        assert names(events)[:2] == ["started", "registration"]
        assert engine.log[0] == ("register", "sip:1001@pbx.example.com")
        assert session.registered
        await session.stop()
        assert names(events)[-1] == "stopped" and ("shutdown",) in engine.log
    asyncio.run(go())


def test_call_waiting_answer_holds_the_first_call() -> None:
    async def go() -> None:
        session, engine, events = await started()
        engine.emit(CallIncoming(call_id="a", remote_uri="sip:2000@x", number="2000"))
        await session.answer()
        engine.emit(CallConfirmed(call_id="a"))
        engine.emit(CallIncoming(call_id="b", remote_uri="sip:3000@x", number="3000"))
        incoming = [e for e in events if e.EVENT == "incoming_call"]
        assert [e.to_dict()["waiting"] for e in incoming] == [False, True]
        await session.answer("b")
        assert ("hold", "a") in engine.log and engine.log[-1] == ("answer", "b")
        await session.stop()
    asyncio.run(go())


def test_auto_answer_after_delay_and_queue_only() -> None:
    async def go() -> None:
        session, engine, _ = await started(SessionConfig(auto_answer="queue", auto_answer_delay=0.05))
        engine.emit(CallIncoming(call_id="a", remote_uri="sip:2000@x"))
        engine.emit(CallIncoming(call_id="b", remote_uri="sip:2001@x", queue="sales"))
        await asyncio.sleep(0.15)  # the delay under test is the timer itself
        answered = [entry for entry in engine.log if entry[0] == "answer"]
        assert answered == [("answer", "b")]
        await session.stop()
    asyncio.run(go())


def test_auto_answer_when_the_invite_asks_for_it() -> None:
    async def go() -> None:
        session, engine, _ = await started(SessionConfig(auto_answer="requested", auto_answer_delay=0.0))
        engine.emit(CallIncoming(call_id="plain", remote_uri="sip:2000@x", queue="sales"))
        engine.emit(CallIncoming(call_id="page", remote_uri="sip:2001@x",
                                 headers=(("Call-Info", "<sip:pbx>;answer-after=0"),)))
        await asyncio.sleep(0.1)  # the delay under test is the timer itself
        assert [entry for entry in engine.log if entry[0] == "answer"] == [("answer", "page")]
        await session.stop()
    asyncio.run(go())


def test_a_requested_auto_answer_never_rings_shorter_than_the_agents_delay() -> None:
    async def go() -> None:
        session, engine, _ = await started(SessionConfig(auto_answer="requested", auto_answer_delay=0.3))
        engine.emit(CallIncoming(call_id="page", remote_uri="sip:2001@x",
                                 headers=(("Alert-Info", "<http://127.0.0.1>;info=alert-autoanswer"),)))
        await asyncio.sleep(0.1)
        assert not [entry for entry in engine.log if entry[0] == "answer"]
        await asyncio.sleep(0.4)
        assert [entry for entry in engine.log if entry[0] == "answer"] == [("answer", "page")]
        await session.stop()
    asyncio.run(go())


@pytest.mark.parametrize("mode", ["off", "queue"])
def test_an_invite_asking_to_be_answered_is_not_when_the_agent_did_not_allow_it(mode: str) -> None:
    async def go() -> None:
        session, engine, _ = await started(SessionConfig(auto_answer=mode))
        engine.emit(CallIncoming(call_id="page", remote_uri="sip:2001@x", headers=(("Answer-Mode", "Auto"),)))
        await asyncio.sleep(0.1)
        assert not [entry for entry in engine.log if entry[0] == "answer"]
        await session.stop()
    asyncio.run(go())


async def _connected_call(config: SessionConfig, rx_step: int) -> tuple[Session, FakeEngine, list[Event]]:
    session, engine, events = await started(config)
    engine.rx_step = rx_step
    engine.emit(CallIncoming(call_id="a", remote_uri="sip:2000@x"))
    await session.answer("a")
    engine.emit(CallConfirmed(call_id="a"))
    return session, engine, events


def test_a_call_without_audio_from_the_far_end_is_ended() -> None:
    async def go() -> None:
        config = SessionConfig(media_interval=0.02, no_media_timeout=0.15)
        session, engine, events = await _connected_call(config, rx_step=0)
        await asyncio.sleep(0.5)
        assert ("hangup", "a") in engine.log
        errors = [e for e in events if e.EVENT == "error"]
        assert [e.to_dict()["code"] for e in errors] == ["no-media"]
        ended = [e.to_dict() for e in events if e.EVENT == "call_state" and e.to_dict()["state"] == "disconnected"]
        assert ended and ended[-1]["end_reason"] == "local"
        await session.stop()
    asyncio.run(go())


@pytest.mark.parametrize(("rx_step", "hold", "timeout"), [(5, False, 0.15), (0, True, 0.15), (0, False, 0.0)],
                         ids=["audio-flowing", "held", "timeout-off"])
def test_a_call_is_kept_while_audio_flows_or_none_is_expected(rx_step: int, hold: bool, timeout: float) -> None:
    async def go() -> None:
        config = SessionConfig(media_interval=0.02, no_media_timeout=timeout)
        session, engine, events = await _connected_call(config, rx_step=rx_step)
        if hold:
            await session.hold("a")
        await asyncio.sleep(0.5)
        assert ("hangup", "a") not in engine.log
        assert not [e for e in events if e.EVENT == "error"]
        await session.stop()
    asyncio.run(go())


def test_silent_calls_are_invisible_and_report_outcome() -> None:
    async def go() -> None:
        session, engine, events = await started(SessionConfig(silent_call_linger=0.01))
        before = len(events)

        async def pbx() -> None:
            await asyncio.sleep(0)
            engine.emit(CallConfirmed(call_id="c1"))

        asyncio.ensure_future(pbx())
        outcome = await asyncio.wait_for(session.place_silent_call("sip:*451@pbx.example.com"), 5)
        assert outcome.answered
        shown = [e for e in events[before:] if e.EVENT in ("call_state", "incoming_call", "media")]
        assert shown == []  # nothing shown, nothing for history
        engine.emit(CallEnded(call_id="c2", code=404))  # unknown call: ignored
        await session.stop()
    asyncio.run(go())


def test_silent_call_refused() -> None:
    async def go() -> None:
        session, engine, _ = await started()

        async def pbx() -> None:
            await asyncio.sleep(0)
            engine.emit(CallEnded(call_id="c1", code=404, reason="Not Found"))

        asyncio.ensure_future(pbx())
        outcome = await asyncio.wait_for(session.place_silent_call("sip:*459@pbx.example.com"), 5)
        assert not outcome.answered and outcome.code == 404
        await session.stop()
    asyncio.run(go())


def test_queue_login_and_wrapup_through_the_session() -> None:
    async def go() -> None:
        config = SessionConfig(silent_call_linger=0.0, wrapup_seconds=0.2, queue_names=("sales",))
        session, engine, events = await started(config)
        answered_codes: list[str] = []

        def pbx(event: object) -> None:  # the PBX answers every feature code at once
            if type(event).__name__ == "CallOutgoing":
                answered_codes.append(event.remote_uri)  # type: ignore[attr-defined]
                asyncio.get_running_loop().call_soon(engine.emit, CallConfirmed(call_id=event.call_id))  # type: ignore[attr-defined]

        real_emit = engine.emit
        engine.emit = lambda e: (real_emit(e), pbx(e))  # type: ignore[method-assign]
        report = await asyncio.wait_for(session.queue_login("sales"), 5)
        assert report.ok and answered_codes == ["sip:*45sales@pbx.example.com"]
        assert session.agent.state.value == "available"
        engine.emit(CallIncoming(call_id="q1", remote_uri="sip:2000@x", queue="sales"))
        await session.answer("q1")
        engine.emit(CallConfirmed(call_id="q1"))
        assert session.agent.state.value == "on_call"
        await session.hangup("q1")
        await asyncio.sleep(0.05)
        assert session.agent.state.value == "wrapup"
        await asyncio.wait_for(_until(lambda: session.agent.state.value == "available"), 5)
        assert answered_codes[1:] == ["sip:*47sales*acw@pbx.example.com", "sip:*48sales@pbx.example.com"]
        states = [e.to_dict()["state"] for e in events if e.EVENT == "agent_state"]
        assert "wrapup" in states and states[-1] == "available"
        await session.stop()
    asyncio.run(go())


async def _until(predicate: Any) -> None:
    while not predicate():
        await asyncio.sleep(0.01)


def test_unanswered_call_is_turned_away_after_the_ring_timeout() -> None:
    async def go() -> None:
        session, engine, events = await started(SessionConfig(ring_timeout=0.05))
        engine.emit(CallIncoming(call_id="g", remote_uri="sip:6666@x"))
        await asyncio.wait_for(_until(lambda: "g" not in session.calls), 5)
        assert ("reject", "g", "480") in engine.log
        ended = [e.to_dict() for e in events if e.EVENT == "call_state" and e.to_dict()["state"] == "disconnected"]
        assert ended[-1]["end_reason"] == "no_answer"
        await session.stop()
    asyncio.run(go())


def test_commands_without_a_call_are_refused_plainly() -> None:
    async def go() -> None:
        session, _, _ = await started()
        with pytest.raises(SessionError, match="no call to hold"):
            await session.hold()
        with pytest.raises(SessionError, match="not a phone number"):
            await session.call("hello world")
        with pytest.raises(SessionError, match="DTMF digits"):
            await session.dtmf("12x")
        await session.stop()
    asyncio.run(go())


def test_headless_protocol_answers_bad_input_with_errors() -> None:
    async def go() -> None:
        session, engine, _ = await started()
        out: list[dict[str, Any]] = []
        iface = HeadlessInterface(session, lambda line: out.append(json.loads(line)))
        session.subscribe(iface.on_event)
        for line in ["not json", "[1,2]", '{"nocmd":1}', '{"cmd":"fly"}', '{"cmd":"call"}',
                     '{"cmd":"call","to":{"x":1}}', '{"cmd":"hangup","call_id":"zz"}', b"\xff\xfe",
                     '{"cmd":"dtmf","digits":"1;DROP"}', '{"cmd":"reject","reason":"maybe"}', "{" * 5000,
                     '{"cmd":"reject","reason":["busy"]}', '{"cmd":"reject","reason":{"a":1}}']:
            await iface.handle_line(line)
        codes = [e["code"] for e in out]
        assert codes == ["bad-json", "bad-json", "bad-command", "unknown-command", "bad-argument",
                         "bad-argument", "unknown-call", "bad-json", "bad-argument", "bad-argument", "bad-json",
                         "bad-argument", "bad-argument"]
        assert all(e["event"] == "error" and "ts" in e and e["message"] for e in out)
        out.clear()
        await iface.handle_line('{"cmd":"call","to":"1002","id":7}')
        assert out[0]["event"] == "call_state" and out[0]["state"] == "calling"
        assert out[-1] == {"event": "result", "ts": out[-1]["ts"], "cmd": "call", "id": 7, "ok": True,
                           "call_id": "c1"}
        assert engine.calls_made == [("sip:1002@pbx.example.com", False)]
        await iface.handle_line('{"cmd":"status"}')
        assert out[-1]["event"] == "status" and out[-1]["calls"][0]["call_id"] == "c1"
        await session.stop()
    asyncio.run(go())
