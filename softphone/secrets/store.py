"""Secrets in the OS keyring (Secret Service, macOS Keychain, Windows Credential Manager) or, when the agent
agrees, in memory for this session only. Values never reach a log line or an exception message."""

from __future__ import annotations

import logging
import threading

import keyring
import keyring.backend
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "softphone"


def sip_key(user: str, domain: str) -> str:
    return f"sip:{user}@{domain}"


def chat_key(server: str, user: str) -> str:
    return f"chat:{server.rstrip('/')}:{user}"


class SecretStoreError(Exception):
    """The secret store cannot do what was asked; the message says why and what to do (never the secret)."""


class NoUsableKeyringError(SecretStoreError):
    """Only a failing, null or plaintext keyring backend is available: storing would lose or expose the secret."""


class KeyringLockedError(SecretStoreError):
    pass


_REFUSED_MODULE_PREFIXES = ("keyrings.alt", "keyring.backends.fail", "keyring.backends.null")


def _refused(backend: keyring.backend.KeyringBackend) -> bool:
    module = type(backend).__module__
    if module.startswith(_REFUSED_MODULE_PREFIXES):
        return True
    try:
        inner = getattr(backend, "backends", None)  # ChainerBackend: usable only if one real backend is inside
    except Exception:  # a chainer probing its backends can fail in odd environments: treat as unusable
        return True
    if inner is not None:
        return all(_refused(b) for b in inner) or not inner
    return False


def backend_description(backend: keyring.backend.KeyringBackend | None = None) -> str:
    b = backend or keyring.get_keyring()
    try:
        inner = getattr(b, "backends", None)
    except Exception:
        inner = None
    if inner:
        return ", ".join(backend_description(x) for x in inner)
    return f"{type(b).__module__}.{type(b).__name__}"


SESSION_ONLY_HINT = " The desktop app can instead keep it in memory for this session only."


class KeyringSecretStore:
    """core.ports.SecretStore on the OS keyring. Every call may block (D-Bus): run it in an executor."""

    location = "OS keyring"

    def __init__(self, backend: keyring.backend.KeyringBackend | None = None) -> None:
        self._backend = backend or keyring.get_keyring()
        if _refused(self._backend):
            raise NoUsableKeyringError(
                "No secure keyring is available (backend: "
                f"{backend_description(self._backend)}). The phone will not store passwords in a plain file. "
                "Start your desktop's keyring (e.g. GNOME Keyring or KWallet; on a server, a D-Bus session with "
                "gnome-keyring-daemon)." + SESSION_ONLY_HINT
            )
        self.location = f"OS keyring ({backend_description(self._backend)}), service '{SERVICE}'"

    def _call(self, what: str, key: str, func: object, *args: str) -> str | None:
        try:
            result = func(SERVICE, key, *args)  # type: ignore[operator]
        except keyring.errors.KeyringLocked:
            raise KeyringLockedError(f"The keyring is locked; unlock it and try again ({what} {key}).") from None
        except keyring.errors.NoKeyringError:
            raise NoUsableKeyringError("No keyring backend is available; secrets cannot be stored.") from None
        except keyring.errors.PasswordDeleteError:
            return None  # already gone
        except (keyring.errors.KeyringError, OSError) as exc:
            # Exception text from backends can echo arguments: keep only the type.
            raise SecretStoreError(f"The keyring failed to {what} {key} ({type(exc).__name__}).") from None
        return result if isinstance(result, str) else None

    def get(self, key: str) -> str | None:
        return self._call("read", key, self._backend.get_password)

    def set(self, key: str, value: str) -> None:
        self._call("store", key, self._backend.set_password, value)
        log.info("stored secret %s in %s", key, self.location)

    def delete(self, key: str) -> None:
        if self.get(key) is None:
            return
        self._call("delete", key, self._backend.delete_password)
        log.info("deleted secret %s", key)


class MemorySecretStore:
    """Keeps secrets in this process only ("this session only"): gone when the phone quits."""

    location = "memory (this session only)"

    def __init__(self) -> None:
        self._values: dict[str, str] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> str | None:
        with self._lock:
            return self._values.get(key)

    def set(self, key: str, value: str) -> None:
        with self._lock:
            self._values[key] = value

    def delete(self, key: str) -> None:
        with self._lock:
            self._values.pop(key, None)

    def clear(self) -> None:
        """Forget every secret (the phone is quitting: this session is over)."""
        with self._lock:
            self._values.clear()

    def __repr__(self) -> str:  # never the values
        return f"MemorySecretStore(keys={sorted(self._values)})"


def open_secret_store(allow_memory_fallback: bool = False) -> KeyringSecretStore | MemorySecretStore:
    """The keyring store; if none is usable, the in-memory store when the caller (agent) agreed, else raise."""
    try:
        return KeyringSecretStore()
    except NoUsableKeyringError:
        if allow_memory_fallback:
            return MemorySecretStore()
        raise
