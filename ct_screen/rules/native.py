"""An optional native prefilter: one Hyperscan pass says which patterns can match a text at all.

The rule matcher's literal prefilter (:mod:`ct_screen.rules.matcher`) lets a rule
through when the words its patterns need occur *somewhere* in the text; on a
2 KB job ad about 60 of the 117 built-in rules pass it, and each then costs a
round of Python work, although one or two of them match. With the optional
``hyperscan`` package installed (``pip install "ct-screen[fast]"``), the matcher
first asks a compiled Hyperscan database which patterns can match anywhere in the
text, in one pass at C speed, and passes only those (typically one or two rules).
Matches are then found exactly as before, by Python's ``re``: the prefilter only
drops patterns that *cannot* match, so the hits are the same with or without it
(``tests/rules/test_native.py`` compares both paths on the corpus, EMSCAD,
social posts, hostile inputs and generated texts).

**A superset, by construction.** Each pattern is translated from Python's parse
tree (:func:`translate`) into a byte pattern that matches at least wherever the
original can:

* look-arounds are dropped, atomic groups and possessive repeats become plain
  ones, a repeat of more than one character class becomes ``[\\x00-\\xff]*``
  (any span), and conditionals become both branches;
* one-character nodes become byte classes whose ASCII part is exact (each of the
  128 ASCII characters is tested against the node with Python's own engine, so
  case-folding and ``\\w``-style categories need no second implementation);
* the text is given as one byte per character (:func:`marked`): ASCII as itself,
  every non-ASCII *word* character as ``_`` and every other non-ASCII character
  as byte ``0x80``, and a node that could match any non-ASCII character also
  accepts the matching mark. ``\\b`` and ``\\B`` therefore mean what they mean to
  Python (``_`` is a word character to both), and offsets are character offsets.

**No compiling at run time, no file that can run code.** Compiling the database
costs seconds, so it is compiled once, when the rules change, by
``python -m ct_screen.rules.build_native`` and shipped in the package
(``rules/native_db/``: the compressed serialised database and a JSON index of
the pattern hashes it covers). Loading it costs milliseconds. A pattern the
database does not cover (a custom rule, a changed built-in pattern, syntax only
the ``regex`` module knows) is simply always passed, as before; when ``hyperscan``
is missing, the database is stale for this Hyperscan, or it cannot run on this
CPU, the matcher runs without it. ``CT_SCREEN_NATIVE=0`` switches it off.
"""

from __future__ import annotations

import codecs
import hashlib
import importlib
import json
import os
import re
import threading
import zlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

try:  # CPython-private: the same parser the literal analysis uses (see literals.PARSER_AVAILABLE)
    sre = importlib.import_module("re._constants")
    sre_compile = importlib.import_module("re._compiler")
    sre_parse = importlib.import_module("re._parser")
except ImportError:  # pragma: no cover - another Python: nothing can be translated
    sre = sre_compile = sre_parse = None  # type: ignore[assignment]

__all__ = ["CONTEXT_DB_DIR", "DB_DIR", "FORMAT", "NativeFilter", "build_database", "load_filter", "marked",
           "pattern_key", "translate"]

FORMAT = 1
"""Version of the translation and of the files in :data:`DB_DIR` (a change makes the shipped files stale)."""
DB_DIR = Path(__file__).with_name("native_db")
CONTEXT_DB_DIR = DB_DIR / "context"
"""The second database: the warning-context vocabulary (:mod:`ct_screen.context`), each pattern split at its
top-level alternatives (``build_database(split=True)``), which Hyperscan refuses whole."""
_DB_FILE = "prefilter.hsdb.z"
_INDEX_FILE = "prefilter.json"
WORD_MARK = ord("_")
"""The byte every non-ASCII word character is written as (a word character to ``\\b``, like the original)."""
OTHER_MARK = 0x80
"""The byte every other non-ASCII character is written as (not a word character)."""
_ANY_SPAN = r"[\x00-\xff]*"
_MAX_TEXT_FLAGS = re.IGNORECASE | re.ASCII | re.DOTALL | re.MULTILINE | re.UNICODE | re.VERBOSE
_NONASCII_WORD = re.compile(r"[^\W\x00-\x7f]")
_NONASCII = re.compile(r"[^\x00-\x7f]")
_FEW_OTHERS = 32
"""Non-ASCII characters up to which :func:`marked` hands their runs to the encoder's error handler (one call
a run); a text with more (another script) is marked by two substitutions over it, which is then cheaper."""


class Untranslatable(ValueError):
    """A pattern (or one of its nodes) the translation does not cover; its rule is not prefiltered."""


