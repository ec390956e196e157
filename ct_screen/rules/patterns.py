"""The pattern vocabulary every rule is written in: gaps, proximity, alternation, negation and warnings.

Category modules import their building blocks from here (and the rule type from
:mod:`.base`), never from each other. Everything here is bounded: no helper
produces an unbounded repetition, so no pattern built from them can backtrack
catastrophically.

Gaps and proximity
    :data:`GAP` (words on one line), :data:`GAP_ATOMIC` (the same with atomic
    steps), :data:`GAP_NO_NEG` (no negator among the skipped words), :data:`GAP_SENTENCE`
    (within one sentence),
    :func:`clause_gap` (within one sentence, no negator), and the proximity
    helpers :func:`near`, :func:`near_atomic`, :func:`near_pos`, :func:`near_lines`.
Alternation
    :func:`any_of` (sorted alternation) and :func:`trie_any_of` (the same matches
    as a prefix tree, for long lists).
Negation
    :data:`NEGATORS` is the one list of negator tokens; :data:`NEG_TOKEN` refuses
    one of them as the next word, and :func:`negated` is the check every
    negatable rule runs on a match ("we never ask for a fee").
Warnings
    :data:`SCAM_WARNINGS` and :data:`LAW_WARNINGS` are the warning vocabulary
    ("beware of scams", "this is illegal"); :func:`warnings` builds a category's
    warning pattern from them plus its own words.
Shared vocabulary
    :data:`HOME`, :data:`HOME_STRICT` (where the work is done) and :data:`EASE`
    ("no experience needed", "simple tasks").
Named terms
    :data:`SHARED` names the gaps, the negator look-ahead and the shared vocabulary,
    so a category writes a pattern once with ``{name}`` references
    (:mod:`.vocabulary`) instead of pasting the lists into every pattern. Besides the
    gaps, it names the space between two words (``{sp}``), word skips of short,
    ordinary and long words (``{skip_short_words:N}``, ``{skip_words:N}``,
    ``{skip_long_words:N}``, each with an optional single word ``{opt_short_word}``,
    ``{opt_word}``, ``{opt_long_word}``), single words with the space after them
    (``{one_word}``, ``{loose_word}``) and a span of words within one sentence
    (``{sentence_span:N}``). :func:`phrases` and :func:`near_template` write an
    alternation and a proximity as templates (with ``{sp}`` and ``{gap:N}``).
"""

from __future__ import annotations

from dataclasses import dataclass

import regex

from .vocabulary import Vocabulary, Written

__all__ = [
    "GAP", "GAP_ATOMIC", "GAP_LINES", "GAP_NO_NEG", "GAP_SENTENCE", "NEGATORS", "NEG_TOKEN", "SCAM_WARNINGS", "LAW_WARNINGS",
    "HOME", "HOME_STRICT", "EASE", "any_of", "trie_any_of", "near", "near_atomic", "near_pos", "near_lines",
    "clause_gap", "phrases", "near_template", "negated", "warnings", "DESTINATIONS", "DEST_FAR", "SHARED",
    "Vocabulary", "Written", "WarningWords", "sentence_bounds",
]

# -- alternation -----------------------------------------------------------------------------------------


def any_of(*words: str) -> str:
    """A word-bounded alternation of literal words or phrases (spaces match any spacing).

    >>> import regex; bool(regex.search(any_of("pay pal", "bank"), "use pay  pal"))
    True
    """
    alts = sorted({regex.escape(w.lower()).replace(r"\ ", r"\s{1,3}") for w in words}, key=lambda w: (-len(w), w))
    return r"\b(?:" + "|".join(alts) + r")\b"


def trie_any_of(*words: str) -> str:
    """Like :func:`any_of`, but as a prefix tree, so a scan rejects most positions on the first letter.

    Long lists of place names cost a linear scan over every alternative at every position;
    the tree checks one branch per first letter instead. Same matches as ``any_of``.

    >>> import regex
    >>> bool(regex.search(trie_any_of("abu dhabi", "abroad", "qatar"), "jobs in abu  dhabi"))
    True
    """
    tree: dict = {}
    for word in {w.lower() for w in words}:
        node = tree
        for token in (r"\s{1,3}" if ch == " " else regex.escape(ch) for ch in word):
            node = node.setdefault(token, {})
        node[""] = {}

    def emit(node: dict) -> str:
        end = "" in node
        branches = [token + emit(child) for token, child in sorted(node.items()) if token]
        if not branches:
            return ""
        body = branches[0] if len(branches) == 1 and not end else "(?:" + "|".join(branches) + ")"
        return body + ("?" if end else "")

    return r"\b" + emit(tree) + r"\b"


