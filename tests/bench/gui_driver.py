"""The real desktop app (softphone/cli/gui_run.DesktopApp) in this process, offscreen, driven by timers: the busy-GUI
call of figure 7 and the 100,000-row history figures. The bench runs it as a child process (its own environment:
profile, sound server, Secret Service) and reads one JSON object per stdout line:

    python -m tests.bench.gui_driver --profile DIR seed --rows N
    python -m tests.bench.gui_driver --profile DIR busy [--max-s S]      then "quit" on stdin
    python -m tests.bench.gui_driver --profile DIR history --scroll-s S

`busy` waits for the incoming call (the profile auto-answers it), keeps the GUI busy for as long as the call is
connected (the history tab scrolled continuously, the settings dialog opened and closed), and reports the
event-loop lateness while busy and the call's final media event (our bridge's underrun/overrun counters).
`history` times opening the history tab, scrolling it to the end, recording one call, and the event-loop
lateness while scrolling. Stdout carries only these lines; the app's own logging goes to stderr.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import sys
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

SCROLL_EVERY_MS = 20  # a steady mouse-wheel scroll: 50 steps a second
SETTINGS_TOGGLE_MS = 750  # settings dialog open 0.75 s, closed 0.75 s
PROBE_MS = 10  # the event-loop lateness probe (as tests/gui/test_console.py's latency test)


def say(**fields: Any) -> None:
    sys.stdout.write(json.dumps(fields) + "\n")
    sys.stdout.flush()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, max(0, int(round(q / 100 * len(ordered))) - 1))] if ordered else 0.0


# ---- seeding ----------------------------------------------------------------------------------------
def seed_history(path: Path, rows: int, batch: int = 5000) -> float:
    """`rows` finished calls through the history store's own event API (the same SQL as real calls), a minute
    apart and ending now; a transaction per `batch` calls so 100,000 take about a second, not half a minute."""
    from softphone.core.events import CallStateChanged
    from softphone.history import HistoryStore

    now = [time.time() - rows * 60.0]
    store = HistoryStore(path, clock=lambda: now[0])
    outcomes = (("remote", 95.0), ("remote", 0.0), ("local", 240.0), ("transferred", 30.0))
    t0 = time.perf_counter()
    try:
        for start in range(0, rows, batch):
            store._db.execute("BEGIN")
            for i in range(start, min(rows, start + batch)):
                now[0] += 60.0
                call_id = f"seed-{i}"
                peer = f"sip:{2000 + i % 700}@pbx.example"
                direction = "inbound" if i % 3 else "outbound"
                end_reason, duration = outcomes[i % len(outcomes)]
                store.on_event(CallStateChanged(call_id=call_id, state="incoming" if direction == "inbound" else
                                                "calling", direction=direction, peer=peer, queue="sales"))
                store.on_event(CallStateChanged(call_id=call_id, state="disconnected", direction=direction,
                                                peer=peer, end_reason=end_reason, duration=duration))
            store._db.execute("COMMIT")
    finally:
        store.close()
    return time.perf_counter() - t0


def time_record_call(record: Callable[[Any], None], n: int, prefix: str) -> list[float]:
    """ms to record one whole call (its first state change and its end) through `record`, n times."""
    from softphone.core.events import CallStateChanged

    times: list[float] = []
    for i in range(n):
        call_id, peer = f"{prefix}-{i}", f"sip:{3000 + i}@pbx.example"
        t0 = time.perf_counter()
        record(CallStateChanged(call_id=call_id, state="incoming", direction="inbound", peer=peer, queue="sales"))
        record(CallStateChanged(call_id=call_id, state="connected", direction="inbound", peer=peer, queue="sales"))
        record(CallStateChanged(call_id=call_id, state="disconnected", direction="inbound", peer=peer,
                                queue="sales", end_reason="remote", duration=12.0))
        times.append((time.perf_counter() - t0) * 1000)
    return times


# ---- the app ----------------------------------------------------------------------------------------
class LatenessProbe:
    """How late a 10 ms precise timer fires: the event loop's responsiveness (tests/gui/test_console.py)."""

    def __init__(self, parent: Any) -> None:
        from PySide6.QtCore import Qt, QTimer

        self.lateness: list[float] = []
        self.timer = QTimer(parent)
        self.timer.setTimerType(Qt.TimerType.PreciseTimer)
        self.timer.setInterval(PROBE_MS)
        self.timer.timeout.connect(self._tick)
        self._expected = 0.0

    def start(self) -> None:
        self.lateness.clear()
        self._expected = time.monotonic() + PROBE_MS / 1000
        self.timer.start()

    def _tick(self) -> None:
        now = time.monotonic()
        self.lateness.append(max(0.0, (now - self._expected) * 1000))
        self._expected = now + PROBE_MS / 1000

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        got = self.lateness
        return {"ticks": len(got), "p50_ms": percentile(got, 50), "p99_ms": percentile(got, 99),
                "max_ms": max(got, default=0.0)}


