"""Answering a video offer without video (DESIGN.md 9): the 200 OK carries the video line rejected (port 0) from
the start, so no re-INVITE follows and no video port is opened; and the choice the other way round (the setting
says audio only, the agent picks video) puts video into the 200 OK itself."""

from __future__ import annotations

import asyncio
import logging
import re
from collections.abc import Iterator
from pathlib import Path

import pytest

pytest.importorskip("av")
pytest.importorskip("aiortc")

from softphone.core.events import CallConfirmed, CallEnded, CallIncoming, RegistrationChanged, VideoChanged  # noqa: E402
from softphone.engine import PjsuaEngine  # noqa: E402
from softphone.engine.video_hooks import install  # noqa: E402
from softphone.video.service import VideoService  # noqa: E402
from tests.integration.engine_harness import Recorder, account, options, wait_until  # noqa: E402
from tests.integration.test_video_calls import Agent, run, wait_for  # noqa: E402
from tests.stack import procs  # noqa: E402
from tests.stack.baresip import Baresip  # noqa: E402
from tests.stack.kamailio import KamailioServer  # noqa: E402
from tests.stack.sipp import SCENARIO_DIR, Sipp  # noqa: E402

pytestmark = pytest.mark.slow

QUIET_SEC = 2.0  # how long after the answer a re-INVITE of ours would have shown up


class SipLog(logging.Handler):
    """pjsua's message log (engine log level 5): what we sent and received, as pjsua wrote it."""

    def __init__(self) -> None:
        super().__init__(logging.DEBUG)
        self.entries: list[str] = []

    def emit(self, record: logging.LogRecord) -> None:
        self.entries.append(record.getMessage())

    def sent(self, first_line: str) -> list[str]:
        """Messages we sent whose start line begins with ``first_line`` (e.g. "INVITE ", "SIP/2.0 200")."""
        out = []
        for entry in self.entries:
            head, _, message = entry.partition("\n")
            if head.startswith("TX ") and message.startswith(first_line) and "CSeq:" in message:
                out.append(message)
        return out


@pytest.fixture
def sip_log() -> Iterator[SipLog]:
    handler = SipLog()
    logger = logging.getLogger("softphone.engine.pjsua")
    old_level = logger.level
    logger.setLevel(logging.DEBUG)
    logger.addHandler(handler)
    try:
        yield handler
    finally:
        logger.removeHandler(handler)
        logger.setLevel(old_level)


class CountingService(VideoService):
    """The real video service, counting the ports it was asked to open."""

    def __init__(self, bind_address: str) -> None:
        super().__init__(bind_address, sdp_address=bind_address)
        self.opened: list[str] = []

    def open(self, call_id: str) -> int:
        self.opened.append(call_id)
        return super().open(call_id)


@pytest.fixture
def baresip(kamailio: KamailioServer, tmp_path: Path) -> Iterator[Baresip]:
    (tmp_path / "baresip").mkdir()
    peer = Baresip("1008", kamailio.users["1008"], f"127.0.0.1:{kamailio.udp_port}", workdir=tmp_path / "baresip")
    peer.start()
    try:
        peer.wait_registered()
        yield peer
    finally:
        peer.stop()


async def start_agent(kamailio: KamailioServer, user: str = "1009") -> tuple[Agent, CountingService]:
    """The engine with video, pjsua's message log on (level 5) for SipLog."""
    engine = PjsuaEngine(options(log_level=5), asyncio.get_running_loop())
    service = CountingService("127.0.0.1")
    hooks = install(engine, service)
    rec = Recorder()
    assert (await engine.start(rec)).video
    await engine.register(account(kamailio, user), kamailio.users[user])
    await rec.wait(RegistrationChanged, 10, state="registered")
    return Agent(engine, hooks, service, rec), service


def _is_invite_200(message: str) -> bool:
    return message.startswith("SIP/2.0 200") and re.search(r"^CSeq: *\d+ INVITE\b", message, re.M) is not None


def _video_port(invite_200: str) -> int:
    m = re.search(r"^m=video (\d+) ", invite_200, re.M)
    assert m, invite_200
    return int(m.group(1))


async def _audio_both_ways(engine: PjsuaEngine, call_id: str) -> None:
    async def flowing() -> bool:
        stats = await engine.media_stats(call_id)
        return stats is not None and stats.rx_packets > 10 and stats.tx_packets > 10

    await wait_until(flowing, 5, "audio RTP both ways")


