"""Normalise attacker-controlled text in one pass, keeping a map back to the original.

Scammers hide red-flag words from filters: ``Ｔｅｌｅｇｒａｍ`` (full-width),
``Теlеgrаm`` (Cyrillic letters), ``T e l e g r a m`` (letter-spaced),
``t3l3gr4m`` (leetspeak), zero-width characters inside words, emoji for words.
:func:`normalize` undoes these and returns the normalised text together with
an index that maps every normalised character back to the position of the
original character it came from, so that evidence found in the normalised
text is reported as an exact slice of what the caller passed.

Every stage is linear in the length of the text: per-character work is done
only for non-ASCII characters (cached), and every regular expression has
bounded repetition.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass
from functools import lru_cache

import numpy as np
import regex

from .hinted import hinted_matches

__all__ = ["NormalizedText", "normalize"]

# Characters that render as nothing (or as blank) and are used to split words.
_INVISIBLE = frozenset(
    "\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180e\u200b\u200c\u200d\u200e\u200f"
    "\u202a\u202b\u202c\u202d\u202e\u2060\u2061\u2062\u2063\u2064\u2066\u2067\u2068\u2069"
    "\u206a\u206b\u206c\u206d\u206e\u206f\u2800\u3164\ufeff\uffa0"
)

# Emoji used in place of words in recruitment spam.
_EMOJI_WORDS = {
    "\U0001f4de": "phone", "\u260e": "phone", "\U0001f4f1": "phone", "\U0001f4f2": "phone",
    "\U0001f4b0": "money", "\U0001f4b5": "money", "\U0001f4b8": "money", "\U0001f911": "money",
    "\U0001f4b2": "dollar", "\U0001f4b6": "money", "\U0001f4b7": "money", "\U0001f4b4": "money",
    "\u2708": "travel", "\U0001f6eb": "travel", "\U0001f6ec": "travel", "\U0001f6c2": "passport",
    "\U0001f4e7": "email", "\u2709": "email", "\U0001f4e9": "email", "\U0001f4ac": "chat",
    "\U0001f4b3": "card", "\U0001f3e0": "home", "\U0001f3e1": "home", "\U0001f4bb": "laptop",
    "\U0001f51e": "adults only", "\U0001f48b": "kiss", "\U0001f351": "sexy", "\U0001f346": "sexy",
    "\U0001fa99": "coin", "\u20bf": "bitcoin", "\U0001f92b": "secret", "\U0001f910": "secret",
    "\U0001f440": "look", "\u23f0": "hurry", "\u23f3": "hurry", "\U0001f525": "hot",
    "\U0001f476": "child", "\U0001f467": "girl", "\U0001f466": "boy", "\U0001f46d": "girls",
}

# Latin look-alikes in Cyrillic, Greek and a few other scripts (lower case after folding).
_HOMOGLYPHS = str.maketrans({
    # Cyrillic
    "а": "a", "в": "b", "е": "e", "ё": "e", "к": "k", "м": "m", "н": "h", "о": "o", "р": "p",
    "с": "c", "т": "t", "у": "y", "х": "x", "ѕ": "s", "і": "i", "ї": "i", "ј": "j", "һ": "h",
    "ԁ": "d", "ԛ": "q", "ԝ": "w", "ӏ": "l", "ɡ": "g", "ь": "b", "п": "n", "г": "r", "д": "d",
    "л": "n", "и": "u", "з": "3", "ч": "4", "ѵ": "v", "ү": "y", "ө": "o",
    # Greek
    "α": "a", "β": "b", "γ": "y", "δ": "d", "ε": "e", "ζ": "z", "η": "n", "ι": "i", "κ": "k",
    "μ": "u", "ν": "v", "ο": "o", "ρ": "p", "σ": "o", "ς": "c", "τ": "t", "υ": "u", "χ": "x",
    "ω": "w", "ϲ": "c", "ϳ": "j", "ϵ": "e",
    # Others often seen in spoofing
    "ı": "i", "ɑ": "a", "ɩ": "i", "ʀ": "r", "ꜱ": "s", "ᴀ": "a", "ᴄ": "c", "ᴅ": "d", "ᴇ": "e",
    "ɢ": "g", "ʜ": "h", "ɪ": "i", "ᴊ": "j", "ᴋ": "k", "ʟ": "l", "ᴍ": "m", "ɴ": "n", "ᴏ": "o",
    "ᴘ": "p", "ᴛ": "t", "ᴜ": "u", "ᴠ": "v", "ᴡ": "w", "ʏ": "y", "ᴢ": "z",
})
_HOMOGLYPH_KEYS = frozenset(chr(k) for k in _HOMOGLYPHS)

_LEET = {"0": "o", "1": "i", "3": "e", "4": "a", "5": "s", "7": "t", "@": "a", "$": "s", "!": "i", "|": "l"}

_ASCII_CONTROL = str.maketrans({c: " " for c in [*map(chr, range(0, 9)), "\x0b", "\x0c", *map(chr, range(14, 32)), "\x7f"]})
_CONFUSABLE_SCRIPT = regex.compile(r"[\p{Cyrillic}\p{Greek}\u0131\u0251\u0269\u0280\ua731\u1d00-\u1d22\u0262\u029c\u026a\u029f\u0274\u028f]")
_LOOKALIKE_CLASS = "[" + regex.escape("".join(sorted(_HOMOGLYPH_KEYS))) + "]"
_SPOOFABLE_CLASS = "[a-z0-9" + _LOOKALIKE_CLASS[1:]
_LOOKALIKE = re.compile(_LOOKALIKE_CLASS)
_SPOOFABLE_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789") | _HOMOGLYPH_KEYS
_CONFUSABLE_RUN = regex.compile(r"[\p{Cyrillic}\p{Greek}]+")
# A word of Latin letters, digits and look-alikes holding at least one look-alike.
_SPOOF_TOKEN_LATIN = regex.compile(
    r"(?<!\w)" + _SPOOFABLE_CLASS + "{0,40}" + _LOOKALIKE_CLASS + _SPOOFABLE_CLASS + r"{0,40}(?!\w)")
# A word mixing Latin letters and look-alikes, or of three or more look-alikes only.
_SPOOF_TOKEN_OTHER = regex.compile(
    r"(?<!\w)(?:(?=\w{0,80}[a-z])(?=\w{0,80}" + _LOOKALIKE_CLASS + ")" + _SPOOFABLE_CLASS + "{1,80}"
    r"|[0-9" + _LOOKALIKE_CLASS[1:] + r"{3,80})(?!\w)")
# Four or more single letters/digits separated by 1-3 spacing characters: "t e l e g r a m", "w.h.a.t.s".
_LETTER_SPACED_SOURCE = r"(?<![a-z0-9])(?:[a-z0-9][ .\-_*|/'\u2019\u00b7\u2022]{1,3}){3,60}[a-z0-9](?![a-z0-9])"
_LETTER_SPACED = re.compile(_LETTER_SPACED_SOURCE)
"""Plain characters only, so ``re`` finds what ``regex`` finds (and about three times faster)."""
_SPACING_CHARS = regex.compile(r"[ .\-_*|/'\u2019\u00b7\u2022]{1,3}")
# A digit between letters is leetspeak ("t3l3gr4m"), but not inside an amount like "n5k" or "rs50m".
_LEET_INNER = regex.compile(r"(?<=[a-z])(?:[013457$!|]{1,2}|@(?![a-z0-9-]{1,63}\.[a-z]))(?=[a-z])")
_AMOUNT_TOKEN = regex.compile(r"(?<![a-z0-9])(?:n|ngn|rs|inr|ksh|kes|php|usd|gbp|eur|aed|sar|zar|r|p)[0-9]{1,4}[km](?![a-z0-9])")
_AMOUNT_HINT = regex.compile(r"[0-9][km]")
_CONTACT_MARKS = np.zeros(128, dtype=bool)
_CONTACT_MARKS[[ord(c) for c in "@#/:=&?%"]] = True
"""Characters that make a token (a run without white space) a handle, e-mail address, URL or masked token."""
_SPACES = np.zeros(128, dtype=bool)
_SPACES[[9, 10, 11, 12, 13, 32]] = True
_WHITESPACE_RUN = regex.compile(r"\s{2,}|[\t\r\f\v\u0085]")


@dataclass(frozen=True)
class NormalizedText:
    """Normalised text and the map back to the original.

    Attributes
    ----------
    original : str
        The caller's text.
    text : str
        Fully normalised text (lower case, folded, de-obfuscated, single spaces).
    index : numpy.ndarray
        ``index[i]`` is the position in ``original`` of the character that
        produced ``text[i]``.
    base_text, base_index :
        The text after character folding and homoglyph repair only (before
        letter-spacing, leetspeak and whitespace repair); contacts are read
        from it because e-mail addresses and URLs must keep their punctuation.
    """

    original: str
    text: str
    index: np.ndarray
    base_text: str
    base_index: np.ndarray

    def span(self, start: int, end: int, *, base: bool = False) -> tuple[int, int]:
        """Map a normalised span ``[start, end)`` back to an original span."""
        index = self.base_index if base else self.index
        if end <= start or start >= len(index):
            pos = int(index[start]) if start < len(index) else len(self.original)
            return pos, pos
        return int(index[start]), int(index[min(end, len(index)) - 1]) + 1


@lru_cache(maxsize=16384)
def _fold_char(ch: str) -> str:
    """Fold one non-ASCII character: NFKC, accents off, lower case, invisibles out, digits of any script to ASCII."""
    if ch in _INVISIBLE:
        return ""
    word = _EMOJI_WORDS.get(ch)
    if word is not None:
        return f" {word} "
    category = unicodedata.category(ch)
    if category in ("Cf", "Mn", "Me"):
        return ""
    if category in ("Cs", "Cc", "Co", "Cn"):
        return " "
    if category == "Zl" or category == "Zp":
        return "\n"
    if category == "Zs":
        return " "
    if category == "Nd":  # a digit of another script ("٠٥٥١٢٣٤٥٦٧", "५००"): NFKC keeps it, the rules read ASCII ones
        return str(unicodedata.decimal(ch))
    folded = unicodedata.normalize("NFKC", ch).lower()
    decomposed = unicodedata.normalize("NFKD", folded)
    if any(unicodedata.combining(c) for c in decomposed):
        folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    # NFKC can produce invisible or control characters (e.g. from compatibility forms).
    return "".join(c if c.isprintable() or c == "\n" else " " for c in folded if c not in _INVISIBLE)


class _FoldTable(dict):
    """``str.translate`` table: ASCII pre-filled, other characters folded on first sight."""

    def __missing__(self, code: int) -> str:
        rep = _fold_char(chr(code))
        if len(self) < 200_000:  # bounded: attacker text can hold up to 1.1M distinct code points
            self[code] = rep
        return rep


_FOLD_TABLE = _FoldTable({c: chr(c).lower() for c in range(128)})
_FOLD_TABLE.update(_ASCII_CONTROL)


_ASCII_CONTROLS = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")
_NON_ASCII_RUNS = re.compile(r"([^\x00-\x7f]+)")
_MAX_RUNS = 64
"""Runs of non-ASCII characters up to which ASCII stretches are folded apart (lower-cased at C speed); a long
text allows one per :data:`_CHARS_PER_RUN` characters (a text in another script, a run per word, is faster to
fold character by character)."""
_CHARS_PER_RUN = 32


def _fold_ascii(piece: str) -> str:
    """What the fold table makes of ASCII text: lower case, control characters as spaces."""
    lowered = piece.lower()
    return lowered.translate(_FOLD_TABLE) if _ASCII_CONTROLS.search(lowered) else lowered


def _fold(text: str) -> tuple[str, np.ndarray]:
    """Stage 1: per-character folding with an index map."""
    if text.isascii():
        return _fold_ascii(text), np.arange(len(text), dtype=np.int64)
    parts = _NON_ASCII_RUNS.split(text)  # ASCII stretches and runs of other characters, alternately
    others = parts[1::2]
    if len(others) <= max(_MAX_RUNS, len(text) // _CHARS_PER_RUN):
        parts[0::2] = map(_fold_ascii, parts[0::2])
        parts[1::2] = [run.translate(_FOLD_TABLE) for run in others]
        folded = "".join(parts)
    else:
        folded = text.translate(_FOLD_TABLE)
    if len(folded) == len(text) and all(len(_FOLD_TABLE[ord(ch)]) == 1 for ch in set("".join(others))):
        return folded, np.arange(len(text), dtype=np.int64)  # every character folds to one: the index is 1:1
    codes = np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32)
    others = np.flatnonzero(codes >= 128)  # an ASCII character folds to one character
    uniques, inverse = np.unique(codes[others], return_inverse=True)
    unique_lens = np.fromiter((len(_FOLD_TABLE[int(c)]) for c in uniques), dtype=np.int64, count=len(uniques))
    if (unique_lens == 1).all():
        return folded, np.arange(len(text), dtype=np.int64)
    lens = np.ones(len(text), dtype=np.int64)
    lens[others] = unique_lens[inverse]
    return folded, np.repeat(np.arange(len(text), dtype=np.int64), lens)


def _repair_homoglyphs(text: str) -> str:
    """Stage 2: map Cyrillic/Greek look-alikes to Latin inside spoofed words (1:1).

    In a mostly-Latin post every word made of Latin letters, digits and look-alikes
    is repaired, even a one-letter "а"; in a Cyrillic or Greek post only words that
    mix scripts, and look-alike-only words of three or more letters, are.
    """
    if text.isascii() or not _CONFUSABLE_SCRIPT.search(text):
        return text
    confusable = len(text) - len(_CONFUSABLE_RUN.sub("", text))
    latin_majority = len(text.encode("ascii", "ignore")) > 3 * confusable
    if not latin_majority:
        return _SPOOF_TOKEN_OTHER.sub(lambda m: m.group().translate(_HOMOGLYPHS), text)
    pieces, last = [], 0
    for m in _latin_spoofs(text):
        pieces += (text[last:m.start()], m.group().translate(_HOMOGLYPHS))
        last = m.end()
    pieces.append(text[last:])
    return "".join(pieces)


def _latin_spoofs(text: str):
    """The matches of ``_SPOOF_TOKEN_LATIN.finditer(text)``, tried only where one can start.

    A match holds a look-alike within 40 characters of its start, and starts where a run of Latin letters,
    digits and look-alikes starts (after no word character). So the next match at or after ``pos`` can only
    start at the start of the run that holds the first look-alike there (if that is at most 40 back); when
    there is none, no match starts before that look-alike.
    """
    return hinted_matches(text, _LOOKALIKE, _SPOOFABLE_CHARS, 40,
                          lambda start, at: _SPOOF_TOKEN_LATIN.match(text, start))


def _to_codes(text: str) -> np.ndarray:
    return np.frombuffer(text.encode("utf-32-le", "surrogatepass"), dtype=np.uint32).copy()


def _from_codes(codes: np.ndarray) -> str:
    return codes.tobytes().decode("utf-32-le", "surrogatepass")


def _match_spans(pattern: re.Pattern | regex.Pattern, text: str) -> tuple[np.ndarray, np.ndarray]:
    spans = [m.span() for m in pattern.finditer(text)]
    if not spans:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty
    arr = np.asarray(spans, dtype=np.int64)
    return arr[:, 0], arr[:, 1]


def _inside(starts: np.ndarray, ends: np.ndarray, length: int) -> np.ndarray:
    """Boolean mask of the positions covered by non-overlapping spans."""
    delta = np.zeros(length + 1, dtype=np.int32)
    delta[starts] += 1
    delta[ends] -= 1
    return np.cumsum(delta[:-1]) > 0


_ALNUM_ASCII = np.zeros(128, dtype=bool)
_ALNUM_ASCII[[ord(c) for c in "abcdefghijklmnopqrstuvwxyz0123456789"]] = True
_LEET_CODES = {ord(k): ord(v) for k, v in _LEET.items()}


def _in_ascii_class(table: np.ndarray, codes: np.ndarray) -> np.ndarray:
    """Which ``codes`` are ASCII characters marked in ``table`` (128 flags); any other character is not."""
    small = codes < 128
    out = np.zeros(len(codes), dtype=bool)
    out[small] = table[codes[small]]
    return out


def _is_ascii_alnum(codes: np.ndarray) -> np.ndarray:
    return _in_ascii_class(_ALNUM_ASCII, codes)


def _join_letter_spacing(text: str, codes: np.ndarray, index: np.ndarray):
    """Stage 3: "t e l e g r a m" -> "telegram" (spacing characters dropped)."""
    starts, ends = _match_spans(_LETTER_SPACED, text)
    if not len(starts):
        return text, codes, index
    drop = _inside(starts, ends, len(codes)) & ~_is_ascii_alnum(codes)
    # Two or more spaces between letter groups are a word break: keep one of them.
    space = codes == 32
    word_break = space & np.concatenate((space[1:], [False])) & np.concatenate(([True], ~space[:-1]))
    drop &= ~word_break
    keep = ~drop
    codes, index = codes[keep], index[keep]
    return _from_codes(codes), codes, index


def _split_underscores(text: str, codes: np.ndarray):
    """Stage 2b: underscores -> spaces in tokens that are words ("pay the _49 usd registration fee_",
    "easy_job_from_home"), one for one, so offsets hold. ``\\b`` read "_fee" as no word "fee": the fee rules, and
    every rule on a word tied with underscores, missed them.

    A token (a run without white space) keeps its underscores when it holds a mark of a handle, e-mail address, URL
    or masked token (``@ # / : = & ? %``) or a full stop followed by a letter or digit (``@hr_kate``,
    ``john_doe@example.com``, ``t.me/hr_kate``, ``#URL_...``, ``read_me.txt``). Vectorised: a regular expression
    that tried every word start cost 20 ms on a hostile megabyte.
    """
    if "_" not in text:
        return text, codes
    token = np.cumsum(_in_ascii_class(_SPACES, codes))  # the same number along a token
    marked = _in_ascii_class(_CONTACT_MARKS, codes)
    dot = codes == 46
    marked[:-1] |= dot[:-1] & _is_ascii_alnum(codes[1:])
    contact = np.bincount(token, weights=marked, minlength=int(token[-1]) + 1) > 0
    tied = (codes == 95) & ~contact[token]
    if not tied.any():
        return text, codes
    codes = codes.copy()
    codes[tied] = 32
    return _from_codes(codes), codes


def _undo_leetspeak(text: str, codes: np.ndarray):
    """Stage 4: "t3l3gr4m" -> "telegram" (1:1 substitutions between letters)."""
    inner = list(_LEET_INNER.finditer(text))
    # an amount needs a digit and then k or m: without one, none is there to spare
    in_amount = _inside(*_match_spans(_AMOUNT_TOKEN, text), len(text)) \
        if inner and _AMOUNT_HINT.search(text) else None
    # (a mask, not a search of the amounts for each substitution: "usd5k " repeated holds as many of each, and
    # that search cost 6 s for 100,000 characters)
    positions = [m.start() + k for m in inner for k in range(len(m.group()))
                 if in_amount is None or not in_amount[m.start()]]
    if not positions:
        return text, codes
    pos = np.asarray(positions, dtype=np.int64)
    codes = codes.copy()
    codes[pos] = [_LEET_CODES[int(c)] for c in codes[pos]]
    return _from_codes(codes), codes


def _collapse_whitespace(text: str, codes: np.ndarray, index: np.ndarray):
    """Stage 5: runs of white space -> one space (or one newline if the run held one)."""
    starts, ends = _match_spans(_WHITESPACE_RUN, text)
    if not len(starts):
        return text, index
    codes = codes.copy()
    inside = _inside(starts, ends, len(codes))
    newline_cum = np.concatenate(([0], np.cumsum(codes == 10)))
    has_newline = (newline_cum[ends] - newline_cum[starts]) > 0
    codes[starts] = np.where(has_newline, 10, 32)
    keep = ~inside
    keep[starts] = True
    codes, index = codes[keep], index[keep]
    return _from_codes(codes), index


def normalize(text: str) -> NormalizedText:
    """Normalise ``text`` for matching, keeping a map back to it.

    Parameters
    ----------
    text : str
        Any string, including empty strings, lone surrogates and control characters.

    Returns
    -------
    NormalizedText
        The normalised text with its index map.

    Examples
    --------
    >>> n = normalize("Msg me on T e l e g r a m")
    >>> n.text
    'msg me on telegram'
    >>> start = n.text.index("telegram")
    >>> a, b = n.span(start, start + len("telegram"))
    >>> n.original[a:b]
    'T e l e g r a m'
    """
    folded, index = _fold(text)
    base_text = _repair_homoglyphs(folded)
    codes = _to_codes(base_text)
    spaced, codes = _split_underscores(base_text, codes)
    out, codes, out_index = _join_letter_spacing(spaced, codes, index)
    out, codes = _undo_leetspeak(out, codes)
    out, out_index = _collapse_whitespace(out, codes, out_index)
    return NormalizedText(original=text, text=out, index=out_index, base_text=base_text, base_index=index)
