"""The pattern vocabulary every rule is written in: gaps, proximity, alternation, negation and warnings.

Category modules import their building blocks from here (and the rule type from
:mod:`.base`), never from each other. Everything here is bounded: no helper
produces an unbounded repetition, so no pattern built from them can backtrack
catastrophically.

Gaps and proximity
    :data:`GAP` (words on one line), :data:`GAP_ATOMIC` (the same with atomic
    steps), :data:`GAP_NO_NEG` (no negator among the skipped words),
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
"""

from __future__ import annotations

import regex

__all__ = [
    "GAP", "GAP_ATOMIC", "GAP_LINES", "GAP_NO_NEG", "NEGATORS", "NEG_TOKEN", "SCAM_WARNINGS", "LAW_WARNINGS",
    "HOME", "HOME_STRICT", "EASE", "any_of", "trie_any_of", "near", "near_atomic", "near_pos", "near_lines",
    "clause_gap", "negated", "warnings",
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


def warnings(*extra: str, base: tuple[str, ...] = SCAM_WARNINGS, without: tuple[str, ...] = (),
             trie: bool = False) -> str:
    """A category's warning pattern: ``base`` words plus its own ``extra`` words, less ``without``.

    >>> import regex; bool(regex.search(warnings("too good to be true"), "beware of this"))
    True
    """
    words = [w for w in (*base, *extra) if w not in without]
    return trie_any_of(*words) if trie else any_of(*words)


# -- the negation check every negatable rule runs -----------------------------------------------------

_NEG_BEFORE = regex.compile(
    r"(?:\b(?:never|not|n't|without|cannot|can't|won't|don't|doesn't|didn't|isn't|aren't|wont|dont|doesnt"
    r"|nor|neither|zero|free of|exempt from|instead of|unable to|no longer)\b(?:\W{1,3}\w{1,20}){0,6}"
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
