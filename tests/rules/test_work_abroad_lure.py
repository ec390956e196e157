"""work_abroad_lure: weak alone for honest employers, strong when lures pile up."""

from __future__ import annotations

from ct_screen import Screener

SCREENER = Screener(model=None)


def weight(text: str) -> float:
    return max((h.weight for h in SCREENER.screen(text).hits if h.category == "work_abroad_lure"), default=0.0)


def test_honest_sponsorship_is_a_weak_signal():
    assert 0 < weight("Visa sponsorship available for experienced chefs in Dublin.") <= 0.25
    assert 0 < weight("Staff nurses for Riyadh: visa, flights and housing paid by the employer.") <= 0.25


def test_stacked_lures_weigh_more():
    assert weight("Cleaners for Qatar, no experience needed, free visa and ticket, fly within 2 weeks.") >= 0.4


def test_lists_across_line_breaks():
    text = "JOBS IN KUWAIT\n- housemaids and cleaners\n- no experience needed\n- visa & ticket free"
    assert weight(text) >= 0.4


def test_no_sponsorship_does_not_fire():
    assert weight("We are unable to offer visa sponsorship; you must already have the right to work.") == 0.0
