"""``ScoreOptions``: every option of a scoring run, as one frozen value checked once.

:func:`ct_screen.batch.score_file` takes it (``options=``), ``ct-screen score``
builds it from its flags, and the Dask and Spark adapters take it too. Options
that contradict each other are refused here, when the value is made, with one
message each (naming the keyword and the command-line flag), and nowhere else.

Checks that need the file system (does the model folder or rules file exist,
does a thresholds file fit the model) belong to the run, not to the value: a
``ScoreOptions`` is made without touching disk, and pickles to workers when its
model is named by ``"default"``, ``None`` or a path and no ``screener`` is set.
"""

from __future__ import annotations

import os
from collections.abc import Hashable, Sequence
from dataclasses import dataclass, fields
from typing import Any

from ..fuse import Thresholds
from .columns import BANDS_ORDER
from .errors import BatchError

__all__ = ["ScoreOptions", "OptionsError", "DEFAULT_MAX_CHARS", "DEFAULT_CHUNK_SIZE"]

DEFAULT_MAX_CHARS = 1_000_000
"""Longest post text scored (characters, all text columns together); longer rows get ``ct_error``."""
DEFAULT_CHUNK_SIZE = 1_000


class OptionsError(BatchError):
    """Options that contradict each other or are out of range (``ct-screen`` exits with a usage error, 2)."""


def _columns(value: str | Sequence[Hashable] | None) -> tuple[Hashable, ...] | None:
    if value is None:
        return None
    return (value,) if isinstance(value, str) else tuple(value)


def _no_model(model: Any, no_model: bool) -> bool:
    return no_model or model is None


@dataclass(frozen=True)
class ScoreOptions:
    """How a file (or a table, or a folder of parts on a cluster) is scored.

    Attributes
    ----------
    text_columns : tuple or None
        Columns joined as the fields of one post (a single name or a list is
        turned into a tuple); ``None``: the EMSCAD field names present, else
        one obvious text column.
    id_column : label or None
        A column that identifies each post (checked to exist).
    min_band : {"low", "review", "high"} or None
        Keep only rows in this band or above (rows that could not be scored are kept).
    sort : bool
        Highest score first (default: input order).
    jobs : int or None
        Worker processes (``None``: every core this process may use; fewer than 1 is 1).
    chunk_size : int
        Rows read, screened and written at a time.
    max_chars : int
        Rows with longer text are not scored (flagged in ``ct_error``).
    model : "default", None, path or loaded model
        The model; ``None`` scores with the rules only.
    no_model : bool
        Score with the rules only (``--no-model``); the same as ``model=None``.
    model_sha256 : str or None
        The sha256 of the model file you trust; another model file is refused unread.
    rules : path or None
        A YAML/TOML file of extra rules.
    thresholds : Thresholds, path or None
        Band cut-offs instead of the model's (a file from
        :func:`ct_screen.thresholds.save_thresholds`).
    screener : Screener or None
        Use this screener's rules, model and thresholds (then give none of
        ``model``, ``no_model``, ``model_sha256``, ``rules``, ``thresholds``).
    input_format, output_format : str or None
        ``csv``, ``tsv``, ``jsonl``, ``parquet`` (``.gz`` allowed) when the name does not tell.
    encoding : str or None
        Text encoding of CSV/TSV/JSON lines (default: UTF-8, strictly).
    delimiter : str or None
        CSV field delimiter, also used for CSV output.
    raw : bool
        Do not neutralise spreadsheet formulas in CSV/TSV output.
    progress : bool or None
        Show a progress bar (``None``: only on a terminal with file output).

    Raises
    ------
    OptionsError
        When made with options that contradict each other or are out of range.
    """

    text_columns: tuple[Hashable, ...] | None = None
    id_column: Hashable | None = None
    min_band: str | None = None
    sort: bool = False
    jobs: int | None = None
    chunk_size: int = DEFAULT_CHUNK_SIZE
    max_chars: int = DEFAULT_MAX_CHARS
    model: Any = "default"
    no_model: bool = False
    model_sha256: str | None = None
    rules: str | os.PathLike[str] | None = None
    thresholds: Thresholds | str | os.PathLike[str] | None = None
    screener: Any = None
    input_format: str | None = None
    output_format: str | None = None
    encoding: str | None = None
    delimiter: str | None = None
    raw: bool = False
    progress: bool | None = None

    def __post_init__(self) -> None:
        object.__setattr__(self, "text_columns", _columns(self.text_columns))
        for message in self.contradictions():
            raise OptionsError(message)

    def contradictions(self) -> list[str]:
        """What is wrong with these options, one message each (empty when they hold together)."""
        found = []
        if self.no_model and self.model is not None and not (isinstance(self.model, str) and self.model == "default"):
            found.append("model= and no_model=True (--model and --no-model) contradict each other")
        if self.model_sha256 is not None and _no_model(self.model, self.no_model):
            found.append("model_sha256= pins a model, but no model is used (--model-sha256 with --no-model)")
        if self.screener is not None:
            given = [name for name in ("model_sha256", "rules", "thresholds") if getattr(self, name) is not None]
            given += ["model"] if not (isinstance(self.model, str) and self.model == "default") else []
            given += ["no_model"] if self.no_model else []
            if given:
                found.append(f"give the {', '.join(given)} to the Screener (Screener({given[0]}=...)), not beside it")
        if self.text_columns is not None and not self.text_columns:
            found.append("text_columns is empty: name at least one column (--text-column)")
        if self.min_band is not None and self.min_band not in BANDS_ORDER:
            found.append(f"min_band must be one of {', '.join(BANDS_ORDER)}, not {self.min_band!r} (--min-band)")
        for name in ("chunk_size", "max_chars"):
            value = getattr(self, name)
            if isinstance(value, bool) or not isinstance(value, int) or value < 1:
                found.append(f"{name} must be at least 1, not {value!r} (--{name.replace('_', '-')})")
        return found

    @classmethod
    def of(cls, **keywords: Any) -> ScoreOptions:
        """The options of the keyword form of ``score_file`` (``model=None`` means no model).

        Raises
        ------
        TypeError
            For a keyword that is not an option (naming the ones there are).
        OptionsError
            As the constructor.
        """
        names = {f.name for f in fields(cls)}
        unknown = sorted(set(keywords) - names)
        if unknown:
            raise TypeError(f"unknown option(s) {', '.join(unknown)}; choose from {', '.join(sorted(names))}")
        return cls(**keywords)

    @classmethod
    def given(cls, options: ScoreOptions | None, keywords: dict[str, Any], *, what: str) -> ScoreOptions:
        """``options``, or the options of the keyword form when none is given (``what`` names the caller).

        Raises
        ------
        TypeError
            For ``options`` and keywords together, or an unknown keyword.
        """
        if options is None:
            return cls.of(**keywords)
        if keywords:
            raise TypeError(f"give {what} options= or the keywords {', '.join(sorted(keywords))}, not both")
        if not isinstance(options, ScoreOptions):
            raise TypeError(f"options= takes a ScoreOptions, not {type(options).__name__}")
        return options

    @property
    def scoring_model(self) -> Any:
        """The model to load: ``None`` with ``no_model``, else ``model``."""
        return None if self.no_model else self.model
