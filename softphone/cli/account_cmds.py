"""`softphone login | logout | status | account`, and the account loader the phone uses at start.

Secrets (SIP password, chat-server token) go only to the secret store; the config file keeps who and where.
Exit codes: 0 ok, 1 a problem explained in one line on stderr, 2 usage.
"""

from __future__ import annotations

import argparse
import asyncio
import getpass
import logging
import re
import sys
from typing import Any

from softphone.cli import wiring
from softphone.cli.i18n import Cli, fill, translating
from softphone.config import SettingError, Settings
from softphone.core.models import AccountSpec, SipIdentity
from softphone.core.ports import SecretStore
from softphone.provisioning import ChatServerClient, ChatSession, ProvisioningError, normalize_server_url
from softphone.provisioning import errors as perr
from softphone.secrets import (
    KeyringSecretStore,
    NoUsableKeyringError,
    SecretStoreError,
    chat_key,
    sip_key,
)
from softphone.secrets.store import SESSION_ONLY_HINT

log = logging.getLogger(__name__)

SIP_URI = re.compile(r"^sips?:(?P<user>[^@\s:;]+)@(?P<host>\[[0-9a-fA-F:.]+\]|[A-Za-z0-9.-]+)(?::(?P<port>\d{1,5}))?$")
START_TIMEOUT = 5.0  # s: the phone must start even when the chat server is slow


class UserError(Exception):
    """A one-line message for stderr, exit code 1 (or ``code``)."""

    def __init__(self, message: str, code: int = 1) -> None:
        super().__init__(message)
        self.code = code


def _fail(message: str, code: int = 1) -> int:
    print(f"softphone: {message}", file=sys.stderr)
    return code


def _warn(message: str) -> None:
    print("softphone: " + fill(Cli.tr("warning: %1"), message), file=sys.stderr)


def _load_settings() -> Settings:
    settings = Settings.load()
    for warning in settings.warnings:
        _warn(warning)
    return settings


def _open_store() -> KeyringSecretStore:
    try:
        return KeyringSecretStore()
    except NoUsableKeyringError as exc:
        raise UserError(fill(Cli.tr("nothing was stored. %1 (The window version can keep it for this "
                                    "session only.)"), _no_keyring_reason(exc))) from None


def _no_keyring_reason(exc: NoUsableKeyringError) -> str:
    """The keyring's problem without its hint about the desktop app (the command line says its own, translated,
    or nothing where a session-only sign-in does not apply)."""
    return str(exc).replace(SESSION_ONLY_HINT, "")


def _read_stdin_line(missing: str) -> str:
    """One line from stdin; ``missing`` is the message when there is none."""
    line = sys.stdin.readline()
    value = line.rstrip("\r\n")
    if not value:
        raise UserError(missing, code=2)
    return value


