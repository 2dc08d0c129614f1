"""In-process harness for engine tests: run a coroutine on a fresh loop with a started PjsuaEngine."""

from __future__ import annotations

import asyncio
import os
import threading
from collections.abc import Awaitable, Callable
from typing import Any, TypeVar

from softphone.core.events import EngineSignal, Event
from softphone.core.models import AccountSpec, EngineOptions, Transport
from softphone.engine import PjsuaEngine

E = TypeVar("E")


class Recorder:
    """Collects engine events on the loop's thread; await ``wait(type, **fields)`` for the next match."""

    def __init__(self) -> None:
        self.events: list[Event | EngineSignal] = []
        self._changed = asyncio.Event()

    def __call__(self, event: Event | EngineSignal) -> None:
        self.events.append(event)
        self._changed.set()

    def find(self, kind: type[E], start: int = 0, **fields: Any) -> E | None:
        for ev in self.events[start:]:
            if isinstance(ev, kind) and all(getattr(ev, k) == v for k, v in fields.items()):
                return ev
        return None

    async def wait(self, kind: type[E], timeout: float = 10.0, start: int = 0, **fields: Any) -> E:
        async def look() -> E:
            while True:
                found = self.find(kind, start, **fields)
                if found is not None:
                    return found
                self._changed.clear()
                await self._changed.wait()

        try:
            return await asyncio.wait_for(look(), timeout)
        except asyncio.TimeoutError:
            raise AssertionError(f"no {kind.__name__} {fields} within {timeout} s; got {self.events}") from None

    def mark(self) -> int:
        return len(self.events)


async def wait_until(pred: Callable[[], Awaitable[bool]], timeout: float, what: str, interval: float = 0.1) -> None:
    loop = asyncio.get_running_loop()
    deadline = loop.time() + timeout
    while not await pred():
        if loop.time() > deadline:
            raise AssertionError(f"timed out after {timeout} s waiting for {what}")
        await asyncio.sleep(interval)


def options(**overrides: Any) -> EngineOptions:
    base: dict[str, Any] = {"bind_address": "127.0.0.1", "keepalive_sec": 2, "codecs": ("PCMU", "PCMA")}
    base.update(overrides)
    return EngineOptions(**base)


def account(kam: Any, user: str = "1001", transport: Transport = Transport.UDP, **kw: Any) -> AccountSpec:
    port = {Transport.UDP: kam.udp_port, Transport.TCP: kam.tcp_port, Transport.TLS: kam.tls_port}[transport]
    kw.setdefault("ca_file", str(kam.ca_file))
    return AccountSpec(user=user, domain=kam.host, port=port, transport=transport, **kw)


def run_engine(body: Callable[[PjsuaEngine, Recorder], Awaitable[None]], opts: EngineOptions | None = None,
               bridge: Any = None) -> None:
    """Start an engine, run ``body``, always shut the engine down."""

    async def main() -> None:
        rec = Recorder()
        engine = PjsuaEngine(opts or options(), asyncio.get_running_loop())
        await engine.start(rec, bridge)
        try:
            await body(engine, rec)
        finally:
            await engine.shutdown()

    asyncio.run(main())


def fd_count() -> int:
    return len(os.listdir("/proc/self/fd"))


def thread_names() -> list[str]:
    return sorted(t.name for t in threading.enumerate())
