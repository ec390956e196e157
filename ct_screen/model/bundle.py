"""A trained model bundle: what ``screen()`` loads, and how it is saved and checked.

A bundle folder holds ``model.joblib`` (the :class:`ModelBundle`),
``manifest.json`` (sha256 of the model file, versions, training data checksum,
settings, cross-validated metrics, thresholds, base rate) and ``MODEL_CARD.md``.
Unpickling can run arbitrary code, so :func:`load_model` checks the model
file's sha256 against the manifest (and against a hash the caller pins, which a
writer of the folder cannot rewrite) *before* reading it and refuses a mismatch
(the bytes checked are the bytes read); it then unpickles through an unpickler
that resolves only the classes a bundle holds (this package's bundle,
features and calibration classes and numpy arrays) and refuses any other. ``model.joblib`` is a
plain pickle, which ``joblib.load`` also reads. It holds only this package's
classes, numpy arrays and plain Python values (no scikit-learn objects), so
loading needs neither joblib, scipy nor scikit-learn (nor their import time);
a different scikit-learn version is still reported, because the vocabulary,
idf and coefficients were fitted with it.
"""

from __future__ import annotations

import hashlib
import importlib.metadata
import io
import json
import os
import pickle
import tempfile
import threading
import warnings
from collections.abc import Mapping, Sequence
from importlib import resources
from pathlib import Path
from typing import Any

import numpy as np

from .._version import __version__
from ..contacts import extract_contacts
from ..fields import join_fields
from ..fuse import Fusion
from ..result import Contact
from . import store
from .api import ModelPrediction
from .calibrate import Calibration, sigmoid
from .explain import top_terms
from .features import Analysed, TextFeatures, analyse, field_signals
from .weak_terms import capped_contributions, capped_decision, weak_part

__all__ = ["ModelBundle", "ModelIntegrityError", "ModelVersionWarning", "save_model", "load_model",
           "load_default_model", "default_model_dir", "MODEL_FILE", "MANIFEST_FILE", "CARD_FILE", "FORMAT"]

MODEL_FILE, MANIFEST_FILE, CARD_FILE = "model.joblib", "manifest.json", "MODEL_CARD.md"
FORMAT = 2
"""Bundle format written (data only, see :mod:`ct_screen.model.store`); format 1 (a pickle) is still read."""


class ModelIntegrityError(ValueError):
    """A model folder is incomplete, or its model file does not match its manifest."""


class ModelVersionWarning(UserWarning):
    """The model was trained with other library versions than the ones installed."""


