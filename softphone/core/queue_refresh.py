"""Keeps queue membership and load fresh from the chat server, within its rate limit.

Pure asyncio, no I/O of its own: the source (a ``QueueLoadSource`` port) talks to the server, the queue
controller publishes ``queue`` events. When to ask is ``RefreshPlanner``'s decision: at start, right after
every queue action (the controller calls ``planner.request()``), otherwise every ``interval`` seconds, never
more often than the route's budget allows and never before a 429's wait is over.

Polling plus the realtime stream: the chat server's live queue events come only over DDP (contract section 3
"Realtime"; an optional ``LiveQueueFeed``) and carry only the caller count of one queue, not the other figures
the queue list shows (members logged in/available, hold times). So an event updates that count at once and asks
for a full REST read, which the planner schedules within the budget like any other request. While the stream
is up, the periodic poll slows to ``live_interval`` (a safety net for missed events); when it is down, polling
goes back to ``interval``. The budget keeps the reads well inside the server's limit (default 10 calls/60 s
per route and address).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable
from dataclasses import replace

from softphone.core.events import ErrorEvent, Event, RegistrationChanged, Stopped
from softphone.core.models import QueueInfo
from softphone.core.ports import QueueLoadError, QueueLoadSource
from softphone.core.queue_live import LiveItem, LiveQueueEvent, LiveQueueFeed
from softphone.core.queues import QueueController, RefreshPlanner

log = logging.getLogger("softphone.queue_refresh")

Sleep = Callable[[float], Awaitable[None]]
MAX_BACKOFF = 300.0  # seconds between attempts while the server keeps failing
LIVE_INTERVAL = 90.0  # seconds between polls while the realtime stream is up (a safety net for missed events)


class NotifyingPlanner(RefreshPlanner):
    """A RefreshPlanner that also wakes the refresher when a refresh is requested."""

    def __init__(self, *, on_request: Callable[[], None] | None = None, limit: int = 10, window: float = 60.0,
                 reserve: int = 2, interval: float = 30.0) -> None:
        super().__init__(limit=limit, window=window, reserve=reserve, interval=interval)
        self.on_request = on_request

    def request(self) -> None:
        super().request()
        if self.on_request is not None:
            self.on_request()


class QueueRefresher:
    """Fetches queue load from ``source`` and feeds it to ``controller`` (see the module docstring).

    Installs its planner on the controller, so the controller's queue actions ask for a refresh. ``sink``
    gets an ``error`` event when the load cannot be had (once per run of failures, not per attempt).
    ``feed`` (optional) is the chat server's realtime stream; the refresher is its listener.
    """

    def __init__(self, source: QueueLoadSource, controller: QueueController, sink: Callable[[Event], None], *,
                 clock: Callable[[], float], sleep: Sleep = asyncio.sleep, limit: int = 10, window: float = 60.0,
                 reserve: int = 2, interval: float = 30.0, max_backoff: float = MAX_BACKOFF,
                 feed: LiveQueueFeed | None = None, live_interval: float = LIVE_INTERVAL) -> None:
        self.source = source
        self.feed = feed
        self.interval = interval
        self.live_interval = max(interval, live_interval)
        self.live = False  # the realtime stream is up
        self.live_events = 0  # queue events taken from the stream (for tests and diagnostics)
        self._live_failed = False  # a refusal was reported and the stream has not been up since
        self._live_was_up = False
        self._last_load: dict[str, QueueInfo] = {}  # the server's last answer, with live counts applied
        self._live_seq = 0  # counts live count updates; a fetch sent before one must not undo it
        self._live_marks: dict[str, int] = {}  # queue -> _live_seq of its latest live count
        self._live_tasks: set[asyncio.Future[None]] = set()
        self._closing: asyncio.Future[None] | None = None
        self.controller = controller
        self._sink = sink
        self._clock = clock
        self._sleep = sleep
        self._max_backoff = max_backoff
        self._wake = asyncio.Event()
        self._requested = False  # the wake came from a refresh request (it skips a failure back-off)
        self.planner = NotifyingPlanner(on_request=self._on_request, limit=limit, window=window, reserve=reserve,
                                        interval=interval)
        controller.planner = self.planner
        self._task: asyncio.Task[None] | None = None
        self._retry_at = float("-inf")  # after a failure that was not a rate limit: back off until then
        self._failures = 0
        self._registered_once = False
        self._registered = False
        self.fetches = 0  # attempts sent to the source (for tests and diagnostics)
        self.stopped = False

    # ---- life cycle ----

    def start(self) -> None:
        if self._task is None and not self.stopped:
            self._task = asyncio.ensure_future(self._run())
            self._task.set_name("queue-refresh")
            if self.feed is not None:
                self.feed.start(self)

    async def stop(self) -> None:
        """Stop asking and release the source. Safe to call more than once."""
        self.stopped = True
        self._cancel()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        for task in list(self._live_tasks):
            task.cancel()
        if self._closing is not None:
            with contextlib.suppress(Exception):
                await self._closing
        if self.feed is not None:
            try:
                await self.feed.aclose()  # idempotent: also after the Stopped event closed it
            except Exception:
                log.warning("closing the realtime stream failed", exc_info=True)
        try:
            await self.source.aclose()
        except Exception:  # closing a broken connection must not spoil shutdown
            log.warning("closing the queue-load source failed", exc_info=True)

    def _close_feed_soon(self) -> None:
        if self.feed is not None and self._closing is None:
            self._closing = asyncio.ensure_future(self.feed.aclose())

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def on_event(self, event: Event) -> None:
        """Session listener: stop with the session; refresh once the registration is back after a loss."""
        if isinstance(event, Stopped):
            self.stopped = True
            self._cancel()
            self._close_feed_soon()  # the stream ends with the session too
        elif isinstance(event, RegistrationChanged):
            up = event.state == "registered"
            if up and self._registered_once and not self._registered:
                self.planner.request()  # membership may have changed while we were away
            self._registered_once = self._registered_once or up
            self._registered = up

    # ---- the loop ----

    async def _run(self) -> None:
        while not self.stopped:
            now = self._clock()
            due = max(self.planner.next_refresh(now), self._retry_at)
            if due > now:
                await self._wait(due - now)
                continue
            await self.refresh_once()

    async def _wait(self, seconds: float) -> None:
        """Sleep until ``seconds`` have passed or a refresh is requested (an action skips a back-off)."""
        self._wake.clear()
        self._requested = False
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()
        if self._wake.is_set() and self._requested:
            self._retry_at = float("-inf")
        self._requested = False

    def _on_request(self) -> None:
        self._requested = True
        self._wake.set()

    async def refresh_once(self) -> None:
        """One fetch, counted against the budget before it is sent."""
        self.planner.record(self._clock())
        self.fetches += 1
        sent_seq = self._live_seq
        try:
            infos = await self.source.fetch()
        except QueueLoadError as exc:
            self._observe()
            self._failed(exc)
            return
        except Exception as exc:  # a bug in the source must not end refreshing for good
            log.exception("queue load fetch failed")
            self._failed(QueueLoadError(f"Queue load could not be fetched ({type(exc).__name__})."))
            return
        self._observe()
        self._failures = 0
        self._retry_at = float("-inf")
        infos = [self._newer_live_count(i, sent_seq) for i in infos]
        self._last_load = {i.name: i for i in infos if i.name}
        try:
            await self.controller.load(infos)
        except Exception:
            log.exception("applying queue load failed")

    def _observe(self) -> None:
        remaining, reset_in = self.source.rate_limit()
        if remaining is not None:
            self.planner.observe(self._clock(), remaining=remaining, reset_in=reset_in)

    def _failed(self, exc: QueueLoadError) -> None:
        now = self._clock()
        if exc.retry_after is not None:
            log.info("queue load: rate limited, next try in %.0f s", exc.retry_after)
            self.planner.too_many(now, exc.retry_after)
            return
        self._failures += 1
        if self._failures == 1 or exc.permanent:
            self._sink(ErrorEvent(code=exc.code, message=exc.message, cmd="queue"))
        if exc.permanent:
            log.warning("queue load: giving up (%s)", exc.message)
            self.stopped = True  # the loop ends after this attempt
            self._close_feed_soon()  # same sign-in: the stream would only add a second error
            return
        backoff = min(self._max_backoff, self.planner.interval * 2 ** (self._failures - 1))
        log.info("queue load failed (%s); next try in %.0f s", exc.message, backoff)
        self._retry_at = now + backoff

    # ---- the realtime stream (LiveQueueListener) ----

    def stream_up(self) -> None:
        self.live = True
        self._live_failed = False
        self.planner.interval = self.live_interval
        if self._live_was_up:
            self.planner.request()  # events may have been missed while the stream was down
        self._live_was_up = True
        self._wake.set()  # re-plan with the slower interval

    def stream_down(self) -> None:
        self.live = False
        self.planner.interval = self.interval
        self._wake.set()  # re-plan: the next poll may be due sooner now

    def stream_failed(self, code: str, message: str) -> None:
        if not self._live_failed and not self.stopped:
            self._live_failed = True
            self._sink(ErrorEvent(code=code, message=message, cmd="queue"))

    def stream_item(self, item: LiveItem) -> None:
        if self.stopped or not isinstance(item, LiveQueueEvent):
            return  # a caller's hang-up reaches the phone as a SIP BYE as well: nothing to do here
        self.live_events += 1
        old = self._last_load.get(item.queue)
        if item.callers is not None and old is not None and old.callers != item.callers:
            # Only queues the server listed for us: their membership is the server's word, as in a full load.
            info = replace(old, callers=item.callers)
            self._last_load[item.queue] = info
            self._live_seq += 1
            self._live_marks[item.queue] = self._live_seq
            task = asyncio.ensure_future(self._apply_live(info))
            self._live_tasks.add(task)
            task.add_done_callback(self._live_tasks.discard)
        if item.kind != "agent-called":
            self.planner.request()  # the other figures (hold times, members) come with the next read

    def _newer_live_count(self, info: QueueInfo, sent_seq: int) -> QueueInfo:
        """A read that was on its way while a live event came keeps the event's (newer) caller count."""
        if self._live_marks.get(info.name, 0) > sent_seq and info.name in self._last_load:
            return replace(info, callers=self._last_load[info.name].callers)
        return info

    async def _apply_live(self, info: QueueInfo) -> None:
        try:
            await self.controller.load([info], complete=False)
        except Exception:
            log.exception("applying a live queue event failed")
