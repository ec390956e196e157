"""What the classifier sees: word n-gram TF-IDF over the post's text, contacts masked.

The text is ``mask_contacts(join_fields(post).text)``: EMSCAD's ``#URL_<hash>#``
masks and live phone numbers, e-mails, URLs and handles all become the same
kind tokens (``ctphone``, ``ctemail``, ``cturl``, ``cthandle``), so training and
screening see the same thing. Tokens are runs of two or more word characters,
lower-cased (scikit-learn's default ``token_pattern``), kept with their offsets
into the caller's text so that explanations can point at them.

Up to three blocks are stacked:

- ``full``: word 1..n-grams over the whole post, for every post;
- ``head``: the same n-grams over the first ``head_tokens`` tokens of a post
  given as EMSCAD-style *fields* only (for free text the block is empty);
- ``signals``: which fields of such a post are filled in and its metadata
  flags (company logo, telecommuting, screening questions), see
  :func:`field_signals`; all zero for free text.

Free text is read as free text: how short it is and which job-board fields it
lacks are not evidence, because the structure blocks only see posts that came
as fields (a job-board export). On job-board posts they are, and grouped CV
measures what they earn (the model card).

Fitting uses scikit-learn's ``TfidfVectorizer`` (document frequencies, idf);
the fitted vocabulary and idf are then kept as a dict and an array and applied
here with numpy only, so loading and scoring need neither scikit-learn nor
scipy (nor their import time).
"""

from __future__ import annotations

import re
import threading
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from itertools import accumulate, repeat

import numpy as np

from ..contacts import CONTACT_TOKENS, extract_contacts
from ..fields import FIELD_SIGNALS, field_signals
from ..result import Contact
from .folding import fold_table, fold_targets

__all__ = ["TOKEN_PATTERN", "Analysed", "analyse", "NgramTfidf", "TextFeatures", "FIELD_SIGNALS", "field_signals"]

TOKEN_PATTERN = re.compile(r"(?u)\b\w\w+\b")
"""scikit-learn's default token pattern."""
_TOKEN_SPLIT = re.compile(r"(?u)\b(\w\w+)\b")
"""The same, splitting a text into the texts between tokens and the tokens (alternately, in one pass)."""
_TERM_NAMES_LOCK = threading.Lock()


@dataclass(frozen=True)
class Analysed:
    """A post as tokens: lower-cased tokens and (on first use) their ``(start, end)`` in the caller's text.

    ``signals`` are the post's :func:`field_signals` (empty for free text). ``pieces`` say how the tokens
    were read (``(start, end, contact_token)``: a stretch of text, or a contact replaced by its kind
    token), so that :attr:`spans` is found only for the posts whose terms are explained; ``parts`` hold, for
    each stretch of text, what tokenising it gave (the text between tokens and the tokens, alternately), from
    which the spans are counted without reading the text again.
    """

    tokens: tuple[str, ...]
    text: str = field(default="", repr=False, compare=False)
    pieces: tuple[tuple[int, int, str | None], ...] = field(default=(), repr=False, compare=False)
    signals: tuple[float, ...] = ()
    parts: tuple[list[str], ...] | None = field(default=None, repr=False, compare=False)

    @cached_property
    def spans(self) -> tuple[tuple[int, int], ...]:
        """``(start, end)`` of each token in the caller's text (a contact token spans the whole contact)."""
        starts, ends = self.bounds
        return tuple(zip(starts, ends, strict=True))

    @cached_property
    def bounds(self) -> tuple[list[int], list[int]]:
        """:attr:`spans` as two lists, the starts and the ends (built by slicing, without a tuple per token:
        an explanation reads a few of them)."""
        starts: list[int] = []
        ends: list[int] = []
        parts = iter(self.parts) if self.parts is not None else None
        for start, end, token in self.pieces:
            if token is not None:
                starts.append(start)
                ends.append(end)
                continue
            if parts is not None:  # the ends of the texts between tokens and of the tokens, alternately
                edges = list(accumulate(map(len, next(parts)), initial=start))
                starts.extend(edges[1:-1:2])
                ends.extend(edges[2::2])
                continue
            piece = self.text[start:end]
            lowered = piece.lower()
            source = lowered if len(lowered) == len(piece) else piece
            for match in TOKEN_PATTERN.finditer(source):
                starts.append(start + match.start())
                ends.append(start + match.end())
        return starts, ends


