"""The faster path says what the plain one said: each shortcut against the plain computation it replaces.

With ``$CT_SCREEN_OUTPUTS`` naming a dump written by ``tests/screen_outputs.py dump`` from the code before
a change, every output is compared with it exactly (see that script).
"""

from __future__ import annotations

import os
import pickle

import pytest
import regex
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen import Screener, contacts
from ct_screen import normalize as normalize_module
from ct_screen.contacts import _DIGIT_WORDS, _digit_clusters
from ct_screen.context import _warning_sentences, find_warning_context
from ct_screen.model import bundle, store
from ct_screen.model.features import ngrams
from ct_screen.normalize import (
    _AMOUNT_TOKEN,
    _LEET_CODES,
    _LEET_INNER,
    _from_codes,
    _to_codes,
    _undo_leetspeak,
)
from ct_screen.reading import MIN_WORDS, _blank, _words_up_to, count_words

from .screen_outputs import differences, outputs, posts, read_dump

WARNING_BITS = ["Beware of scams.", "A real employer will never ask you to pay.", "Do not send money", "this is not a scam",
                "1. never pay fees\n", "- report the account\n", "Safety tips:", "\n", "We pay weekly.", "fraud",
                "Call 0770 090 0123 now!", "con\nartists", "scam;", "e-mail us", "  ", "."]
DIGITS_TEXT = st.lists(st.sampled_from(["1", "23", "4567", "one", "two", " ", "  ", "-", "call", "me", "\n", "x9",
                                        "#url_0a3f9c#", "zero", "seven", "."]), max_size=60).map("".join)


@pytest.fixture(scope="module")
def screener():
    return Screener()


def test_outputs_match_the_dump_named_by_ct_screen_outputs():
    dump = os.environ.get("CT_SCREEN_OUTPUTS")
    if not dump:
        pytest.skip("set CT_SCREEN_OUTPUTS to a dump from tests/screen_outputs.py to compare with it")
    before = read_dump(dump)
    assert differences(before, dict(outputs())) == []


def test_screen_one_by_one_equals_screen_many(screener):
    sample = [post for _, post in posts(data=False)][:400]
    assert [screener.screen(p).to_dict() for p in sample] == [r.to_dict() for r in screener.screen_many(sample)]


# -- warning context: the whole-text pre-test ------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(WARNING_BITS), max_size=12).map(" ".join))
def test_warning_pre_test_changes_nothing(text):
    assert find_warning_context(text) == _warning_sentences(text)


def test_warning_pre_test_on_own_posts():
    texts = [p if isinstance(p, str) else "" for _, p in posts(data=False)]
    assert sum(bool(_warning_sentences(t.lower())) for t in texts) > 5  # the check can fail
    for text in texts:
        assert find_warning_context(text.lower()) == _warning_sentences(text.lower())


# -- what the classifier reads: blanking and counting words ----------------------------------------------------


def _blank_plain(text, spans):
    chars = list(text)
    for a, b in spans:
        chars[a:b] = " " * (b - a)
    return "".join(chars)


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=80), st.lists(st.tuples(st.integers(0, 80), st.integers(0, 80)), max_size=5))
def test_blank_equals_blanking_character_by_character(text, raw):
    spans = [(min(a, b, len(text)), min(max(a, b), len(text))) for a, b in raw]
    assert _blank(text, spans) == _blank_plain(text, spans)


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab1 -\u00e9\u0301_"), max_size=40))
def test_words_are_counted_up_to_the_minimum(text):
    assert _words_up_to(text, MIN_WORDS) == min(count_words(text), MIN_WORDS)


# -- contacts: digit runs read as runs --------------------------------------------------------------------------


@settings(max_examples=300, deadline=None)
@given(DIGITS_TEXT)
def test_digit_clusters_equal_the_digit_by_digit_scan(text):
    runs = list(_digit_clusters(text))
    saved = contacts._DIGIT_SEED
    contacts._DIGIT_SEED = regex.compile(r"\d|\b(?:" + "|".join(_DIGIT_WORDS) + r")\b")  # one digit at a time
    try:
        assert runs == list(_digit_clusters(text))
    finally:
        contacts._DIGIT_SEED = saved