@pytest.mark.parametrize("how", ["per-call", "setting"])
def test_baresip_video_call_answered_without_video(kamailio: KamailioServer, baresip: Baresip, sip_log: SipLog,
                                                   how: str) -> None:
    async def go() -> None:
        agent, service = await start_agent(kamailio)
        if how == "setting":
            agent.hooks.answer_with_video = False  # video.answer_with_video = false
        try:
            baresip.dial(f"sip:1009@{kamailio.host}")
            incoming = await agent.rec.wait(CallIncoming, 10)
            if how == "per-call":
                await agent.hooks.set_video(incoming.call_id, False)  # what the desktop's "answer audio only" does
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            await _audio_both_ways(agent.engine, incoming.call_id)
            await asyncio.sleep(QUIET_SEC)

            oks = [m for m in sip_log.sent("SIP/2.0 200") if _is_invite_200(m)]
            assert len(oks) == 1, oks
            assert _video_port(oks[0]) == 0  # rejected in the answer itself (RFC 3264)
            assert re.search(r"^m=audio [1-9]\d* ", oks[0], re.M)
            assert sip_log.sent("INVITE ") == []  # no re-INVITE from us
            assert not agent.rec.find(VideoChanged), agent.rec.events
            assert service.opened == [] and service.session(incoming.call_id) is None
            state = await agent.hooks.video_state(incoming.call_id)
            assert state["on"] is False and state["possible"] is True  # the port-0 line can carry video later
            assert "video: receiving" not in baresip.log_text()

            await agent.engine.hangup(incoming.call_id)
            await agent.rec.wait(CallEnded, 10, call_id=incoming.call_id)
            assert not agent.rec.find(VideoChanged), agent.rec.events
        finally:
            await agent.engine.shutdown()

    run(go())


def test_setting_audio_only_but_agent_picks_video_answers_with_video(kamailio: KamailioServer, baresip: Baresip,
                                                                      sip_log: SipLog) -> None:
    async def go() -> None:
        agent, service = await start_agent(kamailio)
        agent.hooks.answer_with_video = False
        try:
            baresip.dial(f"sip:1009@{kamailio.host}")
            incoming = await agent.rec.wait(CallIncoming, 10)
            await agent.hooks.set_video(incoming.call_id, True)
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            await agent.rec.wait(VideoChanged, 5, call_id=incoming.call_id, on=True)
            session = agent.session(incoming.call_id)
            await wait_for(lambda: session.stats().frames_rx > 10, 5, "video frames from baresip")
            oks = [m for m in sip_log.sent("SIP/2.0 200") if _is_invite_200(m)]
            assert len(oks) == 1 and _video_port(oks[0]) == session.port, oks
            assert sip_log.sent("INVITE ") == []  # video was in the answer: nothing to renegotiate
            await agent.engine.hangup(incoming.call_id)
            await agent.rec.wait(CallEnded, 10, call_id=incoming.call_id)
        finally:
            await agent.engine.shutdown()

    run(go())


def _uac_video_scenario(tmp_path: Path) -> Path:
    """uac_call with an audio+video (VP8) offer."""
    text = (SCENARIO_DIR / "uac_call.xml").read_text()
    video = ("      a=sendrecv\n"
             "      m=video {{video_port}} RTP/AVP 96\n"
             "      a=rtpmap:96 VP8/90000\n"
             "      a=rtcp-fb:96 nack pli\n"
             "      a=sendrecv\n")
    assert "      a=sendrecv\n" in text
    path = tmp_path / "uac_call_video.xml"
    path.write_text(text.replace("      a=sendrecv\n", video, 1))
    return path


def test_sipp_video_offer_answered_audio_only_after_180(kamailio: KamailioServer, sipp: Sipp, sip_log: SipLog,
                                                        tmp_path: Path) -> None:
    """A plain SIP peer (SIPp) sees one 200 OK with ``m=video 0`` and no re-INVITE; audio flows both ways."""

    async def go() -> None:
        agent, service = await start_agent(kamailio)
        try:
            caller = sipp.uac(_uac_video_scenario(tmp_path), to="1009", from_user="1005",
                              duration_ms=int(QUIET_SEC * 1000) + 1500, video_port=procs.free_port())
            incoming = await agent.rec.wait(CallIncoming, 10)
            await agent.hooks.set_video(incoming.call_id, False)
            await wait_for(lambda: bool(sip_log.sent("SIP/2.0 180")), 5, "our 180 (without SDP)")
            assert "m=" not in sip_log.sent("SIP/2.0 180")[0]
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            await _audio_both_ways(agent.engine, incoming.call_id)
            await agent.rec.wait(CallEnded, 15, call_id=incoming.call_id)  # SIPp hangs up after the quiet time
            caller.wait_ok(10)

            got = caller.messages("received")
            oks = [m for m in got if m.status == 200 and "INVITE" in (m.header("CSeq") or "")]
            assert oks and all(_video_port(m.body) == 0 for m in oks), [m.text for m in oks]
            assert re.search(r"^m=audio [1-9]\d* ", oks[0].body, re.M)
            assert caller.requests("INVITE") == []  # no re-INVITE reached the caller
            assert sip_log.sent("INVITE ") == []
            assert service.opened == []
            assert not agent.rec.find(VideoChanged), agent.rec.events
        finally:
            await agent.engine.shutdown()

    run(go())


