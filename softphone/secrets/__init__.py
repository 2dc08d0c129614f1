"""The only package that imports keyring: secrets in the OS keyring, or in memory for this session."""

from softphone.secrets.store import (
    SERVICE,
    KeyringLockedError,
    KeyringSecretStore,
    MemorySecretStore,
    NoUsableKeyringError,
    SecretStoreError,
    backend_description,
    chat_key,
    open_secret_store,
    sip_key,
)

__all__ = [
    "SERVICE", "KeyringLockedError", "KeyringSecretStore", "MemorySecretStore", "NoUsableKeyringError",
    "SecretStoreError", "backend_description", "chat_key", "open_secret_store", "sip_key",
]
