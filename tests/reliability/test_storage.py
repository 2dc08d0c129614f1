"""Storage faults: a corrupt config file, a corrupt or locked history database, a full disk for the logs.
The phone starts, says what happened, and loses no call history it had committed."""

from __future__ import annotations

import sqlite3
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path

import pytest

from tests.phone import HeadlessPhone
from tests.reliability.helpers import PhoneFactory, no_traceback, set_up, status
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

COMMITTED = [("c1", "inbound", "sip:2000@127.0.0.1", "answered"), ("c2", "outbound", "sip:3000@127.0.0.1", "busy")]


def seed_history(profile: Path) -> Path:
    """A history database with two finished calls, written the way the phone writes it."""
    from softphone.history import HistoryStore

    path = profile / "history.sqlite3"
    store = HistoryStore(path)
    store._db.executemany("INSERT INTO calls(call_id, direction, peer, started_at, duration, outcome) "
                          "VALUES (?, ?, ?, 1700000000, 5, ?)", COMMITTED)
    store.close()
    return path


def rows(path: Path) -> list[tuple[str, str, str, str]]:
    db = sqlite3.connect(path, timeout=10)
    try:
        return list(db.execute("SELECT call_id, direction, peer, outcome FROM calls ORDER BY id"))
    finally:
        db.close()


def start(phone: PhoneFactory, kam: KamailioServer, user: str, prepare: object = None) -> HeadlessPhone:
    p = phone(start=False)
    set_up(p, kam, user, ("call.auto_answer", "all"))
    if callable(prepare):
        prepare(p.profile)
    p.start()
    p.wait_event("started", timeout=30)
    return p


def one_call(p: HeadlessPhone, sipp: Sipp, user: str) -> str:
    caller = sipp.uac(to=user, from_user="2100", duration_ms=500)
    ended = p.wait_event("call_state", timeout=20, state="disconnected")
    caller.wait_ok(10)
    return str(ended["call_id"])


def test_corrupt_config_file(phone: PhoneFactory, kamailio: KamailioServer) -> None:
    p = phone(start=False)
    set_up(p, kamailio, "1005")
    config = p.profile / "config.json"
    damaged = config.read_bytes()[:40] + b"\x00\xff garbage"
    config.write_bytes(damaged)
    p.start()
    p.wait_event("started", timeout=30)
    warning = p.wait_event("error", timeout=10, since_start=True, code="settings")
    print(f"RESULT corrupt-config: {warning['message']}")
    assert "damaged" in warning["message"] and "config.json" in warning["message"]
    kept = list(p.profile.glob("config.json.corrupt-*"))
    assert len(kept) == 1 and kept[0].read_bytes() == damaged  # the user's file is kept for recovery
    assert config.stat().st_mode & 0o777 == 0o600
    # the account was in the damaged file: the phone says so instead of failing silently
    p.wait_event("error", timeout=10, since_start=True, code="no-account")
    assert status(p)["registration"] == "unregistered"
    no_traceback(p)


def test_corrupt_history_database(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    damaged = b""

    def corrupt(profile: Path) -> None:
        nonlocal damaged
        path = seed_history(profile)
        data = bytearray(path.read_bytes())
        data[0:16] = b"not a database!\x00"  # the header is gone: sqlite refuses the file
        path.write_bytes(bytes(data))
        damaged = bytes(data)

    p = start(phone, kamailio, "1006", corrupt)
    warning = p.wait_event("error", timeout=10, since_start=True, code="history")
    print(f"RESULT corrupt-history: {warning['message']}")
    assert "damaged" in warning["message"]
    p.wait_event("registration", timeout=15, since_start=True, state="registered")
    kept = list(p.profile.glob("history.sqlite3.corrupt-*"))
    assert [k.read_bytes() for k in kept if not k.name.endswith(("-wal", "-shm"))] == [damaged]
    call_id = one_call(p, sipp, "1006")
    assert rows(p.profile / "history.sqlite3") == [(call_id, "inbound", "sip:2100@127.0.0.1", "answered")]
    assert (p.profile / "history.sqlite3").stat().st_mode & 0o777 == 0o600
    no_traceback(p)


def test_locked_history_database(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    holder: subprocess.Popen[str] | None = None

    def lock(profile: Path) -> None:
        nonlocal holder
        path = seed_history(profile)
        # another program holds a write lock for as long as it runs
        holder = subprocess.Popen(
            [sys.executable, "-c", "import sqlite3, sys; db = sqlite3.connect(sys.argv[1], isolation_level=None); "
             "db.execute('BEGIN EXCLUSIVE'); print('locked', flush=True); sys.stdin.read()", str(path)],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True)
        assert holder.stdout is not None and holder.stdout.readline().strip() == "locked"

    try:
        p = start(phone, kamailio, "1007", lock)
        warning = p.wait_event("error", timeout=15, since_start=True, code="history")
        print(f"RESULT locked-history: {warning['message']}")
        assert "locked" in warning["message"]
        p.wait_event("registration", timeout=15, since_start=True, state="registered")
        one_call(p, sipp, "1007")  # calls still work while the history is unavailable
        no_traceback(p)
    finally:
        if holder is not None:
            holder.communicate("", timeout=10)
    assert rows(p.profile / "history.sqlite3") == [(c, d, peer, o) for c, d, peer, o in COMMITTED]
    # next start, lock gone: the history works again and still holds what was committed
    p.close()
    again = phone(profile_dir=p.profile)
    again.wait_event("registration", timeout=30, state="registered")
    call_id = one_call(again, sipp, "1007")
    assert rows(p.profile / "history.sqlite3")[:2] == [(c, d, peer, o) for c, d, peer, o in COMMITTED]
    assert rows(p.profile / "history.sqlite3")[2][0] == call_id


@pytest.fixture
def tiny_fs(tmp_path: Path) -> Iterator[Path]:
    """A 256 KiB tmpfs, unmounted afterwards."""
    mount = tmp_path / "tinyfs"
    mount.mkdir()
    subprocess.run(["mount", "-t", "tmpfs", "-o", "size=256k,mode=0700", "tmpfs", str(mount)], check=True,
                   timeout=10)
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False, timeout=10)


def test_full_disk_for_logs(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp, tiny_fs: Path) -> None:
    p = phone(start=False)
    set_up(p, kamailio, "1008", ("call.auto_answer", "all"))
    logs = p.profile / "logs"
    logs.mkdir(exist_ok=True)
    subprocess.run(["mount", "--bind", str(tiny_fs), str(logs)], check=True, timeout=10)
    try:
        (logs / "softphone.log").write_bytes(b"")
        with open(logs / "filler", "wb", buffering=0) as filler:  # fill the disk to the last block
            try:
                while True:
                    filler.write(b"x" * 512)
            except OSError:
                pass
        p.start()
        p.wait_event("started", timeout=30)
        p.wait_event("registration", timeout=15, since_start=True, state="registered")
        call_id = one_call(p, sipp, "1008")
        p.close()
        stderr = p.stderr_tail(200_000)
        print(f"RESULT full-disk-logs: stderr says {stderr.strip().splitlines()[:2]}")
        assert "Traceback" not in stderr and "Logging error" not in stderr, stderr[-3000:]
        assert "log" in stderr.lower() and "space" in stderr.lower(), stderr[-2000:]
        assert rows(p.profile / "history.sqlite3")[-1][0] == call_id  # history is elsewhere: still written
    finally:
        subprocess.run(["umount", "-l", str(logs)], check=False, timeout=10)
