"""The table of issue 15: where posts from beyond EMSCAD must land with the shipped model."""

from __future__ import annotations

import pytest

from ct_screen import screen

PAYROLL = ("Payroll Administrator, Bristol. Run monthly payroll for 300 staff in Sage, handle pension "
           "auto-enrolment and HMRC queries. CIPP qualification an advantage. Apply with your CV via our website.")
DESIGNER = ("We're hiring a junior product designer in Lisbon. Hybrid, 3 days in office. Portfolio required. "
            "DM me if you want a referral.")
BARISTAS = "We are hiring baristas. WhatsApp +44 7700 900123"
MISSED = "the shipped model still flags it (see the closing note of issue 15)"


@pytest.mark.parametrize("text", [
    pytest.param(PAYROLL, marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    DESIGNER,
    BARISTAS,
    # variants of our own, written before tuning
    pytest.param("Line cook wanted at our Glasgow restaurant, 40 hours, weekends included. Apply in person with "
                 "your CV.", marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    pytest.param("Hiring: part-time library assistant, 16 hours a week, council pay scale. Apply on the council "
                 "website.", marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    "Staff nurse, night shifts, NHS Band 5, Royal Infirmary Edinburgh. Apply through NHS Jobs.",
    # variants of the baristas row, written with the weak-term cap (session 5) and kept whatever they gave
    "Looking for a part-time shop assistant in Leeds. DM me or text +44 7700 900789.",
    "Dog walker needed in Bath, weekday mornings. Message me on Telegram @bathdogs",
    pytest.param("Now hiring kitchen porters, evenings. Call or WhatsApp 07700 900456.",
                 marks=pytest.mark.xfail(strict=True, reason=MISSED)),
    pytest.param("Hiring a cleaner for our office in Cork, 10 hours a week. WhatsApp 087 123 4567",
                 marks=pytest.mark.xfail(strict=True, reason=MISSED)),
])
def test_honest_posts_are_low(text):
    r = screen(text)
    assert r.band == "low", (r.score, [h.rule_id for h in r.hits], [t.term for t in r.terms])


def test_a_weak_signal_alone_never_reaches_review():
    r = screen("We're hiring a sous chef in Leeds, full time, good rota. DM me for details.")
    assert [h.category for h in r.hits] == ["off_platform_contact"] and r.band == "low"


@pytest.mark.parametrize("text", [
    "Beware of scams, we never charge fees. Easy job from home, 300 USD a day, pay the 49 USD registration fee "
    "first, WhatsApp +44 7700 900123",
    "Easy job from home!! 300 USD a day, pay 49 USD for your starter kit, then WhatsApp me +44 7700 900123",
])
def test_scams_stay_high(text):
    assert screen(text).band == "high"


def test_strong_evidence_alone_lifts_a_post():
    r = screen("Hostess jobs in Dubai for girls 18-25, flights and visa paid, the agency keeps your passport "
               "until the debt is repaid.")
    assert r.band in ("review", "high")