# -- normalising: amounts looked for only where leetspeak is ----------------------------------------------------


def _leet_plain(text):
    amounts = [m.span() for m in _AMOUNT_TOKEN.finditer(text)]
    positions = [m.start() + k for m in _LEET_INNER.finditer(text) for k in range(len(m.group()))
                 if not any(a <= m.start() < b for a, b in amounts)]
    codes = _to_codes(text)
    for p in positions:
        codes[p] = _LEET_CODES[int(codes[p])]
    return _from_codes(codes)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["n5k", "rs50m", "t3l3gr4m", "p@ss", "k", "m", "5", "a", " ", "ngn20k", "b1g"]),
                max_size=15).map("".join))
def test_leetspeak_is_undone_as_before(text):
    assert _undo_leetspeak(text, _to_codes(text))[0] == _leet_plain(text)


# -- the model: n-grams and term names ---------------------------------------------------------------------------


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a", "b", "c", "ctphone"]), max_size=12),
       st.sampled_from([(1, 1), (1, 2), (1, 3), (2, 2), (2, 3)]))
def test_ngrams_equal_the_sliced_windows(tokens, ngram_range):
    low, high = ngram_range
    plain = list(tokens) if low == 1 else []
    for n in range(max(2, low), high + 1):
        plain.extend(" ".join(tokens[i:i + n]) for i in range(len(tokens) - n + 1))
    assert ngrams(tuple(tokens), ngram_range) == plain


def test_term_names_are_read_on_first_use():
    model = bundle.load_model(bundle.default_model_dir())
    assert "_term_names_reader" in model.features.__dict__  # not read by loading
    model.predict_many(["x"], [()])  # no term to report: still not read
    assert "_term_names_reader" in model.features.__dict__
    copy = pickle.loads(pickle.dumps(model))  # a pickle carries the names themselves
    assert "_term_names_reader" not in copy.features.__dict__
    prediction = model.predict_many(["Pay the registration fee and send your passport to our agent today"], [()])[0]
    assert prediction.terms and "_term_names_reader" not in model.features.__dict__
    assert list(copy.features.term_names_) == list(model.features.term_names_)
    assert prediction == copy.predict_many(["Pay the registration fee and send your passport to our agent today"],
                                           [()])[0]


def test_a_model_without_term_names_is_refused_when_loaded():
    import io

    import numpy as np

    blob = (bundle.default_model_dir() / store.ARRAYS_FILE).read_bytes()
    params = (bundle.default_model_dir() / store.PARAMS_FILE).read_bytes()
    with np.load(io.BytesIO(blob), allow_pickle=False) as npz:
        arrays = {k: npz[k] for k in npz.files if not k.startswith("term_names")}
    buffer = io.BytesIO()
    np.savez(buffer, **arrays)
    with pytest.raises(store.StoreError, match="term_names"):
        store.read_data(buffer.getvalue(), params)


@settings(max_examples=300, deadline=None)
@given(st.lists(st.sampled_from(["see", " ", "example", ".com", ".co", ".uk", "/jobs", "www.", "http://", "https://",
                                 "x", "-", "@", ".", "bit.ly", ".comx", "\n", ".In", "A.B", ".xn--p1ai", "9"]),
                max_size=20).map("".join))
def test_url_hint_misses_no_url(text):
    def urls(hint):
        saved = contacts._URL_HINT
        contacts._URL_HINT = hint
        try:
            norm = normalize_module.normalize(text)
            found = contacts._Found(norm)
            contacts._urls(norm.base_text, found)
            return found.items
        finally:
            contacts._URL_HINT = saved

    assert urls(contacts._URL_HINT) == urls(regex.compile(""))  # the empty pattern: every text looked at


