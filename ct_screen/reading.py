"""What the classifier is given of a post, and whether it can judge it at all.

Three things keep the classifier's probability from meaning anything, and
each gets a notice instead of a silent guess:

- **warning context** (``CTN120``): sentences that warn about scams are blanked
  out of the classifier's text (same length, so offsets hold) and the rule hits
  inside them are discounted (see :mod:`ct_screen.context`);
- **too little text** (``CTN100``): fewer than :data:`MIN_WORDS` different words outside
  contacts and links (``""``, ``"12345"``, a lone URL, thirty money-bag emoji read as "money" thirty times),
  or a post that is mostly warning with fewer than
  :data:`MIN_WORDS_BESIDE_WARNING` words, and no way to reply, outside it;
- **a language it does not read** (``CTN110``, see :mod:`ct_screen.language`).

In the last two cases the post is judged by its rules alone: the fusion uses
the model's neutral probability instead of the classifier's.

The classifier reads the *normalised* text (:mod:`ct_screen.normalize`), as the rules do: case, width and
accents folded, look-alike letters from other scripts repaired, invisible characters dropped, spaced-out letters
joined and leetspeak undone. Written into a scam, any of these broke the classifier's words (a high score fell to
``low``, or the post read as another language); its term evidence is mapped back to the caller's text.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field, replace

import numpy as np

from .context import SpanIndex, has_reply_path
from .language import WORD, LanguageGuess, detect_language, reads_as_english
from .normalize import NormalizedText
from .notices import Notice
from .result import Contact

__all__ = ["ModelView", "model_view", "count_words", "MIN_WORDS", "MIN_WORDS_BESIDE_WARNING"]

MIN_WORDS = 4
"""Posts with fewer different words (outside contacts and links) are too short to judge."""
MIN_WORDS_BESIDE_WARNING = 12
"""A post that is mostly warning, with fewer words than this outside its warning (and no contact or call to reply
there), is too short to judge as well: what is left is the warning's own opening or closing line ("please delete
these messages", "share this with friends"), not an offer."""
_NAMING_SAMPLE = 20_000
"""Characters of the caller's text read to name the language of a post the classifier does not read."""


@dataclass(frozen=True)
class ModelView:
    """The classifier's input for one post, and what it could not read.

    Attributes
    ----------
    text : str
        The normalised post text with warning sentences (and the unread middle of a very long post) blanked,
        same length.
    contacts : tuple of Contact
        Contacts outside the blanked sentences, with offsets into ``text``.
    readable : bool
        False when the classifier cannot judge the post (too little text, a
        language it does not read).
    notices : tuple of Notice
        ``CTN100`` / ``CTN110`` notices explaining ``readable``.
    index : numpy.ndarray or None
        Where each character of ``text`` came from in the joined post text (``None``: the same place); see
        :meth:`to_post`.
    """

    text: str
    contacts: tuple[Contact, ...]
    readable: bool
    notices: tuple[Notice, ...] = ()
    index: np.ndarray | None = field(default=None, repr=False, compare=False)

    def to_post(self, start: int, end: int) -> tuple[int, int]:
        """The span of the joined post text that ``text[start:end]`` was read from."""
        if self.index is None or end <= start:
            return start, end
        return int(self.index[start]), int(self.index[end - 1]) + 1


def _blank(text: str, spans: Sequence[tuple[int, int]]) -> str:
    """``text`` with each span (inside it) turned into as many spaces."""
    if not spans:
        return text
    pieces, pos = [], 0
    for a, b in sorted(spans):
        a = max(a, pos)
        if b > a:
            pieces += (text[pos:a], " " * (b - a))
            pos = b
    pieces.append(text[pos:])
    return "".join(pieces)


def _moved(contacts: Sequence[Contact], index: np.ndarray) -> tuple[Contact, ...]:
    """Contacts (offsets into the joined post text) with offsets into the normalised text (``index`` maps a
    normalised position to a joined one, in order)."""
    return tuple(replace(c, start=int(np.searchsorted(index, c.start)), end=int(np.searchsorted(index, c.end)))
                 for c in contacts)


