"""Which columns hold the post text, and what the ``ct_*`` columns hold.

Text columns are chosen in this order: the ones the caller names; else the
EMSCAD field names present (``title``, ``company_profile``, ``description``,
``requirements``, ``benefits``, ``location``, ``salary_range``), with at most
one other obvious text column (``body``, ``text`` ...); else a single obvious
text column; else a :class:`BatchError` that lists the columns. Names match
case-insensitively. The chosen columns of a row become one mapping of fields,
screened through :func:`ct_screen.fields.join_fields`, exactly as
``screen({...})`` would.
"""

from __future__ import annotations

import json
import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass

from ..fields import METADATA_FIELDS, TEXT_FIELDS
from ..result import ScreenResult
from .errors import BatchError

__all__ = ["CT_COLUMNS", "JSON_COLUMNS", "OBVIOUS_TEXT_COLUMNS", "ColumnPlan", "resolve_columns", "result_cells", "error_cells",
           "BANDS_ORDER"]

CT_COLUMNS = ("ct_score", "ct_band", "ct_categories", "ct_reasons", "ct_top_terms", "ct_contacts", "ct_notices",
              "ct_evidence", "ct_error")
"""The columns added after the input's own, in this order (``ct_error`` always last)."""

JSON_COLUMNS = ("ct_evidence",)
"""``ct_*`` columns that hold JSON text in a table and in CSV; JSON lines and Parquet write them structured.

``ct_evidence`` is a list with one object per rule that fired, in rule-id order:
``{"rule_id", "category", "evidence": [{"start", "end", "text", "field"?}, ...]}``,
offsets into the row's own text column (``field``: the column, when several
are screened), so a moderation tool can highlight them."""

OBVIOUS_TEXT_COLUMNS = ("text", "body", "description", "post", "message", "content", "post_text", "full_text",
                        "ad_text", "job_description", "caption")
"""Column names taken as the post text when no text column is named."""

_EMSCAD_CONTENT = ("title", "company_profile", "description", "requirements", "benefits")
BANDS_ORDER = {"low": 0, "review": 1, "high": 2}
MAX_TOP_TERMS = 5


@dataclass(frozen=True)
class ColumnPlan:
    """The text columns of a table and the field names they are screened under.

    Attributes
    ----------
    text_columns : tuple
        Column labels, as in the table.
    keys : tuple of str
        The mapping key each column is screened under (EMSCAD names in their
        canonical lower-case form, so that fields join in the trained order).
    id_column : label or None
        The column that identifies a post, if given.
    how : str
        ``"given"``, ``"emscad"`` or ``"obvious"``: how the columns were chosen.
    """

    text_columns: tuple[Hashable, ...]
    keys: tuple[str, ...]
    id_column: Hashable | None = None
    how: str = "given"


def _listing(columns: Sequence[Hashable]) -> str:
    shown = ", ".join(repr(str(c)) for c in columns[:40])
    return shown + (f" ... ({len(columns)} in all)" if len(columns) > 40 else "") if columns else "(none)"


def _delimiter_hint(columns: Sequence[Hashable]) -> str:
    if len(columns) == 1:
        for sep, name in ((";", "';'"), ("\t", "tab"), ("|", "'|'")):
            if sep in str(columns[0]):
                return f"; the header looks {name}-separated: pass --delimiter {name if sep != chr(9) else 'tab'}"
    return ""


def _keys_for(columns: Iterable[Hashable]) -> tuple[str, ...]:
    keys: list[str] = []
    for column in columns:
        name = str(column)
        key = name.lower() if name.lower() in TEXT_FIELDS else name
        if key in METADATA_FIELDS or key in keys:  # join_fields skips metadata names; keys must be unique
            key = f"{name} (column {len(keys) + 1})"
        keys.append(key)
    return tuple(keys)


def resolve_columns(columns: Sequence[Hashable], text_columns: str | Sequence[Hashable] | None = None,
                    id_column: Hashable | None = None, *, source: str | None = None) -> ColumnPlan:
    """Choose the text columns of a table (see the module notes).

    Parameters
    ----------
    columns : sequence
        The table's column labels.
    text_columns : str or sequence, optional
        Columns to screen, joined as the fields of one post.
    id_column : label, optional
        A column that identifies each post; it must exist.
    source : str, optional
        The file name, for messages.

    Raises
    ------
    BatchError
        If a named column is missing, or no text column can be chosen.
    """
    columns = list(columns)
    if id_column is not None and id_column not in columns:
        raise BatchError(f"no id column {str(id_column)!r}; the columns are: {_listing(columns)}"
                         f"{_delimiter_hint(columns)}", path=source)
    if text_columns is not None:
        wanted = [text_columns] if isinstance(text_columns, str) else list(text_columns)
        if not wanted:
            raise BatchError("text_columns is empty: name at least one column", path=source)
        missing = [c for c in wanted if c not in columns]
        if missing:
            raise BatchError(f"no text column {', '.join(repr(str(c)) for c in missing)}; "
                             f"the columns are: {_listing(columns)}{_delimiter_hint(columns)}", path=source)
        wanted = list(dict.fromkeys(wanted))
        return ColumnPlan(tuple(wanted), _keys_for(wanted), id_column, "given")

    lower: dict[str, Hashable] = {}
    for column in columns:
        lower.setdefault(str(column).strip().lower(), column)
    emscad = [lower[f] for f in TEXT_FIELDS if f in lower]
    obvious = [lower[n] for n in OBVIOUS_TEXT_COLUMNS if n in lower and lower[n] not in emscad]
    content = any(f in lower for f in _EMSCAD_CONTENT)
    if len(obvious) > 1 or not (content or obvious):
        found = emscad + obvious
        what = f"several candidate text columns ({_listing(found)})" if len(obvious) > 1 else "no text column found"
        raise BatchError(f"{what}; name the text column(s) with --text-column (text_columns=); "
                         f"the columns are: {_listing(columns)}{_delimiter_hint(columns)}", path=source)
    chosen, how = emscad + obvious, ("emscad" if content else "obvious")
    return ColumnPlan(tuple(chosen), _keys_for(chosen), id_column, how)


def _item(text: str) -> str:
    return " ".join(text.replace(";", ",").split())


def result_cells(result: ScreenResult) -> tuple[object, ...]:
    """The ``ct_*`` cells of one screened post, in :data:`CT_COLUMNS` order.

    Lists are ``;``-joined (reasons and terms with ``"; "``); a ``;`` inside an
    item becomes ``,`` so that splitting on ``;`` is always safe.
    """
    contacts = dict.fromkeys(_item(f"{c.kind}:{c.value}") for c in result.contacts)
    terms = [f"{_item(t.term)} ({t.weight:+.2f})" for t in result.terms if t.weight > 0][:MAX_TOP_TERMS]
    return (round(float(result.score), 4), str(result.band), ";".join(result.categories),
            "; ".join(_item(r) for r in result.reasons), "; ".join(terms), ";".join(contacts),
            ";".join(n.code for n in result.notices), evidence_json(result), None)


def evidence_json(result: ScreenResult) -> str:
    """The ``ct_evidence`` cell: rule ids and their evidence spans, as compact JSON text (see :data:`JSON_COLUMNS`)."""
    hits = [{"rule_id": h.rule_id, "category": h.category, "evidence": [e.to_dict() for e in h.evidence]}
            for h in result.hits]
    return json.dumps(hits, ensure_ascii=False, separators=(",", ":"))


def error_cells(message: str) -> tuple[object, ...]:
    """The ``ct_*`` cells of a row that could not be scored: empty scores and the reason."""
    return (math.nan, None, None, None, None, None, None, None, message)
