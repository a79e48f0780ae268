"""Spreadsheet-safe CSV cells: text a spreadsheet would run as a formula is written inert.

A cell starting with =, +, -, @, a tab or a carriage return is written with a leading
apostrophe, as OWASP advises against CSV injection. So that reading undoes exactly what writing
added, a cell that already starts with an apostrophe gets one more. Reading drops one
apostrophe only where it stands before one of those characters or before another apostrophe:
"'=SUM(A1)" reads as "=SUM(A1)", "''90s" as "'90s", and "'90s" stays "'90s".
"""

from __future__ import annotations

RISKY = ("=", "+", "-", "@", "\t", "\r")
MARK = "'"


def neutralise(value: str) -> str:
    """`value` made inert for a spreadsheet; `restore` gives it back."""
    return MARK + value if value.startswith((*RISKY, MARK)) else value


def restore(value: str) -> str:
    """The text `neutralise` was given."""
    if value.startswith(MARK) and value[1:].startswith((*RISKY, MARK)):
        return value[1:]
    return value


def neutralise_row(row: dict) -> dict:
    """Every text cell of a CSV row made inert."""
    return {key: neutralise(v) if isinstance(v, str) else v for key, v in row.items()}
