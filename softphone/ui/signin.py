"""The sign-in window: chat-server sign-in with two-factor step, or a manual SIP account (advanced). With no usable
keyring it offers to keep the sign-in for this session only (secrets in memory, forgotten on quit)."""

from __future__ import annotations

import asyncio
import itertools
from collections.abc import Callable, Coroutine
from typing import Any

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from softphone.core.desktop_ports import SettingsAccess
from softphone.core.signin import ManualAccount, SessionOnlySecrets, SignInResult, SignInService, SignInStatus
from softphone.ui.icons import icon


class SignInWindow(QDialog):
    """Emits ``signed_in(account)`` when an account is ready. Every network step runs on the asyncio loop.

    Texts are set in ``retranslate()`` (from the constructor and on every LanguageChange), so a language
    switch in the settings applies to an open window."""

    signed_in = Signal(str)

    PAGE_CREDENTIALS, PAGE_CODE, PAGE_MANUAL = 0, 1, 2

    def __init__(self, service: SignInService, settings: SettingsAccess, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.service = service
        self.settings = settings
        self._busy_task: asyncio.Future[SignInResult] | None = None
        # what the message line and the code hint say, as functions: re-worded on a language change
        self._message_source: Callable[[], str] | None = None
        self._code_hint_source: Callable[[], str] | None = None
        # the last request that keeps secrets: asked again, unchanged, when the agent keeps them for this session
        self._retry: Callable[[], None] | None = None
        self.session_only = False  # the agent chose to keep this sign-in in memory only
        self.setWindowIcon(icon("app"))
        self.setMinimumWidth(440)

        self.pages = QStackedWidget(self)
        self.pages.addWidget(self._credentials_page())
        self.pages.addWidget(self._code_page())
        self.pages.addWidget(self._manual_page())

        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)  # busy indicator
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.message = QLabel(self)
        self.message.setWordWrap(True)
        self.message.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByKeyboard
                                             | Qt.TextInteractionFlag.TextSelectableByMouse)
        # offered only after a "no-keyring" refusal, for the request that was refused
        self.session_only_button = QPushButton(self)
        self.session_only_button.clicked.connect(self.keep_for_session_only)
        self.session_only_button.hide()
        offer = QHBoxLayout()
        offer.addStretch(1)
        offer.addWidget(self.session_only_button)
        layout = QVBoxLayout(self)
        self.title = QLabel(self)
        self.title.setWordWrap(True)
        layout.addWidget(self.title)
        layout.addWidget(self.pages)
        layout.addWidget(self.progress)
        layout.addWidget(self.message)
        layout.addLayout(offer)
        self.retranslate()
        self._show_page(self.PAGE_CREDENTIALS)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setWindowTitle(self.tr("Sign in — Softphone"))
        self.setAccessibleName(self.tr("Sign in"))
        self.title.setText(self.tr("<h2>Sign in</h2>Use your chat-server account to set up the phone."))
        self.progress.setAccessibleName(self.tr("Signing in"))
        self.message.setAccessibleName(self.tr("Sign-in message"))
        self.session_only_button.setText(self.tr("&Keep signed in for this session only"))
        self.session_only_button.setAccessibleName(self.tr("Keep signed in for this session only"))
        self.session_only_button.setToolTip(self.tr("Nothing is saved: you sign in again after quitting the phone."))
        # credentials page
        self.server.setAccessibleName(self.tr("Server address"))
        self.server_managed.setText(self.tr("Managed by your organization"))
        self.server_managed.setAccessibleName(self.tr("Server address is managed by your organization"))
        if self.settings.is_locked("server_url"):
            self.server.setToolTip(self.tr("Managed by your organization"))
            self.server.setAccessibleDescription(self.tr("Managed by your organization"))
        self.user.setAccessibleName(self.tr("Username or e-mail"))
        self.password.setAccessibleName(self.tr("Password"))
        self.sign_in_button.setText(self.tr("&Sign in"))
        self.sign_in_button.setAccessibleName(self.tr("Sign in"))
        self.manual_button.setText(self.tr("Advanced: &manual SIP account…"))
        self.manual_button.setAccessibleName(self.tr("Advanced: manual SIP account"))
        self.server_label.setText(self.tr("Ser&ver:"))
        self.user_label.setText(self.tr("&Username or e-mail:"))
        self.password_label.setText(self.tr("&Password:"))
        # two-factor page
        self.code.setAccessibleName(self.tr("Two-factor code"))
        self.verify_button.setText(self.tr("&Verify"))
        self.verify_button.setAccessibleName(self.tr("Verify code"))
        self.resend_button.setText(self.tr("Send a new e-mail &code"))
        self.resend_button.setAccessibleName(self.tr("Send a new e-mail code"))
        self.back_button.setText(self.tr("&Back"))
        self.back_button.setAccessibleName(self.tr("Back to sign-in"))
        self.code_label.setText(self.tr("C&ode:"))
        # manual account page
        self.sip_uri.setAccessibleName(self.tr("SIP address"))
        self.sip_password.setAccessibleName(self.tr("SIP password"))
        self.transport.setAccessibleName(self.tr("Transport"))
        self.port.setSpecialValueText(self.tr("default"))
        self.port.setAccessibleName(self.tr("Port"))
        self.registrar.setAccessibleName(self.tr("Registrar host"))
        self.registrar.setPlaceholderText(self.tr("optional"))
        self.manual_save.setText(self.tr("&Use this account"))
        self.manual_save.setAccessibleName(self.tr("Use this account"))
        self.manual_back.setText(self.tr("&Back"))
        self.manual_back.setAccessibleName(self.tr("Back to sign-in"))
        self.sip_uri_label.setText(self.tr("SIP &address:"))
        self.sip_password_label.setText(self.tr("SIP pass&word:"))
        self.transport_label.setText(self.tr("&Transport:"))
        self.port_label.setText(self.tr("P&ort:"))
        self.registrar_label.setText(self.tr("&Registrar:"))
        if self._code_hint_source is not None:
            self.code_hint.setText(self._code_hint_source())
        if self._message_source is not None:
            self._set_message(self._message_source)

    # ---- pages ----

    def _credentials_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.server = QLineEdit(page)
        self.server.setPlaceholderText("https://chat.example.com")
        self.server.setText(str(self.settings.get("server_url") or ""))
        self.server_managed = QLabel(page)
        if self.settings.is_locked("server_url"):
            self.server.setEnabled(False)
        else:
            self.server_managed.hide()
        self.user = QLineEdit(page)
        self.password = QLineEdit(page)
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        # created in screen order (left to right), which is the Tab order
        self.manual_button = QPushButton(page)
        self.manual_button.clicked.connect(lambda: self._show_page(self.PAGE_MANUAL))
        self.sign_in_button = QPushButton(page)
        self.sign_in_button.setDefault(True)
        self.sign_in_button.clicked.connect(self.submit_credentials)
        self.server_label = QLabel(page)
        self.user_label = QLabel(page)
        self.password_label = QLabel(page)
        form.addRow(self.server_label, self.server)
        form.addRow("", self.server_managed)
        form.addRow(self.user_label, self.user)
        form.addRow(self.password_label, self.password)
        buttons = QHBoxLayout()
        buttons.addWidget(self.manual_button)
        buttons.addStretch(1)
        buttons.addWidget(self.sign_in_button)
        form.addRow(buttons)
        self._label_buddies(form)
        self._tab_order(self.server, self.user, self.password, self.manual_button, self.sign_in_button)
        return page

    def _code_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.code_hint = QLabel(page)
        self.code_hint.setWordWrap(True)
        self.code = QLineEdit(page)
        self.code.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.code.setMaxLength(16)
        self.back_button = QPushButton(page)
        self.back_button.clicked.connect(lambda: self._show_page(self.PAGE_CREDENTIALS))
        self.resend_button = QPushButton(page)
        self.resend_button.clicked.connect(self.resend)
        self.verify_button = QPushButton(page)
        self.verify_button.clicked.connect(self.submit_code)
        self.code_label = QLabel(page)
        form.addRow(self.code_hint)
        form.addRow(self.code_label, self.code)
        buttons = QHBoxLayout()
        buttons.addWidget(self.back_button)
        buttons.addWidget(self.resend_button)
        buttons.addStretch(1)
        buttons.addWidget(self.verify_button)
        form.addRow(buttons)
        self._label_buddies(form)
        self._tab_order(self.code, self.back_button, self.resend_button, self.verify_button)
        return page

    def _manual_page(self) -> QWidget:
        page = QWidget(self)
        form = QFormLayout(page)
        self.sip_uri = QLineEdit(page)
        self.sip_uri.setPlaceholderText("sip:1001@pbx.example.com")
        self.sip_password = QLineEdit(page)
        self.sip_password.setEchoMode(QLineEdit.EchoMode.Password)
        self.transport = QComboBox(page)
        self.transport.addItems(["udp", "tcp", "tls"])
        self.port = QSpinBox(page)
        self.port.setRange(0, 65535)
        self.registrar = QLineEdit(page)
        self.manual_back = QPushButton(page)
        self.manual_back.clicked.connect(lambda: self._show_page(self.PAGE_CREDENTIALS))
        self.manual_save = QPushButton(page)
        self.manual_save.clicked.connect(self.submit_manual)
        self.sip_uri_label = QLabel(page)
        self.sip_password_label = QLabel(page)
        self.transport_label = QLabel(page)
        self.port_label = QLabel(page)
        self.registrar_label = QLabel(page)
        form.addRow(self.sip_uri_label, self.sip_uri)
        form.addRow(self.sip_password_label, self.sip_password)
        form.addRow(self.transport_label, self.transport)
        form.addRow(self.port_label, self.port)
        form.addRow(self.registrar_label, self.registrar)
        buttons = QHBoxLayout()
        buttons.addWidget(self.manual_back)
        buttons.addStretch(1)
        buttons.addWidget(self.manual_save)
        form.addRow(buttons)
        self._label_buddies(form)
        self._tab_order(self.sip_uri, self.sip_password, self.transport, self.port, self.registrar,
                        self.manual_back, self.manual_save)
        return page

    @staticmethod
    def _tab_order(*widgets: QWidget) -> None:
        """Tab follows the screen: top to bottom, left to right."""
        for before, after in itertools.pairwise(widgets):
            QWidget.setTabOrder(before, after)

    @staticmethod
    def _label_buddies(form: QFormLayout) -> None:
        for row in range(form.rowCount()):
            label = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            label_widget = label.widget() if label is not None else None
            field_widget = field.widget() if field is not None else None
            if isinstance(label_widget, QLabel) and field_widget is not None:
                label_widget.setBuddy(field_widget)

    def _show_page(self, index: int) -> None:
        self.pages.setCurrentIndex(index)
        self._hide_offer()
        self._message_source = None
        self.message.clear()
        default = {self.PAGE_CREDENTIALS: self.sign_in_button, self.PAGE_CODE: self.verify_button,
                   self.PAGE_MANUAL: self.manual_save}[index]
        for button in (self.sign_in_button, self.verify_button, self.manual_save):
            button.setDefault(button is default)
        focus = {self.PAGE_CREDENTIALS: self.user if self.server.text() else self.server,
                 self.PAGE_CODE: self.code, self.PAGE_MANUAL: self.sip_uri}[index]
        focus.setFocus()

    # ---- actions ----

    def _set_message(self, source: Callable[[], str]) -> None:
        """Show ``source()``; kept as a function so a language change re-words it."""
        self._message_source = source
        text = source()
        self.message.setText(text)
        self.message.setAccessibleDescription(text)
        self._fit_height()

    def _fit_height(self) -> None:
        """Grow to show a long message (a reason with its technical detail) and the offer below it in full: a
        shown window does not follow its word-wrapped label's height by itself."""
        if not self.isVisible():
            return
        layout = self.layout()
        if layout is not None:
            layout.activate()
        needed = self.heightForWidth(self.width())
        if needed > self.height():
            self.resize(self.width(), needed)

    def _error(self, source: Callable[[], str]) -> None:
        self._set_message(source)

    def submit_credentials(self) -> None:
        server, user, password = self.server.text().strip(), self.user.text().strip(), self.password.text()
        if not server:
            self._error(lambda: self.tr("Enter the address of your chat server, e.g. https://chat.example.com."))
            return
        if not user or not password:
            self._error(lambda: self.tr("Enter your username (or e-mail) and your password."))
            return
        self._retry = self.submit_credentials
        self._run(self.service.sign_in(server, user, password), self._credentials_done)

    def submit_code(self) -> None:
        code = self.code.text().strip()
        if not code:
            self._error(lambda: self.tr("Enter the code."))
            return
        self._retry = self.submit_code
        self._run(self.service.sign_in(self.server.text().strip(), self.user.text().strip(), self.password.text(),
                                       code), self._credentials_done)

    def resend(self) -> None:
        self._run(self.service.resend_code(self.server.text().strip(), self.user.text().strip(),
                                           self.password.text()), self._resend_done)

    def submit_manual(self) -> None:
        uri = self.sip_uri.text().strip()
        if not uri.lower().startswith(("sip:", "sips:")) or "@" not in uri:
            self._error(lambda: self.tr("Enter the SIP address as sip:USER@DOMAIN."))
            return
        if not self.sip_password.text():
            self._error(lambda: self.tr("Enter the SIP password."))
            return
        account = ManualAccount(sip_uri=uri, password=self.sip_password.text(), transport=self.transport.currentText(),
                                port=self.port.value(), registrar=self.registrar.text().strip())
        self._retry = self.submit_manual
        self._run(self.service.set_manual_account(account), self._credentials_done)

    def keep_for_session_only(self) -> None:
        """The agent agreed: keep the secrets in memory for this session and ask again with what was entered."""
        retry = self._retry
        if retry is None or not isinstance(self.service, SessionOnlySecrets):
            return
        self.service.keep_secrets_for_session_only()
        self.session_only = True
        self._hide_offer()
        retry()

    def _offer_session_only(self) -> None:
        if self._retry is not None and isinstance(self.service, SessionOnlySecrets):
            self.session_only_button.show()
            self._fit_height()

    def _hide_offer(self) -> None:
        self.session_only_button.hide()

    def _forget_entries(self) -> None:
        """Signed in: the passwords and code typed here are not needed any more (the store has what it keeps)."""
        for field in (self.password, self.code, self.sip_password):
            field.clear()

    def _run(self, coro: Coroutine[Any, Any, SignInResult], done: Callable[[SignInResult], None]) -> None:
        if self._busy_task is not None and not self._busy_task.done():
            coro.close()  # never awaited: no "coroutine was never awaited" warning
            return  # one request at a time: a double Enter must not sign in twice
        self._hide_offer()
        self._set_busy(True)
        task: asyncio.Future[SignInResult] = asyncio.ensure_future(coro)
        self._busy_task = task

        def finished(fut: asyncio.Future[SignInResult]) -> None:
            self._set_busy(False)
            if fut.cancelled():
                return
            exc = fut.exception()
            if exc is not None:
                detail = str(exc)
                self._error(lambda: self.tr("Something went wrong: %1").replace("%1", detail))
                return
            done(fut.result())

        task.add_done_callback(finished)

    def _set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        self.pages.setEnabled(not busy)
        if busy:
            self._set_message(lambda: self.tr("Signing in…"))

    def _credentials_done(self, result: SignInResult) -> None:
        if result.status is SignInStatus.OK:
            self._forget_entries()
            if self.session_only:
                self._set_message(lambda: self.tr("Signed in for this session only."))
            else:
                self._set_message(lambda: self.tr("Signed in."))
            self.signed_in.emit(result.account)
            self.accept()
        elif result.status is SignInStatus.NEEDS_CODE:
            self._ask_code(result)
        else:
            self._error(lambda: self._wording(result))
            if result.code == "no-keyring":
                self._offer_session_only()

    def _resend_done(self, result: SignInResult) -> None:
        if result.status is SignInStatus.ERROR:
            self._error(lambda: self._wording(result))
        else:
            self._ask_code(result)
            self._set_message(lambda: self.tr("A new code is on its way. Check your e-mail."))

    def _ask_code(self, result: SignInResult) -> None:
        was_on_code_page = self.pages.currentIndex() == self.PAGE_CODE
        if result.method == "email":
            where = result.email or self.user.text().strip()
            self._code_hint_source = lambda: (
                self.tr("We sent a code to the e-mail address of %1. Enter it here.").replace("%1", where))
            self.resend_button.show()
        else:
            self._code_hint_source = lambda: self.tr("Enter the code from your authenticator app.")
            self.resend_button.hide()
        self.code_hint.setText(self._code_hint_source())
        self._show_page(self.PAGE_CODE)
        self.code.clear()
        if was_on_code_page:
            self._error(lambda: self.tr("That code was not accepted. Check it and try again."))

    def _wording(self, result: SignInResult) -> str:
        known = {
            "bad-credentials": self.tr("The username or password is not right. Check them and try again."),
            "totp-invalid": self.tr("That code was not accepted. Check it and try again."),
            "totp-max-attempts": self.tr("Too many wrong codes. Wait a few minutes, then sign in again."),
            "rate-limited": self.tr("The server asks us to slow down. Try again in a minute."),
            "network": self.tr("The server cannot be reached. Check the address and your network."),
            "connection-refused": self.tr("The server cannot be reached. Check the address and your network."),
            "dns": self.tr("That server name cannot be found. Check the address."),
            "timeout": self.tr("The server did not answer in time. Try again."),
            "certificate": self.tr("The server's certificate cannot be trusted. Ask your IT department."),
            "invalid-url": self.tr("That is not a valid server address. It looks like https://chat.example.com."),
            "insecure-http": self.tr("The address must start with https://."),
            "no-extension": self.tr("Your account has no phone extension yet. Ask your administrator."),
            "voip-disabled": self.tr("Phone calls are switched off on this server. Ask your administrator."),
            "keyring": self.tr("The password could not be stored in your system's keyring. Unlock it and try again."),
            "no-keyring": self.tr("There is no secure keyring on this computer, so the phone will not save your "
                                  "sign-in. You can keep it for this session only: it is forgotten when you quit."),
        }
        text = known.get(result.code, result.message or self.tr("Signing in failed."))
        if result.message and result.code in ("network", "certificate", "keyring", "no-keyring"):
            text = f"{text}\n{result.message}"
        return text


class SessionOnlyBadge(QLabel):
    """A quiet line for the console's status bar: this sign-in is kept in memory only (no usable keyring) and is
    gone when the phone quits."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setText(self.tr("Signed in for this session only"))
        why = self.tr("No secure keyring is available: your sign-in is kept in memory and forgotten when you quit "
                      "the phone.")
        self.setToolTip(why)
        self.setAccessibleName(self.tr("Signed in for this session only"))
        self.setAccessibleDescription(why)
