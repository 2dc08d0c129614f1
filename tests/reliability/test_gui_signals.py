"""The window app (`softphone run`) asked to stop by a signal: SIGTERM (the desktop session ends, `kill`, a service
manager) and SIGINT (Ctrl-C in a terminal) quit it the way its Quit menu does, so the PBX is told (REGISTER with
Expires 0) instead of ringing a dead contact until the binding expires."""

from __future__ import annotations

import signal
import subprocess
import sys

import pytest

from tests.reliability.helpers import PhoneFactory, location_contacts, set_up
from tests.stack import procs
from tests.stack.kamailio import KamailioServer


@pytest.mark.parametrize("sig", [signal.SIGTERM, signal.SIGINT], ids=["SIGTERM", "SIGINT"])
def test_window_app_unregisters_and_exits_cleanly_on_a_signal(phone: PhoneFactory, kamailio_fresh: KamailioServer,
                                                               sig: signal.Signals) -> None:
    kam = kamailio_fresh
    p = phone(start=False)
    set_up(p, kam, "1005")
    stderr = p.profile / "window-stderr.log"
    with open(stderr, "wb") as err:
        proc = subprocess.Popen([sys.executable, "-m", "softphone", "--profile", str(p.profile), "run"],
                                env={**p.env, "QT_QPA_PLATFORM": "offscreen"}, stdin=subprocess.DEVNULL,
                                stdout=subprocess.DEVNULL, stderr=err)
    try:
        procs.wait_until(lambda: len(location_contacts(kam, "1005")) == 1, 30, interval=0.2,
                         what="the window app registered at Kamailio")
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
