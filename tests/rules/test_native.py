"""The optional native prefilter (Hyperscan) changes how fast the rules run, never what they find."""

from __future__ import annotations

import json
import re
import shutil

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen.normalize import normalize
from ct_screen.rules import Rule, builtin_rules
from ct_screen.rules import native as native_mod
from ct_screen.rules.build_native import builtin_sources
from ct_screen.rules.matcher import RuleMatcher
from ct_screen.rules.native import DB_DIR, load_filter, marked, pattern_key, translate

from ..benchmark_scripts import benchmark_module
from .corpus import load_corpus

hs = pytest.importorskip("hyperscan", reason='the native prefilter is optional: pip install "ct-screen[fast]"')

RULES = builtin_rules()
NATIVE = RuleMatcher(RULES, native=True)
PYTHON = RuleMatcher(RULES, native=False)


def hits(engine: RuleMatcher, text: str) -> list[tuple[str, list[tuple[int, int]]]]:
    return [(rule.id, spans) for rule, spans in engine.run(text)]


def assert_same(texts) -> int:
    fired = 0
    for text in texts:
        expected = hits(PYTHON, text)
        assert hits(NATIVE, text) == expected, text[:200]
        fired += len(expected)
    return fired


def test_the_shipped_database_covers_every_built_in_pattern():
    # Fails when a pattern changes without `python -m ct_screen.rules.build_native` (the engine would still be
    # exact, only slower, for the changed patterns).
    index = json.loads((DB_DIR / "prefilter.json").read_text(encoding="utf-8"))
    assert set(index["keys"]) == {pattern_key(p) for p in builtin_sources()}
    assert index["untranslated"] == []


def test_the_native_prefilter_is_used_when_hyperscan_is_installed():
    assert NATIVE.native is not None and PYTHON.native is None
    assert NATIVE.native.covered == sum(len(r.patterns) for r in RULES if r.patterns)
    # on a plain job ad it passes a handful of patterns, not the dozens the literal prefilter lets through
    ad = normalize("We are hiring a payroll administrator in Leeds. Apply with your CV on our website; "
                   "pay is in line with experience and the role is full time.").text
    assert len(NATIVE.native.candidates(ad)) < 5


def test_same_hits_on_the_corpus_and_its_fragments_joined():
    texts = [normalize(p.text).text for p in load_corpus()]
    assert assert_same(texts) > 100
    assert_same([" ".join(texts), "x " * 3000 + " ".join(texts[::-1])])


_ALPHABET = st.sampled_from(
    [r.examples[0] for r in RULES] + ["fee", "pay", "visa", "not", "never", "whatsapp", "$50", "\u00a3300",
                                      "\u20ac", "caf\u00e9", "\u00e9l\u00e8ve", "\u0661\u0667", "\u212a", "\u017f",
                                      "\u0130", "\u00df", "_", "\x1c", "\u00a0", "\u2028", "\n", " ", ",", ".",
                                      "18", "2,500", "usd", "18+", "\u4f60\u597d", "\u0627\u0644\u0639\u0645\u0644"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_ALPHABET, max_size=40), st.sampled_from(["", " ", "\u00e9", "_"]))
def test_same_hits_on_generated_texts_with_non_ascii(parts, glue):
    text = glue.join(parts)
    assert_same([text, normalize(text).text])


def test_same_hits_on_the_hostile_input_generator():
    for name, text in benchmark_module("hostile_input").cases(RULES, 60_000).items():
        assert hits(NATIVE, normalize(text).text) == hits(PYTHON, normalize(text).text), name


@pytest.mark.needs_data
def test_same_hits_on_every_emscad_and_social_post(emscad_path):
    import pandas as pd

    from ct_screen.datasets import load_emscad
    from ct_screen.fields import join_fields

    frame = load_emscad(emscad_path)
    texts = [normalize(join_fields(row).text).text for row in frame.to_dict("records")]
    social = emscad_path.parents[1] / "social" / "social_dev.csv.gz"
    if social.exists():
        texts += [normalize(t).text for t in pd.read_csv(social)["text"].astype(str)]
    assert assert_same(texts) > 300


# -- the translation is a superset of the original pattern ------------------------------------------------

