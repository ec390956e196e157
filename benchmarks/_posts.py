"""Posts for the benchmarks: EMSCAD rows when the shared data is there, else our own examples."""

from __future__ import annotations

import csv
import os
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]


def emscad_file() -> Path | None:
    """The EMSCAD training file from $CT_SCREEN_DATA or ../shared/data, if present."""
    for root in filter(None, [os.environ.get("CT_SCREEN_DATA"), str(REPO.parent / "shared" / "data")]):
        path = Path(root) / "emscad" / "emscad_train.csv.gz"
        if path.is_file():
            return path
    return None


def load_posts(limit: int | None = None) -> tuple[list[str], str]:
    """Post texts (fields joined as screen() joins them) and where they came from."""
    from ct_screen.fields import join_fields

    path = emscad_file()
    if path is not None:
        import pandas as pd

        df = pd.read_csv(path, keep_default_na=False, nrows=limit)
        return [join_fields(r).text for r in df.to_dict("records")], f"EMSCAD ({path.name})"
    with open(REPO / "examples" / "posts.csv", newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    texts = [join_fields({k: v for k, v in r.items() if k != "post_id"}).text for r in rows]
    return (texts * (1 + (limit or len(texts)) // max(1, len(texts))))[: limit or len(texts)], "examples/posts.csv"


def posts_of_size(size: int, count: int) -> list[str]:
    """``count`` posts of about ``size`` characters (short posts are joined to reach it)."""
    texts, _ = load_posts()
    out, buf = [], ""
    for text in texts * 50:
        buf = f"{buf}\n\n{text}" if buf else text
        if len(buf) >= size:
            out.append(buf[:size])
            buf = ""
            if len(out) == count:
                break
    return out
