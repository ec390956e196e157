"""The labelled posts we wrote ourselves (tests/corpus/<category>.yaml), read by the library's loader."""

from __future__ import annotations

from pathlib import Path

from ct_screen.report.rule_analysis import CorpusPost as LabelledPost
from ct_screen.report.rule_analysis import read_corpus

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"

__all__ = ["CORPUS_DIR", "LabelledPost", "load_corpus"]


def load_corpus() -> list[LabelledPost]:
    """Every labelled post of tests/corpus, in file then post order."""
    return read_corpus(CORPUS_DIR)
