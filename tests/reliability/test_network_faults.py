"""Network faults: the phone runs in a network namespace made by the test, behind a veth pair; Kamailio and SIPp
stay outside on the veth's root-side address.

This machine's kernel has no sch_netem (nor tc classifiers or netfilter tools), so the faults are made with what
it has: loss and jitter with a token bucket (tbf) on both veth ends whose rate is ~10 % below the RTP stream's,
so about one packet in ten is dropped and the rest wait up to 200 ms in its queue (queueing jitter); where
netem exists it is used instead ("delay 250ms 200ms loss 10%"). The blackout takes both veth ends down
(8 s in CI, 30 s in the full run)."""

from __future__ import annotations

import itertools
import os
import random
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pytest

from tests.phone import HeadlessPhone
from tests.reliability.helpers import configure, location_contacts, no_traceback, set_account, status
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp
from tests.stack.tls import TestCA

_names = itertools.count(1)


def sh(*args: str, ns: str | None = None) -> None:
    argv = (["ip", "netns", "exec", ns] if ns else []) + list(args)
    done = subprocess.run(argv, capture_output=True, text=True, timeout=15)
    assert done.returncode == 0, f"{argv}: {done.stderr}"


@dataclass
class Netns:
    name: str
    root_dev: str
    ns_dev: str
    root_ip: str  # Kamailio and SIPp
    ns_ip: str  # the phone

    def qdisc(self, spec: str) -> None:
        """The same root qdisc on both directions ("" removes it)."""
        for dev, ns in ((self.root_dev, None), (self.ns_dev, self.name)):
            argv = ["tc", "qdisc", "replace", "dev", dev, "root", *spec.split()] if spec else \
                ["tc", "qdisc", "del", "dev", dev, "root"]
            sh(*argv, ns=ns)

    def impair(self) -> str:
        """~10 % loss and up to ~200 ms of jitter each way; returns what was applied."""
        try:
            spec = "netem delay 250ms 200ms loss 10%"
            self.qdisc(spec)
        except AssertionError:
            # PCMU RTP: 50 packets/s of 214 bytes on the wire = 85.6 kbit/s; 77 kbit/s drops ~10 %
            spec = "tbf rate 77kbit burst 1600 latency 200ms"
            self.qdisc(spec)
        return spec

    def link(self, up: bool) -> None:
        state = "up" if up else "down"
        sh("ip", "link", "set", self.root_dev, state)
        sh("ip", "link", "set", self.ns_dev, state, ns=self.name)


@pytest.fixture
def netns() -> Iterator[Netns]:
    tag = f"{os.getpid() % 10000}{next(_names)}"
    subnet = random.Random().randrange(10, 250)
    n = Netns(f"relns{tag}", f"vrr{tag}", f"vrn{tag}", f"10.231.{subnet}.1", f"10.231.{subnet}.2")
    sh("ip", "netns", "add", n.name)
    try:
        sh("ip", "link", "add", n.root_dev, "type", "veth", "peer", "name", n.ns_dev)
        sh("ip", "link", "set", n.ns_dev, "netns", n.name)
        sh("ip", "addr", "add", f"{n.root_ip}/24", "dev", n.root_dev)
        sh("ip", "link", "set", n.root_dev, "up")
        sh("ip", "addr", "add", f"{n.ns_ip}/24", "dev", n.ns_dev, ns=n.name)
        sh("ip", "link", "set", n.ns_dev, "up", ns=n.name)
        sh("ip", "link", "set", "lo", "up", ns=n.name)
        yield n
    finally:
        subprocess.run(["ip", "link", "del", n.root_dev], capture_output=True, timeout=15)
        subprocess.run(["ip", "netns", "del", n.name], capture_output=True, timeout=15)


class NsPhone(HeadlessPhone):
    """The headless phone started inside a network namespace."""

    namespace = ""

    def start(self) -> None:
        self._stderr = open(self.stderr_path, "ab")  # noqa: SIM115 - closed in close()
        self.proc = subprocess.Popen(
            ["ip", "netns", "exec", self.namespace, sys.executable, "-m", "softphone", "--profile", str(self.profile),
             "run", "--headless", *self.args],
            stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=self._stderr, env=self.env,
        )
        self._reader = threading.Thread(target=self._read, daemon=True, name="headless-reader")
        self._reader.start()


