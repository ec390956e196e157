"""Dump ``screen(...).to_dict()`` for a fixed set of posts, and compare two dumps exactly.

A change meant to make screening faster must not change what it says. Dump the
outputs with the code before the change (e.g. a checkout of main with its own
environment), then compare with the code after it::

    /path/to/main/.venv/bin/python tests/screen_outputs.py dump /tmp/before.jsonl
    .venv/bin/python tests/screen_outputs.py compare /tmp/before.jsonl

The script imports whichever ``ct_screen`` the interpreter has installed, so
the same file serves both sides. The posts: every EMSCAD row (as a mapping of
fields and as its joined text) and every ``social_dev`` post when
``$CT_SCREEN_DATA`` (or ``../shared/data``) holds them; EMSCAD openings cut to
150 characters; our own labelled corpus (``tests/corpus``); every built-in
rule's examples and counter-examples; the hostile-input benchmark's cases at
20,000 characters. Dumps hold data rows' text: they go under /tmp, never into
the repository. ``tests/test_screen_outputs.py`` compares against a dump named
by ``$CT_SCREEN_OUTPUTS``.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

REPO = Path(__file__).resolve().parents[1]
SHORT = 150


def data_root() -> Path | None:
    """``$CT_SCREEN_DATA`` or ``../shared/data``, if it exists."""
    for root in filter(None, [os.environ.get("CT_SCREEN_DATA"), str(REPO.parent / "shared" / "data")]):
        if Path(root).is_dir():
            return Path(root).resolve()
    return None


def _emscad(root: Path) -> Iterator[tuple[str, Any]]:
    import pandas as pd

    from ct_screen.fields import join_fields

    path = root / "emscad" / "emscad_train.csv.gz"
    if not path.is_file():
        return
    for i, row in enumerate(pd.read_csv(path, keep_default_na=False).to_dict("records")):
        text = join_fields(row).text
        yield f"emscad-fields-{i}", row
        yield f"emscad-text-{i}", text
        yield f"emscad-short-{i}", text[:SHORT]


def _social(root: Path) -> Iterator[tuple[str, Any]]:
    import pandas as pd

    path = root / "social" / "social_dev.csv.gz"
    if path.is_file():
        for i, text in enumerate(pd.read_csv(path, keep_default_na=False)["text"]):
            yield f"social-{i}", text


def _corpus() -> Iterator[tuple[str, Any]]:
    import yaml

    for file in sorted((REPO / "tests" / "corpus").glob("*.yaml")):
        for j, post in enumerate(yaml.safe_load(file.read_text(encoding="utf-8")).get("posts", [])):
            yield f"corpus-{file.stem}-{j}", post["text"]


def _rule_examples() -> Iterator[tuple[str, Any]]:
    from ct_screen.rules import builtin_rules

    for rule in builtin_rules():
        for j, text in enumerate((*rule.examples, *rule.counter_examples)):
            yield f"rule-{rule.id}-{j}", text


def _hostile() -> Iterator[tuple[str, Any]]:
    sys.path.insert(0, str(REPO / "benchmarks"))
    try:
        from hostile_input import cases

        from ct_screen.rules import builtin_rules
    finally:
        sys.path.pop(0)
    for name, text in cases(builtin_rules(), 20_000).items():
        yield f"hostile-{name}", text


def posts(*, data: bool = True) -> Iterator[tuple[str, Any]]:
    """``(key, post)`` pairs, in a fixed order (data rows only with ``data`` and when they are there)."""
    root = data_root() if data else None
    if root is not None:
        yield from _emscad(root)
        yield from _social(root)
    yield from _corpus()
    yield from _rule_examples()
    yield from _hostile()


def outputs(*, data: bool = True) -> Iterator[tuple[str, dict]]:
    """``(key, screen(post).to_dict())`` for every post of :func:`posts`, screened in batches."""
    from ct_screen import Screener

    screener = Screener()
    pairs = list(posts(data=data))
    results = screener.screen_many([p for _, p in pairs])
    for (key, _), result in zip(pairs, results, strict=True):
        yield key, json.loads(json.dumps(result.to_dict()))


def read_dump(path: str | os.PathLike) -> dict[str, dict]:
    """A dump as ``{key: to_dict()}``."""
    with open(path, encoding="utf-8") as fh:
        return {row["key"]: row["result"] for row in map(json.loads, fh)}


def differences(before: dict[str, dict], after: dict[str, dict]) -> list[str]:
    """One line per key whose output differs (or that only one side has)."""
    out = [f"{k}: only before" for k in before.keys() - after.keys()]
    out += [f"{k}: only after" for k in after.keys() - before.keys()]
    for key in before.keys() & after.keys():
        if before[key] != after[key]:
            fields = sorted(f for f in before[key].keys() | after[key].keys()
                            if before[key].get(f) != after[key].get(f))
            out.append(f"{key}: {', '.join(fields)} differ")
    return sorted(out)


def main() -> int:
    p = argparse.ArgumentParser(description=__doc__.splitlines()[0], epilog=__doc__,
                                formatter_class=argparse.RawDescriptionHelpFormatter)
    p.add_argument("action", choices=["dump", "compare"])
    p.add_argument("path", help="the dump to write (dump) or to compare with (compare)")
    args = p.parse_args()
    import ct_screen

    if args.action == "dump":
        count = 0
        with open(args.path, "w", encoding="utf-8") as fh:
            for key, result in outputs():
                fh.write(json.dumps({"key": key, "result": result}, sort_keys=True) + "\n")
                count += 1
        print(f"{count} outputs of {ct_screen.__file__} written to {args.path}")
        return 0
    before = read_dump(args.path)
    after = dict(outputs())
    diff = differences(before, after)
    for line in diff[:50]:
        print(line)
    print(f"{len(after)} outputs of {ct_screen.__file__} compared with {len(before)} in {args.path}: {len(diff)} differ")
    return 1 if diff else 0


if __name__ == "__main__":
    sys.exit(main())
