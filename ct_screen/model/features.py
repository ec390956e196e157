"""What the classifier sees: word n-gram TF-IDF over the post's text, contacts masked.

The text is ``mask_contacts(join_fields(post).text)``: EMSCAD's ``#URL_<hash>#``
masks and live phone numbers, e-mails, URLs and handles all become the same
kind tokens (``ctphone``, ``ctemail``, ``cturl``, ``cthandle``), so training and
screening see the same thing. Tokens are runs of two or more word characters,
lower-cased (scikit-learn's default ``token_pattern``), kept with their offsets
into the caller's text so that explanations can point at them.

Two TF-IDF blocks are stacked:

- ``full``: word 1..n-grams over the whole post;
- ``head``: the same n-grams over the post's first ``head_tokens`` tokens only.
  How a post opens (a company introduction, or straight into "earn $500 a
  week") separates scams from real ads far better on grouped CV than the same
  words further down; see the model card for the measured gain.

Fitting uses scikit-learn's ``TfidfVectorizer`` (document frequencies, idf);
the fitted vocabulary and idf are then kept as plain arrays and applied here
with numpy/scipy only, so loading a model needs neither scikit-learn nor its
import time.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
import scipy.sparse as sp

from ..contacts import CONTACT_TOKENS, extract_contacts
from ..result import Contact

__all__ = ["TOKEN_PATTERN", "Analysed", "analyse", "NgramTfidf", "TextFeatures"]

TOKEN_PATTERN = re.compile(r"(?u)\b\w\w+\b")
"""scikit-learn's default token pattern."""


@dataclass(frozen=True)
class Analysed:
    """A post as tokens: lower-cased tokens and their ``(start, end)`` in the caller's text."""

    tokens: tuple[str, ...]
    spans: tuple[tuple[int, int], ...]


def _segment_tokens(text: str, start: int, end: int, tokens: list[str], spans: list[tuple[int, int]]) -> None:
    piece = text[start:end]
    for m in TOKEN_PATTERN.finditer(piece):
        tokens.append(m.group().lower())
        spans.append((start + m.start(), start + m.end()))


def analyse(text: str, contacts: Sequence[Contact] | None = None) -> Analysed:
    """Tokenise a post with its contacts replaced by kind tokens.

    Gives the tokens of ``mask_contacts(text, contacts)``, each with its span in
    ``text`` (a contact token spans the whole contact).

    Parameters
    ----------
    text : str
        The joined post text (see :func:`ct_screen.fields.join_fields`).
    contacts : sequence of Contact, optional
        Contacts found in ``text`` (offsets into ``text``); extracted when omitted.
    """
    if contacts is None:
        contacts = extract_contacts(text)
    tokens: list[str] = []
    spans: list[tuple[int, int]] = []
    pos = 0
    for contact in sorted(contacts, key=lambda c: (c.start, c.end)):
        if contact.start < pos or contact.kind not in CONTACT_TOKENS:
            continue
        _segment_tokens(text, pos, contact.start, tokens, spans)
        tokens.append(CONTACT_TOKENS[contact.kind])
        spans.append((contact.start, contact.end))
        pos = contact.end
    _segment_tokens(text, pos, len(text), tokens, spans)
    return Analysed(tuple(tokens), tuple(spans))


