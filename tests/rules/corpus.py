"""Load the labelled posts we wrote ourselves (tests/corpus/<category>.yaml)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import yaml

CORPUS_DIR = Path(__file__).resolve().parents[1] / "corpus"


@dataclass(frozen=True)
class LabelledPost:
    id: str
    file_category: str
    label: int
    also: tuple[str, ...]
    text: str

    @property
    def expected(self) -> frozenset[str]:
        """Every category this post should fire."""
        return frozenset(((self.file_category,) if self.label else ()) + self.also)


def load_corpus() -> list[LabelledPost]:
    posts = []
    for path in sorted(CORPUS_DIR.glob("*.yaml")):
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
        for entry in data["posts"]:
            posts.append(LabelledPost(id=entry["id"], file_category=data["category"], label=int(entry["label"]),
                                      also=tuple(entry.get("also") or ()), text=entry["text"]))
    return posts
