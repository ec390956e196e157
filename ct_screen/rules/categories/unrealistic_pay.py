"""Unrealistic pay: money far above what the work is worth, or promised without limit.

"$300 a day for simple tasks", "earn $5000 weekly", "guaranteed income",
"unlimited earnings": the bait of task scams, fee scams and of trafficking
lures that promise domestic or farm workers several times a normal wage.
Amounts are compared with per-currency thresholds for the period (hour, day,
week, month); moderate thresholds need an easy or unskilled job in the post,
very high ones only need someone promising to pay or earn them.
"""

from __future__ import annotations

from ..base import Rule
from ..patterns import EASE, GAP, HOME_STRICT, any_of, near, near_lines, trie_any_of, warnings

CATEGORY = "unrealistic_pay"
DESCRIPTION = "Promises pay far above what the work is worth, guaranteed income or unlimited earnings."

REASON = "promises pay far above what the work is worth"
"""What a moderator reads when the category fires (completes "the post ...")."""

def _at_least(n: int, max_digits: int = 7) -> str:
    """A regular expression for whole numbers >= ``n`` (up to ``max_digits`` digits, thousands commas optional).

    >>> import regex
    >>> [bool(regex.fullmatch(_at_least(1500), v)) for v in ("1499", "1,500", "20000", "950")]
    [False, True, True, False]
    """
    digits = str(n)
    last = max(i for i, ch in enumerate(digits) if ch != "0") if n else 0
    sequences = []
    for i in range(last + 1):  # same width: greater at position i (inclusive at the last non-zero digit)
        low = int(digits[i]) + (0 if i == last else 1)
        if low <= 9:
            cls = f"[{low}-9]" if low < 9 else "9"
            sequences.append((len(digits), [*digits[:i], cls] + [r"\d"] * (len(digits) - i - 1)))
    for width in range(len(digits) + 1, max_digits + 1):
        sequences.append((width, ["[1-9]"] + [r"\d"] * (width - 1)))
    alternatives = []
    for width, seq in sequences:
        parts = []
        for i, cls in enumerate(seq):
            if i > 0 and width - i in (3, 5, 6, 7):  # 1,500,000 and the Indian 15,00,000
                parts.append("[,.']?")
            parts.append(cls)
        alternatives.append("".join(parts))
    return "(?:" + "|".join(alternatives) + r")(?![\d,])"


def _big(n: int) -> str:
    """Numbers >= ``n`` in full (``1,500``), in thousands (``1.5k``, ``2k``) or lakhs."""
    forms = [rf"{_at_least(n)}(?:\.\d{{1,2}})?"]
    if n <= 1000:
        forms.append(r"[1-9]\d{0,2}(?:\.\d)?\s?k\b")
    else:
        forms.append(rf"{_at_least(-(-n // 1000), 3)}(?:\.\d)?\s?k\b")
    if n <= 100_000:
        forms.append(r"\d{1,2}(?:\.\d{1,2})?\s?(?:lakhs?|lacs?)\b")
    return "(?:" + "|".join(forms) + ")"


