"""Upfront fees: the applicant must pay before the job starts.

Registration, training, kit, visa-processing, "file opening" or "refundable
deposit" fees are the classic recruitment scam and the first hook of debt
bondage. Honest employers pay their own recruitment costs; many countries
(and the ILO's Private Employment Agencies Convention) ban charging workers.

The patterns are written with named sub-patterns (:mod:`ct_screen.rules.vocabulary`, the terms in
:data:`V`): ``{gap_no_neg:N}`` is a gap with no negator in it, ``{money}`` a sum of money, ``{fee_kind}`` a
kind of fee; the lists are built with :func:`~ct_screen.rules.patterns.trie_any_of` and ``any_of``.
"""

from __future__ import annotations

from ..base import Rule
from ..checks import absent_in_sentence, pattern_absent_in_sentence
from ..patterns import SHARED, any_of, near, near_pos, trie_any_of  # noqa: F401 (the tests import near_pos from here)

CATEGORY = "upfront_fee"
DESCRIPTION = "Asks the applicant to pay (registration, training, kit, processing, deposit) before the job starts."
REASON = "asks the applicant to pay before starting"
"""What a moderator reads when the category fires (completes "the post ...")."""

_NUM = r"(?>\d{1,3}(?:[,.']\d{3}){1,2}|\d{1,7})(?:\.\d{1,2})?"
_CUR_BEFORE = (r"(?:[$\u00a3\u20ac\u20a6\u20b9\u20b1\u20b5\u00a5]|\b(?:us\s?\$|usd|ngn|rs\.?|inr|php|kes|ksh|ghs|aed"
               r"|sar|qar|omr|kwd|bhd|rm|myr|gbp|eur|pkr|bdt|npr|lkr|idr|rp|zar)\s{0,2}|\bn(?=\d))")
_CUR_AFTER = (r"(?:k|usd|us dollars?|dollars?|bucks|eur|euros?|gbp|pounds?|quid|naira|ngn|rs|rupees?|inr|lakhs?|lacs?"
              r"|php|pesos?|aed|dirhams?|sar|riyals?|qar|kes|ksh|shillings?|ghs|cedis?|rm|ringgit|myr|pkr|bdt|taka"
              r"|usdt|btc|rand|zar)\b")

_PAY = any_of("pay", "paying", "pays", "payment of", "make payment of", "send", "transfer", "deposit", "remit",
              "buy", "purchase", "cover", "contribute", "invest", "submit", "drop", "settle", "bring")
_FEE = any_of("fee", "fees", "f33", "charge", "charges", "cost", "costs", "deposit", "payment", "amount", "dues",
              "levy")
_FEE_KIND = trie_any_of(
    "registration", "reg", "application", "processing", "admin", "administration", "administrative",
    "enrollment", "enrolment", "training", "onboarding", "screening", "medical", "medicals", "visa",
    "visa processing", "placement", "agency", "recruitment", "booking", "activation", "membership", "joining",
    "starter kit", "starter pack", "uniform", "background check", "refundable", "certification", "file opening",
    "interview", "commitment", "mobilization", "mobilisation", "caution", "clearance", "verification",
    "documentation", "paperwork", "work permit", "air ticket", "id card", "account opening", "induction",
    "orientation", "accreditation", "endorsement", "exam", "examination", "assessment", "aptitude test",
    "skills test", "evaluation", "vetting", "equipment", "software", "laptop", "portal access",
)
"""Kinds of fee that may stand a couple of words before the fee word ("registration and medical fees")."""
_FEE_ADJ = trie_any_of(
    "small", "token", "minimal", "nominal", "little", "one time", "one-time", "upfront", "up front", "up-front",
    "advance", "entry", "kit", "starter", "app", "form", "file", "ticket", "document", "badge", "portal", "slot",
    "license", "licence", "seminar", "deployment", "sign up", "sign-up", "signup", "joining", "process", "permit", "logistics",
)
"""Words that name a fee only right before the fee word ("a small fee", "form fee")."""
_FEE_WITH_AMOUNT = any_of("service", "handling", "facilitation", "consultancy", "agent", "agency", "total")
"""Words that name a fee only with the fee word and an amount ("service charge Rs. 80,000")."""
_BARE_AMOUNT = r"\b(?:\d{1,3}(?:,\d{3}){1,2}|\d{3,7})\b"
"""An amount written without a currency ("pay 5000 for file")."""
_NOT_RATE = (r"(?![\w,.]{0,3}\s{0,2}(?:/\s{0,2}(?:hr|h|hour|day|d|week|wk|month|mo|m|yr|year|annum)\b|per\b"
             r"|an?\s(?:hour|day|week|month|year)\b|hourly|daily|weekly|monthly|annually|yearly|p\.?\s?a\b"
             r"|salary|stipend|allowance|million|billion|bn\b|m\b|in (?:payments|transactions|sales|revenue)))")
