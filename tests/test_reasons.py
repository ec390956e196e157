"""The evidence quoted in a reason never cuts a contact or a word in half."""

from __future__ import annotations

import pytest

from ct_screen.contacts import extract_contacts
from ct_screen.fuse import build_reasons
from ct_screen.result import Evidence, RuleHit

PHONE = "+44 7700 900123"
EMAIL = "hiring.manager.desk@example.org"


def _reason(evidence: str) -> str:
    hit = RuleHit("CT110", "off_platform_contact", "low", 0.25, (Evidence(0, len(evidence), evidence),), "")
    (reason,) = build_reasons([hit], [], 0.5, "review")
    return reason.split("\u201c", 1)[1].rsplit("\u201d", 1)[0]


@pytest.mark.parametrize("contact", [PHONE, EMAIL])
@pytest.mark.parametrize("shift", range(0, 40, 3))
def test_contact_is_quoted_whole_or_not_at_all(contact, shift):
    text = " ".join(["Ready", *["go"] * (shift // 3), "a" * (shift % 3 + 1),
                     f"get work now, reach us on WhatsApp {contact} to start"])
    quote = _reason(text)
    shown = quote.rstrip("\u2026")
    assert text.startswith(shown)
    assert contact in quote or not any(c.value for c in extract_contacts(shown)), quote
    assert not any(ch.isdigit() for ch in shown) or contact in shown or contact == EMAIL, quote


@pytest.mark.parametrize("shift", range(0, 12))
def test_words_are_not_cut(shift):
    text = "x" * shift + "Excellent opportunity: unbelievable remuneration guaranteed, extraordinary bonuses weekly"
    shown = _reason(text).rstrip("\u2026")
    assert len(shown) <= 60 and (len(shown) == len(text) or text[len(shown)] == " "), shown


def test_short_evidence_is_unchanged():
    assert _reason(f"WhatsApp me {PHONE}") == f"WhatsApp me {PHONE}"
