"""SIPp 3.6 as the far end: scenario templates from tests/stack/scenarios, run on free loopback ports.

Scenario files are templates: {{name}} placeholders are filled in from keyword arguments before SIPp reads
them, because SIPp does not substitute -key values inside exec/pause attributes (DESIGN 8).
"""

from __future__ import annotations

import csv
import itertools
import re
import socket
import subprocess
import tempfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from tests.stack import procs

SCENARIO_DIR = Path(__file__).with_name("scenarios")
TRANSPORT_FLAG = {"udp": "u1", "tcp": "t1", "tls": "l1"}
_counter = itertools.count(1)


@dataclass
class SipMessage:
    """One SIP message from SIPp's -trace_msg log."""

    direction: str  # "received" or "sent"
    transport: str
    text: str
    first_line: str = ""
    headers: dict[str, list[str]] = field(default_factory=dict)
    body: str = ""

    @property
    def method(self) -> str | None:
        """Request method, or None for a response."""
        return None if self.first_line.startswith("SIP/2.0") else self.first_line.split(" ", 1)[0]

    @property
    def status(self) -> int | None:
        return int(self.first_line.split()[1]) if self.first_line.startswith("SIP/2.0") else None

    def header(self, name: str) -> str | None:
        values = self.headers.get(name.lower())
        return values[0] if values else None


_COMPACT = {
    "f": "from", "t": "to", "i": "call-id", "m": "contact", "v": "via", "c": "content-type", "l": "content-length",
}  # fmt: skip


def parse_sip(direction: str, transport: str, text: str) -> SipMessage:
    head, _, body = text.replace("\r\n", "\n").partition("\n\n")
    lines = head.strip("\n").split("\n")
    headers: dict[str, list[str]] = {}
    for line in lines[1:]:
        if ":" in line:
            name, value = line.split(":", 1)
            key = name.strip().lower()
            headers.setdefault(_COMPACT.get(key, key), []).append(value.strip())
    return SipMessage(direction, transport, text, lines[0].strip(), headers, body)


_ENTRY = re.compile(r"^(UDP|TCP|TLS|SCTP) message (received|sent) \[(\d+)\] bytes ?:\s*$", re.M)


def parse_message_log(text: str) -> list[SipMessage]:
    """Split SIPp's message trace into messages (each entry: a dashes line, a header line, the message)."""
    out: list[SipMessage] = []
    matches = list(_ENTRY.finditer(text))
    for i, m in enumerate(matches):
        end = matches[i + 1].start() if i + 1 < len(matches) else len(text)
        chunk = text[m.end() : end]
        if i + 1 == len(matches) and len(chunk.lstrip("\n").encode(errors="replace")) < int(m.group(3)):
            break  # SIPp is still writing this message: read it next time, whole
        # drop the next entry's "----- timestamp" separator line
        chunk = re.sub(r"\n-{10,}[^\n]*\n?\s*$", "\n", chunk).strip("\n")
        if chunk.strip():
            out.append(parse_sip(m.group(2), m.group(1), chunk.lstrip("\n") + "\n"))
    return out


def render_scenario(template: str | Path, values: dict[str, Any], out_dir: Path) -> Path:
    path = Path(template)
    if not path.suffix:
        path = SCENARIO_DIR / f"{template}.xml"
    text = path.read_text()
    for key, value in values.items():
        if str(value) == "":
            # an empty placeholder on a line of its own would leave a blank line that ends the SIP headers
            text = re.sub(r"^[ \t]*\{\{" + key + r"\}\}[ \t]*\n", "", text, flags=re.M)
        text = text.replace("{{" + key + "}}", str(value))
    leftover = re.findall(r"\{\{(\w+)\}\}", text)
    if leftover:
        raise ValueError(f"scenario {path.name}: no value for {sorted(set(leftover))}")
    out = out_dir / f"{path.stem}-{next(_counter)}.xml"
    out.write_text(text)
    return out