"""After an amount: not a pay rate, a salary or a turnover figure."""
_FEE_VERB = any_of("required", "is required", "payable", "needed", "must be paid", "to be paid", "applies",
                   "is due", "is only", "of only", "just")
_YOU = trie_any_of("you", "applicants", "candidates", "each applicant", "all applicants", "successful candidates",
              "successful applicants", "new hires", "workers", "you will", "you must", "you need to", "you have to",
              "kindly", "please", "each candidate", "every applicant", "every candidate", "interested applicants",
              "interested candidates", "the applicant", "the candidate", "applicant", "candidate")
_PAPERS = (r"(?:(?:your|the|an?)\s{1,3})?(?:(?:appointment|offer|joining|employment|confirmation)\s{1,3}letters?"
           r"|(?:id|identity|staff|work)\s{1,3}(?:cards?|badges?)|uniforms?|certificates?|contracts?|visas?"
           r"|work\s{1,3}permits?|training\s{1,3}materials?|starter\s{1,3}kits?)\b")
"""What an applicant is made to pay for and then receives: a letter, a card, a visa, not money."""
_YOU_RECEIVE = "|".join((
    any_of("you will receive", "you receive", "receiving your", "receiving payment", "receiving the money",
           "we will send you", "we send you", "your first payment", "your first pay", "you will be paid",
           "you get paid", "we pay you", "we will pay you", "paid to you", "sent to you"),
    rf"\b(?:to\s{{1,3}}receive|receive\s{{1,3}}your)\b(?!\s{{1,3}}{_PAPERS})"))
"""The money goes to the applicant, not from them ("to receive your first payment"; not "to receive your
appointment letter", which is what the fee buys)."""
_MODAL = any_of("will", "must", "need to", "needs to", "have to", "has to", "are to", "is to", "should", "shall", "to",
                "are required to", "is required to", "will be required to", "are expected to", "will need to",
                "will have to", "can", "may", "would")
_MUST = trie_any_of("must", "need to", "needs to", "have to", "has to", "required to", "are to", "is to", "will need to",
               "should", "you will", "you", "kindly", "please", "are expected to", "expected to", "asked to")
_PURPOSE = trie_any_of(
    "to start", "to begin", "to secure", "to reserve", "to book", "to activate", "to register", "to apply",
    "before you start", "before starting", "to get the job", "to confirm", "to unlock", "to process",
    "to proceed", "to be shortlisted", "to be considered", "for your slot", "for the slot", "for your file",
    "for your form", "for the form", "for processing", "for your processing", "for your visa",
    "for the visa", "for registration", "for your registration", "for the interview", "for your interview",
    "for your medical", "for your medicals", "for your ticket", "to be deployed", "for deployment",
    "before the interview", "before interview", "before deployment", "before departure", "before travel",
    "to get started", "to join", "to enroll", "to enrol", "to onboard", "for onboarding", "for the training",
    "for your training", "for training", "for your kit", "for the kit", "for verification", "to verify",
    "for your offer letter", "for the offer letter", "for your appointment letter", "for the appointment letter",
    "for your joining letter", "for the joining letter", "for your employment letter", "for your id card",
    "for the id card", "for your uniform", "for the uniform", "for the medical", "for your work permit",
    "for the work permit",
)

# Someone other than the applicant bears the cost: cancels a fee mention close by.
_PAYER = any_of("we", "company", "the company", "employer", "the employer", "employers", "client", "our client",
                "hospital", "agency", "sponsor", "organisation", "organization", "firm", "school", "they",
                "principal", "us", "the government", "government")
_BEARS = any_of("pay", "pays", "paid", "will pay", "cover", "covers", "covered", "will cover", "bear", "bears",
                "handle", "handles", "fund", "funds", "reimburse", "reimburses", "refund", "refunds", "sponsor",
                "sponsors", "take care of", "takes care of", "shoulder", "shoulders", "absorb", "absorbs", "waive",
                "waives", "settle", "settles")
