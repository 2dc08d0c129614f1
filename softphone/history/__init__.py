"""Call history (sqlite3, WAL)."""

from softphone.history.store import HistoryStore, open_history, outcome_of

__all__ = ["HistoryStore", "open_history", "outcome_of"]