class Scroller:
    """Scroll the history list continuously: down a few rows every 20 ms, back to the top at the end. Counts the
    list's paints too (the offscreen platform paints like a screen would: the scrolling is not for nothing)."""

    def __init__(self, view: Any) -> None:
        from PySide6.QtCore import QEvent, QObject, QTimer

        self.view = view
        self.steps = 0
        self.paints = 0
        self.timer = QTimer(view)
        self.timer.setInterval(SCROLL_EVERY_MS)
        self.timer.timeout.connect(self._step)
        scroller = self

        class PaintCounter(QObject):
            def eventFilter(self, watched: QObject, event: QEvent) -> bool:
                if event.type() == QEvent.Type.Paint:
                    scroller.paints += 1
                return False

        self._counter = PaintCounter(view)
        view.table.viewport().installEventFilter(self._counter)

    def _step(self) -> None:
        bar = self.view.table.verticalScrollBar()
        bar.setValue(bar.minimum() if bar.value() >= bar.maximum() else bar.value() + 3 * bar.singleStep())
        self.steps += 1


class SettingsToggler:
    """Open the settings dialog, close it (Cancel) 0.75 s later, open it again..."""

    def __init__(self, console: Any) -> None:
        from PySide6.QtCore import QTimer

        self.console = console
        self.opened = 0
        self.timer = QTimer(console)
        self.timer.setInterval(SETTINGS_TOGGLE_MS)
        self.timer.timeout.connect(self._toggle)

    def _toggle(self) -> None:
        dialog = self.console.settings_dialog
        if dialog is None:
            self.console.open_settings()
            self.opened += 1
        else:
            dialog.reject()

    def stop(self) -> None:
        self.timer.stop()
        if self.console.settings_dialog is not None:
            self.console.settings_dialog.reject()


def watch_stdin(loop: asyncio.AbstractEventLoop, quit_event: asyncio.Event) -> None:
    """'quit' (or end of input) on stdin ends the driver."""

    def read() -> None:
        for line in sys.stdin:
            if line.strip() == "quit":
                break
        loop.call_soon_threadsafe(quit_event.set)

    threading.Thread(target=read, name="stdin", daemon=True).start()


async def run_app(mode: str, args: argparse.Namespace, app: Any, collector: Any) -> int:
    from softphone.cli.gui_run import DesktopApp, instance_name
    from softphone.config import Settings, paths
    from softphone.core.events import CallStateChanged, Event, MediaEvent, RegistrationChanged

    settings = Settings.load()
    desktop = DesktopApp(settings, instance_name(str(paths.profile_dir())) + "-bench")
    loop = asyncio.get_running_loop()
    quit_event = asyncio.Event()
    watch_stdin(loop, quit_event)
    registered = asyncio.Event()
    console = desktop.console
    view = console.history_view
    if view is None:
        say(event="error", message="the console has no history view")
        return 1
    probe = LatenessProbe(console)
    scroller = Scroller(view)
    toggler = SettingsToggler(console)
    busy: dict[str, Any] = {}

    def start_busy() -> None:
        console.tabs.setCurrentWidget(view)
        busy["t0"] = time.monotonic()
        probe.start()
        if "scroll" in args.work:
            scroller.timer.start()
        if "settings" in args.work:
            toggler.timer.start()

    def stop_busy() -> None:
        if "t0" not in busy or "lateness" in busy:
            return
        scroller.timer.stop()
        toggler.stop()
        busy["lateness"] = probe.stop()
        busy["seconds"] = time.monotonic() - busy["t0"]

    def on_event(event: Event) -> None:
        if isinstance(event, RegistrationChanged) and event.state == "registered" and not registered.is_set():
            registered.set()
            say(event="registered")
        elif isinstance(event, CallStateChanged) and mode == "busy":
            say(event="call_state", state=event.state, call_id=event.call_id)
            if event.state == "connected" and "t0" not in busy:
                start_busy()
            elif event.state == "disconnected":
                stop_busy()
        elif isinstance(event, MediaEvent) and event.final and mode == "busy":
            stop_busy()
            say(event="result", lateness=busy.get("lateness"), busy_s=busy.get("seconds", 0.0),
                scroll_steps=scroller.steps, list_paints=scroller.paints, settings_opened=toggler.opened,
                history_rows=len(desktop.history.recent(1_000_000)), view_rows=view.table.topLevelItemCount(),
                media={"underruns": event.underruns, "overruns": event.overruns, "codec": event.codec,
                       "rx_packets": event.rx_packets, "tx_packets": event.tx_packets})

    desktop.session.subscribe(on_event)
    try:
        await desktop.start()
        collector.settle()
        await asyncio.wait_for(registered.wait(), 30)
        say(event="ready", audio_problem=desktop.audio_problem)
        if mode == "history":
            await history_figures(desktop, probe, scroller, args.scroll_s, args.record_calls)
            return 0
        await asyncio.wait_for(quit_event.wait(), args.max_s)
        return 0
    except TimeoutError:
        say(event="error", message="not registered within 30 s" if not registered.is_set() else "no quit in time")
        return 1
    finally:
        stop_busy()
        await desktop.stop()
        console.quitting = True  # a real close, not close-to-tray
        console.close()
        console.deleteLater()


