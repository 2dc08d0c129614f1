"""Call history in sqlite3 (WAL): one row per call, inserted when the call starts and completed when it
ends, so a crash loses at most the end of the call in progress (marked ``interrupted`` at the next start).

Fed from the session's CallStateChanged events on the UI/asyncio thread; each write is one small
transaction (well under a millisecond on a local disk), so it never stalls the event loop noticeably.
Silent feature-code calls never reach here: the session does not announce them.
"""

from __future__ import annotations

import logging
import os
import sqlite3
import time
from collections.abc import Callable
from pathlib import Path

from softphone.core.desktop_ports import HistoryEntry
from softphone.core.events import CallStateChanged, Event

log = logging.getLogger("softphone.history")

SCHEMA = """
CREATE TABLE IF NOT EXISTS calls (
    id INTEGER PRIMARY KEY AUTOINCREMENT,
    call_id TEXT NOT NULL,
    direction TEXT NOT NULL,
    peer TEXT NOT NULL,
    queue TEXT NOT NULL DEFAULT '',
    started_at REAL NOT NULL,
    duration REAL NOT NULL DEFAULT 0,
    outcome TEXT NOT NULL DEFAULT 'ongoing',
    seen INTEGER NOT NULL DEFAULT 1
);
CREATE INDEX IF NOT EXISTS calls_started ON calls(started_at);
-- the missed-calls badge is counted on every call state change: without this the count scans the whole table
CREATE INDEX IF NOT EXISTS calls_unseen ON calls(outcome) WHERE seen=0;
"""


def outcome_of(event: CallStateChanged, connected: bool) -> str:
    """What the history says about a finished call, from its final state change."""
    if event.end_reason == "transferred":
        return "transferred"
    if connected or event.duration > 0:
        return "answered"
    if event.direction == "inbound":
        return "rejected" if event.end_reason == "local" else "missed"
    if event.end_reason == "local":
        return "cancelled"
    return {"busy": "busy", "declined": "declined", "no_answer": "no_answer",
            "not_found": "not_found"}.get(event.end_reason, "failed")


def open_history(path: Path, clock: Callable[[], float] = time.time) -> tuple[HistoryStore | None, str]:
    """The store, or None while another program holds the database locked; plus a warning for the agent when
    something was wrong. A damaged database is moved aside (kept for recovery) and a new one started."""
    try:
        return HistoryStore(path, clock), ""
    except sqlite3.OperationalError as exc:
        if "locked" in str(exc) or "busy" in str(exc):
            return None, (f"The call history {path} is locked by another program ({exc}); this session's calls "
                          "are not recorded.")
        problem: sqlite3.Error = exc
    except sqlite3.DatabaseError as exc:
        problem = exc
    backup = path.with_name(f"{path.name}.corrupt-{time.strftime('%Y%m%d-%H%M%S')}")
    try:
        path.replace(backup)
        for suffix in ("-wal", "-shm"):
            side = path.with_name(path.name + suffix)
            if side.exists():
                side.replace(backup.with_name(backup.name + suffix))
        store = HistoryStore(path, clock)
    except (OSError, sqlite3.Error) as exc:
        return None, f"The call history {path} cannot be used ({problem}; {exc}); calls are not recorded."
    return store, (f"The call history {path} was damaged ({problem}). It was kept as {backup.name} and a new "
                   "history was started.")


class HistoryStore:
    """core.desktop_ports.CallHistory on sqlite3, plus ``on_event`` to subscribe to the session."""

    def __init__(self, path: Path, clock: Callable[[], float] = time.time) -> None:
        self.path = path
        self._clock = clock
        in_memory = str(path) == ":memory:"  # a stand-in while the real database is locked elsewhere
        if not in_memory:
            path.parent.mkdir(parents=True, exist_ok=True)
        # 0600 before sqlite opens it: its -wal and -shm files (call data too) take the database file's mode
        try:
            if in_memory:
                raise OSError("no file")
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
            path.chmod(0o600)
            for suffix in ("-wal", "-shm"):
                side = path.with_name(path.name + suffix)
                if side.exists():
                    side.chmod(0o600)
        except OSError:
            pass
        self._db = sqlite3.connect(str(path), isolation_level=None, check_same_thread=True)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")  # WAL + NORMAL: durable across app crashes
        self._db.executescript(SCHEMA)
        # a call still "ongoing" was cut short by a crash or power loss
        self._db.execute("UPDATE calls SET outcome='interrupted' WHERE outcome='ongoing'")
        self._open: dict[str, tuple[int, bool]] = {}  # call_id -> (row id, connected)
        self.listeners: list[Callable[[], None]] = []  # told after each change (the view refreshes)
        self._closed = False

    def close(self) -> None:
        self.listeners.clear()
        self._closed = True
        self._db.close()

    # ---- writing ----

    def on_event(self, event: Event) -> None:
        if self._closed or not isinstance(event, CallStateChanged):
            return
        try:
            self._record(event)
        except sqlite3.Error as exc:  # a full disk must not take calls down; say it once in the log
            log.warning("call history not written: %s", exc)
            return
        for listener in list(self.listeners):
            listener()

    def _record(self, event: CallStateChanged) -> None:
        entry = self._open.get(event.call_id)
        if entry is None:
            if event.state == "disconnected":
                return  # never saw it start (not ours to log)
            cur = self._db.execute(
                "INSERT INTO calls(call_id, direction, peer, queue, started_at) VALUES (?, ?, ?, ?, ?)",
                (event.call_id, event.direction or "outbound", event.peer, event.queue, self._clock()))
            self._open[event.call_id] = (int(cur.lastrowid or 0), False)
            return
        row_id, connected = entry
        if event.state in ("connected", "held"):
            self._open[event.call_id] = (row_id, True)
        elif event.state == "disconnected":
            del self._open[event.call_id]
            outcome = outcome_of(event, connected)
            self._db.execute("UPDATE calls SET duration=?, outcome=?, seen=? WHERE id=?",
                             (float(event.duration), outcome, 0 if outcome == "missed" else 1, row_id))

    # ---- reading (core.desktop_ports.CallHistory) ----

    def recent(self, limit: int = 200) -> list[HistoryEntry]:
        if self._closed:  # shutting down: a view's late refresh shows nothing rather than failing
            return []
        rows = self._db.execute(
            "SELECT id, call_id, direction, peer, queue, started_at, duration, outcome, seen FROM calls "
            "ORDER BY started_at DESC, id DESC LIMIT ?", (limit,)).fetchall()
        return [HistoryEntry(row_id=r[0], call_id=r[1], direction=r[2], peer=r[3], queue=r[4], started_at=r[5],
                             duration=r[6], outcome=r[7], seen=bool(r[8])) for r in rows]

    def unseen_missed(self) -> int:
        if self._closed:
            return 0
        row = self._db.execute("SELECT COUNT(*) FROM calls WHERE outcome='missed' AND seen=0").fetchone()
        return int(row[0])

    def add_listener(self, callback: Callable[[], None]) -> None:
        self.listeners.append(callback)

    def mark_seen(self) -> None:
        if self._closed:
            return
        self._db.execute("UPDATE calls SET seen=1 WHERE seen=0")
        for listener in list(self.listeners):
            listener()
