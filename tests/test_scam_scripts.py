"""Scam scripts as consumer-protection, bank and police warnings describe them, in our own words (sessions 12, 13).

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
    # session 13, written before the rules or the warning context changed; low before
    ("Domestic workers needed in Jeddah, two year contract. The agency fee is deducted from your salary for the "
     "first four months and the employer keeps your passport for safety.", "CT160"),
    ("Looking to rent a verified DoorDash or Uber Eats account, I pay 150 dollars every Friday, you don't have to "
     "do anything. Text me.", "CT188"),
    ("Babe I miss you. Come live with me in London, my friend has a club and I will find you a job there, good "
     "money. Just send me a copy of your passport for the ticket and don't tell your mum yet.", "CT303"),
    ("Seasonal farm work in the Netherlands, 1,600 euro a month. Visa, ticket and medical 850 euro paid by the "
     "worker, we arrange everything. Send passport copy on WhatsApp.", "CT103"),
    ("Housekeeper for a family in Kuwait, 150 dinars a month. You may not leave the house without madam and "
     "your phone will be kept by the employer for the first year.", "CT310"),
    ("Caregivers needed in Beirut, two year contract, free ticket. No contact with family for the first three "
     "months, then you can call home once a month.", "CT312"),
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
    # session 13: beside the new rules' scripts
    "Our kitchen in Leeds cooks for Deliveroo and Uber Eats orders. Hiring a kitchen porter, 11.50 an hour, apply in "
    "store.",
    "Couriers wanted in Manchester: sign up with your own ID, choose your hours, weekly pay into your own bank account.",
    "Harvest workers for our farm in Kent, June to September. Visa and medical paid by us, caravan accommodation on "
    "site.",
    "Domestic helper for our family in Singapore, employment agency licensed by MOM, no placement fee charged to you, "
    "you keep your passport.",
    "Security officer for a data centre in Slough: you cannot leave the site during your shift and phones are kept "
    "in lockers. SIA licence required.",
])
def test_an_honest_recruiters_text_is_low(text):
    r = screen(text)
    assert r.band == "low", (r.score, [h.rule_id for h in r.hits], [t.term for t in r.terms])
