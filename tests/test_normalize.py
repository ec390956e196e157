"""The normaliser undoes evasions and every normalised character maps back to the original."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen.normalize import normalize

CASES = [
    ("Msg me on T e l e g r a m", "telegram", "T e l e g r a m"),
    ("Msg me on W.h.a.t.s.A.p.p", "whatsapp", "W.h.a.t.s.A.p.p"),
    ("Теlеgrаm only", "telegram", "Теlеgrаm"),
    ("ｗｈａｔｓａｐｐ me", "whatsapp", "ｗｈａｔｓａｐｐ"),
    ("T\u200be\u200bl\u200be\u200bg\u200br\u200ba\u200bm", "telegram", "T\u200be\u200bl\u200be\u200bg\u200br\u200ba\u200bm"),
    ("p@ssp0rt kept", "passport", "p@ssp0rt"),
    ("t3l3gr4m", "telegram", "t3l3gr4m"),
    ("𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩", "whatsapp", "𝐖𝐡𝐚𝐭𝐬𝐀𝐩𝐩"),
    ("café visa", "cafe", "café"),
    ("send 💰 now", "money", "💰"),
]


@pytest.mark.parametrize(("text", "word", "original"), CASES)
def test_evasion_is_undone_and_maps_back(text, word, original):
    norm = normalize(text)
    start = norm.text.index(word)
    a, b = norm.span(start, start + len(word))
    assert text[a:b] == original


def test_whitespace_collapses_but_keeps_line_breaks():
    assert normalize("a  b\t\tc\n\n\nd").text == "a b c\nd"


def test_numbers_and_emails_survive():
    norm = normalize("Earn 300 USD, mail john@gmail.com, call +44 7700 900123")
    assert "300 usd" in norm.text and "john@gmail.com" in norm.text and "+44 7700 900123" in norm.text


def test_plain_cyrillic_words_are_left_alone():
    assert normalize("он работает").text == "он работает"


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=300))
def test_index_maps_every_character_inside_the_original(text):
    norm = normalize(text)
    assert len(norm.index) == len(norm.text)
    assert all(0 <= i < len(text) for i in norm.index)
    assert list(norm.index) == sorted(norm.index)
    if norm.text:
        a, b = norm.span(0, len(norm.text))
        assert 0 <= a <= b <= len(text)


def test_letter_spaced_phrases_keep_their_word_breaks():
    assert normalize("C o n t a c t  t h e  a g e n t").text == "contact the agent"
    assert normalize("d o n ' t  t e l l  y o u r  f a m i l y").text == "dont tell your family"


def test_amounts_are_not_leetspeak():
    assert "n5k" in normalize("Pay N5k to register").text
    assert "telegram" in normalize("t3l3gr4m").text


def test_leetspeak_next_to_amounts_is_linear():
    # "usd5k" is an amount and holds a leet-looking digit between letters: each such digit was checked against
    # every amount of the text, so 100,000 characters of them took 6 s and a megabyte would take minutes
    import time

    def cpu(n: int) -> float:
        text = "usd5k t3st " * n
        best = float("inf")
        for _ in range(3):
            started = time.process_time()
            normalize(text)
            best = min(best, time.process_time() - started)
        return best

    assert normalize("pay usd5k now, t3l3gr4m me").text == "pay usd5k now, telegram me"
    small, large = cpu(2_500), cpu(20_000)  # 8 times the text: 8x when linear, 64x when quadratic
    assert large < 25 * max(small, 1e-3), (small, large)


# -- underscores (session 10): markdown emphasis and words tied with underscores hid whole phrases from \b ----------

UNDERSCORE_EMPHASIS = ("**Easy job from home**, earn __300 USD a day__. Pay the _49 USD registration fee_ first, "
                       "then *WhatsApp* +44 7700 900123 to start.")
UNDERSCORE_TIED = ("Easy_job_from_home, earn_300_USD_a_day. Pay_the_49_USD_registration_fee first, WhatsApp "
                   "+44 7700 900123")


def test_markdown_emphasis_does_not_hide_a_fee():
    from ct_screen import Screener

    hits = {h.rule_id for h in Screener(model=None).screen(UNDERSCORE_EMPHASIS).hits}
    assert "CT100" in hits  # "_49 USD registration fee_": the fee was not read


def test_words_tied_with_underscores_are_read_as_words():
    from ct_screen import Screener, screen

    assert normalize(UNDERSCORE_TIED).text.startswith("easy job from home, earn 300 usd a day. pay the 49 usd")
    assert {"CT100", "CT130"} <= {h.rule_id for h in Screener(model=None).screen(UNDERSCORE_TIED).hits}
    assert screen(UNDERSCORE_TIED).band == "high"  # low (0.067) when the underscores tied the words


def test_contacts_keep_their_underscores():
    from ct_screen.contacts import find_contacts

    text = "Telegram @hr_kate, mail john_doe@example.com, t.me/hr_kate_2, https://x.com/a_b?c=d_e, #URL_ab12_cd"
    norm = normalize(text)
    for kept in ("@hr_kate", "john_doe@example.com", "t.me/hr_kate_2", "x.com/a_b?c=d_e", "#url_ab12_cd"):
        assert kept in norm.text
    assert {c.value for c in find_contacts(text).contacts} >= {"telegram:hr_kate", "john_doe@example.com",
                                                               "telegram:hr_kate_2", "x.com/a_b?c=d_e"}


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["_", "__", "a", "b", "fee", " ", "@", ".", "/", "#", "x.com", "1", "\u00e9"]),
                max_size=30).map("".join))
def test_underscores_become_spaces_one_for_one(text):
    from ct_screen.normalize import _split_underscores, _to_codes

    spaced, codes = _split_underscores(text, _to_codes(text))
    assert len(spaced) == len(text) == len(codes)
    assert all(a == b or (a == "_" and b == " ") for a, b in zip(text, spaced, strict=True))
    assert "_" not in spaced or any(c in text for c in "@#/.")  # only a contact-like neighbour keeps one
