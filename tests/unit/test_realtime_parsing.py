"""The DDP side of provisioning.realtime without a network: the websocket address, TLS set-up, frame parsing."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest

from softphone.core.queue_live import LiveCallHangup, LiveQueueEvent
from softphone.provisioning import errors as E
from softphone.provisioning.realtime import ChatServerRealtime, parse_message, stream_items, websocket_url

UID = "u1"


@pytest.mark.parametrize("server,allow_http,url", [
    ("https://chat.example.com", False, "wss://chat.example.com/websocket"),
    ("chat.example.com/", False, "wss://chat.example.com/websocket"),
    ("https://chat.example.com:8443/rc/", False, "wss://chat.example.com:8443/rc/websocket"),
    ("http://127.0.0.1:3000", True, "ws://127.0.0.1:3000/websocket"),
    ("http://[::1]:3000", True, "ws://[::1]:3000/websocket"),
])
def test_websocket_address(server: str, allow_http: bool, url: str) -> None:
    assert websocket_url(server, allow_http=allow_http) == url


@pytest.mark.parametrize("server,allow_http,error", [
    ("http://127.0.0.1:3000", False, E.InsecureConnectionError),  # plain http only when allowed...
    ("http://chat.example.com", True, E.InsecureConnectionError),  # ...and only to this computer
    ("ftp://chat.example.com", False, E.InvalidServerUrlError),
    ("", False, E.InvalidServerUrlError),
])
def test_websocket_address_follows_the_rest_rules(server: str, allow_http: bool, error: type[Exception]) -> None:
    with pytest.raises(error):
        websocket_url(server, allow_http=allow_http)


async def _no_token() -> str:
    raise AssertionError("not used")


def test_unusable_ca_file_is_a_clear_error(tmp_path: Path) -> None:
    bad = tmp_path / "ca.pem"
    bad.write_text("not a certificate")
    with pytest.raises(E.CertificateError, match="cannot be used"):
        ChatServerRealtime("https://chat.example.com", UID, _no_token, ca_file=str(bad))
    with pytest.raises(E.CertificateError, match="Check the path"):
        ChatServerRealtime("https://chat.example.com", UID, _no_token, ca_file=str(tmp_path / "missing.pem"))
    # plain ws to loopback needs no TLS at all
    assert ChatServerRealtime("http://127.0.0.1:1", UID, _no_token, allow_http=True, ca_file=str(bad)).url == \
        "ws://127.0.0.1:1/websocket"


@pytest.mark.parametrize("raw", [
    "not json", "", "[1, 2]", "null", "42", '"ping"', '{"server_id": "0"}', '{"msg": 5}', '{"msg": null}',
    b'{"msg": "ping"}',  # binary frames are not DDP
    "[" * 100_000 + "]" * 100_000,  # nesting deep enough to hit the recursion limit
    '{"msg": "changed", "fields": ' + "{" * 50 + "}" * 50,  # truncated
])
def test_frames_that_are_not_ddp_messages_are_dropped(raw: str | bytes) -> None:
    assert parse_message(raw) is None


def test_ddp_message() -> None:
    assert parse_message('{"msg": "ping", "id": "7"}') == {"msg": "ping", "id": "7"}


def _changed(event_name: Any, args: Any, collection: str = "stream-notify-user") -> dict[str, Any]:
    return {"msg": "changed", "collection": collection, "id": "id", "fields": {"eventName": event_name, "args": args}}


def test_stream_items_of_our_streams() -> None:
    joined = {"event": "caller-joined", "data": {"queue": "sales", "queuedCalls": 4}}
    old_name = {"event": "queuememberadded", "data": {"queue": "sales", "queuedCalls": "1"}}
    assert stream_items(_changed(f"{UID}/voip.events", [joined, old_name]), UID) == [
        LiveQueueEvent("caller-joined", "sales", 4), LiveQueueEvent("queue-member-added", "sales", 1)]
    assert stream_items(_changed(f"{UID}/call.hangup", [{"roomId": "r9"}]), UID) == [LiveCallHangup("r9")]
    # the message as it comes off the wire
    wire = parse_message(json.dumps(_changed(f"{UID}/voip.events", [joined])))
    assert wire is not None and stream_items(wire, UID) == [LiveQueueEvent("caller-joined", "sales", 4)]


@pytest.mark.parametrize("message", [
    _changed("other/voip.events", [{"event": "caller-joined", "data": {"queue": "sales", "queuedCalls": 4}}]),
    _changed(f"{UID}/voip.events", [{"event": "caller-joined"}], collection="stream-notify-logged"),
    _changed(f"{UID}/voip.events", {"event": "caller-joined", "data": {"queue": "sales"}}),  # args not a list
    _changed(f"{UID}/voip.events", [{"event": "unknown-event", "data": {"queue": "sales"}}, 5, None, "x"]),
    _changed(f"{UID}/call.hangup", [{"roomId": 5}]),
    _changed(None, []),
    {"msg": "changed", "collection": "stream-notify-user", "fields": "nope"},
    {"msg": "added", "collection": "stream-notify-user", "fields": {}},
])
def test_foreign_unknown_and_malformed_stream_messages_give_nothing(message: dict[str, Any]) -> None:
    assert stream_items(message, UID) == []