def _segment_tokens(text: str, start: int, end: int) -> tuple[list[str], list[str]]:
    """The tokens of ``text[start:end]``, and the split it was read with (between-token texts and tokens)."""
    piece = text[start:end]
    lowered = piece.lower()
    if len(lowered) == len(piece):  # one character for each (nearly always): scan the lower-cased text
        parts = _TOKEN_SPLIT.split(lowered)
        return parts[1::2], parts
    parts = _TOKEN_SPLIT.split(piece)
    return [t.lower() for t in parts[1::2]], parts


def analyse(text: str, contacts: Sequence[Contact] | None = None,
            signals: tuple[float, ...] = (), *, keep_parts: bool = True,
            folds: Mapping[str, str] | None = None) -> Analysed:
    """Tokenise a post with its contacts replaced by kind tokens.

    Gives the tokens of ``mask_contacts(text, contacts)``, each with its span in
    ``text`` (a contact token spans the whole contact).

    Parameters
    ----------
    text : str
        The joined post text (see :func:`ct_screen.fields.join_fields`).
    contacts : sequence of Contact, optional
        Contacts found in ``text`` (offsets into ``text``); extracted when omitted.
    signals : tuple of float
        The post's :func:`field_signals` (empty for free text).
    keep_parts : bool
        Keep what tokenising gave, so that :attr:`Analysed.spans` need not read the text again (``False``
        where no term is explained, e.g. in training, which holds many posts at once).
    folds : mapping of str to str, optional
        Tokens read as another (:mod:`ct_screen.model.folding`: "cv" as "resume"); each token keeps its span.
    """
    if contacts is None:
        contacts = extract_contacts(text)
    tokens: list[str] = []
    pieces: list[tuple[int, int, str | None]] = []
    parts: list[list[str]] = []
    pos = 0
    for contact in sorted(contacts, key=lambda c: (c.start, c.end)):
        if contact.start < pos or contact.kind not in CONTACT_TOKENS:
            continue
        found, split = _segment_tokens(text, pos, contact.start)
        tokens.extend(found)
        parts.append(split)
        pieces.append((pos, contact.start, None))
        tokens.append(CONTACT_TOKENS[contact.kind])
        pieces.append((contact.start, contact.end, CONTACT_TOKENS[contact.kind]))
        pos = contact.end
    found, split = _segment_tokens(text, pos, len(text))
    tokens.extend(found)
    parts.append(split)
    pieces.append((pos, len(text), None))
    if folds:
        get = folds.get
        tokens = [get(token, token) for token in tokens]
    return Analysed(tuple(tokens), text, tuple(pieces), tuple(signals), tuple(parts) if keep_parts else None)


def ngrams(tokens: Sequence[str], ngram_range: tuple[int, int]) -> list[str]:
    """Word n-grams (joined by one space), shortest first, as scikit-learn builds them."""
    low, high = ngram_range
    out = list(tokens) if low == 1 else []
    for n in range(max(2, low), high + 1):
        out.extend(map(" ".join, zip(*(tokens[k:] for k in range(n)), strict=False)))  # each window of n
    return out


