"""Parts of a date that cannot exist: one row per part, looked for before the date rules.

Left to the rules, a looser row would read past them: "Q5 2020" as the year 2020, "week 60
of 2020" as the year, "-2020-05-01" or "2020-05-01 BC" as 1 May 2020 AD. Text holding one is
refused instead, with the row's reason. Examples of each row live in tests/test_normalise.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

_YEAR = r"[1-9]\d{3}(?!\d)"
_ERA_BC = r"(?:BCE?|B\.\s?C\.(?:\s?E\.)?)(?![a-z])"


@dataclass(frozen=True)
class ImpossiblePart:
    name: str
    pattern: str  # the group "n" holds the number that must lie in `possible`
    reason: str  # formatted with the match's groups
    possible: range | None = None  # None: never possible

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern)

    def refuses(self, m: re.Match) -> bool:
        return self.possible is None or int(m.group("n")) not in self.possible


@cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(pattern, re.IGNORECASE)


QUARTERS, HALVES, WEEKS = range(1, 5), range(1, 3), range(1, 54)
_QUARTER = "quarter {n} does not exist (a year has quarters 1 to 4)"
_HALF = "half {n} of a year does not exist (a year has halves 1 and 2)"
_WEEK = "week {n} does not exist (a year has weeks 1 to 53)"

IMPOSSIBLE_PARTS: tuple[ImpossiblePart, ...] = (
    # ISO 8601 writes years before 1 with a minus sign: "-2020-05-01", never "2019-2020".
    ImpossiblePart("minus_year", r"(?<![\w.,)\]-])[-\u2212](?P<year>\d{4})(?![\d%]|[.,]\d)",
                   "year -{year} (a minus sign) is not read: write the year with BC (44 BC)"),
    # BC after a date in figures: "2020-05-01 BC" (ISO 8601 writes years BC with a minus sign;
    # "March 15, 44 BC" is read).
    ImpossiblePart("iso_date_bc", rf"\b(?P<year>\d{{1,5}})(?:[-/.]\d{{1,2}}){{2}}\s*{_ERA_BC}",
                   "a date in figures is never BC: write the month in words (15 March 44 BC)"),
    ImpossiblePart("quarter", rf"\bQ(?P<n>\d+)(?:\s*,?\s*|\s+of\s+){_YEAR}", _QUARTER, QUARTERS),
    ImpossiblePart("iso_quarter", r"\b[1-9]\d{3}-?Q(?P<n>\d+)\b", _QUARTER, QUARTERS),
    ImpossiblePart("half", rf"\bH(?P<n>\d+)(?:\s*,?\s*|\s+of\s+){_YEAR}", _HALF, HALVES),
    ImpossiblePart("iso_half", r"\b[1-9]\d{3}-?H(?P<n>\d+)\b", _HALF, HALVES),
    ImpossiblePart("week", r"\bweek\s+(?:no\.\s*|number\s+|#)?(?P<n>\d+)(?!\d|[.,:]\d|%)", _WEEK,
                   WEEKS),
    ImpossiblePart("ordinal_week", r"\b(?P<n>\d+)(?:st|nd|rd|th)[\s-]+week\b", _WEEK, WEEKS),
)


def impossible_part(text: str) -> str | None:
    """Why `text` names no date when it holds a part that cannot exist; else None."""
    for part in IMPOSSIBLE_PARTS:
        for m in part.regex.finditer(text):
            if part.refuses(m):
                return part.reason.format(**{k: int(v) for k, v in m.groupdict().items() if v})
    return None