def _udp_port_taken(port: int, host: str = "127.0.0.1") -> bool:
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
        try:
            s.bind((host, port))
        except OSError:
            return True
    return False


class SippProcess:
    def __init__(
        self,
        argv: list[str],
        workdir: Path,
        name: str,
        port: int,
        media_port: int,
        transport: str,
        env: dict[str, str] | None,
    ) -> None:
        self.argv = argv
        self.workdir = workdir
        self.name = name
        self.port = port
        self.media_port = media_port
        self.transport = transport
        self.message_file = workdir / f"{name}.messages.log"
        self.error_file = workdir / f"{name}.errors.log"
        self.stat_file = workdir / f"{name}.stats.csv"
        self.screen_file = workdir / f"{name}.screen.log"
        self.log_file = workdir / f"{name}.out.log"
        self.proc = procs.start_process(argv, log_path=self.log_file, env=env, cwd=workdir)

    @property
    def uri(self) -> str:
        return f"sip:127.0.0.1:{self.port}"

    def wait_listening(self, timeout: float = 5.0) -> None:
        def ready() -> bool:
            if self.proc.poll() is not None:
                raise RuntimeError(f"sipp {self.name} exited early ({self.proc.returncode}):\n{self.diagnostics()}")
            if self.transport == "udp":
                return _udp_port_taken(self.port)
            return procs.port_open("127.0.0.1", self.port)

        procs.wait_until(ready, timeout, what=f"sipp {self.name} listening on {self.port}")

    def wait(self, timeout: float = 30.0) -> int:
        """Wait for SIPp to finish; returns its exit code (0: all calls succeeded)."""
        try:
            return self.proc.wait(timeout)
        except subprocess.TimeoutExpired:
            raise TimeoutError(f"sipp {self.name} still running after {timeout} s:\n{self.diagnostics()}") from None

    def wait_ok(self, timeout: float = 30.0) -> None:
        rc = self.wait(timeout)
        if rc != 0:
            raise AssertionError(f"sipp {self.name} failed with exit code {rc}:\n{self.diagnostics()}")

    @property
    def returncode(self) -> int | None:
        return self.proc.poll()

    def stop(self) -> int | None:
        return procs.stop_process(self.proc)

    def messages(self, direction: str | None = "received") -> list[SipMessage]:
        """SIP messages SIPp logged so far (received ones by default; None for all)."""
        try:
            text = self.message_file.read_text(errors="replace")
        except OSError:
            return []
        return [m for m in parse_message_log(text) if direction is None or m.direction == direction]

    def requests(self, method: str) -> list[SipMessage]:
        return [m for m in self.messages() if m.method == method]

    def wait_for_request(self, method: str, count: int = 1, timeout: float = 10.0) -> list[SipMessage]:
        what = f"{count} {method} at sipp {self.name}"
        procs.wait_until(lambda: len(self.requests(method)) >= count, timeout, what=what)
        return self.requests(method)

    def stats(self) -> dict[str, str]:
        """The last row of SIPp's statistics CSV (keys like 'SuccessfulCall(C)', 'FailedCall(C)')."""
        try:
            rows = list(csv.reader(self.stat_file.read_text(errors="replace").splitlines(), delimiter=";"))
        except OSError:
            return {}
        if len(rows) < 2:
            return {}
        return dict(zip(rows[0], rows[-1], strict=False))

    def diagnostics(self) -> str:
        parts = []
        for f in (self.error_file, self.log_file, self.screen_file):
            if f.exists():
                parts.append(f"--- {f.name}\n{procs.tail(f, 40)}")
        return "\n".join(parts)


