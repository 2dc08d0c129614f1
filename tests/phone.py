"""HeadlessPhone: drives `softphone run --headless` as a subprocess through its JSON-lines interface."""

from __future__ import annotations

import json
import os
import queue
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Mapping
from pathlib import Path
from typing import Any


class PhoneTimeout(AssertionError):
    pass


class HeadlessPhone:
    def __init__(self, profile: Path, env: Mapping[str, str] | None = None, args: list[str] | None = None,
                 start: bool = True) -> None:
        self.profile = Path(profile)
        self.profile.mkdir(parents=True, exist_ok=True)
        self.env = dict(os.environ if env is None else env)
        self.env.setdefault("PYTHONUNBUFFERED", "1")
        self.args = args or []
        self.events: list[dict[str, Any]] = []
        self._queue: queue.Queue[dict[str, Any] | None] = queue.Queue()
        self._seen = 0
        self.proc: subprocess.Popen[bytes] | None = None
        self.stderr_path = self.profile / "headless-stderr.log"
        if start:
            self.start()

    def cli(self, *args: str, input: str | None = None, timeout: float = 60) -> subprocess.CompletedProcess[str]:
        """Run another softphone subcommand against the same profile."""
        return subprocess.run([sys.executable, "-m", "softphone", "--profile", str(self.profile), *args],
                              input=input, capture_output=True, text=True, env=self.env, timeout=timeout)

    def start(self) -> None:
        self._stderr = open(self.stderr_path, "ab")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            [sys.executable, "-m", "softphone", "--profile", str(self.profile), "run", "--headless", *self.args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=self.env,
        )
        self._reader = threading.Thread(target=self._read, daemon=True, name="headless-reader")
        self._reader.start()

    def _read(self) -> None:
        assert self.proc is not None and self.proc.stdout is not None
        for raw in self.proc.stdout:
            try:
                event = json.loads(raw)
            except json.JSONDecodeError:
                event = {"event": "_unparsed", "line": raw.decode("utf-8", "replace")}
            self._queue.put(event)
        self._queue.put(None)

    def send(self, cmd: dict[str, Any] | str) -> None:
        assert self.proc is not None and self.proc.stdin is not None
        line = cmd if isinstance(cmd, str) else json.dumps(cmd)
        self.proc.stdin.write(line.encode() + b"\n")
        self.proc.stdin.flush()

    def _pump(self, timeout: float) -> bool:
        try:
            event = self._queue.get(timeout=timeout)
        except queue.Empty:
            return True
        if event is None:
            self._queue.put(None)  # keep the end marker for later waits
            return False
        self.events.append(event)
        return True

    def mark(self) -> int:
        """A place in the event list for wait_event(since=...): events from here on, consumed or not."""
        return len(self.events)

    def wait_event(self, name: str, /, timeout: float = 10, since_start: bool = False,
                   where: Callable[[dict[str, Any]], bool] | None = None, since: int | None = None,
                   **match: Any) -> dict[str, Any]:
        """The next event called `name` whose fields equal `match` (and satisfy `where`).

        Looks at events not yet consumed by an earlier wait (or all of them with since_start=True, or those from
        a mark() on with since=; neither of these two moves the consumed point).
        """
        deadline = time.monotonic() + timeout
        index = 0 if since_start else self._seen if since is None else since
        consume = not since_start and since is None
        while True:
            while index < len(self.events):
                event = self.events[index]
                index += 1
                if event.get("event") == name and all(event.get(k) == v for k, v in match.items()) and (
                        where is None or where(event)):
                    if consume:
                        self._seen = index
                    return event
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise PhoneTimeout(f"no {name} event matching {match} within {timeout}s; last events: "
                                   f"{self.events[-8:]}\nstderr tail: {self.stderr_tail()}")
            if not self._pump(min(remaining, 0.5)) and index >= len(self.events):
                raise PhoneTimeout(f"phone exited (rc={self.proc.poll() if self.proc else None}) before {name} "
                                   f"{match}; last events: {self.events[-8:]}\nstderr tail: {self.stderr_tail()}")

    def stderr_tail(self, n: int = 3000) -> str:
        try:
            return self.stderr_path.read_text(errors="replace")[-n:]
        except OSError:
            return ""

    def close(self, timeout: float = 15) -> int | None:
        if self.proc is None:
            return None
        if self.proc.poll() is None:
            try:
                self.send({"cmd": "quit"})
            except (BrokenPipeError, OSError):
                pass
            try:
                self.proc.wait(timeout=timeout)
            except subprocess.TimeoutExpired:
                self.proc.kill()
                self.proc.wait(timeout=10)
        self._reader.join(timeout=5)
        while self._pump(0):  # keep what the phone said while quitting (stopped, unregistered...)
            if not self._queue.qsize():
                break
        for stream in (self.proc.stdin, self.proc.stdout):
            if stream is not None:
                try:
                    stream.close()
                except OSError:
                    pass
        self._stderr.close()
        rc = self.proc.returncode
        return rc
