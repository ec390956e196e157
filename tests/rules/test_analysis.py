"""Rule analysis (ct_screen.report.rule_analysis) on small inputs whose figures are worked out by hand."""

from __future__ import annotations

import io
import json
import math
from types import SimpleNamespace

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

from ct_screen import Screener
from ct_screen.cli import main
from ct_screen.report.rule_analysis import (
    PR_COLUMNS,
    SUMMARY_COLUMNS,
    category_summary,
    corpus_precision_recall,
    fire_matrix,
    read_corpus,
    read_labelled,
    rule_summary,
    to_markdown,
)
from ct_screen.rules import Rule

from .corpus import load_corpus


def _rule(rule_id: str, category: str, word: str) -> Rule:
    return Rule(id=rule_id, category=category, name=f"has-{word}", severity="low", weight=0.3,
                patterns=(rf"\b{word}\b",), explanation=f"says {word}")


A1, A2, B1, C1 = _rule("TA001", "alpha", "apple"), _rule("TA002", "alpha", "pear"), _rule("TB001", "beta", "plum"), \
    _rule("TC001", "gamma", "kiwi")
RULES = (A1, A2, B1, C1)
TEXTS = ["apple", "apple pear", "apple plum", "plum", "nothing here", "pear"]
LABELS = [1, 1, 0, 1, 0, 0]
WEIGHTS = [1, 2, 1, 1, 3, 2]


def test_fire_matrix_records_rules_and_categories():
    m = fire_matrix(TEXTS, rules=RULES)
    assert m.rules["TA001"].tolist() == [True, True, True, False, False, False]
    assert m.rules["TA002"].tolist() == [False, True, False, False, False, True]
    assert m.categories["alpha"].tolist() == [True, True, True, False, False, True]
    assert m.categories["beta"].tolist() == [False, False, True, True, False, False]
    assert not m.rules["TC001"].any() and not m.categories["gamma"].any()
    assert m.rule_category.to_dict() == {"TA001": "alpha", "TA002": "alpha", "TB001": "beta", "TC001": "gamma"}


def test_rule_summary_unweighted_by_hand():
    t = rule_summary(TEXTS, LABELS, rules=RULES)
    assert list(t.columns) == list(SUMMARY_COLUMNS)
    assert list(t.index) == ["TA001", "TA002", "TB001", "TC001"]
    a1 = t.loc["TA001"]  # fires on posts 0, 1 (scam) and 2 (legit, with plum); base rate 3/6
    assert a1["category"] == "alpha" and a1["n_fired"] == 3 and a1["n_conflicts"] == 1
    assert a1["coverage"] == pytest.approx(3 / 6)
    assert a1["overlaps"] == pytest.approx(1 / 3)
    assert a1["conflicts"] == pytest.approx(1 / 6)
    assert a1["precision"] == pytest.approx(2 / 3)
    assert a1["lift"] == pytest.approx((2 / 3) / 0.5)
    assert a1["fired_legit"] == pytest.approx(1 / 3) and a1["fired_scam"] == pytest.approx(2 / 3)
    a2 = t.loc["TA002"]  # posts 1 (scam) and 5 (legit), never with beta
    assert (a2["coverage"], a2["overlaps"], a2["precision"], a2["lift"]) == pytest.approx((1 / 3, 0.0, 0.5, 1.0))
    b1 = t.loc["TB001"]  # posts 2 (legit, with apple) and 3 (scam)
    assert (b1["coverage"], b1["overlaps"], b1["conflicts"], b1["precision"]) == pytest.approx((1 / 3, 0.5, 1 / 6, 0.5))
    c1 = t.loc["TC001"]  # never fires
    assert c1["n_fired"] == 0 and c1["coverage"] == 0 and c1["conflicts"] == 0
    assert all(math.isnan(c1[k]) for k in ("overlaps", "precision", "lift"))


def test_rule_summary_weighted_by_hand():
    t = rule_summary(TEXTS, LABELS, rules=RULES, sample_weight=WEIGHTS)  # W = 10, scam weight 4 -> base 0.4
    a1 = t.loc["TA001"]  # covered weight 1 + 2 + 1 = 4, scam weight 3, legit-with-beta weight 1
    assert a1["n_fired"] == 3  # counts stay unweighted
    assert (a1["coverage"], a1["overlaps"], a1["conflicts"], a1["precision"], a1["lift"]) == pytest.approx(
        (0.4, 0.25, 0.1, 0.75, 1.875))
    assert (a1["fired_legit"], a1["fired_scam"]) == pytest.approx((1 / 6, 3 / 4))
    a2 = t.loc["TA002"]  # covered 2 + 2, scam 2
    assert (a2["coverage"], a2["conflicts"], a2["precision"], a2["lift"]) == pytest.approx((0.4, 0.2, 0.5, 1.25))


