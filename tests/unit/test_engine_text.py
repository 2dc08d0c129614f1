"""Pure engine helpers: SIP header parsing, caller/queue detection, reasons, backoff, E-model."""

from __future__ import annotations

import random

from softphone.core import quality
from softphone.engine.siptext import Backoff, caller_info, parse_headers, registration_reason

INVITE = (
    "INVITE sip:1001@pbx SIP/2.0\r\n"
    "f: \"[Sales] Jane Roe\" <sip:2000@pbx>;tag=1\r\n"
    "To: <sip:1001@pbx>\r\n"
    "P-Asserted-Identity: \"Jane R.\" <sip:+4930123@pbx>\r\n"
    "Subject: hello\r\n\tworld\r\n\r\nv=0\r\n"
)


def test_caller_prefers_pai_and_reads_queue_prefix() -> None:
    headers = parse_headers(INVITE)
    assert ("subject", "hello world") in headers
    who = caller_info(headers)
    assert (who.number, who.display_name, who.queue, who.remote_uri) == ("+4930123", "Jane R.", "", "sip:2000@pbx")
    plain = caller_info(parse_headers(INVITE.replace("P-Asserted-Identity", "X-Other")))
    assert (plain.number, plain.display_name, plain.queue) == ("2000", "Jane Roe", "Sales")


def test_queue_headers_win_over_prefix() -> None:
    raw = INVITE.replace("Subject: hello", "X-Queue: support\r\nSubject: hello")
    assert caller_info(parse_headers(raw)).queue == "support"
    raw = INVITE.replace("Subject: hello", "Alert-Info: <http://x/ring>;queue=billing\r\nSubject: hello")
    assert caller_info(parse_headers(raw)).queue == "billing"


def test_registration_reasons() -> None:
    assert "wrong SIP user or password" in registration_reason(401, "Unauthorized", "pbx")
    assert "did not answer" in registration_reason(408, "Request Timeout", "pbx")
    assert registration_reason(502, "Unable to resolve host", "pbx.example") == "cannot resolve pbx.example"
    assert "certificate" in registration_reason(503, "x", "pbx", tls_error="certificate untrusted")


def test_backoff_doubles_to_cap_with_jitter() -> None:
    b = Backoff(1, 60, random.Random(1))
    delays = [b.next_delay() for _ in range(9)]
    assert 0.8 <= delays[0] <= 1.2 and 1.6 <= delays[1] <= 2.4
    assert all(48 <= d <= 72 for d in delays[6:])
    b.reset()
    assert b.next_delay() <= 1.2


def test_mos_drops_with_loss_and_delay() -> None:
    clean = quality.mos("PCMU", 0.0, rtt_ms=20)
    assert 4.3 <= clean <= 4.5
    assert quality.mos("PCMU", 5.0, rtt_ms=20) < clean - 0.4
    assert quality.mos("PCMU", 0.0, rtt_ms=600) < clean - 0.5
    assert quality.mos("GSM/8000", 0.0) < clean
