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


# Session 6: posts of our own written before any change that session, kept whatever they gave (issue 15's
# table asks for variants of each row); the misses are strict xfails, listed in the closing note.
SESSION6_MISSED = "the shipped model flags it: 'your cv', 'part time', 'hours', '[phone]' lean scam in short posts"


@pytest.mark.parametrize("text", [
    "Warehouse operatives needed in Coventry, days or nights, £11.50 an hour, forklift licence a bonus. Apply "
    "through our careers page.",
    "Our bakery is hiring a weekend counter assistant. Come in and ask for Sam, or email jobs@hillbakery.co.uk.",
    "Seasonal farm work in Kent, June to September, accommodation available on site at a weekly charge set out in "
    "the contract. Apply via the GLAA-licensed agency listed on our website.",
    "Nanny wanted for two children in Bristol, 25 hours a week, DBS check required. References essential.",
    "Looking for a freelance illustrator for a children's book project. Paid per page, contract provided. "
    "Portfolio links in replies please.",
    pytest.param("We're looking for a part-time receptionist for our dental practice, Tuesday to Thursday. Please "
                 "send your CV to the practice manager.", marks=pytest.mark.xfail(strict=True, reason=SESSION6_MISSED)),
    "Delivery drivers wanted, own van not needed, full training given. Clean licence required. Apply online.",
    pytest.param("Hiring a care assistant for home visits in Derby, mileage paid, flexible hours. Call the office on "
                 "01332 000111 during working hours.", marks=pytest.mark.xfail(strict=True, reason=SESSION6_MISSED)),
])
def test_more_honest_short_ads_are_low(text):
    r = screen(text)
    assert r.band == "low", (r.score, [h.rule_id for h in r.hits], [t.term for t in r.terms])


@pytest.mark.parametrize("text", [
    "Part time job, work 1-2 hours a day from your phone, earn 300-800 daily, no experience. Add me on WhatsApp to "
    "start today.",
    "Hi, I'm a recruiter from a staffing agency. Your resume was recommended to us. The job pays $450/day, reply YES "
    "to learn more and we'll move you to Telegram for the interview.",
    "Girls 18-24 wanted for hostess work in Dubai, flights and visa arranged by us, you repay from your first wages. "
    "Passport handed to the manager on arrival.",
    "Congratulations, you passed the interview! Before onboarding you must pay the 85 USD background check fee within "
    "24 hours.",
    "We will send you a cheque to buy your home-office equipment from our approved vendor. Deposit it and send the "
    "vendor the funds by Zelle.",
])
def test_more_scams_are_flagged(text):
    assert screen(text).band in ("review", "high")


@pytest.mark.parametrize("text", [
    "Job scam warning from the county police: criminals post fake remote jobs, then ask new 'hires' to pay for a "
    "starter kit or to cash a cheque and send part of it back. Genuine employers do not do this.",
    "PSA: if a 'recruiter' texts you out of the blue offering $500 a day for liking videos, it is a task scam. They "
    "will eventually ask you to deposit crypto to unlock your earnings. Block and report.",
    "We have been made aware of fake job offers using our brand on Telegram. Our recruiters only use "
    "@ourcompany.com email addresses and we never ask candidates for payment or bank details.",
    "Reminder from the careers team: we will never ask you to buy equipment from a vendor we recommend, and "
    "interviews are never held over WhatsApp or Signal chat.",
    pytest.param("Consumer alert: 'mystery shopper' offers that send you a cheque and ask you to wire the balance "
                 "back are fraud. The cheque bounces and you lose the money.",
                 marks=pytest.mark.xfail(strict=True, reason="the sentence after the warning ('...you lose the "
                                                             "money') is read alone, and 'money' leans scam")),
])
def test_more_warnings_are_low_with_a_notice(text):
    r = screen(text)
    assert r.band == "low" and "CTN120" in [n.code for n in r.notices], (r.score, [h.rule_id for h in r.hits])


def test_a_post_that_says_the_passport_stays_with_the_worker_is_not_document_control():
    # examples/posts.csv P015 (our own): it scored high (0.69) as an employer keeping passports; a match reached
    # across a semicolon, and "the law forbids employers from holding it" was not read as a negation
    post = {"title": "Sous Chef", "location": "Dubai, UAE",
            "company_profile": "Marina Hospitality Group operates 12 restaurants in the UAE.",
            "description": "Experienced sous chef for a busy seafood restaurant. Employment visa, flights and shared "
                           "staff housing are provided by the company at no cost to you. Salary AED 9,000/month. Your "
                           "passport stays with you; UAE law forbids employers from holding it."}
    r = screen(post)
    assert "document_control" not in r.categories and r.band == "low", (r.score, r.categories)
    lure = dict(post, description="Employment visa and flights provided. The employer keeps your passport until "
                                  "the contract ends.")
    assert "document_control" in screen(lure).categories
