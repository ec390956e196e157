"""Word forms the classifier reads as one: British and American spellings, and "CV" as "resume".

EMSCAD's honest posts are mostly American ("resume", "organization", "labor"),
while its fraud and the social posts come from everywhere; a classifier trained
on them learns the spelling of a country as evidence of fraud. The short honest
British job ad "Apply with your CV" scored ``review`` on 'your cv' and 'cv' alone.
Folding the forms into one token takes the shortcut away: the classifier can
still learn what "send your CV to this WhatsApp" says, but not where its writer
went to school.

The table is closed and written by hand (no stemming): each entry maps a
lower-cased token to its American form. A model records which table it was
trained with (``TextFeatures.folds``); a model trained without one reads tokens
as they are.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache
from types import MappingProxyType

__all__ = ["FOLD_TABLES", "fold_table", "fold_targets"]

_STEMS = {
    # -our / -or
    "colour": "color", "favour": "favor", "behaviour": "behavior", "labour": "labor", "honour": "honor",
    "neighbour": "neighbor", "harbour": "harbor", "humour": "humor", "rumour": "rumor", "endeavour": "endeavor",
    "vigour": "vigor", "flavour": "flavor", "savour": "savor", "odour": "odor", "valour": "valor",
    # -ise / -ize (only words whose -ize form is the American one)
    "organis": "organiz", "recognis": "recogniz", "realis": "realiz", "specialis": "specializ",
    "prioritis": "prioritiz", "customis": "customiz", "utilis": "utiliz", "apologis": "apologiz",
    "authoris": "authoriz", "finalis": "finaliz", "standardis": "standardiz", "optimis": "optimiz",
    "minimis": "minimiz", "maximis": "maximiz", "summaris": "summariz", "categoris": "categoriz",
    "emphasis": "emphasiz", "familiaris": "familiariz", "visualis": "visualiz", "criticis": "criticiz",
    "centralis": "centraliz", "digitalis": "digitaliz", "personalis": "personaliz", "mobilis": "mobiliz",
    "localis": "localiz", "normalis": "normaliz", "stabilis": "stabiliz", "sanitis": "sanitiz",
    "synchronis": "synchroniz", "monetis": "monetiz", "incentivis": "incentiviz", "capitalis": "capitaliz",
    "memoris": "memoriz", "modernis": "moderniz", "characteris": "characteriz", "harmonis": "harmoniz",
    "energis": "energiz", "socialis": "socializ", "hospitalis": "hospitaliz", "legalis": "legaliz",
    "analys": "analyz",
}
_ENDINGS = ("e", "es", "ed", "ing", "er", "ers", "ation", "ations", "ational", "able")
_OUR_ENDINGS = ("", "s", "ed", "ing", "able", "ite", "ites", "ful")

_WORDS = {
    "cv": "resume", "cvs": "resumes", "résumé": "resume", "résumés": "resumes",
    "centre": "center", "centres": "centers", "metre": "meter", "metres": "meters", "litre": "liter",
    "litres": "liters", "theatre": "theater", "theatres": "theaters", "fibre": "fiber",
    "programme": "program", "programmes": "programs", "catalogue": "catalog", "catalogues": "catalogs",
    "dialogue": "dialog", "licence": "license", "licences": "licenses", "defence": "defense",
    "offence": "offense", "offences": "offenses", "practise": "practice", "practised": "practiced",
    "travelling": "traveling", "travelled": "traveled", "traveller": "traveler", "travellers": "travelers",
    "cancelled": "canceled", "cancelling": "canceling", "modelling": "modeling", "labelled": "labeled",
    "labelling": "labeling", "fuelled": "fueled", "counselling": "counseling", "counsellor": "counselor",
    "counsellors": "counselors", "enrol": "enroll", "enrolment": "enrollment", "enrolments": "enrollments",
    "fulfil": "fulfill", "fulfilment": "fulfillment", "skilful": "skillful", "instalment": "installment",
    "instalments": "installments", "jewellery": "jewelry", "aluminium": "aluminum", "grey": "gray",
    "tyre": "tire", "tyres": "tires", "paediatric": "pediatric", "orthopaedic": "orthopedic",
    "anaesthetic": "anesthetic", "manoeuvre": "maneuver", "storey": "story", "mould": "mold",
    "plough": "plow", "draught": "draft", "ageing": "aging", "acknowledgement": "acknowledgment",
    "judgement": "judgment", "whilst": "while", "amongst": "among", "towards": "toward",
}


def _build() -> dict[str, str]:
    table = dict(_WORDS)
    for british, american in _STEMS.items():
        endings = _OUR_ENDINGS if british.endswith("our") else _ENDINGS
        for ending in endings:
            table.setdefault(british + ending, american + ending)
    return table


FOLD_TABLES: Mapping[str, Mapping[str, str]] = MappingProxyType({
    "": MappingProxyType({}),
    "spelling-1": MappingProxyType(_build()),
})
"""Fold tables by name; ``""`` reads tokens as they are. A table, once shipped in a model, never changes: a new
table gets a new name."""


@lru_cache(maxsize=8)
def fold_targets(name: str) -> frozenset[str]:
    """The words the table ``name`` reads others as ("resume", "color" ...)."""
    return frozenset(fold_table(name).values())


def fold_table(name: str) -> Mapping[str, str]:
    """The fold table called ``name`` (``ValueError`` for one this version does not know)."""
    try:
        return FOLD_TABLES[name]
    except KeyError:
        raise ValueError(f"unknown token fold table {name!r} (known: {sorted(FOLD_TABLES)})") from None
