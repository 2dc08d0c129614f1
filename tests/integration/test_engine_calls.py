"""Engine calls against Kamailio + SIPp: incoming, outgoing, hold, DTMF, transfers, leaks."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from softphone.core.events import (
    CallConfirmed,
    CallEnded,
    CallIncoming,
    RegistrationChanged,
)
from softphone.engine import PjsuaEngine
from tests.integration.engine_harness import Recorder, account, run_engine, wait_until
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp


@pytest.fixture(scope="module")
def kam() -> Iterator[KamailioServer]:
    with KamailioServer() as server:
        yield server


@pytest.fixture
def sipp(kam: KamailioServer) -> Iterator[Sipp]:
    with Sipp(kam) as factory:
        yield factory


async def _register(engine: PjsuaEngine, rec: Recorder, kam: KamailioServer, user: str = "1001") -> None:
    await engine.register(account(kam, user), kam.users[user])
    await rec.wait(RegistrationChanged, state="registered")


def test_incoming_call_answer_rtp_and_remote_bye(kam: KamailioServer, sipp: Sipp) -> None:
    async def body(engine: PjsuaEngine, rec: Recorder) -> None:
        await _register(engine, rec, kam, "1002")
        caller = sipp.uac(to="1002", from_user="1003", from_name="Jane Caller", duration_ms=2500)
        inc = await rec.wait(CallIncoming, timeout=10)
        assert inc.number == "1003"
        assert inc.display_name == "Jane Caller"
        assert inc.remote_uri.startswith("sip:1003@")
        await engine.answer(inc.call_id)
        await rec.wait(CallConfirmed, call_id=inc.call_id)

        async def rtp_both_ways() -> bool:
            stats = await engine.media_stats(inc.call_id)
            # SIPp echoes our RTP: packets coming back prove they went out and arrived at SIPp
            return stats is not None and stats.rx_packets > 5 and stats.tx_packets > 5

        await wait_until(rtp_both_ways, 5, "RTP both ways")
        stats = await engine.media_stats(inc.call_id)
        assert stats is not None and stats.codec.startswith("PCMU") and 1.0 <= stats.mos <= 4.5
        ended = await rec.wait(CallEnded, call_id=inc.call_id, timeout=10)
        assert not ended.local and ended.code == 200
        caller.wait_ok(10)
        assert await engine.call_ids() == []

    run_engine(body)
