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
import threading
import unicodedata
from dataclasses import dataclass
from operator import itemgetter

import regex

__all__ = ["LanguageGuess", "detect_language", "MIN_LETTERS", "MAX_ENGLISH_PROBABILITY", "SUPPORTED_LANGUAGES"]

SUPPORTED_LANGUAGES = frozenset({"en"})
"""Languages the rules and the classifier read."""
MIN_LETTERS = 20
"""Fewer letters than this: too little to tell the language (``None``)."""
MAX_ENGLISH_PROBABILITY = 0.05
"""A post is unsupported only when English is this unlikely."""
MIN_WORDS = 3
"""Fewer distinct words than this: not enough language to tell (``None``)."""
_WORD = regex.compile(r"[^\W\d_]{2,}")
_SAMPLE = 2000
_READ = 20_000  # characters read from the start of a post: enough to tell, bounded cost on huge posts

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

    The features are counted by py3langid's own walk; the weight rows of the features
    found are widened from float16 to float32 through a lookup table (the values
    numpy's cast gives, at a third of its cost) before the same dot product.
    ``tests/test_language.py`` checks that the ranking equals py3langid's own on data
    and generated text.
    """

    def __init__(self, identifier, visit_counts) -> None:
        import numpy as np

        self._identifier = identifier
        self._visit_counts = visit_counts
        self._table_bits = identifier.nb_ptc.view(np.uint16)
        self._widen = np.arange(1 << 16, dtype=np.uint32).astype(np.uint16).view(np.float16).astype(np.float32)

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
                or getattr(identifier.nb_ptc, "dtype", None) != np.float16):
            return identifier
        return cls(identifier, visit_counts)

    def rank(self, text: str) -> list[tuple[str, float]]:
        """All languages by probability, best first (as ``LanguageIdentifier.rank`` with ``norm_probs``)."""
        import numpy as np

        ident = self._identifier
        data = ident._encode(text)
        visits = self._visit_counts(ident.tk_nextmove, ident._rowbase, ident.tk_output, data)
        if visits:
            idx = np.fromiter(visits.keys(), dtype=np.intp, count=len(visits))
            counts = np.fromiter(visits.values(), dtype=np.float32, count=len(visits))
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
        merged: dict[str, float] = {}
        for lang, score in zip(ident.nb_classes, scores.tolist(), strict=True):
            merged.setdefault(lang, score)
        return sorted(merged.items(), key=itemgetter(1), reverse=True)


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def _sample_letters(sample: str) -> int:
    """Letters in a sample of words joined by spaces: in ASCII, every other character is one."""
    return len(sample) - sample.count(" ") if sample.isascii() else _letters(sample)


def detect_language(text: str) -> LanguageGuess | None:
    """Guess the language of ``text``; ``None`` when it has too few letters to tell.

    Deterministic and thread-safe (the detector holds no state between calls).
    """
    # read each distinct word once (at most 30 letters of it): padding by repetition cannot steer the guess
    words = list(dict.fromkeys(w[:30] for w in _WORD.findall(text[:_READ].lower())))
    if len(words) < MIN_WORDS:
        return None  # no language at all ("aaaa...", one word repeated)
    sample = " ".join(words)[:_SAMPLE]
    if _sample_letters(sample) < MIN_LETTERS:
        return None  # too little to tell
    ranked = _identifier().rank(sample)
    code, probability = ranked[0]
    english = next((float(p) for c, p in ranked if c == "en"), 0.0)
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
