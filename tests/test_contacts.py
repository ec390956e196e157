"""Contacts are found in any spelling and canonicalised for linking."""

from __future__ import annotations

import pytest

from ct_screen import link_posts, screen
from ct_screen.contacts import MAX_PER_KIND, extract_contacts, find_contacts, mask_contacts


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


# -- caps per kind (a flood of decoys of one kind cannot hide a contact of another) ----------------------------

def _decoy_emails(n: int) -> str:
    return " ".join(f"decoy{i}@mailbox{i}.com" for i in range(n))


def test_decoy_emails_do_not_hide_the_phone():
    scan = find_contacts(_decoy_emails(150) + " WhatsApp +44 7700 900123")
    assert "+447700900123" in [c.value for c in scan.contacts if c.kind == "phone"]
    assert sum(c.kind == "email" for c in scan.contacts) == MAX_PER_KIND and scan.capped == ("email",)


def test_unparsable_number_decoys_do_not_hide_the_phone():
    decoys = " ; ".join(f"ref 12{i:05d}" for i in range(250))  # number-like, not phones
    assert values(decoys + " ; call +44 7700 900123", "phone") == ["+447700900123"]


def test_no_cap_no_capped_kinds():
    assert find_contacts("Mail hr@example.org or call +44 7700 900123").capped == ()


def test_cap_is_a_notice_and_the_phone_still_links():
    flood = [_decoy_emails(120) + " or WhatsApp +44 7700 900123", "Work from home, WhatsApp 07700 900123"]
    result = screen(flood[0], model=None)
    assert [n.code for n in result.notices] == ["CTN300"] and "email" in result.notices[0].message
    assert "+447700900123" in [c.value for c in result.contacts]
    assert screen(flood[1], model=None).notices == ()
    frame = link_posts([*flood, "Nothing in common here at all"]).to_frame()
    assert frame["campaign_id"][0] == frame["campaign_id"][1] != frame["campaign_id"][2]


# -- numbers written apart, with words between the digits or in words ---------------------------------------------

@pytest.mark.parametrize("text, written", [
    ("Call + 4 4 7 7 0 0 9 0 0 1 2 3 now", "+ 4 4 7 7 0 0 9 0 0 1 2 3"),
    ("WhatsApp +44 7700 call 900 me 123 today", "+44 7700 call 900 me 123"),
    ("text +44 7700 dot 900 dot 123", "+44 7700 dot 900 dot 123"),
    ("ring zero seven seven zero zero nine zero zero one two three, ask for Sam",
     "zero seven seven zero zero nine zero zero one two three"),
    ("Ring 0 7 7 0 0 then 9 0 0 then 1 2 3!", "0 7 7 0 0 then 9 0 0 then 1 2 3"),
])
def test_spread_number_is_found_with_original_offsets(text, written):
    (phone,) = [c for c in extract_contacts(text) if c.kind == "phone"]
    assert phone.value == "+447700900123" and phone.text == written == text[phone.start:phone.end]


def test_spread_number_offsets_survive_evasion_characters():
    text = "Job\u200b!! WhatsApp +44 7700 call 900 me 123"
    (phone,) = extract_contacts(text)
    assert text[phone.start:phone.end] == "+44 7700 call 900 me 123" and phone.platform == "whatsapp"


def test_spread_number_links_to_the_plain_number():
    posts = ["Easy money, WhatsApp + 4 4 7 7 0 0 9 0 0 1 2 3", "Earn fast: +44 7700 call 900 me 123",
             "Apply on +44 7700 900123", "A bakery in Leeds is hiring"]
    frame = link_posts(posts).to_frame()
    assert frame["campaign_id"][:3].nunique() == 1 and frame["campaign_size"][0] == 3
    assert frame["campaign_id"][3] != frame["campaign_id"][0]


@pytest.mark.parametrize("text", [
    "Salary 1200 and 1300 and 1400 a month",
    "I have one job for two people and three shifts",
    "Shifts 9 to 5, 6 days, 40 hours, 2 breaks and 1 lunch",
    "Born 1990, moved 2004, hired 2012",
    "Rooms 101, 102 and 103 on floor 1 2 3",
    "Rooms 1010, 1020 and 1030 on floors 1 and 2",
])
def test_numbers_in_prose_are_not_phones(text):
    assert values(text, "phone") == []


def test_spread_scan_is_linear_on_hostile_text():
    import time

    text = " x ".join("1234567890" * 20000)
    started = time.perf_counter()
    find_contacts(text)
    assert time.perf_counter() - started < 5


def test_spelt_out_phones_are_sought_in_the_head_and_tail_of_a_long_post():
    # a digit-dense hostile megabyte is read token by token by this search: it reads what the rules read
    from ct_screen import Screener
    from ct_screen.window import READ_LIMIT

    spelt = "call seven seven zero zero nine zero zero one two three"
    filler = "We meet on Mondays. " * (READ_LIMIT // 20)
    head = find_contacts(spelt + " " + filler + filler)
    middle = find_contacts(filler + spelt + " " + filler)
    assert [c.kind for c in head.contacts] == ["phone"] and head.spread_skipped
    assert middle.contacts == () and middle.spread_skipped
    assert not find_contacts(spelt).spread_skipped
    # runs of spaces make the text the contact search reads longer than the one the rules read (they are
    # collapsed after it): the rules read all of it, and the notice comes from the contact search alone
    padded = ("We" + " " * 20 + "meet on Mondays. ") * (READ_LIMIT // 30) + spelt
    notices = Screener(model=None).screen(padded).notices
    assert [n.code for n in notices] == ["CTN200"] and "spelt out digit by digit" in notices[0].message
