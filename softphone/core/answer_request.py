"""Did the PBX ask the phone to answer by itself? (intercom, paging, forced auto-answer of queue calls)

PBXs say so in the INVITE, in one of the forms phones understand: `Call-Info: <...>;answer-after=N` (Polycom,
Snom, Yealink; what Asterisk's Page() and FreePBX intercom send), `Alert-Info: <...>;info=alert-autoanswer`
or the words auto-answer / intercom / ring-answer in Alert-Info, and RFC 5373's `Answer-Mode: Auto` or
`Priv-Answer-Mode: Auto`. Pure: the session decides whether the agent's settings let it happen."""

from __future__ import annotations

import re
from collections.abc import Iterable

MAX_DELAY_S = 60.0
_ANSWER_AFTER = re.compile(r";\s*answer-after\s*=\s*\"?(\d{1,6}(?:\.\d{1,3})?)\"?", re.IGNORECASE)
_ALERT_WORDS = re.compile(r"alert-autoanswer|auto[-_ ]?answer|intercom|ring-answer", re.IGNORECASE)
_AUTO_MODE = re.compile(r"^\s*auto\b", re.IGNORECASE)


def requested_answer_delay(headers: Iterable[tuple[str, str]]) -> float | None:
    """Seconds after which the INVITE asks to be answered (0 = at once), or None when it does not ask."""
    delay: float | None = None
    for name, value in headers:
        key = name.strip().lower()
        if key == "call-info":
            m = _ANSWER_AFTER.search(value.split(">", 1)[-1])  # the header's parameters, not the URI's
            if m:
                found = min(float(m.group(1)), MAX_DELAY_S)
                delay = found if delay is None else min(delay, found)
        elif key == "alert-info" and _ALERT_WORDS.search(value):
            delay = 0.0
        elif key in ("answer-mode", "priv-answer-mode") and _AUTO_MODE.match(value):
            delay = 0.0
    return delay
