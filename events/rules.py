"""The date forms the normaliser reads: one row per form, grouped by precision.

Each row is a name, the precision it yields, a pattern and its resolver. Every pattern is
tried with the shared modifier prefix (since/before/after, about, early/mid/late) in front.
Rows marked relative depend on the publication or narrative date. Their examples live in
tests/test_normalise.py, one table row or more per rule name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache

from events import resolvers as r
from events.calendar import Period
from events.vocabulary import (
    DAY,
    DIRECTION_WORD,
    MONTH_ANY,
    MONTH_STRICT,
    NEIGHBOUR_WORD,
    NUMBER,
    ORDINAL,
    RELATIVE_DAYS,
    SEASON,
    WEEKDAY,
    YEAR,
    alternation,
)


@dataclass(frozen=True)
class Rule:
    name: str
    precision: str
    pattern: str
    resolve: Callable[[dict, r.Context], Period]
    relative: bool = False
    needs_digit: bool = False

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern)


@cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(rf"\b{pattern}", re.IGNORECASE)


def _count(unit: str) -> str:
    # "two days before the vote" counts from an event, not from the story's time.
    event_follows = r"(?:(?<=before)|(?<=after))\s+(?:the|a|an|his|her|their|its)\b"
    return rf"{NUMBER}[\s-]+{unit}s?\s+{DIRECTION_WORD}(?!{event_follows})"


def _next_unit(unit: str) -> str:
    return rf"(?P<the>the\s+)?{NEIGHBOUR_WORD}\s+{unit}(?![a-z])"


RULES: tuple[Rule, ...] = (
    # day
    Rule("iso_date", "day",
         r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d\d?)(?P=sep)(?P<day>\d\d?)(?!\d)", r.iso_date, needs_digit=True),
    Rule("month_day_year", "day", rf"{MONTH_ANY}\s*(?:the\s+)?{DAY},?\s+{YEAR}", r.full_date, needs_digit=True),
    Rule("day_month_year", "day", rf"{DAY}\s+(?:of\s+)?{MONTH_ANY},?\s+{YEAR}", r.full_date, needs_digit=True),
    Rule("numeric_date", "day",
         r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![\d/])", r.numeric_date, needs_digit=True),
    Rule("month_day", "day", rf"{MONTH_ANY}\s*{DAY}(?!\s*,?\s*\d)", r.month_day, True, needs_digit=True),
    Rule("day_month", "day", rf"{DAY}\s+(?:of\s+)?{MONTH_STRICT}", r.month_day, True, needs_digit=True),
    Rule("relative_day", "day", rf"(?P<word>{alternation(RELATIVE_DAYS)})(?![a-z])",
         r.relative_day, True),
    Rule("weekday", "day", rf"(?:{NEIGHBOUR_WORD}\s+)?{WEEKDAY}", r.weekday, True),
    Rule("days_counted", "day", _count("day"), r.counted("day"), True),
    Rule("neighbour_day", "day", _next_unit("day"), r.neighbour("day"), True),
    # week
    Rule("iso_week", "week", r"(?P<year>\d{4})-?W(?P<week>\d\d)(?!\d)", r.iso_week, needs_digit=True),
    Rule("neighbour_week", "week", _next_unit("week"), r.neighbour("week"), True),
    Rule("weeks_counted", "week", _count("week"), r.counted("week"), True),
    # month
    Rule("month_year", "month", rf"{MONTH_ANY}\s+(?:of\s+)?{YEAR}", r.month_year, needs_digit=True),
    Rule("iso_month", "month", r"(?P<year>\d{4})-(?P<month>\d\d)(?![\d-])", r.iso_month, needs_digit=True),
    Rule("bare_month", "month", MONTH_STRICT, r.bare_month, True),
    Rule("neighbour_month", "month", _next_unit("month"), r.neighbour("month"), True),
    Rule("months_counted", "month", _count("month"), r.counted("month"), True),
    # season
    Rule("season_year", "season", rf"{SEASON}\s+(?:of\s+)?{YEAR}", r.season_year, needs_digit=True),
    Rule("timex_season", "season", r"(?P<year>\d{4})-(?P<code>SP|SU|FA|WI)\b", r.timex_season, needs_digit=True),
    Rule("near_season", "season",
         rf"(?:{NEIGHBOUR_WORD}\s+|(?<=the\s))(?P<season>spring|summer|autumn|fall|winter)\b",
         r.near_season, True),
    # quarter
    Rule("quarter_year", "quarter",
         rf"(?:Q(?P<q>[1-4])|{ORDINAL}\s+quarter)(?:\s*,?\s*|\s+of\s+){YEAR}", r.quarter_year, needs_digit=True),
    Rule("iso_quarter", "quarter", r"(?P<year>\d{4})-?Q(?P<q>[1-4])\b", r.quarter_year, needs_digit=True),
    Rule("neighbour_quarter", "quarter", _next_unit("quarter"), r.neighbour("quarter"), True),
    # year
    Rule("year", "year", rf"(?:year\s+)?{YEAR}(?!s\b|')", r.year, needs_digit=True),
    Rule("year_of_era", "year",
         r"(?:(?:AD|A\.D\.|CE)\s*(?P<year>\d{1,4})|(?P<y2>\d{1,4})\s*(?:AD|A\.D\.|CE)\b)",
         r.year_of_era, needs_digit=True),
    Rule("year_bc", "year", r"(?P<year>\d{1,5})\s*(?:BC|BCE|B\.C\.)(?![a-z])",
         r.year_before_common_era, needs_digit=True),
    Rule("year_too_large", "year", r"(?:year\s+|AD\s*)(?P<year>\d{5,})\b", r.year_too_large, needs_digit=True),
    Rule("neighbour_year", "year", _next_unit("year"), r.neighbour("year"), True),
    Rule("years_counted", "year", _count("year"), r.counted("year"), True),
    # decade
    Rule("decade", "decade", r"(?P<dec>\d{3})0'?s\b", r.decade, needs_digit=True),
    Rule("short_decade", "decade", r"(?<![\d$])'?(?P<d>\d)0'?s\b", r.short_decade, True, needs_digit=True),
    Rule("decades_counted", "decade", _count("decade"), r.counted("decade"), True),
    # century
    Rule("century", "century", rf"{ORDINAL}[\s-]+century\b", r.century),
)

RULES_BY_NAME = {rule.name: rule for rule in RULES}
RELATIVE_RULES = frozenset(rule.name for rule in RULES if rule.relative)
