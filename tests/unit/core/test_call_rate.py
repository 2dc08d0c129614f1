"""The call-start budget that keeps pjsip's socket table from running out (core/call_rate.py)."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from softphone.core.call_rate import CallStartBudget


def test_admits_up_to_the_limit_within_the_window_then_refuses() -> None:
    budget = CallStartBudget(limit=3, window_s=0.6)
    assert [budget.admit(0.0), budget.admit(0.1), budget.admit(0.2)] == [True, True, True]
    assert budget.admit(0.3) is False
    assert budget.refused == 1
    assert budget.wait_s(0.3) == pytest.approx(0.3)  # the first start leaves the window at 0.6


def test_a_start_leaves_the_window_after_window_s() -> None:
    budget = CallStartBudget(limit=2, window_s=0.6)
    assert budget.admit(0.0) and budget.admit(0.5)
    assert not budget.admit(0.59)
    assert budget.admit(0.6)  # the start at 0.0 has left
    assert not budget.admit(0.7)
    assert budget.wait_s(0.7) == pytest.approx(0.4)
    assert budget.wait_s(1.2) == 0.0


def test_refused_attempts_do_not_take_budget() -> None:
    budget = CallStartBudget(limit=1, window_s=1.0)
    assert budget.admit(0.0)
    for t in (0.1, 0.2, 0.9):
        assert not budget.admit(t)
    assert budget.admit(1.0)
    assert budget.refused == 3


def test_far_ends_leave_the_reserve_for_the_phones_own_calls() -> None:
    budget = CallStartBudget(limit=4, window_s=0.6)
    assert budget.admit(0.0, keep=2) and budget.admit(0.1, keep=2)
    assert not budget.admit(0.2, keep=2)  # a flood stops here
    assert budget.admit(0.2) and budget.admit(0.3)  # the agent's own calls still go out
    assert not budget.admit(0.3)


@pytest.mark.parametrize(("limit", "window"), [(0, 1.0), (3, 0.0), (-1, 1.0)])
def test_a_budget_that_could_admit_nothing_is_refused(limit: int, window: float) -> None:
    with pytest.raises(ValueError):
        CallStartBudget(limit=limit, window_s=window)


@given(st.lists(st.floats(min_value=0, max_value=0.05, allow_nan=False), min_size=1, max_size=300))
def test_never_more_than_limit_admitted_in_any_window(gaps: list[float]) -> None:
    budget = CallStartBudget(limit=6, window_s=0.6)
    now, admitted = 0.0, []
    for i, gap in enumerate(gaps):
        now += gap
        if budget.admit(now, keep=i % 3):
            admitted.append(now)
    for i, t in enumerate(admitted):
        assert len([u for u in admitted[i:] if u - t < 0.6]) <= 6
