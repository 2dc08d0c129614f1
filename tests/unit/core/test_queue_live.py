"""Live queue events: the payload parser (core.queue_live) and what QueueRefresher does with the stream
(fake source with the chat server's fixed-window limiter, fake clock, a fake feed)."""

from __future__ import annotations

import asyncio
from typing import Any

import pytest

from softphone.core.events import ErrorEvent, Event, Stopped
from softphone.core.models import QueueInfo
from softphone.core.ports import QueueLoadError
from softphone.core.queue_live import (
    LiveCallHangup,
    LiveQueueEvent,
    LiveQueueListener,
    canonical_event_name,
    parse_hangup,
    parse_voip_event,
)
from softphone.core.queue_refresh import QueueRefresher
from softphone.core.queues import QueueController
from tests.unit.core.test_queue_refresh import FakeClock, FakeServer, make, queue_events, run

# ---- parsing ----


@pytest.mark.parametrize("name,canonical", [
    ("caller-joined", "caller-joined"), ("callerjoined", "caller-joined"), ("CallerJoined", "caller-joined"),
    ("agentcalled", "agent-called"), ("agent-connected", "agent-connected"), ("callabandoned", "call-abandoned"),
    ("queuememberadded", "queue-member-added"), ("queue-member-removed", "queue-member-removed"),
    ("caller-left", None), ("", None), (None, None), (5, None), ("x" * 500, None),
])
def test_event_names_hyphenated_and_early_4x(name: Any, canonical: str | None) -> None:
    assert canonical_event_name(name) == canonical


@pytest.mark.parametrize("payload,expected", [
    ({"event": "caller-joined", "data": {"queue": "sales", "queuedCalls": 4, "callerId": {"id": "1"}}},
     LiveQueueEvent("caller-joined", "sales", 4)),
    ({"event": "callerjoined", "data": {"queue": "sales", "queuedCalls": "4"}},  # AMI figures are strings
     LiveQueueEvent("caller-joined", "sales", 4)),
    ({"event": "call-abandoned", "data": {"queue": "support", "queuedCallAfterAbandon": 0}},
     LiveQueueEvent("call-abandoned", "support", 0)),
    ({"event": "agent-connected", "data": {"queue": "q1", "queuedCalls": 2.0, "waitTimeInQueue": "12"}},
     LiveQueueEvent("agent-connected", "q1", 2)),
    ({"event": "queue-member-removed", "data": {"queue": "q1", "queuedCalls": 1}},
     LiveQueueEvent("queue-member-removed", "q1", 1)),
    ({"event": "agent-called", "data": {"queue": "q1", "callerId": {"id": "1", "name": "Bob"}}},
     LiveQueueEvent("agent-called", "q1", None)),
    # a count that is no count: the event still asks for a refresh, without a figure
    ({"event": "caller-joined", "data": {"queue": "q1", "queuedCalls": True}}, LiveQueueEvent("caller-joined", "q1")),
    ({"event": "caller-joined", "data": {"queue": "q1", "queuedCalls": -1}}, LiveQueueEvent("caller-joined", "q1")),
    ({"event": "caller-joined", "data": {"queue": "q1", "queuedCalls": 10**12}},
     LiveQueueEvent("caller-joined", "q1")),
    ({"event": "caller-joined", "data": {"queue": "q1", "queuedCalls": "4x"}}, LiveQueueEvent("caller-joined", "q1")),
    ({"event": "caller-joined", "data": {"queue": "q1", "queuedCalls": [4]}}, LiveQueueEvent("caller-joined", "q1")),
    ({"event": "caller-joined", "data": {"queue": "q1", "queuedCalls": 1.5}}, LiveQueueEvent("caller-joined", "q1")),
    # unusable
    ({"event": "caller-joined", "data": {"queuedCalls": 4}}, None),
    ({"event": "caller-joined", "data": {"queue": "", "queuedCalls": 4}}, None),
    ({"event": "caller-joined", "data": {"queue": 7, "queuedCalls": 4}}, None),
    ({"event": "caller-joined", "data": {"queue": "q" * 201}}, None),
    ({"event": "caller-joined", "data": "sales"}, None),
    ({"event": "caller-joined"}, None),
    ({"event": "something-new", "data": {"queue": "q1"}}, None),
    ({"data": {"queue": "q1"}}, None),
    (["caller-joined"], None), ("caller-joined", None), (None, None), (42, None),
])
def test_parse_voip_event(payload: Any, expected: LiveQueueEvent | None) -> None:
    assert parse_voip_event(payload) == expected