def _words_up_to(text: str, limit: int) -> int:
    """``count_words(text)``, counted only up to ``limit``."""
    seen: set[str] = set()
    for match in WORD.finditer(text):
        seen.add(match.group().casefold())
        if len(seen) >= limit:
            break
    return len(seen)


def _warning_remains(text: str, warning_spans: Sequence[tuple[int, int]], words: int, kept: Sequence[Contact],
                     outside: str) -> bool:
    """True when the ``words`` words outside the warning (``outside``: the text with the warning and contacts
    blanked) are only what a warning leaves: fewer than :data:`MIN_WORDS_BESIDE_WARNING`, no more than the warning's
    own, and no contact or call to reply among them."""
    if words >= MIN_WORDS_BESIDE_WARNING or kept:
        return False
    inside = 0
    for a, b in warning_spans:
        inside += _words_up_to(text[a:b], words + 1)
        if inside >= words:
            return not has_reply_path(outside)
    return False


def count_words(text: str, contacts: Sequence[Contact] = ()) -> int:
    """Different words (two or more letters, case folded) in ``text``, outside the contacts' spans.

    Different words, not words: a word said thirty times says one thing. Normalisation reads emoji as words
    (:mod:`ct_screen.normalize`), and thirty money-bag emoji, read as "money" thirty times, scored ``high`` on that
    one classifier term.
    """
    blanked = _blank(text, [(c.start, c.end) for c in contacts])
    return _words_up_to(blanked, len(blanked) + 1)  # no text holds more words than characters: never cut short


def model_view(norm: NormalizedText, contacts: Sequence[Contact], warning_spans: Sequence[tuple[int, int]] = (),
               skipped: tuple[int, int] | None = None) -> ModelView:
    """What the classifier reads of a post.

    Parameters
    ----------
    norm : NormalizedText
        The joined post text (:func:`ct_screen.fields.join_fields`), normalised.
    contacts : sequence of Contact
        Contacts found in it (offsets into the joined post text).
    warning_spans : sequence of (int, int)
        Warning sentences, as offsets into the normalised text (blanked for the classifier).
    skipped : (int, int), optional
        The middle of a very long post that the rules did not read, as offsets into the normalised text
        (blanked too, so that the classifier reads what the rules read and a hostile megabyte costs it what
        100,000 characters cost; the rules' ``CTN200`` notice says so).
    """
    unread = SpanIndex((*warning_spans, skipped) if skipped is not None else tuple(warning_spans))
    index = norm.index
    kept = _moved(contacts, index)
    kept = tuple(c for c in kept if not unread.holds(c.start))
    blanked = _blank(norm.text, unread.spans)
    outside = _blank(blanked, [(c.start, c.end) for c in kept])
    words = _words_up_to(outside, MIN_WORDS_BESIDE_WARNING if warning_spans else MIN_WORDS)
    if words < MIN_WORDS or warning_spans and _warning_remains(norm.text, warning_spans, words, kept, outside):
        said = "no words" if words == 0 else f"{words} word{'s' if words != 1 else ''}"
        where = " outside the warning" if warning_spans else ""
        return ModelView(blanked, kept, False, (Notice(
            "CTN100", f"Too little text to judge ({said}{where}, outside contacts and links): the band rests on "
                      "the rules alone."),), index)
    guess = _unread_language(blanked, norm.original)
    if guess is not None:
        return ModelView(blanked, kept, False, (Notice(
            "CTN110", f"Written in {guess.name} ({guess.code}), which the rules and classifier do not read: "
                      "scored on contacts and the rules that still apply; a person who reads it should judge."),), index)
    return ModelView(blanked, kept, True, (), index)


def _unread_language(normalised: str, original: str) -> LanguageGuess | None:
    """The language guess of a post the classifier does not read, or ``None`` when it reads it.

    Unread when the normalised text reads as another language and so does the caller's: English written
    with look-alike letters from another script, or in full-width forms, reads as English once normalised;
    the caller's text names the language (folding accents off makes Russian read as Macedonian).
    """
    if reads_as_english(normalised):
        return None  # a sure sign, cheaper than the detector
    guess = detect_language(normalised)
    if guess is None or guess.supported:
        return None
    named = detect_language(original[:_NAMING_SAMPLE])
    if named is not None and named.supported:
        return None
    return named or guess
