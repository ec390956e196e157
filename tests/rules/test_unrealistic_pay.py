"""unrealistic_pay: the numeric thresholds behind the amount rules."""

from __future__ import annotations

import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen import Screener
from ct_screen.rules.patterns import number_at_least as _at_least

SCREENER = Screener(model=None)


@settings(max_examples=300, deadline=None)
@given(st.integers(min_value=1, max_value=999_999), st.integers(min_value=0, max_value=9_999_999), st.booleans())
def test_at_least_is_a_numeric_comparison(threshold, value, commas):
    written = f"{value:,}" if commas else str(value)
    assert bool(regex.fullmatch(_at_least(threshold), written)) == (value >= threshold)


def test_indian_digit_grouping_is_read_as_one_number():
    assert regex.fullmatch(_at_least(60000), "1,50,000")
    assert not regex.fullmatch(_at_least(60000), "59,999")


def fired(text: str) -> bool:
    return "unrealistic_pay" in SCREENER.screen(text).categories


def test_day_rate_threshold_for_easy_work():
    assert fired("Simple tasks from home, earn $200 per day.")
    assert not fired("Simple tasks from home, earn $150 per day.")


def test_same_amount_is_normal_for_skilled_contract_work():
    assert not fired("Senior Java contractor, \u00a3550 per day, outside IR35, no experience of banking needed.")


def test_currency_specific_thresholds():
    assert fired("Part time typing work, Rs 2000 per day.")
    assert not fired("Part time typing work, Rs 500 per day.")
    assert fired("Cleaners for Qatar hotels, salary 9,000 QAR.")
    assert not fired("Cleaners for Qatar hotels, salary 1,500 QAR plus accommodation.")


def test_period_written_first():
    assert fired("Work from mobile, daily salary Rs 3000-8000.")
