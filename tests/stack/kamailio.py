"""Kamailio 5.6 as the test registrar/proxy: UDP, TCP and TLS, digest auth against a users table, location."""

from __future__ import annotations

import socket
import sqlite3
import subprocess
import tempfile
import time
from pathlib import Path

from tests.stack import procs
from tests.stack.sipclient import UdpSipClient
from tests.stack.tls import TestCA

TEMPLATE = Path(__file__).with_name("kamailio.cfg")
SCHEMA_DIR = Path("/usr/share/kamailio/db_sqlite")
DEFAULT_USERS: dict[str, str] = {**{str(n): f"pw{n}" for n in range(1001, 1013)}, "agent": "agentpw"}


class KamailioError(RuntimeError):
    pass


class KamailioServer:
    """Registrar (digest auth from a sqlite user table) and stateful proxy on free loopback ports."""

    def __init__(
        self,
        workdir: Path | None = None,
        users: dict[str, str] | None = None,
        feature_target: str | None = None,
        host: str = "127.0.0.1",
        ca: TestCA | None = None,
    ) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if workdir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="kamailio-")
            workdir = Path(self._tmp.name)
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.host = host
        self.domain = host
        self.users: dict[str, str] = dict(DEFAULT_USERS if users is None else users)
        self._feature_target = feature_target
        self.ca = ca or TestCA(self.workdir / "ca")
        self.ca_file = self.ca.ca_file
        self._server_cert = self.ca.issue("kamailio")
        self.db_path = self.workdir / "kamailio.sqlite"
        self.cfg_path = self.workdir / "kamailio.cfg"
        self.log_path = self.workdir / "kamailio.log"
        self.udp_port = self.tcp_port = self.tls_port = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self._init_db()

    # ---- user table -------------------------------------------------------------------------------
    def _db(self) -> sqlite3.Connection:
        return sqlite3.connect(self.db_path, timeout=10, isolation_level=None)

    def _init_db(self) -> None:
        if self.db_path.exists():
            self.db_path.unlink()
        con = self._db()
        try:
            for schema in ("standard-create.sql", "auth_db-create.sql"):
                con.executescript((SCHEMA_DIR / schema).read_text())
            con.execute("CREATE TABLE features (id INTEGER PRIMARY KEY, target TEXT NOT NULL DEFAULT '')")
            con.execute("INSERT INTO features (id, target) VALUES (1, ?)", (self._feature_target or "",))
            con.executemany(
                "INSERT INTO subscriber (username, domain, password) VALUES (?, ?, ?)",
                [(u, self.domain, p) for u, p in self.users.items()],
            )
        finally:
            con.close()

    def set_password(self, user: str, password: str) -> None:
        """Create or change a user; the next REGISTER is checked against it (no caching)."""
        con = self._db()
        try:
            con.execute(
                "INSERT INTO subscriber (username, domain, password) VALUES (?, ?, ?) "
                "ON CONFLICT (username, domain) DO UPDATE SET password = excluded.password",
                (user, self.domain, password),
            )
        finally:
            con.close()
        self.users[user] = password

    def remove_user(self, user: str) -> None:
        con = self._db()
        try:
            con.execute("DELETE FROM subscriber WHERE username = ?", (user,))
        finally:
            con.close()
        self.users.pop(user, None)

    @property
    def feature_target(self) -> str | None:
        """Where R-URI users starting with '*' go, e.g. "sip:127.0.0.1:5099"; None answers 404."""
        return self._feature_target

    @feature_target.setter
    def feature_target(self, target: str | None) -> None:
        con = self._db()
        try:
            con.execute("UPDATE features SET target = ? WHERE id = 1", (target or "",))
        finally:
            con.close()
        self._feature_target = target

    # ---- lifecycle --------------------------------------------------------------------------------
    def render_config(self) -> str:
        values = {
            "HOST": self.host,
            "UDP_PORT": str(self.udp_port),
            "TCP_PORT": str(self.tcp_port),
            "TLS_PORT": str(self.tls_port),
            "TLS_CERT": str(self._server_cert.cert_file),
            "TLS_KEY": str(self._server_cert.key_file),
            "TLS_CA": str(self.ca_file),
            "DB": str(self.db_path),
        }
        text = TEMPLATE.read_text()
        for key, value in values.items():
            text = text.replace("{{" + key + "}}", value)
        return text

    def write_config(self) -> Path:
        if not self.udp_port:
            self._pick_ports()
        self.cfg_path.write_text(self.render_config())
        return self.cfg_path

    def check_config(self) -> subprocess.CompletedProcess[str]:
        """`kamailio -c` on the rendered config."""
        self.write_config()
        return subprocess.run(
            ["kamailio", "-c", "-f", str(self.cfg_path)], capture_output=True, text=True, timeout=30
        )

    def _pick_ports(self) -> None:
        self.udp_port = procs.free_port()
        self.tcp_port = self.udp_port  # SIP's usual layout: UDP and TCP on one port number
        self.tls_port = procs.free_port((socket.SOCK_STREAM,))
        while self.tls_port == self.udp_port:
            self.tls_port = procs.free_port((socket.SOCK_STREAM,))

    def start(self, timeout: float = 10.0) -> KamailioServer:
        if self.running:
            return self
        attempts = 3
        for attempt in range(attempts):
            if attempt or not self.udp_port:
                self._pick_ports()  # a port grabbed by someone else between probe and bind: try others
            self.write_config()
            with open(self.log_path, "ab") as log:
                log.write(f"\n===== start {time.strftime('%H:%M:%S')} =====\n".encode())
            self.proc = procs.start_process(
                ["kamailio", "-f", str(self.cfg_path), "-DD", "-E", "-Y", str(self.workdir),
                 "-m", "64", "-M", "8", "-P", str(self.workdir / "kamailio.pid")],
                log_path=self.log_path,
            )  # fmt: skip
            try:
                self._wait_ready(timeout)
                return self
            except KamailioError:
                procs.stop_process(self.proc)
                self.proc = None
                if "bind" not in self.log_text().lower() or attempt == attempts - 1:
                    raise
        return self

    def _wait_ready(self, timeout: float) -> None:
        deadline = time.monotonic() + timeout
        with UdpSipClient(self.host, self.udp_port) as probe:
            while True:
                if self.proc is None or self.proc.poll() is not None:
                    raise KamailioError(f"kamailio exited at start:\n{procs.tail(self.log_path)}")
                try:
                    if probe.options(timeout=0.5).status == 200 and procs.port_open(self.host, self.tcp_port) \
                            and procs.port_open(self.host, self.tls_port):
                        return
                except TimeoutError:
                    pass
                if time.monotonic() > deadline:
                    raise KamailioError(f"kamailio not ready in {timeout} s:\n{procs.tail(self.log_path)}")
                time.sleep(0.05)

    @property
    def running(self) -> bool:
        return self.proc is not None and self.proc.poll() is None

    @property
    def pid(self) -> int | None:
        return self.proc.pid if self.proc is not None else None

    def stop(self) -> None:
        procs.stop_process(self.proc)
        self.proc = None

    def restart(self) -> None:
        """Stop and start on the same ports (registrations are lost, as with a real registrar reboot)."""
        self.stop()
        self.start()

    def close(self) -> None:
        self.stop()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def uri(self, user: str | None = None, transport: str = "udp") -> str:
        port = {"udp": self.udp_port, "tcp": self.tcp_port, "tls": self.tls_port}[transport]
        scheme_params = "" if transport == "udp" else f";transport={transport}"
        user_part = f"{user}@" if user else ""
        return f"sip:{user_part}{self.host}:{port}{scheme_params}"

    def register(self, user: str, password: str | None = None, contact: str | None = None, expires: int = 300) -> int:
        """REGISTER over UDP from a throw-away socket; returns the final status code."""
        with UdpSipClient(self.host, self.udp_port) as client:
            pw = self.users.get(user, "") if password is None else password
            return client.register(user, pw, contact=contact, expires=expires).status

    def __enter__(self) -> KamailioServer:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.close()