# -- negators --------------------------------------------------------------------------------------------

NEGATORS = ("not", "never", "no", "nothing", "none", "nobody", "don", "dont", "doesn", "doesnt", "didn", "won",
            "wont", "isn", "aren", "cannot", "can", "t", "nor", "neither", "without")
"""The one list of negator tokens (``don`` and ``t`` are the halves of "don't" once split at the apostrophe)."""

_GAP_ALLOWS = ("none", "nobody", "didn", "isn", "aren", "can")
"""Negator tokens that :data:`GAP_NO_NEG` lets through ("you can pay"; kept as the fee rules were tuned)."""


def _refuse(tokens) -> str:
    return r"(?!(?:" + "|".join(tokens) + r")\b)"


NEG_TOKEN = _refuse(NEGATORS)
"""A look-ahead that refuses a negator as the next word (the shared negation check only looks before a match)."""

# -- gaps and proximity ----------------------------------------------------------------------------------

GAP = r"(?:[^\w\n]{1,4}\w{1,25}){0,%d}[^\w\n]{1,4}"
"""Up to ``%d`` words on one line between two parts of a pattern."""
GAP_ATOMIC = r"(?:(?>[^\w\n]{1,4})(?>\w{1,25})){0,%d}[^\w\n]{1,4}"
""":data:`GAP` with atomic inner steps: same matches, no backtracking inside a word or a separator."""
GAP_NO_NEG = (r"(?:[^\w\n]{1,4}" + _refuse(tuple(t for t in NEGATORS if t not in _GAP_ALLOWS))
              + r"\w{1,25}){0,%d}[^\w\n]{1,4}")
"""Like :data:`GAP`, but the skipped words may not be negators (the negation check only looks before a match)."""
GAP_LINES = r"(?:[^\w]{1,6}\w{1,25}){0,%d}[^\w]{1,6}"
"""Like :data:`GAP`, across line breaks."""
GAP_SENTENCE = r"(?:[^\w\n.;!?]{1,4}\w{1,25}){0,%d}[^\w\n.;!?]{1,4}"
"""Like :data:`GAP`, within one sentence (no full stop, semicolon, "!" or "?" among the skipped words)."""


def near(first: str, second: str, words: int = 6) -> str:
    """``first`` followed by ``second`` within ``words`` words on the same line."""
    return f"(?:{first}){GAP % words}(?:{second})"


def near_atomic(first: str, second: str, words: int = 6) -> str:
    """``first`` followed by ``second`` within ``words`` words on the same line (atomic gap)."""
    return f"(?:{first}){GAP_ATOMIC % words}(?:{second})"


def near_pos(first: str, second: str, words: int = 6) -> str:
    """``first`` followed by ``second`` within ``words`` words, with no negator in between."""
    return f"(?:{first}){GAP_NO_NEG % words}(?:{second})"


def near_lines(first: str, second: str, words: int = 6) -> str:
    """Like :func:`near`, but across line breaks: lures are often lists ("JOBS IN DUBAI / - free visa")."""
    return f"(?:{first}){GAP_LINES % words}(?:{second})"


def clause_gap(words: int) -> str:
    """Up to ``words`` words within one sentence, none of them a negator ("we do not keep your passport")."""
    return rf"(?:(?>[^\w\n.;!?]{{1,4}}){NEG_TOKEN}(?>\w{{1,25}})){{0,{words}}}(?>[^\w\n.;!?]{{1,4}})"


# -- warnings --------------------------------------------------------------------------------------------

SCAM_WARNINGS = ("scam", "scams", "scammer", "scammers", "fraud", "beware", "warning")
"""Words of a warning about scams ("beware of scammers asking for a fee")."""
LAW_WARNINGS = ("illegal", "criminal", "trafficking")
"""Words of a warning about the law ("selling organs is illegal")."""


