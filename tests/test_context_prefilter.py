"""The native prefilter of the warning context (Hyperscan) changes how fast a post's warnings are read, never what
is read: the same warning sentences with it and without it."""

from __future__ import annotations

import json
from unittest import mock

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from ct_screen import context
from ct_screen.context import PREFILTERED, find_warning_context
from ct_screen.normalize import normalize
from ct_screen.rules import builtin_rules
from ct_screen.rules.matcher import read_pieces
from ct_screen.rules.native import CONTEXT_DB_DIR, pattern_key

from .benchmark_scripts import benchmark_module
from .rules.corpus import load_corpus

pytest.importorskip("hyperscan", reason='the native prefilter is optional: pip install "ct-screen[fast]"')

WARNINGS = [
    "Staying safe when job hunting: a real employer will never ask you to pay for training or equipment.",
    "Fraud alert: someone is using our company name to offer jobs over WhatsApp. Please report these messages.",
    "Applicants were told to pay a 50 USD registration fee and were then blocked.",
]


def _without_prefilter(text: str) -> context.WarningContext:
    with mock.patch.object(context, "_prefilter", lambda: None):
        return find_warning_context(text)


def assert_same(texts) -> int:
    warned = 0
    for text in texts:
        for _offset, piece in read_pieces(text):
            expected = _without_prefilter(piece)
            assert find_warning_context(piece) == expected, piece[:200]
            warned += bool(expected.spans)
    return warned


def test_the_shipped_context_database_covers_both_patterns():
    # fails when a context pattern changes without `python -m ct_screen.rules.build_native` (the context would
    # still be read exactly, only slower)
    index = json.loads((CONTEXT_DB_DIR / "prefilter.json").read_text(encoding="utf-8"))
    assert set(index["keys"]) == {pattern_key(p) for p in PREFILTERED}
    assert index["untranslated"] == []
    assert len(index["keys"]) > len(PREFILTERED)  # split at their alternatives: Hyperscan refuses the whole


def test_the_prefilter_rules_out_both_searches_on_a_plain_ad():
    assert context._prefilter() is not None
    ad = normalize("We are hiring a payroll administrator in Leeds. Apply with your CV on our website; pay is "
                   "in line with experience and the role is full time.").text.lower()
    assert context._possible(ad) == (False, False)
    assert context._possible(normalize(WARNINGS[0]).text.lower())[0] is True
    assert context._possible(normalize(WARNINGS[2]).text.lower())[1] is True


def test_a_text_that_does_not_read_alike_is_never_ruled_out():
    # the prefilter is translated from `re`'s reading of the patterns; `regex` reads this text (U+0301) otherwise
    assert context._possible("cafe\u0301 jobs, apply now") == (True, True)


def test_same_warnings_on_the_corpus_and_these_notices():
    texts = [normalize(p.text).text.lower() for p in load_corpus()]
    texts += [normalize(t).text.lower() for t in WARNINGS]
    assert assert_same(texts) > 20


_ALPHABET = st.sampled_from(
    ["scam", "fraud", "never ask", "report this post", "beware", "we do not charge fees", "were told to pay",
     "victims", "applicants", "pay", "fee", "whatsapp", "apply now", "interested?", "caf\u00e9", "\u00e9", "_",
     "\u0301", "\x1c", "\u00a0", "\n", " ", ".", ",", "!", "- ", "1.", "\u2022", "\U0001F642", "$50", "18"])


@settings(max_examples=300, deadline=None, derandomize=True)
@given(st.lists(_ALPHABET, max_size=40), st.sampled_from(["", " ", "\n"]))
def test_same_warnings_on_generated_texts(parts, glue):
    text = glue.join(parts)
    assert_same([text, normalize(text).text.lower()])


def test_same_warnings_on_the_hostile_input_generator():
    for name, text in benchmark_module("hostile_input").cases(builtin_rules(), 30_000).items():
        norm = normalize(text).text.lower()
        for _offset, piece in read_pieces(norm):
            assert find_warning_context(piece) == _without_prefilter(piece), name


@pytest.mark.needs_data
def test_same_warnings_on_every_emscad_and_social_post(emscad_path):
    import pandas as pd

    from ct_screen.datasets import load_emscad
    from ct_screen.fields import join_fields

    frame = load_emscad(emscad_path)
    texts = [normalize(join_fields(row).text).text.lower() for row in frame.to_dict("records")]
    social = emscad_path.parents[1] / "social" / "social_dev.csv.gz"
    if social.exists():
        texts += [normalize(t).text.lower() for t in pd.read_csv(social)["text"].astype(str)]
    assert assert_same(texts) > 20


def test_an_ordinary_post_compiles_no_warning_vocabulary():
    # the warning vocabularies (about 35 ms to compile, a tenth of a cold start) are compiled on first use; with the
    # prefilter an ordinary post never uses them. A fresh interpreter, as other tests here compile them.
    import subprocess
    import sys

    code = ("import ct_screen\n"
            "from ct_screen import context\n"
            "ct_screen.screen('We are hiring a payroll administrator in Leeds. Apply with your CV on our website.')\n"
            "assert context._WARNING._compiled is None and context._REPORTING._compiled is None, 'compiled'\n"
            "ct_screen.screen('Beware of scams: a real employer will never ask you to pay. Report the post.')\n"
            "assert context._WARNING._compiled is not None, 'never compiled'\n")
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
