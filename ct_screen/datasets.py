"""EMSCAD, the Employment Scam Aegean Dataset: load, fetch and group near-duplicate posts.

EMSCAD (University of the Aegean; Vidros et al., *Future Internet* 2017, 9(1), 6)
holds 17,880 real job ads from 2012-2014, 866 of them fraudulent. Its public copy
is the 18-column ``fake_job_postings.csv``. This module

- reads an EMSCAD CSV (``.csv`` or ``.csv.gz``: the full public file or a partial
  copy with a ``sample_weight`` column) with checked columns and dtypes
  (:func:`load_emscad`);
- downloads the public file once into a cache, verifying its sha256, in the
  style of scikit-learn's dataset fetchers (:func:`fetch_emscad`);
- groups near-duplicate posts (one fake employer posts the same ad dozens of
  times), so that cross-validation keeps whole campaigns on one side
  (:func:`group_posts`).

The package ships no EMSCAD rows.
"""

from __future__ import annotations

import gzip
import hashlib
import os
import shutil
import tempfile
import urllib.request
import zipfile
import zlib
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pandas as pd

__all__ = [
    "EMSCAD_COLUMNS", "TEXT_COLUMNS", "FLAG_COLUMNS", "KNOWN_FILES", "EmscadFormatError", "EmscadChecksumError",
    "get_data_home", "file_sha256", "load_emscad", "fetch_emscad", "PostGroups", "group_posts",
]

EMSCAD_COLUMNS = (
    "job_id", "title", "location", "department", "salary_range", "company_profile", "description",
    "requirements", "benefits", "telecommuting", "has_company_logo", "has_questions", "employment_type",
    "required_experience", "required_education", "industry", "function", "fraudulent",
)
"""The public file's 18 columns, in order."""
TEXT_COLUMNS = tuple(c for c in EMSCAD_COLUMNS if c not in ("job_id", "telecommuting", "has_company_logo",
                                                             "has_questions", "fraudulent"))
FLAG_COLUMNS = ("telecommuting", "has_company_logo", "has_questions", "fraudulent")
"""0/1 columns."""

KNOWN_FILES = {
    "59253295129d8b6a27607f9904f7d4ddf4dbb0ee35e079c7eb51b58b5e62bf60": {
        "name": "fake_job_postings.csv", "kind": "full", "rows": 17880, "fraudulent": 866},
    "35152598cdefd6124777ba4fb8d4919a69d8ae38fe2d6dc0d9f213669278b496": {
        "name": "emscad_train.csv.gz", "kind": "train", "rows": 1867, "fraudulent": 648},
}
"""sha256 of the files we know: the full public CSV and the project's partial training file."""

FULL_SHA256 = "59253295129d8b6a27607f9904f7d4ddf4dbb0ee35e079c7eb51b58b5e62bf60"
DEFAULT_URL = "https://www.kaggle.com/api/v1/datasets/download/shivamb/real-or-fake-fake-jobposting-prediction"
"""Kaggle's download of "[Real or Fake] Fake JobPosting Prediction" (a zip holding ``fake_job_postings.csv``)."""
_SEARCH_ORDER = ("fake_job_postings.csv", "fake_job_postings.csv.gz", "emscad_train.csv.gz", "emscad_train.csv")


class EmscadFormatError(ValueError):
    """The file is not a readable EMSCAD CSV (missing columns, bad values, truncated)."""


class EmscadChecksumError(EmscadFormatError):
    """The file's sha256 is not the one expected."""


def get_data_home(data_home: str | os.PathLike | None = None) -> Path:
    """The data folder: ``data_home``, else ``$CT_SCREEN_DATA``, else ``~/ct_screen_data``.

    Always an absolute path (a relative one is taken from the current folder
    now), so it still points at the data after a change of folder, for
    instance in a notebook kernel started elsewhere.
    """
    if data_home is None:
        data_home = os.environ.get("CT_SCREEN_DATA") or Path.home() / "ct_screen_data"
    return Path(data_home).expanduser().absolute()


def file_sha256(path: str | os.PathLike, *, chunk: int = 1 << 20) -> str:
    """Hex sha256 of a file, read in chunks."""
    digest = hashlib.sha256()
    with open(path, "rb") as handle:
        for block in iter(lambda: handle.read(chunk), b""):
            digest.update(block)
    return digest.hexdigest()