_OTHERS_PAY = (
    near(near(_PAYER, _BEARS, 2),
         any_of("fee", "fees", "cost", "costs", "expenses", "charges", "all", "everything", "visa", "visas", "ticket",
                "tickets", "flight", "flights", "airfare", "medical", "medicals", "processing", "recruitment",
                "relocation", "training", "accommodation", "housing", "uniform", "uniforms", "kit", "it", "them",
                "this", "these"), 4),
    r"\breimburs(?:ed|able)\b(?!\s{1,3}(?:in|with|from|on|after|once|when|upon|at)\b)",
    # someone else pays, unless the someone is the applicant: "visa and ticket 900 euro paid by you"
    r"(?:" + any_of("paid by", "covered by", "borne by", "funded by", "sponsored by", "on us", "on the company",
           "taken care of", "handled by", "provided by", "shouldered by", "absorbed by", "waived",
           "at our expense", "at our cost", "at the company's expense", "at company expense", "at no cost",
           "no cost to", "free of charge", "free for", "company-paid", "employer-paid", "fully paid",
           "all expenses paid", "all-expenses-paid", "is free", "are free", "totally free", "completely free",
           "100% free", "zero cost", "fee schedule", "fee schedules")
    + r")(?!\s(?:the\s|each\s)?(?:you|yourself|applicants?|candidates?|workers?|employees?)\b)",
    r"\b(?:no|zero|nil|without)\s(?:\w{1,15}\s){0,2}(?:fee|fees|charge|charges|payment|payments|cost|costs|money)\b",
    r"\b(?:fee|fees|cost|costs|charges?)\W{1,3}(?:\w{1,15}\W{1,3}){0,1}(?:free|nil|none|waived|n/a|\$0|0)\b",
)
# The text is about a job that handles other people's fees (billing clerk, admissions officer...).
_FEE_JOB = trie_any_of("collect", "collects", "collecting", "collection", "collections", "billing", "invoice",
                  "invoices", "invoicing", "reconcile", "reconciling", "reconciliation", "accounts receivable",
                  "accounts payable", "tuition", "patients", "patient", "students", "members", "customers",
                  "clients'", "customer", "tenants", "landlord", "legal fees", "court fees", "fee income",
                  "reduce", "reducing", "reduction", "budget", "budgets", "forecast", "savings", "pricing",
                  "costing", "cost-effective", "cost effective", "cost control", "cost of sales", "overhead",
                  "licensing fees", "subscription", "royalties", "royalty", "quote", "quotes", "freight", "student",
                  "patient", "member", "client", "receipt", "receipts", "refunds", "payroll", "participants", "runners",
                  "attendees", "delegates", "guests", "visitors", "players", "parents")

# A fee under the name of a hiring step, with an amount and a deadline (CT106): "the skills test is $45, payable
# by Friday", "$25 for your badge activation before Monday". Consumer warnings list these disguises: assessment,
# test, background-check, onboarding, activation and verification "fees" that legitimate employers bear.
_STEP = (r"\b(?:tests?|exams?|examination|assessments?|screening|background\scheck"
         r"|onboarding|activation|verification|badge|id\scard|certificat(?:e|ion)|slot|orientation"
         r"|induction|enrol(?:l)?ment|registration|processing|application|login|access|training|kit"
         r"|equipment|software|licen[cs]e|(?:appointment|offer|joining|employment|confirmation)\sletters?"
         r"|medicals?|medical\s(?:tests?|exams?|checks?)|uniforms?)\b")
"""Hiring steps and things an applicant is charged for under another name than "fee"."""
_DEADLINE = (r"(?:\b(?:by|before|until)\s(?:(?:this|next|the)\s)?(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow"
             r"|tonight|midnight|today|\d{1,2}\s?(?:am|pm))|\bwithin\s(?:the\s)?(?:next\s)?\d{1,3}\s?(?:hours?"
             r"|hrs?|days?)|\b(?:today|tonight|asap|immediately|due|deadline|payable))\b")
"""When the money must be paid: a day, an hour count, "today", "due", "payable"."""
_SUM = (r"(?:(?:[$\u00a3\u20ac\u20a6\u20b9\u20b1]\s?|\b(?:usd|ngn|rs\.?|inr|php|aed|sar|gbp|eur)\s?|\bn(?=\d))"
        r"\d[\d,.]{0,8}(?:\s?k\b)?|\b\d[\d,.]{0,8}\s?(?:k|usd|dollars?|euros?|gbp|pounds?|naira|ngn|rs|rupees?"
        r"|inr|php|pesos?|aed|sar|riyals?)\b)"
        r"(?!\s{0,2}(?:/\s{0,2}\w|per\b|an?\s(?:hour|day|week|month|year)\b|hourly|daily|weekly|monthly|yearly))")
"""A sum of money that is not a rate: the short form of :data:`MONEY` for the fee-with-deadline rule."""
_STEP_OTHERS_MONEY = any_of("budget", "revenue", "sales", "customers", "customer", "clients", "invoice", "invoices",
                            "tuition", "students")