class ModelBundle:
    """Features, linear classifier, calibration, fusion parameters and band thresholds.

    Implements :class:`ct_screen.model.api.ScreeningModel`.

    Attributes
    ----------
    version : str
        Identifies the trained parameters (changes whenever they do).
    thresholds : dict
        ``{"review": t_r, "high": t_h}`` on the fused score.
    fusion : dict
        Parameters of :func:`ct_screen.fuse.fused_score`.
    info : dict
        Training metadata (settings, metrics) also written to the manifest.
    weak_columns : numpy.ndarray of bool or None
        Feature columns of weak-signal terms (:mod:`ct_screen.model.weak_terms`); ``None``: none marked.
    weak_cap : float
        The most those columns together may add to a post's decision (``inf``: no cap).
    """

    def __init__(self, *, features: TextFeatures, coef: np.ndarray, intercept: float, calibration: Calibration,
                 fusion: Fusion | Mapping[str, object], thresholds: Mapping[str, float],
                 info: Mapping[str, Any] | None = None, explain_terms: tuple[int, int] = (5, 3),
                 weak_columns: np.ndarray | None = None, weak_cap: float = float("inf")) -> None:
        self.features = features
        self.coef = np.asarray(coef, dtype=np.float64)
        self.intercept = float(intercept)
        self.calibration = calibration
        self.fusion = fusion if isinstance(fusion, Fusion) else Fusion.from_mapping(fusion)
        self.thresholds = {"review": float(thresholds["review"]), "high": float(thresholds["high"])}
        self.info = dict(info or {})
        self.explain_terms = tuple(explain_terms)
        self.weak_columns = None if weak_columns is None else np.asarray(weak_columns, dtype=bool)
        if self.weak_columns is not None and len(self.weak_columns) != len(self.coef):
            raise ValueError(f"{len(self.weak_columns)} weak-column flags for {len(self.coef)} coefficients")
        self.weak_cap = float(weak_cap)
        self.version = self._digest()

    def _digest(self) -> str:
        digest = hashlib.sha256(self.coef.tobytes())
        if self.weak_columns is not None and np.isfinite(self.weak_cap):
            digest.update(np.flatnonzero(self.weak_columns).tobytes() + repr(self.weak_cap).encode())
        digest.update(json.dumps([self.intercept, self.calibration.to_dict(), self.fusion.to_dict(), self.thresholds,
                                  self.features.get_params()], sort_keys=True, default=str).encode())
        return f"tfidf-lr-{digest.hexdigest()[:10]}"

    @property
    def base_rate(self) -> float:
        return self.calibration.base_rate

    def __repr__(self) -> str:
        return f"ModelBundle(version={self.version!r}, features={self.features.n_features}, base_rate={self.base_rate})"

    # -- scoring --------------------------------------------------------------------------------------------

    def decision_function(self, docs: Sequence[Analysed]) -> np.ndarray:
        """Linear scores (uncalibrated log-odds) for analysed posts, weak-signal terms capped."""
        rows, cols, values = self.features.coo(docs)
        return self._decision(rows, cols, values * self.coef[cols], len(docs))[0]

    def _decision(self, rows: np.ndarray, cols: np.ndarray, contributions: np.ndarray,
                  n: int) -> tuple[np.ndarray, np.ndarray]:
        """``(decision, contributions)`` with the weak-signal terms capped at :attr:`weak_cap` in both."""
        decision = np.bincount(rows, weights=contributions, minlength=n) + self.intercept
        if self.weak_columns is None or not np.isfinite(self.weak_cap):
            return decision, contributions
        is_weak = self.weak_columns[cols]
        weak = weak_part(rows, contributions, is_weak, n)
        return (capped_decision(decision, weak, self.weak_cap),
                capped_contributions(rows, contributions, is_weak, weak, self.weak_cap))

    def predict_many(self, texts: Sequence[str], contacts: Sequence[Sequence[Contact]],
                     signals: Sequence[tuple[float, ...]] | None = None) -> list[ModelPrediction]:
        """Calibrated probabilities (at the base rate) and top terms for joined post texts.

        The whole batch is vectorised at once; ``contacts`` are the contacts
        found in each text (offsets into it), which are masked as kind tokens;
        ``signals`` are the field signals of posts given as fields (``()`` for
        free text; all free text when omitted).
        """
        if len(texts) != len(contacts):
            raise ValueError(f"{len(texts)} texts but {len(contacts)} contact lists")
        signals = [()] * len(texts) if signals is None else list(signals)
        if len(signals) != len(texts):
            raise ValueError(f"{len(texts)} texts but {len(signals)} signal tuples")
        docs = [self._analyse(text, found, sig) for text, found, sig in zip(texts, contacts, signals, strict=True)]
        rows, cols, values = self.features.coo(docs)
        decision, contributions = self._decision(rows, cols, values * self.coef[cols], len(docs))
        probability = sigmoid(self.calibration.logit(decision))
        up, down = self.explain_terms
        features = self.features
        terms = top_terms(rows, cols, contributions * self.calibration.slope, docs, features.term_ids_,
                          lambda: features.term_names_, quiet=getattr(self.features, "quiet_terms_", None),
                          folded=features.folded_words, up=up,
                          down=down)
        return [ModelPrediction(probability=float(p), terms=t) for p, t in zip(probability, terms, strict=True)]

    def predict_posts(self, posts: Sequence[str | Mapping[str, Any]]) -> np.ndarray:
        """Calibrated probabilities for posts given as strings or field mappings (classifier only)."""
        texts = [join_fields(post).text for post in posts]
        docs = [self._analyse(text, extract_contacts(text), field_signals(post))
                for text, post in zip(texts, posts, strict=True)]
        return sigmoid(self.calibration.logit(self.decision_function(docs)))

    def _analyse(self, text: str, contacts: Sequence[Contact], signals: tuple[float, ...]) -> Analysed:
        """A joined post as this model reads it: tokens through its fold table, contacts as kind tokens."""
        return analyse(text, contacts, signals, folds=self.features.fold_map)


