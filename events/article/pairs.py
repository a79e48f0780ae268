"""Two date expressions side by side that tell one stretch of time or one moment: a range ("from
2019 to 2021", joined as events.dates.ranges joins it) or a restatement, where the second says
again, more exactly, when the first was ("About a year later, in September 2023", "last week
(on Oct. 17)", "In 2022 - in early October"). Both ends of a pair share one title; an event is
made once from a restatement, at its better reading (`better`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from events.article.anchoring import REFERENCE
from events.dates.ranges import RANGE_FORMS
from events.dates.rules import RULES
from events.day import days_between
from events.span import precision_rank

__all__ = ["APPOSITIVES", "CLOSE_DAYS", "Appositive", "better", "extents", "is_range",
           "restates"]

_PREPOSITION = r"(?:(?:in|on|at|during|by|around|about|from|until)\s+)?"


@dataclass(frozen=True)
class Appositive:
    """A way of setting a second date beside a first to say it again: the text between the two
    (a regex it must match whole) and what must follow the second ("" for anything)."""

    name: str
    between: str
    after: str = ""


APPOSITIVES: tuple[Appositive, ...] = (
    Appositive("comma", rf",\s*{_PREPOSITION}"),
    Appositive("brackets", rf"\s*\(\s*{_PREPOSITION}", r"\s*\)"),
    Appositive("dash", rf"\s+(?:--|[-\u2013\u2014])\s+{_PREPOSITION}"),
)
_BETWEEN = tuple((re.compile(a.between, re.IGNORECASE), re.compile(a.after))
                 for a in APPOSITIVES)
# (joint, opening word the first end needs before it or None): "and" joins a range only after
# "between", its opening word.
_RANGES = tuple(
    (re.compile(form.joint, re.IGNORECASE),
     re.compile(rf"(?<!\w)(?:{form.opening})$", re.IGNORECASE)
     if form.opening and not re.fullmatch(form.opening, "") else None)
    for form in RANGE_FORMS
)
# A date counted from another ("a year later") is told loosely: a date set beside it within
# this many days is the same moment said again.
CLOSE_DAYS = 92
_RELATIVE = {rule.name: rule.relative for rule in RULES}


def extents(rows: list, text: str) -> list[tuple[int, int]]:
    """For each row, where the expression it belongs with lies: the whole range or restatement
    (its closing bracket too) it is one end of, or itself."""
    spans = [(row.char_start, row.char_end) for row in rows]
    at = 0
    while at + 1 < len(rows):
        first, second = rows[at], rows[at + 1]
        end = second.char_end if is_range(text, first, second) else _restated(text, first, second)
        if end:
            spans[at] = spans[at + 1] = (first.char_start, end)
            at += 2
        else:
            at += 1
    return spans


def is_range(text: str, first, second) -> bool:
    """True when two placed rows are the ends of one range, as join_ranges reads them."""
    if not (first.placed and second.placed and first.start <= second.end):
        return False
    before = text[max(0, first.char_start - 12):first.char_start]
    return any(joint.fullmatch(text, first.char_end, second.char_start)
               and (opening is None or opening.search(before)) for joint, opening in _RANGES)


def restates(text: str, first, second) -> bool:
    """True when `second` is set beside `first` in the same sentence to say when it was again,
    and their spans agree: they overlap, or a counted or approximate one lies close by."""
    return bool(_restated(text, first, second))


def _restated(text: str, first, second) -> int:
    """Where the restatement of `first` by `second` ends (after a closing bracket), or 0."""
    if not (first.placed and second.placed and first.sentence == second.sentence):
        return 0
    end = next((after.end() for between, tail in _BETWEEN
                if between.fullmatch(text, first.char_end, second.char_start)
                and (after := tail.match(text, second.char_end))), 0)
    if not end or not _agree(first, second):
        return 0
    return end


def _agree(first, second) -> bool:
    if first.start <= second.end and second.start <= first.end:
        return True
    gap = days_between(min(first.end, second.end), max(first.start, second.start))
    return gap <= CLOSE_DAYS and (_loose(first) or _loose(second))


def better(first, second) -> tuple:
    """(kept, dropped): the exact reading over an approximate one, then the one inside the
    other, then the one that names its calendar place over one counted or left to the story,
    then the finer precision; the first on a tie."""
    return (first, second) if _merit(first, second) >= _merit(second, first) else (second, first)


def _merit(row, other) -> tuple:
    inside = other.start <= row.start and row.end <= other.end
    return (not row.approximate, inside, _explicitness(row), -precision_rank(row.precision))


def _explicitness(row) -> int:
    """2 for a date that names its place ("September 2023"), 1 for one whose year the story
    gives ("early October"), 0 for one counted from publication or another event."""
    if not _RELATIVE.get(row.rule, True) and row.rule not in REFERENCE:
        return 2
    return 1 if REFERENCE.get(row.rule) == "story" else 0


def _loose(row) -> bool:
    return row.approximate or REFERENCE.get(row.rule) == "previous"