class Sipp:
    """Factory for SIPp processes; stop_all() ends every one it started."""

    def __init__(
        self, kamailio: Any | None = None, workdir: Path | None = None, env: dict[str, str] | None = None
    ) -> None:
        self._tmp: tempfile.TemporaryDirectory[str] | None = None
        if workdir is None:
            self._tmp = tempfile.TemporaryDirectory(prefix="sipp-")
            workdir = Path(self._tmp.name)
        self.workdir = Path(workdir)
        self.kamailio = kamailio
        self.env = env
        self.processes: list[SippProcess] = []

    def _start(
        self,
        scenario: str | Path,
        values: dict[str, Any],
        *,
        remote: str | None,
        port: int | None,
        transport: str,
        rtp_echo: bool,
        max_calls: int,
        timeout_s: float,
        extra_args: list[str],
        media_port: int | None,
    ) -> SippProcess:
        name = f"{Path(scenario).stem}-{next(_counter)}"
        if port is None:
            port = procs.free_port((socket.SOCK_DGRAM,) if transport == "udp" else (socket.SOCK_STREAM,))
        media_port = media_port or procs.free_media_port()
        values = {"media_port": media_port, **values}
        scen = render_scenario(scenario, values, self.workdir)
        argv = ["sipp"]
        if remote:
            argv.append(remote)
        argv += [
            "-sf", str(scen), "-i", "127.0.0.1", "-p", str(port), "-t", TRANSPORT_FLAG[transport],
            "-m", str(max_calls), "-nostdin", "-nd",
            "-mi", "127.0.0.1", "-mp", str(media_port),
            "-trace_msg", "-message_file", str(self.workdir / f"{name}.messages.log"),
            "-trace_err", "-error_file", str(self.workdir / f"{name}.errors.log"),
            "-trace_stat", "-stf", str(self.workdir / f"{name}.stats.csv"), "-fd", "1",
            "-trace_screen", "-screen_file", str(self.workdir / f"{name}.screen.log"),
            "-timeout", f"{int(timeout_s)}s", "-timeout_error",
        ]  # fmt: skip
        if rtp_echo:
            argv.append("-rtp_echo")
        argv += extra_args
        proc = SippProcess(argv, self.workdir, name, port, media_port, transport, self.env)
        self.processes.append(proc)
        return proc

    def uas(
        self,
        scenario: str | Path = "uas_answer",
        *,
        user: str = "sipp",
        port: int | None = None,
        transport: str = "udp",
        rtp_echo: bool = True,
        ring_ms: int = 100,
        hangup_ms: int = 0,
        code: int = 486,
        reason: str = "Busy Here",
        max_calls: int = 1,
        timeout_s: float = 120,
        extra_args: list[str] | None = None,
        **values: Any,
    ) -> SippProcess:
        """A SIPp UAS listening on 127.0.0.1:port (returned as .port) and ready when this returns."""
        vals = {"user": user, "ring_ms": max(1, ring_ms), "hangup_ms": hangup_ms, "code": code, "reason": reason}
        vals.update(values)
        proc = self._start(
            scenario, vals, remote=None, port=port, transport=transport, rtp_echo=rtp_echo,
            max_calls=max_calls, timeout_s=timeout_s, extra_args=extra_args or [], media_port=None,
        )  # fmt: skip
        proc.wait_listening()
        return proc

    def uac(
        self,
        scenario: str | Path = "uac_call",
        *,
        to: str,
        from_user: str = "sipp",
        from_name: str = "SIPp Caller",
        domain: str | None = None,
        proxy: str | None = None,
        transport: str = "udp",
        wav: str | Path | None = None,
        duration_ms: int = 0,
        extra_headers: str = "",
        max_calls: int = 1,
        timeout_s: float = 120,
        extra_args: list[str] | None = None,
        **values: Any,
    ) -> SippProcess:
        """Call `to` (a user at Kamailio, or a full sip: URI). Sends via `proxy` ("host:port"; default Kamailio).

        With `wav` (8 kHz mono u-law, see make_wav) RTP carries that file in a loop; without it the far
        end's RTP is echoed back (-rtp_echo).
        """
        kam = self.kamailio
        if to.startswith("sip:"):
            ruri = to
        else:
            if kam is None:
                raise ValueError("uac(to=user) needs a Kamailio; pass a full sip: URI instead")
            ruri = f"sip:{to}@{kam.host}:{getattr(kam, transport + '_port')}"
        if proxy is None:
            if kam is not None:
                proxy = f"{kam.host}:{getattr(kam, transport + '_port')}"
            else:
                m = re.match(r"sip:(?:[^@]+@)?([^;>]+)", ruri)
                proxy = m.group(1) if m else ruri
        dom = domain or (kam.domain if kam is not None else "127.0.0.1")
        to_uri = ruri.split(";", 1)[0]
        media_port = None
        if wav is not None:
            rtp_start = f'<nop><action><exec rtp_stream="{Path(wav).resolve()},-1,0"/></action></nop>'
            media_port_value: Any = "[rtpstream_audio_port]"
        else:
            rtp_start = ""
            media_port = procs.free_media_port()
            media_port_value = media_port
        vals = {
            "ruri": ruri, "to_uri": to_uri, "from_user": from_user, "from_name": from_name, "domain": dom,
            "duration_ms": duration_ms, "extra_headers": extra_headers, "rtp_start": rtp_start,
            "media_port": media_port_value,
        }  # fmt: skip
        vals.update(values)
        return self._start(
            scenario, vals, remote=proxy, port=None, transport=transport, rtp_echo=wav is None,
            max_calls=max_calls, timeout_s=timeout_s, extra_args=extra_args or [], media_port=media_port,
        )  # fmt: skip

    def register(
        self,
        user: str,
        password: str | None = None,
        *,
        contact_port: int | None = None,
        contact: str | None = None,
        expires: int = 300,
        expect: int = 200,
        transport: str = "udp",
        timeout: float = 10.0,
    ) -> SippProcess:
        """Run the `register` scenario to completion (raises if the final response is not `expect`)."""
        kam = self.kamailio
        if kam is None:
            raise ValueError("register() needs a Kamailio")
        pw = kam.users[user] if password is None else password
        if contact is None:
            if contact_port is None:
                raise ValueError("register() needs contact_port (the UAS's .port) or contact")
            contact = f"sip:{user}@127.0.0.1:{contact_port}" + ("" if transport == "udp" else f";transport={transport}")
        vals = {"user": user, "password": pw, "domain": kam.domain, "contact": contact, "expires": expires,
                "expect": expect}  # fmt: skip
        proc = self._start(
            "register", vals, remote=f"{kam.host}:{getattr(kam, transport + '_port')}", port=None,
            transport=transport, rtp_echo=False, max_calls=1, timeout_s=timeout, extra_args=[], media_port=None,
        )  # fmt: skip
        proc.wait_ok(timeout + 5)
        return proc

    def stop_all(self) -> None:
        for proc in self.processes:
            proc.stop()

    def close(self) -> None:
        self.stop_all()
        if self._tmp is not None:
            self._tmp.cleanup()
            self._tmp = None

    def __enter__(self) -> Sipp:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def make_wav(path: Path, seconds: float = 5.0, freq: float = 440.0, text: str | None = None) -> Path:
    """An 8 kHz mono u-law WAV for rtp_stream: a sine tone, or speech with espeak-ng when `text` is given."""
    path = Path(path)
    if text is None:
        cmd = ["sox", "-n", "-r", "8000", "-c", "1", "-e", "u-law", str(path), "synth", str(seconds), "sine", str(freq),
               "vol", "0.5"]  # fmt: skip
        subprocess.run(cmd, check=True, capture_output=True, timeout=30)
    else:
        raw = path.with_suffix(".speech.wav")
        subprocess.run(["espeak-ng", "-w", str(raw), text], check=True, capture_output=True, timeout=30)
        subprocess.run(["sox", str(raw), "-r", "8000", "-c", "1", "-e", "u-law", str(path)], check=True,
                       capture_output=True, timeout=30)  # fmt: skip
        raw.unlink()
    return path