def test_category_summary_by_hand():
    t = category_summary(TEXTS, LABELS, rules=RULES, sample_weight=WEIGHTS)
    assert list(t.index) == ["alpha", "beta", "gamma"]
    assert list(t.columns) == ["n_rules", *SUMMARY_COLUMNS[1:]]
    alpha = t.loc["alpha"]  # posts 0, 1, 2, 5: weight 6, scam weight 3, beta also on post 2 (weight 1)
    assert alpha["n_rules"] == 2 and alpha["n_fired"] == 4 and alpha["n_conflicts"] == 2
    assert (alpha["coverage"], alpha["overlaps"], alpha["conflicts"], alpha["precision"], alpha["lift"]) == \
        pytest.approx((0.6, 1 / 6, 0.3, 0.5, 1.25))
    beta = t.loc["beta"]
    assert (beta["coverage"], beta["overlaps"], beta["precision"]) == pytest.approx((0.2, 0.5, 0.5))
    assert t.loc["gamma", "n_fired"] == 0 and math.isnan(t.loc["gamma", "precision"])


def test_screener_argument_is_used_and_checked():
    screener = Screener(model=None, rules=(A1, B1))
    t = rule_summary(TEXTS, LABELS, screener=screener)
    assert list(t.index) == ["TA001", "TB001"]
    only = rule_summary(TEXTS, LABELS, rules=(B1,), screener=screener)
    assert list(only.index) == ["TB001"] and only.loc["TB001", "overlaps"] == 0.0  # alpha is not analysed here
    with pytest.raises(ValueError, match="TA002"):
        rule_summary(TEXTS, LABELS, rules=(A2,), screener=screener)


@pytest.mark.parametrize("labels, weights, message", [
    ([1, 0], None, "one value per post"),
    ([1, 1, 0, 1, 0, 2], None, "0 .legitimate. or 1"),
    (["yes"] * 6, None, "0 .legitimate. or 1"),
    (LABELS, [1, 1, 1], "one value per post"),
    (LABELS, [1, -1, 1, 1, 1, 1], "non-negative"),
    (LABELS, [0] * 6, "sums to zero"),
    (LABELS, [1, float("nan"), 1, 1, 1, 1], "finite"),
])
def test_bad_labels_and_weights_are_refused(labels, weights, message):
    with pytest.raises(ValueError, match=message):
        rule_summary(TEXTS, labels, rules=RULES, sample_weight=weights)


def test_boolean_labels_and_mappings_are_accepted():
    posts = [{"title": t} for t in TEXTS]
    t = rule_summary(posts, np.array(LABELS, dtype=bool), rules=RULES)
    assert t.loc["TA001", "precision"] == pytest.approx(2 / 3)


def test_corpus_precision_recall_by_hand():
    screener = Screener(model=None, rules=RULES)
    posts = [
        SimpleNamespace(text="apple", expected=frozenset({"alpha"})),        # alpha TP
        SimpleNamespace(text="plum", expected=frozenset({"alpha"})),         # alpha FN, beta FP
        {"text": "apple plum", "expected": ["alpha", "beta"]},              # alpha TP, beta TP
        SimpleNamespace(text="pear", expected=frozenset()),                 # alpha FP
        SimpleNamespace(text="nothing", expected=frozenset({"beta"})),       # beta FN
    ]
    t = corpus_precision_recall(posts, screener=screener)
    assert list(t.columns) == list(PR_COLUMNS)
    assert list(t.index) == ["alpha", "beta", "gamma"]
    assert t.loc["alpha", ["support", "n_fired", "tp", "fp", "fn"]].tolist() == [3, 3, 2, 1, 1]
    assert t.loc["alpha", ["precision", "recall", "f1"]].tolist() == pytest.approx([2 / 3, 2 / 3, 2 / 3])
    assert t.loc["beta", ["precision", "recall", "f1"]].tolist() == pytest.approx([0.5, 0.5, 0.5])
    assert t.loc["gamma", ["support", "n_fired"]].tolist() == [0, 0]
    assert t.loc["gamma", ["precision", "recall", "f1"]].isna().all()
    picked = corpus_precision_recall(posts, screener=screener, categories=["beta", "delta"])
    assert list(picked.index) == ["beta", "delta"] and picked.loc["delta", "support"] == 0


def test_corpus_precision_recall_f1_is_zero_when_nothing_is_right():
    screener = Screener(model=None, rules=RULES)
    posts = [SimpleNamespace(text="apple", expected=frozenset({"beta"})),
             SimpleNamespace(text="plum", expected=frozenset({"alpha"}))]
    t = corpus_precision_recall(posts, screener=screener)
    assert t.loc["alpha", ["precision", "recall", "f1"]].tolist() == [0.0, 0.0, 0.0]


def test_corpus_precision_recall_refuses_posts_without_labels():
    with pytest.raises(TypeError, match="expected"):
        corpus_precision_recall([SimpleNamespace(text="apple")], screener=Screener(model=None, rules=RULES))
    with pytest.raises(TypeError, match="single string"):
        corpus_precision_recall([{"text": "apple", "expected": "alpha"}], screener=Screener(model=None, rules=RULES))


