from __future__ import annotations

import pytest

from softphone.core.dialing import DialError, to_sip_uri, user_part


@pytest.mark.parametrize(("text", "uri"), [
    ("1002", "sip:1002@pbx.example.com"),
    ("+49 (30) 123-45", "sip:+493012345@pbx.example.com"),
    ("tel:+4930123", "sip:+4930123@pbx.example.com"),
    ("tel:+49-30-123;phone-context=x", "sip:+4930123@pbx.example.com"),
    ("callto://5551234", "sip:5551234@pbx.example.com"),
    ("sip:1002@other.example.com", "sip:1002@other.example.com"),
    ("SIP:1002@10.0.0.1:5070;transport=tcp", "sip:1002@10.0.0.1:5070;transport=tcp"),
    ("sips:alice@[::1]:5061", "sips:alice@[::1]:5061"),
    ("bob@example.com", "sip:bob@example.com"),
    ("*451", "sip:*451@pbx.example.com"),
])
def test_dialable(text: str, uri: str) -> None:
    assert to_sip_uri(text, "pbx.example.com") == uri


@pytest.mark.parametrize("text", [
    "", "   ", "hello world", "sip:1002@host?Subject=x", "sip:<1002@host>", "1002\r\nVia: x", "x" * 300,
    "sip:10 02@host", "tel:abc", "sip:1002@ho st", "sip:1002@host:99999999", 'sip:"x"@host', "1;2",
])
def test_refused(text: str) -> None:
    with pytest.raises(DialError):
        to_sip_uri(text, "pbx.example.com")


def test_no_domain_for_a_bare_number() -> None:
    with pytest.raises(DialError, match="no SIP domain"):
        to_sip_uri("1002", "")


@pytest.mark.parametrize(("uri", "user"), [
    ('"Bob" <sip:1002@pbx;x=y>', "1002"), ("sip:2000@127.0.0.1:5060", "2000"), ("tel:+4930", "+4930"),
])
def test_user_part(uri: str, user: str) -> None:
    assert user_part(uri) == user
