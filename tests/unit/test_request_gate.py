"""Reading the method from pjsip's message summary (engine/request_gate.py) never mistakes what it sees."""

import pytest

from softphone.engine.request_gate import request_method


@pytest.mark.parametrize(("info", "method"), [
    (b"Request msg INVITE/cseq=1 (rdata0x55d0c0)", "INVITE"),
    (b"Request msg OPTIONS/cseq=42 (rdata0x1)", "OPTIONS"),
    (b"Request msg X-WEIRD/cseq=7 (rdata0x1)", "X-WEIRD"),
    (b"Response msg 200/INVITE/cseq=1 (rdata0x1)", ""),
    (b"INVALID MSG", ""),
    (b"", ""),
    (None, ""),
    (b"Request", ""),
])  # fmt: skip
def test_request_method(info: bytes | None, method: str) -> None:
    assert request_method(info) == method