def chat_problem(exc: ProvisioningError) -> str:
    """The chat server's problem for a person. In English the adapter's own sentence (it carries the detail); in
    another language our wording of its code, followed by the adapter's sentence where its detail (host, HTTP
    status, CA file) is what IT needs."""
    if not translating():
        return str(exc)
    if isinstance(exc, perr.TwoFactorRequired):
        if exc.method != "email":
            return Cli.tr("Enter the 6-digit code from your authenticator app.")
        if exc.code_generated:
            return Cli.tr("A sign-in code was e-mailed to you; enter it.")
        return Cli.tr("Enter the sign-in code from your e-mail (ask for a new one if it did not arrive).")
    known = {
        "bad-credentials": Cli.tr("The username/e-mail or password is wrong."),
        "totp-invalid": Cli.tr("That code is wrong or has expired. Try again with a new code."),
        "totp-max-attempts": Cli.tr("Too many wrong codes: sign-in is blocked for now. Wait a while and try again, "
                                    "or ask IT to unlock your account."),
        "sign-in-required": Cli.tr("Your sign-in has expired or was revoked. Please sign in again."),
        "rate-limited": Cli.tr("The chat server asks us to slow down. Try again in a minute."),
        "no-extension": Cli.tr("No phone extension is assigned to your chat-server account. Ask IT."),
        "voip-disabled": Cli.tr("Voice calls are turned off on this chat server. Ask IT."),
        "license": Cli.tr("Phone calls need an enterprise licence on this chat server. Ask IT."),
        "pbx-unreachable": Cli.tr("The chat server cannot reach the phone system (PBX) right now. Try again later."),
        "insecure-http": Cli.tr("The chat-server address must start with https://."),
    }
    detailed = {
        "invalid-url": Cli.tr("That is not a valid chat-server address."),
        "certificate": Cli.tr("The chat server's certificate cannot be trusted. Ask your IT department."),
        "timeout": Cli.tr("The chat server did not answer in time. Try again."),
        "connection-refused": Cli.tr("The chat server cannot be reached. Check the address and your network."),
        "network": Cli.tr("The chat server cannot be reached. Check the address and your network."),
        "dns": Cli.tr("The chat-server name cannot be found. Check the address."),
    }
    if exc.code in known:
        return known[exc.code]
    if exc.code in detailed:
        return f"{detailed[exc.code]} ({exc})"
    return str(exc)  # rare server answers: the adapter's English sentence


def _guarded(func: Any) -> Any:
    def wrapper(args: argparse.Namespace) -> int:
        try:
            return int(func(args))
        except UserError as exc:
            return _fail(str(exc), exc.code)
        except ProvisioningError as exc:
            return _fail(chat_problem(exc))
        except (SecretStoreError, SettingError) as exc:
            return _fail(str(exc))

    wrapper.__name__ = func.__name__
    wrapper.__doc__ = func.__doc__
    return wrapper


# -- login -----------------------------------------------------------------------------------------------------------
def _server_settings(args: argparse.Namespace, settings: Settings) -> tuple[str, bool, str]:
    allow_http = bool(getattr(args, "allow_http", False))
    if allow_http and settings.is_locked("allow_http") and not settings.get("allow_http"):
        raise UserError(Cli.tr("plain http is switched off by your IT department (allow_http is locked)."))
    allow_http = allow_http or bool(settings.get("allow_http"))
    server = settings.get("server_url")
    if getattr(args, "server", None):
        wanted = normalize_server_url(args.server, allow_http=allow_http)
        if settings.is_locked("server_url") and server and wanted != server:
            raise UserError(fill(Cli.tr("the chat server is set by your IT department (%1) and cannot be "
                                        "changed."), server))
        server = wanted
    if not server:
        raise UserError(Cli.tr("no chat server is set: use --server https://chat.example.com"), code=2)
    ca_file = getattr(args, "ca_file", None) or settings.get("ca_file")
    if getattr(args, "ca_file", None) and settings.is_locked("ca_file") and args.ca_file != settings.get("ca_file"):
        raise UserError(Cli.tr("the CA file is set by your IT department (ca_file is locked)."))
    return normalize_server_url(server, allow_http=allow_http), allow_http, ca_file


def _interactive() -> bool:
    return sys.stdin.isatty()


def _print_wait(seconds: float, route: str) -> None:
    print(fill(Cli.tr("The chat server asks us to wait %1 s before trying again..."), f"{seconds:.0f}"),
          file=sys.stderr)


