"""A long shift: calls in a row through the headless phone (auto-answer), watching memory, threads and file
descriptors from outside (/proc). CI: 100 calls; the full run (`long`): 1,000."""

from __future__ import annotations

import time

import pytest

from tests.reliability.helpers import PhoneFactory, no_traceback, registered_phone, resources, status
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp

WARM_UP = 10


def shift(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp, calls: int, user: str) -> None:
    p = registered_phone(phone, kamailio, user, ("call.auto_answer", "all"))
    assert p.proc is not None
    # one call at a time (-l 1), as fast as they come: INVITE, answer, 150 ms of RTP, BYE from the caller
    caller = sipp.uac(to=user, from_user="2300", duration_ms=150, max_calls=calls, timeout_s=calls * 3 + 60,
                      extra_args=["-l", "1", "-r", "20"])
    started = time.monotonic()
    samples: list[dict[str, int]] = []
    for n in range(1, calls + 1):
        p.wait_event("call_state", timeout=30, state="disconnected")
        if n == WARM_UP or n % max(1, calls // 10) == 0:
            samples.append({"call": n, **resources(p.proc.pid)})
    took = time.monotonic() - started
    caller.wait_ok(30)
    time.sleep(1)
    end = {"call": calls, **resources(p.proc.pid)}
    base = samples[0]
    st = status(p)
    answered = sum(1 for e in p.events if e["event"] == "call_state" and e["state"] == "connected")
    print(f"RESULT long-shift {calls} calls in {took:.0f}s: after {WARM_UP} {base} -> end {end}; "
          f"RSS +{(end['rss_kb'] - base['rss_kb']) / 1024:.1f} MB; samples {samples}")
    assert answered == calls
    assert st["registration"] == "registered" and st["calls"] == [] and st["agent_state"] == "available"
    assert end["rss_kb"] - base["rss_kb"] < 10 * 1024, (base, end)
    assert end["threads"] <= base["threads"] + 1, (base, end)
    assert end["fds"] <= base["fds"] + 2, (base, end)
    no_traceback(p)
    assert p.close() == 0


@pytest.mark.slow
def test_shift_short(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    shift(phone, kamailio, sipp, 100, "1007")


@pytest.mark.long
@pytest.mark.timeout(1800)
def test_shift_1000_calls(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp) -> None:
    shift(phone, kamailio, sipp, 1000, "1008")
