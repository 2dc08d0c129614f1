"""Signing in, as the desktop UI sees it: a Protocol the composition root implements with provisioning/ and
secrets/, so ui/ never imports an adapter. Results carry stable codes; the UI words them for people."""

from __future__ import annotations

import enum
from dataclasses import dataclass, field
from typing import Protocol, runtime_checkable


class SignInStatus(str, enum.Enum):
    OK = "ok"
    NEEDS_CODE = "needs_code"  # two-factor: ask for a code (TOTP app or e-mail)
    ERROR = "error"


@dataclass(frozen=True)
class SignInResult:
    status: SignInStatus
    method: str = ""  # needs_code: "totp" | "email"
    email: str = ""  # needs_code by e-mail: where the code went (may be a username), for the hint
    # error: stable code (provisioning error codes: bad-credentials, totp-invalid, network...; "no-keyring": no
    # usable keyring exists, the agent may keep the secrets in memory for this session; "keyring": the keyring
    # failed or is locked, the agent can fix it)
    code: str = ""
    message: str = ""  # error: plain-language text from the adapter (never a secret)
    account: str = ""  # ok: the SIP address of the account now in use
    retry_after: float = 0.0  # rate-limited: seconds to wait

    @staticmethod
    def ok(account: str = "") -> SignInResult:
        return SignInResult(SignInStatus.OK, account=account)

    @staticmethod
    def needs_code(method: str, email: str = "") -> SignInResult:
        return SignInResult(SignInStatus.NEEDS_CODE, method=method, email=email)

    @staticmethod
    def error(code: str, message: str, retry_after: float = 0.0) -> SignInResult:
        return SignInResult(SignInStatus.ERROR, code=code, message=message, retry_after=retry_after)


@dataclass(frozen=True)
class ManualAccount:
    """A plain SIP account (no chat server), typed by the agent on the advanced path."""

    sip_uri: str  # sip:USER@DOMAIN
    password: str = field(repr=False)
    transport: str = "udp"
    port: int = 0
    registrar: str = ""
    auth_user: str = ""
    display_name: str = ""


class SignInService(Protocol):
    """Every method runs on the asyncio loop; blocking work (keyring, HTTP) happens in the adapter's
    executor or async client. Never raises for expected failures: returns an error result."""

    async def sign_in(self, server: str, user: str, password: str, code: str | None = None) -> SignInResult: ...

    async def resend_code(self, server: str, user: str, password: str) -> SignInResult: ...

    async def sign_in_with_token(self, server: str, user_id: str, token: str) -> SignInResult: ...

    async def set_manual_account(self, account: ManualAccount) -> SignInResult: ...

    async def has_account(self) -> bool:
        """An account (and its password) is stored, so the console can open without signing in."""
        ...


@runtime_checkable
class SessionOnlySecrets(Protocol):
    """A SignInService that can keep the secrets (chat token, SIP password) in memory for this session only, when
    no usable keyring exists (a "no-keyring" error) and the agent agrees. Optional: the window offers it only
    when the service has it."""

    def keep_secrets_for_session_only(self) -> None:
        """From now on, sign-ins keep their secrets in this process only: nothing is written to a keyring or a
        file, and they are gone when the phone quits."""
        ...