class WarningWords(str):
    """A warning-word pattern (:func:`warnings`). As a rule's ``exclude`` it cancels a match only in the match's
    own sentence (:attr:`ct_screen.rules.base.Rule.warning_exclude`): "Report fake pages! Real job: modelling for
    girls 16-19, send full body photos" is a scam after a warning, not a warning."""

    __slots__ = ()


_NOT_DENIED = r"(?<!\bnot )(?<!\bnot a )(?<!\bnot an )(?<!\bno )(?<!\bnever a )"
"""Not right after "not (a)", "no", "never a": "we are NOT a scam", "no scammers here" deny a warning, they do not
give one (fixed-width lookbehinds, so the stdlib ``re`` still compiles the pattern)."""


def warnings(*extra: str, base: tuple[str, ...] = SCAM_WARNINGS, without: tuple[str, ...] = (),
             trie: bool = False) -> WarningWords:
    """A category's warning pattern: ``base`` words plus its own ``extra`` words, less ``without``, none of them
    denied ("not a scam": a recruiter's reassurance switched every rule with this exclude off).

    >>> import regex; bool(regex.search(warnings("too good to be true"), "beware of this"))
    True
    >>> bool(regex.search(warnings(), "we are not a scam"))
    False
    """
    words = [w for w in (*base, *extra) if w not in without]
    return WarningWords(_NOT_DENIED + (trie_any_of(*words) if trie else any_of(*words)))


# -- the negation check every negatable rule runs -----------------------------------------------------

_NEG_BEFORE = regex.compile(
    r"(?:\b(?:never|not|n't|without|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wont|dont|doesnt"
    r"|nor|neither|zero|free of|exempt from|instead of|unable to|no longer"
    r"|forbids?|forbidden|forbidding|prohibits?|prohibited|prohibiting|bans|banned|outlaws?|outlawed"
    r"|(?:illegal|unlawful|against the law) (?:for|to))\b(?:\W{1,3}\w{1,20}){0,6}"
    r"|\bno\b(?:\W{1,3}\w{1,20}){0,1}"
    r"|\b(?:under no circumstances?|in no case|at no (?:point|time|stage)|by no means|on no account)\b"
    r"(?:\W{1,3}\w{1,20}){0,6}"
    r"|\b(?:beware|warning|scam|scams|scammer|scammers|fraud|frauds|fraudulent|fraudsters|fake|report|suspicious"
    r"|careful|avoid|if anyone|if someone|if somebody|if you are asked|if you're asked|if asked|if a recruiter"
    r"|if an employer|if a company|if any employer|legitimate employers|real employers|genuine employers"
    r"|red flag|red flags|never trust|do not trust|don't trust|protect yourself)\b(?:\W{1,3}\w{1,20}){0,7})"
    r"\W{0,3}\Z"
)
_NEG_AFTER = regex.compile(
    r"\A\W{0,3}(?:\w{1,20}\W{1,3}){0,3}?"
    r"(?:(?:is|are)\s)?(?:not required|not needed|not necessary|not asked|never|none|waived|free of charge"
    r"|(?:is|are|it's|its|that's|thats|this is)\s(?:a\s)?(?:scam|scams|fraud|red flag))\b"
)
_CLAUSE_BREAK = regex.compile(r"[.!?;:\n,\p{So}\p{Sk}]|\b(?:but|however|although|though)\b")
# "Don't worry", "never hesitate": a negator that negates nothing that follows.
_EMPTY_NEGATION = regex.compile(
    r"\b(?:don'?t|do not|never|no need to)\s(?:worry|hesitate|panic|be (?:shy|afraid|scared)|wait|delay|miss)\b")
_SENTENCE_BREAK = regex.compile(r"[.!?\n]")
"""Where a sentence ends: a full stop, question or exclamation mark, or a line break."""


