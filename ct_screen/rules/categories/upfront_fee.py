"""Upfront fees: the applicant must pay before the job starts.

Registration, training, kit, visa-processing or "refundable deposit" fees are
the classic recruitment scam and the first hook of debt bondage. Honest
employers pay their own recruitment costs; many countries ban charging workers.
"""

from __future__ import annotations

from ..base import GAP, Rule, any_of, near

CATEGORY = "upfront_fee"
DESCRIPTION = "Asks the applicant to pay (registration, training, kit, processing, deposit) before the job starts."

_PAY = any_of("pay", "paying", "payment of", "send", "transfer", "deposit", "remit", "buy", "purchase",
              "cover", "contribute", "invest")
_FEE = any_of("fee", "fees", "charge", "charges", "cost", "costs", "deposit", "payment", "amount")
_FEE_KIND = any_of(
    "registration", "application", "processing", "admin", "administration", "administrative", "enrollment",
    "enrolment", "training", "onboarding", "screening", "medical", "visa processing", "placement", "agency",
    "recruitment", "booking", "activation", "membership", "joining", "starter kit", "starter pack", "uniform",
    "background check", "security", "refundable", "insurance", "certification", "file", "interview",
)
_MONEY = r"(?:[$\u00a3\u20ac\u20a6\u20b9]\s{0,2}\d{1,6}|\b\d{1,6}\s{0,2}(?:usd|dollars?|eur|euros?|gbp|pounds?|naira|ngn|rs|rupees?|php|pesos?|aed|dirhams?|usdt)\b)"
_YOU = any_of("you", "applicants", "candidates", "each applicant", "all applicants", "successful candidates",
              "new hires", "workers", "you will", "you must", "you need to", "you have to")

RULES = (
    Rule(
        id="CT100", category=CATEGORY, name="named-fee", severity="high", weight=0.55,
        patterns=(
            f"(?:{_FEE_KIND}){GAP % 2}(?:{_FEE})",
        ),
        exclude=(any_of("we pay", "we cover", "company pays", "employer pays", "paid by the company",
                        "paid by us", "covered by the company", "covered by us", "at our expense",
                        "we reimburse", "reimbursed", "no cost to you", "free of charge"),),
        explanation="Names a registration, training, processing, kit or placement fee the applicant must pay.",
        examples=(
            "A one-time registration fee of $85 is required before you start.",
            "Training fee: 150 USD, payable before the first shift.",
            "Send the visa processing fee to our agent to book your place.",
            "All applicants pay a refundable deposit for the uniform.",
            "Pay your starter kit fee today and begin earning tomorrow.",
        ),
        counter_examples=(
            "We will never ask you to pay a registration fee.",
            "Beware of fake recruiters demanding a training fee.",
            "Relocation costs and visa processing fees are paid by the company.",
            "There is no application fee.",
            "Admin assistant needed for our fee collection team.",
        ),
    ),
    Rule(
        id="CT101", category=CATEGORY, name="pay-to-start", severity="high", weight=0.5,
        patterns=(
            near(_YOU, f"{_PAY}{GAP % 3}{_MONEY}", 4),
            f"{_PAY}{GAP % 2}{_MONEY}{GAP % 3}(?:{_FEE_KIND})",
            near(f"{_PAY}{GAP % 2}{_MONEY}", any_of("to start", "to begin", "to secure", "to reserve", "to book",
                                                   "to activate", "to register", "to apply", "before you start",
                                                   "before starting", "to get the job", "to confirm", "to unlock",
                                                   "to process"), 5),
        ),
        exclude=(any_of("we pay you", "we will pay you", "you will be paid", "you get paid", "we send you",
                        "salary", "per hour", "per month", "per week", "bonus"),),
        explanation="Asks the applicant to pay or send a sum of money to start, book or secure the job.",
        examples=(
            "You must pay $50 to activate your account and start working.",
            "Send 100 USD to secure your slot before Friday.",
            "Transfer \u00a3200 to reserve your place on the next flight.",
            "Each applicant should pay 5000 naira to register.",
            "Buy the 49 dollar starter pack to begin.",
        ),
        counter_examples=(
            "You will be paid $50 per hour.",
            "We pay $500 to start as a signing bonus.",
            "Never send money to anyone to get a job.",
            "You will earn 3000 USD per month.",
            "Applicants do not need to pay anything to apply.",
        ),
    ),
    Rule(
        id="CT102", category=CATEGORY, name="refundable-deposit", severity="medium", weight=0.45,
        patterns=(
            any_of("refundable deposit", "refundable fee", "security deposit", "will be refunded",
                   "fully refundable", "refunded after", "refunded with your first salary",
                   "refunded on your first paycheck", "deducted from your first salary"),
        ),
        exclude=(any_of("tenant", "rental", "apartment", "lease", "landlord", "for the property"),),
        explanation="Promises that money paid now will be refunded later: the usual cover story of a fee scam.",
        examples=(
            "A small deposit is needed but it is fully refundable.",
            "The $120 will be refunded after your first month.",
            "Security deposit required for the laptop.",
            "The fee is refunded with your first salary.",
            "Pay a refundable deposit of 300 euro.",
        ),
        counter_examples=(
            "We never ask for a refundable deposit.",
            "Security deposit for the apartment is handled by the landlord.",
            "The office manager handles tenant security deposits and lease renewals.",
            "Travel costs will be reimbursed by the company.",
            "No deposit is required.",
        ),
    ),
)
