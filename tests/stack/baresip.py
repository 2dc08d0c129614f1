"""baresip 1.0 as a native video peer (vp8 + fakevideo + g711), registered to the test Kamailio, driven over
ctrl_tcp (netstring JSON). Plain class: start()/stop() and a context manager, like the other stack classes."""

from __future__ import annotations

import json
import re
import socket
import tempfile
import threading
import time
from pathlib import Path
from types import TracebackType

from tests.stack import procs

MODULES_DIR = "/usr/lib/baresip/modules"


class BaresipError(RuntimeError):
    pass


class Baresip:
    """A baresip UA: ``user`` registers at ``registrar`` ("host:port"). ``.uri`` is its AoR via the registrar.

    Audio: a sine tone out (ausine), received audio discarded (aufile writes it to a wav). Video: fakevideo's
    test pattern out at ``fps``/``size``, fakevideo's display in (frames counted by baresip's stream stats).
    """

    def __init__(self, user: str, password: str, registrar: str, *, workdir: Path | None = None,
                 fps: int = 15, size: tuple[int, int] = (640, 480), video: bool = True,
                 extra_config: str = "", mediaenc: str = "") -> None:
        self.user = user
        self.password = password
        self.registrar = registrar
        self._own_dir = workdir is None
        self.dir = Path(workdir or tempfile.mkdtemp(prefix="baresip-"))
        self.fps = fps
        self.size = size
        self.video = video
        self.extra_config = extra_config
        self.mediaenc = mediaenc  # "srtp" (SRTP offered) or "srtp-mand" (RTP/SAVP only; needs srtp.so)
        self.sip_port = 0
        self.ctrl_port = 0
        self.proc = None
        self._sock: socket.socket | None = None
        self._buf = b""
        self._lock = threading.Lock()
        self.events: list[dict[str, object]] = []
        self._responses: dict[str, dict[str, object]] = {}
        self._reader: threading.Thread | None = None
        self._token = 0
        self._cond = threading.Condition()

    @property
    def log_path(self) -> Path:
        return self.dir / "baresip.log"

    @property
    def uri(self) -> str:
        return f"sip:{self.user}@{self.registrar.split(':')[0]}"

    def _write_config(self) -> None:
        self.sip_port, self.ctrl_port = procs.free_ports(2)
        mods = ["g711.so", "ausine.so", "aufile.so", "ctrl_tcp.so", "menu.so", "account.so", "fakevideo.so", "vp8.so"]
        if self.mediaenc:
            mods.insert(0, "srtp.so")  # before account.so, which looks the mediaenc up while loading
        width, height = self.size
        config = "\n".join([
            "poll_method epoll",
            f"sip_listen 127.0.0.1:{self.sip_port}",
            "sip_trans_def udp",
            "audio_path /usr/share/baresip",
            "audio_player aufile," + str(self.dir / "rx.wav"),
            "audio_source ausine,440",
            "audio_alert aufile,/dev/null",
            "ausrc_srate 48000",  # ausine runs at 48 kHz only; baresip resamples to the codec
            "auplay_srate 48000",
            "ausrc_channels 2",
            "auplay_channels 1",
            "video_source fakevideo,nil",
            "video_display fakevideo,nil",
            f"video_size {width}x{height}",
            "video_bitrate 500000",
            f"video_fps {self.fps}",
            "video_fullscreen no",
            "rtp_tos 0",
            "rtcp_mux no",
            "jitter_buffer_delay 1-10",
            "net_interface 127.0.0.1",
            "dns_server 127.0.0.1:53",
            f"module_path {MODULES_DIR}",
            *[f"module {m}" for m in mods],
            f"ctrl_tcp_listen 127.0.0.1:{self.ctrl_port}",
            self.extra_config,
            "",
        ])
        (self.dir / "config").write_text(config)
        host = self.registrar
        video = "" if self.video else ";video_codecs=none"
        if self.mediaenc:
            video += f";mediaenc={self.mediaenc}"
        (self.dir / "accounts").write_text(
            f"<sip:{self.user}@{host.split(':')[0]}>;auth_pass={self.password};outbound=\"sip:{host};lr\";"
            f"regint=300;audio_codecs=PCMU/8000/1,PCMA/8000/1{video};answermode=manual\n")
        (self.dir / "contacts").write_text("")
        (self.dir / "uuid").write_text("e0f8c4d2-0000-4000-8000-000000000001\n")

    def start(self, timeout: float = 10.0) -> Baresip:
        self._write_config()
        self.proc = procs.start_process(["baresip", "-f", str(self.dir), "-v"], log_path=self.log_path,
                                        stdin=None)
        procs.wait_until(lambda: procs.port_open("127.0.0.1", self.ctrl_port) or self.proc.poll() is not None,
                         timeout, what="baresip ctrl_tcp")
        if self.proc.poll() is not None:
            raise BaresipError(f"baresip exited: {procs.tail(self.log_path)}")
        self._sock = socket.create_connection(("127.0.0.1", self.ctrl_port), timeout=5)
        self._sock.settimeout(None)
        self._reader = threading.Thread(target=self._read_loop, daemon=True, name="baresip-ctrl")
        self._reader.start()
        return self

    def wait_registered(self, timeout: float = 10.0) -> None:
        # the REGISTER_OK event can go out before our ctrl_tcp connection exists: read the log instead
        procs.wait_until(lambda: re.search(rf"{re.escape(self.user)}@[^:]+: .* 200 OK", self.log_text()),
                         timeout, what=f"baresip {self.user} registered")

    def _read_loop(self) -> None:
        sock = self._sock
        assert sock is not None
        while True:
            try:
                data = sock.recv(65536)
            except OSError:
                return
            if not data:
                return
            self._buf += data
            while True:
                m = re.match(rb"(\d+):", self._buf)
                if not m:
                    break
                n = int(m.group(1))
                start = m.end()
                if len(self._buf) < start + n + 1:
                    break
                payload = self._buf[start:start + n]
                self._buf = self._buf[start + n + 1:]
                try:
                    msg = json.loads(payload)
                except ValueError:
                    continue
                with self._cond:
                    if msg.get("response"):
                        self._responses[str(msg.get("token", ""))] = msg
                    else:
                        self.events.append(msg)
                    self._cond.notify_all()

    def command(self, command: str, params: str = "", timeout: float = 5.0) -> dict[str, object]:
        if self._sock is None:
            raise BaresipError("baresip is not running")
        with self._lock:
            self._token += 1
            token = str(self._token)
        body = json.dumps({"command": command, "params": params, "token": token}).encode()
        self._sock.sendall(str(len(body)).encode() + b":" + body + b",")
        deadline = time.monotonic() + timeout
        with self._cond:
            while token not in self._responses:
                left = deadline - time.monotonic()
                if left <= 0:
                    raise BaresipError(f"no response to {command} {params}")
                self._cond.wait(left)
            return self._responses.pop(token)

    def wait_event(self, type_: str, timeout: float = 10.0, since: int = 0) -> dict[str, object]:
        deadline = time.monotonic() + timeout
        with self._cond:
            while True:
                for ev in self.events[since:]:
                    if ev.get("type") == type_:
                        return ev
                left = deadline - time.monotonic()
                if left <= 0:
                    raise BaresipError(f"baresip: no {type_} event within {timeout} s; log:\n"
                                       f"{procs.tail(self.log_path, 40)}")
                self._cond.wait(left)

    def dial(self, uri: str) -> None:
        self.command("dial", uri)

    def answer(self) -> None:
        self.command("accept")

    def hangup(self) -> None:
        self.command("hangup")

    def log_text(self) -> str:
        try:
            return self.log_path.read_text(errors="replace")
        except OSError:
            return ""

    def stop(self) -> None:
        if self._sock is not None:
            try:
                self.command("quit", timeout=1.0)
            except (BaresipError, OSError):
                pass
            try:
                self._sock.close()
            except OSError:
                pass
            self._sock = None
        if self.proc is not None:
            if self.proc.poll() is None:
                try:
                    self.proc.wait(2)
                except Exception:
                    pass
            procs.stop_process(self.proc)
            self.proc = None

    def __enter__(self) -> Baresip:
        return self.start()

    def __exit__(self, exc_type: type[BaseException] | None, exc: BaseException | None,
                 tb: TracebackType | None) -> None:
        self.stop()
