"""Join a mapping of post fields into one text, and map offsets back to fields.

``screen()`` accepts a plain string or a mapping of EMSCAD-style fields. Rules,
contacts and the classifier all read one text; this module builds it in a fixed
order and maps any span of it back to ``(field, start, end)`` in the caller's
mapping. The classifier is trained on exactly this joined text.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

__all__ = ["TEXT_FIELDS", "METADATA_FIELDS", "JoinedPost", "join_fields", "FIELD_SEPARATOR"]

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

    def locate(self, start: int, end: int) -> tuple[str | None, int, int]:
        """Map a span of the joined text to ``(field, start, end)`` within one field.

        A span that runs over a field boundary is clipped to the field it starts in.
        """
        for name, a, b in self.spans:
            if a <= start < b or (start == end == b):
                return name, start - a, min(end, b) - a
        name, a, b = self.spans[-1] if self.spans else (None, 0, 0)
        return name, max(0, start - a), max(0, min(end, b) - a)


def join_fields(post: str | Mapping[str, Any]) -> JoinedPost:
    """Return the text to screen for a string or a mapping of fields.

    Raises
    ------
    TypeError
        If ``post`` is neither a ``str`` nor a mapping.
    """
    if isinstance(post, str):
        return JoinedPost(post, ((None, 0, len(post)),))
    if not isinstance(post, Mapping):
        raise TypeError(f"screen() takes a str or a mapping of fields, not {type(post).__name__}")
    names = [f for f in TEXT_FIELDS if isinstance(post.get(f), str)]
    names += sorted(k for k, v in post.items()
                    if isinstance(k, str) and isinstance(v, str) and k not in TEXT_FIELDS and k not in METADATA_FIELDS)
    pieces, spans, pos = [], [], 0
    for name in names:
        value = post[name]
        if pieces:
            pieces.append(FIELD_SEPARATOR)
            pos += len(FIELD_SEPARATOR)
        pieces.append(value)
        spans.append((name, pos, pos + len(value)))
        pos += len(value)
    return JoinedPost("".join(pieces), tuple(spans))
