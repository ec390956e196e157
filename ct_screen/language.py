"""Which language a post is written in, so the library can say when it cannot read it.

The rules and the classifier read English. A post in another language is
still screened by what applies whatever the language (contacts, messenger
handles, amounts), but the classifier's probability means nothing there, and
the result says so with a ``CTN110`` notice naming the detected language.

Detection uses py3langid (a maintained fork of langid.py, naive Bayes over
byte n-grams, 97 languages). Its model ships inside the package as a NumPy
archive read with ``allow_pickle=False``: no network, no code run when it is
read. It is loaded on the first post long enough to judge (about 0.4 s once).
A post is called non-English only when the detector gives English less than
:data:`MAX_ENGLISH_PROBABILITY` on at least :data:`MIN_LETTERS` letters, so a
short or mixed English post is never taken out of the classifier's hands.
"""

from __future__ import annotations

import math
import re
import threading
import unicodedata
from dataclasses import dataclass
from operator import itemgetter

import regex

from .alike import reads_alike

__all__ = ["LanguageGuess", "detect_language", "WORD", "MIN_LETTERS", "MAX_ENGLISH_PROBABILITY", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = frozenset({"en"})
"""Languages the rules and the classifier read."""
MIN_LETTERS = 20
"""Fewer letters than this: too little to tell the language (``None``)."""
MAX_ENGLISH_PROBABILITY = 0.05
"""A post is unsupported only when English is this unlikely."""
MIN_WORDS = 3
"""Fewer distinct words than this: not enough language to tell (``None``)."""
WORD = regex.compile(r"[^\W\d_]{2,}")
"""A word: two or more letters (what the language guess reads, and what counts as text to read)."""
_WORD_RE = re.compile(WORD.pattern)
r"""The same pattern for Python's ``re``: the same words in a text :func:`~ct_screen.alike.reads_alike` (its
``[^\W\d_]`` is one of the classes checked there), found in about half the time (0.045 vs 0.08 ms on a 2 KB post)."""
_SAMPLE = 2000
_READ = 20_000  # characters read from the start of a post: enough to tell, bounded cost on huge posts

_WALK_WINDOW = 6
"""Bytes read to find the language detector's automaton state at a position (its longest path of states)."""

_LOCK = threading.Lock()
_IDENTIFIER: list = []


@dataclass(frozen=True)
class LanguageGuess:
    """The detected language of a post.

    Attributes
    ----------
    code : str
        ISO 639-1 code (``"fr"``, ``"th"`` ...).
    probability : float
        The detector's probability for ``code``.
    english : float
        The detector's probability for English.
    """

    code: str
    probability: float
    english: float

    @property
    def supported(self) -> bool:
        """True when the rules and classifier read this post."""
        return self.code in SUPPORTED_LANGUAGES or self.english >= MAX_ENGLISH_PROBABILITY

    @property
    def name(self) -> str:
        """The language's English name where known, else its code."""
        return _NAMES.get(self.code, self.code)


def _identifier():
    if not _IDENTIFIER:
        with _LOCK:
            if not _IDENTIFIER:
                from py3langid.langid import MODEL_FILE, LanguageIdentifier

                _IDENTIFIER.append(_FastRanker.wrap(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True)))
    return _IDENTIFIER[0]


