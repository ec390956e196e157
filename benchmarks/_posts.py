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


def load_texts(count: int) -> tuple[list[str], str]:
    """Exactly ``count`` whole post texts, cycling through the available posts when there are fewer."""
    texts, source = load_posts()
    reps = -(-count // len(texts))
    return (texts * reps)[:count], f"{source}, {len(texts):,} distinct posts" + (
        f" cycled {reps}x" if reps > 1 else "")


def load_labelled(limit: int | None = None) -> tuple[list[str], list[int], list[float] | None, str]:
    """Labelled post texts to fit the baseline on: ``(texts, labels, sample weights or None, source)``.

    EMSCAD rows (label ``fraudulent``, weights ``sample_weight``) when the shared
    data is there; else the labelled posts we wrote for the rule tests
    (tests/corpus/*.yaml). ``limit`` takes a seeded random sample (both classes).
    """
    from ct_screen.fields import join_fields

    path = emscad_file()
    if path is not None:
        import pandas as pd

        df = pd.read_csv(path, keep_default_na=False)
        if limit is not None and limit < len(df):
            df = df.sample(n=limit, random_state=0)
        labels = df.pop("fraudulent").astype(int).tolist()
        weights = df.pop("sample_weight").astype(float).tolist() if "sample_weight" in df else None
        return [join_fields(r).text for r in df.to_dict("records")], labels, weights, f"EMSCAD ({path.name})"
    import random

    import yaml

    texts, labels = [], []
    for file in sorted((REPO / "tests" / "corpus").glob("*.yaml")):
        for post in yaml.safe_load(file.read_text(encoding="utf-8")).get("posts", []):
            texts.append(post["text"])
            labels.append(int(post["label"]))
    pairs = list(zip(texts, labels, strict=True))
    if limit is not None and limit < len(pairs):
        pairs = random.Random(0).sample(pairs, limit)
    return [t for t, _ in pairs], [y for _, y in pairs], None, "tests/corpus/*.yaml"


# Social-style posts of our own writing, for when the EMSCAD data is not there.
OWN_SHORT_POSTS = [
    "Hiring now! Work from home 2 hrs a day, earn $300 daily. No experience needed. DM me on WhatsApp for details.",
    "Looking for a friendly barista for weekend shifts at our cafe on Mill Street. Drop your CV at the counter.",
    "Easy online job, just like and review products. Pay a small $30 activation fee to start earning today!",
    "Our bakery needs a morning helper, 6am to 11am, Tuesday to Saturday. Ask for Jo at the shop.",
    "Models wanted for overseas hostess work, free flights and housing provided, we keep your passport safe.",
    "Volunteer drivers needed for the food bank on Saturdays. Sign up at the community centre front desk.",
    "URGENT: 5 spots left! Earn 5k a week trading crypto with my team. Message me on Telegram @fastcash_team now.",
    "Junior accountant wanted for a small firm in town. Two years of experience and a degree in finance preferred.",
    "Need cash fast? Receive payments into your bank account and keep 10%. Simple, legal and fully remote.",
    "Summer camp is hiring lifeguards and counsellors. Training provided, certificates paid for by the camp.",
    "Girls 18-25 wanted for dancing jobs abroad, good salary, visa arranged by agent, contact +44 7700 900123.",
    "Part-time tutor for maths and physics, evenings, pay depends on experience. Please send a short cover note.",
]


def short_posts(count: int, size: int = 150) -> tuple[list[str], str]:
    """``count`` social-style posts of at most ``size`` characters, and where they came from.

    From EMSCAD: each row's title and the first sentence of its description (or
    company profile), cut to ``size``; else our own posts (``OWN_SHORT_POSTS``).
    """
    import re

    path = emscad_file()
    out: list[str] = []
    if path is not None:
        import pandas as pd

        df = pd.read_csv(path, keep_default_na=False, usecols=["title", "description", "company_profile"])
        for title, description, profile in df.itertuples(index=False):
            body = (description or profile).strip()
            first = re.split(r"(?<=[.!?])\s", body, maxsplit=1)[0] if body else ""
            post = f"{title.strip()}. {first}".strip(" .")[:size]
            if len(post) >= size // 2:
                out.append(post)
        source = f"EMSCAD ({path.name}): title and first sentence, cut to {size} characters"
    if not out:
        out, source = [p[:size] for p in OWN_SHORT_POSTS], "our own social-style posts (benchmarks/_posts.py)"
    return (out * (1 + count // len(out)))[:count], source
