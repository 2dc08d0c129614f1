"""In-process harness for engine tests: run a coroutine on a fresh loop with a started PjsuaEngine."""

from __future__ import annotations

import asyncio
import os
import re
import socket
import struct
import threading
import time
from collections.abc import Awaitable, Callable
from dataclasses import dataclass
from pathlib import Path
from typing import Any, TypeVar

from softphone.core.events import EngineSignal, Event
from softphone.core.models import AccountSpec, EngineOptions, Transport
from softphone.engine import PjsuaEngine
from tests.stack.sipp import SCENARIO_DIR

E = TypeVar("E")


class Recorder:
    """Collects engine events on the loop's thread; await ``wait(type, **fields)`` for the next match."""

    def __init__(self) -> None:
        self.events: list[Event | EngineSignal] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Event | EngineSignal) -> None:
        self.events.append(event)
        self._changed.set()

    def find(self, kind: type[E], start: int = 0, **fields: Any) -> E | None:
        for ev in self.events[start:]:
            if isinstance(ev, kind) and all(getattr(ev, k) == v for k, v in fields.items()):
                return ev
        return None

    async def wait(self, kind: type[E], timeout: float = 10.0, start: int = 0, **fields: Any) -> E:
        async def look() -> E:
            while True:
                found = self.find(kind, start, **fields)
                if found is not None:
                    return found
                self._changed.clear()
                await self._changed.wait()

        try:
            return await asyncio.wait_for(look(), timeout)
        except asyncio.TimeoutError:
            raise AssertionError(f"no {kind.__name__} {fields} within {timeout} s; got {self.events}") from None

    def mark(self) -> int:
        return len(self.events)


async def wait_until(pred: Callable[[], Awaitable[bool]], timeout: float, what: str, interval: float = 0.1) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await pred():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(interval)


def options(**overrides: Any) -> EngineOptions:
    base: dict[str, Any] = {"bind_address": "127.0.0.1", "keepalive_sec": 2, "codecs": ("PCMU", "PCMA")}
    base.update(overrides)
    return EngineOptions(**base)


def account(kam: Any, user: str = "1001", transport: Transport = Transport.UDP, **kw: Any) -> AccountSpec:
    port = {Transport.UDP: kam.udp_port, Transport.TCP: kam.tcp_port, Transport.TLS: kam.tls_port}[transport]
    kw.setdefault("ca_file", str(kam.ca_file))
    return AccountSpec(user=user, domain=kam.host, port=port, transport=transport, **kw)


def run_engine(body: Callable[[PjsuaEngine, Recorder], Awaitable[None]], opts: EngineOptions | None = None,
               bridge: Any = None) -> None:
    """Start an engine, run ``body``, always shut the engine down."""

    async def main() -> None:
        rec = Recorder()
        engine = PjsuaEngine(opts or options(), asyncio.get_running_loop())
        await engine.start(rec, bridge)
        try:
            await body(engine, rec)
        finally:
            await engine.shutdown()

    asyncio.run(main())


def fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


def thread_names() -> list[str]:
    return sorted(t.name for t in threading.enumerate())


# ---- a far end whose RTP we see: SIPp does the SIP, a Python socket owns the media port ----------------------


@dataclass(frozen=True)
class RtpPacket:
    pt: int
    marker: bool
    seq: int
    timestamp: int
    ssrc: int
    payload: bytes


def parse_rtp(data: bytes) -> RtpPacket | None:
    if len(data) < 12 or data[0] >> 6 != 2:
        return None
    cc = data[0] & 0x0F
    offset = 12 + 4 * cc
    if data[0] & 0x10:  # header extension
        if len(data) < offset + 4:
            return None
        offset += 4 + 4 * struct.unpack("!H", data[offset + 2:offset + 4])[0]
    seq, ts, ssrc = struct.unpack("!HII", data[2:12])
    return RtpPacket(data[1] & 0x7F, bool(data[1] & 0x80), seq, ts, ssrc, data[offset:])


@dataclass(frozen=True)
class TelephoneEvent:
    event: int
    end: bool
    volume: int
    duration: int
    timestamp: int


DTMF_EVENTS = {**{str(d): d for d in range(10)}, "*": 10, "#": 11, "A": 12, "B": 13, "C": 14, "D": 15}


