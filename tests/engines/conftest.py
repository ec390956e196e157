"""Shared by the engine tests: posts we wrote ourselves, a Spark session, and a cell-by-cell comparison."""

from __future__ import annotations

import math
import os
import shutil
import subprocess
import sys
from pathlib import Path

import numpy as np
import pandas as pd
import pytest

from ct_screen.batch import CT_COLUMNS
from tests.link.samples import HONEST, PHONE_FIVE_WAYS, template_posts

REPO = Path(__file__).resolve().parents[2]
TEXT_CT = [c for c in CT_COLUMNS if c != "ct_score"]

# Rows that cannot be scored (kept and flagged in ct_error) and rows that test the edges of scoring.
EDGE_DESCRIPTIONS = [
    None,                                                    # nothing at all
    "",                                                      # empty
    "   \n\t ",                                              # white space only
    "Ｔｅｌｅｇｒａｍ me for a job abroad, passport kept safe by the agent",  # full-width evasion
    "Pay the 300 EUR visa fee first. " * 400,                # long: over the max_chars used in the tests
    "T e l e g r a m @fastcash_jobs, earn 500 USD a day, no experience",
]


def written_posts() -> pd.DataFrame:
    """Posts written for this project (examples/posts.csv, the link samples and edge rows): about 60 rows."""
    base = pd.read_csv(REPO / "examples" / "posts.csv", keep_default_na=False)
    extra_texts = PHONE_FIVE_WAYS + template_posts() + HONEST + EDGE_DESCRIPTIONS
    extra = pd.DataFrame({
        "post_id": [f"X{i:03d}" for i in range(len(extra_texts))],
        "title": ["Job offer"] * len(extra_texts),
        "location": [None if i % 4 == 0 else "Leeds, UK" for i in range(len(extra_texts))],
        "company_profile": [None] * len(extra_texts),
        "description": extra_texts,
    })
    frame = pd.concat([base, extra], ignore_index=True)
    return frame.astype({c: object for c in frame.columns})


def missing(value: object) -> bool:
    return value is None or value is pd.NA or (isinstance(value, float) and math.isnan(value))


def cells(frame: pd.DataFrame, column: str) -> list[object]:
    """A column's values with every kind of missing value as ``None``."""
    return [None if missing(v) else v for v in frame[column].tolist()]


def assert_same_scores(got: pd.DataFrame, ref: pd.DataFrame, key: str = "post_id") -> None:
    """Same rows in the same order, and every ct_* cell identical (scores bit for bit)."""
    assert len(got) == len(ref)
    assert cells(got, key) == cells(ref, key), "rows are not in the same order"
    a, b = got["ct_score"].to_numpy(dtype=np.float64), ref["ct_score"].to_numpy(dtype=np.float64)
    assert np.array_equal(np.isnan(a), np.isnan(b))
    assert a[~np.isnan(a)].tobytes() == b[~np.isnan(b)].tobytes(), "scores differ"
    for column in TEXT_CT:
        assert cells(got, column) == cells(ref, column), f"{column} differs"


def java_problem() -> str | None:
    """Why Spark cannot start here, or None."""
    java = shutil.which("java", path=os.path.join(os.environ["JAVA_HOME"], "bin")) if os.environ.get("JAVA_HOME") \
        else shutil.which("java")
    if java is None:
        return "Java not found (Spark needs Java 17+ on PATH or JAVA_HOME)"
    try:
        subprocess.run([java, "-version"], capture_output=True, timeout=60, check=True)
    except (OSError, subprocess.SubprocessError) as exc:
        return f"java -version failed: {exc}"
    return None


@pytest.fixture(scope="session")
def spark():
    """One local[2] Spark session for the whole run; its Python workers use this interpreter."""
    pytest.importorskip("pyspark", reason="pyspark not installed: pip install 'ct-screen[spark]'")
    problem = java_problem()
    if problem:
        pytest.skip(problem)
    from pyspark.sql import SparkSession

    os.environ["PYSPARK_PYTHON"] = sys.executable  # the executors must import this ct_screen
    session = (SparkSession.builder.master("local[2]").appName("ct-screen-tests")
               .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
               .config("spark.pyspark.python", sys.executable).config("spark.driver.memory", "1g")
               .getOrCreate())
    session.sparkContext.setLogLevel("ERROR")
    yield session
    session.stop()


RULES_YAML = """\
rules:
  - id: TEST001
    category: upfront_fee
    name: onboarding-kit
    severity: medium
    weight: 0.45
    patterns: ['\\bbuy (?:the|your) onboarding kit\\b']
    explanation: Asks applicants to buy an onboarding kit.
    examples: ["Buy the onboarding kit before day one"]
    counter_examples: ["Your onboarding kit arrives by post"]
"""


@pytest.fixture(scope="session")
def dask_client():
    """A real distributed cluster: 2 worker processes, one thread each, shared by the Dask tests."""
    pytest.importorskip("dask.dataframe", reason="dask not installed: pip install 'ct-screen[dask]'")
    distributed = pytest.importorskip("dask.distributed", reason="distributed not installed: pip install 'ct-screen[dask]'")
    with distributed.LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None) as cluster, \
            distributed.Client(cluster) as client:
        yield client
