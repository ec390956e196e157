"""Bundle format 2: the model as data only (JSON and NumPy arrays), nothing that runs code when read.

A format-2 folder holds ``manifest.json`` (versions, metrics, and the sha256
of each data file), ``model.json`` (settings, calibration, fusion, thresholds)
and ``model.npz`` (vocabularies, idf, coefficients), read with
``numpy.load(allow_pickle=False)``. A vocabulary is one UTF-8 byte array, its
terms separated by newlines (``full_terms_utf8``); bundles written before kept
fixed-width unicode arrays (``full_terms``), which are still read. The byte form
is the smaller and faster one: the unicode arrays spent four bytes on each of 79
characters of every term, 36 MB to inflate for the shipped vocabulary on every
load. File names in the
manifest must be bare names inside the folder. A file whose sha256 differs from
the manifest's (or from a hash the caller pins) is refused before it is parsed.
"""

from __future__ import annotations

import hashlib
import io
import json
from collections.abc import Mapping
from pathlib import Path
from typing import Any

import numpy as np

from ..fuse import Fusion
from .calibrate import Calibration
from .features import NgramTfidf, TextFeatures

__all__ = ["ARRAYS_FILE", "PARAMS_FILE", "write_data", "read_data", "bare_name", "StoreError"]

ARRAYS_FILE, PARAMS_FILE = "model.npz", "model.json"


class StoreError(ValueError):
    """A format-2 model file is missing, changed, or not what it claims to be."""


def bare_name(name: Any) -> str:
    """``name`` if it is a plain file name (no folder, no ``..``), else :class:`StoreError`."""
    if not isinstance(name, str) or not name or name in (".", "..") or "/" in name or "\\" in name \
            or "\x00" in name or Path(name).name != name:
        raise StoreError(f"model file name {name!r} is not a bare file name; refusing to read outside the folder")
    return name


_UTF8 = "_utf8"
"""Suffix of a strings array stored as newline-separated UTF-8 bytes."""


def _strings_array(name: str, strings: Any) -> dict[str, np.ndarray]:
    """``{name + "_utf8": bytes}``: ``strings`` joined by newlines, as an array of bytes."""
    items = [str(s) for s in strings]
    for item in items:
        if not item or "\n" in item:
            raise StoreError(f"{name}: cannot store the term {item!r} (empty, or holds a newline)")
    return {name + _UTF8: np.frombuffer("\n".join(items).encode("utf-8"), dtype=np.uint8)}


def _strings(arrays: Mapping[str, np.ndarray], name: str) -> np.ndarray:
    """The strings stored under ``name`` (either form), as an object array."""
    if name + _UTF8 in arrays:
        blob = arrays[name + _UTF8]
        if blob.dtype != np.uint8 or blob.ndim != 1:
            raise StoreError(f"{name}{_UTF8} is not a one-dimensional array of bytes")
        try:
            text = blob.tobytes().decode("utf-8")
        except UnicodeDecodeError as exc:
            raise StoreError(f"{name}{_UTF8} is not UTF-8 ({exc})") from exc
        return np.array(text.split("\n") if text else [], dtype=object)
    strings = arrays[name]
    if strings.dtype.kind != "U" or strings.ndim != 1:
        raise StoreError(f"{name} is not a one-dimensional array of strings")
    return strings.astype(object)


def _ngram_arrays(prefix: str, block: NgramTfidf) -> dict[str, np.ndarray]:
    return {**_strings_array(f"{prefix}_terms", block.terms_), f"{prefix}_idf": block.idf_}


def write_data(bundle: Any) -> tuple[bytes, bytes]:
    """``(model.npz bytes, model.json bytes)`` of a :class:`~ct_screen.model.bundle.ModelBundle`."""
    features: TextFeatures = bundle.features
    arrays = {**_ngram_arrays("full", features.full_), "coef": bundle.coef,
              **_strings_array("term_names", features.term_names_), "term_ids": features.term_ids_,
              "quiet_terms": features.quiet_terms_}
    if features.head_tokens:
        arrays.update(_ngram_arrays("head", features.head_))
    capped = bundle.weak_columns is not None and np.isfinite(bundle.weak_cap)
    if capped:
        arrays["weak_columns"] = np.flatnonzero(bundle.weak_columns).astype(np.int64)
    buffer = io.BytesIO()
    np.savez_compressed(buffer, **arrays)
    params = {"features": features.get_params(), "intercept": bundle.intercept,
              "calibration": bundle.calibration.to_dict(), "fusion": bundle.fusion.to_dict(),
              "thresholds": bundle.thresholds, "explain_terms": list(bundle.explain_terms),
              "weak_cap": bundle.weak_cap if capped else None}
    return buffer.getvalue(), (json.dumps(params, indent=1, sort_keys=True) + "\n").encode()


