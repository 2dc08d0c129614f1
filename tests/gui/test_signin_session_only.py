"""No usable keyring (issue 5): the sign-in window says why and offers to keep the sign-in for this session only.
Taken, the chat token and SIP password live in memory only: the phone registers, nothing reaches a keyring or a
file, and the next start asks to sign in again. A locked keyring (the agent can unlock it) gets no such offer."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import keyring
import keyring.backend
import keyring.backends.fail
import keyring.core
import keyring.errors
import pytest
import qasync
from keyring.compat import properties
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow

from softphone.cli.gui_run import DesktopApp, SignInAdapter
from softphone.config import Settings
from softphone.config.policy import Policy
from softphone.core.signin import SignInResult
from softphone.secrets.store import KeyringSecretStore, NoUsableKeyringError, chat_key, sip_key
from softphone.ui.signin import SessionOnlyBadge, SignInWindow
from tests.gui.conftest import SettingsStub, dispose, until
from tests.gui.render_i18n_screens import LANGUAGES, compile_ts, translated
from tests.gui.test_i18n import clipped_texts
from tests.gui.test_signin import FakeSignIn, fill
from tests.stack.kamailio import KamailioServer

USER = "1006"


class RecordingPlaintextKeyring(keyring.backend.KeyringBackend):
    """What a plaintext file backend (keyrings.alt) looks like to the phone: it works, so anything that used it
    would leave the secret on disk. Records every call instead."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test double: keyring's discovery must never pick it for later tests")  # not viable

    def __init__(self) -> None:
        super().__init__()
        self.calls: list[tuple[str, str]] = []

    def get_password(self, service: str, username: str) -> str | None:
        self.calls.append(("get", username))
        return None

    def set_password(self, service: str, username: str, password: str) -> None:
        self.calls.append(("set", username))

    def delete_password(self, service: str, username: str) -> None:
        self.calls.append(("delete", username))


RecordingPlaintextKeyring.__module__ = "keyrings.alt.file"


class LockedKeyring(keyring.backend.KeyringBackend):
    """A real keyring that is locked: the agent can unlock it, so no memory offer."""

    @properties.classproperty
    def priority(cls) -> float:
        raise RuntimeError("a test double: keyring's discovery must never pick it for later tests")  # not viable

    def get_password(self, service: str, username: str) -> str | None:
        raise keyring.errors.KeyringLocked("locked")

    def set_password(self, service: str, username: str, password: str) -> None:
        raise keyring.errors.KeyringLocked("locked")

    def delete_password(self, service: str, username: str) -> None:
        raise keyring.errors.KeyringLocked("locked")


class SessionOnlyFake(FakeSignIn):
    """The scripted service that can also keep secrets in memory (core.signin.SessionOnlySecrets)."""

    def keep_secrets_for_session_only(self) -> None:
        self.log.append(("session-only",))


@pytest.fixture
def plaintext_only(monkeypatch: pytest.MonkeyPatch) -> Iterator[RecordingPlaintextKeyring]:
    """The process's only keyring is a plaintext one (as on a desktop without GNOME Keyring or KWallet).

    Set and restored as keyring's module state, without keyring.get_keyring(): that would run keyring's backend
    discovery here, whose list of backends is computed once per process (without the test Secret Service's
    D-Bus, later tests could never find it)."""
    backend = RecordingPlaintextKeyring()
    monkeypatch.setattr(keyring.core, "_keyring_backend", backend)
    yield backend


def files_containing(folder: Path, *secrets: str) -> list[str]:
    found = []
    for path in folder.rglob("*"):
        if path.is_file():
            data = path.read_bytes()
            found += [f"{path.name}: {secret[:2]}…" for secret in secrets if secret.encode() in data]
    return found


