"""Scam scripts as consumer-protection, bank and police warnings describe them, in our own words (session 12).

Each was screened by the shipped model before the rules learned its phrasing; those marked were ``low`` then.
The honest messages are the texts a real recruiter or employer sends.
"""

from __future__ import annotations

import pytest

from ct_screen import screen


@pytest.mark.parametrize(("text", "rule_id"), [
    # low before session 12
    ("Dear applicant, your application has been approved. Kindly pay N5,000 for registration to receive your "
     "appointment letter. Send to account 0123456789.", "CT101"),
    ("Rent out your bank account! We pay 300 pounds a week to use your account for business transfers. Message me.",
     "CT180"),
    ("We are looking for a personal assistant to run errands for our CEO who travels a lot. You will receive "
     "payments and pay his vendors. $500 weekly.", "CT180"),
    ("Become a brand ambassador! Just let us send money through your bank account and keep 20% commission. "
     "Students welcome.", "CT180"),
    ("Caregiver needed for my elderly mother. I will send you a cheque for the first month upfront; deposit it and "
     "send the extra to the nurse agency.", "CT184"),
    ("Be a model for our new campaign! Photoshoot in London, you only need to pay 250 pounds for your portfolio and "
     "comp card. DM us.", "CT101"),
    ("Wealthy businessman seeks a female personal assistant, 18-25, slim and well presented, to travel with him. "
     "Generous allowance, accommodation provided. Message me on WhatsApp.", "CT301"),
    # review before, on the classifier alone; now with the rule that says why
    ("Hi, I'm a recruiter with a staffing agency. We have a remote position: 3 hours daily, weekly pay of $2,500. "
     "Interested? Text back for details.", "CT130"),
])
def test_a_described_scam_script_is_flagged_with_its_rule(text, rule_id):
    r = screen(text)
    assert r.band in ("review", "high") and rule_id in [h.rule_id for h in r.hits], (
        r.band, r.score, [h.rule_id for h in r.hits])


@pytest.mark.parametrize("text", [
    "Reminder: your interview with Greenfield Care is tomorrow at 10:30 at our Leeds office. Reply C to confirm or "
    "call 0113 496 0000 to rearrange.",
    "Hi Sam, your shift on Saturday is confirmed, 8am to 4pm at the Riverside store. Text back if you can't make it.",
    "Thanks for applying to Harbour Cafe. We'd like to offer you a trial shift on Friday at 2pm. Please reply to "
    "confirm.",
    "Your application for Warehouse Operative at Northline has been received. We will be in touch within 5 working "
    "days.",
    "Temp agency: we have a 2-week admin assignment in Bristol from Monday, 12.50 an hour. Reply YES if you're "
    "available.",
])
def test_an_honest_recruiters_text_is_low(text):
    r = screen(text)
    assert r.band == "low", (r.score, [h.rule_id for h in r.hits], [t.term for t in r.terms])
