"""GUI test helpers: a qasync loop on pytest-qt's QApplication, a real Session on the scripted engine."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
import qasync
from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtWidgets import QApplication, QWidget

from softphone.config import Settings
from softphone.config.policy import Policy
from softphone.core.models import AccountSpec
from softphone.core.session import Session
from softphone.history import HistoryStore
from softphone.ui.gc_guard import MainThreadCollector
from tests.unit.core.fake_engine import FakeEngine


@pytest.fixture
def aloop(qapp: QApplication) -> Iterator[qasync.QEventLoop]:
    qapp.setQuitOnLastWindowClosed(False)  # as the app does (the tray keeps it running)
    collector = MainThreadCollector()  # as the app does: Qt objects are never collected on an executor thread
    collector.settle()
    loop = qasync.QEventLoop(qapp)
    asyncio.set_event_loop(loop)
    try:
        yield loop
    finally:
        pending = [t for t in asyncio.all_tasks(loop) if not t.done()]
        for task in pending:
            task.cancel()
        if pending:
            loop.run_until_complete(asyncio.gather(*pending, return_exceptions=True))
        loop.close()
        asyncio.set_event_loop(None)
        collector.stop()


async def until(condition: Callable[[], Any], timeout: float = 5.0, what: str = "condition") -> None:
    deadline = time.monotonic() + timeout
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"timed out waiting for {what}")
        await asyncio.sleep(0.01)


class SettingsStub:
    """SettingsAccess over a real config.Settings in a temp profile, with a given policy."""

    def __init__(self, path: Path, policy: Policy | None = None) -> None:
        self.settings = Settings.load(path, policy or Policy())

    def get(self, name: str) -> Any:
        return self.settings.get(name)

    def is_locked(self, name: str) -> bool:
        return self.settings.is_locked(name)

    def set(self, name: str, value: Any) -> None:
        from softphone.config import SettingError

        try:
            self.settings.set(name, value)
            self.settings.save()
        except SettingError as exc:
            raise ValueError(str(exc)) from None


@pytest.fixture
def settings_stub(tmp_path: Path) -> SettingsStub:
    return SettingsStub(tmp_path / "config.json")


@pytest.fixture
def history(tmp_path: Path) -> Iterator[HistoryStore]:
    store = HistoryStore(tmp_path / "history.sqlite3")
    yield store
    store.close()


def dispose(*widgets: QWidget) -> None:
    """Close and delete windows now, on this thread (not whenever the garbage collector gets to them)."""
    for widget in widgets:
        if hasattr(widget, "quitting"):
            widget.quitting = True  # the console: a real close, not close-to-tray
        widget.close()
        widget.deleteLater()
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


async def started_session(engine: FakeEngine) -> Session:
    session = Session(engine=engine)
    return session


ACCOUNT = AccountSpec(user="1001", domain="pbx.test")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    # The offscreen platform warns that it cannot pass size hints to a window manager it does not have.
    here = Path(__file__).parent
    for item in items:
        if here in Path(str(item.fspath)).parents:
            item.add_marker(pytest.mark.qt_log_ignore("This plugin does not support propagateSizeHints"))
