"""Unrealistic pay: money far above what the work is worth, or promised without limit.

"$300 a day for simple tasks", "earn $5000 weekly", "guaranteed income",
"unlimited earnings": the bait of task scams, fee scams and of trafficking
lures that promise domestic or farm workers several times a normal wage.
Amounts are compared with per-currency thresholds for the period (hour, day,
week, month); moderate thresholds need an easy or unskilled job in the post,
very high ones only need someone promising to pay or earn them.
"""

from __future__ import annotations

from ..base import Check, Rule
from ..checks import pay_at_least
from ..patterns import (
    AMOUNT_RANGE,
    EASE,
    HOME_STRICT,
    PERIODS,
    PERIODS_FIRST,
    SHARED,
    amount_of,
    amount_per_period,
    any_of,
    currency_after,
    currency_before,
    near,
    near_lines,
    near_template,
    number_at_least,
    period_then_amount,
    phrases,
    trie_any_of,
    warnings,
)

CATEGORY = "unrealistic_pay"
DESCRIPTION = "Promises pay far above what the work is worth, guaranteed income or unlimited earnings."

REASON = "promises pay far above what the work is worth"
"""What a moderator reads when the category fires (completes "the post ...")."""

# Thresholds per currency and period, compared in code (:func:`~ct_screen.rules.checks.pay_at_least`).
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


def _lowest(table: dict[str, dict[str, int]]) -> int:
    return min(t for periods in table.values() for t in periods.values())


def _pay_patterns(table: dict[str, dict[str, int]], named: bool = False) -> dict[str, str]:
    """'$300 a day', '300 usd a day', 'daily salary $300', 'daily salary 300 usd', in the table's currencies."""
    currencies, low = tuple(table), _lowest(table)
    before, after = amount_per_period(currencies, low, named)
    first_before, first_after = period_then_amount(currencies, low, named)
    return {"amount-per-period": before, "amount-currency-per-period": after,
            "period-then-amount": first_before, "period-then-amount-currency": first_after}


def _same_as_built(written: dict[str, str], built: dict[str, str]) -> dict[str, str]:
    """``written`` (a rule's patterns as templates), once sure that each expands to the pattern ``built`` by the
    amount functions of :mod:`..patterns`: the check reads the parts of a match with their twins built
    ``named=True``, so the two must stay the same patterns."""
    if written != built:
        raise RuntimeError(f"written pay patterns differ from the built ones: {sorted(written)}")
    return written


def _pay_rule_patterns(table: dict[str, dict[str, int]], written: dict[str, str],
                       wrap=None) -> tuple[dict[str, str], Check]:
    """A pay rule's named patterns as ``written`` (the amount-first ones wrapped in ``wrap`` when built) and the
    check behind them."""
    plain, named = _pay_patterns(table), _pay_patterns(table, named=True)
    if wrap is not None:
        for patterns in (plain, named):
            for key in ("amount-per-period", "amount-currency-per-period"):
                patterns[key] = wrap(patterns[key])
    return _same_as_built(written, plain), pay_at_least(f"pay_at_least_{_lowest(table)}", table, tuple(named.values()))


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
_FEW_HOURS = (r"\b(?:(?:[1-4]|one|two|three|four)(?:\s{0,2}(?:-|to|or)\s{0,2}(?:[1-4]|two|three|four))?|a\sfew)"
              r"\s(?:hours?|hrs?)\s(?:a\sday|daily|per\sday|each\sday|of\syour\stime)"
              r"|\b\d{1,2}(?:\s{0,2}(?:-|to)\s{0,2}\d{1,3})?\s?(?:minutes?|mins?)\s(?:a\sday|daily|per\sday|each\sday)\b")