class _FastRanker:
    """py3langid's ``rank`` with the same arithmetic, its float16 weights widened faster.

    The features are the states of py3langid's byte automaton, walked for all positions
    at once (:meth:`_features`; py3langid's own walk where that does not settle) and
    counted in the order py3langid counts them; the weight rows of the features found
    are widened from float16 to float32 through a lookup table (the values numpy's cast
    gives, at a third of its cost) before the same dot product.
    ``tests/test_language.py`` checks that the ranking equals py3langid's own on data
    and generated text.
    """

    def __init__(self, identifier, visit_counts) -> None:
        import numpy as np

        self._identifier = identifier
        self._visit_counts = visit_counts
        self._table_bits = identifier.nb_ptc.view(np.uint16)
        self._widen = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)
        self._nextmove = np.frombuffer(identifier.tk_nextmove, dtype=np.uint32)
        self._rowbase = np.asarray(identifier._rowbase, dtype=np.int64)
        self._output = np.asarray(identifier.tk_output, dtype=np.int64)
        columns: dict[str, int] = {}
        for i, lang in enumerate(identifier.nb_classes):
            columns.setdefault(lang, i)
        self._labels = list(columns)
        """Each language once, in the model's order; :attr:`_firsts` holds the column whose score it keeps."""
        self._firsts = np.fromiter(columns.values(), dtype=np.intp, count=len(columns))
        self._english = self._labels.index("en") if "en" in columns else None

    def _features(self, data: bytes):
        """``(feature ids, counts)`` as py3langid's ``visit_counts`` gives them (first seen first), or ``None``.

        The automaton's state after byte ``i`` depends on few bytes before it (py3langid's features are short
        byte strings), so the state is found for every position at once: the state reached from the start
        state by the :data:`_WALK_WINDOW` bytes that end there. Those states are then checked to be the walk's
        own, ``state[i] == next(state[i - 1], byte[i])`` at every ``i``; if any is not, ``None`` (walk it).
        """
        import numpy as np

        codes = np.frombuffer(data, dtype=np.uint8)
        n = len(codes)
        nextmove, rowbase = self._nextmove, self._rowbase
        states = np.zeros(n, dtype=np.int64)
        for lag in range(min(_WALK_WINDOW, n) - 1, -1, -1):  # the byte `lag` places before each end, oldest first
            states[lag:] = nextmove[rowbase[states[lag:]] + codes[: n - lag]]
        before = np.zeros(n, dtype=np.int64)
        before[1:] = states[:-1]
        if not np.array_equal(nextmove[rowbase[before] + codes], states):
            return None
        found = self._output[states]
        found = found[found >= 0]
        ids, first, counts = np.unique(found, return_index=True, return_counts=True)
        order = np.argsort(first)
        return ids[order], counts[order].astype(np.float32)

    @classmethod
    def wrap(cls, identifier):
        """A fast ranker over ``identifier``, or ``identifier`` itself where its internals are not the known ones."""
        import numpy as np

        try:
            from py3langid.langid import visit_counts
        except ImportError:
            return identifier
        needed = ("tk_nextmove", "_rowbase", "tk_output", "nb_ptc", "nb_pc", "nb_classes", "_alias_pairs", "_encode")
        if (not all(hasattr(identifier, name) for name in needed) or not getattr(identifier, "_norm_probs", False)
                or getattr(identifier.nb_ptc, "dtype", None) != np.float16
                or getattr(identifier.tk_nextmove, "itemsize", None) != 4):
            return identifier
        return cls(identifier, visit_counts)

    def rank(self, text: str) -> list[tuple[str, float]]:
        """All languages by probability, best first (as ``LanguageIdentifier.rank`` with ``norm_probs``)."""
        scores = self._scores(text)[self._firsts]
        return sorted(zip(self._labels, scores.tolist(), strict=True), key=itemgetter(1), reverse=True)

    def best_and_english(self, text: str) -> tuple[str, float, float]:
        """``(code, probability)`` of :meth:`rank`'s first entry, and English's probability (0.0 if unknown),
        without ranking them all: the first language (in the model's order) with the highest probability is
        the one a stable sort puts first."""
        import numpy as np

        scores = self._scores(text)[self._firsts]
        if np.isnan(scores).any():  # no order to take a maximum in: as rank() orders them
            return _from_ranking(self.rank(text))
        best = int(np.argmax(scores))
        english = float(scores[self._english]) if self._english is not None else 0.0
        return self._labels[best], float(scores[best]), english

    def _scores(self, text: str):
        """Each column's probability, as py3langid computes them (aliases folded into their first column)."""
        import numpy as np

        ident = self._identifier
        data = ident._encode(text)
        found = self._features(data)
        if found is None:
            visits = self._visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data) or {}
            found = (np.fromiter(visits.keys(), dtype=np.intp, count=len(visits)),
                     np.fromiter(visits.values(), dtype=np.float32, count=len(visits)))
        idx, counts = found
        if len(idx):
            rows = np.take(self._widen, np.take(self._table_bits, idx, axis=0))
            scores = np.log1p(counts) @ rows + ident.nb_pc
        else:
            scores = np.full(len(ident.nb_classes), 0.0, dtype=np.float32)
        scores *= 1.0 / math.sqrt(len(data) or 1)
        np.exp(scores - scores.max(), out=scores)
        scores /= scores.sum()
        for i, j in ident._alias_pairs:
            scores[i] += scores[j]
            scores[j] = 0.0
        return scores


