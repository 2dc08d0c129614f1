"""Reading a PBX's request to answer by itself from an INVITE's headers (core/answer_request.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from softphone.core.answer_request import requested_answer_delay


@pytest.mark.parametrize(("headers", "delay"), [
    ([("Call-Info", "<sip:pbx.example.com>;answer-after=0")], 0.0),
    ([("call-info", "<http://x/y>; Answer-After = 3")], 3.0),
    ([("Call-Info", "<sip:pbx>;answer-after=999")], 60.0),  # capped
    ([("Alert-Info", "<http://127.0.0.1>;info=alert-autoanswer")], 0.0),
    ([("Alert-Info", "Auto Answer")], 0.0),
    ([("Alert-Info", "<sip:x>;info=intercom")], 0.0),
    ([("Alert-Info", "ring-answer")], 0.0),
    ([("Answer-Mode", "Auto")], 0.0),
    ([("Priv-Answer-Mode", "auto;require")], 0.0),
    ([("Call-Info", "<sip:a>;answer-after=5"), ("Alert-Info", "info=alert-autoanswer")], 0.0),
    # not a request to answer
    ([], None),
    ([("Alert-Info", "<http://pbx/ring2.wav>")], None),
    ([("Alert-Info", "<sip:x>;queue=support")], None),
    ([("Answer-Mode", "Manual")], None),
    ([("Call-Info", "<http://pbx/photo.jpg>;purpose=icon")], None),
    ([("Call-Info", "<sip:a;answer-after=2>")], None),  # inside the URI it is not the header's parameter
    ([("Call-Info", "<sip:a>;answer-after=-1")], None),
    ([("Call-Info", "<sip:a>;answer-after=soon")], None),
    ([("X-Answer-After", "0")], None),
])  # fmt: skip
def test_requested_answer_delay(headers: list[tuple[str, str]], delay: float | None) -> None:
    assert requested_answer_delay(headers) == delay


@given(st.lists(st.tuples(st.text(max_size=20), st.text(max_size=200)), max_size=8))
def test_any_headers_give_none_or_a_delay_within_a_minute(headers: list[tuple[str, str]]) -> None:
    delay = requested_answer_delay(headers)
    assert delay is None or 0.0 <= delay <= 60.0
