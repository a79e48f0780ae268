"""Convention-equivalent TIMEX values: a value right but for the way annotators write it.

A system value counts as right when it is a notation variant of the gold ("W7" = "W07",
"T17" = "T17:00", "199X" = "199"), when it fills in the gold's placeholders with every digit the
gold gives kept ("1989-W34" for "1989-WXX", "1949" or "1949-05" for "1949-XX", "1989-10" for
"XXXX-10"), or when it names the same day with or without a part of day ("1990-08-10" for
"1990-08-10TNI"). A value coarser than the gold, or one with placeholders where the gold has
digits, does not count.
"""

from __future__ import annotations

import re

__all__ = ["equivalent", "notation"]

_WEEK = re.compile(r"-W(\d)(?!\d)")
_CLOCK = re.compile(r"T(\d{2})(?::?(\d{2}))?(?::?(\d{2}))?$")
_DECADE = re.compile(r"(\d{1,3})X+")
_PART_OF_DAY = re.compile(r"T(?:MO|MI|AF|EV|NI|DT)$")
_UNKNOWN = re.compile(r"-W?X+$")


def notation(value: str) -> str:
    """One way of writing a value: weeks in two digits, clock times as HH:MM (seconds kept when
    not zero), decades and centuries without trailing Xs ("199X" -> "199")."""
    value = _WEEK.sub(r"-W0\1", value.strip().upper())
    value = _CLOCK.sub(_clock, value)
    if decade := _DECADE.fullmatch(value):
        return decade[1]
    return value


def _clock(match: re.Match) -> str:
    hours, minutes, seconds = match[1], match[2] or "00", match[3]
    return f"T{hours}:{minutes}" + (f":{seconds}" if seconds and seconds != "00" else "")


def equivalent(ours: str, gold: str) -> bool:
    """True when `ours` is `gold` but for the annotation convention (see the module's text)."""
    ours, gold = notation(ours), notation(gold)
    if _fills(ours, gold):
        return True
    ours_part, gold_part = _PART_OF_DAY.search(ours), _PART_OF_DAY.search(gold)
    if bool(ours_part) != bool(gold_part):  # the same day, one with a part of day
        return _fills(_PART_OF_DAY.sub("", ours), _PART_OF_DAY.sub("", gold))
    return False


def _fills(ours: str, gold: str) -> bool:
    """`ours` is `gold` with each X of the gold a digit, or `gold` without trailing unknown
    parts ("1949" for "1949-XX")."""
    if ours == gold:
        return True
    if len(ours) == len(gold) and all(
        o == g or (g == "X" and o.isdigit()) for o, g in zip(ours, gold, strict=True)
    ):
        return True
    known = gold
    while (unknown := _UNKNOWN.search(known)) and re.search(r"\d", known[: unknown.start()]):
        known = known[: unknown.start()]
        if _fills(ours, known):
            return True
    return False
