"""What the Dask and Spark adapters share: the scoring options and one screener per process.

A :class:`PartitionOptions` (the cluster's share of a :class:`~ct_screen.batch.options.ScoreOptions`,
checked once on the driver) is small and picklable: it is what travels to the
workers with every task. The screener (compiled rules and the loaded model) does
not travel: :func:`cached_screener` builds it the first time a process needs it
and keeps it for every later partition that process scores, so the model is
loaded once per Dask worker or Spark Python worker, never once per task.
"""

from __future__ import annotations

import os
import warnings
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

import pandas as pd

from ..batch import options as run
from ..batch.columns import CT_COLUMNS, resolve_columns
from ..batch.errors import BatchError
from ..batch.frame import assemble, make_screener, score_frame
from ..batch.options import DEFAULT_CHUNK_SIZE, DEFAULT_MAX_CHARS, OptionsError
from ..fuse import Thresholds
from ..screener import Screener, ScreenerSpec, shared_builds

__all__ = ["PartitionOptions", "ClusterOptionError", "cluster_contradictions", "cached_screener", "screener_builds", "scored_columns", "empty_scored"]


_CLUSTER = "on a cluster"
_TEXT_ONLY = {"encoding": "--encoding", "delimiter": "--delimiter", "raw": "--raw"}


class ClusterOptionError(OptionsError, TypeError):
    """An option that has no meaning on a cluster (a ``TypeError`` too: the keyword is not taken there)."""


def cluster_contradictions(options: run.ScoreOptions) -> list[str]:
    """Why ``options`` cannot run partition by partition on a cluster, one message each (empty when they can)."""
    found = []
    if options.jobs is not None:
        found.append("jobs= (-j) is not taken here: the cluster's workers are the parallelism; leave jobs out "
                     "(ct-screen score --engine dask: -j is the number of local workers)")
    if options.sort:
        found.append("--sort does not apply on a cluster (sort=): each part keeps its order; sort the result "
                     "(e.g. by ct_score) afterwards")
    if options.screener is not None:
        found.append("screener= is not taken here: a Screener is not sent to workers; pass model= (a model folder) "
                     "and rules= (a rules file) instead, and each worker builds its screener once")
    for name, flag in (("input_format", "--input-format"), ("output_format", "--format")):
        if getattr(options, name) not in (None, "parquet"):
            found.append(f"{flag} ({name}=) can only be parquet on a cluster")
    used = [flag for name, flag in _TEXT_ONLY.items() if getattr(options, name)]
    if used:
        found.append(f"{', '.join(used)} apply to CSV/JSON lines, not on a cluster (Parquet)")
    return found


def _spec(value: Any, what: str) -> str | None:
    if value is None:
        return None
    if isinstance(value, str | os.PathLike):
        return os.fspath(value)
    raise TypeError(f"{what} must be a path (readable by every worker) or None, not {type(value).__name__}; "
                    "a loaded object is not shipped to workers")


