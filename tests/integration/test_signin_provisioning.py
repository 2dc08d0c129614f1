"""The provisioning client against the real chat-server double, over HTTP and HTTPS."""

from __future__ import annotations

import asyncio
import socket
import time
from collections.abc import Awaitable, Callable, Iterator
from typing import Any, TypeVar

import pytest

from softphone.core.models import Transport
from softphone.provisioning import ChatServerClient, ChatSession, account_from_identity
from softphone.provisioning import errors as E
from tests.doubles.chatserver import ChatServerDouble

T = TypeVar("T")
TOTP_SECRET = "JBSWY3DPEHPK3PXP"


def run(coro: Awaitable[T]) -> T:
    async def main() -> T:
        return await asyncio.wait_for(coro, 60)

    return asyncio.run(main())


@pytest.fixture(scope="module")
def tls_srv() -> Iterator[ChatServerDouble]:
    with ChatServerDouble(tls=True) as srv:
        yield srv


@pytest.fixture
def srv(tls_srv: ChatServerDouble) -> Iterator[ChatServerDouble]:
    """The HTTPS double, reset for each test (starting a TLS server per test costs the CA generation)."""
    tls_srv.users.clear()
    tls_srv.tokens.clear()
    tls_srv.pats.clear()
    tls_srv.requests.clear()
    tls_srv.logouts.clear()
    tls_srv.clear_faults()
    tls_srv.set_rate_limit(1000, 60000)
    tls_srv.jwt_secret = None
    tls_srv.voip_variant = "asterisk"
    tls_srv.voip_enabled = True
    tls_srv.add_user("alice", "alicepw", user_id="u-alice", extension="1001", sip_password="pw1001",
                     queues=["sales", "support"])
    yield tls_srv


def client(srv: ChatServerDouble, **kw: Any) -> ChatServerClient:
    kw.setdefault("timeout", 3.0)
    return ChatServerClient(srv.url, ca_file=srv.ca_file, **kw)


def with_client(srv: ChatServerDouble, fn: Callable[[ChatServerClient], Awaitable[T]], **kw: Any) -> T:
    async def go() -> T:
        async with client(srv, **kw) as c:
            return await fn(c)

    return run(go())


def signed_in(srv: ChatServerDouble) -> ChatSession:
    return with_client(srv, lambda c: c.login_password("alice", "alicepw"))


# -- sign-in ------------------------------------------------------------------------------------------------------
def test_password_sign_in_by_username_and_email(srv: ChatServerDouble) -> None:
    s = signed_in(srv)
    assert s.user_id == "u-alice" and s.username == "alice" and s.kind == "login" and s.token
    assert s.token not in repr(s)
    s2 = with_client(srv, lambda c: c.login_password("alice@example.com", "alicepw"))
    assert s2.user_id == "u-alice" and s2.token != s.token


def test_wrong_password(srv: ChatServerDouble) -> None:
    with pytest.raises(E.AuthenticationError, match="password is wrong"):
        with_client(srv, lambda c: c.login_password("alice", "nope"))


def test_totp_sign_in_and_wrong_code_and_lockout(srv: ChatServerDouble) -> None:
    srv.add_user("bob", "bobpw", user_id="u-bob", extension="1002", totp_secret=TOTP_SECRET)
    with pytest.raises(E.TwoFactorRequired) as info:
        with_client(srv, lambda c: c.login_password("bob", "bobpw"))
    assert info.value.method == "totp" and "authenticator" in info.value.message
    s = with_client(srv, lambda c: c.login_password("bob", "bobpw", code=srv.totp_code("bob")))
    assert s.user_id == "u-bob"
    bad = f"{(int(srv.totp_code('bob')) + 500000) % 1000000:06d}"
    with pytest.raises(E.TwoFactorInvalid, match="wrong or has expired"):
        with_client(srv, lambda c: c.login_password("bob", "bobpw", code=bad))
    for _ in range(3):
        with pytest.raises(E.TwoFactorInvalid):
            with_client(srv, lambda c: c.login_password("bob", "bobpw", code=bad))
    with pytest.raises(E.TwoFactorLocked, match="Too many wrong codes"):
        with_client(srv, lambda c: c.login_password("bob", "bobpw", code=bad))
    with pytest.raises(E.TwoFactorLocked):  # locked even with the right code
        with_client(srv, lambda c: c.login_password("bob", "bobpw", code=srv.totp_code("bob")))


def test_email_code_sign_in_with_resend(srv: ChatServerDouble) -> None:
    srv.add_user("carol", "carolpw", user_id="u-carol", extension="1003", email_2fa=True)
    with pytest.raises(E.TwoFactorRequired) as info:
        with_client(srv, lambda c: c.login_password("carol", "carolpw"))
    assert info.value.method == "email" and info.value.code_generated and "e-mailed" in info.value.message
    with_client(srv, lambda c: c.send_email_code(info.value.email_or_username or "carol"))
    assert srv.users["carol"].sent_email_codes == 2
    s = with_client(srv, lambda c: c.login_password("carol", "carolpw", code=srv.last_email_code("carol")))
    assert s.user_id == "u-carol"


