"""What a post is linked on: its contact values, its company profile and its text template.

Everything here is a pure function of one post, so that the same post gives the
same keys in any batch, in any order and in any process.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Collection, Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

import numpy as np

from ..contacts import SHORTENER_HOSTS, extract_contacts
from ..fields import join_fields
from ..normalize import normalize
from ..result import Contact

__all__ = ["LINK_KINDS", "PostKeys", "post_keys", "profile_value", "shingle_hashes", "PROFILE_MIN_CHARS", "MIN_SHINGLES"]

LINK_KINDS = ("phone", "email", "url", "handle", "profile", "template")
"""Kinds of indicator posts can be linked on."""
PROFILE_MIN_CHARS = 40
"""A company profile shorter than this (after normalisation) is too generic to link on."""
MIN_SHINGLES = 8
"""A post with fewer distinct word shingles than this is too short to call a template."""
SHINGLE_SIZE = 3
"""Words per shingle."""

_HOST_LABEL = re.compile(r"[a-z0-9](?:[a-z0-9-]{0,61}[a-z0-9])?")
_SENTENCE_JOIN = re.compile(r"[A-Za-z0-9]\.[A-Z][a-z]{0,20}\Z")
_NOT_DOMAINS = frozenset({"asp.net", "vb.net", "ado.net"})
_NUMBER_RANGE = re.compile(r"([1-9]\d{2,6})\s{0,2}[-\u2013/]\s{0,2}([1-9]\d{2,6})")
_NO_CONTACT_FIELDS = frozenset({"salary_range"})
MAX_TEMPLATE_BYTES = 1 << 16
"""Only this much of a post (UTF-8 bytes of its normalised text) is read for its template."""
_BASE = np.uint64(0x100000001B3)  # odd, so invertible modulo 2**64
_BASE_INV = np.uint64(pow(int(_BASE), -1, 2**64))
_DIGIT_WORD = np.uint64(0x30)
_POWERS = (np.ones(0, dtype=np.uint64), np.ones(0, dtype=np.uint64))
# Odd 64-bit multipliers that mix three token hashes into one shingle hash.
_MIX = (np.uint64(0x9E3779B97F4A7C15), np.uint64(0xC2B2AE3D27D4EB4F), np.uint64(0x165667B19E3779F9))
_SHIFT = np.uint64(32)


@dataclass(frozen=True)
class PostKeys:
    """The linking keys of one post.

    Attributes
    ----------
    indicators : tuple of str
        ``"kind:value"`` strings, unique and sorted (``phone:+447700900123``,
        ``email:jobs@example.com``, ``url:example.com/apply``,
        ``handle:telegram:agent``, ``profile:<start of the profile>#<hash>``).
    shingles : numpy.ndarray
        Distinct 32-bit hashes of the post's word 3-shingles (``uint32``); empty
        when the post is too short to be a template.
    """

    indicators: tuple[str, ...]
    shingles: np.ndarray


def _round_range(written: str) -> bool:
    """``80000-102000``, ``9000 - 12000``: a rising range of round numbers (a salary), not a phone number."""
    match = _NUMBER_RANGE.fullmatch(written.strip())
    if not match:
        return False
    low, high = match.group(1), match.group(2)
    return low.endswith("00") and high.endswith("00") and int(low) < int(high)


def _linkable(contact: Contact, field: str | None = None) -> bool:
    """Whether a contact says who posted: not a salary read as a phone, not a bare shortener host,
    not a word pair read as a domain.

    A salary range (``80000-102000``, or anything in a ``salary_range`` field)
    can parse as an international number; linking on it would join every post
    that pays the same. Two sentences run together (``markets.At``, ``Fees.Work``) and technology
    names (``VB.NET``) read as bare domains; so do leftovers such as ``-rg.info``.
    Linking on them would join strangers, so only URLs that look written as
    links count: with a scheme, ``www.`` or a path, or a valid host not written
    as ``word.Word``.
    """
    if contact.kind == "phone" and not contact.masked:
        return field not in _NO_CONTACT_FIELDS and not _round_range(contact.text)
    if contact.kind != "url" or contact.masked:
        return True
    host, _, path = contact.value.partition("/")
    if host in SHORTENER_HOSTS and not path:
        return False
    if not all(_HOST_LABEL.fullmatch(label) for label in host.split(".")):
        return False
    written = contact.text.lower()
    if path or written.startswith(("http://", "https://", "www.")):
        return True
    return host not in _NOT_DOMAINS and not _SENTENCE_JOIN.search(contact.text)


@lru_cache(maxsize=16384)
def profile_value(profile: str) -> str | None:
    """The linking value of a company profile, or ``None`` if it is empty or too short.

    The value is the start of the normalised profile (for people to read) and a
    hash of all of it (so that two profiles that only start alike differ).
    """
    text = normalize(profile).text.strip()
    if len(text) < PROFILE_MIN_CHARS:
        return None
    digest = hashlib.blake2b(text.encode("utf-8"), digest_size=6).hexdigest()
    return f"{text[:40].rstrip()}…#{digest}"


def _powers(length: int) -> tuple[np.ndarray, np.ndarray]:
    """``P**i`` and ``P**-i`` (mod 2**64) for ``i < length``, grown on demand and cached."""
    global _POWERS
    power, inverse = _POWERS  # one tuple, swapped whole: safe to share between threads
    if len(power) < length:
        size = max(length, 2 * len(power), 4096)
        one = np.ones(1, dtype=np.uint64)
        power = np.concatenate((one, np.cumprod(np.full(size - 1, _BASE, dtype=np.uint64))))
        inverse = np.concatenate((one, np.cumprod(np.full(size - 1, _BASE_INV, dtype=np.uint64))))
        _POWERS = (power, inverse)
    return power[:length], inverse[:length]


def _word_hashes(normalized: str) -> np.ndarray:
    """A 64-bit hash per word, ``0`` for every word that holds a digit; vectorised over the UTF-8 bytes.

    A word is a run of ASCII letters, digits, ``_`` or non-ASCII characters.
    Each word's hash is its polynomial hash, read off prefix sums (no Python
    loop over words).
    """
    data = np.frombuffer(normalized.encode("utf-8", "surrogatepass")[:MAX_TEMPLATE_BYTES], dtype=np.uint8)
    if len(data) == 0:
        return np.empty(0, dtype=np.uint64)
    digit = (data >= 48) & (data <= 57)
    word = digit | (data >= 0x80) | ((data | 0x20) >= 97) & ((data | 0x20) <= 122) | (data == 95)
    edges = np.diff(np.concatenate(([0], word.view(np.int8), [0])))
    starts, ends = np.flatnonzero(edges == 1), np.flatnonzero(edges == -1)
    power, inverse = _powers(len(data) + 1)
    prefix = np.zeros(len(data) + 1, dtype=np.uint64)
    np.cumsum(data.astype(np.uint64) * power[:len(data)], out=prefix[1:])
    hashes = (prefix[ends] - prefix[starts]) * inverse[starts]
    digits = np.concatenate(([0], np.cumsum(digit)))
    hashes[(digits[ends] - digits[starts]) > 0] = _DIGIT_WORD
    return hashes


def shingle_hashes(normalized: str, size: int = SHINGLE_SIZE) -> np.ndarray:
    """Distinct 32-bit hashes of the word ``size``-shingles of normalised text.

    Words holding a digit all hash alike, so that a template re-posted with
    another salary, date or reference number keeps its shingles. Returns an
    empty array when the text has fewer than :data:`MIN_SHINGLES` shingles.
    Only the first :data:`MAX_TEMPLATE_BYTES` bytes are read.
    """
    tokens = _word_hashes(normalized)
    if len(tokens) < size + MIN_SHINGLES - 1:
        return np.empty(0, dtype=np.uint32)
    count = len(tokens) - size + 1
    mixed = tokens[:count] * _MIX[0]
    for k in range(1, size):
        mixed += tokens[k:count + k] * _MIX[k % len(_MIX)]
    out = np.unique((mixed >> _SHIFT).astype(np.uint32))
    return out if len(out) >= MIN_SHINGLES else np.empty(0, dtype=np.uint32)


def post_keys(post: str | Mapping[str, Any], *, link_on: Collection[str] = LINK_KINDS) -> PostKeys:
    """Contact values, company profile and template shingles of one post.

    Parameters
    ----------
    post : str or mapping
        A post text, or a mapping of fields as accepted by :func:`ct_screen.screen`.
    link_on : collection of str
        Kinds to extract, out of :data:`LINK_KINDS` (``profile`` reads the
        ``company_profile`` field of mapping input; ``template`` computes shingles).

    Raises
    ------
    TypeError
        If ``post`` is neither a ``str`` nor a mapping.
    """
    joined = join_fields(post)
    norm = normalize(joined.text)
    found = {f"{c.kind}:{c.value}" for c in extract_contacts(norm)
             if c.kind in link_on and _linkable(c, joined.locate(c.start, c.end)[0])}
    if "profile" in link_on and isinstance(post, Mapping):
        profile = post.get("company_profile")
        value = profile_value(profile) if isinstance(profile, str) and profile.strip() else None
        if value:
            found.add(f"profile:{value}")
    shingles = shingle_hashes(norm.text) if "template" in link_on else np.empty(0, dtype=np.uint32)
    return PostKeys(tuple(sorted(found)), shingles)
