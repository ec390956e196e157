"""Contacts are found in any spelling and canonicalised for linking."""

from __future__ import annotations

import pytest

from ct_screen.contacts import extract_contacts, mask_contacts


def values(text, kind=None):
    return [c.value for c in extract_contacts(text) if kind is None or c.kind == kind]


@pytest.mark.parametrize("text", [
    "Call +44 7700 900123 today",
    "Call 07700 900123 today",
    "Chat on wa.me/447700900123",
    "Call 0 7 7 0 0 9 0 0 1 2 3",
    "Call 077\u200b00 900\u200b123",
    "Call 0044 7700 900123",
])
def test_one_phone_five_spellings(text):
    assert values(text, "phone") == ["+447700900123"]


def test_offsets_slice_the_original():
    text = "Mail J.Doe@Gmail.com or WhatsApp +1 202 555 0143 or visit https://Bit.ly/AbC or t.me/fastjobs"
    for c in extract_contacts(text):
        assert text[c.start:c.end] == c.text


def test_free_mail_shortener_and_messenger_flags():
    cs = {c.kind + ":" + c.value: c for c in extract_contacts(
        "Mail hr@gmail.com or hr@acme.co.uk, see bit.ly/x1 and WhatsApp +1 202 555 0143, telegram: @jobs_uk")}
    assert cs["email:hr@gmail.com"].free_mail and not cs["email:hr@acme.co.uk"].free_mail
    assert cs["url:bit.ly/x1"].shortener
    assert cs["phone:+12025550143"].platform == "whatsapp"
    assert "handle:telegram:jobs_uk" in cs


def test_obfuscated_email():
    assert values("write to anna (at) yahoo (dot) com", "email") == ["anna@yahoo.com"]


def test_emscad_masks_are_contacts():
    digest = "ab" * 32
    found = extract_contacts(f"Apply at #URL_{digest}# or #EMAIL_{digest}# or #PHONE_{digest}#")
    assert [(c.kind, c.masked) for c in found] == [("url", True), ("email", True), ("phone", True)]


@pytest.mark.parametrize("text", ["Salary 40000-60000 per year", "From 2012-2014 we grew", "Pay $1200 - 1500"])
def test_ranges_are_not_phones(text):
    assert values(text, "phone") == []


def test_mask_contacts_turns_live_and_masked_contacts_into_the_same_tokens():
    live = mask_contacts("Email hr@gmail.com or call +44 7700 900123")
    masked = mask_contacts(f"Email #EMAIL_{'0' * 64}# or call #PHONE_{'1' * 64}#")
    assert live.split() == masked.split() == ["Email", "ctemail", "or", "call", "ctphone"]


def test_contact_count_is_bounded():
    text = " ".join(f"user{i}@mail{i}.com" for i in range(1000))
    assert len(extract_contacts(text)) == 100


def test_direct_line_is_not_the_line_messenger():
    (phone,) = [c for c in extract_contacts("Direct line: 020 7946 0958") if c.kind == "phone"]
    assert phone.platform is None