def _ngram(arrays: Mapping[str, np.ndarray], prefix: str, params: Mapping[str, Any]) -> NgramTfidf:
    block = NgramTfidf(tuple(params["ngram_range"]), params["min_df"], params["max_df"])
    block.terms_ = _strings(arrays, f"{prefix}_terms")
    block.vocabulary_ = {t: i for i, t in enumerate(block.terms_)}
    block.idf_ = arrays[f"{prefix}_idf"].astype(np.float64)
    if len(block.idf_) != len(block.terms_):
        raise StoreError(f"{prefix}: {len(block.terms_)} terms but {len(block.idf_)} idf values")
    return block


def read_data(arrays_bytes: bytes, params_bytes: bytes) -> dict[str, Any]:
    """The keyword arguments of ``ModelBundle`` from the two data files (already hash-checked)."""
    try:
        params = json.loads(params_bytes.decode("utf-8"))
        with np.load(io.BytesIO(arrays_bytes), allow_pickle=False) as npz:
            arrays = {k: npz[k] for k in npz.files if k not in (_LATER, _LATER + _UTF8)}
            names_there = _LATER in npz.files or _LATER + _UTF8 in npz.files
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        raise StoreError(f"unreadable model data ({exc})") from exc
    if not isinstance(params, dict):
        raise StoreError("model.json does not hold an object")
    try:
        if not names_there:
            raise KeyError(_LATER)
        fp = params["features"]
        features = TextFeatures(ngram_range=tuple(fp["ngram_range"]), min_df=fp["min_df"], max_df=fp["max_df"],
                                head_tokens=int(fp["head_tokens"]), signals=bool(fp.get("signals", False)),
                                folds=str(fp.get("folds", "")))
        features.full_ = _ngram(arrays, "full", fp)
        if features.head_tokens:
            features.head_ = _ngram(arrays, "head", fp)
        features.read_term_names_later(lambda: _term_names(arrays_bytes, len(features.quiet_terms_)))
        features.term_ids_ = arrays["term_ids"].astype(np.int64)
        features.quiet_terms_ = arrays["quiet_terms"].astype(bool)
        coef = arrays["coef"].astype(np.float64)
        if len(coef) != features.n_features or len(features.term_ids_) != features.n_features:
            raise StoreError(f"{len(coef)} coefficients for {features.n_features} features")
        cal = params["calibration"]
        weak = _weak(arrays, params, len(coef))
        return {**weak, "features": features, "coef": coef, "intercept": float(params["intercept"]),
                "calibration": Calibration(float(cal["slope"]), float(cal["intercept"]), float(cal["train_rate"]),
                                           float(cal["base_rate"])),
                "fusion": Fusion.from_mapping(params["fusion"]), "thresholds": params["thresholds"],
                "explain_terms": tuple(int(v) for v in params.get("explain_terms", (5, 3)))}
    except (KeyError, TypeError, IndexError, ValueError) as exc:
        raise StoreError(f"model data lacks or mistypes {exc}") from exc


def _weak(arrays: Mapping[str, np.ndarray], params: Mapping[str, Any], n_features: int) -> dict[str, Any]:
    """``weak_columns`` and ``weak_cap`` (a bundle written before the cap has neither: no cap)."""
    cap = params.get("weak_cap")
    if cap is None:
        return {}
    if isinstance(cap, bool) or not isinstance(cap, (int, float)) or not 0.0 <= cap < float("inf"):
        raise StoreError(f"weak_cap must be a finite number of at least 0, not {cap!r}")
    columns = arrays.get("weak_columns")
    if columns is None or columns.dtype.kind not in "iu" or columns.ndim != 1:
        raise StoreError("weak_cap without an integer weak_columns array")
    if len(columns) and (columns.min() < 0 or columns.max() >= n_features):
        raise StoreError(f"weak_columns out of range for {n_features} features")
    mask = np.zeros(n_features, dtype=bool)
    mask[columns] = True
    return {"weak_columns": mask, "weak_cap": float(cap)}


_LATER = "term_names"
"""Read on first use: only explanations need the term strings, and they are the larger half of the file."""


def _term_names(arrays_bytes: bytes, count: int) -> np.ndarray:
    with np.load(io.BytesIO(arrays_bytes), allow_pickle=False) as npz:
        key = _LATER + _UTF8 if _LATER + _UTF8 in npz.files else _LATER
        names = _strings({key: npz[key]}, _LATER)
    if len(names) != count:
        raise StoreError(f"{len(names)} term names for {count} terms")
    return names


def sha256(data: bytes) -> str:
    """Hex sha256 of ``data``."""
    return hashlib.sha256(data).hexdigest()