def test_corpus_precision_recall_on_our_corpus_agrees_with_the_screener():
    posts = load_corpus()
    table = corpus_precision_recall(posts)
    screener = Screener(model=None)
    fired = [set(screener.screen(p.text).categories) for p in posts]
    for category in ("urgency_pressure", "organ_trade", "secrecy", "adult_content", "unverifiable_employer"):
        tp = sum(category in f and category in p.expected for f, p in zip(fired, posts, strict=True))
        n_fired = sum(category in f for f in fired)
        support = sum(category in p.expected for p in posts)
        assert table.loc[category, ["tp", "n_fired", "support"]].tolist() == [tp, n_fired, support]
        assert support >= 8 and table.loc[category, "recall"] == pytest.approx(tp / support)


def test_read_corpus_reads_the_same_posts_as_the_test_harness():
    from .corpus import CORPUS_DIR

    ours, harness = read_corpus(CORPUS_DIR), load_corpus()
    assert [(p.id, p.file_category, p.label, p.also, p.text, p.expected) for p in ours] == \
        [(p.id, p.file_category, p.label, p.also, p.text, p.expected) for p in harness]


def test_to_markdown_formats_numbers_and_nan():
    table = pd.DataFrame({"n": [1, 0], "p": [0.5, float("nan")]}, index=pd.Index(["a|b", "c"], name="rule_id"))
    assert to_markdown(table, digits=2).splitlines() == [
        "| rule_id | n | p |", "|---|---|---|", r"| a\|b | 1 | 0.50 |", "| c | 0 | - |"]


def _write_posts(path):
    frame = pd.DataFrame({"title": TEXTS, "fraudulent": LABELS, "sample_weight": WEIGHTS, "job_id": range(6)})
    frame.to_csv(path, index=False)


def test_read_labelled_reads_posts_labels_and_weights(tmp_path):
    path = tmp_path / "posts.csv"
    _write_posts(path)
    posts, labels, weights = read_labelled(path)
    assert [p["title"] for p in posts] == TEXTS and labels.tolist() == LABELS and weights.tolist() == WEIGHTS
    _, _, none = read_labelled(path, weight_column=None)
    assert none is None
    pd.DataFrame({"title": TEXTS, "y": LABELS}).to_json(tmp_path / "posts.jsonl", orient="records", lines=True)
    posts, labels, weights = read_labelled(tmp_path / "posts.jsonl", label_column="y")
    assert posts[1] == {"title": "apple pear"} and labels.tolist() == LABELS and weights is None
    with pytest.raises(ValueError, match="no label column"):
        read_labelled(path, label_column="label")
    with pytest.raises(ValueError, match="unknown file type"):
        read_labelled(tmp_path / "posts.xlsx")


def test_cli_analyse_rules(tmp_path):
    data, rules_file = tmp_path / "posts.csv", tmp_path / "rules.yaml"
    _write_posts(data)
    rules_file.write_text(
        "rules:\n"
        "  - {id: TA001, category: alpha, name: has-apple, severity: low, weight: 0.3, patterns: ['\\bapple\\b'],\n"
        "     explanation: says apple, examples: [apple, an apple], counter_examples: [pear, plum]}\n",
        encoding="utf-8")
    runner = CliRunner()
    result = runner.invoke(main, ["analyse-rules", str(data), "--rules", str(rules_file), "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["rule_id"]: r for r in json.loads(result.output)}
    assert rows["TA001"]["n_fired"] == 3 and rows["TA001"]["precision"] == pytest.approx(0.75)  # weighted
    assert set(rows) > {"TA001", "CT100"}
    result = runner.invoke(main, ["analyse-rules", str(data), "--rules", str(rules_file), "--by", "category",
                                  "--weight-column", "none", "--format", "csv", "--sort", "n_fired"])
    assert result.exit_code == 0, result.output
    table = pd.read_csv(io.StringIO(result.output), index_col="category")
    assert table.loc["alpha", "precision"] == pytest.approx(2 / 3) and table.index[0] == "alpha"
    out = tmp_path / "summary.md"
    result = runner.invoke(main, ["analyse-rules", str(data), "--format", "markdown", "-o", str(out)])
    assert result.exit_code == 0 and out.read_text(encoding="utf-8").startswith("| rule_id | category |")
    result = runner.invoke(main, ["analyse-rules", str(data), "--rules", str(rules_file), "--by", "contribution",
                                  "--format", "json"])
    assert result.exit_code == 0, result.output
    rows = {r["rule_id"]: r for r in json.loads(result.output)}
    assert rows["TA001"]["n_fired"] == 3 and rows["TA001"]["mean_drop"] == pytest.approx(0.3)
    bad = runner.invoke(main, ["analyse-rules", str(data), "--label-column", "label"])
    assert bad.exit_code != 0 and "no label column" in bad.output
    bad = runner.invoke(main, ["analyse-rules", str(data), "--sort", "nope"])
    assert bad.exit_code != 0 and "no column" in bad.output
