"""The sign-in window: password, the two-factor step (with a new e-mail code), plain-language errors, the
server field locked by IT policy; then once for real against the chat-server double and the Secret Service."""

from __future__ import annotations

import asyncio
from pathlib import Path
from typing import Any

import qasync
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest

from softphone.config.policy import Policy
from softphone.core.signin import ManualAccount, SignInResult
from softphone.ui.signin import SignInWindow
from tests.gui.conftest import SettingsStub, dispose, until


class FakeSignIn:
    """A scripted core.signin.SignInService: answers are queued per call; every call is logged."""

    def __init__(self, *answers: SignInResult) -> None:
        self.answers = list(answers)
        self.log: list[tuple[str, ...]] = []
        self.gate: asyncio.Event | None = None  # set: sign_in waits for it (to see the busy state)

    async def _answer(self) -> SignInResult:
        if self.gate is not None:
            await self.gate.wait()
        return self.answers.pop(0)

    async def sign_in(self, server: str, user: str, password: str, code: str | None = None) -> SignInResult:
        self.log.append(("sign_in", server, user, password, code or ""))
        return await self._answer()

    async def resend_code(self, server: str, user: str, password: str) -> SignInResult:
        self.log.append(("resend", server, user))
        return await self._answer()

    async def sign_in_with_token(self, server: str, user_id: str, token: str) -> SignInResult:
        self.log.append(("token", server, user_id))
        return await self._answer()

    async def set_manual_account(self, account: ManualAccount) -> SignInResult:
        self.log.append(("manual", account.sip_uri, account.transport, str(account.port)))
        return await self._answer()

    async def has_account(self) -> bool:
        return False


def fill(window: SignInWindow, server: str, user: str, password: str) -> None:
    window.server.setText(server)
    QTest.keyClicks(window.user, user)
    QTest.keyClicks(window.password, password)


def test_password_sign_in_is_one_request_and_closes(aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    service = FakeSignIn(SignInResult.ok("sip:1001@pbx.test"))
    window = SignInWindow(service, settings_stub)
    signed: list[str] = []
    window.signed_in.connect(signed.append)

    async def scenario() -> None:
        window.show()
        # empty fields: a sentence, no request
        window.sign_in_button.click()
        assert "address of your chat server" in window.message.text()
        window.server.setText("https://chat.example.com")
        window.sign_in_button.click()
        assert "username" in window.message.text() and service.log == []
        fill(window, "https://chat.example.com", "alice", "secret")
        service.gate = asyncio.Event()
        QTest.keyClick(window.password, Qt.Key.Key_Return)  # Enter signs in (default button)
        await until(lambda: service.log, what="request")
        assert window.progress.isVisible() and not window.pages.isEnabled()
        window.sign_in_button.click()  # a second click while busy is ignored
        service.gate.set()
        await until(lambda: signed, what="signed in")
        assert signed == ["sip:1001@pbx.test"]
        assert service.log == [("sign_in", "https://chat.example.com", "alice", "secret", "")]
        assert window.result() == SignInWindow.DialogCode.Accepted and not window.isVisible()

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window)


def test_two_factor_by_email_with_a_new_code(aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    service = FakeSignIn(SignInResult.needs_code("email", "alice@example.com"),
                         SignInResult.needs_code("email", "alice@example.com"),  # resend
                         SignInResult.error("totp-invalid", "TOTP Invalid"),
                         SignInResult.ok("sip:1001@pbx.test"))
    window = SignInWindow(service, settings_stub)
    signed: list[str] = []
    window.signed_in.connect(signed.append)

    async def scenario() -> None:
        window.show()
        fill(window, "https://chat.example.com", "alice", "secret")
        window.sign_in_button.click()
        await until(lambda: window.pages.currentIndex() == SignInWindow.PAGE_CODE, what="code page")
        assert "alice@example.com" in window.code_hint.text() and window.resend_button.isVisible()
        assert window.focusWidget() is window.code
        window.resend_button.click()
        await until(lambda: "new code" in window.message.text(), what="resent")
        assert service.log[-1] == ("resend", "https://chat.example.com", "alice")
        QTest.keyClicks(window.code, "000000")
        window.verify_button.click()
        await until(lambda: "not accepted" in window.message.text(), what="wrong code message")
        assert window.pages.currentIndex() == SignInWindow.PAGE_CODE
        window.code.setText("123456")
        QTest.keyClick(window.code, Qt.Key.Key_Return)
        await until(lambda: signed, what="signed in")
        assert service.log[-1] == ("sign_in", "https://chat.example.com", "alice", "secret", "123456")

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window)


def test_authenticator_code_has_no_resend(aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    service = FakeSignIn(SignInResult.needs_code("totp"))
    window = SignInWindow(service, settings_stub)

    async def scenario() -> None:
        window.show()
        fill(window, "https://chat.example.com", "bob", "pw")
        window.sign_in_button.click()
        await until(lambda: window.pages.currentIndex() == SignInWindow.PAGE_CODE, what="code page")
        assert "authenticator app" in window.code_hint.text()
        assert not window.resend_button.isVisible()
        window.back_button.click()
        assert window.pages.currentIndex() == SignInWindow.PAGE_CREDENTIALS

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window)


