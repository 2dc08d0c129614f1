"""The console's queue list shows the chat server's load as the refresher delivers it (scripted engine)."""

from __future__ import annotations

import asyncio

import qasync

from softphone.core.models import QueueInfo
from softphone.core.queue_refresh import QueueRefresher
from softphone.core.session import Session
from softphone.ui import text
from softphone.ui.bridge import SessionAgentControl, SessionBridge
from softphone.ui.console import ConsoleWindow
from tests.gui.conftest import ACCOUNT, SettingsStub, dispose, until
from tests.unit.core.fake_engine import FakeEngine


class ListSource:
    """A QueueLoadSource that answers with whatever the test set last."""

    def __init__(self, queues: list[QueueInfo]) -> None:
        self.queues = queues
        self.closed = False

    async def fetch(self) -> list[QueueInfo]:
        return list(self.queues)

    def rate_limit(self) -> tuple[int | None, float | None]:
        return 9, 60.0

    async def aclose(self) -> None:
        self.closed = True


def test_queue_list_shows_callers_longest_hold_and_agents(aloop: qasync.QEventLoop,
                                                          settings_stub: SettingsStub) -> None:
    engine = FakeEngine()
    session = Session(engine=engine)
    bridge = SessionBridge(session, SessionAgentControl(session))
    console = ConsoleWindow(bridge, settings_stub, None, popup_guard=0.3)
    source = ListSource([QueueInfo("sales", logged_in=True, callers=4, holdtime=20, members_logged_in=3,
                                   members_available=2, longest_hold=95)])

    async def scenario() -> None:
        await session.start(ACCOUNT, "pw")
        console.show()
        refresher = QueueRefresher(source, session.queues, session.emit, clock=session.clock)
        session.subscribe(refresher.on_event)
        refresher.start()
        await until(lambda: "sales" in console._queue_items, what="queue row")
        item = console._queue_items["sales"]
        assert console.queue_list.headerItem().text(4) == "Agents"
        assert (item.text(2), item.text(3), item.text(4)) == ("4", text.duration(95), "2/3")
        assert item.toolTip(4) == "2 of 3 agents available"
        assert item.text(1) == "Logged in"
        # the next refresh (after an action) shows the new load
        source.queues = [QueueInfo("sales", logged_in=True, callers=0, members_logged_in=3, members_available=3)]
        refresher.planner.request()
        await until(lambda: item.text(2) == "0", what="refreshed load")
        assert (item.text(3), item.text(4)) == ("", "3/3")
        await session.stop()
        await refresher.stop()
        assert source.closed

    try:
        aloop.run_until_complete(asyncio.wait_for(scenario(), 30))
    finally:
        dispose(console)
