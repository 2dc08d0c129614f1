"""`softphone login/logout/status/account` end to end: the CLI process, the HTTPS double, a real Secret Service."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from tests.doubles.chatserver import ChatServerDouble
from tests.doubles.secretservice import PrivateSecretService

TOTP_SECRET = "JBSWY3DPEHPK3PXP"


@pytest.fixture(scope="module")
def secret_env(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    try:
        svc: Any = request.getfixturevalue("secret_service")
        yield dict(svc.env)
    except pytest.FixtureLookupError:
        with PrivateSecretService() as own:
            yield own.env


@pytest.fixture(scope="module")
def tls_double() -> Iterator[ChatServerDouble]:
    with ChatServerDouble(tls=True) as srv:
        yield srv


@pytest.fixture
def srv(tls_double: ChatServerDouble) -> ChatServerDouble:
    s = tls_double
    s.users.clear(), s.tokens.clear(), s.pats.clear(), s.logouts.clear(), s.requests.clear(), s.clear_faults()
    s.set_rate_limit(1000, 60000)
    s.add_user("alice", "alicepw", user_id="u-alice", extension="1001", sip_password="SipPw-1001-xyz")
    s.add_user("bob", "bobpw", user_id="u-bob", extension="1002", sip_password="SipPw-1002-xyz",
               totp_secret=TOTP_SECRET)
    s.add_user("carol", "carolpw", user_id="u-carol", extension="1003", sip_password="SipPw-1003-xyz",
               email_2fa=True)
    return s


class Cli:
    def __init__(self, profile: Path, env: dict[str, str]) -> None:
        self.profile = profile
        self.env = env
        self.outputs: list[str] = []

    def __call__(self, *args: str, stdin: str = "",
                 env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
        proc = subprocess.run([sys.executable, "-m", "softphone", "--profile", str(self.profile), *args],
                              input=stdin, env=env or self.env, capture_output=True, text=True, timeout=60)
        self.outputs.append(proc.stdout + proc.stderr)
        assert "Traceback" not in proc.stderr, proc.stderr
        return proc

    def config(self) -> dict[str, Any]:
        return json.loads((self.profile / "config.json").read_text())


@pytest.fixture
def cli(tmp_path: Path, secret_env: dict[str, str]) -> Cli:
    policy = tmp_path / "policy.json"
    policy.write_text("{}")
    env = {**os.environ, **secret_env, "SOFTPHONE_POLICY_FILE": str(policy)}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    return Cli(tmp_path / "profile", env)


def secret_tool(env: dict[str, str], key: str) -> str:
    return subprocess.run(["secret-tool", "lookup", "service", "softphone", "username", key], env=env,
                          capture_output=True, text=True, timeout=10).stdout


def login_args(srv: ChatServerDouble, user: str, *extra: str) -> list[str]:
    return ["login", "--server", srv.url, "--ca-file", srv.ca_file, "--user", user, "--password-stdin", *extra]


def test_login_status_logout_keeps_secrets_out_of_files(srv: ChatServerDouble, cli: Cli) -> None:
    r = cli(*login_args(srv, "alice"), stdin="alicepw\n")
    assert r.returncode == 0, r.stderr
    assert "Signed in" in r.stdout and "1001@127.0.0.1" in r.stdout
    token = next(iter(srv.tokens))
    assert secret_tool(cli.env, "sip:1001@127.0.0.1") == "SipPw-1001-xyz"
    assert secret_tool(cli.env, f"chat:{srv.url}:u-alice") == token
    st = cli("status")
    assert st.returncode == 0 and "stored" in st.stdout and "sip:1001@127.0.0.1" in st.stdout
    acct = cli("account", "show")
    assert "Password:  stored" in acct.stdout
    # no file under the profile and no output carries a secret
    for path in cli.profile.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            assert b"SipPw-1001-xyz" not in data and token.encode() not in data and b"alicepw" not in data, path
    for text in cli.outputs:
        assert "SipPw-1001-xyz" not in text and token not in text
    assert cli.config()["account"] == {"user": "1001", "domain": "127.0.0.1", "source": "chat-server"}
    out = cli("logout")
    assert out.returncode == 0, out.stderr
    assert srv.logouts == [("u-alice", "login")] and token not in srv.tokens
    assert secret_tool(cli.env, "sip:1001@127.0.0.1") == ""
    assert secret_tool(cli.env, f"chat:{srv.url}:u-alice") == ""
    assert cli.config().get("account") == {} and cli.config().get("chat_account") == {}


def test_totp_and_wrong_password_and_wrong_code(srv: ChatServerDouble, cli: Cli) -> None:
    r = cli(*login_args(srv, "bob"), stdin="wrong\n")
    assert r.returncode == 1 and r.stderr.strip() == "softphone: The username/e-mail or password is wrong."
    r = cli(*login_args(srv, "bob"), stdin="bobpw\n")
    assert r.returncode == 1 and "--totp" in r.stderr and "authenticator" in r.stderr
    bad = f"{(int(srv.totp_code('bob')) + 1) % 1000000:06d}"
    r = cli(*login_args(srv, "bob", "--totp", bad), stdin="bobpw\n")
    assert r.returncode == 1 and "wrong or has expired" in r.stderr
    r = cli(*login_args(srv, "bob", "--totp", srv.totp_code("bob")), stdin="bobpw\n")
    assert r.returncode == 0, r.stderr
    assert secret_tool(cli.env, "sip:1002@127.0.0.1") == "SipPw-1002-xyz"
    assert cli("logout").returncode == 0


def test_email_code_with_resend(srv: ChatServerDouble, cli: Cli) -> None:
    r = cli(*login_args(srv, "carol"), stdin="carolpw\n")
    assert r.returncode == 1 and "e-mailed" in r.stderr
    r = cli("login", "--server", srv.url, "--ca-file", srv.ca_file, "--user", "carol", "--send-email-code")
    assert r.returncode == 0 and srv.users["carol"].sent_email_codes == 2
    r = cli(*login_args(srv, "carol", "--totp", srv.last_email_code("carol")), stdin="carolpw\n")
    assert r.returncode == 0, r.stderr
    assert cli("logout").returncode == 0


def test_pat_login_and_logout_never_revokes_pat(srv: ChatServerDouble, cli: Cli) -> None:
    pat = srv.add_pat("alice")
    r = cli("login", "--server", srv.url, "--ca-file", srv.ca_file, "--user-id", "u-alice", "--token-stdin",
            stdin=pat + "\n")
    assert r.returncode == 0, r.stderr
    assert secret_tool(cli.env, f"chat:{srv.url}:u-alice") == pat
    assert cli("logout").returncode == 0
    assert srv.requests_to("logout") == [] and pat in srv.pats
    assert secret_tool(cli.env, f"chat:{srv.url}:u-alice") == ""


def test_token_reuse_and_refresh_at_start(srv: ChatServerDouble, cli: Cli, monkeypatch: pytest.MonkeyPatch) -> None:
    assert cli(*login_args(srv, "alice"), stdin="alicepw\n").returncode == 0
    token = next(iter(srv.tokens))
    srv.set_sip_password("1001", "Changed-Pw-77")
    for k, v in cli.env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.setenv("SOFTPHONE_HOME", str(cli.profile))
    import keyring
    import keyring.core

    from softphone.cli.account_cmds import load_account, refetch_sip_password
    from softphone.config import Settings

    previous = keyring.get_keyring()
    keyring.core.init_backend()
    try:
        found = asyncio.run(load_account(Settings.load()))
        assert found is not None
        account, password = found
        assert (account.user, account.domain, password) == ("1001", "127.0.0.1", "Changed-Pw-77")
        me_calls = srv.requests_to("me")
        assert me_calls and me_calls[-1][2]["X-Auth-Token"] == token  # the stored token was reused
        assert secret_tool(cli.env, "sip:1001@127.0.0.1") == "Changed-Pw-77"
        srv.set_sip_password("1001", "Changed-Again-88")
        again = asyncio.run(refetch_sip_password(Settings.load()))
        assert again is not None and again[1] == "Changed-Again-88"
        assert asyncio.run(refetch_sip_password(Settings.load())) is None  # nothing new: caller reports the 401
        srv.tokens.clear()  # token revoked at the server: stored values still start the phone
        found = asyncio.run(load_account(Settings.load()))
        assert found is not None and found[1] == "Changed-Again-88"
    finally:
        keyring.set_keyring(previous)


def test_no_usable_keyring_refuses(srv: ChatServerDouble, cli: Cli) -> None:
    env = {k: v for k, v in cli.env.items() if k != "DBUS_SESSION_BUS_ADDRESS"}
    env["PYTHON_KEYRING_BACKEND"] = "keyring.backends.fail.Keyring"
    r = cli(*login_args(srv, "alice"), stdin="alicepw\n", env=env)
    assert r.returncode == 1
    assert "No secure keyring" in r.stderr and "plain file" in r.stderr
    # the CLI cannot keep it in memory (no process lives on): the message points at the desktop app
    assert "window version can keep it for this session only" in r.stderr
    assert "desktop app can instead" not in r.stderr  # said once, not twice
    assert srv.requests_to("login") == []  # refused before sending the password anywhere
    assert not (cli.profile / "config.json").exists() or "chat_account" not in cli.config()


def test_locked_server_and_unknown_ca(srv: ChatServerDouble, cli: Cli, tmp_path: Path) -> None:
    policy = Path(cli.env["SOFTPHONE_POLICY_FILE"])
    policy.write_text(json.dumps({"settings": {"server_url": "https://chat.example.com"}, "locked": ["server_url"]}))
    r = cli(*login_args(srv, "alice"), stdin="alicepw\n")
    assert r.returncode == 1 and "set by your IT department" in r.stderr
    policy.write_text("{}")
    r = cli("login", "--server", srv.url, "--user", "alice", "--password-stdin", stdin="alicepw\n")
    assert r.returncode == 1 and "cannot be trusted" in r.stderr


def test_no_extension_keeps_sign_in_for_logout(srv: ChatServerDouble, cli: Cli) -> None:
    srv.add_user("dave", "davepw", user_id="u-dave")
    r = cli(*login_args(srv, "dave"), stdin="davepw\n")
    assert r.returncode == 1 and "No phone extension" in r.stderr
    assert cli("logout").returncode == 0 and srv.logouts == [("u-dave", "login")]


def test_manual_account_set_show_clear(cli: Cli) -> None:
    r = cli("account", "set", "--sip-uri", "sip:agent@127.0.0.1:5070", "--transport", "tcp", "--password-stdin",
            stdin="agentpw\n")
    assert r.returncode == 0, r.stderr
    assert cli.config()["account"] == {"user": "agent", "domain": "127.0.0.1", "port": 5070, "transport": "tcp",
                                       "source": "manual"}
    assert secret_tool(cli.env, "sip:agent@127.0.0.1") == "agentpw"
    assert b"agentpw" not in (cli.profile / "config.json").read_bytes()
    show = cli("account", "show")
    assert "sip:agent@127.0.0.1" in show.stdout and "agentpw" not in show.stdout
    bad = cli("account", "set", "--sip-uri", "agent@host")
    assert bad.returncode == 2 and "not a SIP address" in bad.stderr
    assert cli("account", "clear").returncode == 0
    assert secret_tool(cli.env, "sip:agent@127.0.0.1") == "" and cli.config()["account"] == {}


def test_manual_account_refuses_locked_settings(cli: Cli) -> None:
    Path(cli.env["SOFTPHONE_POLICY_FILE"]).write_text(json.dumps(
        {"settings": {"sip.transport": "tls"}, "locked": ["sip.transport"]}))
    r = cli("account", "set", "--sip-uri", "sip:agent@127.0.0.1", "--transport", "udp", "--password-stdin",
            stdin="agentpw\n")
    assert r.returncode == 1 and "IT department" in r.stderr
    Path(cli.env["SOFTPHONE_POLICY_FILE"]).write_text(json.dumps({"locked": ["account"]}))
    r = cli("account", "set", "--sip-uri", "sip:agent@127.0.0.1", "--password-stdin", stdin="agentpw\n")
    assert r.returncode == 1 and "IT department" in r.stderr