class RtpPeer:
    """A UDP socket on 127.0.0.1 that records every RTP packet it receives (a thread reads it)."""

    def __init__(self) -> None:
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.2)
        self.port: int = self.sock.getsockname()[1]
        self.packets: list[RtpPacket] = []
        self.sender: tuple[str, int] | None = None
        self._tx_seq, self._tx_ts = 1000, 160_000
        self._lock = threading.Lock()
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="rtp-peer", daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            try:
                data, addr = self.sock.recvfrom(2048)
            except TimeoutError:
                continue
            except OSError:
                return
            pkt = parse_rtp(data)
            if pkt is not None:
                with self._lock:
                    self.packets.append(pkt)
                    self.sender = addr

    def snapshot(self) -> list[RtpPacket]:
        with self._lock:
            return list(self.packets)

    def telephone_events(self, pt: int = 101) -> list[TelephoneEvent]:
        out = []
        for p in self.snapshot():
            if p.pt == pt and len(p.payload) >= 4:
                event, flags, duration = struct.unpack("!BBH", p.payload[:4])
                out.append(TelephoneEvent(event, bool(flags & 0x80), flags & 0x3F, duration, p.timestamp))
        return out

    def digits_ended(self, pt: int = 101) -> list[int]:
        """One entry per finished key press: the events of end packets, end retransmissions folded."""
        seen: dict[int, int] = {}
        for ev in self.telephone_events(pt):
            if ev.end:
                seen.setdefault(ev.timestamp, ev.event)
        return [seen[ts] for ts in sorted(seen)]

    def send_dtmf(self, to: tuple[str, int], digit: str, pt: int = 101, lead_in: int = 10) -> None:
        """Send ``lead_in`` PCMU silence packets, then one RFC 4733 key press (60 ms + 3 end packets).
        One RTP stream over successive calls: sequence numbers and timestamps go on where they stopped."""
        ssrc, seq, ts = 0x5EED, self._tx_seq, self._tx_ts

        def header(payload_type: int, marker: bool, stamp: int) -> bytes:
            return struct.pack("!BBHII", 0x80, (0x80 if marker else 0) | payload_type, seq & 0xFFFF, stamp, ssrc)

        for _ in range(lead_in):
            self.sock.sendto(header(0, False, ts) + b"\xff" * 160, to)
            seq += 1
            ts += 160
            time.sleep(0.02)
        event = DTMF_EVENTS[digit]
        for i in range(1, 4):
            self.sock.sendto(header(pt, i == 1, ts) + struct.pack("!BBH", event, 10, 160 * i), to)
            seq += 1
            time.sleep(0.02)
        for _ in range(3):
            self.sock.sendto(header(pt, False, ts) + struct.pack("!BBH", event, 0x80 | 10, 480), to)
            seq += 1
        self._tx_seq, self._tx_ts = seq, ts + 480
        time.sleep(0.02)

    def close(self) -> None:
        self._stop.set()
        self._thread.join(2)
        self.sock.close()

    def __enter__(self) -> RtpPeer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def sdp_media_address(sdp: str) -> tuple[str, int]:
    """(c= address, first m=audio port) of an SDP body."""
    host = re.search(r"^c=IN IP[46] (\S+)", sdp, re.M)
    port = re.search(r"^m=audio (\d+)", sdp, re.M)
    assert host and port, f"no audio address in SDP:\n{sdp}"
    return host.group(1), int(port.group(1))


def sdp_telephone_event_pt(sdp: str, clock: int = 8000) -> int:
    """The payload type an SDP declares for telephone-event at ``clock`` (what its owner expects to receive)."""
    found = re.search(rf"^a=rtpmap:(\d+) telephone-event/{clock}\b", sdp, re.M | re.I)
    assert found, f"no telephone-event/{clock} in SDP:\n{sdp}"
    return int(found.group(1))


def uas_fixed_media(tmp: Path) -> Path:
    """uas_answer with the SDP's media port a placeholder ({{rtp_port}}): point the far end's media at an RtpPeer
    (start SIPp with rtp_echo=False)."""
    text = (SCENARIO_DIR / "uas_answer.xml").read_text()
    assert text.count("m=audio [media_port]") == 2
    path = tmp / "uas_fixed_media.xml"
    path.write_text(text.replace("m=audio [media_port]", "m=audio {{rtp_port}}"))
    return path


NOTIFY_AFTER_REFER = """
  <send>
    <![CDATA[
      NOTIFY [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch]
      [routes]
      From: [$callee_to];tag=[pid]SIPpTag01[call_number]
      To: [$caller_from]
      [last_Call-ID:]
      CSeq: 50 NOTIFY
      Contact: <sip:{{user}}@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Event: refer
      Subscription-State: terminated;reason=noresource
      Content-Type: message/sipfrag;version=2.0
      Content-Length: [len]

      SIP/2.0 {{notify_code}} {{notify_reason}}
    ]]>
  </send>
  <recv response="200" next="talk"/>
"""