"""A few hours or minutes a day: the high pay of task and recruitment-text scams comes with almost no time."""
_CONTEXT = (EASE, HOME_STRICT, _UNSKILLED, _FEW_HOURS)
_SKILLED_OR_CONTRACT = trie_any_of(
    "contract", "contractor", "contractors", "consultant", "consultancy", "ir35", "outside ir35", "inside ir35",
    "locum", "day rate", "cdl", "class a", "truck", "trucking", "otr", "owner operator", "hgv", "travel nurse",
    "travel nursing", "rn", "rns", "lpn", "registered nurse", "registered nurses", "nurse", "nurses", "physician", "surgeon", "engineer", "engineers", "developer",
    "architect", "architects", "teacher", "teachers", "tutor", "tutors", "governess", "senior engineer", "senior developer", "principal engineer", "revenue", "turnover", "sales of",
    "in sales", "budget", "budgets", "deals", "deal size", "portfolio", "clients", "funding", "raised",
    "per year", "annually", "per annum", "a year", "yearly", "ote", "drive with", "deliver with", "uber", "lyft",
    "doordash", "deliveroo", "instacart", "rideshare", "ride-share", "your own car", "your own vehicle",
    "writer", "writers", "producer", "producers", "editor", "editors", "videographer", "photographer",
    "designer", "designers", "animator", "illustrator", "copywriter",
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
_SALARY_WORD = any_of("salary", "salaries", "pay", "wage", "wages", "earn", "earnings")


def _abroad_patterns(named: bool = False) -> dict[str, str]:
    """A low-wage place, then within 25 words an amount per period, or a salary with no period (a month)."""
    currencies, low = tuple(_ABROAD_UNSKILLED), _lowest(_ABROAD_UNSKILLED)
    before, after = amount_per_period(currencies, low, named)
    salary = rf"{_SALARY_WORD}\W{{0,3}}(?:of\s|is\s|from\s|up to\s)?{amount_of(currencies, low, named)}"
    return {"place-then-amount-per-period": near_lines(_LOW_WAGE_PLACES, before, 25),
            "place-then-amount-currency-per-period": near_lines(_LOW_WAGE_PLACES, after, 25),
            "place-then-monthly-salary": near_lines(_LOW_WAGE_PLACES, salary, 25)}


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

_EARN = any_of("earn", "earning", "earnings", "earned", "make", "making", "made", "get", "receive", "income", "salary",
               "pay", "paid", "profit", "up to", "payout", "withdraw", "cash")


def _number(low: int) -> str:
    """The definition of a number term: at least ``low`` in full (with ``{cents}``) or ``{thousands_or_lakhs}``."""
    return "(?:(?:" + number_at_least(low) + "){cents}|{thousands_or_lakhs})"


V = SHARED.extend(
    # The parts of amount_per_period, period_then_amount and amount_of (rules/patterns.py), by name.
    amount_range=AMOUNT_RANGE,
    per_sep=r"(?:\s{0,2}\+)?(?:{gap:2}|\s{0,2}/\s{0,2}|\s{1,2})(?:(?:per|a|an|each|every|in a|in one|in 1)\s{1,2})?",
    period="(?:" + "|".join("{per_sep}(?:" + word + ")" for word in PERIODS.values()) + ")",
    period_first=r"\b(?:" + "|".join(f"(?:{word})" for word in PERIODS_FIRST.values()) + ")",
    pay_noun=(r"\s{1,2}(?:salary|pay|income|earnings?|payment|payout|wage|wages|profit|commission|rate)?"
              r"\s{0,2}(?:of|is|:|=|-|up to|from)?\s{0,2}"),
    currency_before=currency_before(tuple(_MODERATE)),
    currency_after=currency_after(tuple(_MODERATE)),
    # amount_number: a number of at least the table's lowest threshold in full, or any number in thousands or lakhs.
    cents=r"(?:\.\d{1,2})?(?!\s?(?:k|lakhs?|lacs?)\b)",
    thousands_or_lakhs=r"(?:[1-9]\d{0,2})(?:\.\d)?\s?k\b|(?:\d{1,2})(?:\.\d{1,2})?\s?(?:lakhs?|lacs?)\b",
    moderate_number=_number(_lowest(_MODERATE)),
    moderate_amount=r"{currency_before}(?:{amount_range}{currency_before}?)?{moderate_number}",
    moderate_amount_currency=r"(?<![\w,.])(?=\d){amount_range}?{moderate_number}{currency_after}",
    huge_number=_number(_lowest(_HUGE)),
    huge_amount=r"{currency_before}(?:{amount_range}{currency_before}?)?{huge_number}",
    huge_amount_currency=r"(?<![\w,.])(?=\d){amount_range}?{huge_number}{currency_after}",
    earn=_EARN,
    low_wage_places=_LOW_WAGE_PLACES,
    abroad_currency_before=currency_before(tuple(_ABROAD_UNSKILLED)),
    abroad_currency_after=currency_after(tuple(_ABROAD_UNSKILLED)),
    abroad_number=_number(_lowest(_ABROAD_UNSKILLED)),
    abroad_amount=r"{abroad_currency_before}(?:{amount_range}{abroad_currency_before}?)?{abroad_number}",
    abroad_amount_currency=r"(?<![\w,.])(?=\d){amount_range}?{abroad_number}{abroad_currency_after}",
    salary_word=_SALARY_WORD,
)
"""Unrealistic pay's terms (with the shared ``{sp}`` between words). Amounts, as the functions of
:mod:`..patterns` build them: ``{amount_range}`` ("100-"), ``{period}`` (the separator ``{per_sep}``, then hour,
day, week or month), ``{period_first}`` and ``{pay_noun}`` ("daily salary of"), the currencies of the pay tables
(``{currency_before}``, ``{currency_after}``; ``{abroad_currency_before}``...) and, per table, the lowest number
(``{moderate_number}``..., in full with ``{cents}``, or ``{thousands_or_lakhs}``) and the amount with its currency
before it (``{moderate_amount}``) or after it (``{moderate_amount_currency}``). ``{earn}``, ``{low_wage_places}``
and ``{salary_word}`` lead into an amount."""


_MODERATE_PAY = _pay_rule_patterns(_MODERATE, {
    "amount-per-period": V("{moderate_amount}{period}"),
    "amount-currency-per-period": V("{moderate_amount_currency}{period}"),
    "period-then-amount": V("{period_first}{pay_noun}{moderate_amount}"),
    "period-then-amount-currency": V("{period_first}{pay_noun}{moderate_amount_currency}"),
})
_HUGE_PAY = _pay_rule_patterns(_HUGE, {
    "amount-per-period": V("(?:{earn}){gap:3}(?:{huge_amount}{period})"),
    "amount-currency-per-period": V("(?:{earn}){gap:3}(?:{huge_amount_currency}{period})"),
    "period-then-amount": V("{period_first}{pay_noun}{huge_amount}"),
    "period-then-amount-currency": V("{period_first}{pay_noun}{huge_amount_currency}"),
}, wrap=lambda amount: near(_EARN, amount, 3))
_ABROAD_PAY = _same_as_built({
    "place-then-amount-per-period": V("(?:{low_wage_places}){gap_lines:25}(?:{abroad_amount}{period})"),
    "place-then-amount-currency-per-period":
        V("(?:{low_wage_places}){gap_lines:25}(?:{abroad_amount_currency}{period})"),
    "place-then-monthly-salary":
        V(r"(?:{low_wage_places}){gap_lines:25}(?:{salary_word}\W{0,3}(?:of\s|is\s|from\s|up to\s)?"
          r"(?:{abroad_currency_before}{abroad_number}|(?<![\w,.]){abroad_number}{abroad_currency_after}))"),
}, _abroad_patterns())

RULES = (
    Rule(
        id="CT130", category=CATEGORY, name="high-pay-easy-work", severity="medium", weight=0.45,
        patterns=_MODERATE_PAY[0],
        check=_MODERATE_PAY[1],
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
            "Part-time freelance video editor for our channel, 10 hours a week, $60-70/hr.",
        ),
    ),
    Rule(
        id="CT131", category=CATEGORY, name="huge-pay", severity="medium", weight=0.45,
        patterns=_HUGE_PAY[0],
        check=_HUGE_PAY[1],
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
        patterns=_ABROAD_PAY,
        check=pay_at_least("pay_at_least_abroad", _ABROAD_UNSKILLED, tuple(_abroad_patterns(named=True).values())),
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
            V(phrases("guaranteed income", "guaranteed earnings", "guaranteed earning", "guaranteed profit",
                      "guaranteed profits", "guaranteed returns", "guaranteed return", "guaranteed payout",
                      "guaranteed payouts", "guaranteed money", "guaranteed cash", "guaranteed daily income",
                      "guaranteed weekly income", "guaranteed daily pay", "guaranteed daily payment",
                      "guaranteed daily payout", "income guaranteed", "earnings guaranteed", "profit guaranteed",
                      "profits guaranteed", "payment guaranteed", "payout guaranteed", "100% guaranteed",
                      "100% guarantee", "guarantee you will earn", "guarantee you earn", "guarantee that you earn",
                      "guaranteed to earn", "guaranteed to make", "we guarantee your income", "sure income",
                      "assured income", "fixed daily income", "risk free income", "risk-free income")),
            V(near_template(phrases("guaranteed", "guarantee", "guaranteeing", "assured"),
                            phrases("earn", "earning", "earnings", "income", "profit", "make", "receive"), 2)),
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
            V(phrases("unlimited earning", "unlimited earnings", "unlimited income", "unlimited earning potential",
                      "unlimited income potential", "unlimited money", "earn unlimited", "unlimited cash",
                      "unlimited profit", "unlimited profits", "unlimited payout", "unlimited payouts",
                      "no limit to what you can earn", "no limit to your earnings", "no limit to your income",
                      "no limit on your earnings", "no limit on earnings", "no earning limit", "no income limit",
                      "limitless income", "limitless earnings", "limitless earning", "earn as much as you want",
                      "as much as you want to earn", "earn as much as you like", "the more you work the more you earn",
                      "the more tasks you complete", "sky is the limit", "the sky's the limit", "sky's the limit")),
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
            V(phrases("financial freedom", "become a millionaire", "be a millionaire", "become millionaire",
                      "life changing income", "life-changing income", "life changing money", "life-changing money",
                      "quit your 9-5", "quit your 9 to 5", "quit your nine to five", "fire your boss",
                      "earn like a ceo", "big money", "fast money", "quick money", "easy money", "fast cash",
                      "quick cash", "easy cash", "money making opportunity", "money-making opportunity")),
            V(phrases("make thousands", "earn thousands", "thousands of dollars weekly", "thousands of dollars a week",
                      "thousands of dollars per week", "double your income", "triple your income", "get rich",
                      "rich quick", "earn big", "huge income", "huge profits", "massive income", "massive profits",
                      "cash daily", "daily cash", "money every day", "paid every day", "instant withdrawal",
                      "instant payout", "withdraw anytime", "withdraw daily", "money while you sleep",
                      "earn while you sleep", "passive income", "six figure income from home",
                      "six-figure income from home", "6 figure income from home", "7 figure income",
                      "seven figure income", "millionaire mindset")),
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
    Rule(
        id="CT137", category=CATEGORY, name="money-without-figures", severity="low", weight=0.15,
        patterns={
            "unnamed-money": V(phrases("earn more money", "earn extra money", "earn good money", "make good money",
                                       "make real money", "earn real money", "earn serious money", "make serious money",
                                       "handsome pay", "handsome income", "handsome salary", "mouth watering salary",
                                       "mouth-watering salary", "juicy salary", "juicy pay", "earn massively",
                                       "earn huge", "you will be paid well", "paid very well", "earn big money",
                                       "earn a lot of money", "make a lot of money",
                                       "earn more money weekly", "huge salary")),
            "unnamed-cash": V(phrases("earn extra cash", "make extra cash", "earn some money", "make some money",
                                      "earn some cash", "make some cash", "earn some extra money", "make some extra money",
                                      "earn some extra cash", "make some extra cash", "get paid well", "paid well for",
                                      "good pay for easy work", "great pay for easy work", "good money for easy work",
                                      "good money for simple work", "great money for easy work", "earn good cash",
                                      "make good cash", "earn quick money", "make quick money", "earn quick cash",
                                      "make quick cash")),
        },
        exclude=(_WARNING,),
        explanation=("Promises money with no amount, period or role ('earn more money weekly', 'handsome pay', "
                     "'make real money'): weak on its own, a recurring opener of lures."),
        examples=(
            "Earn more money weekly with our brand, apply on the link.",
            "Handsome pay for ladies who can travel.",
            "Make real money from your phone today.",
            "Want to make some extra cash? Message me.",
            "Get paid well for simple work, text us for info.",
        ),
        counter_examples=(
            "Salary: 28,000 to 32,000 GBP per year, plus pension.",
            "Beware of posts promising you will earn good money for nothing: report them.",
            "Help small businesses earn more revenue with our accounting software.",
            "Never trust strangers who say you can earn some money fast from home: it is a scam.",
        ),
    ),
)