def ngrams(tokens: Sequence[str], ngram_range: tuple[int, int]) -> list[str]:
    """Word n-grams (joined by one space), shortest first, as scikit-learn builds them."""
    low, high = ngram_range
    out = list(tokens) if low == 1 else []
    for n in range(max(2, low), high + 1):
        out.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    return out


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

    def fit(self, docs: Sequence[Sequence[str]]) -> NgramTfidf:
        """Learn the vocabulary and idf from token sequences."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vec = TfidfVectorizer(analyzer=lambda toks: ngrams(toks, self.ngram_range), min_df=self.min_df,
                              max_df=self.max_df, sublinear_tf=True, dtype=np.float64)
        vec.fit(docs)
        terms = vec.get_feature_names_out()
        self.terms_ = np.asarray(terms, dtype=object)
        self.vocabulary_ = {t: i for i, t in enumerate(terms)}
        self.idf_ = vec.idf_.astype(np.float64)
        return self

    @property
    def n_features(self) -> int:
        return len(self.terms_)

    def transform(self, docs: Sequence[Sequence[str]]) -> sp.csr_matrix:
        """TF-IDF rows for token sequences (the same values scikit-learn would give)."""
        vocab = self.vocabulary_
        indptr = [0]
        indices: list[int] = []
        for toks in docs:
            get = vocab.get
            indices.extend(j for j in map(get, ngrams(toks, self.ngram_range)) if j is not None)
            indptr.append(len(indices))
        x = sp.csr_matrix((np.ones(len(indices)), np.asarray(indices, dtype=np.int32), np.asarray(indptr)),
                          shape=(len(indptr) - 1, self.n_features))
        x.sum_duplicates()
        x.data = (np.log(x.data) + 1.0) * self.idf_[x.indices]
        lengths = np.diff(x.indptr)
        squares = np.zeros(x.shape[0])
        nonempty = lengths > 0
        if x.nnz:
            squares[nonempty] = np.add.reduceat(x.data ** 2, x.indptr[:-1][nonempty])
        norms = np.sqrt(squares)
        norms[norms == 0] = 1.0
        x.data /= np.repeat(norms, lengths)
        return x


class TextFeatures:
    """The classifier's features: a ``full`` TF-IDF block and, optionally, a ``head`` block.

    Parameters
    ----------
    ngram_range : (int, int)
        Word n-gram sizes.
    min_df, max_df
        Document-frequency cut-offs for both blocks.
    head_tokens : int
        Tokens in the post's opening read by the ``head`` block (0: no head block).
    """

    def __init__(self, *, ngram_range: tuple[int, int] = (1, 2), min_df: int | float = 2,
                 max_df: int | float = 0.5, head_tokens: int = 30) -> None:
        self.ngram_range = tuple(ngram_range)
        self.min_df = min_df
        self.max_df = max_df
        self.head_tokens = int(head_tokens)

    def get_params(self) -> dict[str, object]:
        return {"ngram_range": list(self.ngram_range), "min_df": self.min_df, "max_df": self.max_df,
                "head_tokens": self.head_tokens}

    def _blocks(self) -> list[tuple[str, NgramTfidf]]:
        return [("full", self.full_)] + ([("head", self.head_)] if self.head_tokens else [])

    def fit(self, docs: Sequence[Analysed]) -> TextFeatures:
        """Fit both blocks on analysed posts."""
        self.full_ = NgramTfidf(self.ngram_range, self.min_df, self.max_df).fit([d.tokens for d in docs])
        if self.head_tokens:
            self.head_ = NgramTfidf(self.ngram_range, self.min_df, self.max_df).fit(
                [d.tokens[: self.head_tokens] for d in docs])
        terms = np.concatenate([block.terms_ for _, block in self._blocks()])
        # one id per distinct term string, so a term's weight sums over both blocks
        self.term_names_, self.term_ids_ = np.unique(terms.astype(str), return_inverse=True)
        self.term_names_ = self.term_names_.astype(object)
        return self

    @property
    def n_features(self) -> int:
        return sum(block.n_features for _, block in self._blocks())

    def feature_names(self) -> np.ndarray:
        """Column names, ``"<block>:<term>"``."""
        return np.concatenate([np.array([f"{name}:{t}" for t in block.terms_], dtype=object)
                               for name, block in self._blocks()])

    def transform(self, docs: Sequence[Analysed]) -> sp.csr_matrix:
        """The feature matrix for analysed posts (one row each)."""
        mats = [self.full_.transform([d.tokens for d in docs])]
        if self.head_tokens:
            mats.append(self.head_.transform([d.tokens[: self.head_tokens] for d in docs]))
        return sp.hstack(mats, format="csr") if len(mats) > 1 else mats[0]