@pytest.fixture
def ns_stack(netns: Netns, tmp_path: Path, test_ca: TestCA, stack_env: dict[str, str],
             sipp: Sipp) -> Iterator[tuple[Netns, KamailioServer, Any, Sipp]]:
    kam = KamailioServer(tmp_path / "kam", host=netns.root_ip, ca=test_ca)
    kam.start()
    sipp.kamailio = kam
    phones: list[NsPhone] = []

    def make() -> NsPhone:
        phone = NsPhone(tmp_path / f"phone{len(phones) + 1}", stack_env, start=False)
        phone.namespace = netns.name
        phones.append(phone)
        configure(phone, ("sip.bind_address", netns.ns_ip), ("sip.keepalive_sec", "3"),
                  ("call.auto_answer", "all"))
        set_account(phone, "1001", kam.users["1001"], kam.domain, kam.udp_port)
        phone.start()
        phone.wait_event("registration", timeout=30, state="registered")
        return phone

    try:
        yield netns, kam, make, sipp
    finally:
        for phone in phones:
            phone.close()
        kam.close()


def call_in(sipp: Sipp, n: Netns, duration_ms: int) -> Any:
    return sipp.uac(to="1001", from_user="2400", duration_ms=duration_ms, timeout_s=120,
                    extra_args=["-i", n.root_ip, "-mi", n.root_ip])


def media_after(phone: HeadlessPhone, call_id: str, after: dict[str, Any], timeout: float = 12) -> dict[str, Any]:
    return phone.wait_event("media", timeout=timeout, call_id=call_id,
                            where=lambda e: e["rx_packets"] > after["rx_packets"] and not e.get("final"))


def test_loss_and_jitter_during_call(ns_stack: tuple[Netns, KamailioServer, Any, Sipp]) -> None:
    n, kam, make, sipp = ns_stack
    p = make()
    caller = call_in(sipp, n, 11_000)
    incoming = p.wait_event("incoming_call", timeout=15)
    call_id = incoming["call_id"]
    p.wait_event("call_state", timeout=10, call_id=call_id, state="connected")
    applied = n.impair()
    first = p.wait_event("media", timeout=10, call_id=call_id)
    second = media_after(p, call_id, first)
    ended = p.wait_event("call_state", timeout=40, since_start=True, call_id=call_id, state="disconnected")
    final = p.wait_event("media", timeout=10, since_start=True, call_id=call_id, final=True)
    n.qdisc("")
    caller.wait(60)
    print(f"RESULT loss-jitter ({applied}): rx {first['rx_packets']} -> {second['rx_packets']} -> {final['rx_packets']}"
          f" (+{second['rx_packets'] - first['rx_packets']} in 5 s), loss {second['loss_pct']} %, jitter "
          f"{second['jitter_ms']} ms, MOS {second['mos']}; ended by {ended['end_reason']} after {ended['duration']}s")
    assert second["rx_packets"] - first["rx_packets"] > 150  # 250 a 5 s at 50 pps, less 10 % and reordering
    assert ended["end_reason"] == "remote" and ended["duration"] > 10
    assert second["loss_pct"] > 2
    assert status(p)["registration"] == "registered"
    no_traceback(p)


def blackout(ns_stack: tuple[Netns, KamailioServer, Any, Sipp], seconds: float) -> None:
    n, kam, make, sipp = ns_stack
    p = make()
    caller = call_in(sipp, n, int((seconds + 9) * 1000))
    incoming = p.wait_event("incoming_call", timeout=15)
    call_id = incoming["call_id"]
    p.wait_event("call_state", timeout=10, call_id=call_id, state="connected")
    before = p.wait_event("media", timeout=10, call_id=call_id)
    n.link(False)
    time.sleep(seconds)
    n.link(True)
    back = time.time()
    # media resumes on the same call (nothing on the path ends a call whose RTP pauses)
    resumed = p.wait_event("media", timeout=12, call_id=call_id,
                           where=lambda e: e["ts"] > back + 1 and e["rx_packets"] > before["rx_packets"])
    status_after = status(p)
    registered = [e for e in p.events if e["event"] == "registration" and e["ts"] >= back - seconds]
    ended = p.wait_event("call_state", timeout=40, since_start=True, call_id=call_id, state="disconnected")
    caller.wait(60)
    contacts = location_contacts(kam, "1001")
    print(f"RESULT blackout-{seconds:g}s: call survived, rx {before['rx_packets']} -> {resumed['rx_packets']} "
          f"{resumed['ts'] - back:.1f}s after the network returned; registration events {registered}; status "
          f"{status_after['registration']}; ended by {ended['end_reason']} after {ended['duration']}s; "
          f"{len(contacts)} contact(s)")
    assert status_after["registration"] == "registered"
    assert ended["end_reason"] == "remote"
    assert len(contacts) == 1
    no_traceback(p)


def test_blackout_short(ns_stack: tuple[Netns, KamailioServer, Any, Sipp]) -> None:
    blackout(ns_stack, 8)


@pytest.mark.long
def test_blackout_30s(ns_stack: tuple[Netns, KamailioServer, Any, Sipp]) -> None:
    blackout(ns_stack, 30)
