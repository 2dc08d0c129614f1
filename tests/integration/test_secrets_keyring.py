"""Secrets in a real Secret Service (gnome-keyring over D-Bus), and refusal of unusable backends."""

from __future__ import annotations

import os
import subprocess
from collections.abc import Iterator
from typing import Any

import keyring
import keyring.backends.chainer
import keyring.backends.fail
import keyring.backends.null
import keyring.core
import pytest

from softphone.secrets import KeyringSecretStore, MemorySecretStore, NoUsableKeyringError, chat_key, sip_key
from tests.doubles.secretservice import PrivateSecretService


@pytest.fixture(scope="module")
def secret_env(request: pytest.FixtureRequest) -> Iterator[dict[str, str]]:
    """The shared ``secret_service`` fixture when it exists, else a private one."""
    try:
        svc: Any = request.getfixturevalue("secret_service")
        yield dict(svc.env)
    except pytest.FixtureLookupError:
        with PrivateSecretService() as own:
            yield own.env


@pytest.fixture
def in_keyring(secret_env: dict[str, str], monkeypatch: pytest.MonkeyPatch) -> Iterator[dict[str, str]]:
    for k, v in secret_env.items():
        monkeypatch.setenv(k, v)
    monkeypatch.delenv("PYTHON_KEYRING_BACKEND", raising=False)
    previous = keyring.get_keyring()
    keyring.core.init_backend()  # keyring picks its backend once per process: pick again with this bus
    yield {**os.environ}
    monkeypatch.undo()
    keyring.set_keyring(previous)


def secret_tool(env: dict[str, str], key: str) -> str:
    out = subprocess.run(["secret-tool", "lookup", "service", "softphone", "username", key], env=env,
                         capture_output=True, text=True, timeout=10)
    return out.stdout


def test_roundtrip_in_secret_service(in_keyring: dict[str, str]) -> None:
    store = KeyringSecretStore()
    assert "SecretService" in store.location
    key = sip_key("1001", "pbx.example.com")
    assert key == "sip:1001@pbx.example.com"
    store.set(key, "s3cret-sip")
    assert store.get(key) == "s3cret-sip"
    assert secret_tool(in_keyring, key) == "s3cret-sip"  # really in the Secret Service, under service softphone
    store.delete(key)
    assert store.get(key) is None and secret_tool(in_keyring, key) == ""
    store.delete(key)  # deleting twice is fine
    assert chat_key("https://chat.example.com/", "u1") == "chat:https://chat.example.com:u1"


@pytest.mark.parametrize("backend", [
    keyring.backends.fail.Keyring(),
    keyring.backends.null.Keyring(),
    "empty-chainer",
])
def test_unusable_backends_refused(backend: Any) -> None:
    if backend == "empty-chainer":
        class EmptyChainer(keyring.backends.chainer.ChainerBackend):
            backends: list[Any] = []  # type: ignore[assignment]

        backend = EmptyChainer()
    with pytest.raises(NoUsableKeyringError, match="will not store passwords in a plain file"):
        KeyringSecretStore(backend=backend)


def test_plaintext_backend_refused() -> None:
    class PlaintextKeyring(keyring.backends.fail.Keyring):  # what keyrings.alt looks like to us
        pass

    PlaintextKeyring.__module__ = "keyrings.alt.file"
    with pytest.raises(NoUsableKeyringError, match="in memory for this session only"):
        KeyringSecretStore(backend=PlaintextKeyring())


def test_memory_store_keeps_values_out_of_repr() -> None:
    store = MemorySecretStore()
    store.set("sip:1@x", "topsecret")
    assert store.get("sip:1@x") == "topsecret" and "topsecret" not in repr(store)
    store.delete("sip:1@x")
    assert store.get("sip:1@x") is None