@_guarded
def login(args: argparse.Namespace) -> int:
    """Sign in, fetch the SIP identity, store both secrets in the keyring."""
    settings = _load_settings()
    server, allow_http, ca_file = _server_settings(args, settings)
    if args.password_stdin and args.token_stdin:
        raise UserError(Cli.tr("use either --password-stdin or --token-stdin, not both"), code=2)
    if args.token_stdin and not args.user_id:
        raise UserError(Cli.tr("--token-stdin needs --user-id (personal access token sign-in)"), code=2)
    if args.send_email_code:
        user = args.user or (input(Cli.tr("Username or e-mail: ")).strip() if _interactive() else "")
        if not user:
            raise UserError(Cli.tr("--send-email-code needs --user"), code=2)
        asyncio.run(_send_code(server, allow_http, ca_file, user))
        print(Cli.tr("If the account uses e-mail codes, a new code is on its way. Sign in with --totp CODE."))
        return 0
    store = _open_store()  # refuse before anything is sent: a secret we cannot keep is useless
    if args.user_id:
        token = _read_stdin_line(Cli.tr("no personal access token on standard input")) \
            if args.token_stdin else (getpass.getpass(Cli.tr("Personal access token: "))
                                      if _interactive() else "")
        if not token:
            raise UserError(Cli.tr("personal access token sign-in needs --token-stdin"), code=2)
        creds: dict[str, str] = {"user_id": args.user_id, "token": token}
    else:
        user = args.user or (input(Cli.tr("Username or e-mail: ")).strip() if _interactive() else "")
        if not user:
            raise UserError(Cli.tr("--user is required (username or e-mail)"), code=2)
        if args.password_stdin:
            password = _read_stdin_line(Cli.tr("no password on standard input"))
        elif _interactive():
            password = getpass.getpass(fill(Cli.tr("Password for %1: "), user))
        else:
            raise UserError(Cli.tr("no terminal to ask for the password: use --password-stdin"), code=2)
        creds = {"user": user, "password": password}
    session, identity, problem = asyncio.run(_login_flow(server, allow_http, ca_file, creds, args.totp))
    store_session(settings, store, session, identity, server_changed=bool(args.server), args=args)
    who = session.username or session.user_id
    if session.kind == "pat":
        print(fill(Cli.tr("Signed in to %1 as %2 with a personal access token."), server, who))
    else:
        print(fill(Cli.tr("Signed in to %1 as %2."), server, who))
    if identity is not None:
        account = wiring.account_from_settings(settings)
        assert account is not None
        print(fill(Cli.tr("Phone account %1 via %2 %3."), f"{account.user}@{account.domain}",
                   account.transport.value, f"{account.effective_host}:{account.effective_port}"))
    print(fill(Cli.tr("Secrets are kept in %1."), store.location))
    if problem is not None:
        return _fail(str(problem))
    return 0


async def _send_code(server: str, allow_http: bool, ca_file: str, user: str) -> None:
    async with ChatServerClient(server, allow_http=allow_http, ca_file=ca_file, on_wait=_print_wait) as client:
        await client.send_email_code(user)


async def _login_flow(server: str, allow_http: bool, ca_file: str, creds: dict[str, str],
                      code: str | None) -> tuple[ChatSession, SipIdentity | None, ProvisioningError | None]:
    async with ChatServerClient(server, allow_http=allow_http, ca_file=ca_file, on_wait=_print_wait) as client:
        if "token" in creds:
            session = await client.login_pat(creds["user_id"], creds["token"])
        else:
            session = await _password_login(client, creds["user"], creds["password"], code)
        try:
            identity = await client.registration_info(session)
        except ProvisioningError as exc:
            # Signed in but no phone account: keep the sign-in (so logout can revoke it), report the reason.
            return session, None, exc
        return session, identity, None


async def _password_login(client: ChatServerClient, user: str, password: str, code: str | None) -> ChatSession:
    attempts = 0
    while True:
        try:
            return await client.login_password(user, password, code)
        except perr.TwoFactorRequired as need:
            if not _interactive():
                again = Cli.tr("Run again with --totp CODE (or --send-email-code for a new e-mail code).") \
                    if need.method == "email" else Cli.tr("Run again with --totp CODE.")
                raise UserError(f"{chat_problem(need)} {again}") from None
            code = await _ask_code(client, need, user)
        except perr.TwoFactorInvalid as bad:
            attempts += 1
            if not _interactive() or attempts >= 3:
                raise
            print(chat_problem(bad), file=sys.stderr)
            code = await _ask_code(client, None, user)


