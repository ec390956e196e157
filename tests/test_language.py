"""Language detection: the fast ranker gives py3langid's own ranking, exactly, so no decision changes."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen import language
from ct_screen.language import WORD, _identifier, _sample_letters, detect_language

OWN_TEXTS = [
    "We are hiring drivers for the summer season, apply today with your CV and two references.",
    "Nous recrutons des chauffeurs pour la saison d'été, envoyez votre CV aujourd'hui même s'il vous plaît.",
    "Wir suchen ab sofort Fahrer für die Sommersaison, bitte senden Sie uns Ihren Lebenslauf.",
    "Estamos contratando conductores para la temporada de verano, envíe su currículum hoy mismo.",
    "Мы ищем водителей на летний сезон, присылайте резюме сегодня же, оплата каждую неделю.",
    "我们正在招聘夏季司机，请今天发送您的简历，每周付款，欢迎联系我们了解更多信息。",
    "เรากำลังรับสมัครพนักงานขับรถสำหรับฤดูร้อน กรุณาส่งประวัติย่อของคุณวันนี้",
    "Tunatafuta madereva kwa msimu wa kiangazi, tuma wasifu wako leo na utapata malipo kila wiki.",
    "Kami sedang mencari pengemudi untuk musim panas, kirimkan CV Anda hari ini juga ya.",
    "Part time job earn daily from your phone no experience reply YES to get started now",
    "e\u0301te\u0301 cafe\u0301 re\u0301sume\u0301 na\u0131ve gar\u00e7on \u00fcber stra\u00dfe",
]


def _sample(text: str) -> str:
    words = list(dict.fromkeys(w[:30] for w in WORD.findall(text[:language._READ].lower())))
    return " ".join(words)[:language._SAMPLE]


def _plain():
    fast = _identifier()
    if not isinstance(fast, language._FastRanker):
        pytest.skip("this py3langid has other internals: the plain ranker is in use")
    return fast, fast._identifier


def test_fast_ranker_is_in_use():
    assert isinstance(_identifier(), language._FastRanker)


@pytest.mark.parametrize("text", OWN_TEXTS)
def test_ranking_equals_py3langid(text):
    fast, plain = _plain()
    sample = _sample(text)
    assert fast.rank(sample) == plain.rank(sample)


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=60))
def test_ranking_equals_py3langid_on_generated_words(words):
    fast, plain = _plain()
    sample = " ".join(words)
    assert fast.rank(sample) == plain.rank(sample)


@pytest.mark.parametrize("sample", ["abc de", "caf\u00e9 na\u00efve", "\u0627\u0644\u0639\u0631\u0628\u064a\u0629 ab",
                                    "e\u0301t\u00e9 x\u0301y"])
def test_sample_letters_counts_letters(sample):
    assert _sample_letters(sample) == language._letters(sample)


def test_detection_decisions_unchanged_on_data(emscad_path):
    """Every EMSCAD post and every social_dev post: the fast ranker's ranking is py3langid's."""
    import pandas as pd

    from ct_screen.fields import join_fields

    fast, plain = _plain()
    texts = [join_fields(r).text for r in pd.read_csv(emscad_path, keep_default_na=False).to_dict("records")]
    social = emscad_path.parent.parent / "social" / "social_dev.csv.gz"
    if social.is_file():
        texts += list(pd.read_csv(social, keep_default_na=False)["text"])
    checked = 0
    for text in texts:
        sample = _sample(text)
        if sample:
            ranked = plain.rank(sample)
            assert fast.rank(sample) == ranked, text[:80]
            assert fast.best_and_english(sample) == _best_and_english(ranked), text[:80]
            checked += 1
    assert checked > 1000
    guesses = [detect_language(t) for t in texts]
    assert any(g is not None and not g.supported for g in guesses)  # the data holds posts it does not read


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=300))
def test_features_walked_at_once_are_py3langids_counts(data):
    """Every position's state found at once: the same features, counted in the same order, as py3langid's walk."""
    fast, plain = _plain()
    from py3langid.langid import visit_counts

    visits = visit_counts(plain.tk_nextmove, plain._rowbase, plain.tk_output, data) or {}
    ids, counts = fast._features(data)
    assert ids.tolist() == list(visits.keys())
    assert counts.tolist() == [float(c) for c in visits.values()]


@pytest.mark.parametrize("window", [1, 2])
def test_a_window_too_short_is_caught_and_walked(monkeypatch, window):
    """With too few bytes per position the states are not the walk's: the check says so and the walk runs."""
    fast, plain = _plain()
    sample = _sample(OWN_TEXTS[1])
    monkeypatch.setattr(language, "_WALK_WINDOW", window)
    assert fast._features(plain._encode(sample)) is None
    assert fast.rank(sample) == plain.rank(sample)