TRICKY = [
    r"\bcaf\u00e9\b", r"\b\w+\u00e9\b", r"(?<!not )\bfee\b", r"fee(?!\s+waived)", r"(?i)k\w{2}",
    r"(?i)\bss\b", r"[^a-z\s]{2,}", r"(?s)a.{0,3}b", r"a.b", r"(a|b)\1", r"(?:ab){2,5}c", r"(?>ab|a)b",
    r"\d{2,}\s?usd", r"\s{2}x", r"\W\w\B", r"^fee", r"fee$", r"(?:\w+\W+){0,3}visa", r"[\u00a3$\u20ac]\d+",
    r"(a)?(?(1)b|c)", r"x*", r"\B\u00e9", r"(?a:\w+)\u00e9", r"[\w\-]+z", r"(?a)\bfe\b", r"(?a:x\B)",
]


def _skeleton(pattern: str):
    database = hs.Database(mode=hs.HS_MODE_BLOCK)
    database.compile(expressions=[translate(pattern)], ids=[0], elements=1,
                     flags=hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY)
    return database


def _skeleton_matches(database, text: str) -> bool:
    found: list[int] = []
    database.scan(marked(text), match_event_handler=lambda *a: found.append(1))
    return bool(found)


_SKELETONS = {p: _skeleton(p) for p in TRICKY}


@settings(max_examples=400, deadline=None, derandomize=True)
@given(st.sampled_from(TRICKY),
       st.text(alphabet=st.sampled_from(list("abcfekvisusdxz _-.,\n0123\u00e9\u00c9\u212a\u017f\u00a3\u20ac\u0661"
                                              "\u00a0\x1c\u4f60")), min_size=1, max_size=30))
def test_the_translation_matches_wherever_the_pattern_does(pattern, text):
    if re.search(pattern, text) and any(m.end() > m.start() for m in re.finditer(pattern, text)):
        assert _skeleton_matches(_SKELETONS[pattern], text), (pattern, text)


def test_marking_keeps_one_byte_per_character_and_python_word_boundaries():
    text = "caf\u00e9 \u00a0x\u4f60\u212a"
    data = marked(text)
    assert len(data) == len(text)
    assert data == b"caf_ \x80x__"


@settings(max_examples=300, deadline=None)
@given(st.text(alphabet=st.sampled_from(list("ab _\u00e9\u00a0\u4f60\u212a\u0301\ud800\U0001f4de\u2019\u0661")),
               max_size=80))  # both sides of marked()'s switch at 32 non-ASCII characters
def test_marking_by_the_error_handler_gives_what_two_substitutions_gave(text):
    word, other = re.compile(r"[^\W\x00-\x7f]"), re.compile(r"[^\x00-\x7f]")
    assert marked(text) == other.sub("\x80", word.sub("_", text)).encode("latin-1")


# -- fallbacks --------------------------------------------------------------------------------------------