# -- saving and loading ---------------------------------------------------------------------------------------


def _sha256(path: Path) -> str:
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _atomic_write(path: Path, write) -> None:
    fd, tmp = tempfile.mkstemp(dir=path.parent, prefix=f".{path.name}.")
    try:
        with os.fdopen(fd, "wb") as handle:
            write(handle)
        os.chmod(tmp, 0o644)  # mkstemp makes files private; a model folder is meant to be shared
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _installed(dist: str) -> str | None:
    try:
        return importlib.metadata.version(dist)
    except importlib.metadata.PackageNotFoundError:
        return None


def save_model(bundle: ModelBundle, directory: str | os.PathLike, *, card: str | None = None) -> dict[str, Any]:
    """Write ``model.joblib``, ``manifest.json`` and ``MODEL_CARD.md`` into ``directory``.

    Returns
    -------
    dict
        The manifest written.
    """
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    arrays, params = store.write_data(bundle)
    _atomic_write(directory / store.ARRAYS_FILE, lambda handle: handle.write(arrays))
    _atomic_write(directory / store.PARAMS_FILE, lambda handle: handle.write(params))
    stale = directory / MODEL_FILE
    stale.unlink(missing_ok=True)  # a format-1 pickle left beside format-2 files would only mislead
    manifest = {
        "format": FORMAT,
        "model_version": bundle.version,
        "model_sha256": store.sha256(arrays + params),  # the hash to pin (expected_sha256=, --model-sha256)
        "files": {"arrays": {"name": store.ARRAYS_FILE, "sha256": store.sha256(arrays), "bytes": len(arrays)},
                  "params": {"name": store.PARAMS_FILE, "sha256": store.sha256(params), "bytes": len(params)}},
        "package_version": __version__,
        "sklearn_version": _installed("scikit-learn"),
        "numpy_version": _installed("numpy"),
        "base_rate": bundle.base_rate,
        "thresholds": bundle.thresholds,
        "fusion": bundle.fusion.to_dict(),
        "calibration": bundle.calibration.to_dict(),
        **bundle.info,
    }
    text = json.dumps(manifest, indent=2, sort_keys=False, default=float) + "\n"
    _atomic_write(directory / MANIFEST_FILE, lambda handle: handle.write(text.encode()))
    card_text = card if card is not None else _fallback_card(manifest)
    _atomic_write(directory / CARD_FILE, lambda handle: handle.write(card_text.encode()))
    return manifest


def _fallback_card(manifest: dict[str, Any]) -> str:
    """The format-1 card where the manifest has its keys, else a short one (use ``training.card`` for more)."""
    from .card import model_card

    try:
        return model_card(manifest)
    except (KeyError, AttributeError, TypeError):
        return (f"# Model card: {manifest['model_version']}\n\nThresholds {manifest['thresholds']}, base rate "
                f"{manifest['base_rate']}. See manifest.json for the training description and figures.\n")


def _load_format2(directory: Path, manifest: dict[str, Any], pinned: str | None) -> ModelBundle:
    """Read a data-only bundle: each file's bytes checked against the manifest (and the pin) before parsing."""
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(isinstance(files.get(k), dict) for k in ("arrays", "params")):
        raise ModelIntegrityError(f"{directory / MANIFEST_FILE}: no 'files' entries for arrays and params")
    data = {}
    try:
        for key in ("arrays", "params"):
            entry = files[key]
            path = directory / store.bare_name(entry.get("name"))
            if not path.is_file():
                raise ModelIntegrityError(f"{path} is missing")
            blob = path.read_bytes()  # hash and parse the same bytes
            actual, expected = store.sha256(blob), entry.get("sha256")
            if actual != expected:
                raise ModelIntegrityError(f"{path}: sha256 {actual} does not match the manifest's {expected}; "
                                          "the file was changed or corrupted, refusing to load it")
            data[key] = blob
        if pinned is not None:
            digest = store.sha256(data["arrays"] + data["params"])
            if digest != pinned:
                raise ModelIntegrityError(f"{directory}: model sha256 {digest} is not the pinned {pinned}; refusing it")
        kwargs = store.read_data(data["arrays"], data["params"])
    except store.StoreError as exc:
        raise ModelIntegrityError(f"{directory}: {exc}") from exc
    info = {k: v for k, v in manifest.items()
            if k in ("trained_with", "training_data", "settings", "cv_metrics", "recipe", "cross_domain")}
    return ModelBundle(**kwargs, info=info)


