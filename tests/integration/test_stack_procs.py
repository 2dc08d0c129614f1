"""The process-leak check itself and the process helpers."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from tests.stack import procs


def test_descendants_sees_a_grandchild_and_stop_reaps_the_group() -> None:
    proc = procs.start_process(["sh", "-c", "sleep 30 & wait"])
    try:
        procs.wait_until(lambda: len(procs.descendants(proc.pid)) >= 1, 5, what="grandchild")
        grandchild = next(iter(procs.descendants(proc.pid)))
        assert proc.pid in procs.descendants(os.getpid())
    finally:
        procs.stop_process(proc)
    table = procs.process_table()
    assert grandchild not in table or table[grandchild].state == "Z"


def test_leak_check_notices_a_leftover_but_not_services() -> None:
    check = procs.LeakCheck()
    leaked = subprocess.Popen(["sleep", "30"])
    service = subprocess.Popen(["sleep", "31"])
    provider = lambda: [service.pid]  # noqa: E731
    procs.register_service(provider)
    try:
        left = check.wait_clean(grace=0.2)
        assert set(left) == {leaked.pid}
        assert "sleep 30" in left[leaked.pid].cmdline()
        check.kill(left)
        leaked.wait(5)
        assert check.leftovers() == {}
    finally:
        procs.unregister_service(provider)
        for p in (leaked, service):
            p.kill()
            p.wait(5)


def test_free_port_is_free_for_udp_and_tcp() -> None:
    import socket

    port = procs.free_port()
    for kind in (socket.SOCK_DGRAM, socket.SOCK_STREAM):
        with socket.socket(socket.AF_INET, kind) as s:
            s.bind(("127.0.0.1", port))
    assert subprocess.run(["true"]).returncode == 0


def test_a_service_dies_with_a_test_process_killed_without_teardown(tmp_path) -> None:  # type: ignore[no-untyped-def]
    # a "test process" that starts a service the way fixtures do, reports its pid, then is SIGKILLed
    pid_file = tmp_path / "service.pid"
    script = ("import sys, time\n"
              "from tests.stack import procs\n"
              "p = procs.start_process(['sleep', '60'])\n"
              f"open({str(pid_file)!r}, 'w').write(str(p.pid))\n"
              "time.sleep(60)\n")
    runner = subprocess.Popen([sys.executable, "-c", script], cwd=Path(__file__).resolve().parents[2])
    try:
        procs.wait_until(lambda: pid_file.exists() and pid_file.read_text() != "", 10, what="service started")
        service = int(pid_file.read_text())
        assert "sleep" in procs.process_table()[service].cmdline()
        runner.kill()
        runner.wait(5)

        def gone() -> bool:
            entry = procs.process_table().get(service)
            return entry is None or entry.state == "Z"

        procs.wait_until(gone, 5, what="the service to die with its test process")
    finally:
        runner.kill()
        runner.wait(5)
