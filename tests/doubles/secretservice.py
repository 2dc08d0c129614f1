"""A private Secret Service (dbus-daemon + gnome-keyring-daemon, unlocked) for tests that run before the shared
``secret_service`` fixture exists, or outside pytest. Same shape as that fixture: ``.env`` to merge into a
subprocess environment, ``start()``/``stop()``."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
import time
from pathlib import Path

from tests.stack.procs import orphan_guard


class PrivateSecretService:
    def __init__(self) -> None:
        self.env: dict[str, str] = {}
        self._tmp: Path | None = None
        self._procs: list[subprocess.Popen[bytes]] = []

    def start(self) -> PrivateSecretService:
        self._tmp = Path(tempfile.mkdtemp(prefix="secretsvc-"))
        run = self._tmp / "run"
        run.mkdir(mode=0o700)
        bus = run / "bus"
        env = {"HOME": str(self._tmp), "XDG_RUNTIME_DIR": str(run), "XDG_DATA_HOME": str(self._tmp / "data"),
               "XDG_CACHE_HOME": str(self._tmp / "cache"), "XDG_CONFIG_HOME": str(self._tmp / "config"),
               "DBUS_SESSION_BUS_ADDRESS": f"unix:path={bus}"}
        full = {**os.environ, **env}
        full.pop("PYTHON_KEYRING_BACKEND", None)
        self._procs.append(subprocess.Popen(
            orphan_guard(["dbus-daemon", "--session", "--nofork", f"--address=unix:path={bus}"]), env=full,
            stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL))
        deadline = time.monotonic() + 10
        while not bus.exists():
            if time.monotonic() > deadline:
                self.stop()
                raise RuntimeError("dbus-daemon did not start")
            time.sleep(0.02)
        keyring = subprocess.Popen(orphan_guard(["gnome-keyring-daemon", "--foreground", "--unlock",
                                                "--components=secrets"]),
                                   env=full, stdin=subprocess.PIPE, stdout=subprocess.DEVNULL,
                                   stderr=subprocess.DEVNULL)
        self._procs.append(keyring)
        assert keyring.stdin is not None
        keyring.stdin.write(b"test-keyring-password")
        keyring.stdin.close()
        self.env = env
        self._wait_ready(full)
        return self

    def _wait_ready(self, env: dict[str, str]) -> None:
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            probe = subprocess.run(["secret-tool", "lookup", "service", "softphone-probe"], env=env,
                                   capture_output=True, timeout=10)
            if probe.returncode in (0, 1) and b"Error" not in probe.stderr and b"error" not in probe.stderr:
                return
            time.sleep(0.05)
        raise RuntimeError("gnome-keyring-daemon did not come up")

    def stop(self) -> None:
        for proc in reversed(self._procs):
            proc.terminate()
            try:
                proc.wait(timeout=5)
            except subprocess.TimeoutExpired:
                proc.kill()
                proc.wait(timeout=5)
        self._procs.clear()
        if self._tmp is not None:
            shutil.rmtree(self._tmp, ignore_errors=True)
            self._tmp = None

    def __enter__(self) -> PrivateSecretService:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
