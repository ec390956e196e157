"""What the library tells a moderator about a post it could not fully judge.

Every such message is a :class:`Notice` with a stable ``code`` (never renamed,
like a rule id) and a plain-language ``message``. They travel in one place:
``ScreenResult.notices`` (``"notices"`` in ``to_dict()``, the ``ct_notices``
batch column). The table :data:`NOTICE_CODES` is the catalogue; a code not in
it is a programming error.

Codes
-----
CTN100  too_little_text       the post has too few words to judge; the band rests on the rules alone
CTN110  unsupported_language  the post is in a language the rules and model do not read
CTN120  warning_context       red flags quoted inside a warning were discounted
CTN200  text_cut              the middle of a very long post was not read by the rules or the classifier,
                              nor searched for phone numbers spelt out digit by digit
CTN210  pattern_timeout       a rule's pattern ran out of time on this post and was skipped
CTN300  contact_cap           more contacts than the per-kind cap; some were not listed
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

__all__ = ["Notice", "NOTICE_CODES", "notice"]

NOTICE_CODES: dict[str, str] = {
    "CTN100": "too_little_text",
    "CTN110": "unsupported_language",
    "CTN120": "warning_context",
    "CTN200": "text_cut",
    "CTN210": "pattern_timeout",
    "CTN300": "contact_cap",
}
"""Stable notice codes and their short names."""


@dataclass(frozen=True)
class Notice:
    """One thing the library could not fully judge about a post.

    Parameters
    ----------
    code : str
        A stable code from :data:`NOTICE_CODES`.
    message : str
        What happened and what it means for the score, for a moderator.
    """

    code: str
    message: str

    def __post_init__(self) -> None:
        if self.code not in NOTICE_CODES:
            raise ValueError(f"unknown notice code {self.code!r}; known: {', '.join(NOTICE_CODES)}")

    @property
    def name(self) -> str:
        """The code's short name (``"too_little_text"`` ...)."""
        return NOTICE_CODES[self.code]

    def to_dict(self) -> dict[str, Any]:
        return {"code": self.code, "name": self.name, "message": self.message}


def notice(code: str, message: str) -> Notice:
    """Build a :class:`Notice` (checks the code)."""
    return Notice(code=code, message=message)
