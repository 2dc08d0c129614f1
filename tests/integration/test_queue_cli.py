"""`softphone queue login|pause|...` as a one-shot phone (softphone.cli.one_shot, shared with `softphone call`):
registers, dials the feature codes, prints one line per queue, unregisters."""

from __future__ import annotations

from collections.abc import Callable

from tests.integration.test_headless_e2e import PhoneFactory, _feature_invites, set_up
from tests.stack.kamailio import KamailioServer
from tests.stack.sipp import Sipp


def test_queue_command_dials_the_feature_codes(phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp,
                                               kamailio_features: Callable[[str | None], None]) -> None:
    kamailio.set_password("3041", "pw3041")
    pbx = sipp.uas(user="features", hangup_ms=300, max_calls=10)
    kamailio_features(f"sip:127.0.0.1:{pbx.port}")
    p = phone(start=False)
    set_up(p, kamailio, "3041", ("queue.names", '["sales", "support"]'))
    done = p.cli("queue", "login", "all", timeout=60)
    assert done.returncode == 0, done.stdout + done.stderr
    assert done.stdout.splitlines() == ["login sales (*45sales): ok", "login support (*45support): ok"]
    paused = p.cli("queue", "pause", "sales", "--reason", "lunch", timeout=60)
    assert paused.returncode == 0, paused.stdout + paused.stderr
    assert paused.stdout.startswith("pause sales (*47sales*"), paused.stdout
    assert _feature_invites(pbx)[:2] == ["*45sales", "*45support"]
    assert _feature_invites(pbx)[2].startswith("*47sales*")


def test_refused_queue_action_and_failed_registration_say_why(
        phone: PhoneFactory, kamailio: KamailioServer, sipp: Sipp,
        kamailio_features: Callable[[str | None], None]) -> None:
    kamailio.set_password("3042", "pw3042")
    pbx = sipp.uas("uas_reject", user="features", code=404, reason="Not Found")
    kamailio_features(f"sip:127.0.0.1:{pbx.port}")
    p = phone(start=False)
    set_up(p, kamailio, "3042", ("queue.names", '["sales"]'))
    refused = p.cli("queue", "login", "sales", timeout=60)
    assert refused.returncode == 1
    line = refused.stdout.strip()
    assert line.startswith("login sales (*45sales): FAILED: ") and "404" in line, refused.stdout
    kamailio.set_password("3042", "changed-elsewhere")
    try:
        failed = p.cli("queue", "logout", "sales", timeout=60)
    finally:
        kamailio.set_password("3042", "pw3042")
    assert failed.returncode == 1 and failed.stdout == ""
    assert failed.stderr.startswith("softphone: registration failed: 401"), failed.stderr
    assert "Traceback" not in failed.stderr