def test_pat_sign_in_and_never_revoked(srv: ChatServerDouble) -> None:
    pat = srv.add_pat("alice")
    s = with_client(srv, lambda c: c.login_pat("u-alice", pat))
    assert s.kind == "pat" and s.username == "alice"
    assert with_client(srv, lambda c: c.logout(s)) is False
    assert srv.requests_to("logout") == [] and pat in srv.pats
    with pytest.raises(E.AuthenticationError, match="personal access token"):
        with_client(srv, lambda c: c.login_pat("u-alice", "wrong"))


def test_resume_and_logout_revokes(srv: ChatServerDouble) -> None:
    s = signed_in(srv)
    again = with_client(srv, lambda c: c.resume(ChatSession(srv.url, s.user_id, s.token)))
    assert again.username == "alice"
    assert with_client(srv, lambda c: c.logout(s)) is True
    assert srv.logouts == [("u-alice", "login")]
    with pytest.raises(E.SignInRequired, match="sign in again"):
        with_client(srv, lambda c: c.resume(s))


# -- registration info --------------------------------------------------------------------------------------------
def test_registration_info_plain_jwt_4x_and_freeswitch(srv: ChatServerDouble) -> None:
    s = signed_in(srv)
    ident = with_client(srv, lambda c: c.registration_info(s))
    assert (ident.extension, ident.password, ident.host) == ("1001", "pw1001", "127.0.0.1")
    assert "pw1001" not in repr(ident)
    srv.jwt_secret = "jwt-secret"
    assert with_client(srv, lambda c: c.registration_info(s)) == ident
    srv.jwt_secret = None
    srv.voip_variant = "asterisk-4x"
    assert with_client(srv, lambda c: c.registration_info(s)).host == "127.0.0.1"
    srv.voip_variant = "freeswitch"
    fs = with_client(srv, lambda c: c.registration_info(s))
    assert (fs.extension, fs.password, fs.host) == ("1001", "pw1001", "127.0.0.1")
    acct = account_from_identity(ident, transport="tcp", port=5070)
    assert (acct.user, acct.domain, acct.transport, acct.port, acct.source) == ("1001", "127.0.0.1",
                                                                                 Transport.TCP, 5070, "chat-server")


def test_registration_errors(srv: ChatServerDouble) -> None:
    srv.add_user("dave", "davepw", user_id="u-dave")  # no extension
    dave = with_client(srv, lambda c: c.login_password("dave", "davepw"))
    with pytest.raises(E.ExtensionNotFoundError, match="No phone extension"):
        with_client(srv, lambda c: c.registration_info(dave))
    s = signed_in(srv)
    srv.voip_enabled = False
    with pytest.raises(E.VoipDisabledError, match="VoIP disabled"):
        with_client(srv, lambda c: c.registration_info(s))
    srv.voip_enabled = True
    srv.users["alice"].permissions.discard("view-agent-extension-association")
    with pytest.raises(E.PermissionDeniedError, match="livechat-agent"):
        with_client(srv, lambda c: c.registration_info(s))
    srv.voip_variant = "none"
    with pytest.raises(E.VoipUnsupportedError, match="Rocket.Chat 8"):
        with_client(srv, lambda c: c.registration_info(s))


def test_queue_membership(srv: ChatServerDouble) -> None:
    srv.queue_stats["sales"] = {"callers": "3", "holdtime": "12", "logestholdtime": "40", "loggedin": "2"}
    s = signed_in(srv)
    queues = with_client(srv, lambda c: c.queue_membership(s, "1001"))
    assert [q.name for q in queues] == ["sales", "support"]
    assert (queues[0].callers, queues[0].holdtime, queues[0].longest_hold, queues[0].members_logged_in) == (
        3, 12, 40, 2)
    srv.users["alice"].permissions.discard("inbound-voip-calls")
    with pytest.raises(E.PermissionDeniedError):
        with_client(srv, lambda c: c.queue_membership(s, "1001"))


# -- rate limit -----------------------------------------------------------------------------------------------------
def test_429_waits_for_reset_then_succeeds(srv: ChatServerDouble) -> None:
    s = signed_in(srv)
    srv.set_rate_limit(2, 1500)
    waits: list[float] = []

    async def go(c: ChatServerClient) -> list[str]:
        names = []
        for _ in range(2):  # the double's budget is used up; the client saw Remaining=0
            names.append((await c.me(s))["username"])
        c._budgets.clear()  # forget the budget so the server's 429 is what we meet
        names.append((await c.me(s))["username"])
        return names

    t0 = time.monotonic()
    assert with_client(srv, go, on_wait=lambda sec, route: waits.append(sec)) == ["alice"] * 3
    assert len(waits) == 1 and 0 < waits[0] <= 1.6
    assert time.monotonic() - t0 >= waits[0]
    statuses = [r for r in srv.requests_to("me")]
    assert len(statuses) == 4  # 2 ok, one 429, one retry


