"""The Secret Service fixture: keyring stores and reads back through gnome-keyring on a private bus."""

from __future__ import annotations

import os
import subprocess
import sys

from tests.stack.secret_service import SecretService


def test_keyring_backend_is_secret_service_and_roundtrips(keyring_env: SecretService) -> None:
    import keyring
    from keyring.backends import SecretService as SecretServiceBackend

    assert isinstance(keyring.get_keyring(), SecretServiceBackend.Keyring)
    keyring.set_password("softphone-stack-test", "1001", "s3cret-value")
    try:
        assert keyring.get_password("softphone-stack-test", "1001") == "s3cret-value"
        # another client on the same bus sees it: it is really in the Secret Service
        found = subprocess.run(
            ["secret-tool", "lookup", "service", "softphone-stack-test", "username", "1001"],
            env={**os.environ}, capture_output=True, text=True, timeout=10,
        )  # fmt: skip
        assert found.stdout == "s3cret-value"
    finally:
        keyring.delete_password("softphone-stack-test", "1001")
    assert keyring.get_password("softphone-stack-test", "1001") is None


def test_subprocess_with_env_uses_secret_service(secret_service: SecretService) -> None:
    code = "import keyring; print(type(keyring.get_keyring()).__module__)"
    env = {**os.environ, **secret_service.env}
    env.pop("PYTHON_KEYRING_BACKEND", None)
    out = subprocess.run([sys.executable, "-c", code], env=env, capture_output=True, text=True, timeout=30)
    assert out.stdout.strip() == "keyring.backends.SecretService", out.stderr


def test_private_service_stops_cleanly(tmp_path) -> None:  # type: ignore[no-untyped-def]
    service = SecretService(tmp_path / "s")
    service.start()
    pids = service.pids()
    assert len(pids) == 2
    service.close()
    for pid in pids:
        assert not os.path.exists(f"/proc/{pid}") or open(f"/proc/{pid}/stat").read().split(") ")[1][0] == "Z"