async def _ask_code(client: ChatServerClient, need: perr.TwoFactorRequired | None, user: str) -> str:
    if need is not None:
        print(chat_problem(need), file=sys.stderr)
    while True:
        prompt = Cli.tr("Code (or 'r' to e-mail a new one): ") \
            if need is not None and need.method == "email" else Cli.tr("Code: ")
        code = (await asyncio.get_running_loop().run_in_executor(None, input, prompt)).strip()
        if code.lower() == "r" and need is not None:
            await client.send_email_code(need.email_or_username or user)
            print(Cli.tr("A new code was e-mailed."), file=sys.stderr)
            continue
        if code:
            return code


def store_session(settings: Settings, store: SecretStore, session: ChatSession, identity: SipIdentity | None,
                   *, server_changed: bool, args: argparse.Namespace) -> None:
    old_chat = settings.get("chat_account") or {}
    if old_chat and (old_chat.get("server"), old_chat.get("user_id")) != (session.server, session.user_id):
        store.delete(chat_key(old_chat.get("server", ""), old_chat.get("user_id", "")))
    store.set(chat_key(session.server, session.user_id), session.token)
    settings.set("chat_account", {"server": session.server, "user_id": session.user_id,
                                  "username": session.username, "token_kind": session.kind})
    if server_changed and not settings.is_locked("server_url"):
        settings.set("server_url", session.server)
    if getattr(args, "allow_http", False) and not settings.is_locked("allow_http"):
        settings.set("allow_http", True)
    if getattr(args, "ca_file", None) and not settings.is_locked("ca_file"):
        settings.set("ca_file", args.ca_file)
    if identity is not None:
        _store_identity(settings, store, identity)
    settings.save()


def _store_identity(settings: Settings, store: SecretStore, identity: SipIdentity) -> None:
    old = settings.get("account") or {}
    if old and (old.get("user"), old.get("domain")) != (identity.extension, identity.host):
        store.delete(sip_key(old.get("user", ""), old.get("domain", "")))
    # Transport/port are not in the server's answer: they follow sip.transport/sip.port (settings or policy).
    account: dict[str, Any] = {"user": identity.extension, "domain": identity.host, "source": "chat-server"}
    if identity.auth_user and identity.auth_user != identity.extension:
        account["auth_user"] = identity.auth_user
    if identity.display_name:
        account["display_name"] = identity.display_name
    store.set(sip_key(identity.extension, identity.host), identity.password)
    settings.set("account", account)


# -- logout ----------------------------------------------------------------------------------------------------------
@_guarded
def logout(args: argparse.Namespace) -> int:
    """Revoke the login token (never a personal access token), delete the secrets, forget the provisioned account."""
    settings = _load_settings()
    chat = settings.get("chat_account") or {}
    account = settings.get("account") or {}
    if not chat and account.get("source") != "chat-server":
        print(Cli.tr("Not signed in to a chat server."))
        return 0
    try:
        store: KeyringSecretStore | None = KeyringSecretStore()
    except NoUsableKeyringError as exc:
        store = None
        _warn(fill(Cli.tr("stored secrets could not be reached to delete them: %1"), _no_keyring_reason(exc)))
    problem = ""
    if chat:
        key = chat_key(chat.get("server", ""), chat.get("user_id", ""))
        token = store.get(key) if store else None
        if token and chat.get("token_kind", "login") == "login":
            try:
                revoked = asyncio.run(_revoke(settings, chat, token))
                print(Cli.tr("Signed out at the chat server.") if revoked else
                      Cli.tr("The sign-in had already ended at the server."))
            except ProvisioningError as exc:
                problem = fill(Cli.tr("the sign-in could not be revoked at the server (%1); it was removed "
                                      "here anyway."), exc)
        elif chat.get("token_kind") == "pat":
            print(Cli.tr("Personal access token forgotten here (it stays valid at the server; revoke it in "
                         "your profile)."))
        if store:
            store.delete(key)
        settings.set("chat_account", {})
    if account.get("source") == "chat-server":
        if store:
            store.delete(sip_key(account.get("user", ""), account.get("domain", "")))
        if not settings.is_locked("account"):
            settings.set("account", {})
    settings.save()
    print(Cli.tr("Secrets deleted; the phone account from the chat server was removed."))
    if problem:
        return _fail(problem)
    return 0