def test_errors_are_plain_sentences(aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    cases: list[tuple[SignInResult, str]] = [
        (SignInResult.error("bad-credentials", "Unauthorized"), "username or password is not right"),
        (SignInResult.error("network", "connection reset by 127.0.0.1"), "cannot be reached"),
        (SignInResult.error("certificate", "self-signed certificate"), "cannot be trusted"),
        (SignInResult.error("rate-limited", "429", retry_after=30), "slow down"),
        (SignInResult.error("no-extension", "Extension not found"), "no phone extension"),
        (SignInResult.error("something-new", "The server said no."), "The server said no."),
    ]
    service = FakeSignIn(*(result for result, _ in cases))
    window = SignInWindow(service, settings_stub)

    async def scenario() -> None:
        window.show()
        fill(window, "https://chat.example.com", "alice", "pw")
        for result, words in cases:
            window.sign_in_button.click()
            await until(lambda w=words: not window.progress.isVisible() and w in window.message.text(),
                        what=f"wording for {result.code}")
            assert "Traceback" not in window.message.text()
            assert window.isVisible() and window.pages.isEnabled()
            if result.code == "network":  # the technical detail stays under the sentence, for IT
                assert "connection reset" in window.message.text()
        assert len(service.answers) == 0

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window)


def test_server_locked_by_policy(aloop: qasync.QEventLoop, tmp_path: Path) -> None:
    policy = Policy(source="test", settings={"server_url": "https://chat.corp.example"},
                    locked=frozenset({"server_url"}))
    settings = SettingsStub(tmp_path / "config.json", policy)
    service = FakeSignIn(SignInResult.ok("sip:1001@pbx.test"))
    window = SignInWindow(service, settings)

    async def scenario() -> None:
        window.show()
        assert window.server.text() == "https://chat.corp.example"
        assert not window.server.isEnabled()
        assert window.server_managed.isVisible() and "organization" in window.server_managed.text()
        assert window.focusWidget() is window.user  # the server is given: start at the username
        QTest.keyClicks(window.user, "alice")
        QTest.keyClicks(window.password, "pw")
        window.sign_in_button.click()
        await until(lambda: service.log, what="request")
        assert service.log[0][1] == "https://chat.corp.example"

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window)


def test_manual_account_is_checked_before_saving(aloop: qasync.QEventLoop, settings_stub: SettingsStub) -> None:
    service = FakeSignIn(SignInResult.ok("sip:1001@127.0.0.1"))
    window = SignInWindow(service, settings_stub)
    signed: list[str] = []
    window.signed_in.connect(signed.append)

    async def scenario() -> None:
        window.show()
        window.manual_button.click()
        assert window.pages.currentIndex() == SignInWindow.PAGE_MANUAL and window.focusWidget() is window.sip_uri
        QTest.keyClicks(window.sip_uri, "1001")
        window.manual_save.click()
        assert "sip:USER@DOMAIN" in window.message.text() and service.log == []
        window.sip_uri.setText("sip:1001@127.0.0.1")
        window.manual_save.click()
        assert "SIP password" in window.message.text()
        QTest.keyClicks(window.sip_password, "pw1001")
        window.transport.setCurrentText("tcp")
        window.port.setValue(5070)
        window.manual_save.click()
        await until(lambda: signed, what="saved")
        assert service.log == [("manual", "sip:1001@127.0.0.1", "tcp", "5070")]

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window)


def test_sign_in_against_the_chat_server(aloop: qasync.QEventLoop, tmp_path: Path, chat_server: Any,
                                         keyring_env: Any) -> None:
    """The real adapter (cli/gui_run.SignInAdapter): HTTP to the double, e-mail 2FA, secrets in the keyring."""
    from softphone.cli.gui_run import SignInAdapter
    from softphone.secrets.store import KeyringSecretStore, sip_key

    chat_server.add_user("alice", "s3cret", extension="1001", sip_password="pw1001", email_2fa=True)
    settings = SettingsStub(tmp_path / "config.json")
    window = SignInWindow(SignInAdapter(settings.settings), settings)
    signed: list[str] = []
    window.signed_in.connect(signed.append)

    async def scenario() -> None:
        window.show()
        fill(window, chat_server.url, "alice", "wrong")
        window.sign_in_button.click()
        await until(lambda: "not right" in window.message.text(), timeout=10, what="bad password wording")
        window.password.setText("s3cret")
        window.sign_in_button.click()
        await until(lambda: window.pages.currentIndex() == SignInWindow.PAGE_CODE, timeout=10, what="code page")
        assert window.resend_button.isVisible()
        window.resend_button.click()
        await until(lambda: "new code" in window.message.text(), timeout=10, what="resend")
        assert chat_server.users["alice"].sent_email_codes == 2
        window.code.setText(chat_server.last_email_code("alice"))
        window.verify_button.click()
        await until(lambda: signed or "went wrong" in window.message.text(), timeout=10, what="signed in")
        assert signed == ["sip:1001@127.0.0.1"], window.message.text()

    aloop.run_until_complete(asyncio.wait_for(scenario(), 40))
    dispose(window)
    assert settings.get("account")["user"] == "1001"
    assert settings.get("chat_account")["username"] == "alice"
    assert KeyringSecretStore().get(sip_key("1001", "127.0.0.1")) == "pw1001"
    saved = (tmp_path / "config.json").read_text()
    assert "pw1001" not in saved and "s3cret" not in saved  # secrets only in the keyring