"""A job about other people's money (near the match): not a fee asked of the applicant."""
_STEP_PAY_WORDS = ("salary", "salaries", "wage", "wages", "bonus", "stipend", "allowance", "earn", "earning",
                   "earnings", "income", "commission", "reward", "rewards", "prize", "prizes", "gift card", "voucher",
                   "incentive", "you will be paid", "we pay you", "we will pay you", "you get paid", "reimburse",
                   "reimbursed", "reimbursement")
"""Money that goes to the applicant (in the match's own sentence, :func:`~ct_screen.rules.checks.absent_in_sentence`):
not a fee asked of them."""
_A_DAY = r"\s(?:(?:mon|tues|wednes|thurs|fri|satur|sun)day|tomorrow|tonight|midnight|noon|today|eod)\b"
_NO_PAY_WORD_IN_SENTENCE = absent_in_sentence("no_pay_word_in_sentence", (
    "we pay you", "we will pay you", "you will be paid", "you get paid", "we send you", "you will receive",
    "you receive", "you will earn", "you earn", "earn", "earning", "salary", "bonus", "stipend", "allowance",
    "commission", "wage", "wages", "income", "profit", "raise", "raised", "funding", "revenue", "budget", "donate",
    "donation", "grant", "sales", "deal", "deals"))

_OTHERS_PAY_IN_SENTENCE = pattern_absent_in_sentence(
    "others_pay_in_sentence", "|".join(f"(?:{p})" for p in _OTHERS_PAY), contrast=True)
"""Someone else pays (:data:`_OTHERS_PAY`), in the match's own sentence, not before a "but" ("the training is
free, but you must buy the kit" still asks the applicant to pay)."""

_OTHERS_PAY_NOT_A_DAY = tuple(p.replace(r"paid\s{1,3}by", rf"paid\s{{1,3}}by(?!{_A_DAY})") for p in _OTHERS_PAY)
""":data:`_OTHERS_PAY`, where "paid by" names a payer, not a day ("must be paid by Friday")."""