def _mark_non_ascii(error: UnicodeEncodeError) -> tuple[bytes, int]:
    """The codec error handler :func:`marked` encodes with: each run of non-ASCII characters as its marks."""
    return _marks(error.object[error.start:error.end]), error.end


def _marks(text: str) -> bytes:
    return _NONASCII.sub("\x80", _NONASCII_WORD.sub("_", text)).encode("latin-1")


_MARK_ERRORS = "ct_screen.native.mark"
codecs.register_error(_MARK_ERRORS, _mark_non_ascii)


def marked(text: str) -> bytes:
    """``text`` as one byte per character: ASCII as itself, non-ASCII word characters as ``_``, the rest 0x80.

    Mostly ASCII (a few accents or quotes): one ASCII encoding whose error handler writes the marks, so the
    encoder copies ASCII at C speed and hands over only the runs of other characters. Many other characters
    (another script, a run per word): the same marks by two substitutions over the whole text.
    """
    if text.isascii():
        return text.encode("ascii")
    if len(text) - len(text.encode("ascii", "ignore")) > _FEW_OTHERS:
        return _marks(text)
    return text.encode("ascii", _MARK_ERRORS)


def pattern_key(source: str) -> str:
    """The key the database index knows a pattern by (a hash of its source)."""
    return hashlib.sha256(source.encode("utf-8", "surrogatepass")).hexdigest()[:32]


# -- translation ------------------------------------------------------------------------------------------

def _byte_class(codes: set[int]) -> str:
    if not codes:
        raise Untranslatable("a character class that matches nothing")
    parts, ordered, i = [], sorted(codes), 0
    while i < len(ordered):
        j = i
        while j + 1 < len(ordered) and ordered[j + 1] == ordered[j] + 1:
            j += 1
        lo, hi = ordered[i], ordered[j]
        parts.append(f"\\x{lo:02x}" if lo == hi else f"\\x{lo:02x}-\\x{hi:02x}")
        i = j + 1
    return "[" + "".join(parts) + "]"


class _Translator:
    """Translates parse trees, remembering each one-character node's byte class."""

    def __init__(self) -> None:
        self._classes: dict[tuple[str, int], str] = {}

    def pattern(self, source: str) -> bytes:
        parsed = self._parse(source)
        return self._sequence(list(parsed), parsed.state.flags).encode("latin-1")

    def branches(self, source: str) -> list[bytes]:
        """:meth:`pattern` as one byte pattern per alternative of its first top-level alternation (what comes
        before and after it repeated in each): together they match where the whole does."""
        parsed = self._parse(source)
        items, flags = list(parsed), parsed.state.flags
        for k, (op, av) in enumerate(items):
            if op is sre.BRANCH:
                before, after = self._sequence(items[:k], flags), self._sequence(items[k + 1:], flags)
                return [(before + "(?:" + self._sequence(branch, flags) + ")" + after).encode("latin-1")
                        for branch in av[1]]
        return [self._sequence(items, flags).encode("latin-1")]

    @staticmethod
    def _parse(source: str):
        if sre_parse is None:
            raise Untranslatable("the standard library's pattern parser is not available")
        try:
            return sre_parse.parse(source)
        except (re.error, RecursionError, OverflowError) as exc:
            raise Untranslatable(f"not parsed by re: {exc}") from exc

    def _sequence(self, items, flags: int) -> str:
        return "".join(self._node(node, flags) for node in items)

    def _single(self, node, flags: int) -> str:
        key = (repr(node), flags & _MAX_TEXT_FLAGS)
        found = self._classes.get(key)
        if found is None:
            found = self._classes[key] = _byte_class(_single_codes(node, flags))
        return found

    def _node(self, node, flags: int) -> str:
        op, av = node
        if op in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY):
            return self._single(node, flags)
        if op is sre.BRANCH:
            return "(?:" + "|".join(self._sequence(branch, flags) for branch in av[1]) + ")"
        if op is sre.SUBPATTERN:
            _group, add, remove, body = av
            return "(?:" + self._sequence(body, (flags | add) & ~remove) + ")"
        if op is sre.ATOMIC_GROUP:
            return "(?:" + self._sequence(av, flags) + ")"
        if op in (sre.MAX_REPEAT, sre.MIN_REPEAT, sre.POSSESSIVE_REPEAT):
            lo, hi, body = av
            inner = "(?:" + self._sequence(body, flags) + ")"
            if hi == 1:
                return inner if lo == 1 else inner + "?"
            if not _one_character(list(body)):
                return _ANY_SPAN  # a repeat of a sequence: any span (cheap to compile, still a superset)
            if hi is sre.MAXREPEAT or hi > 32:
                return inner + ("*" if lo == 0 else "+" if lo == 1 else f"{{{lo},}}")
            return inner + (f"{{{lo}}}" if lo == hi else f"{{{lo},{hi}}}")
        if op is sre.AT:
            if flags & (re.ASCII | re.LOCALE):
                return ""  # ASCII word boundaries: a non-ASCII letter is no word character there, but is "_" here
            if av is sre.AT_BOUNDARY:
                return r"\b"
            if av is sre.AT_NON_BOUNDARY:
                return r"\B"
            return ""  # anchors: dropped (a superset)
        if op in (sre.ASSERT, sre.ASSERT_NOT):
            return ""  # look-arounds: dropped (a superset)
        if op is sre.GROUPREF:
            return _ANY_SPAN
        if op is sre.GROUPREF_EXISTS:
            _group, yes, no = av
            return "(?:" + self._sequence(yes, flags) + "|" + (self._sequence(no, flags) if no else "") + ")"
        raise Untranslatable(f"no translation for {op}")