def test_parse_hangup() -> None:
    assert parse_hangup({"roomId": "r1"}) == LiveCallHangup("r1")
    for bad in ({"roomId": ""}, {"roomId": 5}, {}, "r1", None, {"roomId": "r" * 201}):
        assert parse_hangup(bad) is None


# ---- the refresher as the stream's listener ----


class FakeFeed:
    def __init__(self) -> None:
        self.listener: LiveQueueListener | None = None
        self.closed = 0

    def start(self, listener: LiveQueueListener) -> None:
        self.listener = listener

    async def aclose(self) -> None:
        self.closed += 1


def make_live(clock: FakeClock, server: FakeServer,
              **kwargs: Any) -> tuple[QueueRefresher, QueueController, list[Event], FakeFeed]:
    feed = FakeFeed()
    refresher, controller, events = make(clock, server, **kwargs)
    refresher.feed = feed
    return refresher, controller, events, feed


def test_a_live_count_shows_at_once_and_asks_for_a_full_read() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, _, events, feed = make_live(clock, server)
        refresher.start()
        assert feed.listener is refresher
        await clock.advance(5)
        assert server.calls == [0.0] and queue_events(events)[-1].callers == 2
        refresher.stream_up()
        server.queues = [QueueInfo("sales", logged_in=True, callers=4, holdtime=15, members_logged_in=3,
                                   members_available=1, longest_hold=40)]
        refresher.stream_item(LiveQueueEvent("caller-joined", "sales", 4))
        await clock.settle()  # no time passes: the event shows before any read could
        live = [e for e in queue_events(events) if e.callers == 4]
        assert live and live[0].members_logged_in == 3 and live[0].longest_hold == 40  # other figures kept
        assert live[0].logged_in is True
        assert server.calls == [0.0, 5.0]  # and a full read went out right away (within the budget)
        assert refresher.live_events == 1
        await refresher.stop()
        assert feed.closed == 1

    run(go)


def test_events_without_a_count_or_for_unknown_queues_only_ask_for_a_read() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, _, events, _ = make_live(clock, server)
        refresher.start()
        await clock.advance(5)
        before = len(queue_events(events))
        refresher.stream_item(LiveQueueEvent("caller-joined", "other", 9))  # a queue the server did not list
        await clock.settle()
        assert len(queue_events(events)) == before
        assert not [e for e in queue_events(events) if e.name == "other"]
        assert server.calls == [0.0, 5.0]
        await clock.advance(5)
        refresher.stream_item(LiveQueueEvent("agent-called", "sales"))  # rung: no load change
        refresher.stream_item(LiveCallHangup("r1"))
        await clock.settle()
        assert server.calls == [0.0, 5.0] and len(queue_events(events)) == before
        await refresher.stop()

    run(go)


def test_a_burst_of_events_stays_within_the_budget() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock, limit=10, window=60.0)
        refresher, _, events, _ = make_live(clock, server)
        refresher.start()
        refresher.stream_up()
        for i in range(300):  # a caller joins or leaves every second for five minutes
            await clock.advance(1)
            server.queues = [QueueInfo("sales", logged_in=True, callers=i % 7)]  # the server agrees
            refresher.stream_item(LiveQueueEvent("caller-joined" if i % 2 else "call-abandoned", "sales", i % 7))
            await clock.settle()
            assert queue_events(events)[-1].callers == i % 7  # every count shows at once
        assert not server.refused
        assert server.max_in_any_window(60.0) <= 8  # the reads they ask for stay within the budget
        assert len(server.calls) >= 5 * 8 - 1
        assert refresher.live_events == 300
        await refresher.stop()

    run(go)


