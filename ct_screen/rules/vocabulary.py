"""Named sub-patterns: a rule's pattern is written once with ``{name}`` references and expanded when declared.

A rule reads "a cost, then within six words 'deducted from', then wages": written
out, the cost list, the negator look-ahead inside the gap and the wage words make
one pattern thousands of characters long, and the same lists are pasted into every
pattern that needs them. Here each list is a *term* of a :class:`Vocabulary`, defined
once, and a pattern refers to it by name:

>>> words = Vocabulary({"wages": r"(?:salary|wages?)\\b", "gap": r"(?:\\W{1,4}\\w{1,25}){0,{#}}\\W{1,4}"})
>>> p = words(r"\\bdeducted{gap:3}from\\s{wages}")
>>> p
'\\\\bdeducted(?:\\\\W{1,4}\\\\w{1,25}){0,3}\\\\W{1,4}from\\\\s(?:salary|wages?)\\\\b'
>>> p.template
'\\\\bdeducted{gap:3}from\\\\s{wages}'

Syntax
    ``{name}`` is replaced by the term's definition; ``{name:N}`` by a term written
    with the placeholder ``{#}``, which takes the whole number ``N`` (gap widths).
    Names are lower-case identifiers, so a reference never looks like a regular
    expression's ``{1,4}`` or ``{0,3}`` (nor ``\\p{..}``, which is left alone). A definition may refer to other terms;
    a circular or undefined reference is an error when the pattern is declared.

What runs is the expanded text: the matcher, the literal prefilter, the native
database and :func:`ct_screen.rules.rules_version` see exactly the string a
pattern written out in full would be. The written form stays on the pattern
(:attr:`Written.template`) for people reading the rules and for the size of the
rule language (:func:`written_size`).
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping

import regex

__all__ = ["Vocabulary", "Written", "VocabularyError", "written_size"]

_REFERENCE = regex.compile(r"(?<!\\)(?<!\\[pPN])\{([a-z][a-z0-9_]{0,39})(?::(\d{1,3}))?\}")
_PARAMETER = "{#}"
_MAX_DEPTH = 12


class VocabularyError(ValueError):
    """An undefined, circular or malformed reference to a term."""


class Written(str):
    """A pattern as it runs (the string itself), remembering how it was written (``template``)."""

    template: str
    vocabulary: Vocabulary

    def __new__(cls, expanded: str, template: str, vocabulary: Vocabulary) -> Written:
        self = super().__new__(cls, expanded)
        self.template = template
        self.vocabulary = vocabulary
        return self

    def __reduce__(self):
        # A worker process gets the plain pattern (what runs); the written form stays with the declaring process.
        return (str, (str(self),))


class Vocabulary:
    """Terms a pattern may refer to by name, optionally on top of a ``parent`` vocabulary.

    Parameters
    ----------
    terms : mapping of str to str
        Name to definition (a regular expression, itself possibly with references).
    parent : Vocabulary, optional
        Looked up for names this vocabulary does not define (the shared vocabulary
        of :mod:`ct_screen.rules.patterns` for a category module).
    """

    def __init__(self, terms: Mapping[str, str], parent: Vocabulary | None = None) -> None:
        for name, definition in terms.items():
            if not regex.fullmatch(r"[a-z][a-z0-9_]{0,39}", name):
                raise VocabularyError(f"term name {name!r} is not a lower-case identifier")
            if not isinstance(definition, str):
                raise VocabularyError(f"term {name!r}: definition must be a string")
            if parent is not None and parent.owner(name) is not None:
                raise VocabularyError(f"term {name!r} is already defined in the parent vocabulary")
        self._terms = dict(terms)
        self.parent = parent

    def extend(self, **terms: str) -> Vocabulary:
        """A vocabulary with ``terms`` on top of this one (names may not shadow this one's)."""
        return Vocabulary(terms, parent=self)

    def owner(self, name: str) -> Vocabulary | None:
        """The vocabulary that defines ``name`` (this one or an ancestor), or ``None``."""
        vocabulary: Vocabulary | None = self
        while vocabulary is not None:
            if name in vocabulary._terms:
                return vocabulary
            vocabulary = vocabulary.parent
        return None

    def definition(self, name: str) -> str:
        """The definition of ``name`` as written (with its own references)."""
        owner = self.owner(name)
        if owner is None:
            raise VocabularyError(f"undefined term {{{name}}}")
        return owner._terms[name]

    def expand(self, template: str) -> str:
        """``template`` with every reference replaced, recursively."""
        return self._expand(template, ())

    def _expand(self, template: str, stack: tuple[str, ...]) -> str:
        if len(stack) > _MAX_DEPTH:
            raise VocabularyError(f"terms nested deeper than {_MAX_DEPTH}: {' > '.join(stack)}")

        def replace(match: regex.Match) -> str:
            name, argument = match.group(1), match.group(2)
            if name in stack:
                raise VocabularyError(f"circular reference: {' > '.join((*stack, name))}")
            definition = self.definition(name)
            takes = _PARAMETER in definition
            if takes != (argument is not None):
                raise VocabularyError(f"{{{name}}} " + ("needs a number, as {" + name + ":3}" if takes
                                                        else "takes no number"))
            if takes:
                definition = definition.replace(_PARAMETER, argument)
            return self._expand(definition, (*stack, name))

        return _REFERENCE.sub(replace, template)

    def __call__(self, template: str) -> Written:
        """The pattern ``template`` expanded, remembering its written form."""
        return Written(self.expand(template), template, self)

    def used(self, template: str) -> dict[tuple[int, str], str]:
        """Every term ``template`` refers to, directly or through other terms: ``{(id(owner), name): definition}``."""
        found: dict[tuple[int, str], str] = {}
        pending = [template]
        while pending:
            for match in _REFERENCE.finditer(pending.pop()):
                owner = self.owner(match.group(1))
                if owner is None:
                    raise VocabularyError(f"undefined term {{{match.group(1)}}}")
                key = (id(owner), match.group(1))
                if key not in found:
                    found[key] = owner._terms[match.group(1)]
                    pending.append(found[key])
        return found


def written_size(patterns: Iterable[str]) -> tuple[int, int]:
    """The size of the rule language as written: ``(total, largest)`` characters.

    ``total`` counts each pattern's written form (a plain string as it is) plus the
    definition of every term any of them uses, each term once; ``largest`` is the
    longest written pattern.
    """
    total = largest = 0
    definitions: dict[tuple[int, str], int] = {}
    for pattern in patterns:
        written = pattern.template if isinstance(pattern, Written) else pattern
        total += len(written)
        largest = max(largest, len(written))
        if isinstance(pattern, Written):
            for key, definition in pattern.vocabulary.used(written).items():
                definitions[key] = len(definition)
    return total + sum(definitions.values()), largest