def _find_file(path: str | os.PathLike | None, data_home: str | os.PathLike | None) -> Path:
    if path is not None:
        path = Path(path).expanduser()
        if path.is_file():
            return path
        if not path.is_dir():
            raise FileNotFoundError(f"no EMSCAD file at {path}")
        folders = [path, path / "emscad"]
    else:
        folders = [get_data_home(data_home) / "emscad"]
    for folder in folders:
        for name in _SEARCH_ORDER:
            if (folder / name).is_file():
                return folder / name
    looked = ", ".join(str(f) for f in folders)
    raise FileNotFoundError(f"no EMSCAD file ({' / '.join(_SEARCH_ORDER)}) in {looked}; "
                            "pass a path, set CT_SCREEN_DATA, or call fetch_emscad()")


def _read_csv(path: Path) -> pd.DataFrame:
    try:
        return pd.read_csv(path, dtype=str, keep_default_na=False, na_values=[], compression="infer",
                           encoding="utf-8")
    except (EOFError, gzip.BadGzipFile, zlib.error, OSError) as exc:
        raise EmscadFormatError(f"{path}: cannot decompress ({exc}); the file looks truncated or corrupt") from exc
    except UnicodeDecodeError as exc:
        raise EmscadFormatError(f"{path}: not UTF-8 text ({exc})") from exc
    except pd.errors.ParserError as exc:
        raise EmscadFormatError(f"{path}: not a well-formed CSV ({exc}); the file may be truncated") from exc
    except pd.errors.EmptyDataError as exc:
        raise EmscadFormatError(f"{path}: the file is empty") from exc


def _first_bad(mask: pd.Series, values: pd.Series) -> str:
    row = int(np.flatnonzero(mask.to_numpy())[0])
    return f"row {row + 2} (value {values.iloc[row]!r}); {int(mask.sum())} bad row(s) in all"


def _check_frame(raw: pd.DataFrame, path: Path) -> pd.DataFrame:
    missing = [c for c in EMSCAD_COLUMNS if c not in raw.columns]
    if missing:
        raise EmscadFormatError(f"{path}: missing column(s) {missing}; an EMSCAD file has {list(EMSCAD_COLUMNS)}")
    incomplete = raw[list(EMSCAD_COLUMNS)].isna().any(axis=1)
    if incomplete.any():
        row = int(np.flatnonzero(incomplete.to_numpy())[0])
        raise EmscadFormatError(f"{path}: row {row + 2} has fewer fields than the header "
                                f"({int(incomplete.sum())} such row(s)); the file looks truncated")
    df = pd.DataFrame(index=raw.index)
    ids = pd.to_numeric(raw["job_id"], errors="coerce")
    bad = ids.isna() | (ids != ids.round())
    if bad.any():
        raise EmscadFormatError(f"{path}: column 'job_id' must hold integers: {_first_bad(bad, raw['job_id'])}")
    df["job_id"] = ids.astype("int64")
    if df["job_id"].duplicated().any():
        dup = int(df.loc[df["job_id"].duplicated(), "job_id"].iloc[0])
        raise EmscadFormatError(f"{path}: column 'job_id' has duplicates (e.g. {dup})")
    for column in EMSCAD_COLUMNS[1:]:
        if column in FLAG_COLUMNS:
            values = raw[column].str.strip()
            bad = ~values.isin(["0", "1"])
            if bad.any():
                raise EmscadFormatError(f"{path}: column {column!r} must be 0 or 1: {_first_bad(bad, raw[column])}")
            df[column] = values.astype("int64")
        else:
            df[column] = raw[column].astype(object)
    if "sample_weight" in raw.columns:
        weights = pd.to_numeric(raw["sample_weight"], errors="coerce")
        bad = weights.isna() | ~np.isfinite(weights) | (weights < 0)
        if bad.any():
            raise EmscadFormatError(f"{path}: column 'sample_weight' must be finite and >= 0: "
                                    f"{_first_bad(bad, raw['sample_weight'])}")
        df["sample_weight"] = weights.astype("float64")
    else:
        df["sample_weight"] = 1.0
    return df.reset_index(drop=True)