def test_no_keyring_offers_this_session_only(aloop: qasync.QEventLoop, tmp_path: Path, chat_server: Any,
                                             plaintext_only: RecordingPlaintextKeyring) -> None:
    """The real adapter with a refused keyring: refused before the password is sent, then signed in from memory
    with what the agent typed (through the two-factor step)."""
    user = chat_server.add_user("alice", "s3cret-pw", extension="1001", sip_password="sip-Pw-1001", email_2fa=True)
    settings = SettingsStub(tmp_path / "config.json")
    adapter = SignInAdapter(settings.settings,
                            store_factory=lambda: KeyringSecretStore(backend=keyring.backends.fail.Keyring()))
    window = SignInWindow(adapter, settings)
    signed: list[str] = []
    window.signed_in.connect(signed.append)

    async def scenario() -> None:
        window.show()
        assert not window.session_only_button.isVisible()
        fill(window, chat_server.url, "alice", "s3cret-pw")
        window.sign_in_button.click()
        await until(window.session_only_button.isVisible, timeout=10, what="the offer")
        assert "no secure keyring" in window.message.text()
        assert "keyring.backends.fail" in window.message.text()  # the technical reason, for IT
        assert chat_server.requests_to("login") == []  # refused before the password went anywhere
        assert window.password.text() == "s3cret-pw"  # nothing to type again
        window.session_only_button.click()
        await until(lambda: window.pages.currentIndex() == SignInWindow.PAGE_CODE, timeout=10, what="code page")
        assert not window.session_only_button.isVisible()
        window.code.setText(chat_server.last_email_code("alice"))
        window.verify_button.click()
        await until(lambda: signed or "went wrong" in window.message.text(), timeout=10, what="signed in")
        assert signed == ["sip:1001@127.0.0.1"], window.message.text()
        assert "this session only" in window.message.text()
        assert window.password.text() == "" and window.code.text() == ""  # not kept longer than needed

    aloop.run_until_complete(asyncio.wait_for(scenario(), 40))
    dispose(window)
    memory = adapter.memory_store
    assert memory is not None and window.session_only
    assert memory.get(sip_key("1001", "127.0.0.1")) == "sip-Pw-1001"
    token = memory.get(chat_key(chat_server.url, user.user_id))
    assert token and token in chat_server.tokens
    assert plaintext_only.calls == []  # the plaintext keyring was never used
    assert settings.get("account")["user"] == "1001"  # who and where are saved as usual
    assert files_containing(tmp_path, "s3cret-pw", "sip-Pw-1001", token) == []


def test_locked_keyring_gets_no_offer(aloop: qasync.QEventLoop, tmp_path: Path, chat_server: Any) -> None:
    chat_server.add_user("bob", "bob-pw", extension="1002", sip_password="sip-Pw-1002")
    settings = SettingsStub(tmp_path / "config.json")
    adapter = SignInAdapter(settings.settings, store_factory=lambda: KeyringSecretStore(backend=LockedKeyring()))
    window = SignInWindow(adapter, settings)

    async def scenario() -> None:
        window.show()
        fill(window, chat_server.url, "bob", "bob-pw")
        window.sign_in_button.click()
        await until(lambda: "Unlock it" in window.message.text(), timeout=10, what="locked wording")
        assert "locked" in window.message.text()
        assert not window.session_only_button.isVisible() and adapter.memory_store is None

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window)


def test_offer_is_for_no_keyring_only_and_goes_with_the_page(aloop: qasync.QEventLoop,
                                                            settings_stub: SettingsStub) -> None:
    service = SessionOnlyFake(SignInResult.error("keyring", "The keyring is locked."),
                              SignInResult.error("no-keyring", "No secure keyring is available."),
                              SignInResult.error("no-keyring", "No secure keyring is available."),
                              SignInResult.ok("sip:1001@127.0.0.1"))
    window = SignInWindow(service, settings_stub)
    plain = SignInWindow(FakeSignIn(SignInResult.error("no-keyring", "No secure keyring is available.")),
                         settings_stub)

    async def scenario() -> None:
        window.show()
        fill(window, "https://chat.example.com", "alice", "pw")
        window.sign_in_button.click()
        await until(lambda: "Unlock it" in window.message.text(), what="locked")
        assert not window.session_only_button.isVisible()
        window.sign_in_button.click()
        await until(window.session_only_button.isVisible, what="offer")
        window.manual_button.click()  # another page: the offer was for the request on the first one
        assert not window.session_only_button.isVisible()
        window.manual_back.click()
        window.sign_in_button.click()
        await until(window.session_only_button.isVisible, what="offer again")
        window.session_only_button.click()
        await until(lambda: window.result() == SignInWindow.DialogCode.Accepted, what="signed in")
        assert service.log[-2:] == [("session-only",), ("sign_in", "https://chat.example.com", "alice", "pw", "")]
        # a service that cannot keep secrets in memory: the reason, no offer
        plain.show()
        fill(plain, "https://chat.example.com", "alice", "pw")
        plain.sign_in_button.click()
        await until(lambda: "no secure keyring" in plain.message.text(), what="reason")
        assert not plain.session_only_button.isVisible()

    aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
    dispose(window, plain)


