"""SIPp scenarios through Kamailio: a call reaches a registered SIPp UAS; in-dialog requests are recorded."""

from __future__ import annotations

import socket
import time

from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import SipMessage, Sipp, make_wav


def test_call_reaches_registered_uas_through_kamailio(sipp: Sipp, kamailio: KamailioServer, tmp_path) -> None:  # type: ignore[no-untyped-def]
    uas = sipp.uas(user="1002")
    sipp.register("1002", contact_port=uas.port)
    wav = make_wav(tmp_path / "tone.wav", seconds=2)
    uac = sipp.uac(to="1002", from_user="1001", wav=wav, duration_ms=1000)
    uac.wait_ok(20)
    uas.wait_ok(10)
    methods = [m.method for m in uas.messages()]
    assert methods[:2] == ["INVITE", "ACK"] and methods[-1] == "BYE"
    invite = uas.messages()[0]
    assert "1001@" in (invite.header("from") or "")
    # it came through Kamailio: Record-Route names the proxy
    assert f"{kamailio.host}:{kamailio.udp_port}" in (invite.header("record-route") or "")
    assert "m=audio" in invite.body
    assert uas.stats().get("SuccessfulCall(C)") == "1"


def test_unregistered_user_gets_404(sipp: Sipp) -> None:
    uac = sipp.uac(to="1009", from_user="1001", duration_ms=500, timeout_s=10)
    assert uac.wait(20) != 0
    assert any(m.status == 404 for m in uac.messages())


def test_uas_hangs_up_and_reject_scenario(sipp: Sipp) -> None:
    uas = sipp.uas(user="1004", hangup_ms=300)
    sipp.register("1004", contact_port=uas.port)
    uac = sipp.uac(to="1004", from_user="1001", duration_ms=0)
    uas.wait_ok(15)
    uac.wait_ok(15)
    assert [m.method for m in uac.messages() if m.method] == ["BYE"]

    rejecter = sipp.uas("uas_reject", user="1005", code=486, reason="Busy Here")
    sipp.register("1005", contact_port=rejecter.port)
    caller = sipp.uac(to="1005", from_user="1001", duration_ms=500, timeout_s=10)
    rejecter.wait_ok(15)
    assert caller.wait(20) != 0
    assert any(m.status == 486 for m in caller.messages())


def _sip(method: str, ruri: str, call_id: str, cseq: int, sock: socket.socket, route: str, to_tag: str,
         body: str = "", extra: str = "") -> None:  # fmt: skip
    port = sock.getsockname()[1]
    msg = (
        f"{method} {ruri} SIP/2.0\r\n"
        f"Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bK{method}{cseq}{time.time_ns()};rport\r\n"
        f"Route: {route}\r\nFrom: <sip:1001@127.0.0.1>;tag=abc\r\nTo: <sip:1006@127.0.0.1>;tag={to_tag}\r\n"
        f"Call-ID: {call_id}\r\nCSeq: {cseq} {method}\r\nContact: <sip:1001@127.0.0.1:{port}>\r\nMax-Forwards: 70\r\n"
        f"{extra}Content-Length: {len(body)}\r\n\r\n{body}"
    )
    sock.sendto(msg.encode(), ("127.0.0.1", int(route.split(":")[2].split(";")[0])))


def test_uas_records_reinvite_info_refer_in_any_order(sipp: Sipp, kamailio: KamailioServer) -> None:
    """A hand-made caller (raw UDP) sends re-INVITE, INFO, REFER then BYE; the UAS answers and logs each."""
    uas = sipp.uas(user="1006")
    sipp.register("1006", contact_port=uas.port)
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(5)
    port = sock.getsockname()[1]
    call_id = f"manual-{time.time_ns()}@127.0.0.1"
    sdp = "v=0\r\no=- 1 1 IN IP4 127.0.0.1\r\ns=-\r\nc=IN IP4 127.0.0.1\r\nt=0 0\r\nm=audio 40000 RTP/AVP 0\r\n"
    try:
        invite = (
            f"INVITE sip:1006@127.0.0.1:{kamailio.udp_port} SIP/2.0\r\n"
            f"Via: SIP/2.0/UDP 127.0.0.1:{port};branch=z9hG4bKinv{time.time_ns()};rport\r\n"
            f"From: <sip:1001@127.0.0.1>;tag=abc\r\nTo: <sip:1006@127.0.0.1>\r\nCall-ID: {call_id}\r\n"
            f"CSeq: 1 INVITE\r\nContact: <sip:1001@127.0.0.1:{port}>\r\nMax-Forwards: 70\r\n"
            f"Content-Type: application/sdp\r\nContent-Length: {len(sdp)}\r\n\r\n{sdp}"
        )
        sock.sendto(invite.encode(), ("127.0.0.1", kamailio.udp_port))
        final = b""
        while not final.startswith(b"SIP/2.0 200"):
            final, _ = sock.recvfrom(65535)
        text = final.decode()
        to_tag = text.split("To:", 1)[1].split("tag=", 1)[1].split("\r\n", 1)[0]
        contact = text.split("Contact:", 1)[1].split("<", 1)[1].split(">", 1)[0]
        route = text.split("Record-Route:", 1)[1].split("\r\n", 1)[0].strip()
        _sip("ACK", contact, call_id, 1, sock, route, to_tag)
        steps = [("INVITE", sdp.replace("1 1 IN", "1 2 IN") + "a=sendonly\r\n", "Content-Type: application/sdp\r\n"),
                 ("INFO", "Signal=5\r\nDuration=160\r\n", "Content-Type: application/dtmf-relay\r\n"),
                 ("REFER", "", "Refer-To: <sip:1007@127.0.0.1>\r\n"),
                 ("BYE", "", "")]  # fmt: skip
        statuses = []
        for cseq, (method, body, extra) in enumerate(steps, start=2):
            _sip(method, contact, call_id, cseq, sock, route, to_tag, body, extra)
            while True:
                reply, _ = sock.recvfrom(65535)
                status = int(reply.split(b" ", 2)[1])
                # skip retransmitted answers to earlier requests
                if status >= 200 and f"CSeq: {cseq} {method}".encode() in reply:
                    statuses.append(status)
                    break
            if method == "INVITE":
                _sip("ACK", contact, call_id, cseq, sock, route, to_tag)
        assert statuses == [200, 200, 202, 200]
    finally:
        sock.close()
    uas.wait_ok(10)
    # one entry per request: on a loaded machine Kamailio retransmits a request SIPp was slow to answer
    unique: dict[tuple[str | None, str | None], SipMessage] = {}
    for message in uas.messages():
        unique.setdefault((message.method, message.header("cseq")), message)
    received = [method for method, _ in unique]
    # ACKs travel through Kamailio's parallel workers and may overtake or trail the next request
    assert [m for m in received if m != "ACK"] == ["INVITE", "INVITE", "INFO", "REFER", "BYE"]
    assert received.count("ACK") == 2
    assert "a=sendonly" in unique[("INVITE", "2 INVITE")].body
    assert "Signal=5" in uas.requests("INFO")[0].body
    assert "1007@" in (uas.requests("REFER")[0].header("refer-to") or "")


def test_feature_code_goes_to_feature_target(sipp: Sipp, kamailio_features) -> None:  # type: ignore[no-untyped-def]
    target = sipp.uas(user="features")
    kamailio_features(target.uri)
    uac = sipp.uac(to="*72", from_user="1001", duration_ms=300)
    uac.wait_ok(15)
    target.wait_ok(10)
    assert target.requests("INVITE")[0].first_line.startswith("INVITE sip:*72@")