_ANY_NUM = r"(?:\d{1,3}(?:[,.]\d{3}){1,2}|\d{1,7})(?:\.\d{1,2})?(?:\s?k\b)?"
_RANGE = rf"(?:{_ANY_NUM}\s{{0,2}}(?:-|\u2013|to)\s{{0,2}})"
_CURRENCIES = {
    # name: (symbol or code before the number, word after it)
    "usd": (r"(?:[$\u00a3\u20ac]\s{0,2}|\b(?:us\s?\$|usd|usdt|gbp|eur|cad|aud|c\$|a\$)\s{0,2})",
            r"\s{0,2}(?:usd|usdt|us dollars?|dollars?|bucks|gbp|pounds?|quid|eur|euros?|cad|aud)\b"),
    "inr": (r"(?:\u20b9\s{0,2}|\b(?:rs\.?|inr)\s{0,2})", r"(?:\s{0,2}/-|\s{0,2}(?:rupees?|rs|inr)\b)"),
    "ngn": (r"(?:\u20a6\s{0,2}|\bngn\s{0,2}|\bn(?=\d))", r"\s{0,2}(?:naira|ngn)\b"),
    "php": (r"(?:\u20b1\s{0,2}|\bphp\s{0,2})", r"\s{0,2}(?:php|pesos?)\b"),
    "gulf": (r"\b(?:aed|sar|qar|dhs?|sr)\.?\s{0,2}", r"\s{0,2}(?:aed|sar|qar|dirhams?|dhs?|riyals?|rials?|sr)\b"),
    "gulf_strong": (r"\b(?:kwd|kd|omr|bhd|ro|bd)\.?\s{0,2}", r"\s{0,2}(?:kwd|kd|omr|bhd|ro|bd|dinars?)\b"),
    "myr": (r"\b(?:rm|myr)\.?\s{0,2}", r"\s{0,2}(?:myr|ringgit)\b"),
}
_PERIODS = {
    "hour": r"(?:hour|hourly|hr|hrs|h)\b",
    "day": r"(?:day|daily|everyday)\b",
    "week": r"(?:week|weekly|wk)\b",
    "month": r"(?:month|monthly|mo|mth)\b",
}
_SEP = (rf"(?:\s{{0,2}}\+)?(?:{GAP % 2}|\s{{0,2}}/\s{{0,2}}|\s{{1,2}})"
        r"(?:(?:per|a|an|each|every|in a|in one|in 1)\s{1,2})?")
# Moderate thresholds: high for easy, unskilled or home work.
_MODERATE = {
    "usd": {"hour": 40, "day": 200, "week": 1000, "month": 5000},
    "inr": {"hour": 500, "day": 1500, "week": 10000, "month": 60000},
    "ngn": {"hour": 10000, "day": 20000, "week": 150000, "month": 600000},
    "php": {"hour": 500, "day": 2000, "week": 15000, "month": 80000},
}
# Very high thresholds: implausible for almost any job advertised this way.
_HUGE = {
    "usd": {"hour": 150, "day": 1000, "week": 5000, "month": 20000},
    "inr": {"hour": 3000, "day": 10000, "week": 50000, "month": 300000},
    "ngn": {"hour": 50000, "day": 100000, "week": 500000, "month": 2000000},
    "php": {"hour": 3000, "day": 10000, "week": 50000, "month": 300000},
}


def _amount_per_period(table: dict[str, dict[str, int]]) -> str:
    """An amount at or above the table's threshold for its currency and period, then the period.

    Written so that the scanner fails fast: each branch starts with a currency sign/code or a digit.
    """
    before_forms, after_forms = [], []
    for currency, periods in table.items():
        before, after = _CURRENCIES[currency]
        by_period = "|".join(f"{_big(t)}{_SEP}{_PERIODS[p]}" for p, t in periods.items())
        before_forms.append(f"{before}(?:{_RANGE}(?:{before})?)?(?:{by_period})")
        after_forms.extend(f"{_big(t)}{after}{_SEP}{_PERIODS[p]}" for p, t in periods.items())
    after_all = rf"(?<![\w,.])(?=\d){_RANGE}?(?:{'|'.join(after_forms)})"
    return "(?:" + "|".join(before_forms) + "|" + after_all + ")"


_PERIOD_FIRST = {
    "hour": r"\b(?:hourly|per hour)",
    "day": r"\b(?:daily|per day|everyday|a day)",
    "week": r"\b(?:weekly|per week|a week)",
    "month": r"\b(?:monthly|per month|a month)",
}
_PAY_NOUN = (r"\s{1,2}(?:salary|pay|income|earnings?|payment|payout|wage|wages|profit|commission|rate)?"
             r"\s{0,2}(?:of|is|:|=|-|up to|from)?\s{0,2}")


