"""The two phones under test behind one small interface: ours (headless, or the GUI offscreen) and baresip."""

from __future__ import annotations

import json
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

from tests.bench.baresip_runner import BaresipPhone
from tests.phone import HeadlessPhone
from tests.stack import procs
from tests.stack.kamailio import KamailioServer

REPO = Path(__file__).resolve().parents[2]


class BenchKamailio(KamailioServer):
    """The test Kamailio with registrations capped at 60 s (the issue's re-registration interval, for both
    phones: ours asks for 300 s) and a log line per accepted REGISTER (to see the GUI register)."""

    def render_config(self) -> str:
        text = super().render_config()
        text = text.replace('modparam("registrar", "max_expires", 3600)', 'modparam("registrar", "max_expires", 60)')
        save = 'if (!save("location")) {'
        return text.replace(save, 'xlog("L_ERR", "BENCH-REG $au\\n");\n\t' + save)


def wait_registrar(kam: KamailioServer, user: str, before: int, t0: float, exited: Callable[[], bool],
                   tail: Callable[[], str], timeout: float = 30) -> float:
    """Seconds from t0 until Kamailio accepted one more REGISTER from `user` (its BENCH-REG log line)."""
    while kam.log_text().count(f"BENCH-REG {user}") <= before:
        if exited():
            raise RuntimeError(f"the process exited before registering: {tail()[-300:]}")
        if time.monotonic() - t0 > timeout:
            raise RuntimeError(f"not registered within {timeout:.0f} s: {tail()[-300:]}")
        time.sleep(0.005)
    return time.monotonic() - t0


def audio_bridge_present() -> bool:
    return (REPO / "softphone" / "cli" / "audio_wiring.py").exists()


class Ours:
    name = "ours"

    def __init__(self, workdir: Path, kam: KamailioServer, user: str, env: dict[str, str]) -> None:
        self.profile = workdir / f"ours-{user}"
        self.kam, self.user = kam, user
        self.env = {**env, "PULSE_SINK": "headset_out", "PULSE_SOURCE": "headset_mic"}
        self.phone: HeadlessPhone | None = None
        self._configured = False

    def configure(self) -> None:
        p = HeadlessPhone(self.profile, env=self.env, start=False)
        for name, value in (("sip.bind_address", "127.0.0.1"), ("call.auto_answer", "all"),
                            ("call.auto_answer_delay", "0")):
            done = p.cli("config", "set", name, value)
            if done.returncode != 0:
                raise RuntimeError(f"softphone config set {name}: {done.stderr.strip()[-300:]}")
        done = p.cli("account", "set", "--sip-uri", f"sip:{self.user}@{self.kam.domain}", "--transport", "udp",
                     "--port", str(self.kam.udp_port), "--password-stdin", input=self.kam.users[self.user] + "\n")
        if done.returncode != 0:
            raise RuntimeError(f"softphone account set: {done.stderr.strip()[-300:]}")
        self._configured = True

    def start(self) -> float:
        """Start the process; seconds from process start to the registrar's 200 OK (the registered event)."""
        if not self._configured:
            self.configure()
        self.phone = HeadlessPhone(self.profile, env=self.env, start=False)
        t0 = time.monotonic()
        self.phone.start()
        self.phone.wait_event("registration", timeout=30, state="registered")
        return time.monotonic() - t0

    @property
    def pid(self) -> int:
        assert self.phone is not None and self.phone.proc is not None
        return self.phone.proc.pid

    def wait_connected(self, timeout: float = 15) -> None:
        assert self.phone is not None
        self.phone.wait_event("call_state", timeout=timeout, state="connected")

    def wait_ended(self, timeout: float = 30) -> None:
        assert self.phone is not None
        self.phone.wait_event("call_state", timeout=timeout, state="disconnected")

    def hangup(self) -> None:
        if self.phone is not None:
            self.phone.send({"cmd": "hangup"})

    def last_media(self, timeout: float = 5) -> dict[str, Any] | None:
        """The last call's final media event (its bridge counters), wherever the event cursor is."""
        assert self.phone is not None
        deadline = time.monotonic() + timeout
        while True:
            for event in reversed(self.phone.events):
                if event.get("event") == "media" and event.get("final"):
                    found: dict[str, Any] = event
                    return found
            if time.monotonic() > deadline or not self.phone._pump(0.2):
                return None

    def audio_problem(self) -> str:
        if not audio_bridge_present():
            return "no audio path yet (softphone/cli/audio_wiring.py not in the tree)"
        tail = self.phone.stderr_tail() if self.phone else ""
        if "audio unavailable" in tail:
            return "audio unavailable: " + tail.split("audio unavailable", 1)[1][:160].strip()
        return ""

    def close(self) -> None:
        if self.phone is not None:
            self.phone.close()
            self.phone = None