def test_audio_only_offer_opens_no_video_port(kamailio: KamailioServer, sipp: Sipp, sip_log: SipLog) -> None:
    """Answering with video on (the default) a call that offers none: no video port, no video stack work (it used
    to open a port pair, and so load PyAV's 30 MB, for every audio call), and the answer has no video line."""

    async def go() -> None:
        agent, service = await start_agent(kamailio)
        try:
            assert agent.hooks.answer_with_video
            caller = sipp.uac(to="1009", from_user="1006", duration_ms=int(QUIET_SEC * 1000))
            incoming = await agent.rec.wait(CallIncoming, 10)
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            await _audio_both_ways(agent.engine, incoming.call_id)
            state = await agent.hooks.video_state(incoming.call_id)
            assert state["on"] is False and state["port"] == 0 and state["possible"] is False, state
            await agent.rec.wait(CallEnded, 15, call_id=incoming.call_id)
            caller.wait_ok(10)
            oks = [m for m in sip_log.sent("SIP/2.0 200") if _is_invite_200(m)]
            assert len(oks) == 1 and "m=video" not in oks[0] and re.search(r"^m=audio [1-9]", oks[0], re.M), oks
            assert service.opened == []
            assert not agent.rec.find(VideoChanged), agent.rec.events
        finally:
            await agent.engine.shutdown()

    run(go())


_UAC_100REL = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<!-- an audio+video offer in an INVITE that requires 100rel: PRACKs the reliable 180, talks, hangs up -->
<scenario name="uac_100rel_video">
  <send retrans="500">
    <![CDATA[
      INVITE {{ruri}} SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
      From: <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      To: <{{to_uri}}>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: <sip:{{from_user}}@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Supported: 100rel
      Require: 100rel
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=sipp 1 1 IN IP[local_ip_type] [media_ip]
      s=-
      c=IN IP[media_ip_type] [media_ip]
      t=0 0
      m=audio {{media_port}} RTP/AVP 0
      a=rtpmap:0 PCMU/8000
      a=sendrecv
      m=video {{video_port}} RTP/AVP 96
      a=rtpmap:96 VP8/90000
      a=sendrecv

    ]]>
  </send>
  <recv response="100" optional="true"/>
  <recv response="180" rrs="true">
    <action><ereg regexp="RSeq: *([0-9]+)" search_in="msg" check_it="true" assign_to="rseq_line,rseq"/></action>
  </recv>
  <send>
    <![CDATA[
      PRACK [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
      [routes]
      From: <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      [last_To:]
      Call-ID: [call_id]
      CSeq: 2 PRACK
      RAck: [$rseq] 1 INVITE
      Contact: <sip:{{from_user}}@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <recv response="200"/>
  <recv response="200" rrs="true"/>
  <send>
    <![CDATA[
      ACK [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
      [routes]
      From: <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      [last_To:]
      Call-ID: [call_id]
      CSeq: 1 ACK
      Contact: <sip:{{from_user}}@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <pause milliseconds="{{duration_ms}}"/>
  <send retrans="500">
    <![CDATA[
      BYE [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
      [routes]
      From: <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      [last_To:]
      Call-ID: [call_id]
      CSeq: 3 BYE
      Contact: <sip:{{from_user}}@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <recv response="200"/>
  <timewait milliseconds="200"/>
  <Reference variables="rseq_line"/>
</scenario>
"""


@pytest.mark.parametrize("video", [True, False])
def test_invite_requiring_100rel_gets_the_choice_in_the_200(kamailio: KamailioServer, sipp: Sipp, sip_log: SipLog,
                                                           tmp_path: Path, video: bool) -> None:
    """100rel: pjsua's reliable 180 carries no SDP either, so the 200 carries the agent's choice, as without."""

    async def go() -> None:
        agent, service = await start_agent(kamailio)
        try:
            scenario = tmp_path / "uac_100rel_video.xml"
            scenario.write_text(_UAC_100REL)
            caller = sipp.uac(scenario, to="1009", from_user="1005", duration_ms=int(QUIET_SEC * 1000) + 1500,
                              video_port=procs.free_port())
            incoming = await agent.rec.wait(CallIncoming, 10)
            await wait_for(lambda: bool(sip_log.sent("SIP/2.0 200")), 5, "our 200 to the PRACK")
            ringing = sip_log.sent("SIP/2.0 180")
            assert "RSeq:" in ringing[0] and "m=" not in ringing[0], ringing
            await agent.hooks.set_video(incoming.call_id, video)
            await agent.engine.answer(incoming.call_id)
            await agent.rec.wait(CallConfirmed, 10, call_id=incoming.call_id)
            await _audio_both_ways(agent.engine, incoming.call_id)
            await agent.rec.wait(CallEnded, 15, call_id=incoming.call_id)
            caller.wait_ok(10)

            oks = [m for m in sip_log.sent("SIP/2.0 200") if _is_invite_200(m)]
            assert len(oks) == 1, oks
            assert sip_log.sent("INVITE ") == []
            if video:
                assert service.opened == [incoming.call_id] and _video_port(oks[0]) > 0
                assert agent.rec.find(VideoChanged, call_id=incoming.call_id, on=True)
            else:
                assert service.opened == [] and _video_port(oks[0]) == 0
                assert not agent.rec.find(VideoChanged), agent.rec.events
        finally:
            await agent.engine.shutdown()

    run(go())
