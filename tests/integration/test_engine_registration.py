"""Engine registration against Kamailio: transports, wrong password, untrusted TLS, restart recovery, idle CPU."""

from __future__ import annotations

import asyncio
import json
import os
import subprocess
import sys
import time
from pathlib import Path

import pytest

from softphone.core.events import RegistrationChanged
from softphone.core.models import Transport
from softphone.engine import PjsuaEngine, pjsua_engine
from tests.integration.engine_harness import Recorder, account, run_engine
from tests.stack.kamailio import KamailioServer
from tests.stack.tls import TestCA


@pytest.fixture(scope="module")
def kam(kamailio_module: KamailioServer) -> KamailioServer:
    return kamailio_module


@pytest.mark.parametrize("transport", [Transport.UDP, Transport.TCP, Transport.TLS])
def test_register_and_unregister(kam: KamailioServer, transport: Transport) -> None:
    async def body(engine: PjsuaEngine, rec: Recorder) -> None:
        await engine.register(account(kam, "1006", transport), kam.users["1006"])
        ok = await rec.wait(RegistrationChanged, state="registered")
        assert ok.code == 200 and ok.account == f"sip:1006@{kam.host}"
        diag = await engine.diagnostics()
        assert diag["registration"] == {"state": "registered", "code": 200, "reason": "OK"}
        await engine.unregister()
        await rec.wait(RegistrationChanged, state="unregistered")

    run_engine(body)


def test_registers_again_right_after_the_computer_slept(kam: KamailioServer, monkeypatch: pytest.MonkeyPatch) -> None:
    """pjsip's refresh timer stands still while the computer sleeps, and the registrar has usually dropped the
    binding by the time it wakes: the engine notices the gap between a sleep-aware clock and the monotonic one
    and registers again at once (a 1-hour sleep is simulated by moving the sleep-aware clock)."""
    slept = {"s": 0.0}
    real = pjsua_engine._suspend_offset
    monkeypatch.setattr(pjsua_engine, "_suspend_offset", lambda: real() + slept["s"])

    async def body(engine: PjsuaEngine, rec: Recorder) -> None:
        await engine.register(account(kam, "1006"), kam.users["1006"])
        await rec.wait(RegistrationChanged, state="registered")
        await asyncio.sleep(1.5)  # a second turn of an idle engine loop: no gap, no REGISTER
        mark = rec.mark()
        assert rec.find(RegistrationChanged, start=mark - 1, state="registering") is None
        slept["s"] = 3600.0
        again = await rec.wait(RegistrationChanged, timeout=5, start=mark, state="registering")
        done = await rec.wait(RegistrationChanged, timeout=5, start=rec.events.index(again), state="registered")
        assert done.code == 200
        await asyncio.sleep(1.5)  # and only once per sleep
        assert [e.state for e in rec.events[mark:] if isinstance(e, RegistrationChanged)] == ["registering",
                                                                                           "registered"]
        await engine.unregister()

    run_engine(body)


def test_wrong_password_fails_with_401_and_backoff(kam: KamailioServer) -> None:
    async def body(engine: PjsuaEngine, rec: Recorder) -> None:
        await engine.register(account(kam, "1007"), "not-the-password")
        failed = await rec.wait(RegistrationChanged, state="failed")
        assert failed.code == 401
        assert "wrong SIP user or password" in failed.reason
        assert 0.5 <= failed.retry_in <= 1.5
        second = await rec.wait(RegistrationChanged, state="failed", start=rec.events.index(failed) + 1)
        assert 1.5 <= second.retry_in <= 2.5  # doubling
        assert "not-the-password" not in repr(rec.events)

    run_engine(body)


def test_tls_with_unknown_ca_is_refused(kam: KamailioServer, tmp_path: Path) -> None:
    other_ca = TestCA(tmp_path / "other")

    async def body(engine: PjsuaEngine, rec: Recorder) -> None:
        await engine.register(account(kam, "1008", Transport.TLS, ca_file=str(other_ca.ca_file)), kam.users["1008"])
        failed = await rec.wait(RegistrationChanged, state="failed", timeout=15)
        assert "certificate" in failed.reason
        assert rec.find(RegistrationChanged, state="registered") is None

    run_engine(body)


