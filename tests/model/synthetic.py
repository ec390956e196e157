"""A small synthetic EMSCAD-style frame written for the tests (no EMSCAD rows or phrases).

Scam and legitimate posts come from a few templates each ("campaigns"), with
words drawn at random, so near-duplicate groups exist and a grouped split is
needed, as in the real data.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ct_screen.datasets import EMSCAD_COLUMNS

_LEGIT_COMPANIES = [
    "Northwind Logistics runs regional depots across the Midlands and employs 400 people in warehousing.",
    "Harbour Dental is a family practice with three surgeries and a friendly reception team.",
    "Brightline Software builds scheduling tools for clinics; we are a team of forty engineers.",
    "Greenfield Council provides housing, waste and library services to 120,000 residents.",
    "Atlas Civil Engineering designs bridges and drainage schemes for public clients.",
    "Maple Street Bakery supplies bread and pastries to cafes across the city.",
]
_LEGIT_ROLES = ["warehouse operative", "dental receptionist", "backend developer", "library assistant",
                "site engineer", "pastry chef", "payroll officer", "delivery driver"]
_LEGIT_LINES = ["You will work shifts on a rota agreed four weeks ahead.", "A full driving licence is preferred.",
                "Experience with spreadsheets and accounts software is useful.", "We offer a pension and 25 days leave.",
                "Training is provided on site by experienced staff.", "Interviews take place at our office.",
                "Please apply through our careers page with a CV.", "The salary follows the published pay scale."]
_SCAM_OPENERS = ["Earn big money from the comfort of your home!!", "URGENT hiring, no experience needed, start today.",
                 "Simple online tasks, get paid daily to your account.", "Be your own boss and make cash fast."]
_SCAM_LINES = ["Just pay a small registration fee to get your starter kit.", "Work only two hours a day from home.",
               "Send your bank details to receive weekly payouts.", "Contact our agent on WhatsApp for details.",
               "Limited places, reply now to secure your spot.", "Weekly pay of 900 dollars guaranteed.",
               "No interview needed, you are hired once you register.", "Receive parcels and forward them to clients."]


def synthetic_frame(n: int = 240, *, seed: int = 0, fraud_share: float = 0.35) -> pd.DataFrame:
    """``n`` synthetic posts with EMSCAD's columns plus ``sample_weight``."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        fraud = int(rng.random() < fraud_share)
        if fraud:
            campaign = int(rng.integers(0, 6))
            lines = rng.choice(_SCAM_LINES, size=3, replace=False)
            title = f"{['Data entry clerk', 'Online assistant', 'Remote agent'][campaign % 3]} {campaign}"
            profile = "" if campaign % 2 else "Global Opportunities Ltd, the best way to earn."
            description = f"{_SCAM_OPENERS[campaign % 4]} " + " ".join(lines) + f" Ref {campaign}."
            rows.append({"title": title, "company_profile": profile, "description": description,
                         "requirements": "Must be 18+ with a phone.", "benefits": "" if rng.random() < 0.5 else "Cash",
                         "has_company_logo": 0})
        else:
            company = int(rng.integers(0, len(_LEGIT_COMPANIES)))
            role = _LEGIT_ROLES[int(rng.integers(0, len(_LEGIT_ROLES)))]
            role = _LEGIT_ROLES[(company + int(rng.integers(0, 2))) % len(_LEGIT_ROLES)]
            lines = rng.choice(_LEGIT_LINES, size=2, replace=False)
            name = _LEGIT_COMPANIES[company].split(" is ")[0].split(" runs ")[0].split(" builds ")[0]
            rows.append({"title": role.title(), "company_profile": _LEGIT_COMPANIES[company],
                         "description": f"{name} needs a {role}. " + " ".join(lines),
                         "requirements": "Relevant experience and good communication.",
                         "benefits": "Pension, leave and training." if rng.random() < 0.7 else "",
                         "has_company_logo": 1})
        rows[-1].update({"job_id": i + 1, "fraudulent": fraud, "location": "GB, ENG, Leeds", "department": "",
                         "salary_range": "", "telecommuting": int(fraud and rng.random() < 0.5), "has_questions": 0,
                         "employment_type": "Full-time", "required_experience": "", "required_education": "",
                         "industry": "", "function": "", "sample_weight": round(float(rng.uniform(0.5, 1.5)), 4)})
    return pd.DataFrame(rows)[[*EMSCAD_COLUMNS, "sample_weight"]]


_SOCIAL_SCAMS = ["Need 5 people today!! earn 300 a day from your phone, small joining fee, DM me",
                 "Easy task job: like posts, get paid daily, top up first to unlock bigger orders, message me",
                 "Hiring now, no interview, weekly pay 900, send your bank details and ID to start",
                 "Work from home 2 hours, guaranteed income, pay the starter fee and text our agent"]
_SOCIAL_LEGIT = ["Our library is hiring a part-time assistant, apply on the council website by Friday",
                 "We are looking for a junior backend developer in Leeds, hybrid, link to the advert below",
                 "Bakery on Maple Street needs a weekend pastry chef, drop your CV in the shop",
                 "Dental practice seeks a receptionist, full training, interviews next week at the surgery"]


def synthetic_social_frame(n: int = 80, *, seed: int = 0) -> pd.DataFrame:
    """``n`` short social-style posts of our own writing, with ``text``, ``label``, ``platform``, ``language``."""
    rng = np.random.default_rng(seed)
    rows = []
    for i in range(n):
        label = int(rng.random() < 0.4)
        words = (_SOCIAL_SCAMS if label else _SOCIAL_LEGIT)[int(rng.integers(0, 4))].split()
        tail = words[2:]
        rng.shuffle(tail)
        rows.append({"text": " ".join(words[:2] + tail) + f" #{i % 7}", "label": label,
                     "platform": "Bluesky" if i % 2 else "X", "language": "en"})
    return pd.DataFrame(rows)