@settings(max_examples=500, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab9Z \u2019\u00b7\u2022.-_*|/'\u00e9\u0430\n"), max_size=80))
def test_letter_spacing_found_by_re_as_by_regex(text):
    """The letter-spacing pattern holds plain characters only: ``re`` finds what ``regex`` found."""
    before = regex.compile(normalize_module._LETTER_SPACED_SOURCE)
    folded = normalize_module._fold(text)[0]
    assert [m.span() for m in normalize_module._LETTER_SPACED.finditer(folded)] == \
        [m.span() for m in before.finditer(folded)]


@settings(max_examples=300, deadline=None)
@given(st.lists(st.tuples(st.integers(0, 60), st.integers(1, 12)), max_size=25),
       st.lists(st.tuples(st.integers(0, 70), st.integers(0, 12)), min_size=1, max_size=25))
def test_taken_spans_answer_as_a_scan_of_them_all(added, asked):
    """Free and inside-one answered by binary search, as a look at every span taken would (spans out of order
    and overlapping too)."""
    found = contacts._Found(normalize_module.normalize(""))
    for start, width in added:
        found.add(start, start + width, {"kind": "phone"})
        for a, size in asked:
            b = a + size
            assert found.free(a, b) == all(b <= s or a >= e for s, e in found.taken)
            assert found.within_one(a, b) == any(s <= a and b <= e for s, e in found.taken)


SPOOF_BITS = ["a", "b", "9", " ", "\u0430", "\u0435", "\u043e", "\u03bf", "\u0440", "x" * 39, "y" * 41, "\u00df", "_",
              "\u0436", ".", "\n", "\u0435" * 30, "pay", "\u0440\u0430y"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(SPOOF_BITS), max_size=30).map("".join))
def test_spoofed_words_found_where_they_can_start_are_those_of_a_whole_scan(text):
    """Look-alike words sought only from the look-alikes: the matches of scanning the whole text."""
    assert [m.span() for m in normalize_module._latin_spoofs(text)] == \
        [m.span() for m in normalize_module._SPOOF_TOKEN_LATIN.finditer(text)]


def test_spoofed_words_found_where_they_can_start_on_data(emscad_path):
    from .screen_outputs import _emscad, _social

    root = emscad_path.parent.parent
    for _, post in (*_emscad(root), *_social(root)):
        if isinstance(post, str):
            folded = normalize_module._fold(post)[0]
            assert [m.span() for m in normalize_module._latin_spoofs(folded)] == \
                [m.span() for m in normalize_module._SPOOF_TOKEN_LATIN.finditer(folded)]


@settings(max_examples=400, deadline=None)
@given(st.text(alphabet=st.sampled_from("aZ \x01\x7f\t\n\u2019\u00e9\ufb01\u0130\u200b\u00df\U0001f4de"), max_size=200))
def test_folding_ascii_stretches_apart_gives_the_fold_table(text):
    """ASCII stretches lower-cased apart from the runs of other characters: what the table gives, char by char
    (with few runs and with more than the limit)."""
    expected = "".join(normalize_module._FOLD_TABLE[ord(ch)] for ch in text)
    assert normalize_module._fold(text)[0] == expected
    assert normalize_module._fold(text + " \u00e9" * (normalize_module._MAX_RUNS + 1))[0] == \
        expected + " e" * (normalize_module._MAX_RUNS + 1)


EMAIL_BITS = ["a", "b.c", "@", " (at) ", "(at)", "[ at ]", "{at}", "  ", "   ", "x" * 63, "y" * 70, "gmail", ".com",
              " dot ", "(dot)", "_", "\u00e9", "-", "\n", "%", "+", "."]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(EMAIL_BITS), max_size=25).map("".join))
def test_email_matches_are_those_of_a_whole_text_scan(text):
    """Addresses sought only before an ``@`` or ``(at)``: the matches of scanning the whole text."""
    assert [m.span() for m in contacts._email_matches(text)] == [m.span() for m in contacts._EMAIL.finditer(text)]


