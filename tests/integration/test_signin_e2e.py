"""Sign in at the chat server, then register with what it hands out: `softphone login` + `run --headless`."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest

from tests.phone import HeadlessPhone
from tests.stack.kamailio import KamailioServer

PhoneFactory = Callable[..., HeadlessPhone]


def login(p: HeadlessPhone, kam: KamailioServer, srv: Any, user: str, password: str,
          transport: str = "udp") -> None:
    port = getattr(kam, f"{transport}_port")
    for name, value in (("sip.bind_address", "127.0.0.1"), ("sip.transport", transport), ("sip.port", str(port))):
        assert p.cli("config", "set", name, value).returncode == 0
    done = p.cli("login", "--server", srv.url, "--ca-file", srv.ca_file, "--user", user, "--password-stdin",
                 input=password + "\n")
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stderr


@pytest.mark.parametrize("jwt", [False, True], ids=["plain", "jwt"])
def test_login_then_register_with_served_credentials(
        phone: PhoneFactory, kamailio: KamailioServer, chat_server_tls: Any, jwt: bool) -> None:
    srv = chat_server_tls
    srv.jwt_secret = "jwt-signing-secret" if jwt else None
    srv.add_user("dana", "danapw", user_id="u-dana", extension="1008", sip_password=kamailio.users["1008"])
    p = phone(start=False)
    login(p, kamailio, srv, "dana", "danapw")
    p.start()
    started = p.wait_event("started", timeout=30)
    assert started["account"] == f"sip:1008@{kamailio.domain}"
    p.wait_event("registration", timeout=15, state="registered")
    files = [f for f in p.profile.rglob("*") if f.is_file()]
    for f in files:  # the SIP password and the login token never reach a file
        text = f.read_bytes()
        assert kamailio.users["1008"].encode() not in text, f
        for token in srv.tokens:
            assert token.encode() not in text, f


def test_register_401_after_password_change_refetches_once(
        phone: PhoneFactory, kamailio_fresh: KamailioServer, chat_server_tls: Any) -> None:
    kam, srv = kamailio_fresh, chat_server_tls
    srv.add_user("erin", "erinpw", user_id="u-erin", extension="1009", sip_password=kam.users["1009"])
    p = phone(start=False)
    # over TCP the phone notices the PBX going away at once (this test is about the refetch, not detection)
    login(p, kam, srv, "erin", "erinpw", transport="tcp")
    p.start()
    p.wait_event("registration", timeout=30, state="registered")
    # The PBX goes down; meanwhile IT rotates the SIP password on the PBX and the chat server.
    kam.stop()
    p.wait_event("registration", timeout=30, where=lambda e: e["state"] != "registered")
    kam.set_password("1009", "rotated-Pw-1009")
    srv.set_sip_password("1009", "rotated-Pw-1009")
    kam.start()
    p.wait_event("registration", timeout=30, state="failed", code=401)
    p.wait_event("registration", timeout=30, state="registered")
