"""The model card of a trained bundle: data, recipe, per-domain figures beside the baseline, fusion, limits."""

from __future__ import annotations

from typing import Any

from ..model.bundle import ModelBundle
from .train import TrainResult

__all__ = ["model_card", "domain_table", "cross_domain_table"]


def _fmt(value: Any) -> str:
    if value is None:
        return "-"
    if isinstance(value, float):
        return f"{value:.3f}"
    if isinstance(value, list | tuple):
        return "[" + ", ".join(_fmt(v) for v in value) + "]"
    return str(value)


def domain_table(domains: dict[str, dict[str, Any]]) -> list[str]:
    """Markdown rows: per domain, the cross-fitted figures beside the baseline's."""
    lines = ["| domain | rows | scams | ROC-AUC | baseline | AUC 95% CI | platform+language | AP | baseline AP | "
             "recall@10%FPR | baseline | legit flagged at review | scams flagged at review | ECE at base rate |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for name, row in domains.items():
        lines.append("| " + " | ".join(_fmt(v) for v in (
            name, row["rows"], row["scams"], row.get("roc_auc"), row.get("baseline_roc_auc"), row.get("roc_auc_95ci"),
            row.get("platform_language_roc_auc"), row.get("average_precision"),
            row.get("baseline_average_precision"), row.get("recall_at_10pct_fpr"),
            row.get("baseline_recall_at_10pct_fpr"), row.get("legit_flagged_at_review"),
            row.get("scam_recall_at_review"), row.get("calibration_error_at_base_rate"))) + " |")
    return lines


def cross_domain_table(rows: list[dict[str, Any]]) -> list[str]:
    """Markdown rows of :func:`ct_screen.training.transfer.cross_domain`."""
    lines = ["| trained on | tested on | rows | scams | ROC-AUC | 95% CI | baseline | baseline 95% CI | AP | "
             "baseline AP | recall@10%FPR | baseline | legit flagged at review | scams flagged at review |",
             "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|"]
    for row in rows:
        lines.append("| " + " | ".join(_fmt(v) for v in (
            row["train"], row["test"], row["rows"], row["scams"], row.get("roc_auc"), row.get("roc_auc_95ci"),
            row.get("baseline_roc_auc"), row.get("baseline_roc_auc_95ci"), row.get("average_precision"),
            row.get("baseline_average_precision"), row.get("recall_at_10pct_fpr"),
            row.get("baseline_recall_at_10pct_fpr"), row.get("legit_flagged_at_review"),
            row.get("scam_recall_at_review"))) + " |")
    return lines


def model_card(bundle: ModelBundle, result: TrainResult) -> str:
    """Markdown for ``MODEL_CARD.md``."""
    info, recipe = bundle.info, result.recipe
    figs = info["cv_metrics"]
    lines = [f"# Model card: {bundle.version}", "",
             "## What it is",
             "Word 1-2-gram TF-IDF + logistic regression, trained on EMSCAD job-board posts, short free-text views of "
             "them and real social-media and SMS recruitment posts, calibrated to a platform base rate and fused with "
             "ct-screen's rule categories. Free text is read as free text: the opening-tokens block and the "
             "job-board field signals (which fields are empty, company logo, telecommuting, screening questions) "
             "apply only to posts given as fields. Sentences that warn about scams are blanked for the classifier; "
             "posts with too little text or in a language it does not read are judged by their rules alone, with a "
             "notice. British and American spellings, and \u201cCV\u201d and \u201cresume\u201d, are read as one word "
             f"(token fold table `{recipe.folds or 'none'}`), so a country's spelling is not evidence.", "",
             "## Intended use",
             "Triage for trust-and-safety moderators: `review` fills a queue, `high` asks for quick action. A "
             "screening aid, not a verdict; not for automated bans.", "",
             "## Training data",
             "| domain | rows | scams | total weight |", "|---|---|---|---|"]
    for domain, row in info["training_data"]["domains"].items():
        lines.append(f"| {domain} | {row['rows']} | {row['scams']} | {row['weight']} |")
    lines += ["", f"{info['training_data']['groups']} near-duplicate groups over all posts (one grouping function "
              f"for both files; largest {info['training_data']['largest_group']}); a view sits in its post's group. "
              f"Social rows weigh {recipe.social_weight} each, views {recipe.view_weight} of their post; EMSCAD rows "
              "keep `sample_weight`. Non-English social rows (Thai, Korean) are not read by the classifier. No n-gram "
              "found in only one social/SMS row is in the vocabulary.", "",
              "## Settings",
              f"Chosen by nested grouped CV ({recipe.n_splits} outer folds, {recipe.inner_splits} inner) over "
              f"{[dict(s) for s in recipe.grid]}: per outer fold {figs['settings_chosen_per_fold']}; shipped "
              f"{figs['shipped_setting']} (the most chosen), {info['settings']['n_features']} features.", "",
              "## Figures (cross-fitted grouped CV, `sample_weight`; baseline on the same folds)",
              "Calibration, fusion and thresholds for each fold were fitted on the other folds' out-of-fold scores. "
              "Baseline: `TfidfVectorizer(ngram_range=(1, 2), sublinear_tf=True, min_df=2)` + "
              "`LogisticRegression(class_weight='balanced')` on the posts of the same training folds. Yardstick: "
              "P(scam | platform, language) from the training folds.", "",
              *domain_table(figs["domains"])]
    lines += ["", "Calibration error (ECE, 10 bins, at the base rate) by length:", "",
              "| domain, length | rows | ECE |", "|---|---|---|"]
    for name, row in figs["calibration_by_length"].items():
        lines.append(f"| {name} | {row['rows']} | {_fmt(row['calibration_error_at_base_rate'])} |")
    if info.get("cross_domain"):
        lines += ["", "## Across domains",
                  "Each row beside the bare baseline trained and tested on the same posts; intervals (95%, "
                  "whole near-duplicate groups resampled) where a class has under 40 posts. *EMSCAD only*: the "
                  "recipe fitted on EMSCAD posts and their views alone (calibration, fusion and thresholds on "
                  "their own grouped out-of-fold scores), tested on posts of a domain it never saw. The EMSCAD "
                  "row of the grouped CV is the model trained on social/SMS plus EMSCAD, tested on held-out "
                  "EMSCAD groups.", "", *cross_domain_table(info["cross_domain"])]
    t = bundle.thresholds
    lines += ["", "## Bands",
              f"review {t['review']}, high {t['high']}: `review` is the highest of the cut-offs that flag "
              f"{recipe.review_flag_rate:.0%} of the legitimate posts of each domain family (EMSCAD, short views, "
              f"social/SMS) on out-of-fold fused scores; `high` reaches {recipe.high_precision:.0%} precision at "
              f"the base rate {recipe.base_rate}. Per-fold thresholds: {figs['thresholds_per_fold']}.", "",
              "## Fusion with the rules",
              "Fused log-odds = intercept + a * logit(classifier probability) + sum over fired categories of "
              "scale_c * max(0, logit(rule weight) - logit(base rate)). Scales have a N(mean, "
              f"{recipe.prior_sd}^2) prior, >= 0: mean 1 for categories whose evidence is strong by itself, 0 "
              "for the rest; no floor. A weak category is capped so it cannot lift a neutral post to review alone. "
              f"Fitted: intercept {bundle.fusion.intercept}, a = {bundle.fusion.model_coef}.", "",
              "| category | training posts fired on | prior mean | scale | score alone (neutral post) | "
              "lifts to review alone |", "|---|---|---|---|---|---|"]
    for row in info["fusion_table"]:
        lines.append(f"| {row['category']} | {row['training_posts']} | {row['prior_mean']} | {row['scale']} | "
                     f"{row['score_alone']} | {'yes' if row['lifts_to_review_alone'] else 'no'} |")
    weak = info.get("weak_terms", {})
    if weak:
        lines += ["", "## Weak-signal terms",
                  f"{weak['columns']} classifier features hold a contact token, a messenger name or 'DM' "
                  f"({', '.join(weak['words'])}). Their summed push on a post is capped at {weak['cap']} decision "
                  f"units, so that alone they lift a post to {weak['score_alone']} at most (from the higher of the neutral "
                  f"point and a post with no other known term; review is "
                  f"{t['review']}): the same rule as the weak rule categories above. Below the cap they count in "
                  "full."]
    lines += ["", "## Known failure modes",
              "- Short honest posts that share words with job-board scams (payroll, data entry, 'send your CV') "
              "can reach `review`.",
              "- SMS English has 5 legitimate rows: its flag rate and calibration are not measurable.",
              "- Non-English posts are judged by rules and contacts only (notice CTN110).",
              "- Probabilities assume the base rate above; retrain with `--base-rate` for another platform.", ""]
    return "\n".join(lines)
