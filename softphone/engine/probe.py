"""Is the registrar there? A non-blocking reachability probe, driven from the engine thread.

UDP: an OPTIONS request from a private socket; any SIP response (even an error) means alive, ICMP
port-unreachable (ECONNREFUSED) or no answer within the tick means down. TCP/TLS: a TCP connect.
Each ``tick()`` first reads the outcome of the previous probe, then sends the next one.
"""

from __future__ import annotations

import enum
import errno
import os
import socket
import threading
import time

from softphone.engine.siptext import options_probe

RESOLVE_EVERY_SEC = 30.0  # a name that does not resolve is asked about again only this often


class ProbeResult(enum.Enum):
    UNKNOWN = "unknown"  # no probe finished yet
    UP = "up"
    DOWN = "down"


class RegistrarProbe:
    def __init__(self, host: str, port: int, stream: bool, user_agent: str, answer_wait: float = 1.5) -> None:
        self.host = host
        self.port = port
        self.stream = stream
        self.user_agent = user_agent
        self.answer_wait = answer_wait
        self._sock: socket.socket | None = None
        self._sent_at = 0.0
        self._addr: tuple[object, ...] | None = None
        self._family = socket.AF_INET
        self._resolving = False
        self._resolved_at = -RESOLVE_EVERY_SEC

    def _resolve(self) -> bool:
        """True once the host's address is known. Name look-ups run on a thread of their own (a slow or dead
        resolver must never stall the engine thread) and at most every RESOLVE_EVERY_SEC."""
        if self._addr is not None:
            return True
        now = time.monotonic()
        if self._resolving or now - self._resolved_at < RESOLVE_EVERY_SEC:
            return False
        self._resolving = True
        self._resolved_at = now
        kind = socket.SOCK_STREAM if self.stream else socket.SOCK_DGRAM

        def look_up() -> None:
            try:
                infos = socket.getaddrinfo(self.host, self.port, 0, kind)
                family, _, _, _, addr = infos[0]
                self._family = family
                self._addr = tuple(addr)
            except OSError:
                pass
            finally:
                self._resolving = False

        threading.Thread(target=look_up, name="probe-dns", daemon=True).start()
        return False

    def close(self) -> None:
        if self._sock is not None:
            self._sock.close()
            self._sock = None

    def tick(self) -> ProbeResult:
        """Collect the previous probe's outcome and start a new one."""
        result = self._collect()
        self.close()
        self._send()
        return result

    def _collect(self) -> ProbeResult:
        sock = self._sock
        if sock is None:
            return ProbeResult.UNKNOWN
        if self.stream:
            err = sock.getsockopt(socket.SOL_SOCKET, socket.SO_ERROR)
            if err:
                return ProbeResult.DOWN
            try:
                sock.getpeername()
            except OSError:
                # still connecting: no answer yet counts as down once the wait is over
                return ProbeResult.DOWN if time.monotonic() - self._sent_at >= self.answer_wait else ProbeResult.UNKNOWN
            return ProbeResult.UP
        try:
            data = sock.recv(4096)
        except BlockingIOError:
            return ProbeResult.DOWN if time.monotonic() - self._sent_at >= self.answer_wait else ProbeResult.UNKNOWN
        except OSError:
            return ProbeResult.DOWN  # ECONNREFUSED: ICMP port unreachable
        return ProbeResult.UP if data.startswith(b"SIP/2.0") else ProbeResult.DOWN

    def _send(self) -> None:
        if not self._resolve() or self._addr is None:
            return
        sock = socket.socket(self._family, socket.SOCK_STREAM if self.stream else socket.SOCK_DGRAM)
        sock.setblocking(False)
        self._sent_at = time.monotonic()
        try:
            if self.stream:
                rc = sock.connect_ex(self._addr)
                if rc not in (0, errno.EINPROGRESS, errno.EAGAIN):
                    sock.close()
                    return
            else:
                sock.connect(self._addr)
                local_host, local_port = sock.getsockname()[:2]
                local = f"[{local_host}]:{local_port}" if ":" in str(local_host) else f"{local_host}:{local_port}"
                call_id = os.urandom(12).hex()
                sock.send(options_probe(local, self.host, self.port, call_id, self.user_agent))
        except OSError:
            sock.close()
            return
        self._sock = sock