@dataclass(frozen=True)
class PartitionOptions:
    """What travels with every task: how a partition is scored (the cluster's share of a :class:`ScoreOptions`).

    Attributes
    ----------
    text_columns : tuple or None
        Columns holding the post (``None``: chosen as ``score_frame`` chooses).
    id_column : label or None
    model : str or None
        ``"default"`` (the bundled model), ``None`` (rules only) or a model folder.
    rules : str or None
        A YAML/TOML file of extra rules.
    max_chars, chunk_size : int
    min_band : str or None
    thresholds : Thresholds or None
        Band cut-offs instead of the model's (a thresholds file is read, and
        checked against the model, once on the driver).
    model_sha256 : str or None
        The sha256 of the model file every worker must find (a pin; see
        :class:`~ct_screen.Screener`).
    """

    text_columns: tuple[Hashable, ...] | None = None
    id_column: Hashable | None = None
    model: str | None = "default"
    rules: str | None = None
    max_chars: int = DEFAULT_MAX_CHARS
    chunk_size: int = DEFAULT_CHUNK_SIZE
    min_band: str | None = None
    thresholds: Thresholds | None = None
    model_sha256: str | None = None

    @classmethod
    def build(cls, text_columns: str | Sequence[Hashable] | None = None, *, options: run.ScoreOptions | None = None,
              what: str = "the engine", **keywords: Any) -> PartitionOptions:
        """:meth:`of` ``options``, or of the keywords given to ``score_dask``/``score_spark`` (as in ``score_file``)."""
        if text_columns is not None:
            keywords["text_columns"] = text_columns
        return cls.of(run.ScoreOptions.given(options, keywords, what=what))

    @classmethod
    def of(cls, options: run.ScoreOptions) -> PartitionOptions:
        """The partition options of a run, checked (before anything runs on the cluster).

        Raises
        ------
        ClusterOptionError
            For an option that cannot apply on a cluster (``jobs``, ``sort``,
            ``screener``, text formats and their options).
        TypeError
            For a loaded model (workers load it from a path).
        BatchError
            For a model folder or rules file that does not exist or does not load,
            or a thresholds file that is missing, invalid or chosen on another model.
        """
        for message in cluster_contradictions(options):
            raise ClusterOptionError(message)
        model = options.scoring_model
        model = model if isinstance(model, str) and model == "default" else _spec(model, "model")
        out = cls(text_columns=options.text_columns, id_column=options.id_column, model=model,
                  rules=_spec(options.rules, "rules"), max_chars=options.max_chars, chunk_size=options.chunk_size,
                  min_band=options.min_band, model_sha256=options.model_sha256)
        out._check()
        if options.thresholds is not None:  # a file is read here, checked against the model, and shipped as numbers
            chosen = make_screener(model=out.model, rules=out.rules, thresholds=options.thresholds,
                                   model_sha256=out.model_sha256).thresholds
            out = replace(out, thresholds=chosen)
        return out

    def _check(self) -> None:
        if self.model not in (None, "default") and not Path(self.model).exists():
            raise BatchError(f"no model at {self.model!r}")
        if self.model_sha256 is not None:
            _ = Screener(model=self.model, rules=(), model_sha256=self.model_sha256).model  # a bad pin fails here
        if self.rules is not None:
            if not Path(self.rules).is_file():
                raise BatchError(f"no rules file at {self.rules!r}")
            Screener(model=None, extra_rules=self.rules)  # a broken rules file fails here, not in every task

    def resolve(self, columns: Sequence[Hashable]) -> tuple[Hashable, ...]:
        """The text columns a table with these columns is screened on (raises ``BatchError`` as ``score_frame``)."""
        return resolve_columns(list(columns), self.text_columns, self.id_column).text_columns

    def screener(self) -> Screener:
        """This process's screener for these options (built and its model loaded on first use)."""
        return cached_screener(self.model, self.rules, self.thresholds, self.model_sha256)

    def score(self, frame: pd.DataFrame) -> pd.DataFrame:
        """Score one partition exactly as :func:`ct_screen.batch.score_frame` scores a whole table."""
        return score_frame(frame, list(self.text_columns) if self.text_columns is not None else None,
                           id_column=self.id_column, screener=self.screener(), min_band=self.min_band,
                           max_chars=self.max_chars, chunk_size=self.chunk_size, jobs=1)

    def file_options(self) -> run.ScoreOptions:
        """The options that score one Parquet part with :func:`ct_screen.batch.score_file` in a worker."""
        return run.ScoreOptions(text_columns=self.text_columns, id_column=self.id_column, min_band=self.min_band,
                            jobs=1, chunk_size=self.chunk_size, max_chars=self.max_chars, screener=self.screener(),
                            input_format="parquet", output_format="parquet", progress=False)


def __getattr__(name: str) -> Any:
    if name == "ScoreOptions":  # the old name of PartitionOptions, before batch.ScoreOptions held a whole run
        warnings.warn("ct_screen.engines.common.ScoreOptions is now PartitionOptions (built from a "
                      "ct_screen.batch.options.ScoreOptions with PartitionOptions.of)", DeprecationWarning, stacklevel=2)
        return PartitionOptions
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def cached_screener(model: str | None, rules: str | None, thresholds: Thresholds | None = None,
                    model_sha256: str | None = None) -> Screener:
    """The screener of this process for ``(model, rules, thresholds, model_sha256)``, built once (thread-safe).

    ``model="default"`` without rules is the very screener :func:`ct_screen.screen`
    uses in this process.
    """
    screener = ScreenerSpec(model=model, extra_rules=rules, thresholds=thresholds, model_sha256=model_sha256).shared()
    _ = screener.model  # load the model now, once for this process
    return screener


def screener_builds() -> int:
    """How many screeners this process has built (one per distinct model and rules); for tests and probes."""
    return shared_builds()


def scored_columns(columns: Sequence[Hashable]) -> list[Hashable]:
    """The columns of a scored table: the input's (old ``ct_*`` ones dropped), then :data:`CT_COLUMNS`."""
    return [c for c in columns if c not in CT_COLUMNS] + list(CT_COLUMNS)


def empty_scored(frame: pd.DataFrame) -> pd.DataFrame:
    """A scored table with no rows shaped like ``frame``: the Dask ``meta`` (``ct_score`` float, the rest object)."""
    return assemble(frame.iloc[:0], [], [], [])
