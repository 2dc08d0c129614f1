"""Hostile answers to the phone's own calls: a far end (a raw UDP peer here) that answers our INVITE with an SDP
pjsua cannot or should not take: 4 KB of attributes, 40 media lines, video only, no SDP, binary junk, a refused
port or codec. Audio calls and video calls (a delayed offer, so the far end's 200 OK is the offer and our ACK the
answer, edited by the video hooks). The phone stays up and registered, each call either connects or ends with a
reason, none is left behind, nothing is printed but JSON."""

from __future__ import annotations

import functools
import operator
import re
import socket
import threading

import pytest

from tests.reliability.helpers import PhoneFactory, no_traceback, registered_phone, status, wait_for
from tests.stack.kamailio import KamailioServer

_BASE = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\n"
ANSWERS = {
    "4kb-of-attributes": _BASE + "m=audio 40000 RTP/AVP 0\r\na=rtpmap:0 PCMU/8000\r\n"
    + "".join(f"a=x-junk{i}:{'A' * 60}\r\n" for i in range(60)),
    "40-audio-lines": _BASE + "m=audio 40000 RTP/AVP 0\r\n" * 40,
    "video-only": _BASE + "m=video 40000 RTP/AVP 96\r\na=rtpmap:96 VP8/90000\r\n",
    "no-sdp": "",
    "binary-junk": "\x00\xff junk \x01",
    "port-0": _BASE + "m=audio 0 RTP/AVP 0\r\n",
    "unknown-codec": _BASE + "m=audio 40000 RTP/AVP 4\r\n",
}


class AnsweringPeer(threading.Thread):
    """Answers every request with 200 OK, INVITEs with `sdp` as the body; records the request lines."""

    def __init__(self, sdp: str) -> None:
        super().__init__(daemon=True, name="hostile-answers")
        self.sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
        self.sock.bind(("127.0.0.1", 0))
        self.sock.settimeout(0.1)
        self.port = self.sock.getsockname()[1]
        self.sdp = sdp
        self.requests: list[str] = []
        self._closing = threading.Event()

    def run(self) -> None:
        while not self._closing.is_set():
            try:
                data, addr = self.sock.recvfrom(65535)
            except (TimeoutError, OSError):
                continue
            text = data.decode("latin-1")
            first = text.split("\r\n", 1)[0]
            if first.startswith(("SIP/2.0", "ACK ")):
                continue
            self.requests.append(first.split(" ", 1)[0])
            head = text.split("\r\n\r\n", 1)[0].split("\r\n")[1:]
            copied = [line for line in head if re.match(r"(?i)(via|from|to|call-id|cseq):", line)]
            copied = [line + ";tag=peer" if line.lower().startswith("to:") and "tag=" not in line else line
                      for line in copied]
            body = self.sdp if first.startswith("INVITE ") else ""
            reply = ("SIP/2.0 200 OK\r\n" + "\r\n".join(copied) + f"\r\nContact: <sip:peer@127.0.0.1:{self.port}>\r\n"
                     + ("Content-Type: application/sdp\r\n" if body else "")
                     + f"Content-Length: {len(body.encode('latin-1'))}\r\n\r\n" + body)
            self.sock.sendto(reply.encode("latin-1"), addr)

    def close(self) -> None:
        self._closing.set()
        self.join(2)
        self.sock.close()


@pytest.mark.parametrize("video", [False, True], ids=["audio", "video"])
def test_hostile_answers_to_our_calls(phone: PhoneFactory, kamailio: KamailioServer, video: bool) -> None:
    p = registered_phone(phone, kamailio, "1012")
    assert p.proc is not None
    outcomes = {}
    for n, (kind, sdp) in enumerate(ANSWERS.items(), start=1):
        peer = AnsweringPeer(sdp)
        peer.start()
        try:
            mark = p.mark()
            p.send({"cmd": "call", "to": f"sip:peer@127.0.0.1:{peer.port}", "video": video, "id": n})
            result = p.wait_event("result", timeout=10, since=mark, id=n)
            assert result["ok"], result
            call_id = result["call_id"]
            state = p.wait_event("call_state", timeout=10, since=mark, call_id=call_id,
                                 where=lambda e: e["state"] in ("connected", "disconnected"))
            if state["state"] == "connected":
                p.send({"cmd": "hangup", "call_id": call_id})
                state = p.wait_event("call_state", timeout=10, since=mark, call_id=call_id, state="disconnected")
            outcomes[kind] = (state["reason"] or state["end_reason"], peer.requests)
            assert p.proc.poll() is None, (kind, p.stderr_tail(2000))
            # every call is ended at the far end too (the BYE may still be on its way when the state changes)
            wait_for(functools.partial(operator.contains, peer.requests, "BYE"), 5, f"a BYE at the peer after {kind}")
        finally:
            peer.close()
    print(f"RESULT hostile answers ({'video' if video else 'audio'} calls): {outcomes}")
    st = status(p)
    assert st["registration"] == "registered" and st["calls"] == [], st
    no_traceback(p)
    assert p.close() == 0
