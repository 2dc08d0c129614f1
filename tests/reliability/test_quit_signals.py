"""The phone asked to stop by a signal: SIGTERM (the desktop session ends, `kill`, a service manager), SIGINT
(Ctrl-C in a terminal) and SIGHUP (the terminal closed) quit the window app (`softphone run`) and the headless
phone run as a service (stdin on /dev/null) the way their Quit does, so the PBX is told (REGISTER with Expires 0)
instead of ringing a dead contact until the binding expires."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tests.reliability.helpers import PhoneFactory, location_contacts, set_up
from tests.stack import procs
from tests.stack.kamailio import KamailioServer

APPS = {"window": ["run"], "headless": ["run", "--headless"]}


@pytest.mark.parametrize("app", list(APPS))
@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT, signal.SIGHUP], ids=["SIGTERM", "SIGINT", "SIGHUP"])
def test_phone_unregisters_and_exits_cleanly_on_a_signal(phone: PhoneFactory, kamailio_fresh: KamailioServer,
                                                         sig: signal.Signals, app: str) -> None:
    kam = kamailio_fresh
    p = phone(start=False)
    set_up(p, kam, "1005")
    stderr = p.profile / f"{app}-stderr.log"
    with open(stderr, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "softphone", "--profile", str(p.profile), *APPS[app]],
                                env={**p.env, "QT_QPA_PLATFORM": "offscreen"}, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        procs.wait_until(lambda: len(location_contacts(kam, "1005")) == 1, 30, interval=0.2,
                         what=f"the {app} phone registered at Kamailio")
        proc.send_signal(sig)
        rc = proc.wait(timeout=20)
    finally:
        if proc.poll() is None:
            proc.kill()
            proc.wait(10)
    text = stderr.read_text(errors="replace")
    assert rc == 0, text[-3000:]
    assert location_contacts(kam, "1005") == []  # unregistered on the way out
    assert "Traceback" not in text, text[-3000:]
