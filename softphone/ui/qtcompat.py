"""Work-around for a PySide6 6.12.0 bug on CPython 3.11: ``Signal.emit()`` returns a bool it does not own, so
every call from Python drops one reference to True/False and the interpreter aborts after a few hundred
emits ("Fatal Python error: bool_dealloc"). Detected once at import; ``emit`` puts the reference back.
Signals Qt emits from C++ (clicked, timeout) are not affected."""

from __future__ import annotations

import ctypes
import sys
from typing import Any

from PySide6.QtCore import QObject, Signal


class _Probe(QObject):
    ping = Signal()


def _emit_steals_reference() -> bool:
    probe = _Probe()
    before = sys.getrefcount(True) + sys.getrefcount(False)
    results: list[Any] = [probe.ping.emit() for _ in range(4)]  # type: ignore[func-returns-value]
    after = sys.getrefcount(True) + sys.getrefcount(False)
    lost = before + len(results) - after  # each result held in the list should add one
    for value in results:
        if lost > 0:
            ctypes.pythonapi.Py_IncRef(ctypes.py_object(value))
    del results
    return lost > 0


EMIT_STEALS = _emit_steals_reference()


def emit(signal: Any, *args: Any) -> None:
    result = signal.emit(*args)
    if EMIT_STEALS and isinstance(result, bool):
        ctypes.pythonapi.Py_IncRef(ctypes.py_object(result))