V = SHARED.extend(
    num=_NUM,
    cur_before=_CUR_BEFORE,
    cur_after=_CUR_AFTER,
    money=r"(?:{cur_before}{num}(?:\s{0,2}(?:k|lakhs?)\b)?|\b{num}\s{0,2}(?:/-\s{0,2})?{cur_after})",
    not_rate=_NOT_RATE,
    bare_amount=_BARE_AMOUNT,
    pay=_PAY,
    pay_sum=r"{pay}{gap:2}{money}{not_rate}",
    fee=_FEE,
    fee_kind=_FEE_KIND,
    fee_adj=_FEE_ADJ,
    fee_with_amount=_FEE_WITH_AMOUNT,
    fee_verb=_FEE_VERB,
    only_just=r"(?:only\s{0,2}|just\s{0,2})?",
    you=_YOU,
    modal=_MODAL,
    must=_MUST,
    purpose=_PURPOSE,
    step=_STEP,
    sum=_SUM,
    deadline=_DEADLINE,
    token_sum=any_of("small token", "token", "token amount", "small amount", "little amount", "small fee",
                     "little fee", "small sum", "token sum", "little token", "small contribution"),
    pay_for_job=any_of("pay to apply", "pay before interview", "pay before the interview", "payment before interview",
                       "pay to work", "pay for the job", "buy the job", "pay for your slot", "pay for the slot"),
    to_secure=any_of("to secure", "to book", "to reserve", "to confirm", "to activate", "to unlock", "to register",
                     "to process", "to proceed", "to start", "to begin"),
    refund_promise=any_of(
        "refundable deposit", "refundable fee", "refundable payment", "refundable amount",
        "security deposit", "caution fee", "caution deposit", "commitment fee", "commitment deposit",
        "will be refunded", "fully refundable", "100% refundable", "refunded after",
        "refunded with your first salary", "refunded on your first paycheck", "refund it",
        "refunded in your first", "refunded once", "refunded when", "refunded upon",
        "refunded as soon as", "deducted from your first salary", "you will get it back",
        "reimbursed in your first", "reimbursed with your first", "reimbursed from your first",
        "reimbursed on your first", "reimbursed after your first", "paid back in your first",
        "you get it back", "returned to you after", "paid back to you", "reimbursed after you"),
    workers=any_of("you", "applicant", "applicants", "candidate", "candidates", "worker", "workers"),
    bear_cost=any_of("pay", "bear", "cover", "sponsor", "settle", "fund", "pay for", "bear the cost of",
                     "cover the cost of", "shoulder"),
    own_cost_item=any_of("visa", "visas", "ticket", "tickets", "air ticket", "flight", "flights", "airfare",
                         "air fare", "medical", "medicals", "medical exam", "medical test", "processing", "documents",
                         "documentation", "paperwork", "work permit", "permit", "training", "uniform", "uniforms",
                         "kit", "starter kit", "background check", "police clearance", "placement", "registration",
                         "certification", "id card", "badge"),
    own_expense=any_of(
        "self sponsored", "self-sponsored", "self sponsorship", "self-sponsorship", "sponsor yourself",
        "sponsor your own visa", "sponsor your visa", "sponsor your own ticket", "buy your own ticket",
        "pay your own ticket", "pay for your own visa", "pay your own visa", "at your own expense",
        "at your own cost", "from your own pocket", "out of your own pocket", "out of pocket",
        "out-of-pocket", "on your own expense", "at applicant's expense", "at applicants expense",
        "at the applicant's expense", "at the candidate's expense", "at candidate's expense",
        "at the worker's expense", "at own expense", "at own cost"),
    buy=any_of("buy", "purchase", "order", "pay for"),
    from_our_vendor=any_of(
        "from our vendor", "from our approved vendor", "from our supplier", "from our store",
        "from our shop", "from our website", "from our partner", "from our partners",
        "from the company's vendor", "from the company vendor", "from our certified vendor",
        "through our vendor", "through our supplier", "from us", "from our office",
        "from the approved vendor", "from our designated vendor", "from our recommended vendor"),
    buy_in=any_of("buy", "purchase", "pay for", "invest in", "order"),
    starter_kit=any_of(
        "starter kit", "starter pack", "training kit", "training materials", "training package", "business kit",
        "welcome kit", "work kit", "software license", "software licence", "the software", "our software",
        "the kit", "the package", "a package", "the membership", "a membership", "the course", "our course",
        "certification course", "the uniform", "products", "product samples", "inventory", "stock", "the app",
        "vip level", "vip membership"),
    send_money=any_of("pay", "send", "transfer", "remit", "deposit", "payment", "payments", "make payment",
                      "fee", "fees", "registration", "the money", "the amount"),
    untraceable_channel=any_of(
        "via western union", "through western union", "by western union", "via moneygram",
        "through moneygram", "by moneygram", "via gift card", "via gift cards", "in gift cards",
        "with gift cards", "itunes card", "itunes cards", "google play card", "google play cards",
        "steam card", "steam cards", "amazon gift card", "amazon gift cards", "via cashapp",
        "via cash app", "on cashapp", "on cash app", "by cashapp", "through cashapp", "via gcash",
        "through gcash", "thru gcash", "via paymaya", "via mpesa", "via m-pesa", "through mpesa",
        "through m-pesa", "via mobile money", "via momo", "via opay", "via palmpay",
        "via bitcoin", "in bitcoin", "via btc", "in btc", "via usdt", "in usdt", "via crypto",
        "in crypto", "via zelle", "via venmo", "via chime", "paypal friends and family",
        "to my account", "to the account below", "into the account below", "to this account",
        "into this account", "account details below", "to our agent", "to the agent",
        "to my gcash", "to my mpesa", "to my cashapp", "to my opay", "to my palmpay", "to my momo",
        "to my paypal", "to my bank", "to my zelle", "opay account", "palmpay account",
        "gcash number", "gcash account", "mpesa number", "cashapp tag", "cash app tag"),
    gift_card=any_of("itunes card", "itunes cards", "google play card", "google play cards", "steam card",
                     "steam cards", "gift card", "gift cards"),
)
"""The terms of this category's patterns (:mod:`ct_screen.rules.vocabulary`): the fee words and lists above
by name, ``{money}`` a sum of money, ``{pay_sum}`` paying one ("send $50")."""
MONEY = V.expand("{money}")
"""A sum of money: ``$85``, ``N60,000``, ``60k``, ``450 USD``, ``Rs. 80,000/-``, ``1.5 lakh``."""

