"""Fingerprints of posts: recognise a model's own training rows by their content, not by their file.

A fingerprint is the first 16 hex digits of the sha256 of the post's joined text, lower-cased with runs
of white space collapsed: the same post in another file, another format, another order or with other
columns beside it has the same fingerprint. A model bundle records the fingerprints of the posts it was
trained on (hashes, never text), so an evaluation can say which of the posts it is given are in-sample.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Mapping
from typing import Any

from .fields import join_fields

__all__ = ["post_fingerprint", "fingerprints"]


def post_fingerprint(post: str | Mapping[str, Any]) -> str:
    """The fingerprint of one post (a string or a mapping of fields)."""
    text = " ".join(join_fields(post).text.lower().split())
    return hashlib.sha256(text.encode("utf-8", "surrogatepass")).hexdigest()[:16]


def fingerprints(posts: Iterable[str | Mapping[str, Any]]) -> list[str]:
    """The fingerprints of ``posts``, in order."""
    return [post_fingerprint(p) for p in posts]