def load_emscad(path: str | os.PathLike | None = None, *, data_home: str | os.PathLike | None = None,
                sha256: str | None = None) -> pd.DataFrame:
    """Read an EMSCAD CSV with checked columns and dtypes.

    Parameters
    ----------
    path : path, optional
        A ``.csv``/``.csv.gz`` file, or a folder holding one. Default: the
        ``emscad`` folder of :func:`get_data_home` (``$CT_SCREEN_DATA/emscad/``).
    data_home : path, optional
        Data folder to search when ``path`` is not given.
    sha256 : str, optional
        Refuse the file unless its sha256 is this one.

    Returns
    -------
    pandas.DataFrame
        The 18 EMSCAD columns (``job_id`` and the 0/1 flags as int64, text as
        ``str`` with empty cells as ``""``) plus ``sample_weight`` (float64; 1.0
        when the file has none). ``df.attrs["emscad"]`` holds the file's
        ``path``, ``sha256`` and ``kind`` (``"full"``, ``"train"`` or ``None``
        for a file we do not know).

    Raises
    ------
    FileNotFoundError
        If no file is found.
    EmscadChecksumError
        If ``sha256`` is given and differs, or a known file has the wrong size.
    EmscadFormatError
        If columns are missing, values are malformed or the file is truncated.
    """
    found = _find_file(path, data_home)
    digest = file_sha256(found)
    if sha256 is not None and digest != sha256.lower():
        raise EmscadChecksumError(f"{found}: sha256 {digest} differs from the expected {sha256}")
    df = _check_frame(_read_csv(found), found)
    known = KNOWN_FILES.get(digest)
    if known is not None and (len(df) != known["rows"] or int(df["fraudulent"].sum()) != known["fraudulent"]):
        raise EmscadChecksumError(f"{found}: checksum says {known['name']} but the rows differ")  # pragma: no cover
    df.attrs["emscad"] = {"path": str(found), "sha256": digest, "kind": known["kind"] if known else None}
    return df


def _download(url: str, target: Path) -> None:
    with urllib.request.urlopen(url, timeout=60) as response, open(target, "wb") as out:  # noqa: S310
        shutil.copyfileobj(response, out)


def _extract_csv(download: Path, target: Path) -> None:
    """Write the CSV inside ``download`` (a zip, gzip or plain CSV) to ``target``."""
    if zipfile.is_zipfile(download):
        with zipfile.ZipFile(download) as archive:
            names = [n for n in archive.namelist() if n.endswith(".csv")]
            if not names:
                raise EmscadFormatError(f"the downloaded archive holds no .csv file ({archive.namelist()[:5]})")
            with archive.open(sorted(names, key=lambda n: n != "fake_job_postings.csv")[0]) as src, \
                    open(target, "wb") as out:
                shutil.copyfileobj(src, out)
        return
    with open(download, "rb") as handle:
        is_gzip = handle.read(2) == b"\x1f\x8b"
    if is_gzip:
        try:
            with gzip.open(download, "rb") as src, open(target, "wb") as out:
                shutil.copyfileobj(src, out)
        except (EOFError, gzip.BadGzipFile, zlib.error) as exc:
            raise EmscadFormatError(f"the downloaded file is a broken gzip ({exc})") from exc
        return
    shutil.copyfile(download, target)


def fetch_emscad(data_home: str | os.PathLike | None = None, *, url: str = DEFAULT_URL,
                 sha256: str | None = FULL_SHA256, download_if_missing: bool = True) -> pd.DataFrame:
    """Load the full public EMSCAD file, downloading it once into a cache.

    Parameters
    ----------
    data_home : path, optional
        Cache folder (see :func:`get_data_home`); the file is kept as
        ``<data_home>/emscad/fake_job_postings.csv``.
    url : str
        Where to download from: a CSV, a gzip of it or a zip holding it
        (Kaggle's download is a zip and may need a Kaggle login).
    sha256 : str or None
        Expected sha256 of the CSV; a mismatch is refused and nothing is cached.
        ``None`` skips the check (for your own mirror of a different file).
    download_if_missing : bool
        If False, raise instead of downloading.

    Returns
    -------
    pandas.DataFrame
        As :func:`load_emscad`.

    Raises
    ------
    EmscadChecksumError
        If the downloaded (or cached) file's sha256 differs from ``sha256``.
    OSError
        If the download fails or the file is missing and ``download_if_missing`` is False.
    """
    folder = get_data_home(data_home) / "emscad"
    target = folder / "fake_job_postings.csv"
    if target.is_file():
        return load_emscad(target, sha256=sha256)
    if not download_if_missing:
        raise OSError(f"{target} is missing and download_if_missing is False")
    folder.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory(dir=folder, prefix=".download-") as tmp:
        download, csv = Path(tmp) / "download", Path(tmp) / "fake_job_postings.csv"
        _download(url, download)
        _extract_csv(download, csv)
        digest = file_sha256(csv)
        if sha256 is not None and digest != sha256.lower():
            raise EmscadChecksumError(f"the file from {url} has sha256 {digest}, not the expected {sha256}; "
                                      "nothing was cached")
        df = load_emscad(csv)
        os.replace(csv, target)  # atomic: the cache holds a whole, checked file or nothing
    df.attrs["emscad"]["path"] = str(target)
    return df


# -- near-duplicate groups --------------------------------------------------------------------------------