def test_budget_prevents_exceeding_limit(srv: ChatServerDouble) -> None:
    s = signed_in(srv)
    srv.set_rate_limit(2, 1200)
    n_before = len(srv.requests_to("me"))

    async def go(c: ChatServerClient) -> int:
        for _ in range(3):
            await c.me(s)
        return len(srv.requests_to("me")) - n_before

    waits: list[float] = []
    assert with_client(srv, go, on_wait=lambda sec, route: waits.append(sec)) == 3  # no 429 was needed
    assert len(waits) == 1


def test_long_rate_limit_is_reported_not_waited(srv: ChatServerDouble) -> None:
    s = signed_in(srv)
    srv.set_rate_limit(0, 600000)
    with pytest.raises(E.RateLimitedError, match="slow down") as info:
        with_client(srv, lambda c: c.me(s), max_rate_wait=5)
    assert info.value.wait_seconds > 500


# -- faults ---------------------------------------------------------------------------------------------------------
@pytest.mark.parametrize("fault,error,text", [
    ("500", E.ServerError, "HTTP 500"),
    ("html", E.HtmlPageError, "web error page"),
    ("truncated", E.MalformedResponseError, "cut off"),
    ("huge", E.ResponseTooLargeError, "large"),
    ("wrong-content-type", E.MalformedResponseError, "unexpected format"),
    ("redirect", E.RedirectError, "elsewhere.invalid"),
    ("delay:5", E.ServerTimeoutError, "did not answer within"),
])
def test_faults_become_specific_errors(srv: ChatServerDouble, fault: str, error: type[E.ProvisioningError],
                                       text: str) -> None:
    s = signed_in(srv)
    srv.inject("me", fault)
    with pytest.raises(error, match=text) as info:
        with_client(srv, lambda c: c.me(s), timeout=1.0)
    assert s.token not in str(info.value)


def test_timeout_on_login_too(srv: ChatServerDouble) -> None:
    srv.inject("login", "delay:5")
    with pytest.raises(E.ServerTimeoutError):
        with_client(srv, lambda c: c.login_password("alice", "alicepw"), timeout=0.5)


def test_unknown_ca(srv: ChatServerDouble) -> None:
    async def go() -> None:
        async with ChatServerClient(srv.url, timeout=3) as c:  # system store: the test CA is unknown
            await c.login_password("alice", "alicepw")

    with pytest.raises(E.CertificateError, match="cannot be trusted"):
        run(go())
    assert not srv.requests_to("login")  # nothing was sent over the untrusted connection


def test_connection_refused_and_dns() -> None:
    sock = socket.socket()
    sock.bind(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    sock.close()

    async def go(url: str) -> None:
        async with ChatServerClient(url, timeout=3) as c:
            await c.login_password("a", "b")

    with pytest.raises(E.ConnectionRefusedError_, match="refused"):
        run(go(f"https://127.0.0.1:{port}"))


def test_dns_failure_mapping() -> None:
    """No real DNS query (tests talk to loopback only): a transport that fails like the resolver does."""
    import httpx

    class NoDns(httpx.AsyncBaseTransport):
        async def handle_async_request(self, request: httpx.Request) -> httpx.Response:
            try:
                raise socket.gaierror(-2, "Name or service not known")
            except socket.gaierror as exc:
                raise httpx.ConnectError("[Errno -2] Name or service not known") from exc

    async def go() -> None:
        async with ChatServerClient("https://chat.example.com", transport=NoDns(), timeout=3) as c:
            await c.login_password("a", "b")

    with pytest.raises(E.DnsError, match="chat.example.com cannot be found"):
        run(go())


def test_http_rules() -> None:
    with pytest.raises(E.InsecureConnectionError, match="--allow-http"):
        ChatServerClient("http://127.0.0.1:1")
    with pytest.raises(E.InsecureConnectionError, match="only allowed to this computer"):
        ChatServerClient("http://chat.example.com", allow_http=True)
    with pytest.raises(E.InvalidServerUrlError):
        ChatServerClient("ftp://chat.example.com")
    run(ChatServerClient("http://[::1]:8080/", allow_http=True).aclose())


def test_plain_http_double_when_allowed() -> None:
    with ChatServerDouble() as srv:
        srv.add_user("alice", "alicepw", user_id="u-alice", extension="1001", sip_password="pw1001")

        async def go() -> str:
            async with ChatServerClient(srv.url, allow_http=True, timeout=3) as c:
                s = await c.login_password("alice", "alicepw")
                return (await c.registration_info(s)).extension

        assert run(go()) == "1001"
