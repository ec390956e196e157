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

import threading
import unicodedata
from dataclasses import dataclass

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
_READ = 20_000  # characters read from the start of a post: bounded cost on huge posts  # characters read from the start of a post: enough to tell, bounded cost on huge posts

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

                _IDENTIFIER.append(LanguageIdentifier.from_model_file(MODEL_FILE, norm_probs=True))
    return _IDENTIFIER[0]


def _letters(text: str) -> int:
    return sum(1 for ch in text if unicodedata.category(ch).startswith("L"))


def detect_language(text: str) -> LanguageGuess | None:
    """Guess the language of ``text``; ``None`` when it has too few letters to tell.

    Deterministic and thread-safe (the detector holds no state between calls).
    """
    # read each distinct word once (at most 30 letters of it): padding by repetition cannot steer the guess
    words = list(dict.fromkeys(w[:30] for w in _WORD.findall(text[:_READ].lower())))
    sample = " ".join(words)[:_SAMPLE]
    if _letters(sample) < MIN_LETTERS or len(words) < MIN_WORDS:
        return None  # too little, or no language at all ("aaaa...", one word repeated)
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
