"""Evaluation reports, data exploration and notebook helpers (the library behind ``notebooks/``).

- :mod:`.scores`: the per-post scores a report is drawn from (cross-fitted grouped
  out-of-fold scores of a training run and the bare baseline; a model on held-out posts).
- :mod:`.plots`: ROC, precision-recall, reliability, confusion and band plots (matplotlib).
- :mod:`.writer`: ``report.md`` + PNG plots + ``metrics.json``.
- :mod:`.evaluate`: the report ``ct-screen evaluate --report DIR`` writes (held out, grouped CV per
  domain, across domains).
- :mod:`.explore`: what the EMSCAD data looks like (class balance, lengths, missing fields,
  near-duplicate templates, top n-grams).
- :mod:`.rules`: the rule tables on labelled data, with the classifier scored out of fold.
- :mod:`.quick`: quick mode (``CT_SCREEN_QUICK=1``), samples and output folders for notebooks.

matplotlib is imported only when a plot is drawn (``pip install ct-screen[report]``).
"""

from __future__ import annotations

from .evaluate import evaluation_report
from .quick import output_dir, quick_mode, sample_posts, show
from .scores import SCORE_LABELS, ScoreSet, cv_scores, heldout_scores
from .writer import write_report

__all__ = ["ScoreSet", "SCORE_LABELS", "cv_scores", "heldout_scores", "write_report", "evaluation_report",
           "quick_mode", "sample_posts", "output_dir", "show"]
