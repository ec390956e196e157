"""Checks in code that a rule's match must also pass, and the registry that custom rules may name.

Built-in rules may carry any :class:`~.base.Check`; :func:`pay_at_least` is the
one :mod:`.categories.unrealistic_pay` uses: its patterns find "amount
(currency) per period" and the check compares the amount with a threshold per
currency and period. Custom rules (YAML/TOML) never run code: they name a check
of :data:`CHECKS` with typed parameters, for example::

    check: {amount_at_least: {usd: 1000, period: week}}

which passes when the match holds an amount of at least 1,000 dollars (pounds,
euros) per week.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Mapping
from functools import lru_cache
from typing import Any

import regex

from .base import Check, RuleDefinitionError
from .patterns import CURRENCIES, PERIODS, amount_of, amount_per_period, any_of, sentence_bounds

__all__ = ["CHECKS", "pay_at_least", "absent_in_sentence", "pattern_absent_in_sentence", "patterns_near",
           "check_from_config"]

Table = Mapping[str, Mapping[str, int]]
"""Thresholds ``{currency: {period: amount}}``."""


def _number_reaches(match, threshold: int) -> bool:
    """Whether the number in ``match`` (groups ``nf``, ``nk``, ``nl``) reads as at least ``threshold``.

    In full it is compared exactly; in thousands ("2k") by whole thousands, rounded up from the
    threshold; in lakhs it passes any threshold up to one lakh.
    """
    if match.group("nf") is not None:
        return int(re.sub(r"\D", "", match.group("nf"))) >= threshold
    if match.group("nk") is not None:
        return threshold <= 1000 or int(match.group("nk")) >= -(-threshold // 1000)
    if match.group("nl") is not None:
        return threshold <= 100_000
    return False


def _group_of(match, prefix: str, names) -> str | None:
    groups = match.groupdict()
    for name in names:
        if groups.get(prefix + name) is not None:
            return name
    return None


def _reaches(match, table: Table, implied_period: str | None) -> bool:
    currency = _group_of(match, "cb_", CURRENCIES) or _group_of(match, "ca_", CURRENCIES)
    period = _group_of(match, "p_", PERIODS) or implied_period
    threshold = table.get(currency, {}).get(period) if currency and period else None
    return threshold is not None and _number_reaches(match, threshold)


def pay_at_least(name: str, table: Table, named_patterns: tuple[str, ...], implied_period: str = "month") -> Check:
    """A check that the amount a match promises reaches ``table``'s threshold for its currency and period.

    Parameters
    ----------
    name : str
        The check's name (it is part of the rules version with ``table``).
    table : mapping
        ``{currency: {period: threshold}}``; a currency or period missing from it never passes.
    named_patterns : tuple of str
        The rule's patterns built with ``named=True`` (same order): the check reads the currency
        (``cb_``/``ca_<currency>``), the number (``nf``, ``nk``, ``nl``) and the period (``p_<period>``)
        from the first that matches where the rule's match starts.
    implied_period : str
        The period of a match that names none ("salary 9,000 QAR" is a month).
    """
    @lru_cache(maxsize=1)
    def twins() -> tuple[regex.Pattern, ...]:  # compiled on first use: importing the rules stays cheap
        return tuple(regex.compile(p) for p in named_patterns)

    def predicate(text: str, start: int, end: int) -> bool:
        for twin in twins():
            match = twin.match(text, start)
            if match is None:
                continue
            if match.end() != end:
                match = twin.fullmatch(text, start, end)
            return match is not None and _reaches(match, table, implied_period)
        return False

    params = tuple(sorted((c, tuple(sorted(p.items()))) for c, p in table.items()))
    return Check(name, (("table", params), ("implied_period", implied_period)), predicate)


_SENTENCE_BREAK = regex.compile(r"[.!?;\n]")
ABSENT_REACH = 60
"""Characters :func:`absent_in_sentence` reads on each side of a match, at most (within its sentence)."""


def absent_in_sentence(name: str, words: tuple[str, ...], reach: int = ABSENT_REACH) -> Check:
    """A check that none of ``words`` stands in a match's own sentence, within ``reach`` characters of it.

    An ``exclude`` refuses a match when its words occur anywhere within the rule's context, across sentences:
    words of money coming to the applicant ("earn", "salary") then refused "Earn $1,200 a week! Send $35 for
    your starter kit", which asks for a fee all the same. This reads only the match's sentence.
    """
    predicate = _absent_from_sentence(regex.compile(any_of(*words)), reach)
    return Check(name, (("words", tuple(sorted(words))), ("reach", reach)), predicate)


_CONTRAST = regex.compile(r"\b(?:but|however|except|although|though|whereas|yet)\b")
"""A clause that turns against the one before it: "training is free, *but* you must buy the kit"."""


def pattern_absent_in_sentence(name: str, source: str, reach: int = ABSENT_REACH, *,
                               contrast: bool = False) -> Check:
    """Like :func:`absent_in_sentence`, with a (built-in, bounded) pattern instead of literal words.

    For built-in rules only: a rule file names literal words (:func:`absent_in_sentence`), never a pattern.
    With ``contrast``, the sentence before the match starts after its last contrast word (:data:`_CONTRAST`):
    in "training is free, but you must buy the kit", "is free" belongs to another clause than the match.
    """
    predicate = _absent_from_sentence(regex.compile(source), reach, contrast)
    params: tuple[tuple[str, object], ...] = (("pattern", source), ("reach", reach))
    return Check(name, (*params, ("contrast", True)) if contrast else params, predicate)


def _absent_from_sentence(pattern: regex.Pattern, reach: int,
                          contrast: bool = False) -> Callable[[str, int, int], bool]:
    """The predicate: ``pattern`` does not occur in the match's sentence, within ``reach`` characters of it
    (with ``contrast``, after the last contrast word before the match)."""
    def predicate(text: str, start: int, end: int) -> bool:
        lo, hi = sentence_bounds(text, start, end, reach, _SENTENCE_BREAK)
        if contrast:
            turns = [m.end() for m in _CONTRAST.finditer(text, lo, start)]
            lo = turns[-1] if turns else lo
        return pattern.search(text, lo, hi) is None
    return predicate



def patterns_near(name: str, sources: tuple[str, ...], reach: int) -> Check:
    """A check that each of ``sources`` (built-in, bounded patterns) occurs within ``reach`` characters of a match,
    on either side and across sentences: a red flag made of several weak ones that mean something together ("young
    ladies 18-25" near "in Dubai" near "hostess" or "flights paid"). For built-in rules only."""
    compiled = tuple(regex.compile(source) for source in sources)

    def predicate(text: str, start: int, end: int) -> bool:
        lo, hi = max(0, start - reach), min(len(text), end + reach)
        return all(pattern.search(text, lo, hi) is not None for pattern in compiled)
    return Check(name, (("patterns", tuple(sources)), ("reach", reach)), predicate)


# -- the registry custom rules may name ------------------------------------------------------------------

@lru_cache(maxsize=1)
def _generic() -> tuple[regex.Pattern, regex.Pattern]:
    """Any amount per period, and any amount, in any currency (named groups), compiled on first use."""
    return (regex.compile("|".join(amount_per_period(tuple(CURRENCIES), 1, named=True))),
            regex.compile(amount_of(tuple(CURRENCIES), 1, named=True)))


def _amount_at_least(params: Any, rule_id: str) -> Check:
    """``{currency: minimum, ..., period: hour|day|week|month}`` (period optional): the match holds an amount
    of at least the minimum in one of the currencies (per the period, when one is given)."""
    if not isinstance(params, Mapping) or not params:
        raise RuleDefinitionError(f"{rule_id}: check amount_at_least takes a table like {{usd: 1000, period: week}}")
    period = params.get("period")
    if period is not None and period not in PERIODS:
        raise RuleDefinitionError(f"{rule_id}: check amount_at_least: period {period!r} not in {sorted(PERIODS)}")
    minimums: dict[str, int] = {}
    for key, value in params.items():
        if key == "period":
            continue
        currency = str(key).lower()
        if currency not in CURRENCIES:
            raise RuleDefinitionError(f"{rule_id}: check amount_at_least: unknown currency {key!r}; "
                                      f"known: {', '.join(CURRENCIES)}")
        if isinstance(value, bool) or not isinstance(value, int) or not 0 < value < 10**9:
            raise RuleDefinitionError(f"{rule_id}: check amount_at_least: {key} must be a whole number > 0")
        minimums[currency] = value
    if not minimums:
        raise RuleDefinitionError(f"{rule_id}: check amount_at_least names no currency")
    periods = (period,) if period else tuple(PERIODS)
    per_period = {c: dict.fromkeys(periods, n) for c, n in minimums.items()}
    bare = {c: {"any": n} for c, n in minimums.items()}

    def predicate(text: str, start: int, end: int) -> bool:
        span = text[start:end]
        with_period, any_amount = _generic()
        if any(_reaches(m, per_period, None) for m in with_period.finditer(span)):
            return True
        return period is None and any(_reaches(m, bare, "any") for m in any_amount.finditer(span))

    return Check("amount_at_least", tuple(sorted((str(k), v) for k, v in params.items())), predicate)


def _absent_in_sentence(params: Any, rule_id: str) -> Check:
    """``{words: [word or phrase, ...], reach: characters}`` (reach optional, at most 200): none of the words
    (literal, matched as whole words) stands in the match's sentence within ``reach`` characters."""
    if not isinstance(params, Mapping) or set(params) - {"words", "reach"} or "words" not in params:
        raise RuleDefinitionError(f"{rule_id}: check absent_in_sentence takes {{words: [...], reach: 60}}")
    words, reach = params["words"], params.get("reach", ABSENT_REACH)
    if (not isinstance(words, list | tuple) or not 0 < len(words) <= 200
            or not all(isinstance(w, str) and 0 < len(w.strip()) <= 60 for w in words)):
        raise RuleDefinitionError(f"{rule_id}: check absent_in_sentence: words must be 1 to 200 strings of at "
                                  "most 60 characters")
    if isinstance(reach, bool) or not isinstance(reach, int) or not 0 < reach <= 200:
        raise RuleDefinitionError(f"{rule_id}: check absent_in_sentence: reach must be a whole number from 1 to 200")
    return absent_in_sentence("absent_in_sentence", tuple(w.strip() for w in words), reach)


CHECKS: dict[str, Callable[[Any, str], Check]] = {"amount_at_least": _amount_at_least,
                                                  "absent_in_sentence": _absent_in_sentence}
"""Checks a custom rule may name, each built from its parameters (which are type-checked)."""


def check_from_config(config: Any, rule_id: str) -> Check:
    """Build the check a custom rule names: ``{name: parameters}`` with exactly one registered name."""
    if not isinstance(config, Mapping) or len(config) != 1:
        raise RuleDefinitionError(f"{rule_id}: field 'check' must be a table with one check name, "
                                  f"one of {sorted(CHECKS)}")
    ((name, params),) = config.items()
    if name not in CHECKS:
        raise RuleDefinitionError(f"{rule_id}: field 'check': unknown check {name!r}; known: {sorted(CHECKS)}")
    return CHECKS[name](params, f"{rule_id}: field 'check'")
