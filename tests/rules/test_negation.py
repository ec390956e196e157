"""Negation and warnings: scoped to the clause, not fooled by empty negators or emoji."""

from __future__ import annotations

import pytest

from ct_screen import Screener

SCREENER = Screener(model=None)


@pytest.mark.parametrize(("text", "category"), [
    ("We will never ask you for a registration fee.", "upfront_fee"),
    ("Beware of scammers asking for deposits or a training fee.", "upfront_fee"),
    ("We do not keep your passport.", "document_control"),
    ("Under no circumstances will we keep your passport.", "document_control"),
    ("If anyone asks you to pay a registration fee, it is a scam.", "upfront_fee"),
])
def test_negated_or_warning_does_not_fire(text, category):
    assert category not in SCREENER.screen(text).categories


@pytest.mark.parametrize(("text", "category"), [
    ("Don't worry about your papers, madam holds your passport for you.", "document_control"),
    ("No experience needed, pay a registration fee of $50 to start.", "upfront_fee"),
    ("Zero placement fee \U0001f60d Salary deduction for the processing and training costs until paid.",
     "debt_bondage"),
])
def test_negation_in_another_clause_or_empty_negator_still_fires(text, category):
    assert category in SCREENER.screen(text).categories
