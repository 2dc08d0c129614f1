"""QueueRefresher over a fake source (a fixed-window rate limiter like the chat server's) and a fake clock."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable

import pytest

from softphone.core.agent import AgentMachine
from softphone.core.events import ErrorEvent, Event, QueueChanged, RegistrationChanged, Stopped
from softphone.core.models import QueueInfo
from softphone.core.ports import QueueLoadError
from softphone.core.queue_refresh import QueueRefresher
from softphone.core.queues import CallOutcome, QueueController


class FakeClock:
    """Monotonic time that moves only when the test says; ``sleep`` waits for it."""

    def __init__(self) -> None:
        self.now = 0.0
        self._sleepers: list[tuple[float, asyncio.Future[None]]] = []

    def __call__(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        entry = (self.now + seconds, asyncio.get_running_loop().create_future())
        self._sleepers.append(entry)
        try:
            await entry[1]
        finally:
            self._sleepers.remove(entry)

    @staticmethod
    async def settle() -> None:
        for _ in range(30):
            await asyncio.sleep(0)

    async def advance(self, seconds: float) -> None:
        end = self.now + seconds
        while True:
            await self.settle()
            due = [d for d, f in self._sleepers if not f.done()]
            if not due or min(due) > end:
                break
            self.now = max(self.now, min(due))
            for d, f in list(self._sleepers):
                if d <= self.now and not f.done():
                    f.set_result(None)
        self.now = end
        await self.settle()


class FakeServer:
    """The membership route behind a fixed-window limiter (count resets ``window`` s after the first call)."""

    def __init__(self, clock: FakeClock, *, limit: int = 10, window: float = 60.0) -> None:
        self.clock = clock
        self.limit = limit
        self.window = window
        self.count = 0
        self.peak = 0  # most calls counted in one of the server's windows
        self.reset_at = 0.0
        self.calls: list[float] = []  # every request that reached the server
        self.refused: list[float] = []  # answered 429
        self.queues = [QueueInfo("sales", logged_in=True, callers=2, holdtime=15, members_logged_in=3,
                                 members_available=1, longest_hold=40)]
        self.fail_with: QueueLoadError | None = None
        self.closed = False
        self._last: tuple[int | None, float | None] = (None, None)

    def use_up(self) -> None:
        """Someone else behind our address spent the window."""
        self.reset_at = self.clock.now + self.window
        self.count = self.limit

    async def fetch(self) -> list[QueueInfo]:
        now = self.clock.now
        if self.fail_with is not None:
            raise self.fail_with
        self.calls.append(now)
        if now >= self.reset_at:
            self.count, self.reset_at = 0, now + self.window
        if self.count >= self.limit:
            self.refused.append(now)
            self._last = (0, self.reset_at - now)
            raise QueueLoadError("too many requests", retry_after=self.reset_at - now)
        self.count += 1
        self.peak = max(self.peak, self.count)
        self._last = (self.limit - self.count, self.reset_at - now)
        return list(self.queues)

    def rate_limit(self) -> tuple[int | None, float | None]:
        return self._last

    async def aclose(self) -> None:
        self.closed = True

    def max_in_any_window(self, window: float) -> int:
        return max((sum(1 for t in self.calls if s <= t < s + window) for s in self.calls), default=0)


async def _answered(uri: str) -> CallOutcome:
    return CallOutcome(True, 200)


def make(clock: FakeClock, server: FakeServer, **kwargs: float) -> tuple[QueueRefresher, QueueController,
                                                                         list[Event]]:
    events: list[Event] = []
    agent = AgentMachine()
    agent.registration_up(0.0)
    controller = QueueController(agent, _answered, events.append, clock=clock)
    refresher = QueueRefresher(server, controller, events.append, clock=clock, sleep=clock.sleep,
                               **kwargs)  # type: ignore[arg-type]
    return refresher, controller, events


def run(test: Callable[[], Awaitable[None]]) -> None:
    asyncio.run(asyncio.wait_for(test(), 20))


def queue_events(events: list[Event]) -> list[QueueChanged]:
    return [e for e in events if isinstance(e, QueueChanged)]


def test_first_fetch_at_start_feeds_load_into_queue_events() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, controller, events = make(clock, server)
        refresher.start()
        await clock.advance(0)
        assert server.calls == [0.0]
        event = queue_events(events)[-1]
        assert (event.name, event.logged_in, event.callers, event.holdtime) == ("sales", True, 2, 15)
        assert (event.members_logged_in, event.members_available, event.longest_hold) == (3, 1, 40)
        assert event.to_dict()["longest_hold"] == 40
        # unchanged load: no new event; changed load: one
        await clock.advance(31)
        assert server.calls == [0.0, 30.0] and len(queue_events(events)) == 1
        server.queues = [QueueInfo("sales", logged_in=True, callers=5, holdtime=20, longest_hold=70)]
        await clock.advance(30)
        assert queue_events(events)[-1].callers == 5 and queue_events(events)[-1].longest_hold == 70
        await refresher.stop()
        assert server.closed

    run(go)


def test_refresh_right_after_an_action() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, controller, _ = make(clock, server)
        refresher.start()
        await clock.advance(5)
        assert server.calls == [0.0]
        await controller.pause("sales", "lunch")
        await clock.settle()
        assert server.calls == [0.0, 5.0]  # at once, not at the 30 s interval
        await refresher.stop()

    run(go)


@pytest.mark.parametrize("limit,window", [(10, 60.0), (4, 10.0), (3, 60.0)])
def test_never_exceeds_the_budget_with_actions_all_the_time(limit: int, window: float) -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock, limit=limit, window=window)
        refresher, controller, events = make(clock, server)
        refresher.start()
        for i in range(400):  # an action every 3 s for 20 minutes
            await clock.advance(3)
            if i % 2:
                await controller.pause("sales", "break")
            else:
                await controller.unpause("sales")
        assert not server.refused  # never a 429
        assert server.max_in_any_window(60.0) <= 8  # our own budget: 10 minus a reserve of 2
        assert server.peak <= max(1, limit - 2)  # per server window, keeping a reserve for other clients
        assert len(server.calls) >= 20 * 60 / max(window, 60.0)  # and still refreshing
        assert not [e for e in events if isinstance(e, ErrorEvent)]
        await refresher.stop()

    run(go)


def test_429_backs_off_until_reset_even_when_actions_ask() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock, limit=10, window=60.0)
        server.use_up()  # another client spent the window: our first call gets 429 with 60 s to wait
        refresher, controller, events = make(clock, server)
        refresher.start()
        await clock.advance(1)
        assert server.refused == [0.0]
        for _ in range(10):
            await clock.advance(5)
            await controller.pause("sales", "break")
        await clock.advance(5)
        assert server.calls == [0.0]  # nothing sent during the wait
        await clock.advance(10)  # t = 66: the window reset at 60
        assert server.calls[1] == 60.0 and server.refused == [0.0]
        assert not [e for e in events if isinstance(e, ErrorEvent)]  # a rate limit is not the agent's problem
        await refresher.stop()

    run(go)


def test_transient_failure_reports_once_and_backs_off() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        server.fail_with = QueueLoadError("The chat server did not answer.")
        refresher, _, events = make(clock, server, interval=30.0)
        refresher.start()
        await clock.advance(400)
        errors = [e for e in events if isinstance(e, ErrorEvent)]
        assert len(errors) == 1 and errors[0].message == "The chat server did not answer."
        assert refresher.fetches == 4  # at 0, 30, 90, 210 (next at 450): 30 s doubling
        server.fail_with = None
        await clock.advance(100)
        assert server.calls and queue_events(events)
        await refresher.stop()

    run(go)


def test_permanent_failure_stops_asking() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        server.fail_with = QueueLoadError("Signed out.", permanent=True, code="queue-load-denied")
        refresher, controller, events = make(clock, server)
        refresher.start()
        await clock.advance(600)
        await controller.unpause("sales")
        await clock.advance(600)
        assert refresher.fetches == 1
        assert [(e.code, e.message) for e in events if isinstance(e, ErrorEvent)] == [("queue-load-denied",
                                                                                        "Signed out.")]
        await refresher.stop()
        assert server.closed

    run(go)


def test_session_stop_ends_the_loop_and_registration_back_refreshes() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, _, _ = make(clock, server)
        refresher.start()
        await clock.advance(1)
        refresher.on_event(RegistrationChanged(state="registered"))
        refresher.on_event(RegistrationChanged(state="failed"))
        await clock.advance(1)
        assert server.calls == [0.0]
        refresher.on_event(RegistrationChanged(state="registered"))
        await clock.settle()
        assert server.calls == [0.0, 2.0]
        refresher.on_event(Stopped())
        await clock.advance(600)
        assert server.calls == [0.0, 2.0] and refresher.stopped
        await refresher.stop()
        assert server.closed

    run(go)