@pytest.fixture(scope="module")
def qm_files(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    return compile_ts(tmp_path_factory.mktemp("qm"))


@pytest.mark.parametrize("language", LANGUAGES)
def test_offer_and_badge_fit_in_every_language(language: str, qm_files: dict[str, Path], aloop: qasync.QEventLoop,
                                                settings_stub: SettingsStub) -> None:
    with translated(language, qm_files):
        with pytest.raises(NoUsableKeyringError) as refused:  # the real reason, with its technical detail
            KeyringSecretStore(backend=keyring.backends.fail.Keyring())
        window = SignInWindow(SessionOnlyFake(SignInResult.error("no-keyring", str(refused.value))), settings_stub)
        console = QMainWindow()
        badge = SessionOnlyBadge(console)
        console.statusBar().addPermanentWidget(badge)
        console.resize(600, 400)  # a narrow console (laptop split screen): the status bar still shows it

        async def scenario() -> None:
            window.show()
            console.show()
            fill(window, "https://chat.example.com", "alice", "pw")
            window.sign_in_button.click()
            await until(window.session_only_button.isVisible, what="offer")

        aloop.run_until_complete(asyncio.wait_for(scenario(), 20))
        QApplication.processEvents()
        translate = QCoreApplication.translate
        assert window.session_only_button.text() == translate("SignInWindow", "&Keep signed in for this session only")
        assert badge.text() == translate("SessionOnlyBadge", "Signed in for this session only")
        if language != "en":
            assert badge.text() != "Signed in for this session only"
        assert clipped_texts(window) == [] and clipped_texts(console) == []
        message = window.message  # the long reason is shown in full, above the offer
        assert message.height() >= message.heightForWidth(message.width())
        assert message.geometry().bottom() < window.session_only_button.geometry().top()
        dispose(window, console)


def make_settings(path: Path, kamailio: KamailioServer) -> Settings:
    settings = Settings.load(path, Policy())
    for name, value in (("sip.bind_address", "127.0.0.1"), ("sip.transport", "udp"),
                        ("sip.port", kamailio.udp_port)):
        settings.set(name, value)
    settings.save()
    return settings


def test_desktop_session_only_sign_in_registers_and_ends_on_quit(
        aloop: qasync.QEventLoop, tmp_path: Path, kamailio: KamailioServer, chat_server: Any,
        plaintext_only: RecordingPlaintextKeyring) -> None:
    """The phone as the agent gets it, with only a plaintext keyring: sign in for this session, registered with
    Kamailio, queue load read with the token from memory; after quit nothing is left and sign-in is asked again."""
    sip_password = kamailio.users[USER]
    user = chat_server.add_user("carol", "carol-Pw-9", extension=USER, sip_password=sip_password, queues=["sales"])
    holder: dict[str, DesktopApp] = {}
    seen: dict[str, Any] = {}

    async def scenario() -> None:
        app = DesktopApp(make_settings(tmp_path / "config.json", kamailio), f"softphone-so-{tmp_path.name[-12:]}",
                         history_path=tmp_path / "h.sqlite3", with_audio=False)
        holder["app"] = app
        await app.start()
        signin = app.signin
        assert isinstance(signin, SignInWindow) and signin.isVisible()
        fill(signin, chat_server.url, "carol", "carol-Pw-9")
        signin.sign_in_button.click()
        await until(signin.session_only_button.isVisible, timeout=10, what="the offer")
        assert chat_server.requests_to("login") == []
        signin.session_only_button.click()
        console = app.console
        await until(lambda: console.registration_state == "registered", timeout=15, what="registered")
        assert not signin.isVisible() and signin.password.text() == ""
        badge = app.session_only_badge
        assert badge is not None and badge.isVisible() and "this session only" in badge.text()
        await until(lambda: "sales" in console._queue_items, timeout=10, what="queue load via the memory token")
        assert app.session_secrets.get(sip_key(USER, kamailio.host)) == sip_password
        seen["token"] = app.session_secrets.get(chat_key(chat_server.url, user.user_id))
        await app.stop()
        assert app.session_secrets.get(sip_key(USER, kamailio.host)) is None  # gone with the session
        dispose(console)
        holder.pop("app")

        # the next start: the account is known (not secret), its secrets are not: sign in again
        again = DesktopApp(Settings.load(tmp_path / "config.json", Policy()), f"softphone-so2-{tmp_path.name[-12:]}",
                           history_path=tmp_path / "h.sqlite3", with_audio=False)
        holder["app"] = again
        await again.start()
        assert isinstance(again.signin, SignInWindow) and again.signin.isVisible()
        assert again.console.registration_state != "registered" and again.session_only_badge is None
        assert again.settings.get("account")["user"] == USER
        await again.stop()

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 60))
    finally:
        app = holder.get("app")
        if app is not None:
            if not app.session.stopped.is_set():
                aloop.run_until_complete(asyncio.wait_for(app.stop(), 20))
            dispose(app.console)
    token = seen["token"]
    assert token and token in chat_server.tokens
    # nothing written to a keyring (only looked for at start-up, refused before any read), nothing in a file
    assert [call for call in plaintext_only.calls if call[0] != "get"] == []
    assert plaintext_only.calls == []
    assert files_containing(tmp_path, "carol-Pw-9", sip_password, token) == []
