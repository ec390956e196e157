"""Properties of screen(): never raises, exact spans, deterministic, evasion-proof, monotone."""

from __future__ import annotations

import json
import random
import threading

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import ct_screen
from ct_screen import Screener, screen, screen_many

from .rules.corpus import load_corpus

RULES_ONLY = Screener(model=None)
KEYS = {"score", "band", "hits", "terms", "reasons", "contacts", "version", "notices"}
CLEAN_POSTS = [
    "Warehouse operative in Hull. Forklift licence preferred. Apply on our careers page.",
    "Junior accountant, Leeds office. ACCA part-qualified. Hybrid working, 25 days holiday.",
    "Primary school teacher for September. QTS required. Apply through the council portal.",
    "Line cook for a busy bistro. Two years' experience. Evenings and weekends.",
]
RED_FLAGS = [
    "Pay a registration fee of $50 to start.",
    "The agency keeps your passport for safekeeping.",
    "Girls 18-22 only, send full body photos.",
    "Earn $500 a day from home with your phone.",
    "Contact me on WhatsApp only, do not reply here.",
]
_TO_CYRILLIC = str.maketrans({"a": "а", "e": "е", "o": "о", "p": "р", "c": "с", "x": "х", "y": "у", "i": "і"})


def evidence_matches(post, result) -> None:
    for hit in result.hits:
        for ev in hit.evidence:
            source = post if ev.field is None else post[ev.field]
            assert source[ev.start:ev.end] == ev.text
    for c in result.contacts:
        source = post if c.field is None else post[c.field]
        assert source[c.start:c.end] == c.text


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.text(max_size=400))
def test_never_raises_and_spans_are_exact(text):
    result = RULES_ONLY.screen(text)
    d = result.to_dict()
    assert set(d) == KEYS
    json.dumps(d)
    assert 0.0 <= d["score"] <= 1.0 and d["band"] in ("low", "review", "high")
    evidence_matches(text, result)


@settings(max_examples=100, deadline=None)
@given(st.dictionaries(st.sampled_from(["title", "description", "company_profile", "benefits", "notes"]),
                       st.text(max_size=200), max_size=5))
def test_mapping_spans_point_into_their_field(post):
    evidence_matches(post, RULES_ONLY.screen(post))


POSITIVES = [p for p in load_corpus() if p.label]


@pytest.mark.parametrize("post", POSITIVES[:60], ids=[p.id for p in POSITIVES[:60]])
def test_invisible_characters_and_homoglyphs_keep_categories(post):
    expected = set(RULES_ONLY.screen(post.text).categories)
    rng = random.Random(post.id)
    words = post.text.split(" ")
    zero_width = " ".join(w[:1] + "\u200b" + w[1:] if len(w) > 3 and rng.random() < 0.5 else w for w in words)
    homoglyph = " ".join(w.translate(_TO_CYRILLIC) if rng.random() < 0.5 else w for w in words)
    for variant in (zero_width, homoglyph):
        result = RULES_ONLY.screen(variant)
        assert expected <= set(result.categories), variant
        evidence_matches(variant, result)


@pytest.mark.parametrize("clean", CLEAN_POSTS)
@pytest.mark.parametrize("flag", RED_FLAGS)
def test_score_is_monotone_when_a_red_flag_is_appended(clean, flag):
    for screener in (RULES_ONLY, Screener()):
        assert screener.screen(clean + " " + flag).score >= screener.screen(clean).score


def test_several_categories_raise_risk_more_than_one_repeated():
    one = RULES_ONLY.screen(" ".join([RED_FLAGS[0]] * 4))
    several = RULES_ONLY.screen(" ".join(RED_FLAGS[:4]))
    assert several.score > one.score
    assert len(one.categories) == 1


def test_deterministic_and_screen_many_in_order():
    posts = CLEAN_POSTS + RED_FLAGS + [""]
    first = [r.to_dict() for r in screen_many(posts)]
    assert first == [screen(p).to_dict() for p in posts]
    assert first == [r.to_dict() for r in screen_many(posts)]


