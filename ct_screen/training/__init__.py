"""Training: labelled posts from several domains -> a calibrated, fused, cross-fitted model bundle.

Kept apart from :mod:`ct_screen.model` (what ``screen()`` loads): training may
use the screener to prepare posts; the model package never imports upward.
"""

from .data import LabelledPosts, from_emscad, load_labelled, load_social, pool
from .recipe import Recipe
from .train import TrainResult, train

__all__ = ["LabelledPosts", "load_labelled", "load_social", "from_emscad", "pool", "Recipe", "TrainResult", "train"]