async def _revoke(settings: Settings, chat: dict[str, str], token: str) -> bool:
    server = chat.get("server", "")
    async with ChatServerClient(server, allow_http=server.startswith("http://") and bool(settings.get("allow_http")),
                                ca_file=settings.get("ca_file"), on_wait=_print_wait) as client:
        return await client.logout(ChatSession(server, chat.get("user_id", ""), token, chat.get("username", "")))


# -- status ----------------------------------------------------------------------------------------------------------
@_guarded
def status(args: argparse.Namespace) -> int:
    """Who is signed in, which SIP account, where the secrets are (never their values)."""
    settings = _load_settings()
    chat = settings.get("chat_account") or {}
    account = wiring.account_from_settings(settings)
    try:
        store: KeyringSecretStore | None = KeyringSecretStore()
        where = store.location if store else ""
    except NoUsableKeyringError as exc:
        store, where = None, fill(Cli.tr("unavailable: %1"), exc)
    if chat:
        has = _has(store, chat_key(chat.get("server", ""), chat.get("user_id", "")))
        kind = Cli.tr("personal access token") if chat.get("token_kind") == "pat" else \
            Cli.tr("sign-in token")
        print(fill(Cli.tr("Chat server: %1 as %2 (%3 %4)"), chat.get("server"),
                   chat.get("username") or chat.get("user_id"), kind, has))
    else:
        print(fill(Cli.tr("Chat server: %1, not signed in"),
                   settings.get("server_url") or Cli.tr("(none)")))
    if account is not None:
        print(fill(Cli.tr("Phone account: %1 (%2), registrar %3"), account.aor, account.source,
                   account.registrar_uri))
        print(fill(Cli.tr("SIP password: %1"), _has(store, sip_key(account.user, account.domain))))
    else:
        print(Cli.tr("Phone account: none (run `softphone login` or `softphone account set`)"))
    print(fill(Cli.tr("Secrets: %1"), where))
    if settings.policy.source:
        locked = ", ".join(sorted(settings.policy.locked)) or Cli.tr("none")
        print(fill(Cli.tr("IT policy: %1 (locked: %2)"), settings.policy.source, locked))
    return 0


def _has(store: KeyringSecretStore | None, key: str) -> str:
    if store is None:
        return Cli.tr("unknown: no keyring")
    try:
        return Cli.tr("stored") if store.get(key) else Cli.tr("not stored")
    except SecretStoreError as exc:
        return fill(Cli.tr("unknown: %1"), exc)


# -- account ---------------------------------------------------------------------------------------------------------
@_guarded
def account(args: argparse.Namespace) -> int:
    action = getattr(args, "account_command", None)
    settings = _load_settings()
    if action == "show":
        return _account_show(settings)
    if action == "clear":
        return _account_clear(settings)
    if action == "set":
        return _account_set(args, settings)
    raise UserError(Cli.tr("usage: softphone account set|show|clear"), code=2)


