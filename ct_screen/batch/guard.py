"""CSV-injection guard (OWASP "CSV Injection"): cells a spreadsheet would run as a formula.

A cell that begins with ``=``, ``+``, ``-``, ``@``, a tab or a carriage return
can be taken as a formula by Excel or LibreOffice (``=HYPERLINK(...)``,
``@SUM(...)``, ``-2+3+cmd|...``). Post text is written by attackers, so every
such cell written to CSV/TSV (input columns and ours) gets a leading single
quote, which spreadsheets show as text and never evaluate. The quoting of
delimiters and double quotes is left to the CSV writer.
"""

from __future__ import annotations

__all__ = ["FORMULA_PREFIXES", "neutralize", "is_dangerous"]

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def is_dangerous(cell: str) -> bool:
    """Whether a spreadsheet could read ``cell`` as a formula."""
    return cell.startswith(FORMULA_PREFIXES)


def neutralize(cell: str) -> str:
    """``cell`` with a leading ``'`` if it could be read as a formula, else unchanged.

    Examples
    --------
    >>> neutralize('=HYPERLINK("http://x.example","click")')
    '\\'=HYPERLINK("http://x.example","click")'
    >>> neutralize("Warehouse job")
    'Warehouse job'
    """
    return "'" + cell if cell.startswith(FORMULA_PREFIXES) else cell