RULES = (
    Rule(
        id="CT100", category=CATEGORY, name="named-fee", severity="high", weight=0.55,
        patterns=(
            V(r"(?:(?:{fee_kind}){gap_no_neg:2}(?:{fee})|(?:{fee_adj})\s{0,2}"
              r"\b(?:charges|deposit|payment|charge|fees|fee)\b)"),
            V(r"(?:(?:{fee_kind}|{fee_adj})(?:\s{0,2}(?:{fee}))?|(?:{fee_with_amount})\s{0,2}(?:{fee}))"
              r"(?:\s{0,2}(?:[:=\-]|is|costs?|of|will be|amounts? to))?\s{0,3}{only_just}{money}{not_rate}"),
            V(r"(?:{pay}){gap_no_neg:2}(?:{token_sum})"),
            V(r"(?:{fee})\s{0,2}(?:[:=\-]|is|of|amount of|costs?)\s{0,3}{only_just}{money}{gap:4}(?:{fee_verb}|{purpose})"),
            V(r"(?:^|[.!?:;,\n\-]\s{0,2}|\b(?:must|need to|needs to|have to|has to|you|will|and|then|also)\s){pay_for_job}"),
        ),
        exclude=(_FEE_JOB, _YOU_RECEIVE),
        # Someone else paying ("employer pays the ticket", "fees covered by the company") refuses a match in its own
        # sentence only: "Employer pays ticket. Pay only the visa processing fee of 45,000 naira" asks for a fee.
        check=_OTHERS_PAY_IN_SENTENCE,
        explanation="Names a registration, training, processing, kit, file or placement fee the applicant must pay.",
        examples=(
            "A one-time registration fee of $85 is required before you start.",
            "Training fee: 150 USD, payable before the first shift.",
            "Send the visa processing fee to our agent to book your place.",
            "All applicants pay a refundable deposit for the uniform.",
            "Pay your starter kit fee today and begin earning tomorrow.",
            "Reg is 2k only, form closes Friday.",
            "File opening: N60,000 and your visa is ready in 3 weeks.",
            "Medicals and processing fees are 450 USD.",
            "Salary CAD 3500, employer pays ticket. Pay only the medical and visa processing fee of 45,000 naira.",
        ),
        counter_examples=(
            "We will never ask you to pay a registration fee.",
            "Beware of fake recruiters demanding a training fee.",
            "Relocation costs and visa processing fees are paid by the company.",
            "There is no application fee.",
            "Admin assistant needed for our fee collection team.",
            "Our client pays all recruitment costs, visa fees and your first month's rent.",
            "Process student registration fees and issue receipts.",
            "The training is free and the uniform is provided.",
        ),
    ),
    Rule(
        id="CT101", category=CATEGORY, name="pay-to-start", severity="high", weight=0.5,
        patterns=(
            V(r"(?:{you})\s{1,3}(?:(?:also|only|just)\s{1,3})?(?:{modal}\s{1,3})?(?:also\s{1,3}|only\s{1,3}|just\s{1,3})?"
              r"{pay}{gap:3}{money}{not_rate}"),
            V(r"{pay}{gap:2}(?:{money}|{bare_amount}){not_rate}{gap:3}(?:{fee_kind}|{fee_adj})"),
            V(r"(?:{pay_sum}){gap:5}(?:{purpose})"),
            V(r"(?:{money}{not_rate}){gap:3}(?:{purpose})"),
            V(r"(?:{to_secure}){gap:6}(?:{pay_sum})"),
        ),
        exclude=(_YOU_RECEIVE, *_OTHERS_PAY[1:]),
        check=_NO_PAY_WORD_IN_SENTENCE,
        # A pay rate is refused where it is the amount asked for ($50 per hour), not anywhere nearby: "300 USD a
        # day, pay 49 USD for your starter kit" still asks for a fee. Words of money coming to the applicant
        # ("earn", "salary", "we pay you") refuse a match in its own sentence only: "Earn $1,200 a week! Send
        # $35 for your starter kit" asks for a fee (they once refused it anywhere within 60 characters).
        explanation="Asks the applicant to pay or send a sum of money to start, book, register or secure the job.",
        examples=(
            "You must pay $50 to activate your account and start working.",
            "Send 100 USD to secure your slot before Friday.",
            "Transfer \u00a3200 to reserve your place on the next flight.",
            "Each applicant should pay 5000 naira to register.",
            "Buy the 49 dollar starter pack to begin.",
            "Pay 60,000 naira for your file opening.",
            "Kindly send Rs. 25,000/- for processing.",
            "You only need to pay 250 pounds for your portfolio and comp card.",
            "Easy job from home!! 300 USD a day, pay 49 USD for your starter kit.",
            "Stuff envelopes and earn $1,200 a week! Send $35 for your starter kit today.",
        ),
        counter_examples=(
            "You will be paid $50 per hour.",
            "We pay $500 to start as a signing bonus.",
            "Never send money to anyone to get a job.",
            "You will earn 3000 USD per month.",
            "Applicants do not need to pay anything to apply.",
            "Starting salary 25,000 naira to start, rising after probation.",
            "Drivers: pay 15 USD per hour to start, rising after training.",
        ),
    ),
    Rule(
        id="CT102", category=CATEGORY, name="refundable-deposit", severity="medium", weight=0.45,
        patterns=(V(r"{refund_promise}"),),
        exclude=(any_of("tenant", "tenants", "rental", "apartment", "lease", "landlord", "for the property",
                        "customer", "customers", "guests", "guest", "returns", "merchandise", "purchase price",
                        "travel costs", "travel expenses", "expenses"),),
        explanation="Promises that money paid now will be refunded later: the usual cover story of a fee scam.",
        examples=(
            "A small deposit is needed but it is fully refundable.",
            "The $120 will be refunded after your first month.",
            "Security deposit required for the laptop.",
            "The fee is refunded with your first salary.",
            "Pay a refundable deposit of 300 euro.",
            "A commitment fee shows you are serious; you get it back after training.",
        ),
        counter_examples=(
            "We never ask for a refundable deposit.",
            "Security deposit for the apartment is handled by the landlord.",
            "The office manager handles tenant security deposits and lease renewals.",
            "Travel costs will be reimbursed by the company.",
            "No deposit is required.",
            "Process customer refunds and returns in the store.",
        ),
    ),
    Rule(
        id="CT103", category=CATEGORY, name="own-costs", severity="medium", weight=0.45,
        patterns=(
            V(r"{workers}\s{1,3}(?:{modal}\s{1,3})?(?:also\s{1,3})?{bear_cost}{gap:2}{own_cost_item}"),
            V(r"(?<!\bwill\s)(?<!\bwould\s)(?<!\bshall\s)(?<!'ll\s)(?<!\bto\s)"
              r"\b(?:pay|paying|make payment|make the payment|make your payment|send money|send the money)"
              r"\s(?:[^\s.,;]{1,12}\s)?(?:for\s)?"
              r"(?:your|the)\s(?:own\s)?(?:form|forms|file|slot|registration|processing|medicals?|medical exam"
              r"|visa|work permit|permit|training materials?|training kit|training|uniforms?|kit|starter kit|tickets?"
              r"|air ticket|flight|documents|paperwork|id card|badge|background check|police clearance)\b"),
            V(r"{own_expense}"),
            # the cost named first, who pays it last: "visa and ticket 900 euro paid by you"
            V(r"{own_cost_item}{gap:6}(?:(?:is|are|will\sbe|to\sbe|must\sbe|shall\sbe)\s{1,3})?(?:paid|covered|borne"
              r"|settled|funded)\s{1,3}by\s{1,3}(?:the\s{1,3}|each\s{1,3})?{workers}\b"),
        ),
        requires=(any_of("visa", "visas", "ticket", "flight", "airfare", "medical", "medicals", "processing",
                         "training", "uniform", "kit", "permit", "documents", "registration", "background check",
                         "placement", "certification", "fee", "fees", "deposit", "abroad", "overseas", "form", "forms",
                         "file", "slot", "id card", "badge", "paperwork", "police clearance"),),
        exclude=(*_OTHERS_PAY, any_of("commute", "commuting", "parking", "meals", "lunch", "personal expenses",
                                      "own tools", "own vehicle", "own car", "own transport", "mileage",
                                      "health insurance", "conference")),
        explanation=("Makes the applicant pay for their own visa, ticket, medicals, training, uniform or paperwork "
                     "before the job: costs an honest employer or agency bears."),
        examples=(
            "Applicants must pay for their own visa and ticket.",
            "You will bear the cost of medicals and processing.",
            "Self-sponsored visa, job guaranteed on arrival.",
            "Training materials are at your own expense before placement.",
            "Candidates to pay for their own air ticket to Dubai.",
            "Farm work in Poland, visa and ticket 900 euro paid by you, we arrange everything.",
            "The cost of the visa and air ticket is paid by the worker before departure.",
        ),
        counter_examples=(
            "We pay for your visa and air ticket.",
            "The company covers your medicals and processing.",
            "You will not pay for your visa or ticket.",
            "Parking is at your own expense.",
            "Flights and visas are paid by the employer; you pay nothing.",
            "Visa, ticket and medicals are paid by the company, not by the worker.",
        ),
    ),
    Rule(
        id="CT104", category=CATEGORY, name="buy-from-us", severity="medium", weight=0.45,
        patterns=(
            V(r"(?:{buy}){gap:5}(?:{from_our_vendor})"),
            V(r"(?:{must}){gap_no_neg:4}(?:{buy_in}{gap:3}{starter_kit})"),
        ),
        exclude=(any_of("customers", "customer", "clients buy", "help clients", "procurement",
                        "purchasing", "purchase orders", "buyers", "buyer", "we provide",
                        "we will provide", "provided free", "company laptop"),),
        # Someone else paying refuses a match in its own sentence only: "Training is free but you must buy the
        # starter kit" still asks the applicant to pay.
        check=_OTHERS_PAY_IN_SENTENCE,
        explanation=("Requires the applicant to buy a kit, software, products, training or membership from the "
                     "company or its 'vendor' to get the job: a fee in disguise (and a fake-cheque scam hook)."),
        examples=(
            "You will buy the equipment from our approved vendor with the check we send.",
            "New agents must purchase the starter kit to begin.",
            "Candidates need to buy our training package before placement.",
            "Order the software from our vendor and we will reimburse you later.",
            "Training is free, but you must buy the starter kit before day one.",
        ),
        counter_examples=(
            "Help customers purchase the right products from our store.",
            "Raise purchase orders and manage suppliers.",
            "We provide a laptop and all software free of charge.",
            "You will not need to buy anything from us.",
            "The starter kit you must buy is paid by the company on your first day.",
        ),
    ),
    Rule(
        id="CT105", category=CATEGORY, name="pay-by-untraceable-channel", severity="medium", weight=0.45,
        patterns=(
            V(r"(?:{send_money}){gap:4}(?:{untraceable_channel})"),
            V(r"(?:\b(?:purchase|buy|get)\b){gap:4}(?:{gift_card})"),
        ),
        exclude=(any_of("salary", "salaries", "wage", "wages", "earnings", "payout", "payouts", "commission",
                        "you will be paid", "you get paid", "get paid", "we pay you", "we will pay you",
                        "we pay", "paid weekly", "paid monthly", "paid daily", "you will receive", "you receive",
                        "receive payments", "customers", "customer", "refund", "refunds", "forward", "reship",
                        "withdraw", "withdrawal", "remaining", "the balance", "the rest", "as your pay",
                        "your pay", "your commission", "mystery shop", "mystery shopper", "evaluate"),),
        explanation=("Asks the applicant to pay through a channel that cannot be traced or reversed (Western Union, "
                     "gift cards, CashApp, GCash, M-Pesa, crypto, a private account): how fee scammers get paid."),
        examples=(
            "Registration is $35, payment via CashApp only.",
            "Send the fee through Western Union to our agent in Lagos.",
            "Kindly make payment to the account below and send proof.",
            "Buy two Google Play cards and send us the codes.",
            "Pay the processing fee thru GCash to confirm your slot.",
        ),
        counter_examples=(
            "Salary is paid monthly by bank transfer.",
            "We pay freelancers via PayPal every Friday.",
            "Help customers buy gift cards at the till.",
            "Never pay anyone via Western Union for a job.",
        ),
    ),
    Rule(
        id="CT106", category=CATEGORY, name="step-fee-with-deadline", severity="medium", weight=0.45,
        patterns={
            "step-amount-deadline": V(r"{step}{gap:4}{sum}{gap_sentence:8}{deadline}"),
            "amount-for-step-deadline": V(r"{sum}{gap:4}{step}{gap_sentence:8}{deadline}"),
            "pay-amount-for-step": V(r"{pay}{gap:1}{sum}\s{1,3}(?:for|towards?)\s{1,3}"
                                     r"(?:(?:your|the|a|an|my)\s{1,3})?(?:\w{1,15}\s{1,3})?{step}"),
        },
        exclude=(*_OTHERS_PAY_NOT_A_DAY, _FEE_JOB, _STEP_OTHERS_MONEY, _YOU_RECEIVE),
        check=absent_in_sentence("no_step_pay_word_in_sentence", _STEP_PAY_WORDS),
        explanation=("Charges the applicant for a hiring step under another name (test, assessment, screening, "
                     "onboarding, activation, badge) with an amount and a deadline: a fee in disguise; real "
                     "employers pay for their own hiring."),
        examples=(
            "The background screening is $70 and must be paid by Friday.",
            "Your certification test is only 5000 naira, pay before Monday.",
            "We need $25 for your ID badge activation before Monday.",
            "Pay $39 for your typing test and start tomorrow.",
            "Candidates are charged a $150 onboarding package, due within 3 days of the offer.",
            "Earn up to $900 a week from home! Pay $30 for your onboarding test before Friday.",
        ),
        counter_examples=(
            "Pass the skills test by Friday to receive a $50 gift card.",
            "The company pays the $300 certification exam fee; book it before your first review.",
            "We will never ask you to pay $70 for a background screening by Friday.",
            "Testers earn $25 for each app test, paid within 7 days.",
            "Exam invigilator for the college: collect students' $40 exam entries by Friday.",
        ),
    ),
)