def model_digest(directory: str | os.PathLike) -> str:
    """The hash to pin a model folder with (``model_sha256=``): sha256 of its data files, arrays then params."""
    manifest = read_manifest(directory)
    files = manifest.get("files") if isinstance(manifest, dict) else None
    if not isinstance(files, dict):
        raise ModelIntegrityError(f"{directory}: not a format-2 model folder")
    blobs = [(Path(directory) / store.bare_name(files[k]["name"])).read_bytes() for k in ("arrays", "params")]
    return store.sha256(blobs[0] + blobs[1])


def read_manifest(directory: str | os.PathLike) -> dict[str, Any]:
    """The manifest of a model folder (a JSON object).

    Raises
    ------
    ModelIntegrityError
        If the folder has no manifest, or it is not valid JSON, or not a JSON object.
    """
    path = Path(directory) / MANIFEST_FILE
    if not path.is_file():
        raise ModelIntegrityError(f"{directory}: no {MANIFEST_FILE}; not a model folder")
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (json.JSONDecodeError, UnicodeDecodeError) as exc:
        raise ModelIntegrityError(f"{path}: not valid JSON ({exc})") from exc
    if not isinstance(manifest, dict):
        raise ModelIntegrityError(f"{path}: holds a JSON {type(manifest).__name__}, not an object; not a manifest")
    return manifest


def _model_file_name(manifest: Mapping[str, Any], where: Path) -> str:
    """The manifest's ``model_file``: a bare file name in the bundle folder, nothing else."""
    name = manifest.get("model_file", MODEL_FILE)
    if (not isinstance(name, str) or not name or name in (".", "..") or "/" in name or "\\" in name
            or "\0" in name or Path(name).is_absolute() or Path(name).name != name or ":" in name):
        raise ModelIntegrityError(f"{where}: model_file {name!r} is not a bare file name in the model folder; "
                                  "refusing to load")
    return name


def _check_sha256(value: Any, what: str) -> str:
    if not isinstance(value, str) or len(value) != 64 or any(c not in "0123456789abcdef" for c in value.lower()):
        raise ModelIntegrityError(f"no valid {what} (64 hex digits); refusing to load")
    return value.lower()


# -- format 1: a pickle, read through an unpickler that knows only a bundle's classes -----------------------

_FORMAT1_CLASSES = frozenset({
    ("ct_screen.model.bundle", "ModelBundle"),
    ("ct_screen.model.features", "TextFeatures"),
    ("ct_screen.model.features", "NgramTfidf"),
    ("ct_screen.model.calibrate", "Calibration"),
    ("numpy", "ndarray"),
    ("numpy", "dtype"),
    ("numpy._core.multiarray", "_reconstruct"),
    ("numpy._core.multiarray", "scalar"),
    ("numpy._core.numeric", "_frombuffer"),
    ("numpy.core.multiarray", "_reconstruct"),  # the same functions, as numpy 1.x names them
    ("numpy.core.multiarray", "scalar"),
    ("numpy.core.numeric", "_frombuffer"),
})
"""The only globals a format-1 pickle may name: the bundle's own classes and what numpy arrays need."""


class _BundleUnpickler(pickle.Unpickler):
    """An unpickler that resolves only :data:`_FORMAT1_CLASSES`: any other global is refused, never imported."""

    def find_class(self, module: str, name: str) -> Any:
        if (module, name) not in _FORMAT1_CLASSES:
            raise ModelIntegrityError(f"the model file names {module}.{name}, which a model bundle never holds; "
                                      "refusing to load it (it could run code)")
        return super().find_class(module, name)

    def persistent_load(self, pid: Any) -> Any:
        raise ModelIntegrityError("the model file refers to outside objects; refusing to load it")