def _one_character(items) -> bool:
    return len(items) == 1 and items[0][0] in (sre.LITERAL, sre.NOT_LITERAL, sre.IN, sre.ANY)


_ASCII = tuple(chr(i) for i in range(128))


def _single_codes(node, flags: int) -> set[int]:
    """Bytes of the marked text a one-character node may match: its ASCII characters exactly (tested with
    Python's engine), and each mark unless the node provably matches no non-ASCII character of that kind."""
    sub = sre_parse.SubPattern(sre_parse.State(), [node])
    sub.state.flags = flags
    compiled = sre_compile.compile(sub, flags)
    codes = {i for i, c in enumerate(_ASCII) if compiled.fullmatch(c)}
    op, av = node
    word = other = True
    if not flags & re.IGNORECASE:  # case-folding can reach non-ASCII letters (K and KELVIN SIGN): keep both
        if op is sre.LITERAL:
            word = other = av >= 128
        elif op is sre.IN and all(o in (sre.LITERAL, sre.RANGE) for o, _ in av):
            word = other = max(a if o is sre.LITERAL else a[1] for o, a in av) >= 128
    if word:
        codes.add(WORD_MARK)
    if other:
        codes.add(OTHER_MARK)
    return codes


def translate(source: str) -> bytes:
    """A byte pattern that matches the marked text (:func:`marked`) wherever ``source`` matches the text.

    Raises
    ------
    Untranslatable
        If the pattern uses syntax the translation does not cover (its rule is then not prefiltered).
    """
    return _Translator().pattern(source)


# -- the database ---------------------------------------------------------------------------------------

def _hyperscan():
    try:
        return importlib.import_module("hyperscan")
    except ImportError:
        return None


def build_database(sources: Iterable[str], out_dir: Path = DB_DIR, *, split: bool = False) -> dict:
    """Translate and compile ``sources`` into one database and write it, with its index, to ``out_dir``.

    With ``split``, each pattern is compiled as one expression per top-level alternative
    (the alternatives of its first top-level alternation, what comes before and after it repeated in each: together
    they match where the whole does); its key then stands in the index once for each.

    Returns the index written (``format``, ``hyperscan`` version, ``keys`` in database-id order, and the
    keys that could not be translated).
    """
    hs = _hyperscan()
    if hs is None:
        raise RuntimeError('building the native prefilter needs hyperscan: pip install "ct-screen[fast]"')
    translator = _Translator()
    keys: list[str] = []
    expressions: list[bytes] = []
    skipped: list[str] = []
    for source in dict.fromkeys(sources):
        try:
            parts = translator.branches(source) if split else [translator.pattern(source)]
        except Untranslatable:
            skipped.append(pattern_key(source))
            continue
        expressions.extend(parts)
        keys.extend([pattern_key(source)] * len(parts))
    database = hs.Database(mode=hs.HS_MODE_BLOCK)
    database.compile(expressions=expressions, ids=list(range(len(expressions))), elements=len(expressions),
                     flags=hs.HS_FLAG_SINGLEMATCH | hs.HS_FLAG_ALLOWEMPTY)
    blob = zlib.compress(hs.dumpb(database), 9)
    index = {"format": FORMAT, "hyperscan": _hs_version(hs), "sha256": hashlib.sha256(blob).hexdigest(),
             "keys": keys, "untranslated": skipped}
    out_dir.mkdir(parents=True, exist_ok=True)
    (out_dir / _DB_FILE).write_bytes(blob)
    (out_dir / _INDEX_FILE).write_text(json.dumps(index, indent=0) + "\n", encoding="utf-8")
    return index