def _period_then_amount(table: dict[str, dict[str, int]]) -> str:
    """'daily salary Rs 3000', 'weekly pay: $1,500': the period first, then an amount at or above threshold."""
    forms = []
    for period, first in _PERIOD_FIRST.items():
        amounts = []
        for currency, periods in table.items():
            before, after = _CURRENCIES[currency]
            big = _big(periods[period])
            amounts.append(f"{before}(?:{_RANGE}(?:{before})?)?{big}")
            amounts.append(rf"(?<![\w,.]){_RANGE}?{big}{after}")
        forms.append(f"{first}{_PAY_NOUN}(?:{'|'.join(amounts)})")
    return "(?:" + "|".join(forms) + ")"


_UNSKILLED = trie_any_of(
    "cleaner", "cleaners", "cleaning", "housekeeper", "housekeepers", "housekeeping", "maid", "maids",
    "housemaid", "housemaids", "house maid", "house maids", "nanny", "nannies", "babysitter", "babysitters",
    "caregiver", "caregivers", "care giver", "helper", "helpers", "domestic worker", "domestic workers",
    "labourer", "labourers", "laborer", "laborers", "general worker", "general workers", "farm worker",
    "farm workers", "farmworkers", "fruit picker", "fruit pickers", "pickers", "packer", "packers",
    "packing", "factory worker", "factory workers", "waiter", "waiters", "waitress", "waitresses",
    "dishwasher", "dishwashers", "kitchen helper", "security guard", "security guards", "hostess",
    "hostesses", "data entry", "typist", "typists", "typing", "promoter", "promoters", "sales girl",
    "sales girls", "shop assistant", "shop assistants", "cashier", "cashiers", "delivery rider",
    "delivery riders", "dancer", "dancers", "masseuse", "models", "tasks", "task", "like videos",
    "rate products", "part time", "part-time", "students", "housewives", "no experience", "unskilled",
)
_CONTEXT = (EASE, HOME_STRICT, _UNSKILLED)
_SKILLED_OR_CONTRACT = trie_any_of(
    "contract", "contractor", "contractors", "consultant", "consultancy", "ir35", "outside ir35", "inside ir35",
    "locum", "day rate", "cdl", "class a", "truck", "trucking", "otr", "owner operator", "hgv", "travel nurse",
    "travel nursing", "rn", "rns", "lpn", "registered nurse", "registered nurses", "nurse", "nurses", "physician", "surgeon", "engineer", "engineers", "developer",
    "architect", "architects", "teacher", "teachers", "tutor", "tutors", "governess", "senior engineer", "senior developer", "principal engineer", "revenue", "turnover", "sales of",
    "in sales", "budget", "budgets", "deals", "deal size", "portfolio", "clients", "funding", "raised",
    "per year", "annually", "per annum", "a year", "yearly", "ote", "drive with", "deliver with", "uber", "lyft",
    "doordash", "deliveroo", "instacart", "rideshare", "ride-share", "your own car", "your own vehicle",
)
_WARNING = warnings("fraudulent", "too good to be true", "red flag", "red flags")

# Unskilled work in a lower-wage destination (Gulf, South-East Asia, Eastern Europe): a normal month there is
# a few hundred dollars, so the bait is far lower than at home.
_LOW_WAGE_PLACES = trie_any_of(
    "dubai", "uae", "abu dhabi", "sharjah", "ajman", "qatar", "doha", "saudi", "saudi arabia", "ksa", "riyadh",
    "jeddah", "dammam", "kuwait", "oman", "muscat", "bahrain", "jordan", "amman", "lebanon", "beirut", "iraq",
    "erbil", "malaysia", "kuala lumpur", "penang", "johor", "thailand", "bangkok", "cambodia", "phnom penh",
    "sihanoukville", "myanmar", "laos", "vietnam", "turkey", "istanbul", "antalya", "poland", "warsaw", "romania",
    "bucharest", "bulgaria", "serbia", "croatia", "hungary", "lithuania", "latvia", "estonia", "slovakia", "czech",
    "russia", "moscow", "ukraine", "belarus", "georgia", "albania", "egypt", "libya", "cyprus", "malta", "greece",
    "portugal",
)
_ABROAD_UNSKILLED = {
    "usd": {"hour": 15, "day": 100, "week": 500, "month": 2000},
    "inr": {"month": 150000},
    "ngn": {"month": 2000000},
    "php": {"month": 100000},
    "gulf": {"month": 7000},
    "gulf_strong": {"month": 600},
    "myr": {"month": 7000},
}
_MONTH_IMPLIED = "|".join(
    f"{_CURRENCIES[c][0]}{_big(t['month'])}|(?<![\\w,.]){_big(t['month'])}{_CURRENCIES[c][1]}"
    for c, t in _ABROAD_UNSKILLED.items())