class OursGui:
    """`softphone --profile DIR run` with Qt offscreen; registered when Kamailio logs its REGISTER."""

    name = "ours-gui"

    def __init__(self, workdir: Path, kam: BenchKamailio, user: str, env: dict[str, str]) -> None:
        self.ours = Ours(workdir, kam, user, env)
        self.kam, self.user = kam, user
        self.proc: subprocess.Popen[bytes] | None = None
        self.log_path = workdir / f"gui-{user}.log"

    def start(self) -> float:
        if not self.ours._configured:
            self.ours.configure()
        env = {**self.ours.env, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        before = self.kam.log_text().count(f"BENCH-REG {self.user}")
        t0 = time.monotonic()
        self.proc = procs.start_process([sys.executable, "-m", "softphone", "--profile", str(self.ours.profile),
                                         "run"], env=env, log_path=self.log_path, cwd=REPO)
        proc = self.proc
        return wait_registrar(self.kam, self.user, before, t0, lambda: proc.poll() is not None,
                              lambda: procs.tail(self.log_path, 6))

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def close(self) -> None:
        if self.proc is not None:
            procs.stop_process(self.proc)
            self.proc = None


class DrivenGui:
    """The desktop app run by tests/bench/gui_driver.py in a child process (offscreen): its JSON lines read by a
    thread, 'quit' sent on stdin."""

    name = "ours-gui"

    def __init__(self, workdir: Path, kam: KamailioServer, user: str, env: dict[str, str]) -> None:
        self.ours = Ours(workdir, kam, user, env)
        self.user = user
        self.env = {**self.ours.env, "QT_QPA_PLATFORM": "offscreen", "PYTHONUNBUFFERED": "1"}
        self.log_path = workdir / f"gui-driver-{user}.log"
        self.proc: subprocess.Popen[bytes] | None = None
        self.lines: queue.Queue[dict[str, Any]] = queue.Queue()
        self.seen: list[dict[str, Any]] = []

    def _argv(self, *args: str) -> list[str]:
        return [sys.executable, "-m", "tests.bench.gui_driver", "--profile", str(self.ours.profile), *args]

    def seed(self, rows: int, record_calls: int = 0, timeout: float = 120) -> dict[str, Any]:
        """Fill the profile's history with `rows` calls (before the app starts: not part of any figure)."""
        if not self.ours._configured:
            self.ours.configure()
        proc = procs.start_process(self._argv("seed", "--rows", str(rows), "--record-calls", str(record_calls)),
                                   env=self.env, log_path=self.log_path, cwd=REPO, stdout=subprocess.PIPE)
        try:
            out, _ = proc.communicate(timeout=timeout)
        finally:
            procs.stop_process(proc)
        for line in reversed(out.decode(errors="replace").splitlines()):
            if line.startswith("{"):
                found: dict[str, Any] = json.loads(line)
                return found
        raise RuntimeError(f"seeding the history failed: {procs.tail(self.log_path, 6)[-300:]}")

    def start(self, *args: str) -> None:
        if not self.ours._configured:
            self.ours.configure()
        self.proc = procs.start_process(self._argv(*args), env=self.env, log_path=self.log_path, cwd=REPO,
                                        stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        stdout = self.proc.stdout
        assert stdout is not None

        def read() -> None:
            for raw in stdout:
                line = raw.decode(errors="replace").strip()
                if line.startswith("{"):
                    try:
                        self.lines.put(json.loads(line))
                    except ValueError:
                        pass

        threading.Thread(target=read, name="gui-driver", daemon=True).start()

    def wait(self, event: str, timeout: float, **match: Any) -> dict[str, Any]:
        deadline = time.monotonic() + timeout
        while True:
            for line in self.seen:
                if line.get("event") == event and all(line.get(k) == v for k, v in match.items()):
                    self.seen.remove(line)
                    return line
            left = deadline - time.monotonic()
            if left <= 0 or (self.proc is not None and self.proc.poll() is not None and self.lines.empty()):
                errors = [str(s.get("message")) for s in self.seen if s.get("event") == "error"]
                why = errors[-1] if errors else procs.tail(self.log_path, 6)[-300:]
                raise RuntimeError(f"GUI driver: no {event} {match or ''} within {timeout:.0f} s: {why}")
            try:
                self.seen.append(self.lines.get(timeout=min(left, 0.2)))
            except queue.Empty:
                pass

    def close(self, timeout: float = 20) -> None:
        if self.proc is None:
            return
        try:
            if self.proc.stdin is not None and self.proc.poll() is None:
                self.proc.stdin.write(b"quit\n")
                self.proc.stdin.flush()
            self.proc.wait(timeout)
        except (OSError, subprocess.TimeoutExpired):
            pass
        procs.stop_process(self.proc)
        self.proc = None


class Baresip:
    name = "baresip"

    def __init__(self, workdir: Path, kam: KamailioServer, user: str, env: dict[str, str]) -> None:
        self.workdir, self.kam, self.user, self.env = workdir, kam, user, env
        self.phone: BaresipPhone | None = None
        self.runs = 0

    def start(self) -> float:
        self.runs += 1
        self.phone = BaresipPhone(self.workdir / f"baresip-{self.runs}", user=self.user,
                                  password=self.kam.users[self.user], registrar=f"127.0.0.1:{self.kam.udp_port}",
                                  env=self.env)
        before = self.kam.log_text().count(f"BENCH-REG {self.user}")
        t0 = time.monotonic()
        self.phone.start()
        # ctrl_tcp's REGISTER_OK can fire before our control connection is up (it is lost then): watch the
        # registrar's log instead, which is also where the 200 OK comes from
        return wait_registrar(self.kam, self.user, before, t0, lambda: self.phone is not None and
                              self.phone.proc is not None and self.phone.proc.poll() is not None, self.phone.log_tail)

    @property
    def pid(self) -> int:
        assert self.phone is not None
        return self.phone.pid

    def wait_connected(self, timeout: float = 15) -> None:
        assert self.phone is not None
        self.phone.wait_event("CALL_ESTABLISHED", timeout=timeout)

    def wait_ended(self, timeout: float = 30) -> None:
        assert self.phone is not None
        self.phone.wait_event("CALL_CLOSED", timeout=timeout)

    def hangup(self) -> None:
        if self.phone is not None:
            self.phone.command("hangup")

    def last_media(self, timeout: float = 5) -> dict[str, Any] | None:
        return None

    def audio_problem(self) -> str:
        return ""

    def close(self) -> None:
        if self.phone is not None:
            self.phone.close()
            self.phone = None


def cpu_hogs(n: int) -> list[subprocess.Popen[bytes]]:
    """`n` busy loops (one per core): the machine is busy while a call runs."""
    return [procs.start_process([sys.executable, "-c", "while True: pass"]) for _ in range(n)]


