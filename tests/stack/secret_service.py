"""A private D-Bus session bus with gnome-keyring-daemon unlocked: the real Secret Service, isolated.

HOME/XDG dirs point into a temp dir so nothing touches the real user's keyring. The keyring password is
given to the daemon on stdin only.
"""

from __future__ import annotations

import os
import secrets
import subprocess
import tempfile
from pathlib import Path

from tests.stack import procs

_BUS_CONFIG = """<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:path={socket}</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
"""
# no <servicedir>: nothing gets auto-activated on this bus, every daemon on it is one we started


class SecretService:
    def __init__(self, workdir: Path | None = None) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if workdir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="secrets-")
            workdir = Path(self._tmp.name)
        self.workdir = Path(workdir)
        self.home = self.workdir / "home"
        self.runtime_dir = self.workdir / "runtime"
        self.bus_socket = self.workdir / "bus"
        self.dbus: subprocess.Popen[bytes] | None = None
        self.keyring_daemon: subprocess.Popen[bytes] | None = None
        self.env: dict[str, str] = {
            "DBUS_SESSION_BUS_ADDRESS": f"unix:path={self.bus_socket}",
            "HOME": str(self.home),
            "XDG_DATA_HOME": str(self.home / ".local" / "share"),
            "XDG_CONFIG_HOME": str(self.home / ".config"),
            "XDG_CACHE_HOME": str(self.home / ".cache"),
            "XDG_RUNTIME_DIR": str(self.runtime_dir),
        }

    def _env(self) -> dict[str, str]:
        return {**os.environ, **self.env}

    def start(self, timeout: float = 15.0) -> SecretService:
        if self.running:
            return self
        for d in (self.home / ".local" / "share", self.home / ".config", self.home / ".cache", self.runtime_dir):
            d.mkdir(parents=True, exist_ok=True)
        self.runtime_dir.chmod(0o700)
        config = self.workdir / "bus.conf"
        config.write_text(_BUS_CONFIG.format(socket=self.bus_socket))
        self.dbus = procs.start_process(
            ["dbus-daemon", f"--config-file={config}", "--nofork", "--nopidfile"],
            env=self._env(), log_path=self.workdir / "dbus.log",
        )  # fmt: skip
        procs.wait_until(lambda: self._check_alive() and self.bus_socket.exists(), timeout, what="dbus-daemon socket")
        self.keyring_daemon = procs.start_process(
            ["gnome-keyring-daemon", "--foreground", "--unlock", "--components=secrets"],
            env=self._env(), log_path=self.workdir / "gnome-keyring.log", stdin=subprocess.PIPE,
            stdout=subprocess.DEVNULL,
        )  # fmt: skip
        assert self.keyring_daemon.stdin is not None
        # a random password: the keyring lives only as long as this test run
        self.keyring_daemon.stdin.write(secrets.token_hex(16).encode())
        self.keyring_daemon.stdin.close()
        procs.wait_until(self._secrets_ready, timeout, interval=0.05, what="org.freedesktop.secrets on the bus")
        return self

    def _check_alive(self) -> bool:
        for name, p in (("dbus-daemon", self.dbus), ("gnome-keyring-daemon", self.keyring_daemon)):
            if p is not None and p.poll() is not None:
                log = self.workdir / ("dbus.log" if name == "dbus-daemon" else "gnome-keyring.log")
                raise RuntimeError(f"{name} exited ({p.returncode}):\n{procs.tail(log)}")
        return True

    def _secrets_ready(self) -> bool:
        self._check_alive()
        result = subprocess.run(
            ["dbus-send", "--session", "--print-reply", "--dest=org.freedesktop.DBus", "/org/freedesktop/DBus",
             "org.freedesktop.DBus.NameHasOwner", "string:org.freedesktop.secrets"],
            env=self._env(), capture_output=True, text=True, timeout=5,
        )  # fmt: skip
        return "boolean true" in result.stdout

    @property
    def running(self) -> bool:
        return self.dbus is not None and self.dbus.poll() is None

    def pids(self) -> list[int]:
        return [p.pid for p in (self.dbus, self.keyring_daemon) if p is not None]

    def stop(self) -> None:
        procs.stop_process(self.keyring_daemon)
        self.keyring_daemon = None
        procs.stop_process(self.dbus)
        self.dbus = None

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> SecretService:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
