"""How many new calls the phone may start in a short time (pure; used by the SIP engine).

Every call opens two media sockets, and pjsip keeps a closed socket's slot in its socket table (64 slots in the
wheel, a compile-time limit) for 500 ms more; a new socket that then finds no free slot aborts the process (an
assertion the wheel is built with). Calls started and ended quickly, by the agent's own tools or by a hostile
INVITE/CANCEL flood, would run the table out. A sliding window keeps the slots of calls started recently
within a budget: `limit` starts per `window_s`, with the window longer than pjsip's 500 ms hold-back.

The arithmetic: every socket slot in use belongs to a call alive now or ended in the last 500 ms, so to a call
alive 500 ms ago (at most 8, pjsua's maxCalls) or started since (at most `limit`): 2 x (8 + 12) = 40 slots, plus
the SIP transports' few, stays well under 64. Far ends get `limit - OWN_RESERVE` of each window, so a flood
never leaves the agent's own calls (and the queue tools' feature-code calls) without room."""

from __future__ import annotations

from collections import deque

DEFAULT_LIMIT = 12  # per window: 20 new calls a second, far above what reaches one agent's phone
DEFAULT_WINDOW_S = 0.6
OWN_RESERVE = 2  # starts in each window that only the phone's own calls may take


class CallStartBudget:
    """Sliding-window admission of new calls (incoming INVITEs and our own outgoing calls alike)."""

    def __init__(self, limit: int = DEFAULT_LIMIT, window_s: float = DEFAULT_WINDOW_S) -> None:
        if limit < 1 or window_s <= 0:
            raise ValueError("the call-start budget needs limit >= 1 and a window > 0")
        self.limit = limit
        self.window_s = window_s
        self._starts: deque[float] = deque()
        self.refused = 0  # starts refused since the phone started

    def _expire(self, now: float) -> None:
        starts = self._starts
        while starts and now - starts[0] >= self.window_s:
            starts.popleft()

    def admit(self, now: float, keep: int = 0) -> bool:
        """Take one start from the budget at ``now`` (monotonic seconds); False when it is spent. ``keep``: starts
        to leave for others (the far ends' INVITEs leave OWN_RESERVE for the phone's own calls)."""
        self._expire(now)
        if len(self._starts) + keep >= self.limit:
            self.refused += 1
            return False
        self._starts.append(now)
        return True

    def wait_s(self, now: float) -> float:
        """Seconds until a start would be admitted (0 when one would be now)."""
        self._expire(now)
        if len(self._starts) < self.limit:
            return 0.0
        return max(0.0, self._starts[0] + self.window_s - now)