@pytest.mark.parametrize(
    "transport",
    # UDP notices the loss only when the refresh REGISTER times out (32 s), hence slow
    [pytest.param(Transport.UDP, marks=pytest.mark.slow), Transport.TCP],
)
def test_registered_again_within_10s_of_kamailio_return(tmp_path: Path, transport: Transport) -> None:
    with KamailioServer(tmp_path / "kam") as kam:

        async def body(engine: PjsuaEngine, rec: Recorder) -> None:
            await engine.register(account(kam, "1009", transport), kam.users["1009"])
            await rec.wait(RegistrationChanged, state="registered")
            mark = rec.mark()
            kam.stop()
            # the engine notices (keep-alive probe every 2 s / TCP connection loss) and backs off
            await rec.wait(RegistrationChanged, state="failed", start=mark, timeout=45)
            await asyncio.sleep(3)
            mark = rec.mark()
            await asyncio.get_running_loop().run_in_executor(None, kam.start)
            back = time.monotonic()
            await rec.wait(RegistrationChanged, state="registered", start=mark, timeout=10)
            assert time.monotonic() - back < 10

        run_engine(body)


def test_idle_registered_engine_costs_almost_no_cpu(kam: KamailioServer) -> None:
    async def body(engine: PjsuaEngine, rec: Recorder) -> None:
        await engine.register(account(kam, "1010"), kam.users["1010"])
        await rec.wait(RegistrationChanged, state="registered")
        await asyncio.sleep(0.5)
        t0, c0 = time.monotonic(), _thread_cpu(engine)
        await asyncio.sleep(5)
        share = (_thread_cpu(engine) - c0) / (time.monotonic() - t0)
        assert share < 0.005, f"engine thread used {share:.2%} of a core while idle"

    run_engine(body)


def _thread_cpu(engine: PjsuaEngine) -> float:
    """CPU seconds of the engine thread from /proc (utime + stime)."""
    native = engine._thread.native_id if engine._thread else None
    with open(f"/proc/self/task/{native}/stat") as f:
        fields = f.read().rsplit(")", 1)[1].split()
    return (int(fields[11]) + int(fields[12])) / os.sysconf("SC_CLK_TCK")


_DNS_PROBE = """
import json
from softphone.core.events import RegistrationChanged
from softphone.core.models import AccountSpec
from tests.integration.engine_harness import run_engine

async def body(engine, rec):
    await engine.register(AccountSpec(user="1001", domain="nonexistent.invalid"), "pw")
    failed = await rec.wait(RegistrationChanged, state="failed", timeout=20)
    print(json.dumps({"code": failed.code, "reason": failed.reason, "retry_in": failed.retry_in}))

run_engine(body)
"""


def test_unresolvable_registrar_is_a_clear_dns_failure() -> None:
    # The resolver here may be a server off this machine: run the engine in a network namespace of its own with
    # only loopback, so the DNS query cannot leave (it fails at once with "network unreachable").
    isolate = ["unshare", "--net", "sh", "-c", 'ip link set lo up && exec "$@"', "isolated"]
    try:
        usable = subprocess.run([*isolate, "true"], capture_output=True, timeout=10).returncode == 0
    except (OSError, subprocess.TimeoutExpired):
        usable = False
    if not usable:
        pytest.skip("needs `unshare --net` (root or user namespaces) to resolve a name without sending DNS "
                    "queries off this machine")
    root = Path(__file__).resolve().parents[2]
    done = subprocess.run([*isolate, sys.executable, "-c", _DNS_PROBE], capture_output=True, text=True, timeout=60,
                          cwd=root, env={**os.environ, "PYTHONPATH": str(root)})
    assert done.returncode == 0, done.stderr[-2000:]
    failed = json.loads(done.stdout.strip().splitlines()[-1])
    assert failed["reason"] == "cannot resolve nonexistent.invalid", failed
    assert failed["code"] >= 400 and failed["retry_in"] > 0


def test_the_remembered_sip_port_is_used_and_a_taken_one_falls_back(kam: KamailioServer) -> None:
    import socket

    from tests.integration.engine_harness import options
    from tests.stack import procs

    async def start_with(port: int, transport: Transport) -> int:
        rec = Recorder()
        engine = PjsuaEngine(options(sip_port=port), asyncio.get_running_loop())
        caps = await engine.start(rec, None)
        try:
            await engine.register(account(kam, "1006", transport), kam.users["1006"])
            await rec.wait(RegistrationChanged, state="registered")
            return caps.sip_port
        finally:
            await engine.shutdown()

    free = procs.free_port()
    assert asyncio.run(start_with(free, Transport.TCP)) == free  # TCP listens on the same number
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as taken:  # another instance holds it
        taken.bind(("127.0.0.1", free))
        got = asyncio.run(start_with(free, Transport.UDP))
    assert got > 0 and got != free