@dataclass(frozen=True)
class PostGroups:
    """Near-duplicate groups of posts.

    Attributes
    ----------
    labels : numpy.ndarray
        Group id per row (0, 1, 2, ... in order of each group's first row).
    links : dict
        Row pairs joined by each criterion (``company_profile``,
        ``description_opening``, ``char_ngram_cosine``) before merging.
    """

    labels: np.ndarray
    links: dict[str, int]

    @property
    def n_groups(self) -> int:
        return int(self.labels.max()) + 1 if len(self.labels) else 0

    @property
    def sizes(self) -> np.ndarray:
        """Size of each group, by group id."""
        return np.bincount(self.labels) if len(self.labels) else np.zeros(0, dtype=int)

    def summary(self) -> dict[str, int]:
        """Counts: rows, groups, singletons, groups of 2+, rows in groups of 2+, largest group."""
        sizes = self.sizes
        return {"rows": int(len(self.labels)), "groups": self.n_groups, "singletons": int((sizes == 1).sum()),
                "multi_groups": int((sizes > 1).sum()), "rows_in_multi_groups": int(sizes[sizes > 1].sum()),
                "largest": int(sizes.max()) if len(sizes) else 0, **{f"links_{k}": v for k, v in self.links.items()}}


def _squash(values: pd.Series) -> np.ndarray:
    return values.fillna("").astype(str).str.lower().str.split().str.join(" ").to_numpy(dtype=object)


def _key_edges(keys: np.ndarray, min_len: int) -> np.ndarray:
    """Edges linking each row to the first row with the same (long enough) key."""
    first: dict[str, int] = {}
    edges = []
    for i, key in enumerate(keys):
        if len(key) < min_len:
            continue
        j = first.setdefault(key, i)
        if j != i:
            edges.append((j, i))
    return np.array(edges, dtype=np.int64).reshape(-1, 2)


def _cosine_edges(texts: list[str], threshold: float, ngram: int, chunk: int = 2000) -> np.ndarray:
    from sklearn.feature_extraction.text import CountVectorizer
    from sklearn.preprocessing import normalize as l2

    x = l2(CountVectorizer(analyzer="char", ngram_range=(ngram, ngram), lowercase=True,
                           dtype=np.float64).fit_transform(texts).tocsr())
    xt = x.T.tocsc()
    edges = []
    for start in range(0, x.shape[0], chunk):
        sims = (x[start:start + chunk] @ xt).tocoo()
        keep = (sims.data >= threshold) & (sims.row + start < sims.col)
        edges.append(np.column_stack([sims.row[keep] + start, sims.col[keep]]))
    return np.concatenate(edges).astype(np.int64) if edges else np.zeros((0, 2), dtype=np.int64)


def group_posts(df: pd.DataFrame, *, threshold: float = 0.8, ngram: int = 4, opening: int = 100,
                min_key_length: int = 40) -> PostGroups:
    """Group near-duplicate posts (same campaign or template) deterministically.

    Two rows are linked when they share a company profile (whitespace and case
    ignored, at least ``min_key_length`` characters), share the opening
    ``opening`` characters of the description (same conditions), or their
    joined texts have character ``ngram``-gram cosine similarity >=
    ``threshold``. Groups are the connected components of those links.

    Parameters
    ----------
    df : pandas.DataFrame
        EMSCAD-style rows (missing text columns count as empty).
    threshold, ngram, opening, min_key_length
        As above.

    Returns
    -------
    PostGroups
    """
    from scipy.sparse import coo_matrix
    from scipy.sparse.csgraph import connected_components

    from .fields import join_fields

    n = len(df)
    empty = pd.Series([""] * n, index=df.index)
    profiles = _squash(df.get("company_profile", empty))
    openings = np.array([s[:opening] for s in _squash(df.get("description", empty))],
                        dtype=object)
    columns = [c for c in TEXT_COLUMNS if c in df.columns]
    texts = [join_fields({c: str(v) for c, v in zip(columns, row, strict=True)}).text
             for row in df[columns].itertuples(index=False, name=None)]
    parts = {"company_profile": _key_edges(profiles, min_key_length),
             "description_opening": _key_edges(openings, min_key_length),
             "char_ngram_cosine": _cosine_edges(texts, threshold, ngram) if n else np.zeros((0, 2), np.int64)}
    edges = np.concatenate(list(parts.values()))
    graph = coo_matrix((np.ones(len(edges)), (edges[:, 0], edges[:, 1])), shape=(n, n))
    _, raw = connected_components(graph, directed=False)
    # relabel in order of first appearance, so labels depend only on the rows and their order
    _, first = np.unique(raw, return_index=True)
    order = np.argsort(first)
    relabel = np.empty_like(order)
    relabel[order] = np.arange(len(order))
    return PostGroups(labels=relabel[raw].astype(np.int64), links={k: int(len(v)) for k, v in parts.items()})