def sentence_bounds(text: str, start: int, end: int, reach: int,
                    breaks: regex.Pattern[str] = _SENTENCE_BREAK) -> tuple[int, int]:
    """``(lo, hi)``: the sentence of the match ``text[start:end]``, no more than ``reach`` characters either side
    of it; ``breaks`` says where a sentence ends."""
    lo, hi = max(0, start - reach), min(len(text), end + reach)
    ends = [m.end() for m in breaks.finditer(text, lo, start)]
    after = breaks.search(text, end, hi)
    return (ends[-1] if ends else lo), (after.start() if after is not None else hi)


def negated(text: str, start: int, end: int) -> bool:
    """True when a negator or a warning governs the match ``text[start:end]``.

    Looks back to the start of the clause (at most ~120 characters) and a little
    ahead to the end of the sentence.
    """
    before = text[max(0, start - 120):start]
    breaks = list(_CLAUSE_BREAK.finditer(before))
    if breaks:
        before = before[breaks[-1].end():]
    empty = list(_EMPTY_NEGATION.finditer(before))
    if empty:
        before = before[empty[-1].end():]
    if _NEG_BEFORE.search(before):
        return True
    after = text[end:end + 80]
    stop = _SENTENCE_BREAK.search(after)
    if stop:
        after = after[:stop.start()]
    return _NEG_AFTER.search(after) is not None


# -- shared vocabulary -----------------------------------------------------------------------------------

HOME = (
    r"(?:\b(?:from|at|in)\s(?:the\s(?:comfort|convenience)\sof\s)?(?:your|ur|ya|their|own|the|my|our)?\s?"
    r"(?:own\s)?(?:home|house|homes|bed|couch|sofa|bedroom|living room)\b"
    r"|\bhome[\s-]?based\b|\bwork[\s-]?from[\s-]?home\b|\bwfh\b|\bstay[\s-]at[\s-]home\b"
    r"|\b(?:work|job|jobs|earn|earning|income|money|typing)\s(?:from|on|with|using|via)\s(?:mobile|phone|smartphone"
    r"|cellphone|cell phone|android)\b"
    r"|\b(?:from|with|on|using|via)\s(?:just\s|only\s)?(?:your|ur|a|the)\s(?:own\s)?"
    r"(?:smart\s?phone|phone|mobile|mobile phone|cell\s?phone|android|iphone|tablet|laptop)\b"
    r"|\bonline\b|\bfrom\sanywhere\b|\banywhere\sin\sthe\sworld\b)"
)
"""Where the work is done: home, a phone, "online", anywhere."""
HOME_STRICT = HOME.replace(r"|\bonline\b|\bfrom\sanywhere\b|\banywhere\sin\sthe\sworld\b", "")
"""Home or a phone only (not "online", which honest posts use for applying)."""
EASE = trie_any_of(
    "no experience", "no experience needed", "no experience required", "no skills", "no skill", "no skills needed",
    "no special skills", "no qualifications", "no qualification", "no degree", "no cv", "no interview",
    "no interviews", "anyone can", "anybody can", "everyone can", "simple tasks", "simple task", "easy tasks",
    "easy task", "easy work", "easy job", "easy jobs", "easy money", "simple work", "simple job", "very easy",
    "simple typing", "simple typing work", "easy typing", "simple online work", "simple data entry",
    "super easy", "so easy", "just a smartphone", "only a smartphone", "just your phone", "only your phone",
    "only a phone", "just a phone", "all you need is a phone", "all you need is your phone",
    "all you need is a smartphone", "all you need is internet", "all you need is a laptop",
    "housewives", "housewife", "stay at home moms", "stay at home mums", "stay-at-home moms",
    "stay-at-home mums", "students and housewives", "retirees", "jobless", "unemployed youths", "no boss",
    "be your own boss", "your own boss", "no targets", "no selling", "no sales", "no investment",
    "no registration", "free to join", "zero experience", "basic phone skills",
)
"""Easy work: no experience, simple tasks, just a phone."""


# -- amounts of money per period ------------------------------------------------------------------------
# A pattern finds "amount (currency) per period"; whether the amount is high is decided in Python by a check
# (:mod:`ct_screen.rules.checks`), which reads the parts from the same pattern built with ``named=True``.