def _is_quiet(term: str) -> bool:
    """A term made only of stop words and numbers: it counts in the score but explains nothing."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    return all(word in ENGLISH_STOP_WORDS or word.isdigit() for word in term.split(" "))


class NgramTfidf:
    """One TF-IDF block over word n-grams: sublinear tf, smooth idf, l2-normalised rows.

    Parameters
    ----------
    ngram_range : (int, int)
    min_df : int or float
    max_df : int or float
        As in scikit-learn's ``TfidfVectorizer``.
    """

    def __init__(self, ngram_range: tuple[int, int] = (1, 2), min_df: int | float = 2,
                 max_df: int | float = 1.0) -> None:
        self.ngram_range = tuple(ngram_range)
        self.min_df = min_df
        self.max_df = max_df

    def fit(self, docs: Sequence[Sequence[str]], forbidden: frozenset[str] = frozenset()) -> NgramTfidf:
        """Learn the vocabulary and idf from token sequences, leaving out the ``forbidden`` terms."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vec = TfidfVectorizer(analyzer=lambda toks: ngrams(toks, self.ngram_range), min_df=self.min_df,
                              max_df=self.max_df, sublinear_tf=True, dtype=np.float64)
        vec.fit(docs)
        terms = vec.get_feature_names_out()
        keep = np.array([t not in forbidden for t in terms], dtype=bool)
        self.terms_ = np.asarray(terms, dtype=object)[keep]
        self.vocabulary_ = {t: i for i, t in enumerate(self.terms_)}
        self.idf_ = vec.idf_.astype(np.float64)[keep]
        return self

    @property
    def n_features(self) -> int:
        return len(self.terms_)

    def coo(self, docs: Sequence[Sequence[str]]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """TF-IDF values as ``(rows, columns, values)``, sorted by row then column (numpy only).

        The same values scikit-learn's ``TfidfVectorizer.transform`` gives.
        """
        get = self.vocabulary_.get
        found: list[int] = []
        lengths = []
        for toks in docs:
            grams = ngrams(toks, self.ngram_range)
            found.extend(map(get, grams, repeat(-1)))
            lengths.append(len(grams))
        rows = np.repeat(np.arange(len(lengths), dtype=np.int64), lengths)
        columns = np.asarray(found, dtype=np.int64)
        known = columns >= 0
        rows, columns = rows[known], columns[known]
        keys, counts = np.unique(rows * self.n_features + columns, return_counts=True)
        rows, cols = keys // self.n_features, keys % self.n_features
        values = (np.log(counts) + 1.0) * self.idf_[cols]
        norms = np.sqrt(np.bincount(rows, weights=values ** 2, minlength=len(lengths)))
        return rows, cols, values / norms[rows]

    def transform(self, docs: Sequence[Sequence[str]]):
        """TF-IDF rows as a ``scipy.sparse.csr_matrix``."""
        import scipy.sparse as sp

        rows, cols, values = self.coo(docs)
        return sp.csr_matrix((values, (rows, cols)), shape=(len(docs), self.n_features))


class TextFeatures:
    """The classifier's features: a ``full`` TF-IDF block and, optionally, a ``head`` block.

    Parameters
    ----------
    ngram_range : (int, int)
        Word n-gram sizes.
    min_df, max_df
        Document-frequency cut-offs for both blocks.
    head_tokens : int
        Tokens in the opening of a post given as fields read by the ``head``
        block (0: no head block).
    signals : bool
        Add the :func:`field_signals` block (posts given as fields only).
    folds : str
        The fold table tokens are read through (:data:`ct_screen.model.folding.FOLD_TABLES`; ``""``: none).
        The posts given to :meth:`fit` and :meth:`coo` must have been analysed with it (:attr:`fold_map`).
    """

    def __init__(self, *, ngram_range: tuple[int, int] = (1, 2), min_df: int | float = 2,
                 max_df: int | float = 0.5, head_tokens: int = 30, signals: bool = False, folds: str = "") -> None:
        self.ngram_range = tuple(ngram_range)
        self.min_df = min_df
        self.max_df = max_df
        self.head_tokens = int(head_tokens)
        self.signals = bool(signals)
        fold_table(folds)  # refuses a table this version does not know
        self.folds = folds
        self.head_fields_only = True

    @property
    def fold_map(self) -> Mapping[str, str]:
        """The fold table to analyse posts with (empty for models trained without one)."""
        return fold_table(getattr(self, "folds", ""))

    @property
    def folded_words(self) -> frozenset[str]:
        """The words :attr:`fold_map` reads others as ("resume" for "cv"): a term with one is explained as the
        post wrote it."""
        return fold_targets(getattr(self, "folds", ""))

    @property
    def term_names_(self) -> np.ndarray:
        """Term id -> term string, as an object array.

        A model read from its data files reads them on first use (see
        :meth:`read_term_names_later`): only explanations need them.
        """
        names = self.__dict__.get("term_names_")
        if names is None:
            with _TERM_NAMES_LOCK:
                names = self.__dict__.get("term_names_")
                if names is None:
                    names = self.__dict__["term_names_"] = self.__dict__.pop("_term_names_reader")()
        return names

    @term_names_.setter
    def term_names_(self, value: np.ndarray) -> None:
        self.__dict__["term_names_"] = value
        self.__dict__.pop("_term_names_reader", None)

    def __getstate__(self) -> dict[str, object]:
        state = dict(self.__dict__)
        if "_term_names_reader" in state:  # a pickle holds the names, not the function that reads them
            del state["_term_names_reader"]
            state["term_names_"] = self.term_names_
        return state

    def read_term_names_later(self, reader: Callable[[], np.ndarray]) -> None:
        """Have :attr:`term_names_` read by ``reader()`` on first use (once, thread-safe)."""
        self.__dict__.pop("term_names_", None)
        self.__dict__["_term_names_reader"] = reader

    def get_params(self) -> dict[str, object]:
        return {"ngram_range": list(self.ngram_range), "min_df": self.min_df, "max_df": self.max_df,
                "head_tokens": self.head_tokens, "signals": self.signals,
                **({"folds": self.folds} if getattr(self, "folds", "") else {})}

    def _head(self, doc: Analysed) -> tuple[str, ...]:
        # format-1 bundles (unpickled without __init__) read every post's opening, as they were trained
        if doc.signals or not getattr(self, "head_fields_only", False):
            return doc.tokens[: self.head_tokens]
        return ()

    def _blocks(self) -> list[tuple[str, NgramTfidf]]:
        return [("full", self.full_)] + ([("head", self.head_)] if self.head_tokens else [])

    def fit(self, docs: Sequence[Analysed], forbidden: frozenset[str] = frozenset()) -> TextFeatures:
        """Fit the blocks on analysed posts, leaving ``forbidden`` terms out of the vocabulary."""
        self.full_ = NgramTfidf(self.ngram_range, self.min_df, self.max_df).fit([d.tokens for d in docs], forbidden)
        if self.head_tokens:
            self.head_ = NgramTfidf(self.ngram_range, self.min_df, self.max_df).fit(
                [self._head(d) for d in docs if d.signals])
        terms = np.concatenate([block.terms_ for _, block in self._blocks()] + [self._signal_terms()])
        # one id per distinct term string, so a term's weight sums over both blocks
        self.term_names_, self.term_ids_ = np.unique(terms.astype(str), return_inverse=True)
        self.term_names_ = self.term_names_.astype(object)
        self.quiet_terms_ = np.array([_is_quiet(t) for t in self.term_names_], dtype=bool)
        return self

    def _signal_terms(self) -> np.ndarray:
        names = [f"[{name.replace('_', ' ')}]" for name in FIELD_SIGNALS] if getattr(self, "signals", False) else []
        return np.asarray(names, dtype=object)

    @property
    def n_features(self) -> int:
        return sum(block.n_features for _, block in self._blocks()) + len(self._signal_terms())

    def feature_names(self) -> np.ndarray:
        """Column names, ``"<block>:<term>"``."""
        return np.concatenate([np.array([f"{name}:{t}" for t in block.terms_], dtype=object)
                               for name, block in self._blocks()]
                              + [np.array([f"signals:{t}" for t in self._signal_terms()], dtype=object)])

    def _signals_coo(self, docs: Sequence[Analysed], offset: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        width = len(FIELD_SIGNALS)
        dense = np.array([d.signals if len(d.signals) == width else (0.0,) * width for d in docs],
                         dtype=np.float64).reshape(len(docs), width)
        rows, cols = np.nonzero(dense)
        return rows.astype(np.int64), cols.astype(np.int64) + offset, dense[rows, cols]

    def coo(self, docs: Sequence[Analysed]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
        """All blocks as ``(rows, columns, values)``, sorted by row (numpy only: the scoring path)."""
        parts = [self.full_.coo([d.tokens for d in docs])]
        offset = self.full_.n_features
        if self.head_tokens:
            heads = [self._head(d) for d in docs]
            if any(heads):  # posts given as text have no head block
                h_rows, h_cols, h_values = self.head_.coo(heads)
                parts.append((h_rows, h_cols + offset, h_values))
            offset += self.head_.n_features
        if getattr(self, "signals", False):
            signals = self._signals_coo(docs, offset)
            if len(signals[0]):
                parts.append(signals)
        if len(parts) == 1:  # one block: already sorted by row
            return parts[0]
        rows, cols, values = (np.concatenate(column) for column in zip(*parts, strict=True))
        order = np.argsort(rows, kind="stable")
        return rows[order], cols[order], values[order]

    def transform(self, docs: Sequence[Analysed]):
        """The feature matrix for analysed posts (a ``scipy.sparse.csr_matrix``, one row each)."""
        import scipy.sparse as sp

        rows, cols, values = self.coo(docs)
        return sp.csr_matrix((values, (rows, cols)), shape=(len(docs), self.n_features))
