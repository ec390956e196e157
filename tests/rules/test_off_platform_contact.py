"""off_platform_contact: company channels stay low, the push off the platform survives negation and evasion."""

from __future__ import annotations

from ct_screen import Screener

SCREENER = Screener(model=None)


def test_company_whatsapp_channel_is_not_flagged_high():
    result = SCREENER.screen("Nurses for our Leeds hospitals. Apply on our careers page; our HR team also answers "
                             "on WhatsApp Business at +44 7700 900123 during office hours.")
    assert result.band != "high"
    assert "off_platform_contact" not in result.categories


def test_dont_reply_here_is_not_cancelled_as_a_negation():
    assert "off_platform_contact" in SCREENER.screen("Don't reply here, WhatsApp me directly.").categories


def test_messenger_names_found_through_evasions():
    for text in ("T e l e g r a m only: @cash_team", "Add me on Sn\u0430pchat", "wh@tsapp me for the link",
                 "Chat with HR: wa.me/447700900457"):
        assert "off_platform_contact" in SCREENER.screen(text).categories, text


def test_exclusive_messenger_weighs_more_than_a_mention():
    mention = SCREENER.screen("For details WhatsApp me on 0803 123 4567.").score
    only = SCREENER.screen("WhatsApp only, don't reply here: 0803 123 4567.").score
    assert only > mention
