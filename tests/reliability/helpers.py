"""Shared pieces of the reliability tests: set up a headless phone, read Kamailio's location table, look at
a process from the outside (/proc)."""

from __future__ import annotations

import os
import re
import secrets
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.phone import HeadlessPhone
from tests.stack.kamailio import KamailioServer
from tests.stack.sipclient import digest_response, parse_response

PhoneFactory = Callable[..., HeadlessPhone]


class DebugPhone(HeadlessPhone):
    """`softphone --debug --profile DIR run --headless`: the most verbose logging there is."""

    def start(self) -> None:
        self._stderr = open(self.stderr_path, "ab")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "softphone", "--debug", "--profile", str(self.profile), "run", "--headless",
             *self.args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=self.env,
        )
        self._reader = threading.Thread(target=self._read, daemon=True, name="headless-reader")
        self._reader.start()


def configure(phone: HeadlessPhone, *settings: tuple[str, str]) -> None:
    for name, value in (("sip.bind_address", "127.0.0.1"), *settings):
        done = phone.cli("config", "set", name, value)
        assert done.returncode == 0, done.stderr


def set_account(phone: HeadlessPhone, user: str, password: str, host: str, port: int, transport: str = "udp",
                ca_file: str = "") -> None:
    args = ["account", "set", "--sip-uri", f"sip:{user}@{host}", "--transport", transport, "--port", str(port),
            "--password-stdin"]
    if ca_file:
        args += ["--ca-file", ca_file]
    done = phone.cli(*args, input=password + "\n")
    assert done.returncode == 0, done.stderr


def set_up(phone: HeadlessPhone, kamailio: KamailioServer, user: str, *settings: tuple[str, str],
           transport: str = "udp") -> None:
    configure(phone, *settings)
    set_account(phone, user, kamailio.users[user], kamailio.domain, getattr(kamailio, f"{transport}_port"),
                transport, str(kamailio.ca_file) if transport == "tls" else "")


def registered_phone(factory: PhoneFactory, kamailio: KamailioServer, user: str, *settings: tuple[str, str],
                     transport: str = "udp", **kwargs: Any) -> HeadlessPhone:
    phone = factory(start=False, **kwargs)
    set_up(phone, kamailio, user, *settings, transport=transport)
    phone.start()
    phone.wait_event("started", timeout=30)
    phone.wait_event("registration", timeout=15, state="registered")
    return phone


def status(phone: HeadlessPhone, timeout: float = 5) -> dict[str, Any]:
    phone.send({"cmd": "status"})
    return phone.wait_event("status", timeout=timeout)


def no_traceback(phone: HeadlessPhone) -> None:
    text = phone.stderr_tail(200_000)
    assert "Traceback" not in text, text[-4000:]
    assert not [e for e in phone.events if e.get("event") == "_unparsed"], "non-JSON output on stdout"


# ---- Kamailio's location table -------------------------------------------------------------------------

def location_contacts(kam: KamailioServer, user: str, timeout: float = 3.0) -> list[str]:
    """The contacts Kamailio holds for `user`: a REGISTER without Contact (a query, RFC 3261 10.2.3) answered
    with every binding."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_DGRAM)
    sock.bind(("127.0.0.1", 0))
    sock.settimeout(timeout)
    local = f"127.0.0.1:{sock.getsockname()[1]}"
    call_id, tag = secrets.token_hex(8), secrets.token_hex(4)
    uri = f"sip:{kam.domain}:{kam.udp_port}"
    auth = ""
    try:
        for cseq in (1, 2):
            msg = (f"REGISTER {uri} SIP/2.0\r\nVia: SIP/2.0/UDP {local};branch=z9hG4bK{secrets.token_hex(6)};rport\r\n"
                   f"From: <sip:{user}@{kam.domain}>;tag={tag}\r\nTo: <sip:{user}@{kam.domain}>\r\n"
                   f"Call-ID: {call_id}\r\nCSeq: {cseq} REGISTER\r\nMax-Forwards: 70\r\n{auth}"
                   "Content-Length: 0\r\n\r\n")
            sock.sendto(msg.encode(), (kam.host, kam.udp_port))
            while True:
                response = parse_response(sock.recvfrom(65535)[0])
                if response.status >= 200:
                    break
            if response.status == 401 and not auth:
                challenge = response.header("www-authenticate") or ""
                auth = f"Authorization: {digest_response(challenge, user, kam.users[user], 'REGISTER', uri)}\r\n"
                continue
            assert response.status == 200, response.raw
            contacts: list[str] = []
            for value in response.headers.get("contact", []) + response.headers.get("m", []):
                contacts += [c.strip() for c in re.split(r",(?=\s*<)", value) if c.strip()]
            return contacts
    finally:
        sock.close()
    raise AssertionError("no answer to the location query")


def contact_port(kam: KamailioServer, user: str) -> int:
    """The SIP port the phone registered (from its Contact in Kamailio's location table)."""
    contacts = location_contacts(kam, user)
    assert len(contacts) == 1, contacts
    match = re.search(r"@[\d.]+:(\d+)", contacts[0])
    assert match, contacts
    return int(match.group(1))


def kill9(kam: KamailioServer) -> None:
    """SIGKILL Kamailio and every process it forked (its own process group); ports stay reserved for start()."""
    assert kam.proc is not None
    try:
        os.killpg(kam.proc.pid, signal.SIGKILL)
    except ProcessLookupError:
        pass
    kam.proc.wait(timeout=10)
    deadline = time.monotonic() + 5
    while time.monotonic() < deadline:  # children die with the group; wait until none is left
        try:
            os.killpg(kam.proc.pid, 0)
        except ProcessLookupError:
            break
        time.sleep(0.02)
    kam.proc = None


# ---- the phone process from outside --------------------------------------------------------------------

def resources(pid: int) -> dict[str, int]:
    status_text = Path(f"/proc/{pid}/status").read_text()
    rss = int(re.search(r"VmRSS:\s+(\d+)", status_text).group(1))  # type: ignore[union-attr]
    return {"rss_kb": rss, "threads": len(os.listdir(f"/proc/{pid}/task")), "fds": len(os.listdir(f"/proc/{pid}/fd"))}


def descendants(pid: int) -> list[int]:
    """pid and every process below it."""
    children: dict[int, list[int]] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            ppid = int(Path(f"/proc/{entry}/stat").read_text().rsplit(")", 1)[1].split()[1])
        except (OSError, IndexError, ValueError):
            continue
        children.setdefault(ppid, []).append(int(entry))
    out, todo = [], [pid]
    while todo:
        p = todo.pop()
        out.append(p)
        todo += children.get(p, [])
    return out


def wait_for(pred: Callable[[], bool], timeout: float, what: str, interval: float = 0.1) -> float:
    """Poll until pred() holds; returns the seconds it took."""
    start = time.monotonic()
    while not pred():
        if time.monotonic() - start > timeout:
            raise AssertionError(f"timed out after {timeout}s waiting for {what}")
        time.sleep(interval)
    return time.monotonic() - start