def _account_set(args: argparse.Namespace, settings: Settings) -> int:
    if settings.is_locked("account"):
        raise UserError(Cli.tr("the phone account is set by your IT department and cannot be changed here."))
    m = SIP_URI.match(args.sip_uri.strip())
    if not m:
        raise UserError(fill(Cli.tr("'%1' is not a SIP address like sip:1001@pbx.example.com"), args.sip_uri),
                        code=2)
    port = args.port
    if port is None and m.group("port"):
        port = int(m.group("port"))
    if port is not None and not 0 <= port <= 65535:
        raise UserError(Cli.tr("--port must be from 0 to 65535"), code=2)
    for flag, setting, value in (("--transport", "sip.transport", args.transport), ("--port", "sip.port", port),
                                 ("--srtp", "sip.srtp", args.srtp)):
        if value is not None and settings.is_locked(setting) and value != settings.get(setting):
            raise UserError(fill(Cli.tr("%1 is set by your IT department (%2 = %3) and cannot be changed."),
                                 flag, setting, settings.get(setting)))
    new: dict[str, Any] = {"user": m.group("user"), "domain": m.group("host").strip("[]"), "source": "manual"}
    for key, value in (("transport", args.transport), ("port", port), ("srtp", args.srtp),
                       ("registrar", args.registrar), ("auth_user", args.auth_user),
                       ("display_name", args.display_name), ("ca_file", args.ca_file)):
        if value not in (None, ""):
            new[key] = value
    password: str | None = None
    if args.password_stdin:
        password = _read_stdin_line(Cli.tr("no SIP password on standard input"))
    elif _interactive():
        password = getpass.getpass(fill(Cli.tr("SIP password for %1 (empty = keep): "),
                                        f"{new['user']}@{new['domain']}")) or None
    store: KeyringSecretStore | None = None
    if password is not None:
        store = _open_store()
    old = settings.get("account") or {}
    settings.set("account", new)  # validates before anything is stored
    if store is not None and password is not None:
        if old and (old.get("user"), old.get("domain")) != (new["user"], new["domain"]):
            store.delete(sip_key(old.get("user", ""), old.get("domain", "")))
        store.set(sip_key(new["user"], new["domain"]), password)
    settings.save()
    acct = wiring.account_from_settings(settings)
    assert acct is not None
    print(fill(Cli.tr("Phone account %1 via %2 %3."), acct.aor, acct.transport.value,
               f"{acct.effective_host}:{acct.effective_port}"))
    if password is None:
        _warn(Cli.tr("no SIP password was given; set one with --password-stdin before starting the phone."))
    else:
        print(fill(Cli.tr("SIP password stored in %1."),
                   store.location if store else Cli.tr("the keyring")))
    return 0


def _account_show(settings: Settings) -> int:
    acct = wiring.account_from_settings(settings)
    if acct is None:
        print(Cli.tr("No phone account. Run `softphone login` or `softphone account set --sip-uri "
                     "sip:USER@DOMAIN`."))
        return 0
    try:
        store: KeyringSecretStore | None = KeyringSecretStore()
    except NoUsableKeyringError:
        store = None
    managed = " " + Cli.tr("(managed by IT)") if settings.is_locked("account") else ""
    rows = [(Cli.tr("Address:"), f"{acct.aor}{managed}"), (Cli.tr("Source:"), acct.source),
            (Cli.tr("Registrar:"), acct.registrar_uri),
            (Cli.tr("Auth user:"), acct.effective_auth_user)]
    if acct.display_name:
        rows.append((Cli.tr("Name:"), acct.display_name))
    rows += [(Cli.tr("SRTP:"), acct.srtp.value),
             (Cli.tr("Password:"), _has(store, sip_key(acct.user, acct.domain)))]
    width = max(len(label) for label, _ in rows) + 1  # the values line up in every language
    for label, value in rows:
        print(f"{label:<{width}}{value}")
    return 0


def _account_clear(settings: Settings) -> int:
    if settings.is_locked("account"):
        raise UserError(Cli.tr("the phone account is set by your IT department and cannot be removed here."))
    old = settings.get("account") or {}
    if not old:
        print(Cli.tr("No phone account to clear."))
        return 0
    try:
        KeyringSecretStore().delete(sip_key(old.get("user", ""), old.get("domain", "")))
    except NoUsableKeyringError as exc:
        _warn(fill(Cli.tr("the stored password could not be reached to delete it: %1"), exc))
    settings.set("account", {})
    settings.save()
    print(Cli.tr("Phone account and its password removed."))
    return 0