def _load_format_1(data: bytes, model_path: Path) -> ModelBundle:
    """A :class:`ModelBundle` from the bytes of a format-1 ``model.joblib`` (restricted unpickling)."""
    try:
        bundle = _BundleUnpickler(io.BytesIO(data)).load()
    except ModelIntegrityError as exc:
        raise ModelIntegrityError(f"{model_path}: {exc}") from None
    except Exception as exc:  # noqa: BLE001 - a broken pickle is a broken bundle
        raise ModelIntegrityError(f"{model_path}: not a readable model file ({type(exc).__name__}: {exc})") from None
    if not isinstance(bundle, ModelBundle):
        raise ModelIntegrityError(f"{model_path} holds a {type(bundle).__name__}, not a ModelBundle")
    return bundle


_FORMAT_LOADERS = {1: _load_format_1}
"""Bundle format -> loader from the bytes of the model file (checked against the manifest and any pin)."""


def load_model(directory: str | os.PathLike, *, expected_sha256: str | None = None) -> ModelBundle:
    """Load a model folder, checking the model file's sha256 before reading it.

    Parameters
    ----------
    directory : path
        The bundle folder.
    expected_sha256 : str, optional
        Pin: the sha256 of the model file you trust (``model_sha256`` of its
        manifest). The manifest sits beside the model file, so whoever can
        write one can write both; a pin held elsewhere cannot be rewritten with
        them. A model file with another hash is refused.

    Raises
    ------
    ModelIntegrityError
        If the folder lacks its files, the manifest is not a JSON object or
        names a model file outside the folder, the model file does not match the
        manifest's sha256 or the pin (it is then never read), or a format-1
        pickle names anything but a bundle's own classes and numpy arrays.

    Warns
    -----
    ModelVersionWarning
        If the model was trained with another scikit-learn.
    """
    directory = Path(directory)
    pinned = None if expected_sha256 is None else _check_sha256(expected_sha256, "pinned model sha256")
    manifest = read_manifest(directory)
    if manifest.get("format") == 2:
        bundle = _load_format2(directory, manifest, pinned)
        _warn_versions(directory, manifest)
        return bundle
    model_path = directory / _model_file_name(manifest, directory / MANIFEST_FILE)
    expected = _check_sha256(manifest.get("model_sha256"), f"model_sha256 in {directory / MANIFEST_FILE}")
    fmt = manifest.get("format")
    loader = _FORMAT_LOADERS.get(fmt) if type(fmt) is int else None
    if loader is None:
        raise ModelIntegrityError(f"{directory}: bundle format {manifest.get('format')!r}, this package reads "
                                  f"{', '.join(map(str, _FORMAT_LOADERS))}")
    if not model_path.is_file():
        raise ModelIntegrityError(f"{model_path} is missing")
    data = model_path.read_bytes()  # hash and read the same bytes
    actual = hashlib.sha256(data).hexdigest()
    if pinned is not None and actual != pinned:
        raise ModelIntegrityError(f"{model_path}: sha256 {actual} is not the pinned {pinned}; refusing to load it")
    if actual != expected:
        raise ModelIntegrityError(f"{model_path}: sha256 {actual} does not match the manifest's {expected}; "
                                  "the file was changed or corrupted, refusing to load it")
    _warn_versions(directory, manifest)
    return loader(data, model_path)


def _warn_versions(directory: Path, manifest: Mapping[str, Any]) -> None:
    """Warn when the model was trained with another scikit-learn than the one installed."""
    trained, installed = manifest.get("sklearn_version"), _installed("scikit-learn")
    if trained != installed:
        warnings.warn(f"model {directory} was trained with scikit-learn {trained}, installed is {installed}: "
                      "it loads (it stores no scikit-learn objects), but retrain it with "
                      "`ct-screen train` to be sure scores match the manifest's metrics",
                      ModelVersionWarning, stacklevel=3)


def default_model_dir() -> Path:
    """Where the bundled default model sits inside the installed package."""
    return Path(str(resources.files("ct_screen") / "bundled_models" / "default"))


_DEFAULT: list[ModelBundle] = []
_DEFAULT_LOCK = threading.Lock()


def load_default_model() -> ModelBundle:
    """The bundled default model, loaded on first call (once, thread-safe)."""
    if not _DEFAULT:
        with _DEFAULT_LOCK:
            if not _DEFAULT:
                _DEFAULT.append(load_model(default_model_dir()))
    return _DEFAULT[0]