def uas_refer_notify(tmp: Path) -> Path:
    """uas_answer that, after answering a REFER with 202, reports the transfer's outcome in a NOTIFY
    (sipfrag ``{{notify_code}} {{notify_reason}}``, subscription terminated) as a transferee would."""
    text = (SCENARIO_DIR / "uas_answer.xml").read_text()
    head, sep, tail = text.partition('<label id="refer"/>')
    block_end = tail.index("</send>") + len("</send>")
    refer_send = tail[:block_end].replace('<send next="talk">', "<send>", 1)
    assert refer_send != tail[:block_end]
    path = tmp / "uas_refer_notify.xml"
    path.write_text(head + sep + refer_send + NOTIFY_AFTER_REFER + tail[block_end:])
    return path


UAC_CANCEL = """<?xml version="1.0" encoding="ISO-8859-1" ?>
<!DOCTYPE scenario SYSTEM "sipp.dtd">
<!-- Calls ruri, waits for 180, gives up after cancel_ms ms (CANCEL), expects 487 and ACKs it. -->
<scenario name="uac_cancel">
  <send retrans="500">
    <![CDATA[
      INVITE {{ruri}} SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
      From: "{{from_name}}" <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      To: <{{to_uri}}>
      Call-ID: [call_id]
      CSeq: 1 INVITE
      Contact: <sip:{{from_user}}@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      {{extra_headers}}
      Content-Type: application/sdp
      Content-Length: [len]

      v=0
      o=sipp 1 1 IN IP[local_ip_type] [media_ip]
      s=-
      c=IN IP[media_ip_type] [media_ip]
      t=0 0
      m=audio {{media_port}} RTP/AVP 0 101
      a=rtpmap:0 PCMU/8000
      a=rtpmap:101 telephone-event/8000
      a=sendrecv

    ]]>
  </send>
  <recv response="100" optional="true"/>
  <recv response="180"/>
  <pause milliseconds="{{cancel_ms}}"/>
  <send>
    <![CDATA[
      CANCEL {{ruri}} SIP/2.0
      [last_Via:]
      From: "{{from_name}}" <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      To: <{{to_uri}}>
      Call-ID: [call_id]
      CSeq: 1 CANCEL
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <recv response="200" optional="true"/>
  <recv response="487"/>
  <send>
    <![CDATA[
      ACK {{ruri}} SIP/2.0
      [last_Via:]
      From: "{{from_name}}" <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      [last_To:]
      Call-ID: [call_id]
      CSeq: 1 ACK
      Max-Forwards: 70
      Content-Length: 0

    ]]>
  </send>
  <timewait milliseconds="200"/>
</scenario>
"""


def uac_cancel(tmp: Path) -> Path:
    path = tmp / "uac_cancel.xml"
    path.write_text(UAC_CANCEL)
    return path


INFO_DTMF = """
  <pause milliseconds="200"/>
  <send retrans="500">
    <![CDATA[
      INFO [next_url] SIP/2.0
      Via: SIP/2.0/[transport] [local_ip]:[local_port];branch=[branch];rport
      [routes]
      From: "{{from_name}}" <sip:{{from_user}}@{{domain}}>;tag=[pid]SIPpTag00[call_number]
      To: <{{to_uri}}>[peer_tag_param]
      Call-ID: [call_id]
      CSeq: 5 INFO
      Contact: <sip:{{from_user}}@[local_ip]:[local_port];transport=[transport]>
      Max-Forwards: 70
      Content-Type: application/dtmf-relay
      Content-Length: [len]

      Signal={{info_digit}}
      Duration=160
    ]]>
  </send>
  <recv response="200"/>
"""


def uac_info_dtmf(tmp: Path) -> Path:
    """uac_call that, once connected, presses ``{{info_digit}}`` as a SIP INFO (application/dtmf-relay), then
    carries on as uac_call (hangs up after duration_ms or waits for BYE)."""
    text = (SCENARIO_DIR / "uac_call.xml").read_text()
    assert text.count("{{rtp_start}}") == 1 and text.count("CSeq: 2 BYE") == 1
    text = text.replace("CSeq: 2 BYE", "CSeq: 6 BYE")  # after the INFO's CSeq 5
    path = tmp / "uac_info_dtmf.xml"
    path.write_text(text.replace("{{rtp_start}}", "{{rtp_start}}" + INFO_DTMF))
    return path
