"""Named sub-patterns: references expand to exactly the text written out in full, and errors are caught early."""

from __future__ import annotations

import pickle

import pytest
import regex

from ct_screen.rules import builtin_rules, patterns
from ct_screen.rules.vocabulary import Vocabulary, VocabularyError, Written, written_size

WORDS = Vocabulary({"wages": r"(?:salary|wages?)\b", "gap": r"(?:\W{1,4}\w{1,25}){0,{#}}\W{1,4}",
                    "owed": r"\bdeducted{gap:2}from\s{wages}"})


def test_reference_expands_in_place():
    written = WORDS(r"\bcosts{gap:3}{owed}")
    assert written == r"\bcosts(?:\W{1,4}\w{1,25}){0,3}\W{1,4}\bdeducted(?:\W{1,4}\w{1,25}){0,2}\W{1,4}from\s" \
                      r"(?:salary|wages?)\b"
    assert written.template == r"\bcosts{gap:3}{owed}"
    assert regex.search(written, "costs will be deducted from salary")


def test_quantifiers_and_properties_are_not_references():
    assert WORDS(r"\w{1,4}\p{lu}{0,3}x{2}") == r"\w{1,4}\p{lu}{0,3}x{2}"


@pytest.mark.parametrize("template, message", [
    ("{nothing}", "undefined"), ("{gap}", "needs a number"), ("{wages:3}", "takes no number")])
def test_bad_references_fail_when_declared(template, message):
    with pytest.raises(VocabularyError, match=message):
        WORDS(template)


def test_circular_terms_fail():
    loop = Vocabulary({"a": "x{b}", "b": "y{a}"})
    with pytest.raises(VocabularyError, match="circular"):
        loop("{a}")


def test_a_term_may_not_shadow_its_parent():
    with pytest.raises(VocabularyError, match="already defined"):
        patterns.SHARED.extend(gap="x")


def test_shared_gaps_are_the_helpers_at_every_width():
    for width in range(26):
        assert patterns.SHARED.expand(f"{{gap:{width}}}") == patterns.GAP % width
        assert patterns.SHARED.expand(f"{{clause:{width}}}") == patterns.clause_gap(width)
        assert patterns.SHARED.expand(f"{{gap_no_neg:{width}}}") == patterns.GAP_NO_NEG % width


def test_phrases_and_near_template_are_any_of_and_near_as_templates():
    words = ("pay pal", "bank", "wire transfer")
    assert "{sp}" in patterns.phrases(*words)
    assert patterns.SHARED.expand(patterns.phrases(*words)) == patterns.any_of(*words)
    template = patterns.near_template(patterns.phrases(*words), "{home}", 4)
    assert patterns.SHARED.expand(template) == patterns.near(patterns.any_of(*words), patterns.HOME, 4)


def test_one_vocabulary_no_definition_is_repeated():
    """A definition that several categories need lives once, in SHARED, not as a copy in each module."""
    from ct_screen.rules.categories import category_modules

    def expanded(vocabulary, definition):
        return vocabulary.expand(definition.replace("{#}", "7"))

    seen = {expanded(patterns.SHARED, d): f"SHARED.{n}" for n, d in patterns.SHARED._terms.items()}
    repeated = []
    for module in category_modules():
        vocabulary = getattr(module, "V", None)
        if vocabulary is None:
            continue
        name = module.__name__.rsplit(".", 1)[-1]
        for term, definition in vocabulary._terms.items():
            text = expanded(vocabulary, definition)
            if text in seen:
                repeated.append(f"{name}.{term} = {seen[text]}")
            seen.setdefault(text, f"{name}.{term}")
    assert not repeated


def test_a_pattern_pickles_as_the_text_that_runs():
    written = WORDS("{owed}")
    assert isinstance(written, Written)
    assert pickle.loads(pickle.dumps(written)) == str(written)


def test_written_size_counts_each_term_once():
    one, two = WORDS("a{wages}"), WORDS("b{wages}")
    assert written_size([one, two]) == (len("a{wages}") + len("b{wages}") + len(r"(?:salary|wages?)\b"), 8)
    assert written_size(["plain"]) == (5, 5)


def test_no_builtin_pattern_keeps_an_unexpanded_reference():
    reference = regex.compile(r"(?<!\\)(?<!\\[pPN])\{[a-z][a-z0-9_]*(?::\d+)?\}")
    left = [(r.id, name) for r in builtin_rules() for name, p in zip(r.pattern_names, (*r.patterns,), strict=True)
            if reference.search(p)]
    left += [(r.id, "requires/exclude") for r in builtin_rules() for p in (*r.requires, *r.exclude)
             if reference.search(p)]
    assert not left
