"""Process helpers for the test stack: free ports, starting/stopping process groups, /proc walking.

Every service is started in its own session (process group) so stop() can take down the whole group
(Kamailio's worker children, shell pipelines) without touching anything we did not start.
"""

from __future__ import annotations

import contextlib
import os
import random
import shutil
import signal
import socket
import subprocess
import threading
import time
from collections.abc import Callable, Iterable, Mapping
from pathlib import Path

# long-lived (session-scoped) services: callables returning their current pids (a restart changes them);
# the leak check ignores these processes and their descendants
_services: list[Callable[[], Iterable[int | None]]] = []


def register_service(pids: Callable[[], Iterable[int | None]]) -> None:
    _services.append(pids)


def unregister_service(pids: Callable[[], Iterable[int | None]]) -> None:
    if pids in _services:
        _services.remove(pids)


def service_pids() -> set[int]:
    return {pid for provider in _services for pid in provider() if pid}


def _below_ephemeral() -> range:
    """Ports the kernel never hands out for bind(port 0): those below net.ipv4.ip_local_port_range."""
    try:
        low = int(Path("/proc/sys/net/ipv4/ip_local_port_range").read_text().split()[0])
    except (OSError, ValueError, IndexError):
        low = 32768
    return range(max(1024, low - 12_000), max(1025, low))


_handed_out: set[int] = set()  # ports given to services of this run: a service binds its port only later


def _bindable(port: int, kinds: tuple[int, ...], host: str) -> bool:
    for kind in kinds:
        with socket.socket(socket.AF_INET, kind) as sock:
            try:
                sock.bind((host, port))
            except OSError:
                return False
    return True


def free_port(kinds: Iterable[int] = (socket.SOCK_DGRAM, socket.SOCK_STREAM), host: str = "127.0.0.1") -> int:
    """A port free for every given socket kind on host (UDP+TCP by default).

    Taken below the kernel's ephemeral range and never twice in a run: a port merely found free by bind(0)
    could be handed to any other socket (the phone's RTP, a probe) before the service that gets it binds it,
    and SIPp then failed with "Address already in use"."""
    kinds = tuple(kinds)
    candidates = _below_ephemeral()
    rng = random.Random()
    for _ in range(2000):
        port = rng.choice(candidates)
        if port in _handed_out:
            continue
        if _bindable(port, kinds, host):
            _handed_out.add(port)
            return port
    raise RuntimeError("no free port found")


def free_media_port(host: str = "127.0.0.1", span: int = 4) -> int:
    """An even UDP port with the next span-1 ports free too: SIPp binds RTP, RTCP and video RTP/RTCP above it."""
    for _ in range(200):
        port = free_port((socket.SOCK_DGRAM,), host)
        base = port & ~1
        others = [p for p in range(base, base + span) if p != port]
        if all(p not in _handed_out and _bindable(p, (socket.SOCK_DGRAM,), host) for p in others):
            _handed_out.update(others)
            return base
    raise RuntimeError("no free media port range found")


def free_ports(count: int, kinds: Iterable[int] = (socket.SOCK_DGRAM, socket.SOCK_STREAM)) -> list[int]:
    ports: list[int] = []
    while len(ports) < count:
        p = free_port(kinds)
        if p not in ports:
            ports.append(p)
    return ports


def orphan_guard(argv: list[str]) -> list[str]:
    """argv prefixed so the kernel kills the service if the test process dies without tearing down (SIGKILL,
    an abort in native code): the services run in their own sessions, so nothing else would stop them.
    The death signal follows the thread that started the child, so only main-thread starts get it (a helper
    thread's exit would otherwise kill a service that is still in use)."""
    if threading.current_thread() is not threading.main_thread() or shutil.which("setpriv") is None:
        return argv
    return ["setpriv", "--pdeathsig", "KILL", "--", *argv]


def start_process(
    argv: list[str],
    *,
    log_path: Path | None = None,
    env: Mapping[str, str] | None = None,
    cwd: Path | None = None,
    stdin: int | None = subprocess.DEVNULL,
    stdout: int | None = None,
) -> subprocess.Popen[bytes]:
    """Start argv in its own session; stderr (and stdout unless given) go to log_path."""
    log = open(log_path, "ab") if log_path is not None else subprocess.DEVNULL  # noqa: SIM115
    try:
        return subprocess.Popen(
            orphan_guard(argv),
            stdin=stdin,
            stdout=stdout if stdout is not None else log,
            stderr=log,
            env=dict(env) if env is not None else None,
            cwd=cwd,
            start_new_session=True,
        )
    finally:
        if log_path is not None and not isinstance(log, int):
            log.close()


def stop_process(proc: subprocess.Popen[bytes] | None, timeout: float = 5.0, sig: int = signal.SIGTERM) -> int | None:
    """Signal the process group, wait, then SIGKILL the group. Returns the return code."""
    if proc is None:
        return None
    if proc.poll() is None:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(proc.pid, sig)
        try:
            proc.wait(timeout)
        except subprocess.TimeoutExpired:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(proc.pid, signal.SIGKILL)
            proc.wait(5)
    # workers of the group may outlive the leader briefly (Kamailio children): reap them too
    kill_group_leftovers(proc.pid)
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        if stream is not None:
            with contextlib.suppress(OSError):
                stream.close()
    return proc.returncode