# -- used by the phone at start (headless runner, GUI) -------------------------------------------------------------
def _default_store(secrets: SecretStore | None) -> SecretStore:
    return secrets if secrets is not None else KeyringSecretStore()


async def _fetch_identity(settings: Settings, store: SecretStore, timeout: float) -> SipIdentity:
    chat = settings.get("chat_account") or {}
    loop = asyncio.get_running_loop()
    server = chat.get("server", "")
    token = await loop.run_in_executor(None, store.get, chat_key(server, chat.get("user_id", "")))
    if not token:
        raise perr.SignInRequired("No chat-server sign-in is stored. Run `softphone login`.")
    async with ChatServerClient(server, allow_http=bool(settings.get("allow_http")), ca_file=settings.get("ca_file"),
                                timeout=timeout) as client:
        session = ChatSession(server, chat.get("user_id", ""), token, chat.get("username", ""),
                              chat.get("token_kind", "login"))
        await client.resume(session)  # 401 -> SignInRequired: the agent must sign in again (no retry loop)
        return await client.registration_info(session)


async def load_account(settings: Settings, secrets: SecretStore | None = None) -> tuple[AccountSpec, str] | None:
    """The stored account and its SIP password, or None when there is no account or no password.

    A chat-server account is refreshed first (me + registration info, ``START_TIMEOUT`` each) so a changed
    extension or password is picked up; when the server cannot be reached, the stored values are used.
    Raises SecretStoreError when the keyring is unusable (the caller reports it).
    """
    store = _default_store(secrets)
    loop = asyncio.get_running_loop()
    raw = settings.get("account") or {}
    if raw.get("source") == "chat-server" and settings.get("chat_account"):
        try:
            identity = await _fetch_identity(settings, store, START_TIMEOUT)
        except ProvisioningError as exc:
            log.warning("using the stored phone account: the chat server could not refresh it (%s)", exc.code)
        else:
            await loop.run_in_executor(None, _update_identity, settings, store, identity)
    account = wiring.account_from_settings(settings)
    if account is None:
        return None
    password = await loop.run_in_executor(None, store.get, sip_key(account.user, account.domain))
    if not password:
        return None
    return account, password


def _update_identity(settings: Settings, store: SecretStore, identity: SipIdentity) -> None:
    old = settings.get("account") or {}
    stored = store.get(sip_key(identity.extension, identity.host))
    if (old.get("user"), old.get("domain")) == (identity.extension, identity.host) and stored == identity.password:
        return
    _store_identity(settings, store, identity)
    settings.save()
    log.info("phone account refreshed from the chat server")


async def refetch_sip_password(settings: Settings,
                               secrets: SecretStore | None = None) -> tuple[AccountSpec, str] | None:
    """After a 401 on a REGISTER that used to work: fetch the identity once more. Returns the (possibly new)
    account and password when the server gave a different password, else None (the caller reports the 401).
    Raises ProvisioningError (e.g. SignInRequired) so the caller can tell the agent why."""
    raw = settings.get("account") or {}
    if raw.get("source") != "chat-server" or not settings.get("chat_account"):
        return None
    store = _default_store(secrets)
    loop = asyncio.get_running_loop()
    old_password = await loop.run_in_executor(None, store.get, sip_key(raw.get("user", ""), raw.get("domain", "")))
    identity = await _fetch_identity(settings, store, START_TIMEOUT)
    await loop.run_in_executor(None, _update_identity, settings, store, identity)
    account = wiring.account_from_settings(settings)
    if account is None or identity.password == old_password and (account.user, account.domain) == (
            raw.get("user"), raw.get("domain")):
        return None
    return account, identity.password
