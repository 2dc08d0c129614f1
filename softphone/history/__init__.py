"""Call history (sqlite3, WAL)."""

from softphone.history.store import HistoryStore, outcome_of

__all__ = ["HistoryStore", "outcome_of"]