def _from_ranking(ranked: list[tuple[str, float]]) -> tuple[str, float, float]:
    """The first language of a ranking with its probability, and English's probability (0.0 if absent)."""
    code, probability = ranked[0]
    return code, probability, next((float(p) for c, p in ranked if c == "en"), 0.0)


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def _sample_letters(sample: str) -> int:
    """Letters in a sample of words joined by spaces: in ASCII, every other character is one."""
    return len(sample) - sample.count(" ") if sample.isascii() else _letters(sample)


def _distinct_words(text: str) -> list[str]:
    """Each distinct word of the start of ``text`` once, at most 30 letters of it, in order of first sight:
    padding by repetition cannot steer the guess."""
    head = text[:_READ].lower()
    words = list(dict.fromkeys((_WORD_RE if reads_alike(head) else WORD).findall(head)))
    if max(map(len, words), default=0) > 30:
        words = list(dict.fromkeys(w[:30] for w in words))  # the same words, in the same order, as cut first
    return words


_ENGLISH_ONLY = frozenset(
    "the and you your with are our this that have from they would which their what been were about there should "
    "could these those when where how".split())
"""Frequent English words that are not words of another language the detector knows (no ``for``, ``will``,
``in``, ``to``, ``we``: Norwegian, German, Dutch and Polish have them)."""
_PLAINLY_ENGLISH_WORDS = 6
_PLAINLY_ENGLISH_SHARE = 30
"""At least one in this many of the distinct words sampled must be one of :data:`_ENGLISH_ONLY`."""


def reads_as_english(text: str) -> bool:
    """A cheap sure sign that the detector would find ``text`` readable: at least six distinct words of
    :data:`_ENGLISH_ONLY` among the words it would sample, one in thirty of them or more.

    ``False`` says nothing (ask :func:`detect_language`). On every post of the training files and their short
    views, ``True`` never met a post the detector calls unreadable (``tests/test_language.py``); it spares
    most English posts the detector's work (a quarter of a millisecond on a 2 KB post; 961 of 1,000 EMSCAD
    posts of 2 KB show the sign).
    """
    words = _distinct_words(text)
    english = sum(1 for w in words if w in _ENGLISH_ONLY)
    return english >= _PLAINLY_ENGLISH_WORDS and _PLAINLY_ENGLISH_SHARE * english >= len(words)


def detect_language(text: str) -> LanguageGuess | None:
    """Guess the language of ``text``; ``None`` when it has too few letters to tell.

    Deterministic and thread-safe (the detector holds no state between calls).
    """
    words = _distinct_words(text)
    if len(words) < MIN_WORDS:
        return None  # no language at all ("aaaa...", one word repeated)
    sample = " ".join(words)[:_SAMPLE]
    if _sample_letters(sample) < MIN_LETTERS:
        return None  # too little to tell
    ranker = _identifier()
    if isinstance(ranker, _FastRanker):
        code, probability, english = ranker.best_and_english(sample)
    else:
        code, probability, english = _from_ranking(ranker.rank(sample))
    if code == "zxx":  # "no linguistic content"
        return None
    return LanguageGuess(code=str(code), probability=float(probability), english=english)


_NAMES = {
    "ar": "Arabic", "bg": "Bulgarian", "bn": "Bengali", "cs": "Czech", "da": "Danish", "de": "German",
    "el": "Greek", "es": "Spanish", "et": "Estonian", "fa": "Persian", "fi": "Finnish", "fr": "French",
    "he": "Hebrew", "hi": "Hindi", "hr": "Croatian", "hu": "Hungarian", "id": "Indonesian", "it": "Italian",
    "ja": "Japanese", "ko": "Korean", "lt": "Lithuanian", "lv": "Latvian", "ms": "Malay", "nl": "Dutch",
    "no": "Norwegian", "pl": "Polish", "pt": "Portuguese", "ro": "Romanian", "ru": "Russian", "sk": "Slovak",
    "sl": "Slovenian", "sr": "Serbian", "sv": "Swedish", "sw": "Swahili", "th": "Thai", "tl": "Tagalog",
    "tr": "Turkish", "uk": "Ukrainian", "ur": "Urdu", "vi": "Vietnamese", "zh": "Chinese",
}