_ABROAD_PAY = (f"(?:{_amount_per_period(_ABROAD_UNSKILLED)}"
               f"|{any_of('salary', 'salaries', 'pay', 'wage', 'wages', 'earn', 'earnings')}\\W{{0,3}}"
               f"(?:of\\s|is\\s|from\\s|up to\\s)?(?:{_MONTH_IMPLIED}))")
_UNSKILLED_JOBS = trie_any_of(
    "cleaner", "cleaners", "cleaning", "housekeeper", "housekeepers", "housekeeping", "maid", "maids", "housemaid",
    "housemaids", "house maid", "house maids", "nanny", "nannies", "babysitter", "babysitters", "caregiver",
    "caregivers", "helper", "helpers", "domestic worker", "domestic workers", "labourer", "labourers", "laborer",
    "laborers", "general worker", "general workers", "farm worker", "farm workers", "fruit pickers", "packer",
    "packers", "factory worker", "factory workers", "factory", "warehouse", "waiter", "waiters", "waitress",
    "waitresses", "dishwasher", "dishwashers", "kitchen helper", "security guard", "security guards", "hostess",
    "hostesses", "cashier", "cashiers", "sales girl", "sales lady", "saleslady", "delivery rider", "driver",
    "drivers", "construction worker", "construction workers", "dancer", "dancers", "masseuse", "therapist",
)

