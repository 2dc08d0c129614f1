"""Every way talking to the chat server can fail, each with a plain-language message saying what to do.

Messages never contain a password, token or code.
"""

from __future__ import annotations


class ProvisioningError(Exception):
    code = "error"

    def __init__(self, message: str, *, status: int = 0) -> None:
        super().__init__(message)
        self.message = message
        self.status = status

    def __str__(self) -> str:
        return self.message


# -- the address and the connection ------------------------------------------------------------------------------
class InvalidServerUrlError(ProvisioningError):
    code = "invalid-url"


class InsecureConnectionError(ProvisioningError):
    code = "insecure-http"


class CertificateError(ProvisioningError):
    code = "certificate"


class ServerTimeoutError(ProvisioningError):
    code = "timeout"


class ConnectionRefusedError_(ProvisioningError):
    code = "connection-refused"


class DnsError(ProvisioningError):
    code = "dns"


class NetworkError(ProvisioningError):
    code = "network"


class RedirectError(ProvisioningError):
    code = "redirect"


# -- the answer --------------------------------------------------------------------------------------------------
class ServerError(ProvisioningError):
    code = "server-error"


class HtmlPageError(ProvisioningError):
    code = "html-page"


class MalformedResponseError(ProvisioningError):
    code = "malformed-response"


class ResponseTooLargeError(ProvisioningError):
    code = "too-large"


class RateLimitedError(ProvisioningError):
    code = "rate-limited"

    def __init__(self, message: str, *, wait_seconds: float, status: int = 429) -> None:
        super().__init__(message, status=status)
        self.wait_seconds = wait_seconds


class RequestRejectedError(ProvisioningError):
    """Any other 4xx the client has no specific meaning for."""

    code = "rejected"


# -- signing in --------------------------------------------------------------------------------------------------
class AuthenticationError(ProvisioningError):
    code = "bad-credentials"


class TwoFactorRequired(ProvisioningError):
    code = "totp-required"

    def __init__(self, message: str, *, method: str, available_methods: tuple[str, ...] = (),
                 code_generated: bool = False, email_or_username: str = "") -> None:
        super().__init__(message, status=401)
        self.method = method  # totp | email
        self.available_methods = available_methods
        self.code_generated = code_generated  # e-mail: the server just sent a code
        self.email_or_username = email_or_username


class TwoFactorInvalid(ProvisioningError):
    code = "totp-invalid"


class TwoFactorLocked(ProvisioningError):
    code = "totp-max-attempts"


class SignInRequired(ProvisioningError):
    """The stored token is no longer valid: sign in again (never retried in a loop)."""

    code = "sign-in-required"


# -- the SIP identity --------------------------------------------------------------------------------------------
class ExtensionNotFoundError(ProvisioningError):
    code = "no-extension"


class VoipDisabledError(ProvisioningError):
    code = "voip-disabled"


class PermissionDeniedError(ProvisioningError):
    code = "permission"


class VoipUnsupportedError(ProvisioningError):
    """Neither registration-info endpoint exists (Rocket.Chat 8.x removed both)."""

    code = "no-voip-api"


class LicenseRequiredError(ProvisioningError):
    code = "license"


class PbxUnreachableError(ProvisioningError):
    code = "pbx-unreachable"
