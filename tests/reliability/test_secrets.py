"""Secrets: a full flow (sign-in at the chat server, registration, calls, sign-out) with --debug logging. No log,
no file under the profile, no process command line or environment, no output holds the SIP password, the
chat-server password or token, or an Authorization header value. Config and history files are 0600."""

from __future__ import annotations

import re
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

from tests.reliability.helpers import DebugPhone, configure, descendants, no_traceback
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

SIP_PASSWORD = "Sip-Secret-7f3a9c"
CHAT_PASSWORD = "Chat-Secret-b81d2e"
AUTH_VALUE = re.compile(r"(?:Proxy-)?Authorization\s*[:=]\s*(?!\[redacted\])[\"']?(\S{6,})", re.IGNORECASE)


class ProcScanner:
    """Reads /proc/<pid>/cmdline and environ of every process under this test run, every 50 ms."""

    def __init__(self, root: int) -> None:
        self.root = root
        self.seen: dict[int, bytes] = {}
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self.scans = 0

    def _run(self) -> None:
        while not self._stop.is_set():
            for pid in descendants(self.root):
                if pid == self.root:
                    continue
                blob = b""
                for part in ("cmdline", "environ"):
                    try:
                        blob += Path(f"/proc/{pid}/{part}").read_bytes() + b"\n"
                    except OSError:
                        pass
                known = self.seen.setdefault(pid, b"")
                if blob not in known:
                    self.seen[pid] = known + blob
            self.scans += 1
            self._stop.wait(0.05)

    def __enter__(self) -> ProcScanner:
        self._thread.start()
        return self

    def __exit__(self, *exc: object) -> None:
        self._stop.set()
        self._thread.join(5)


def test_no_secret_anywhere_after_a_full_flow(tmp_path: Path, stack_env: dict[str, str], chat_server_tls: Any,
                                             kamailio_fresh: KamailioServer, sipp: Sipp) -> None:
    kam, srv = kamailio_fresh, chat_server_tls
    sipp.kamailio = kam
    kam.set_password("1101", SIP_PASSWORD)
    srv.add_user("agent7", CHAT_PASSWORD, user_id="u-agent7", extension="1101", sip_password=SIP_PASSWORD)
    srv.set_rate_limit(1000, 60000)
    profile = tmp_path / "profile"
    outputs: list[str] = []

    def cli(*args: str, stdin: str = "") -> subprocess.CompletedProcess[str]:
        done = subprocess.run([sys.executable, "-m", "softphone", "--debug", "--profile", str(profile), *args],
                              input=stdin, env=stack_env, capture_output=True, text=True, timeout=60)
        outputs.append(done.stdout + done.stderr)
        assert "Traceback" not in done.stderr, done.stderr
        return done

    phone = DebugPhone(profile, stack_env, start=False)
    configure(phone, ("sip.transport", "udp"), ("sip.port", str(kam.udp_port)), ("call.auto_answer", "all"))
    tokens: set[str] = set()
    with ProcScanner(__import__("os").getpid()) as scanner:
        done = cli("login", "--server", srv.url, "--ca-file", srv.ca_file, "--user", "agent7", "--password-stdin",
                   stdin=CHAT_PASSWORD + "\n")
        assert done.returncode == 0, done.stderr
        tokens |= set(srv.tokens)
        try:
            phone.start()
            phone.wait_event("registration", timeout=20, state="registered")
            for n in range(2):
                caller = sipp.uac(to="1101", from_user=f"20{n}", duration_ms=800)
                phone.wait_event("call_state", timeout=15, state="disconnected")
                caller.wait_ok(10)
            phone.send({"cmd": "status"})
            phone.wait_event("status", timeout=5)
            # while running, sqlite's side files (-wal, -shm) hold call data too
            live_modes = {p.name: oct(p.stat().st_mode & 0o777) for p in profile.glob("history.sqlite3*")}
        finally:
            rc = phone.close()
        assert rc == 0
        time.sleep(0.2)
        tokens |= set(srv.tokens)
        done = cli("logout")
        assert done.returncode == 0, done.stderr
    assert tokens, "the sign-in issued no token"
    secrets = [SIP_PASSWORD, CHAT_PASSWORD, *tokens]

    leaks: list[str] = []

    def check(where: str, data: bytes) -> None:
        text = data.decode("utf-8", "replace")
        for secret in secrets:
            if secret in text:
                leaks.append(f"{where}: contains {secret[:4]}...")
        for match in AUTH_VALUE.finditer(text):
            leaks.append(f"{where}: Authorization value {match.group(0)[:40]}")

    files = [p for p in profile.rglob("*") if p.is_file()]
    for path in files:
        check(str(path.relative_to(profile)), path.read_bytes())
    for i, out in enumerate(outputs):
        check(f"cli output {i}", out.encode())
    check("headless events", "\n".join(map(str, phone.events)).encode())
    for pid, blob in scanner.seen.items():
        check(f"/proc/{pid} cmdline+environ", blob)
    log_text = (profile / "logs" / "softphone.log").read_text()
    debug_lines = sum(1 for line in log_text.splitlines() if " DEBUG " in line)
    modes = {p.name: oct(p.stat().st_mode & 0o777) for p in files if p.name.startswith(("config.json", "history"))}
    print(f"RESULT secrets: {len(files)} files, {len(outputs)} CLI outputs, {len(phone.events)} events, "
          f"{len(scanner.seen)} processes x {scanner.scans} scans, {debug_lines} DEBUG log lines: leaks {leaks}; "
          f"modes {modes}, while running {live_modes}")
    assert debug_lines > 0, "debug logging was not on"
    assert len(scanner.seen) >= 3  # the CLI, the phone, SIPp at least
    assert not leaks, leaks
    assert modes and all(mode == "0o600" for mode in modes.values()), modes
    assert len(live_modes) >= 2 and all(mode == "0o600" for mode in live_modes.values()), live_modes
    no_traceback(phone)