@dataclass(frozen=True)
class Currency:
    """How one currency group is written around a number (each part a regular expression, may be empty)."""

    symbols: str = ""
    """Characters written right before the number ("$")."""
    codes: str = ""
    """Codes before the number ("usd 300")."""
    dotted_codes: str = ""
    """Codes before the number that may take a full stop ("rs. 300")."""
    words: str = ""
    """Words after the number ("300 dollars")."""
    before_extra: str = ""
    after_extra: str = ""


CURRENCIES = {
    "usd": Currency("$\u00a3\u20ac", r"us\s?\$|usd|usdt|gbp|eur|cad|aud|c\$|a\$", "",
                    r"usd|usdt|us dollars?|dollars?|bucks|gbp|pounds?|quid|eur|euros?|cad|aud"),
    "inr": Currency("\u20b9", "inr", "rs", r"rupees?|rs|inr", after_extra=r"\s{0,2}/-"),
    "ngn": Currency("\u20a6", "ngn", "", r"naira|ngn", before_extra=r"\bn(?=\d)"),
    "php": Currency("\u20b1", "php", "", r"php|pesos?"),
    "gulf": Currency("", "", r"aed|sar|qar|dhs?|sr", r"aed|sar|qar|dirhams?|dhs?|riyals?|rials?|sr"),
    "gulf_strong": Currency("", "", r"kwd|kd|omr|bhd|ro|bd", r"kwd|kd|omr|bhd|ro|bd|dinars?"),
    "myr": Currency("", "", r"rm|myr", r"myr|ringgit"),
}
"""Currency groups an amount can be written in: ``usd`` stands for dollars, pounds and euros alike."""


def currency_before(currencies: tuple[str, ...]) -> str:
    """A currency sign or code of one of ``currencies`` written before a number, with the space after it."""
    parts = [CURRENCIES[c] for c in currencies]
    symbols = "".join(p.symbols for p in parts)
    codes = "|".join(p.codes for p in parts if p.codes)
    dotted = "|".join(p.dotted_codes for p in parts if p.dotted_codes)
    forms = ([rf"[{symbols}]\s{{0,2}}"] if symbols else []) + ([rf"\b(?:{codes})\s{{0,2}}"] if codes else []) \
        + ([rf"\b(?:{dotted})\.?\s{{0,2}}"] if dotted else []) + [p.before_extra for p in parts if p.before_extra]
    return "(?:" + "|".join(forms) + ")"


def currency_after(currencies: tuple[str, ...]) -> str:
    """A currency word or sign of one of ``currencies`` written after a number, with the space before it."""
    parts = [CURRENCIES[c] for c in currencies]
    forms = [p.after_extra for p in parts if p.after_extra]
    symbols = "".join(p.symbols for p in parts)
    if symbols:  # "300€ par jour", "300 $ a day": the sign after the number, as much of Europe and Latin America write it
        forms.append(rf"\s{{0,2}}[{symbols}]")
    return "(?:" + "|".join([*forms, r"\s{0,2}(?:" + "|".join(p.words for p in parts) + r")\b"]) + ")"


PERIODS = {
    "hour": r"(?:hour|hourly|hr|hrs|h)\b",
    "day": r"(?:day|daily|everyday)\b",
    "week": r"(?:week|weekly|wk)\b",
    "month": r"(?:month|monthly|mo|mth)\b",
}
"""Pay periods, as written after an amount."""
PERIODS_FIRST = {
    "hour": r"(?:hourly|per hour)",
    "day": r"(?:daily|per day|everyday|a day)",
    "week": r"(?:weekly|per week|a week)",
    "month": r"(?:monthly|per month|a month)",
}
"""Pay periods, as written before an amount ("daily salary Rs 3000")."""
_ANY_NUM = r"(?:\d{1,3}(?:[,.]\d{3}){1,2}|\d{1,7})(?:\.\d{1,2})?(?:\s?k\b)?"
AMOUNT_RANGE = rf"(?:{_ANY_NUM}\s{{0,2}}(?:-|\u2013|to)\s{{0,2}})"
"""The low end of a range, "100-" in "$100-500"."""
_PER_SEP = (r"(?:\s{0,2}\+)?(?:(?:[^\w\n]{1,4}\w{1,25}){0,2}[^\w\n]{1,4}|\s{0,2}/\s{0,2}|\s{1,2})"
            r"(?:(?:per|a|an|each|every|in a|in one|in 1)\s{1,2})?")
