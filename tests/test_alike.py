"""``re`` and ``regex`` read the characters of ``ALIKE_CHARACTERS`` alike, so a text of them may be scanned by ``re``."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
import regex
import yaml

from ct_screen.alike import ALIKE_CHARACTERS, reads_alike
from ct_screen.context import _WARNING, _starts_alike, find_warning_context
from ct_screen.normalize import normalize

CORPUS = Path(__file__).parent / "corpus"
ALIKE = [chr(code) for code in range(0x110000) if re.fullmatch(f"[{ALIKE_CHARACTERS}]", chr(code))]


@pytest.mark.parametrize("cls", [r"\w", r"\W", r"\d", r"\D", r"\s", r"\S", r"\b", r"[^\W\d_]"])
def test_both_engines_class_every_listed_character_alike(cls):
    ours, theirs = re.compile(cls), regex.compile(cls)
    differ = [hex(ord(ch)) for ch in ALIKE if bool(ours.match(ch)) != bool(theirs.match(ch))]
    assert not differ


def test_the_characters_they_class_differently_are_not_listed():
    for ch in ("\x1c", "\x1f", "\u00b2", "\u00bd", "\u0301", "\u203f", "\u2776", "\u0939"):
        assert not reads_alike(f"apply now {ch}"), hex(ord(ch))
    assert reads_alike("Salary \u00a312,000 \u2013 \u201cno fees\u201d \u2022 caf\u00e9 \u2192 apply\u2122")


def _corpus_texts() -> list[str]:
    texts = []
    for file in sorted(CORPUS.glob("*.yaml")):
        texts += [post["text"] for post in yaml.safe_load(file.read_text(encoding="utf-8")).get("posts", [])]
    return texts


def _regex_starts(text: str) -> list[int]:
    return [m.start() for m in _WARNING.finditer(text, overlapped=True)]


@pytest.mark.parametrize("text", [
    "Beware of scams: a real employer will never ask you to pay. Report this post. Scammers, scam, fraudsters.",
    "We do not charge fees. Legitimate employers never ask for money. Do not send money to anyone.",
    "Call the national anti trafficking hotline. Victims are often told to pay. Share to warn others.",
])
def test_warning_starts_are_regexs_overlapped_matches(text):
    assert _starts_alike(text) == _regex_starts(text)


def test_warning_starts_agree_on_the_corpus():
    checked = 0
    for text in _corpus_texts():
        norm = normalize(text).text
        if reads_alike(norm):
            assert _starts_alike(norm) == _regex_starts(norm)
            checked += 1
    assert checked > 100


def test_a_text_re_does_not_read_alike_is_read_by_regex():
    text = "beware\u00b2 of scams. report this post to the police\u2776."
    assert not reads_alike(text)
    assert find_warning_context(text).spans