@pytest.mark.parametrize("text", ["word " * 3 + "x" * 45 + " " + "x" * 31 + " again " + "y" * 40 + " yy",
                                  "a" * 29 + " " + "a" * 30 + " " + "a" * 31 + " " + "a" * 32 + " tail words"])
def test_long_words_are_cut_as_before(text):
    """Words cut to 30 letters after removing repeats: the words of cutting first, in the same order."""
    assert language._distinct_words(text) == list(dict.fromkeys(w[:30] for w in WORD.findall(text.lower())))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.sampled_from(["a" * 29, "a" * 30, "a" * 31, "a" * 35, "b" * 31 + "c", "word", "é" * 31, " ", "1"]),
                max_size=20).map(" ".join))
def test_distinct_words_are_cut_as_before(text):
    assert language._distinct_words(text) == list(dict.fromkeys(w[:30] for w in WORD.findall(text.lower())))


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(st.sampled_from(["word", "Caf\u00e9", "na\u00efve", "\u00e9t\u00e9", "x", "12", "a1b", "_", "don't",
                                 "\u00b2", "\u0301", "\u4f60\u597d", "\u0627\u0644\u0639\u0645\u0644", "\u212a", "\u0130",
                                 "\u00df", "\x1c", "\u00a0", "-", "\u2013", "\u20ac50"]), max_size=30).map(" ".join))
def test_distinct_words_are_regexs_words(text):
    """Read with ``re`` on a text that reads alike, with ``regex`` otherwise: the words ``regex`` finds."""
    assert language._distinct_words(text) == list(dict.fromkeys(w[:30] for w in WORD.findall(text.lower())))


def test_distinct_words_use_re_on_a_text_that_reads_alike(monkeypatch):
    calls = []
    monkeypatch.setattr(language, "_WORD_RE", type("Spy", (), {"findall": lambda self, t: calls.append(t) or []})())
    language._distinct_words("Warehouse pickers wanted in Leeds")
    language._distinct_words("caf\u00e9 \u00b2")  # a superscript digit: re and regex class it differently
    assert calls == ["warehouse pickers wanted in leeds"]


def _best_and_english(ranked):
    return ranked[0][0], ranked[0][1], next((float(p) for c, p in ranked if c == "en"), 0.0)


@pytest.mark.parametrize("text", OWN_TEXTS + ["", "12 34", "\u4f60\u597d \u4f60"])
def test_best_and_english_are_the_rankings(text):
    fast, plain = _plain()
    sample = _sample(text)
    assert fast.best_and_english(sample) == _best_and_english(plain.rank(sample))


@settings(max_examples=200, deadline=None)
@given(st.lists(st.text(min_size=1, max_size=12), min_size=1, max_size=60))
def test_best_and_english_are_the_rankings_on_generated_words(words):
    fast, plain = _plain()
    sample = " ".join(words)
    assert fast.best_and_english(sample) == _best_and_english(plain.rank(sample))


@pytest.mark.parametrize("text, expected", [
    ("We are looking for a driver who can start this week. You will work with our team from Monday, and the pay "
     "is good. Send your CV and tell us about the jobs you have done and where you would like to work.", True),
    ("Buscamos conductor para empezar esta semana. Trabajará con nuestro equipo desde el lunes y el sueldo es "
     "bueno. Envíe su currículum y cuéntenos sobre los trabajos que ha hecho.", False),
    ("Nous cherchons un chauffeur pour commencer cette semaine, avec notre équipe dès lundi. The pay is good and "
     "you will love it. Envoyez votre CV.", False),
    ("Wir suchen einen Fahrer, der diese Woche anfangen will, für unser Team ab Montag. Schicken Sie uns Ihren "
     "Lebenslauf.", False),
])
def test_reads_as_english_is_a_sure_sign_only(text, expected):
    from ct_screen.language import reads_as_english

    assert reads_as_english(text.lower()) is expected
    if expected:
        guess = detect_language(text)
        assert guess is not None and guess.supported


def test_reads_as_english_never_meets_a_post_the_detector_calls_unread(emscad_path):
    # every post of the shared files and their short views
    from ct_screen.datasets import load_emscad
    from ct_screen.fields import join_fields
    from ct_screen.language import reads_as_english
    from ct_screen.normalize import normalize
    from ct_screen.training.data import from_emscad, load_social, pool, short_views

    social = emscad_path.parent.parent / "social" / "social_dev.csv.gz"
    if not social.is_file():
        pytest.skip("social_dev.csv.gz not beside the EMSCAD file")
    data = pool(from_emscad(load_emscad(emscad_path)), load_social(social))
    texts = [join_fields(p).text for p in data.posts] + list(short_views(data, per_post=3, weight=1.0, seed=0).posts)
    sure = [t for t in (normalize(t).text for t in texts) if reads_as_english(t)]
    assert len(sure) > len(texts) // 5
    assert all((g := detect_language(t)) is None or g.supported for t in sure)