def test_thread_safe():
    posts = (CLEAN_POSTS + RED_FLAGS) * 5
    expected = [screen(p).to_dict() for p in posts]
    out: dict[int, list] = {}

    def work(k: int) -> None:
        out[k] = [screen(p).to_dict() for p in posts]

    threads = [threading.Thread(target=work, args=(k,)) for k in range(4)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    assert all(v == expected for v in out.values())


@pytest.mark.parametrize("bad", [b"bytes", 42, None, ["a list"], 3.5])
def test_non_str_input_is_a_type_error(bad):
    with pytest.raises(TypeError):
        screen(bad)


@pytest.mark.parametrize("text", [
    "", " ", "\x00" * 100, "\ud800\udfff\ud800", "\u202e\u202d" * 50, "a" * 1_000_000,
    "\u200b" * 100_000, "((((((((((" * 10_000, "".join(chr(i) for i in range(0, 0x3000)),
])
def test_odd_input_does_not_crash(text):
    d = RULES_ONLY.screen(text).to_dict()
    assert d["band"] in ("low", "review", "high")


def test_version_and_lazy_model():
    d = RULES_ONLY.screen("hello").to_dict()
    assert d["version"]["model"] == "none" and d["version"]["package"] == ct_screen.__version__


def test_options_rebuild_an_equivalent_screener():
    from ct_screen.fuse import Thresholds

    first = Screener(model=None, disabled_rules=["CT100"], thresholds=Thresholds(review=0.2, high=0.7), max_terms=3)
    second = Screener(**first.options)
    post = "Registration fee of $50 required. Contact us on WhatsApp +44 7700 900123."
    assert second.version == first.version and second.thresholds == first.thresholds and second.max_terms == 3
    assert "CT100" not in {r.id for r in second.rules}
    assert second.screen(post).to_dict() == first.screen(post).to_dict()


def test_a_long_post_is_read_at_head_and_tail_and_says_the_middle_was_skipped():
    from ct_screen.rules.matcher import RULE_TEXT_LIMIT

    sentence = "Pay a $50 registration fee today, then WhatsApp me."
    post = "Filler words here. " * (RULE_TEXT_LIMIT // 10) + sentence
    result = Screener(model=None).screen(post)
    assert "upfront_fee" in result.categories
    fee = next(h for h in result.hits if h.category == "upfront_fee")
    assert all(post[e.start:e.end] == e.text and e.start > RULE_TEXT_LIMIT for e in fee.evidence)
    assert [n.code for n in result.notices] == ["CTN200"]
    assert "CTN200" in [n["code"] for n in result.to_dict()["notices"]]
    assert Screener(model=None).screen(sentence).notices == ()


def test_the_classifier_reads_what_the_rules_read_of_a_long_post():
    # the middle the rules skip is blanked for the classifier too (same length, offsets hold), and its
    # contacts are not given to it: a hostile megabyte costs the classifier what 100,000 characters cost
    from ct_screen.rules.matcher import RULE_TEXT_LIMIT

    lure = "Easy money from home, 300 USD a day, pay the registration fee, WhatsApp +44 7700 900123. "
    filler = "Our team meets on Mondays to plan the week ahead. "
    post = filler * (RULE_TEXT_LIMIT // 100) + lure * 50 + filler * (RULE_TEXT_LIMIT // 100)
    screener = Screener()
    analysis = screener.analyse(post)
    view = analysis.view
    from ct_screen.normalize import normalize

    read = normalize(post).text  # the classifier reads the normalised text, as the rules do
    assert len(view.text) == len(read) and view.text[:5000] == read[:5000] and view.text[-5000:] == read[-5000:]
    assert "registration" not in view.text and view.contacts == ()
    assert len(analysis.contacts) > 0  # contacts are still listed (and linked) from the whole post
    result = screener.screen(post)
    assert result.hits == () and [n.code for n in result.notices] == ["CTN200"]
    assert "classifier" in result.notices[0].message
    assert not any("registration" in t.term for t in result.terms)


def test_each_evidence_span_names_the_pattern_that_produced_it():
    result = Screener(model=None).screen("Pay a $50 registration fee, then WhatsApp me on +44 7700 900123")
    by_rule = {h.rule_id: h for h in result.hits}
    patterns = [e.pattern for h in result.hits for e in h.evidence]
    assert all(patterns), patterns
    rule = next(r for r in Screener(model=None).rules if r.id == "CT100")
    assert set(e.pattern for e in by_rule["CT100"].evidence) <= set(rule.pattern_names)
    assert all(e["pattern"] for h in result.to_dict()["hits"] for e in h["evidence"])
    contact = Screener(model=None).screen("Send your CV to hiringteam.jobs2025@gmail.com for immediate interview.")
    assert [e.pattern for h in contact.hits if h.rule_id == "CT263" for e in h.evidence] == ["contact:free_mail"]


@pytest.mark.parametrize("post, contact", [
    ("We are hiring baristas. WhatsApp +44 7700 900123", "+44 7700 900123"),
    ("Chat with the recruiter here: wa.me/971501234567 today", "wa.me/971501234567"),
    ("Drivers needed. Viber +63 917 555 0142", "+63 917 555 0142"),
])
def test_evidence_that_reaches_into_a_contact_shows_the_whole_contact(post, contact):
    result = RULES_ONLY.screen(post)
    spans = [e for h in result.hits for e in h.evidence]
    touching = [e for e in spans if e.start < post.index(contact) + len(contact) and e.end > post.index(contact)]
    assert touching, [h.rule_id for h in result.hits]
    assert all(contact in e.text and post[e.start:e.end] == e.text for e in touching), [e.text for e in touching]


def test_widen_to_contacts_moves_only_ends_that_fall_inside_a_contact():
    from ct_screen.result import Contact
    from ct_screen.rules.firing import widen_to_contacts

    phone = Contact(kind="phone", value="+447700900123", start=33, end=48, text="+44 7700 900123")
    assert widen_to_contacts(24, 35, [phone]) == (24, 48)
    assert widen_to_contacts(40, 60, [phone]) == (33, 60)
    assert widen_to_contacts(24, 48, [phone]) == (24, 48)
    assert widen_to_contacts(0, 20, [phone]) == (0, 20)


OBFUSCATIONS = {
    "zero-width": lambda t: "".join(c + ("\u200b" if i % 3 == 2 else "") for i, c in enumerate(t)),
    "soft hyphen": lambda t: t.replace("e", "e\u00ad"),
    "word joiner": lambda t: t.replace("o", "o\u2060"),
    "look-alike letters": lambda t: t.replace("a", "\u0430").replace("e", "\u0435").replace("o", "\u043e"),
    "full width": lambda t: "".join(chr(ord(c) + 0xFEE0) if "!" <= c <= "~" else c for c in t),
    "spaced letters": lambda t: t.replace("earn", "e a r n").replace("daily", "d a i l y"),
}


@pytest.mark.parametrize("how", list(OBFUSCATIONS))
def test_obfuscation_does_not_blind_the_classifier(how):
    # the classifier read the caller's text: zero-width spaces or soft hyphens inside words broke its words (a
    # scam scored high plain fell to review), look-alike Cyrillic letters or full-width forms made the post read
    # as another language (low, 'not read'); it reads the normalised text, as the rules do
    plain = ("Part time job from home, earn 300-800 daily, no experience needed, just a few hours on your phone. "
             "Message me on WhatsApp +44 7700 900123 to start today.")
    hidden = OBFUSCATIONS[how](plain)
    a, b = screen(plain), screen(hidden)
    assert b.band == a.band == "high" and b.score == pytest.approx(a.score) and b.notices == ()
    assert [t.term for t in b.terms] == [t.term for t in a.terms]
    for term in b.terms:
        assert all(hidden[e.start:e.end] == e.text for e in term.evidence)
    assert [c.value for c in b.contacts] == [c.value for c in a.contacts]