def test_polling_slows_while_the_stream_is_up_and_resumes_when_it_is_down() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, _, _, _ = make_live(clock, server, interval=30.0, live_interval=90.0)
        refresher.start()
        await clock.advance(1)
        refresher.stream_up()
        await clock.advance(200)
        assert server.calls == [0.0, 90.0, 180.0]  # the safety net only
        refresher.stream_down()
        await clock.advance(10)
        assert server.calls == [0.0, 90.0, 180.0, 210.0]  # 30 s after the last read, not 90
        await clock.advance(60)
        assert server.calls[-2:] == [240.0, 270.0]
        refresher.stream_up()  # back after a loss: events may have been missed, so read once at once
        await clock.settle()
        assert server.calls[-1] == 271.0
        await clock.advance(100)
        assert server.calls[-1] == 361.0
        await refresher.stop()

    run(go)


def test_a_refusal_is_reported_once_until_the_stream_was_up_again() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, _, events, _ = make_live(clock, server)
        refresher.start()
        await clock.advance(1)
        for _ in range(3):
            refresher.stream_failed("queue-live-signed-out", "Live queue updates are off: sign in again.")
        errors = [e for e in events if isinstance(e, ErrorEvent)]
        assert [(e.code, e.cmd) for e in errors] == [("queue-live-signed-out", "queue")]
        await clock.advance(61)
        assert server.calls == [0.0, 30.0, 60.0]  # polling goes on at the normal rate
        refresher.stream_up()
        refresher.stream_failed("queue-live-signed-out", "again")
        assert len([e for e in events if isinstance(e, ErrorEvent)]) == 2
        await refresher.stop()

    run(go)


def test_a_read_sent_before_a_live_event_does_not_undo_its_count() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, _, events, _ = make_live(clock, server)
        gate = asyncio.Event()
        fetch = server.fetch
        stale = [QueueInfo("sales", logged_in=True, callers=3)]

        async def slow_fetch() -> list[QueueInfo]:
            if len(server.calls) == 1:  # the second read is slow and answers what was true when it was sent
                server.calls.append(clock.now)
                await gate.wait()
                return stale
            return await fetch()

        server.fetch = slow_fetch  # type: ignore[method-assign]
        refresher.start()
        await clock.advance(31)  # the 30 s read is on its way
        assert server.calls == [0.0, 30.0]
        refresher.stream_item(LiveQueueEvent("caller-joined", "sales", 4))
        await clock.settle()
        assert queue_events(events)[-1].callers == 4
        server.queues = [QueueInfo("sales", logged_in=True, callers=5)]
        gate.set()
        await clock.advance(1)
        # the stale answer (3) never showed; the read the event asked for (sent after it) did
        callers = [e.callers for e in queue_events(events)]
        assert 3 not in callers and callers[:2] == [2, 4] and callers[-1] == 5, callers
        assert server.calls == [0.0, 30.0, 31.0]
        await refresher.stop()

    run(go)


def test_session_stop_closes_the_stream() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        refresher, _, events, feed = make_live(clock, server)
        refresher.start()
        await clock.advance(1)
        refresher.on_event(Stopped())
        await clock.settle()
        assert feed.closed == 1
        refresher.stream_item(LiveQueueEvent("caller-joined", "sales", 7))
        await clock.settle()
        assert not [e for e in queue_events(events) if e.callers == 7]
        await refresher.stop()
        assert server.closed

    run(go)


def test_giving_up_on_the_rest_side_also_ends_the_stream() -> None:
    async def go() -> None:
        clock = FakeClock()
        server = FakeServer(clock)
        server.fail_with = QueueLoadError("Signed out.", permanent=True, code="queue-load-denied")
        refresher, _, events, feed = make_live(clock, server)
        refresher.start()
        await clock.advance(1)
        assert feed.closed == 1
        refresher.stream_failed("queue-live-signed-out", "Live queue updates are off.")  # one error is enough
        assert [e.code for e in events if isinstance(e, ErrorEvent)] == ["queue-load-denied"]
        await refresher.stop()

    run(go)
