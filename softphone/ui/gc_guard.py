"""Python's cyclic garbage collector, run only on the Qt main thread.

CPython collects on whichever thread happens to allocate when a threshold is crossed: an executor thread
(keyring, qasync's QThreadExecutor) or the engine thread. If the garbage then holds a Qt object (a window or
timer kept alive by a reference cycle through a lambda), Qt destroys it on the wrong thread ("QObject::~QObject:
Timers cannot be stopped from another thread", or worse, a crash). So automatic collection is switched off and
a timer on the main thread runs the same generational collection the interpreter would have run.

A full collection walks every object (about 40 ms with PySide6, pjsua2 and numpy loaded): enough to make the
UI stutter. ``settle()`` collects once and then freezes what exists (modules, windows built at start-up) out of
the collector's sight, so later full collections only walk what was made since.
"""

from __future__ import annotations

import gc

from PySide6.QtCore import QObject, QTimer


class MainThreadCollector(QObject):
    """Install once, on the main thread, after QApplication exists; ``stop()`` restores automatic collection."""

    def __init__(self, interval_ms: int = 500, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._was_enabled = gc.isenabled()
        self._thresholds = gc.get_threshold()
        self._frozen = False
        gc.disable()
        self.timer = QTimer(self)
        self.timer.setInterval(interval_ms)
        self.timer.timeout.connect(self.check)
        self.timer.start()

    def check(self) -> None:
        """Collect the oldest generation whose allocation count passed its threshold (as CPython does)."""
        counts = gc.get_count()
        for generation in (2, 1, 0):
            if counts[generation] > self._thresholds[generation]:
                gc.collect(generation)
                return

    def settle(self) -> None:
        """Collect now and move every surviving object to the permanent generation (start-up is over)."""
        gc.collect()
        gc.freeze()
        self._frozen = True

    def stop(self) -> None:
        self.timer.stop()
        if self._frozen:
            gc.unfreeze()
        gc.collect()  # whatever is left is freed here, on the main thread
        if self._was_enabled:
            gc.enable()