URL_BITS = ["see", " ", "example", ".com", ".co", ".uk", "/jobs", "www.", "http://", "https://", "x", "-", "@", ".",
            "bit.ly", ".comx", "\n", ".In", "A.B", ".xn--p1ai", "9", "_", "\u00e9", "a" * 63, "b" * 70, "w.", "ww",
            "http", "co.", "..", "\u0915\u093e", ",", "s.we"]


@settings(max_examples=500, deadline=None)
@given(st.lists(st.sampled_from(URL_BITS), max_size=30).map("".join))
def test_url_matches_are_those_of_a_whole_text_scan(text):
    """Looking for URLs only where a hint is finds what scanning the whole text finds (hosts over 256 long too)."""
    base = normalize_module.normalize(text).base_text
    assert [m.span() for m in contacts._url_matches(base)] == [m.span() for m in contacts._URL.finditer(base)]


def test_url_matches_are_those_of_a_whole_text_scan_on_data(emscad_path):
    from .screen_outputs import _emscad, _social

    root = emscad_path.parent.parent
    checked = 0
    for _, post in (*_emscad(root), *_social(root)):
        if isinstance(post, str):
            base = normalize_module.normalize(post).base_text
            assert [m.span() for m in contacts._url_matches(base)] == [m.span() for m in contacts._URL.finditer(base)]
            assert [m.span() for m in contacts._email_matches(base)] == \
                [m.span() for m in contacts._EMAIL.finditer(base)]
            checked += 1
    assert checked > 1000


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab \u2019\u00e9\ufb01\u200b\U0001f4de\u0130\u00adZ\n\t"), max_size=40))
def test_fold_index_counts_what_each_character_becomes(text):
    folded, index = normalize_module._fold(text)
    lengths = [len(normalize_module._FOLD_TABLE[ord(ch)]) for ch in text]
    assert folded == "".join(normalize_module._FOLD_TABLE[ord(ch)] for ch in text)
    assert index.tolist() == [i for i, n in enumerate(lengths) for _ in range(n)]


@settings(max_examples=200, deadline=None)
@given(st.text(alphabet=st.sampled_from("ab Z\u0130\u00e9_1"), max_size=40),
       st.lists(st.tuples(st.integers(0, 40), st.integers(0, 40)), max_size=2))
def test_token_spans_point_at_the_tokens(text, cuts):
    from ct_screen.model.features import TOKEN_PATTERN, Analysed
    from ct_screen.model.features import analyse as analyse_tokens
    from ct_screen.result import Contact

    starts = sorted({min(a, b, len(text)) for a, b in cuts})
    contacts = [Contact(kind="phone", value="+1", start=a, end=min(a + 2, len(text)), text=text[a:a + 2])
                for a in starts if a + 2 <= len(text)]
    doc: Analysed = analyse_tokens(text, contacts)
    plain = []
    for start, end, token in doc.pieces:
        piece = text[start:end]
        source = piece.lower() if len(piece.lower()) == len(piece) else piece
        plain += [(start, end)] if token else [(start + m.start(), start + m.end())
                                               for m in TOKEN_PATTERN.finditer(source)]
    assert list(doc.spans) == plain  # counted from what tokenising kept
    unkept = analyse_tokens(text, contacts, keep_parts=False)
    assert unkept.parts is None and unkept.tokens == doc.tokens and list(unkept.spans) == plain  # read again


def test_other_digits_class_is_the_look_ahead_it_replaced():
    """Every code point: the one-class pattern finds exactly the digits the look-ahead form found."""
    import re
    import sys

    from ct_screen.rules.matcher import _OTHER_DIGIT

    before = re.compile(r"(?![0-9])\d")
    text = "".join(map(chr, range(sys.maxunicode + 1)))
    assert [m.start() for m in _OTHER_DIGIT.finditer(text)] == [m.start() for m in before.finditer(text)]