def _hs_version(hs) -> str:
    return str(getattr(hs, "__version__", "unknown"))


@dataclass(frozen=True)
class _Database:
    database: object
    ids: dict[str, tuple[int, ...]]
    """Database ids of each covered pattern (one, or one per alternative when split), by :func:`pattern_key`."""


@lru_cache(maxsize=4)
def _load(db_dir: str) -> _Database | None:
    """The shipped database, or ``None`` when it cannot be used here (read once per process)."""
    if os.environ.get("CT_SCREEN_NATIVE", "1").strip().lower() in ("0", "off", "false", "no"):
        return None
    hs = _hyperscan()
    if hs is None:
        return None
    folder = Path(db_dir)
    try:
        index = json.loads((folder / _INDEX_FILE).read_text(encoding="utf-8"))
        blob = (folder / _DB_FILE).read_bytes()
    except (OSError, ValueError):
        return None
    if index.get("format") != FORMAT or hashlib.sha256(blob).hexdigest() != index.get("sha256"):
        return None  # stale or damaged: the matcher runs without it
    try:
        database = hs.loadb(zlib.decompress(blob), hs.HS_MODE_BLOCK)
        hs.Scratch(database)  # fails here when the database cannot run on this CPU
        # (and hyperscan itself refuses a database serialised by another version of its library)
    except Exception:  # hyperscan raises its own error types for platform and version mismatches
        return None
    ids: dict[str, list[int]] = {}
    for i, key in enumerate(index["keys"]):
        ids.setdefault(key, []).append(i)
    return _Database(database, {key: tuple(found) for key, found in ids.items()})


class NativeFilter:
    """Which of a matcher's patterns can match a text, from one Hyperscan scan.

    Parameters
    ----------
    database : _Database
        The loaded database.
    slots : sequence of tuple of int
        For each of the matcher's patterns (in the matcher's order), its database ids, or ``()`` when the
        database does not cover it (such a pattern is always reported as a candidate).

    Notes
    -----
    Thread-safe: each thread scans with scratch space of its own.
    """

    def __init__(self, database: _Database, slots: Sequence[tuple[int, ...]]):
        self._database = database.database
        self._always = tuple(i for i, slot in enumerate(slots) if not slot)
        self._by_id: dict[int, list[int]] = {}
        for i, slot in enumerate(slots):
            for db_id in slot:
                self._by_id.setdefault(db_id, []).append(i)
        self.covered = len(slots) - len(self._always)
        self._local = threading.local()
        self._hs = _hyperscan()

    def candidates(self, text: str, limit: int | None = None) -> set[int] | None:
        """Indices (in the matcher's pattern order) of the patterns that may match somewhere in ``text``.

        With a ``limit``, the scan stops once more than ``limit`` patterns have been reported and ``None`` is
        returned ("many": a hostile text that nearly matches everything is cheaper to run without the filter).
        """
        local = self._local
        scratch = getattr(local, "scratch", None)
        if scratch is None:
            scratch = local.scratch = self._hs.Scratch(self._database)
        found = _Found(limit)
        if text:  # an empty text has no non-empty match: no pattern is a candidate
            try:
                self._database.scan(marked(text), match_event_handler=_collect, context=found, scratch=scratch)
            except self._hs.ScanTerminated:  # raised when _collect stops the scan at the limit
                if not found.stopped:
                    raise
        if found.stopped:
            return None
        out = set(self._always)
        for db_id in found:
            out.update(self._by_id.get(db_id, ()))
        return out


class _Found(list):
    """Database ids reported by one scan, and whether the scan was stopped at the limit."""

    def __init__(self, limit: int | None) -> None:
        super().__init__()
        self.limit = limit
        self.stopped = False


def _collect(db_id: int, _start: int, _end: int, _flags: int, found: _Found) -> bool:
    found.append(db_id)
    if found.limit is not None and len(found) > found.limit:
        found.stopped = True
        return True  # stop scanning
    return False


def load_filter(sources: Sequence[str | None], db_dir: Path = DB_DIR) -> NativeFilter | None:
    """A filter for patterns ``sources`` (``None`` for a pattern that must never be filtered, e.g. a custom
    rule's), or ``None`` when the native prefilter is unavailable or covers none of them."""
    database = _load(str(db_dir))
    if database is None:
        return None
    slots = [database.ids.get(pattern_key(s), ()) if s is not None else () for s in sources]
    if not any(slots):
        return None
    return NativeFilter(database, slots)
