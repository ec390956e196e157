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


def test_a_currency_sign_after_the_amount_is_read():
    """"300$ a day", "400€ par jour": the sign after the number, as much of Europe and Latin America write it
    (missed before session 10; on EMSCAD it adds one fraud campaign's "600-115,000$ a month", no legitimate post)."""
    assert fired("Earn 300$ a day from home with your phone")
    assert fired("Simple work from home, earn 400 € a day")
    assert not fired("Weekend receptionist, 95€ a day plus meals")
    assert not fired("Room to rent near the station, 300$ per month, bills included")


def test_digits_of_other_scripts_are_read_as_digits():
    """Arabic-Indic and Devanagari digits folded to ASCII: amounts and phones written in them were not read."""
    from ct_screen.contacts import find_contacts
    from ct_screen.link import link_posts

    assert fired("Earn \u0663\u0660\u0660 USD a day from home with your phone")
    assert [c.value for c in find_contacts("WhatsApp +\u0669\u0667\u0661\u0665\u0660\u0661\u0662\u0663\u0664\u0665"
                                           "\u0666\u0667").contacts] == ["+971501234567"]
    linked = link_posts(["Hostess jobs in Dubai, WhatsApp +971 50 123 4567",
                         "Hostess jobs, visa paid, WhatsApp +\u0669\u0667\u0661\u0665\u0660\u0661\u0662\u0663\u0664"
                         "\u0665\u0666\u0667"])
    assert linked.to_frame()["campaign_size"].tolist() == [2, 2]
