"""`softphone` / `softphone run`: the desktop app. Composition root for the GUI: QApplication + qasync loop,
settings, engine, audio, session, the Qt bridge, history, sign-in and the single-instance server.

Order matters (DESIGN.md 8): every view is connected to the bridge before the engine starts.
"""

from __future__ import annotations

import argparse
import asyncio
import hashlib
import importlib
import logging
import signal
import sys
from collections.abc import Awaitable, Callable
from pathlib import Path
from typing import Any

from softphone.cli import wiring
from softphone.config import SettingError, Settings, paths
from softphone.core.desktop_ports import MicCheck
from softphone.core.signin import ManualAccount, SignInResult

log = logging.getLogger("softphone.gui")


def instance_name(profile: str) -> str:
    """The local-socket name of the running phone for this profile (one phone per profile)."""
    digest = hashlib.sha256(profile.encode("utf-8")).hexdigest()[:16]
    return f"softphone-{digest}"


class SettingsAdapter:
    """core.desktop_ports.SettingsAccess on config.Settings: every change is saved at once."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings

    def get(self, name: str) -> Any:
        return self.settings.get(name)

    def is_locked(self, name: str) -> bool:
        return self.settings.is_locked(name)

    def set(self, name: str, value: Any) -> None:
        try:
            self.settings.set(name, value)
            self.settings.save()
        except SettingError as exc:
            raise ValueError(str(exc)) from None


class SignInAdapter:
    """core.signin.SignInService (and SessionOnlySecrets) on provisioning/ (chat server) and secrets/ (keyring), run
    on the loop; keyring calls go to an executor.

    ``store_factory`` opens the keyring store (default ``KeyringSecretStore``; it raises NoUsableKeyringError when
    only a plaintext or failing backend exists). After ``keep_secrets_for_session_only()`` (the agent agreed) the
    secrets go to ``memory_store`` instead, which the phone then uses for this session."""

    def __init__(self, settings: Settings, store_factory: Callable[[], Any] | None = None) -> None:
        self.settings = settings
        self._store_factory = store_factory
        self.memory_store: Any = None  # secrets.MemorySecretStore once the agent chose "this session only"

    def keep_secrets_for_session_only(self) -> None:
        from softphone.secrets.store import MemorySecretStore

        if self.memory_store is None:
            self.memory_store = MemorySecretStore()

    async def _store(self) -> Any:
        """The store for the secrets; the keyring is opened (and refused, when unusable) before anything is sent."""
        if self.memory_store is not None:
            return self.memory_store
        factory = self._store_factory
        if factory is None:
            from softphone.secrets.store import KeyringSecretStore

            factory = KeyringSecretStore
        return await asyncio.get_running_loop().run_in_executor(None, factory)

    def _client(self, server: str) -> Any:
        from softphone.provisioning.client import ChatServerClient

        return ChatServerClient(server, allow_http=bool(self.settings.get("allow_http")) or server.startswith(
            ("http://127.", "http://localhost")), ca_file=self.settings.get("ca_file") or "")

    @staticmethod
    def _error(exc: BaseException) -> SignInResult:
        from softphone.provisioning import errors as perr

        if isinstance(exc, perr.TwoFactorRequired):
            return SignInResult.needs_code(exc.method, exc.email_or_username)
        if isinstance(exc, perr.RateLimitedError):
            return SignInResult.error(exc.code, exc.message, exc.wait_seconds)
        if isinstance(exc, perr.ProvisioningError):
            return SignInResult.error(exc.code, exc.message)
        from softphone.secrets.store import NoUsableKeyringError, SecretStoreError

        if isinstance(exc, NoUsableKeyringError):  # nothing the agent can unlock: the window offers memory
            return SignInResult.error("no-keyring", str(exc))
        if isinstance(exc, SecretStoreError):  # locked or failing: the agent (or IT) can fix the keyring
            return SignInResult.error("keyring", str(exc))
        log.exception("sign-in failed", exc_info=exc)
        return SignInResult.error("internal", str(exc))

    async def sign_in(self, server: str, user: str, password: str, code: str | None = None) -> SignInResult:
        return await self._sign_in(server, lambda client: client.login_password(user, password, code or None))

    async def resend_code(self, server: str, user: str, password: str) -> SignInResult:
        try:
            async with self._client(server) as client:
                await client.send_email_code(user)
        except Exception as exc:
            return self._error(exc)
        return SignInResult.needs_code("email", user)

    async def sign_in_with_token(self, server: str, user_id: str, token: str) -> SignInResult:
        return await self._sign_in(server, lambda client: client.login_pat(user_id, token))

    async def _sign_in(self, server: str, log_in: Callable[[Any], Awaitable[Any]]) -> SignInResult:
        """Log in (password or personal access token), fetch the SIP identity, keep both (keyring + settings)."""
        from softphone.cli import account_cmds

        loop = asyncio.get_running_loop()
        try:
            store = await self._store()
            async with self._client(server) as client:
                chat = await log_in(client)
                identity = await client.registration_info(chat)
            args = argparse.Namespace(allow_http=server.startswith("http://"), ca_file=None)
            await loop.run_in_executor(None, lambda: account_cmds.store_session(
                self.settings, store, chat, identity, server_changed=True, args=args))
        except Exception as exc:
            return self._error(exc)
        return SignInResult.ok(f"sip:{identity.extension}@{identity.host}")

    async def set_manual_account(self, account: ManualAccount) -> SignInResult:
        from softphone.secrets.store import sip_key

        uri = account.sip_uri.split(":", 1)[1]
        user, _, domain = uri.partition("@")
        value = {"user": user, "domain": domain, "transport": account.transport, "port": account.port,
                 "registrar": account.registrar, "auth_user": account.auth_user,
                 "display_name": account.display_name, "source": "manual"}
        loop = asyncio.get_running_loop()
        try:
            self.settings.set("account", value)
            store = await self._store()
            await loop.run_in_executor(None, store.set, sip_key(user, domain), account.password)
            self.settings.save()
        except SettingError as exc:
            return SignInResult.error("invalid", str(exc))
        except Exception as exc:
            return self._error(exc)
        return SignInResult.ok(f"sip:{user}@{domain}")

    async def has_account(self) -> bool:
        return bool(self.settings.get("account"))


class _RunningMeter:
    """core.desktop_ports.LevelMeter on audio/tools.LevelMeter."""

    def __init__(self, meter: Any) -> None:
        self.meter = meter

    @property
    def level_db(self) -> float:
        return float(self.meter.level_db)

    async def stop(self) -> None:
        await asyncio.get_running_loop().run_in_executor(None, self.meter.stop)


class AudioToolsAdapter:
    """core.desktop_ports.AudioControl on the SoundService and audio/tools.py. Opening and playing sound blocks
    (a first open can stall ~2 s, DESIGN.md 8), so all of it runs in an executor, never on the UI thread."""

    def __init__(self, service: Any) -> None:
        self.service = service

    async def select(self, choices: dict[str, str]) -> None:
        await asyncio.get_running_loop().run_in_executor(None, lambda: self.service.select(**choices))

    async def test_speaker(self, identity: str) -> None:
        from softphone.audio import tools

        await asyncio.get_running_loop().run_in_executor(None, tools.play_test_tone, identity)

    async def test_microphone(self, input_identity: str, output_identity: str) -> MicCheck:
        from softphone.audio import tools

        result = await asyncio.get_running_loop().run_in_executor(
            None, tools.microphone_test, input_identity, output_identity, 3.0)
        return MicCheck(seconds=result.seconds, peak_db=result.peak_db, heard=result.heard)

    async def level_meter(self, identity: str) -> _RunningMeter:
        from softphone.audio import tools

        meter = tools.LevelMeter(identity)
        await asyncio.get_running_loop().run_in_executor(None, meter.start)
        return _RunningMeter(meter)


async def _load_account(settings: Settings, store: asyncio.Future[Any] | None = None) -> tuple[Any, str | None, str]:
    from softphone.cli.headless_run import _load_account as load

    return await load(settings, store)


def build_desktop_audio(settings: Settings, loop: asyncio.AbstractEventLoop | None = None) -> tuple[Any, str]:
    """The sound service and "", or None and why not (no sound server or library: calls still connect, silently).
    Safe on a worker thread (``loop`` owns the settings)."""
    try:
        from softphone.cli.audio_wiring import build_audio

        return build_audio(settings, loop), ""
    except Exception as exc:
        log.warning("audio unavailable: %s", exc)
        return None, str(exc) or type(exc).__name__


class DesktopApp:
    """The desktop phone put together: engine, audio, session, history, the Qt bridge, the console and the
    single-instance server. ``start()`` wires everything before the engine starts (DESIGN.md 8); ``stop()``
    shuts down in order. Tests drive the same object the user gets."""

    def __init__(self, settings: Settings, server_name: str, *, history_path: Any = None,
                 popup_guard: float | None = None, with_audio: bool = True, audio: tuple[Any, str] | None = None,
                 secret_store: asyncio.Future[Any] | None = None) -> None:
        """``audio``: a ``build_desktop_audio`` result already made (default: built here when ``with_audio``);
        ``secret_store``: an ``open_secret_store`` under way, for the account at start (default: opened then)."""
        from softphone.core.session import Session
        from softphone.engine import PjsuaEngine
        from softphone.history import HistoryStore
        from softphone.ui.bridge import SessionAgentControl, SessionBridge
        from softphone.ui.console import ConsoleWindow
        from softphone.ui.single_instance import InstanceServer

        self.settings = settings
        loop = asyncio.get_running_loop()
        self.engine = PjsuaEngine(wiring.engine_options(settings), loop)
        from softphone.cli.video_desktop import DesktopVideo, install_desktop_video

        self.settings_access = SettingsAdapter(settings)
        # before the engine starts: capabilities report video
        installed = install_desktop_video(self.engine, self.settings_access, loop)
        self.video = installed[0] if installed is not None else None  # the engine's video hooks
        self.audio: Any = None
        self.audio_problem = ""
        if audio is not None:
            self.audio, self.audio_problem = audio
        elif with_audio:
            self.audio, self.audio_problem = build_desktop_audio(settings, loop)
        self._secret_store = secret_store
        self.session = Session(engine=self.engine, config=wiring.session_config(settings), audio=self.audio)
        from softphone.history import open_history

        store, self.history_problem = open_history(history_path or paths.history_path())
        # locked by another program: keep this session's calls in memory so the window still works
        self.history = store if store is not None else HistoryStore(Path(":memory:"))
        self.session.subscribe(self.history.on_event)  # before the bridge: views refresh from an up-to-date store
        self.credential_refresher = wiring.CredentialRefresher(self.session, settings)
        self.session.subscribe(self.credential_refresher.on_event)
        self.session.subscribe(wiring.SipPortMemory().on_event)
        self.bridge = SessionBridge(self.session, SessionAgentControl(self.session))
        self.audio_tools = AudioToolsAdapter(self.audio) if self.audio is not None else None
        self.video_control = DesktopVideo(self.engine, self.session, installed[0], installed[1], installed[2],
                                          self.settings_access) if installed is not None else None
        self.console = ConsoleWindow(self.bridge, self.settings_access, self.history, popup_guard=popup_guard,
                                     audio=self.audio_tools, video=self.video_control)
        if self.video_control is not None:
            self.console.settings_saved.connect(self.video_control.apply_settings)
        if self.audio is not None:  # after the console is wired to the bridge: the first event is not lost
            from softphone.cli.audio_wiring import feed_devices

            feed_devices(self.session, self.audio, loop)
        self.console.language_changed.connect(self.apply_language)
        self.console.settings_saved.connect(self.apply_start_at_login)
        self.instance = InstanceServer(server_name)
        self.instance.raise_requested.connect(self.console.bring_forward)
        self.instance.dial_requested.connect(self.console.handle_dial_link)
        self.done = asyncio.Event()
        self.console.quit_requested.connect(self.done.set)
        self.signin: Any = None
        self.queue_refresh: Any = None  # core.queue_refresh.QueueRefresher for a chat-server account
        # a session-only sign-in's secrets (no usable keyring, the agent agreed): only in this process, never saved
        self.session_secrets: Any = None
        self.session_only_badge: Any = None

    def apply_language(self, language: str) -> None:
        from PySide6.QtWidgets import QApplication

        from softphone.ui.i18n import install_translator

        app = QApplication.instance()
        if app is not None:
            install_translator(app, language)

    def apply_start_at_login(self) -> None:
        from softphone.ui.autostart import set_start_at_login

        try:
            set_start_at_login(bool(self.settings.get("ui.start_at_login")))
        except OSError as exc:
            self.console.show_notice(str(exc))

    async def start(self, *, minimized: bool = False, uri: str | None = None) -> None:
        from PySide6.QtCore import QCoreApplication

        from softphone.ui.signin import SignInWindow

        if not self.instance.listen():
            log.warning("single-instance server could not listen on %s", self.instance.server_name)
        for warning in self.settings.warnings:
            self.console.show_notice(warning)
        if self.history_problem:
            self.console.show_notice(self.history_problem)
        if self.audio_problem:
            problem = self.audio_problem
            self.console.show_notice(lambda: QCoreApplication.translate(
                "DesktopApp", "No sound: the sound system cannot be used (%1). Calls connect, but you will not "
                "hear them. Start the sound system (PulseAudio or PipeWire) and restart the phone.")
                .replace("%1", problem))
        # wired: now start the engine
        account, password, _problem = await _load_account(self.settings, self._secret_store)
        self._secret_store = None  # used once: a later sign-in reads the keyring afresh
        await self.session.start(account if password else None, password)
        await self._refresh_queues(account if password else None)
        if minimized or self.settings.get("ui.start_minimized"):
            self.console.showMinimized()
        else:
            self.console.show()
        if account is None or not password:
            adapter = SignInAdapter(self.settings)
            self.signin = SignInWindow(adapter, self.settings_access, self.console)

            async def after_sign_in() -> None:
                store: asyncio.Future[Any] | None = None
                if adapter.memory_store is not None:
                    self._keep_session_secrets(adapter.memory_store)
                    store = asyncio.get_running_loop().create_future()
                    store.set_result(adapter.memory_store)
                found, pw, why = await _load_account(self.settings, store)
                if found is not None and pw:
                    await self.session.register(found, pw)
                    await self._refresh_queues(found)
                else:
                    self.console.show_notice(why or QCoreApplication.translate("SignInWindow",
                                                                               "No phone account after sign-in."))

            self.signin.signed_in.connect(lambda _account: asyncio.ensure_future(after_sign_in()))
            self.signin.open()
        if uri:
            self.console.handle_dial_link(uri)

    def _keep_session_secrets(self, store: Any) -> None:
        """Secrets in memory for this session: the refresher and the queue source read them there, and the status
        bar says the sign-in ends when the phone quits."""
        from softphone.ui.signin import SessionOnlyBadge

        self.session_secrets = store
        self.credential_refresher.secrets = store
        if self.session_only_badge is None:
            self.session_only_badge = SessionOnlyBadge(self.console)
            self.console.statusBar().addPermanentWidget(self.session_only_badge)

    async def _refresh_queues(self, account: Any) -> None:
        """Queue load from the chat server for a chat-server account (replacing an earlier refresher)."""
        if self.queue_refresh is not None:
            await self.queue_refresh.stop()
            self.queue_refresh = None
        if account is None or account.source != "chat-server":  # only those have a queue source
            return
        # imported on a worker thread (the chat server's clients: about 0.1 s of CPU), not on the UI thread
        queue_source = await asyncio.get_running_loop().run_in_executor(
            None, importlib.import_module, "softphone.cli.queue_source")
        self.queue_refresh = queue_source.start_queue_refresh(self.session, self.settings, account,
                                                              self.session_secrets)

    async def stop(self) -> None:
        self.console.hide()
        self.instance.close()
        await self.session.stop()
        if self.video_control is not None:
            self.video_control.close()
        if self.queue_refresh is not None:
            await self.queue_refresh.stop()
        if self.audio is not None:
            await asyncio.get_running_loop().run_in_executor(None, self.audio.close)
        self.history.close()
        if self.session_secrets is not None:
            self.session_secrets.clear()  # a session-only sign-in ends here


def quit_on_signals(loop: asyncio.AbstractEventLoop, quit_app: Callable[[], None]) -> None:
    """SIGTERM (the desktop session ending, `kill`, a service manager), SIGINT (Ctrl-C in a terminal) and SIGHUP
    (the terminal closed) quit the way the Quit menu does: calls hung up, the registration removed, history
    closed. Dying instead would leave the PBX ringing a dead contact until the registration expires."""
    from softphone.cli.headless_run import add_quit_handlers

    for sig in add_quit_handlers(loop, quit_app):  # Windows: plain handlers, the loop has none
        signal.signal(sig, lambda *_: loop.call_soon_threadsafe(quit_app))


async def gui_main(app: Any, args: argparse.Namespace, settings: Settings, server_name: str,
                   collector: Any = None) -> int:
    from softphone.cli.headless_run import open_secret_store
    from softphone.ui.i18n import install_translator

    loop = asyncio.get_running_loop()
    # the slow waits of start-up (sound server, keyring over D-Bus) run on worker threads while the UI thread loads
    # the engine and the window's code
    audio = loop.run_in_executor(None, build_desktop_audio, settings, loop)
    store = loop.run_in_executor(None, open_secret_store)
    install_translator(app, str(settings.get("ui.language") or ""))  # before any window is built
    import softphone.cli.video_desktop  # noqa: F401
    import softphone.engine  # noqa: F401
    import softphone.ui.console  # noqa: F401

    desktop = DesktopApp(settings, server_name, audio=await audio, secret_store=store)
    quit_on_signals(loop, desktop.done.set)
    await desktop.start(minimized=bool(args.minimized), uri=getattr(args, "uri", None))
    if collector is not None:
        collector.settle()  # start-up objects out of the collector's way: no long pauses later
    await desktop.done.wait()
    await desktop.stop()
    return 0


def run_gui(args: argparse.Namespace) -> int:
    wiring.setup_logging(args.debug)
    from PySide6.QtWidgets import QApplication

    from softphone.ui.single_instance import hand_over

    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setApplicationName("softphone")
    app.setQuitOnLastWindowClosed(False)  # the tray keeps the phone running
    server_name = instance_name(str(paths.profile_dir()))
    uri = getattr(args, "uri", None)
    if hand_over(server_name, {"dial": uri} if uri else {"raise": "1"}):
        return 0  # the running phone took it
    try:
        settings = Settings.load()
    except SettingError as exc:
        print(f"softphone: {exc}", file=sys.stderr)
        return 1
    import qasync

    from softphone.ui.gc_guard import MainThreadCollector

    collector = MainThreadCollector()  # Qt objects must never be garbage-collected on an executor thread
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return int(loop.run_until_complete(gui_main(app, args, settings, server_name, collector)))
    finally:
        collector.stop()
