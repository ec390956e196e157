"""Join a mapping of post fields into one text, and map offsets back to fields.

``screen()`` accepts a plain string or a mapping of EMSCAD-style fields. Rules,
contacts and the classifier all read one text; this module builds it in a fixed
order and maps any span of it back to ``(field, start, end)`` in the caller's
mapping. The classifier is trained on exactly this joined text.
"""

from __future__ import annotations

import math
import numbers
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["FIELD_SIGNALS", "field_signals", "TEXT_FIELDS", "METADATA_FIELDS", "JoinedPost", "join_fields", "field_text", "FIELD_SEPARATOR"]

TEXT_FIELDS = ("title", "location", "salary_range", "company_profile", "description", "requirements", "benefits")
"""Fields read as post text, in this order; other string fields follow in sorted order."""

METADATA_FIELDS = frozenset({
    "job_id", "post_id", "id", "department", "employment_type", "required_experience", "required_education",
    "industry", "function", "telecommuting", "has_company_logo", "has_questions", "fraudulent", "sample_weight",
    "label", "url", "created_at", "timestamp",
})
"""Fields that describe a post rather than say something: never read as text."""

FIELD_SEPARATOR = "\n\n"


@dataclass(frozen=True)
class JoinedPost:
    """The text that is screened, and where each field sits in it."""

    text: str
    spans: tuple[tuple[str | None, int, int], ...]

    def value(self, name: str | None) -> str:
        """The text of field ``name`` as it was read (bytes decoded, numbers as text); the whole text for ``None``."""
        for field, a, b in self.spans:
            if field == name:
                return self.text[a:b]
        return self.text if name is None else ""

    def locate(self, start: int, end: int) -> tuple[str | None, int, int]:
        """Map a span of the joined text to ``(field, start, end)`` within one field.

        A span that runs over a field boundary is clipped to the field it starts in.
        """
        for name, a, b in self.spans:
            if a <= start < b or (start == end == b):
                return name, start - a, min(end, b) - a
        name, a, b = self.spans[-1] if self.spans else (None, 0, 0)
        return name, max(0, start - a), max(0, min(end, b) - a)


def field_text(name: object, value: Any, *, what: str = "field") -> str | None:
    """The text of one field value, or ``None`` for a missing one (``None``, NaN).

    Text is read as it is; bytes are decoded as UTF-8 (undecodable bytes become
    U+FFFD); numbers become their text (``42``, ``3.5``). The batch scorer reads
    cells through this function too, so ``screen()`` and ``ct-screen score``
    agree.

    Raises
    ------
    TypeError
        For anything else (a list, a dict, an object), naming the field.
    """
    if value is None:
        return None
    if isinstance(value, str):
        return value
    if isinstance(value, bytes | bytearray | memoryview):
        return bytes(value).decode("utf-8", errors="replace")
    if isinstance(value, numbers.Number):
        return None if isinstance(value, float | numbers.Real) and math.isnan(value) else str(value)
    kind = {dict: "an object (mapping)", list: "a list", tuple: "a list"}.get(type(value), f"a {type(value).__name__}")
    raise TypeError(f"{what} {name!r} holds {kind}, not text; give text, bytes or a number")


def join_fields(post: str | Mapping[str, Any]) -> JoinedPost:
    """Return the text to screen for a string or a mapping of fields.

    Field values are read with :func:`field_text`: text, bytes (UTF-8) and
    numbers are read; missing values (``None``, NaN) are skipped; metadata
    names (:data:`METADATA_FIELDS`) are never read.

    Raises
    ------
    TypeError
        If ``post`` is neither a ``str`` nor a mapping, or a field read as text
        holds a list, a mapping or another object.
    """
    if isinstance(post, str):
        return JoinedPost(post, ((None, 0, len(post)),))
    if not isinstance(post, Mapping):
        raise TypeError(f"screen() takes a str or a mapping of fields, not {type(post).__name__}")
    texts = {k: field_text(k, v) for k, v in post.items() if isinstance(k, str) and k not in METADATA_FIELDS}
    names = [f for f in TEXT_FIELDS if texts.get(f) is not None]
    names += sorted(k for k, v in texts.items() if v is not None and k not in TEXT_FIELDS)
    pieces, spans, pos = [], [], 0
    for name in names:
        value = texts[name]
        if pieces:
            pieces.append(FIELD_SEPARATOR)
            pos += len(FIELD_SEPARATOR)
        pieces.append(value)
        spans.append((name, pos, pos + len(value)))
        pos += len(value)
    return JoinedPost("".join(pieces), tuple(spans))


FIELD_SIGNALS = ("fields_given", "no_company_profile", "no_requirements", "no_benefits", "no_salary_range",
                 "no_location", "no_employment_type", "no_required_experience", "no_required_education",
                 "no_industry", "no_function", "no_department", "has_company_logo", "telecommuting", "has_questions")
"""Names of the job-board signals of a post given as fields (see :func:`field_signals`)."""

_FLAG_FIELDS = ("has_company_logo", "telecommuting", "has_questions")


def _flag(value: Any) -> float:
    if isinstance(value, bool):
        return float(value)
    if isinstance(value, int | float) and value == value:
        return 1.0 if value else 0.0
    return 1.0 if str(value).strip().lower() in ("1", "1.0", "true", "t", "yes", "y") else 0.0


def field_signals(post: Any) -> tuple[float, ...]:
    """Job-board signals of a post given as a mapping of fields; ``()`` for free text.

    One value per :data:`FIELD_SIGNALS` name: 1 for "given as fields", then 1
    per empty (or missing) field, then the three metadata flags as 0/1.
    """
    if not isinstance(post, Mapping):
        return ()
    values = [1.0]
    for name in FIELD_SIGNALS[1:-len(_FLAG_FIELDS)]:
        value = post.get(name[3:])
        values.append(0.0 if isinstance(value, str) and value.strip() else 1.0)
    values.extend(_flag(post.get(name, 0)) for name in _FLAG_FIELDS)
    return tuple(values)