"""Between an amount and its period: up to two words, a slash or spaces, then "per", "a", "each"..."""
_PAY_NOUN = (r"\s{1,2}(?:salary|pay|income|earnings?|payment|payout|wage|wages|profit|commission|rate)?"
             r"\s{0,2}(?:of|is|:|=|-|up to|from)?\s{0,2}")
_K_OR_LAKH = r"(?!\s?(?:k|lakhs?|lacs?)\b)"


def number_at_least(n: int, max_digits: int = 7) -> str:
    """A regular expression for whole numbers >= ``n`` (up to ``max_digits`` digits, thousands commas optional).

    >>> import regex
    >>> [bool(regex.fullmatch(number_at_least(1500), v)) for v in ("1499", "1,500", "20000", "950")]
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
    return "(?:" + "|".join(alternatives) + r")(?!\d|,\d)"  # a comma after it ends a clause, not the number


def _group(name: str, body: str, named: bool) -> str:
    return f"(?P<{name}>{body})" if named else f"(?:{body})"


def amount_number(low: int, named: bool = False) -> str:
    """A number of at least ``low`` in full (``1,500.50``), or any number in thousands (``1.5k``) or lakhs.

    With ``named``, the parts are the groups ``nf`` (in full), ``nk`` (thousands) and ``nl`` (lakhs).
    """
    full = _group("nf", number_at_least(low), named) + r"(?:\.\d{1,2})?" + _K_OR_LAKH
    thousands = _group("nk", r"[1-9]\d{0,2}", named) + r"(?:\.\d)?\s?k\b"
    lakhs = _group("nl", r"\d{1,2}", named) + r"(?:\.\d{1,2})?\s?(?:lakhs?|lacs?)\b"
    return f"(?:{full}|{thousands}|{lakhs})"


def _currencies(currencies: tuple[str, ...], side: int, named: bool) -> str:
    """All ``currencies`` on one ``side`` of the number; with ``named``, each in its group ``cb_``/``ca_<name>``."""
    merged = (currency_before, currency_after)[side]
    if not named:
        return merged(currencies)
    prefix = ("cb_", "ca_")[side]
    return "(?:" + "|".join(_group(prefix + c, merged((c,)), named) for c in currencies) + ")"


def _amount_then(currencies: tuple[str, ...], low: int, named: bool) -> tuple[str, str]:
    """The amount with its currency written before it, and with its currency written after it."""
    before = _currencies(currencies, 0, named)
    number = amount_number(low, named)
    return (f"{before}(?:{AMOUNT_RANGE}{_currencies(currencies, 0, False)}?)?{number}",
            rf"(?<![\w,.])(?=\d){AMOUNT_RANGE}?{number}{_currencies(currencies, 1, named)}")


def amount_per_period(currencies: tuple[str, ...], low: int, named: bool = False) -> tuple[str, str]:
    """"$300 a day", "2,500 PHP daily": an amount of at least ``low`` in ``currencies``, then a period.

    Two patterns (currency before the number, currency after it); with ``named``, the period is the group
    ``p_<period>`` and the currency ``cb_<currency>`` or ``ca_<currency>``.
    """
    # The periods in turn, each after its own gap (not one gap then any period): "$200-$800 daily, paid every
    # day" reads on to "day", and "$300 a day per week" stops at "day", as people read them.
    period = "(?:" + "|".join(_PER_SEP + _group(f"p_{p}", word, named) for p, word in PERIODS.items()) + ")"
    return tuple(f"{amount}{period}" for amount in _amount_then(currencies, low, named))  # type: ignore


def period_then_amount(currencies: tuple[str, ...], low: int, named: bool = False) -> tuple[str, str]:
    """"daily salary Rs 3000", "weekly pay: $1,500": a period, then an amount of at least ``low``.

    Two patterns, as :func:`amount_per_period` gives.
    """
    period = r"\b(?:" + "|".join(_group(f"p_{p}", word, named) for p, word in PERIODS_FIRST.items()) + ")"
    return tuple(f"{period}{_PAY_NOUN}{amount}" for amount in _amount_then(currencies, low, named))  # type: ignore


def amount_of(currencies: tuple[str, ...], low: int, named: bool = False) -> str:
    """An amount of at least ``low`` in ``currencies``, with no period and no range ("salary 9,000 QAR")."""
    number = amount_number(low, named)
    return (f"(?:{_currencies(currencies, 0, named)}{number}"
            rf"|(?<![\w,.]){number}{_currencies(currencies, 1, named)})")


# -- destinations ------------------------------------------------------------------------------------------

_DEST_WORDS = (
    "abroad", "overseas", "outside the country", "out of the country", "foreign country", "europe", "schengen",
    "dubai", "uae", "u.a.e", "abu dhabi", "sharjah", "ajman", "qatar", "doha", "saudi", "saudi arabia", "ksa",
    "riyadh", "jeddah", "dammam", "kuwait", "oman", "muscat", "bahrain", "jordan", "amman", "lebanon", "beirut",
    "iraq", "erbil", "malaysia", "kuala lumpur", "singapore", "thailand", "bangkok", "cambodia", "phnom penh",
    "sihanoukville", "myanmar", "laos", "vietnam", "taiwan", "japan", "korea", "south korea", "china", "hong kong",
    "macau", "turkey", "istanbul", "cyprus", "greece", "italy", "spain", "portugal", "poland", "warsaw",
    "germany", "netherlands", "holland", "belgium", "france", "russia", "moscow", "ukraine", "romania",
    "bucharest", "czech", "czech republic", "hungary", "lithuania", "latvia", "estonia", "croatia", "serbia",
    "slovakia", "slovenia", "bulgaria", "malta", "finland", "sweden", "norway", "denmark", "austria",
    "switzerland", "ireland", "uk", "united kingdom", "england", "london", "scotland", "canada", "toronto",
    "vancouver", "alberta", "australia", "new zealand", "usa", "united states", "america", "israel", "egypt",
    "libya", "south africa", "mauritius", "maldives", "seychelles", "brunei", "albania", "georgia", "belarus",
    "kazakhstan", "uzbekistan", "mexico", "brazil", "madrid", "barcelona", "paris", "lyon", "berlin", "munich",
    "hamburg", "rome", "milan", "naples", "lisbon", "amsterdam", "rotterdam", "vienna", "prague", "budapest",
    "zurich", "geneva", "brussels", "oslo", "stockholm", "copenhagen", "helsinki", "dublin", "kuching", "penang",
    "johor", "seoul", "tokyo", "osaka", "taipei", "shanghai", "beijing", "guangzhou", "shenzhen", "manila",
    "tel aviv", "cairo", "tripoli", "ankara", "antalya", "nicosia", "limassol", "valletta", "montreal", "calgary",
    "sydney", "melbourne", "auckland", "new york", "texas", "florida", "california",
)
DESTINATIONS = trie_any_of(*_DEST_WORDS)
"""Countries, cities and words for 'abroad' that recruitment lures name."""
_HOME_MARKETS = frozenset({"uk", "united kingdom", "england", "london", "scotland", "ireland", "dublin", "usa",
                           "united states", "america", "new york", "texas", "florida", "california", "greece"})
DEST_FAR = trie_any_of(*(d for d in _DEST_WORDS if d not in _HOME_MARKETS))
"""Destinations without the home markets of most English-language job boards (UK, US, Ireland, Greece)."""


# -- the shared vocabulary, by name --------------------------------------------------------------------------

SHARED = Vocabulary({
    "neg": NEG_TOKEN,
    "gap": GAP.replace("%d", "{#}"),
    "gap_atomic": GAP_ATOMIC.replace("%d", "{#}"),
    "gap_no_neg": GAP_NO_NEG.replace("%d", "{#}"),
    "gap_lines": GAP_LINES.replace("%d", "{#}"),
    "gap_sentence": GAP_SENTENCE.replace("%d", "{#}"),
    "clause": r"(?:(?>[^\w\n.;!?]{1,4}){neg}(?>\w{1,25})){0,{#}}(?>[^\w\n.;!?]{1,4})",
    "sp": r"\s{1,3}",
    "skip_short_words": r"(?:(?>\w{1,6})\s){0,{#}}",
    "opt_short_word": r"(?:(?>\w{1,6})\s)?",
    "skip_words": r"(?:(?>\w{1,10})\s){0,{#}}",
    "opt_word": r"(?:(?>\w{1,10})\s)?",
    "skip_long_words": r"(?:(?>\w{1,12})\s){0,{#}}",
    "opt_long_word": r"(?:(?>\w{1,12})\s)?",
    "one_word": r"(?:\w{1,12}\s)",
    "loose_word": r"(?:\w{1,15}{sp})",
    "sentence_span": r"(?:(?>[^\w\n.!?]{1,8})(?>\w{1,30})){0,{#}}[^\w\n.!?]{0,8}",
    "home": HOME,
    "home_strict": HOME_STRICT,
    "ease": EASE,
    "dest": DESTINATIONS,
    "dest_far": DEST_FAR,
})
"""The terms every category may refer to in a written pattern (:mod:`.vocabulary`): ``{neg}``, the gaps
``{gap:N}``, ``{gap_atomic:N}``, ``{gap_no_neg:N}``, ``{gap_lines:N}``, ``{gap_sentence:N}`` and ``{clause:N}``
(the same as :data:`GAP` ... and :func:`clause_gap` at width ``N``), ``{home}``, ``{home_strict}``, ``{ease}``,
``{dest}`` and ``{dest_far}``. A category module extends it with its own terms (``SHARED.extend(...)``), and may
not redefine a shared name.

