"""Check an engine's output from `engines_at_scale.py --keep` against `score_frame`, row by row.

    python benchmarks/engines_vs_frame.py [--workdir /tmp/ct-engines] [--engine dask2]

`engines_at_scale.py` writes EMSCAD rows repeated: row ``n`` of the parts is
distinct row ``n mod D``. This scores the ``D`` distinct rows once with
:func:`ct_screen.score_frame` and compares every output row's ``ct_*`` cells
with them (``ct_score`` bit for bit; Parquet stores an empty ``ct_error`` as
null, which counts as ""). It needs no second engine run, so it checks a
1,000,000-row output in about a minute.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

import numpy as np
import pyarrow.parquet as pq
from _bench import finish, header, parser
from engines_at_scale import differences, load

from ct_screen import score_frame
from ct_screen.batch import CT_COLUMNS


def main() -> int:
    p = parser(__doc__)
    p.add_argument("--workdir", type=Path, default=Path("/tmp/ct-engines"))
    p.add_argument("--engine", default="dask2", help="the output to check: out-<engine>")
    args = p.parse_args()
    header("engines_vs_frame", args.quick)
    first = pq.ParquetFile(args.workdir / "parts" / "part-000.parquet").read().to_pandas()
    body = first.drop(columns=["post_id"])
    again = np.flatnonzero((body == body.iloc[0]).all(axis=1).to_numpy())
    if len(again) < 2:
        return finish("engines_vs_frame", "the first part holds no repeat of its first row: run engines_at_scale "
                      "with more posts per part", "identical", False, args.quick)
    distinct = int(again[1])
    start = time.perf_counter()
    ref = score_frame(body.iloc[:distinct])
    print(f"score_frame on the {distinct:,} distinct rows: {time.perf_counter() - start:.1f} s")
    got = load(args.workdir / f"out-{args.engine}")
    rows = got["post_id"].str[1:].astype(np.int64).to_numpy()
    if not (np.sort(rows) == np.arange(len(got))).all():
        return finish("engines_vs_frame", "post ids are not 0..N-1", "identical", False, args.quick)
    expected = ref.iloc[rows % distinct][list(CT_COLUMNS)].reset_index(drop=True)
    expected.insert(0, "post_id", got["post_id"].to_numpy())
    bad = differences(got, expected, missing_is_empty=True)
    summary = f"{args.engine}: {bad:,} of {len(got):,} rows differ from score_frame in a ct_* cell"
    return finish("engines_vs_frame", summary, "0 rows differ", bad == 0, args.quick)


if __name__ == "__main__":
    sys.exit(main())
