"""The history store's missed-calls badge: counted right, and through an index (it runs on every call state change,
on the UI thread, with histories of 100,000 calls)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from softphone.core.events import CallStateChanged
from softphone.history import HistoryStore


def _missed(store: HistoryStore, call_id: str) -> None:
    base = {"call_id": call_id, "direction": "inbound", "peer": "sip:2001@pbx.test", "queue": "sales"}
    store.on_event(CallStateChanged(state="ringing", **base))
    store.on_event(CallStateChanged(state="disconnected", end_reason="cancelled", **base))


def test_unseen_missed_counts_then_mark_seen_clears(tmp_path: Path) -> None:
    store = HistoryStore(tmp_path / "history.sqlite3")
    try:
        _missed(store, "c1")
        _missed(store, "c2")
        assert store.unseen_missed() == 2
        store.mark_seen()
        assert store.unseen_missed() == 0
        _missed(store, "c3")
        assert store.unseen_missed() == 1
    finally:
        store.close()


def test_the_badge_count_and_mark_seen_use_the_partial_index(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    try:
        for query in ("SELECT COUNT(*) FROM calls WHERE outcome='missed' AND seen=0",
                      "UPDATE calls SET seen=1 WHERE seen=0"):
            plan = " ".join(str(row[-1]) for row in db.execute("EXPLAIN QUERY PLAN " + query))
            assert "calls_unseen" in plan, plan
    finally:
        db.close()


def test_an_older_database_gets_the_index_when_opened(tmp_path: Path) -> None:
    path = tmp_path / "history.sqlite3"
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    db.execute("DROP INDEX calls_unseen")
    db.commit()
    db.close()
    HistoryStore(path).close()
    db = sqlite3.connect(path)
    try:
        names = {row[0] for row in db.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    finally:
        db.close()
    assert "calls_unseen" in names
