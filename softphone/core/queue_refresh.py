"""Keeps queue membership and load fresh from the chat server, within its rate limit.

Pure asyncio, no I/O of its own: the source (a ``QueueLoadSource`` port) talks to the server, the queue
controller publishes ``queue`` events. When to ask is ``RefreshPlanner``'s decision: at start, right after
every queue action (the controller calls ``planner.request()``), otherwise every ``interval`` seconds, never
more often than the route's budget allows and never before a 429's wait is over.

Polling, not the realtime stream: the chat server's live queue events come only over DDP (a Meteor websocket
protocol, contract section 3 "Realtime") and carry deltas (caller joined, abandoned, member added) without the
figures the queue list shows (members logged in/available, hold times), so a REST read is needed anyway.
The budget keeps that read well inside the server's limit (default 10 calls/60 s per route and address).
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import Awaitable, Callable

from softphone.core.events import ErrorEvent, Event, RegistrationChanged, Stopped
from softphone.core.ports import QueueLoadError, QueueLoadSource
from softphone.core.queues import QueueController, RefreshPlanner

log = logging.getLogger("softphone.queue_refresh")

Sleep = Callable[[float], Awaitable[None]]
MAX_BACKOFF = 300.0  # seconds between attempts while the server keeps failing


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
    """

    def __init__(self, source: QueueLoadSource, controller: QueueController, sink: Callable[[Event], None], *,
                 clock: Callable[[], float], sleep: Sleep = asyncio.sleep, limit: int = 10, window: float = 60.0,
                 reserve: int = 2, interval: float = 30.0, max_backoff: float = MAX_BACKOFF) -> None:
        self.source = source
        self.controller = controller
        self._sink = sink
        self._clock = clock
        self._sleep = sleep
        self._max_backoff = max_backoff
        self._wake = asyncio.Event()
        self.planner = NotifyingPlanner(on_request=self._wake.set, limit=limit, window=window, reserve=reserve,
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

    async def stop(self) -> None:
        """Stop asking and release the source. Safe to call more than once."""
        self.stopped = True
        self._cancel()
        if self._task is not None:
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
            self._task = None
        try:
            await self.source.aclose()
        except Exception:  # closing a broken connection must not spoil shutdown
            log.warning("closing the queue-load source failed", exc_info=True)

    def _cancel(self) -> None:
        if self._task is not None and not self._task.done():
            self._task.cancel()

    def on_event(self, event: Event) -> None:
        """Session listener: stop with the session; refresh once the registration is back after a loss."""
        if isinstance(event, Stopped):
            self.stopped = True
            self._cancel()
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
        sleeper = asyncio.ensure_future(self._sleep(seconds))
        waker = asyncio.ensure_future(self._wake.wait())
        try:
            await asyncio.wait({sleeper, waker}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            sleeper.cancel()
            waker.cancel()
        if self._wake.is_set():
            self._retry_at = float("-inf")

    async def refresh_once(self) -> None:
        """One fetch, counted against the budget before it is sent."""
        self.planner.record(self._clock())
        self.fetches += 1
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
            return
        backoff = min(self._max_backoff, self.planner.interval * 2 ** (self._failures - 1))
        log.info("queue load failed (%s); next try in %.0f s", exc.message, backoff)
        self._retry_at = now + backoff