Words and spaces:

``{sp}``
    The space between two words of a phrase: one to three white-space characters, as :func:`any_of` writes it.
``{skip_short_words:N}``, ``{skip_words:N}``, ``{skip_long_words:N}``
    Up to ``N`` words of at most 6, 10 or 12 letters, each followed by one white-space character (atomic
    steps: "deducted {skip_words:3}from").
``{opt_short_word}``, ``{opt_word}``, ``{opt_long_word}``
    At most one such word (of at most 6, 10 or 12 letters) and its space; the same matches as the skip at
    ``N`` = 1, written with ``?``.
``{one_word}``
    One word of at most 12 letters and the one white-space character after it (not atomic; may be repeated,
    ``{one_word}{0,3}``).
``{loose_word}``
    One word of at most 15 letters and the ``{sp}`` after it (not atomic; ``{loose_word}{0,2}``).
``{sentence_span:N}``
    Up to ``N`` words within one sentence (separators of up to 8 characters without a full stop, "!", "?" or a
    line break; words of up to 30 letters): a cheap, bounded stand-in for "anywhere later in the sentence".
"""


def phrases(*words: str) -> str:
    r""":func:`any_of` written as a template, with ``{sp}`` between the words of a phrase.

    Parameters
    ----------
    *words : str
        Literal words or phrases, as for :func:`any_of`.

    Returns
    -------
    str
        A template for a :class:`Vocabulary` that extends :data:`SHARED`; expanded, it is exactly
        ``any_of(*words)``.

    Examples
    --------
    >>> phrases("pay pal", "bank")
    '\\b(?:pay{sp}pal|bank)\\b'
    >>> SHARED.expand(phrases("pay pal", "bank")) == any_of("pay pal", "bank")
    True
    """
    return any_of(*words).replace(r"\s{1,3}", "{sp}")


def near_template(first: str, second: str, words: int) -> str:
    """A template: ``first`` followed by ``second`` within ``words`` words on the same line.

    Parameters
    ----------
    first, second : str
        Regular expressions or templates (each is put in a non-capturing group).
    words : int
        The most words between them (the gap ``{gap:words}``).

    Returns
    -------
    str
        A template; expanded with :data:`SHARED`, the same as :func:`near` ``(first, second, words)`` with both
        parts expanded.

    Examples
    --------
    >>> near_template("{sp}a", "b", 2)
    '(?:{sp}a){gap:2}(?:b)'
    >>> SHARED.expand(near_template("a", "b", 2)) == near("a", "b", 2)
    True
    """
    return f"(?:{first}){{gap:{words}}}(?:{second})"