RULES = (
    Rule(
        id="CT130", category=CATEGORY, name="high-pay-easy-work", severity="medium", weight=0.45,
        patterns=(_amount_per_period(_MODERATE), _period_then_amount(_MODERATE)),
        requires=_CONTEXT,
        exclude=(_SKILLED_OR_CONTRACT, _WARNING),
        context=80,
        explanation=("Offers an hourly, daily, weekly or monthly amount far above the going rate, in a post for "
                     "easy, unskilled, part-time or home work (e.g. $300 a day for simple tasks)."),
        examples=(
            "Simple tasks from home, earn $300 per day.",
            "Housemaids needed, salary $5,500 monthly.",
            "No experience needed: 2,500 PHP daily.",
            "Part time typing work, Rs 2000-5000 per day.",
            "Cleaners wanted, £45/hr, no experience.",
        ),
        counter_examples=(
            "Cleaners wanted, £12.50/hr, weekday mornings.",
            "Senior contractor, £550 per day, outside IR35, no experience in banking needed.",
            "Housekeeping supervisor, $48,000 per year.",
            "Beware of scams offering $300 per day for simple tasks from home.",
            "Part-time packers, 150 PHP per hour.",
        ),
    ),
    Rule(
        id="CT131", category=CATEGORY, name="huge-pay", severity="medium", weight=0.45,
        patterns=(
            near(any_of("earn", "earning", "earnings", "earned", "make", "making", "made", "get", "receive", "income",
                        "salary", "pay",
                        "paid", "profit", "up to", "payout", "withdraw", "cash"),
                 _amount_per_period(_HUGE), 3),
            _period_then_amount(_HUGE),
        ),
        exclude=(_SKILLED_OR_CONTRACT, _WARNING),
        context=80,
        explanation=("Promises an amount per hour, day, week or month that almost no advertised job pays "
                     "(e.g. 'earn $5000 weekly'): the bait of task, investment and fee scams."),
        examples=(
            "Earn $5000 weekly from your phone.",
            "Make up to $1,500 a day with our system.",
            "Income of 150k naira daily guaranteed.",
            "You can earn $20k per month, just join.",
        ),
        counter_examples=(
            "We manage client budgets of $5000 per week on paid search.",
            "Contract rate £1,000 per day for a principal architect.",
            "Beware of anyone promising you will earn $5000 weekly.",
            "Salary $95,000 per year with benefits.",
        ),
    ),
    Rule(
        id="CT135", category=CATEGORY, name="high-pay-unskilled-abroad", severity="medium", weight=0.4,
        # Place first (a cheap prefix tree), then the amount within 25 words: the amount-first direction would
        # try the amount pattern at every position of the post.
        patterns=(near_lines(_LOW_WAGE_PLACES, _ABROAD_PAY, 25),),
        requires=(_UNSKILLED_JOBS,),
        exclude=(_SKILLED_OR_CONTRACT, _WARNING),
        context=80,
        explanation=("Offers unskilled work (cleaning, domestic, factory, hospitality) in the Gulf, South-East Asia "
                     "or Eastern Europe at several times the local wage (e.g. $4,500 a month for a waitress in Abu "
                     "Dhabi): bait that trafficking recruiters use and real employers there do not pay."),
        examples=(
            "Waitresses wanted in Abu Dhabi, $4,500 monthly salary, no experience.",
            "Cleaners for Qatar hotels, salary 9,000 QAR.",
            "Housemaids for Kuwait, salary 800 KD.",
            "Factory workers in Poland, €3,000 per month.",
        ),
        counter_examples=(
            "Cleaners for Qatar hotels, salary 1,500 QAR plus accommodation.",
            "Housemaids for Kuwait, salary 120 KD.",
            "Senior engineer in Dubai, AED 30,000 per month.",
            "Beware of agents promising cleaners in Dubai $3,000 a month.",
        ),
    ),
    Rule(
        id="CT132", category=CATEGORY, name="guaranteed-income", severity="medium", weight=0.4,
        patterns=(
            any_of("guaranteed income", "guaranteed earnings", "guaranteed earning", "guaranteed profit",
                   "guaranteed profits", "guaranteed returns", "guaranteed return", "guaranteed payout",
                   "guaranteed payouts", "guaranteed money", "guaranteed cash", "guaranteed daily income",
                   "guaranteed weekly income", "guaranteed daily pay", "guaranteed daily payment",
                   "guaranteed daily payout", "income guaranteed", "earnings guaranteed", "profit guaranteed",
                   "profits guaranteed", "payment guaranteed", "payout guaranteed", "100% guaranteed",
                   "100% guarantee", "guarantee you will earn", "guarantee you earn", "guarantee that you earn",
                   "guaranteed to earn", "guaranteed to make", "we guarantee your income", "sure income",
                   "assured income", "fixed daily income", "risk free income", "risk-free income"),
            near(any_of("guaranteed", "guarantee", "guaranteeing", "assured"),
                 f"{any_of('earn', 'earning', 'earnings', 'income', 'profit', 'make', 'receive')}", 2),
        ),
        exclude=(_WARNING, any_of("guaranteed hours", "guaranteed minimum", "minimum wage", "guaranteed interview",
                                  "guaranteed interview scheme", "guaranteed overtime", "guaranteed base",
                                  "base salary", "guaranteed 40", "guaranteed 37", "hours per week",
                                  "not guaranteed", "no guarantee", "cannot guarantee", "can't guarantee")),
        explanation="Promises guaranteed income, profit or returns: no honest job guarantees earnings.",
        examples=(
            "Guaranteed income of $500 every week.",
            "Join now, 100% guaranteed daily payout.",
            "We guarantee you will earn 3k daily.",
            "Earnings guaranteed, no risk.",
        ),
        counter_examples=(
            "Guaranteed hours: 37.5 per week on a permanent contract.",
            "We operate the Disability Confident guaranteed interview scheme.",
            "Anyone promising guaranteed income is running a scam.",
            "Earnings are not guaranteed and depend on commission.",
        ),
    ),
    Rule(
        id="CT133", category=CATEGORY, name="unlimited-earnings", severity="low", weight=0.25,
        patterns=(
            any_of("unlimited earning", "unlimited earnings", "unlimited income", "unlimited earning potential",
                   "unlimited income potential", "unlimited money", "earn unlimited", "unlimited cash",
                   "unlimited profit", "unlimited profits", "unlimited payout", "unlimited payouts",
                   "no limit to what you can earn", "no limit to your earnings", "no limit to your income",
                   "no limit on your earnings", "no limit on earnings", "no earning limit", "no income limit",
                   "limitless income", "limitless earnings", "limitless earning", "earn as much as you want",
                   "as much as you want to earn", "earn as much as you like", "the more you work the more you earn",
                   "the more tasks you complete", "sky is the limit", "the sky's the limit", "sky's the limit"),
        ),
        exclude=(_WARNING, any_of("uncapped commission", "commission structure", "base salary", "plus commission",
                                  "plus commissions", "+ commission", "base +", "base pay", "base plus", "ote", "on target earnings", "sales experience", "b2b", "quota",
                                  "territory", "account executive", "sales representative", "sales rep",
                                  "sales reps", "sales consultant", "sales consultants", "real estate agent",
                                  "realtor", "insurance agent", "licensed")),
        context=100,
        explanation=("Promises unlimited or limitless earnings ('the more you work the more you earn', 'sky is "
                     "the limit') outside an ordinary commission-sales job: a task-scam and pyramid lure."),
        examples=(
            "Unlimited earnings, work whenever you want.",
            "Earn as much as you want from home.",
            "Limitless income, the sky is the limit!",
            "The more you work the more you earn, no limit to your earnings.",
        ),
        counter_examples=(
            "Account executive: base salary plus uncapped commission, unlimited earning potential.",
            "Beware of ads promising unlimited earnings.",
            "We offer a competitive salary and pension.",
            "Real estate agent, unlimited income potential, licensed agents only.",
        ),
    ),
    Rule(
        id="CT134", category=CATEGORY, name="get-rich-language", severity="low", weight=0.35,
        patterns=(
            any_of("financial freedom", "become a millionaire", "be a millionaire", "become millionaire",
                   "life changing income", "life-changing income", "life changing money", "life-changing money",
                   "quit your 9-5", "quit your 9 to 5", "quit your nine to five", "fire your boss",
                   "earn like a ceo", "big money", "fast money", "quick money", "easy money", "fast cash",
                   "quick cash", "easy cash", "money making opportunity", "money-making opportunity",
                   "make thousands", "earn thousands", "thousands of dollars weekly", "thousands of dollars a week",
                   "thousands of dollars per week", "double your income", "triple your income", "get rich",
                   "rich quick", "earn big", "huge income", "huge profits", "massive income", "massive profits",
                   "cash daily", "daily cash", "money every day", "paid every day", "instant withdrawal",
                   "instant payout", "withdraw anytime", "withdraw daily", "money while you sleep",
                   "earn while you sleep", "passive income", "six figure income from home",
                   "six-figure income from home", "6 figure income from home", "7 figure income",
                   "seven figure income", "millionaire mindset"),
        ),
        exclude=(_WARNING, any_of("anti-money laundering", "money laundering", "quick cash loans", "payday loans",
                                  "cash handling", "petty cash", "cash office", "cash and carry",
                                  "customers' money", "customers money", "customer money", "clients' money")),
        context=80,
        explanation=("Sells the job with get-rich language (financial freedom, fast or easy money, thousands a "
                     "week, paid every day, passive income) rather than with the work itself."),
        examples=(
            "Achieve financial freedom with just your phone!",
            "Easy money for students, paid every day.",
            "Make thousands a week from home.",
            "Quit your 9-5 and earn passive income.",
        ),
        counter_examples=(
            "Cash handling and petty cash reconciliation.",
            "Anti-money laundering analyst, 2 years' experience.",
            "Beware of anyone promising easy money.",
            "Salary paid monthly by bank transfer.",
        ),
    ),
)
