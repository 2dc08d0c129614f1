"""baresip 1.0 (Debian's baresip-core) as the native peer: a config dir per run, driven over ctrl_tcp.

ctrl_tcp speaks JSON netstrings (`len:{...},`): commands {"command","params","token"}, answers
{"response":true,...}, events {"event":true,"type":"REGISTER_OK"|"CALL_INCOMING"|...}. Audio goes through
its portaudio module to PulseAudio's `pulse` ALSA device, steered by PULSE_SINK/PULSE_SOURCE: the same path
as our bridge (DESIGN 8).
"""

from __future__ import annotations

import json
import queue
import socket
import subprocess
import threading
import time
from collections.abc import Mapping
from pathlib import Path
from typing import Any

from tests.stack import procs

MODULE_DIR = Path("/usr/lib/baresip/modules")


class BaresipTimeout(AssertionError):
    pass


class BaresipPhone:
    def __init__(self, workdir: Path, *, user: str, password: str, registrar: str, env: Mapping[str, str],
                 sink: str = "headset_out", source: str = "headset_mic", regint: int = 60,
                 auto_answer: bool = True) -> None:
        self.workdir = Path(workdir)
        self.workdir.mkdir(parents=True, exist_ok=True)
        self.user, self.password, self.registrar = user, password, registrar
        self.env = {**env, "PULSE_SINK": sink, "PULSE_SOURCE": source, "HOME": str(self.workdir)}
        self.regint, self.auto_answer = regint, auto_answer
        self.sip_port = procs.free_port()
        self.ctrl_port = procs.free_port()
        self.rtp_port = procs.free_port()
        self.events: list[dict[str, Any]] = []
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._seen = 0
        self._token = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.sock: socket.socket | None = None
        self.start_wall = 0.0
        self.log_path = self.workdir / "baresip.log"

    def write_config(self) -> None:
        modules = ["g711.so", "portaudio.so", "account.so", "ctrl_tcp.so"]
        if (MODULE_DIR / "plc.so").exists():
            modules.insert(1, "plc.so")  # pjsua conceals lost packets by default; so does this, for a fair PESQ
        lines = [
            "poll_method epoll",
            f"sip_listen 127.0.0.1:{self.sip_port}",
            "sip_trans_def udp",
            "audio_player portaudio,pulse",
            "audio_source portaudio,pulse",
            "audio_alert portaudio,pulse",
            "audio_level no",
            f"rtp_ports {self.rtp_port}-{self.rtp_port + 1}",
            "rtcp_mux no",
            "jitter_buffer_delay 1-10",
            f"module_path {MODULE_DIR}",
            *[f"module {m}" for m in modules],
            f"ctrl_tcp_listen 127.0.0.1:{self.ctrl_port}",
            "net_interface 127.0.0.1",
        ]
        (self.workdir / "config").write_text("\n".join(lines) + "\n")
        answer = ";answermode=auto" if self.auto_answer else ""
        (self.workdir / "accounts").write_text(
            f"<sip:{self.user}@{self.registrar};transport=udp>;auth_pass={self.password};regint={self.regint}"
            f";audio_codecs=PCMU{answer}\n")
        (self.workdir / "contacts").write_text("")
        (self.workdir / "uuid").write_text("2d0ba0d9-6d9c-4fd3-9c8f-000000000001\n")

    def start(self) -> None:
        self.write_config()
        self._log = open(self.log_path, "ab")  # noqa: SIM115 - closed in close()
        self.start_wall = time.time()
        self.proc = subprocess.Popen(["baresip", "-f", str(self.workdir), "-4"], stdin=subprocess.DEVNULL,
                                     stdout=self._log, stderr=subprocess.STDOUT, env=self.env, cwd=self.workdir,
                                     start_new_session=True)
        deadline = time.monotonic() + 10
        while True:
            try:
                self.sock = socket.create_connection(("127.0.0.1", self.ctrl_port), timeout=1)
                break
            except OSError:
                if self.proc.poll() is not None or time.monotonic() > deadline:
                    raise RuntimeError(f"baresip did not open ctrl_tcp: {self.log_tail()}") from None
                time.sleep(0.005)
        self.sock.settimeout(None)
        threading.Thread(target=self._read, daemon=True, name="baresip-ctrl").start()

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def _read(self) -> None:
        assert self.sock is not None
        buf = b""
        try:
            while True:
                data = self.sock.recv(65536)
                if not data:
                    break
                buf += data
                while b":" in buf:
                    head, _, rest = buf.partition(b":")
                    if not head.isdigit():
                        buf = b""
                        break
                    n = int(head)
                    if len(rest) < n + 1:
                        break
                    payload, buf = rest[:n], rest[n + 1:]
                    try:
                        msg = json.loads(payload)
                    except json.JSONDecodeError:
                        continue
                    msg["_t"] = time.time()
                    self._queue.put(msg)
        except OSError:
            pass
        self._queue.put(None)

    def command(self, command: str, params: str = "") -> None:
        assert self.sock is not None
        self._token += 1
        body = json.dumps({"command": command, "params": params, "token": str(self._token)}).encode()
        self.sock.sendall(str(len(body)).encode() + b":" + body + b",")

    def wait_event(self, *types: str, timeout: float = 10) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            while self._seen < len(self.events):
                event = self.events[self._seen]
                self._seen += 1
                if event.get("event") and event.get("type") in types:
                    return event
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise BaresipTimeout(f"baresip: no {types} within {timeout}s; log: {self.log_tail()}")
            try:
                msg = self._queue.get(timeout=min(remaining, 0.5))
            except queue.Empty:
                continue
            if msg is None:
                self._queue.put(None)
                raise BaresipTimeout(f"baresip exited before {types}; log: {self.log_tail()}")
            self.events.append(msg)

    def drain(self) -> None:
        while True:
            try:
                msg = self._queue.get_nowait()
            except queue.Empty:
                return
            if msg is None:
                self._queue.put(None)
                return
            self.events.append(msg)

    def log_tail(self, n: int = 2000) -> str:
        try:
            return self.log_path.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def close(self) -> None:
        if self.proc is not None and self.proc.poll() is None:
            try:
                self.command("quit")
                self.proc.wait(5)
            except (OSError, subprocess.TimeoutExpired):
                procs.stop_process(self.proc)
        if self.sock is not None:
            try:
                self.sock.close()
            except OSError:
                pass
        if hasattr(self, "_log"):
            self._log.close()


def available() -> str:
    """'' when baresip can run here, else why not."""
    if not (MODULE_DIR / "portaudio.so").exists():
        return "baresip-core's portaudio module is missing"
    if subprocess.run(["which", "baresip"], capture_output=True).returncode != 0:
        return "baresip is not installed (apt: baresip-core)"
    return ""