def kill_group_leftovers(pgid: int, timeout: float = 3.0) -> None:
    deadline = time.monotonic() + timeout
    while True:
        members = [pid for pid, info in process_table().items() if info.pgid == pgid and info.state != "Z"]
        if not members:
            return
        if time.monotonic() > deadline:
            for pid in members:
                with contextlib.suppress(ProcessLookupError, PermissionError):
                    os.kill(pid, signal.SIGKILL)
            return
        time.sleep(0.02)


class ProcInfo:
    __slots__ = ("pid", "ppid", "pgid", "state", "start", "comm")

    def __init__(self, pid: int, ppid: int, pgid: int, state: str, start: int, comm: str) -> None:
        self.pid, self.ppid, self.pgid, self.state, self.start, self.comm = pid, ppid, pgid, state, start, comm

    def __repr__(self) -> str:
        return f"<pid {self.pid} {self.comm!r} ppid {self.ppid} state {self.state}>"

    def cmdline(self) -> str:
        try:
            raw = Path(f"/proc/{self.pid}/cmdline").read_bytes()
        except OSError:
            return self.comm
        return raw.replace(b"\0", b" ").decode(errors="replace").strip() or self.comm


def process_table() -> dict[int, ProcInfo]:
    table: dict[int, ProcInfo] = {}
    for entry in os.listdir("/proc"):
        if not entry.isdigit():
            continue
        try:
            raw = Path(f"/proc/{entry}/stat").read_text()
        except OSError:
            continue
        # comm may contain spaces and parentheses: split at the last ')'
        lpar, rpar = raw.index("("), raw.rindex(")")
        comm = raw[lpar + 1 : rpar]
        fields = raw[rpar + 2 :].split()
        table[int(entry)] = ProcInfo(int(entry), int(fields[1]), int(fields[2]), fields[0], int(fields[19]), comm)
    return table


def kill_orphaned_kamailio() -> list[int]:
    """SIGKILL Kamailio workers left behind by a test run that died (an abort in native code): the orphan guard
    kills the main Kamailio process, but its forked workers live on under init, holding their ports. Kamailio
    runs in the foreground here (-DD), so one whose parent is init and whose config is in a pytest folder
    belongs to no live run."""
    killed = []
    for info in process_table().values():
        if info.comm == "kamailio" and info.ppid == 1 and "/pytest-of-" in info.cmdline():
            with contextlib.suppress(OSError):
                os.kill(info.pid, signal.SIGKILL)
                killed.append(info.pid)
    return killed


def descendants(root: int, table: dict[int, ProcInfo] | None = None) -> dict[int, ProcInfo]:
    """Live (non-zombie) descendants of root, keyed by pid."""
    table = table if table is not None else process_table()
    children: dict[int, list[int]] = {}
    for info in table.values():
        children.setdefault(info.ppid, []).append(info.pid)
    found: dict[int, ProcInfo] = {}
    stack = list(children.get(root, []))
    while stack:
        pid = stack.pop()
        if pid in found:
            continue
        found[pid] = table[pid]
        stack.extend(children.get(pid, []))
    return {pid: info for pid, info in found.items() if info.state != "Z"}


def wait_until(
    predicate: Callable[[], object], timeout: float, interval: float = 0.02, what: str = "condition"
) -> None:
    deadline = time.monotonic() + timeout
    while True:
        if predicate():
            return
        if time.monotonic() > deadline:
            raise TimeoutError(f"timed out after {timeout:.1f} s waiting for {what}")
        time.sleep(interval)


def port_open(host: str, port: int, timeout: float = 0.2) -> bool:
    try:
        with socket.create_connection((host, port), timeout=timeout):
            return True
    except OSError:
        return False


def tail(path: Path, lines: int = 30) -> str:
    try:
        return "\n".join(path.read_text(errors="replace").splitlines()[-lines:])
    except OSError:
        return "(no log)"


class LeakCheck:
    """Snapshot this process's descendants; later report new ones that are not session services."""

    def __init__(self, root: int | None = None) -> None:
        self.root = root if root is not None else os.getpid()
        self.before = set(descendants(self.root))

    def leftovers(self) -> dict[int, ProcInfo]:
        table = process_table()
        exempt: set[int] = set()
        for pid in service_pids():
            exempt.add(pid)
            exempt.update(descendants(pid, table))
        found = descendants(self.root, table)
        return {pid: info for pid, info in found.items() if pid not in self.before and pid not in exempt}

    def wait_clean(self, grace: float = 3.0) -> dict[int, ProcInfo]:
        """Leftovers after up to `grace` seconds (processes told to stop may take a moment to exit)."""
        deadline = time.monotonic() + grace
        left = self.leftovers()
        while left and time.monotonic() < deadline:
            time.sleep(0.05)
            left = self.leftovers()
        return left

    @staticmethod
    def kill(left: dict[int, ProcInfo]) -> None:
        for pid in left:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.kill(pid, signal.SIGKILL)