def test_switched_off_stale_or_damaged_databases_leave_the_engine_exact(tmp_path, monkeypatch):
    sources = [p for r in RULES for p in r.patterns]
    monkeypatch.setenv("CT_SCREEN_NATIVE", "0")
    native_mod._load.cache_clear()
    assert load_filter(sources) is None
    monkeypatch.delenv("CT_SCREEN_NATIVE")

    damaged = tmp_path / "damaged"
    shutil.copytree(DB_DIR, damaged)
    blob = bytearray((damaged / "prefilter.hsdb.z").read_bytes())
    blob[len(blob) // 2] ^= 0xFF
    (damaged / "prefilter.hsdb.z").write_bytes(bytes(blob))
    assert load_filter(sources, damaged) is None  # its hash no longer matches the index

    stale = tmp_path / "stale"
    shutil.copytree(DB_DIR, stale)
    index = json.loads((stale / "prefilter.json").read_text(encoding="utf-8"))
    index["format"] = -1
    (stale / "prefilter.json").write_text(json.dumps(index), encoding="utf-8")
    assert load_filter(sources, stale) is None
    native_mod._load.cache_clear()


def test_patterns_the_database_does_not_know_are_always_run():
    changed = Rule(id="T901", category="x_y", name="t", severity="low", weight=0.1,
                   patterns=(r"\bquokka\s+wrangler\b",), explanation="t")
    untrusted = Rule(id="T902", category="x_y", name="t", severity="low", weight=0.1,
                     patterns=(RULES[0].patterns[0],), explanation="t", trusted=False)
    engine = RuleMatcher((*RULES, changed, untrusted), native=True)
    text = "wanted: quokka  wrangler, " + RULES[0].examples[0]
    assert [r for r, _ in engine.run(text) if r.id in ("T901", "T902")] == [changed, untrusted]
    assert hits(engine, text) == hits(RuleMatcher((*RULES, changed, untrusted), native=False), text)


def test_a_text_that_nearly_matches_everything_stops_the_scan_and_runs_every_rule():
    joined = " ".join(normalize(p.text).text for p in load_corpus())
    assert NATIVE.native.candidates(joined, limit=3) is None  # stopped early: "many"
    assert len(NATIVE.native.candidates(joined)) > 3
    assert hits(NATIVE, joined) == hits(PYTHON, joined)


def test_threads_share_one_matcher_and_get_the_same_hits():
    # each thread scans with Hyperscan scratch space of its own (a shared scratch would corrupt scans)
    from concurrent.futures import ThreadPoolExecutor

    texts = [normalize(p.text).text for p in load_corpus()] * 3
    matcher = RuleMatcher(RULES, native=True)
    expected = [hits(PYTHON, t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        got = list(pool.map(lambda t: hits(matcher, t), texts))
    assert got == expected


@pytest.mark.parametrize(("pattern", "text"), [
    (r"(?a)\bfe\b", "\u00e9fe"),        # under ASCII rules a non-ASCII letter is no word character
    (r"(?i)\bkit\b", "\u212ait"),       # KELVIN SIGN folds to k
    (r"\bcaf\u00e9\b", "un caf\u00e9!"),  # a non-ASCII word character ends a word as Python reads it
    (r"(?<!no )fee(?=\s)", "a fee here"),
    (r"[^a-z]{2}x", "\u00e9\u00e8x"),
])
def test_the_translation_matches_these_known_traps(pattern, text):
    assert re.search(pattern, text)
    assert _skeleton_matches(_skeleton(pattern), text)


def test_a_database_hyperscan_refuses_leaves_the_matcher_exact(monkeypatch):
    # another Hyperscan library version, or a CPU the database was not built for: hyperscan refuses to load it
    class Refusing:
        HS_MODE_BLOCK = hs.HS_MODE_BLOCK

        @staticmethod
        def loadb(*_args):
            raise hs.error("database version mismatch")

    monkeypatch.setattr(native_mod, "_hyperscan", lambda: Refusing)
    native_mod._load.cache_clear()
    try:
        assert load_filter([p for r in RULES for p in r.patterns]) is None
        assert RuleMatcher(RULES, native=True).native is None
    finally:
        native_mod._load.cache_clear()


def test_a_database_split_at_alternatives_reports_a_pattern_wherever_it_matches(tmp_path):
    # session 11: the warning context's database is split at each pattern's top-level alternatives (Hyperscan
    # refuses the warning list whole); together the parts must match wherever the pattern does
    from ct_screen.rules.native import build_database

    patterns = [r"\b(?:scam|fraud(?:ster)?s?|be\s+careful)\b", r"(?:a|b\w)c", r"x|y{2,3}", r"(?<!no\s)\b(?:pay|send)\s+\d+",
                r"caf\u00e9|\bna\u00efve\b"]
    index = build_database(patterns, tmp_path, split=True)
    assert len(index["keys"]) > len(patterns) and index["untranslated"] == []
    found = load_filter(patterns, tmp_path)
    texts = ["scam", "fraudsters!", "be  careful", "bxc", "ac", "yy", "x", "pay 50", "no pay 50", "caf\u00e9",
             "a na\u00efve offer", "nothing here", "", "scammer", "pay50"]
    for text in texts:
        candidates = found.candidates(text)
        for i, pattern in enumerate(patterns):
            if re.search(pattern, text):
                assert i in candidates, (pattern, text)
    assert found.candidates("nothing here") == set()
