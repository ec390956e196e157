"""The amount rules of unrealistic_pay as they were written before the code check (fixture of the equivalence
test): thresholds spelled out as digit-class alternations, 13,000 characters a pattern."""

from __future__ import annotations

import dataclasses

from ct_screen.rules import builtin_rules
from ct_screen.rules.categories import unrealistic_pay
from ct_screen.rules.categories.unrealistic_pay import _ABROAD_UNSKILLED, _HUGE, _MODERATE
from ct_screen.rules.patterns import GAP, any_of, near, near_lines
from ct_screen.rules.patterns import number_at_least as _at_least


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
    # name: (symbol or code before the number, sign or word after it; the sign after since session 10, as the rules)
    "usd": (r"(?:[$\u00a3\u20ac]\s{0,2}|\b(?:us\s?\$|usd|usdt|gbp|eur|cad|aud|c\$|a\$)\s{0,2})",
            r"(?:\s{0,2}[$\u00a3\u20ac]|\s{0,2}(?:usd|usdt|us dollars?|dollars?|bucks|gbp|pounds?|quid|eur|euros?|cad|aud)\b)"),
    "inr": (r"(?:\u20b9\s{0,2}|\b(?:rs\.?|inr)\s{0,2})", r"(?:\s{0,2}/-|\s{0,2}[\u20b9]|\s{0,2}(?:rupees?|rs|inr)\b)"),
    "ngn": (r"(?:\u20a6\s{0,2}|\bngn\s{0,2}|\bn(?=\d))", r"(?:\s{0,2}[\u20a6]|\s{0,2}(?:naira|ngn)\b)"),
    "php": (r"(?:\u20b1\s{0,2}|\bphp\s{0,2})", r"(?:\s{0,2}[\u20b1]|\s{0,2}(?:php|pesos?)\b)"),
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



_MONTH_IMPLIED = "|".join(
    f"{_CURRENCIES[c][0]}{_big(t['month'])}|(?<![\\w,.]){_big(t['month'])}{_CURRENCIES[c][1]}"
    for c, t in _ABROAD_UNSKILLED.items())
_ABROAD_PAY = (f"(?:{_amount_per_period(_ABROAD_UNSKILLED)}"
               f"|{any_of('salary', 'salaries', 'pay', 'wage', 'wages', 'earn', 'earnings')}\\W{{0,3}}"
               f"(?:of\\s|is\\s|from\\s|up to\\s)?(?:{_MONTH_IMPLIED}))")


def _legacy(rule_id: str, patterns: tuple[str, ...]):
    rule = next(r for r in builtin_rules() if r.id == rule_id)
    return dataclasses.replace(rule, patterns=patterns, pattern_names=(), check=None)


_EARN = any_of("earn", "earning", "earnings", "earned", "make", "making", "made", "get", "receive", "income", "salary",
               "pay", "paid", "profit", "up to", "payout", "withdraw", "cash")
LEGACY_RULES = (
    _legacy("CT130", (_amount_per_period(_MODERATE), _period_then_amount(_MODERATE))),
    _legacy("CT131", (near(_EARN, _amount_per_period(_HUGE), 3), _period_then_amount(_HUGE))),
    _legacy("CT135", (near_lines(unrealistic_pay._LOW_WAGE_PLACES, _ABROAD_PAY, 25),)),
)
"""The three amount rules with their old patterns (and no check); every other field as today."""