async def history_figures(desktop: Any, probe: LatenessProbe, scroller: Scroller, scroll_s: float,
                          record_calls: int) -> None:
    from PySide6.QtCore import QCoreApplication

    console = desktop.console
    view = console.history_view
    phone_page = console.tabs.widget(0)
    await asyncio.sleep(1.0)  # start-up paints and timers out of the way
    open_ms: list[float] = []
    end_ms: list[float] = []
    for _ in range(5):
        console.tabs.setCurrentWidget(phone_page)
        QCoreApplication.processEvents()
        view.changed()  # new calls since it was last on screen: showing it re-reads the history
        t0 = time.perf_counter()
        console.tabs.setCurrentWidget(view)  # showEvent -> the query and the first page's rows
        view.table.viewport().repaint()  # ... painted
        open_ms.append((time.perf_counter() - t0) * 1000)
        await asyncio.sleep(0.2)
        view.table.scrollToTop()
        view.table.viewport().repaint()
        t0 = time.perf_counter()
        view.table.scrollToBottom()
        view.table.viewport().repaint()
        end_ms.append((time.perf_counter() - t0) * 1000)
        await asyncio.sleep(0.2)
    # one call recorded by the app's own store, its listeners included (the view's refresh is deferred to a
    # timer; the missed-calls badge counts at once): what the UI thread pays per call
    in_app = time_record_call(desktop.history.on_event, record_calls, "bench-app")
    await asyncio.sleep(0.5)
    probe.start()
    scroller.paints = 0
    scroller.timer.start()
    await asyncio.sleep(scroll_s)
    scroller.timer.stop()
    lateness = probe.stop()
    say(event="result", open_ms=open_ms, scroll_end_ms=end_ms, record_in_app_ms=in_app, lateness=lateness,
        scroll_steps=scroller.steps, list_paints=scroller.paints, view_rows=view.table.topLevelItemCount(),
        history_rows=len(desktop.history.recent(1_000_000)))


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m tests.bench.gui_driver")
    parser.add_argument("--profile", type=Path, required=True)
    sub = parser.add_subparsers(dest="mode", required=True)
    seed = sub.add_parser("seed")
    seed.add_argument("--rows", type=int, required=True)
    seed.add_argument("--record-calls", type=int, default=0, help="then time recording this many calls")
    busy = sub.add_parser("busy")
    busy.add_argument("--max-s", type=float, default=900)
    busy.add_argument("--work", default="scroll,settings", help="what keeps the GUI busy: scroll, settings, "
                      "both (the default) or none (a baseline)")
    hist = sub.add_parser("history")
    hist.add_argument("--scroll-s", type=float, default=10)
    hist.add_argument("--record-calls", type=int, default=30)
    args = parser.parse_args(argv)
    os.environ["SOFTPHONE_HOME"] = str(args.profile.resolve())

    from softphone.cli import wiring
    from softphone.config import paths

    if args.mode == "seed":
        from softphone.history import HistoryStore

        seconds = seed_history(paths.history_path(), args.rows)
        alone: list[float] = []
        if args.record_calls:
            store = HistoryStore(paths.history_path())
            try:
                alone = time_record_call(store.on_event, args.record_calls, "bench-alone")
            finally:
                store.close()
        say(event="seeded", rows=args.rows, seconds=seconds, record_alone_ms=alone)
        return 0

    wiring.setup_logging(False)
    import qasync
    from PySide6.QtWidgets import QApplication

    from softphone.ui.gc_guard import MainThreadCollector

    app = QApplication(sys.argv[:1])
    app.setApplicationName("softphone")
    app.setQuitOnLastWindowClosed(False)
    collector = MainThreadCollector()  # as the app does (gui_run.run_gui)
    loop = qasync.QEventLoop(app)
    asyncio.set_event_loop(loop)
    try:
        with loop:
            return int(loop.run_until_complete(run_app(args.mode, args, app, collector)))
    finally:
        collector.stop()


if __name__ == "__main__":
    sys.exit(main())
