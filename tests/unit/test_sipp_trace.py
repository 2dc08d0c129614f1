"""The test stack's reader of SIPp's message trace must never hand out a message SIPp is still writing."""

from tests.stack.sipp import parse_message_log

_REFER = (
    "REFER sip:transferee@127.0.0.1:5062 SIP/2.0\r\n"
    "Call-ID: abc\r\n"
    "CSeq: 2 REFER\r\n"
    "Refer-To: <sip:2000@127.0.0.1>\r\n"
    "Content-Length: 0\r\n\r\n"
)
_BYE = "BYE sip:transferee@127.0.0.1:5062 SIP/2.0\r\nCall-ID: abc\r\nCSeq: 3 BYE\r\nContent-Length: 0\r\n\r\n"


def _entry(message: str) -> str:
    stamp = "----------------------------------------------- 2026-11-27 06:00:00.000000"
    return f"{stamp}\nUDP message received [{len(message.encode())}] bytes :\n\n{message}\n"


def test_a_whole_trace_gives_every_message_with_its_headers() -> None:
    messages = parse_message_log(_entry(_REFER) + _entry(_BYE))
    assert [m.method for m in messages] == ["REFER", "BYE"]
    assert messages[0].header("refer-to") == "<sip:2000@127.0.0.1>"


def test_a_message_still_being_written_is_left_for_the_next_read() -> None:
    whole = _entry(_REFER)
    half_written = whole[: whole.index("Refer-To")]
    assert parse_message_log(half_written) == []
    assert [m.method for m in parse_message_log(_entry(_BYE) + half_written)] == ["BYE"]
