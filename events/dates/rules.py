"""The date forms the normaliser reads: one row per form, grouped by precision.

Each row is a name, the precision it yields, a pattern and its resolver; optionally a TIMEX3
value of its own ("PRESENT_REF", "2024-10-25TMO"); a core, the words every match holds, so
that events.extract runs the row only around them; and an opening, the words every match begins
with, so that it is tried only where one begins (tests/test_openings.py checks that it does).
Every pattern is tried with the shared modifier prefix (since/before/after, about,
early/mid/late) in front.
Rows marked relative depend on the publication or narrative date. Their examples live in
tests/test_normalise.py, one table row or more per rule name.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cache

from events.dates import holidays as h
from events.dates.calendar import Period
from events.dates.resolvers import core as r
from events.dates.resolvers import counted as counting
from events.dates.resolvers import eras, news
from events.dates.vocabulary import (
    DAY,
    DAY_PART,
    DIRECTION_WORD,
    FEW,
    HALF,
    MONTH_ANY,
    MONTH_STRICT,
    NEIGHBOUR,
    NEIGHBOUR_WORD,
    NUMBER,
    ORDINAL,
    ORDINAL_2,
    RELATIVE_DAYS,
    SEASON,
    SMALL_NUMBERS,
    SPELLED_YEAR,
    TENS,
    WEEK_OF,
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
    value: Callable[[dict, date], str] | None = None  # the TIMEX3 value, when not the period's
    core: str = ""  # words every match holds (a regex); rules are run only around them
    opens: str = ""  # words every match begins with (a regex); the rule is tried only there

    @property
    def regex(self) -> re.Pattern:
        return _compiled(self.pattern)


@cache
def _compiled(pattern: str) -> re.Pattern:
    return re.compile(rf"\b{pattern}", re.IGNORECASE)


def _count(unit: str) -> str:
    # "two days before the vote" counts from an event, not from the story's time.
    # ... and "a day after he left" too: only "a day after," or "a day after." stand alone.
    event_follows = r"(?:(?<=before)|(?<=after)|(?<=\son))\s+[\w$]"
    return (rf"(?:{NUMBER}|(?P<few>{alternation(FEW)}))[\s-]+{unit}s?\s+(?:or\s+so\s+)?"
            rf"{DIRECTION_WORD}(?!{event_follows})")


# Cores: the words any match of a rule holds (see Rule.core).
SPELLED_CORE = r"^(?:eighteen|nineteen|twenty|thousand)"
HALF_CORE = r"^(?:half|h[12]|months|quarters)$"
# A month's name or abbreviation, whole: "Mara", "mayor" and "deck" hold none.
MONTH_CORE = (r"^(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?"
              r"|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)(?![a-z])")
CLOCK_CORE = r"\d|noon|midnight|midday"
# Openings: the words any match of a rule begins with (see Rule.opens).
FOUR_FIGURES = r"^\d{4}$"  # "2024" of "2024-10-05" or "2024 fourth quarter"
DAY_FIGURES = r"^\d{1,2}(?:st|nd|rd|th)?$"  # "3", "3rd"
WEEKDAY_OPENING = r"^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)"
NEIGHBOUR_OPENING = rf"^(?:the|{alternation(NEIGHBOUR)})$"  # "the next", "last", "coming"
# A count in figures or words, or a loose one: "18 months", "two days", "a few years".
COUNT_OPENING = (rf"^(?:\d+|{alternation(SMALL_NUMBERS)}|{alternation(TENS)}"
                 rf"|{alternation({few.split()[0] for few in FEW})})$")
SEASON_CORE = r"^(?:spring|summer|autumn|fall|winter)"
_UNIT_WORDS = r"(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|quarters?|years?|decades?)"
_REF_PRESENT = (r"(?<!from\s)(?<!then[\s-])(?P<ref>now|currently|nowadays|these\s+days|current(?!\s+account))"
                r"(?![a-z'-])")
_REF_PAST = (r"(?P<ref>recently|lately|formerly|then[\s-]current"
             rf"|the\s+past(?!\s+(?:\w+[\s-]+)?{_UNIT_WORDS}\b|\s+{NUMBER}))")
_REF_FUTURE = (r"(?P<ref>the\s+(?:near\s+|foreseeable\s+|distant\s+)?future|the\s+(?:near|short|long)\s+term"
               r"|(?<!as\s)soon(?!\s+(?:after|as|afterwards?)\b))(?![a-z-])")
_CLOCK = (r"(?:(?P<hour>\d{1,2})(?::(?P<minute>\d\d))?\s*(?P<ampm>[ap]\.\s?m\b\.?|[ap]m\b"
          r"|in\s+the\s+(?:morning|afternoon|evening)\b|at\s+night\b)"
          r"|(?P<clockword>noon|midnight|midday)"
          # the 24-hour clock, two figures for the hour: "19:15", "05:30hrs", "19:00 hr."
          r"|(?P<hour24>[01]\d|2[0-3]):(?P<minute24>[0-5]\d)(?!\d|[:.,]\d)(?:\s?(?:hrs?|hours)\b\.?)?)"
          r"(?:\s+(?:[ECMP][SD]T|GMT|UTC)\b)?")
_CLOCK_DAY = rf"(?:,?\s+(?:on\s+)?(?:{WEEKDAY}|{MONTH_ANY}\s*{DAY}|(?P<word>yesterday|today|tomorrow)))?"


# "the fall of Paris", "a fall in prices": no season, unless a year follows.
_NOT_THE_FALL_OF = r"(?!(?<=fall)\s+(?:of|in|from|to|by|on)\s+(?!\d))"
# "the March on Versailles", "the March of the Iron Will", "the March for Life": a name, not
# the month; "in March to London" stays the month.
_NOT_A_MARCH = (r"(?!(?-i:(?<=March))(?<!in\sMarch)(?<!by\sMarch)(?<!of\sMarch)(?<!since\sMarch)"
                r"(?<!until\sMarch)(?<!from\sMarch)(?<!early\sMarch)(?<!late\sMarch)"
                r"\s+(?:of|on|to|for)\s+(?:the\s+)?"
                r"(?!(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec|mon|tue|wed|thu|fri|sat|sun))(?-i:[A-Z]))")
# "the summer offensive of 1942": the season of that year, a few words between.
_WORDS_BEFORE_YEAR = rf"(?:\s+(?!of\b)[a-z][\w'-]*){{1,3}}?\s+of\s+{YEAR}"


# "on the 19th", "between the 3rd and the 5th": a day of the month in force, told alone; never
# "the 5th Army" or "the 19th century" (a word other than a joining one follows).
_ORDINAL_DAY_BEFORE = "(?:" + "|".join(
    rf"(?<=\b{word}\s)" for word in ("on", "by", "from", "until", "till", "to", "and", "or",
                                       "between", "since", "before", "after")) + ")"
_ORDINAL_DAY_AFTER = (r"(?=\s*(?:[,.;:!?)]|$)"
                      r"|\s+(?:and|or|to|through|until|till|when|as|at|in|of\s+(?:the|that)\s+month"
                      r"|was|were|had|saw|began|came|fell|ended)\b)")
# The "25" of "April 24 and 25": the day before "and"/"or" is kept to check it is the day just
# told (a lookbehind has one width, so one per width of day and of joining word).
_LISTED_DAY_BEFORE = "(?:" + "|".join(
    rf"(?<=\D(?P<first{n}>{digits})\s{word}\s)"
    for n, (digits, word) in enumerate(
        (d, w) for d in (r"\d", r"\d\d") for w in ("and", "or", "&"))) + ")"
# "6" of "6-7 January 1916" or "12 to 14 July": the other end names the month (and year).
_DAY_RANGE_REST = (rf"(?:\s*[-\u2013]\s*|\s+(?:to|and|or|through|until)\s+)\d{{1,2}}(?:st|nd|rd|th)?\s+"
                   rf"(?:of\s+)?{MONTH_STRICT}(?:,?\s+{YEAR})?")


# "Wednesday's ruling": a day that names a thing already there, whatever the verb's tense.
_POSSESSIVE = r"(?:(?=(?P<poss>'s\b)))?"
# "ahead of Sunday's vote": the coming one (an empty group, there when the words are).
_AHEAD_OF = r"(?P<ahead>(?<=ahead\sof\s))?"


def _next_unit(unit: str) -> str:
    return rf"(?P<the>the\s+)?{NEIGHBOUR_WORD}\s+{unit}(?![a-z])"


RULES: tuple[Rule, ...] = (
    # day
    Rule("iso_date", "day",
         r"(?P<year>\d{4})(?P<sep>[-/.])(?P<month>\d\d?)(?P=sep)(?P<day>\d\d?)(?!\d)", r.iso_date, needs_digit=True, opens=FOUR_FIGURES),
    Rule("month_day_year", "day", rf"{MONTH_ANY}\s*(?:the\s+)?{DAY},?\s+{YEAR}", r.full_date, needs_digit=True, core=MONTH_CORE, opens=MONTH_CORE),
    Rule("day_month_year", "day", rf"{DAY}\s+(?:of\s+)?{MONTH_ANY},?\s+{YEAR}", r.full_date, needs_digit=True, core=MONTH_CORE,
         opens=DAY_FIGURES),
    Rule("month_day_year_bc", "day", rf"{MONTH_ANY}\s*(?:the\s+)?{DAY},?\s+{eras.BC_YEAR}\s*{eras.ERA_BC}",
         eras.day_bc, needs_digit=True, core=eras.BC_CORE, opens=MONTH_CORE),
    Rule("day_month_year_bc", "day", rf"{DAY}\s+(?:of\s+)?{MONTH_ANY},?\s+{eras.BC_YEAR}\s*{eras.ERA_BC}",
         eras.day_bc, needs_digit=True, core=eras.BC_CORE, opens=DAY_FIGURES),
    Rule("month_day_year_ad", "day", rf"{MONTH_ANY}\s*(?:the\s+)?{DAY},?\s+{eras.AD_YEAR}", eras.day_ad,
         needs_digit=True, core=eras.AD_CORE, opens=MONTH_CORE),
    Rule("day_month_year_ad", "day", rf"{DAY}\s+(?:of\s+)?{MONTH_ANY},?\s+{eras.AD_YEAR}", eras.day_ad,
         needs_digit=True, core=eras.AD_CORE, opens=DAY_FIGURES),
    Rule("numeric_date", "day",
         r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<y>\d{4}|\d\d)(?![\d/])", r.numeric_date, needs_digit=True, opens=r"^\d{1,2}$"),
    Rule("month_day", "day", rf"{MONTH_ANY}\s*{DAY}(?!\s*,?\s*\d)", r.month_day, True, needs_digit=True, core=MONTH_CORE, opens=MONTH_CORE),
    Rule("day_span", "day", rf"{MONTH_ANY}\s*{DAY}\s*[-\u2013]\s*(?P<day2>\d{{1,2}})(?!\d)(?:,?\s+{YEAR})?",
         r.day_span, True, needs_digit=True, value=r.day_span_value, core=MONTH_CORE, opens=MONTH_CORE),
    Rule("day_month", "day", rf"{DAY}\s+(?:of\s+)?{MONTH_STRICT}", r.month_day, True, needs_digit=True, core=MONTH_CORE,
         opens=DAY_FIGURES),
    Rule("ordinal_day", "day", rf"{_ORDINAL_DAY_BEFORE}the\s+{DAY}(?<=[a-z])(?![\w-]){_ORDINAL_DAY_AFTER}",
         r.ordinal_day, True, needs_digit=True, core=r"^\d{1,2}(?:st|nd|rd|th)$", opens=r"^the$"),
    Rule("listed_day", "day", rf"{_LISTED_DAY_BEFORE}(?P<day>\d{{1,2}})(?![\d,.:]\d){_ORDINAL_DAY_AFTER}",
         r.listed_day, True, needs_digit=True, opens=r"^\d{1,2}$"),
    Rule("day_range_opening", "day", rf"(?<![\d/.,-])(?P<day>\d{{1,2}})(?={_DAY_RANGE_REST})",
         r.day_range_opening, True, needs_digit=True, core=MONTH_CORE, opens=r"^\d{1,2}$"),
    Rule("relative_day", "day", rf"(?P<word>{alternation(RELATIVE_DAYS)})(?![a-z])",
         r.relative_day, True, core=r"day|tonight|tomorrow"),
    Rule("weekday", "day", rf"{_AHEAD_OF}(?:(?:the\s+(?=previous|following))?{NEIGHBOUR_WORD}\s+)?{WEEKDAY}{_POSSESSIVE}", r.weekday, True, core=r"day",
         opens=rf"{NEIGHBOUR_OPENING}|{WEEKDAY_OPENING}"),
    Rule("days_counted", "day", _count("day"), counting.counted("day"), True, core=r"day",
         opens=COUNT_OPENING),
    Rule("neighbour_day", "day", _next_unit("day"), counting.neighbour("day"), True, core=r"day",
         opens=NEIGHBOUR_OPENING),
    Rule("weekday_month_day", "day", rf"{WEEKDAY},?\s+(?:the\s+)?{MONTH_ANY}\s*{DAY}(?!\s*,?\s*\d)", r.month_day, True, needs_digit=True, core=MONTH_CORE,
         opens=WEEKDAY_OPENING),
    Rule("holiday_week", "week", rf"{h.HOLIDAY}\s+week(?![a-z])", h.holiday_week, True,
         core=r"^week$", opens=h.OPENING),
    Rule("holiday", "day", h.HOLIDAY, h.holiday, True, core=r"day|thanksgiving|christmas|easter|halloween",
         opens=h.OPENING),
    Rule("present_ref", "day", _REF_PRESENT, news.reference, True, value=news.reference_value, core=r"^(?:now|current|these)"),
    Rule("past_ref", "day", _REF_PAST, news.reference, True, value=news.reference_value, core=r"^(?:recent|lately|formerly|past|then$)"),
    Rule("future_ref", "day", _REF_FUTURE, news.reference, True, value=news.reference_value, core=r"^(?:future|term|soon)"),
    Rule("day_part", "day",
         rf"(?:(?P<word>yesterday|today|tomorrow|this|last|that|(?:the\s+)?(?:next|following))|{WEEKDAY})"
         rf"\s+{DAY_PART}(?![a-z])",
         news.day_part, True, value=news.day_part_value, core=r"^(?:morning|afternoon|evening|night)"),
    Rule("clock_time", "day", _CLOCK + _CLOCK_DAY, news.clock_time, True, value=news.clock_value, core=CLOCK_CORE, opens=r"^\d{1,2}(?!\d)|^(?:noon|midnight|midday)"),
    # week
    Rule("iso_week", "week", r"(?P<year>\d{4})-?W(?P<week>\d\d)(?!\d)", r.iso_week, needs_digit=True, core=r"^w\d"),
    Rule("week_of_month_year", "week", rf"{WEEK_OF}\s+{MONTH_STRICT},?\s+{YEAR}", r.week_of_month,
         needs_digit=True, core=r"^week$"),
    Rule("week_of_month", "week", rf"{WEEK_OF}\s+{MONTH_STRICT}(?!,?\s+\d)", r.week_of_month, True,
         core=r"^week$"),
    Rule("neighbour_week", "week", _next_unit("week"), counting.neighbour("week"), True, core=r"^week",
         opens=NEIGHBOUR_OPENING),
    Rule("weeks_counted", "week", _count("week"), counting.counted("week"), True, core=r"^week",
         opens=COUNT_OPENING),
    Rule("week_of", "week", rf"week\s+of\s+(?:the\s+)?{MONTH_ANY}\s*{DAY}(?!\s*,?\s*\d)", news.week_of, True, needs_digit=True, core=MONTH_CORE,
         opens=r"^week"),
    Rule("weekend", "week",
         r"(?:(?P<rel>this|last|next|past|coming)\s+|(?<=the\s))weekend(?![a-z])",
         news.weekend, True, value=news.weekend_value, core=r"^weekend"),
    # month
    Rule("month_year", "month", rf"{MONTH_ANY}\s+(?:of\s+)?{YEAR}", r.month_year, needs_digit=True, core=MONTH_CORE, opens=MONTH_CORE),
    Rule("month_year_bc", "month", rf"{MONTH_ANY}\s+(?:of\s+)?{eras.BC_YEAR}\s*{eras.ERA_BC}", eras.month_bc,
         needs_digit=True, core=eras.BC_CORE, opens=MONTH_CORE),
    Rule("month_year_ad", "month", rf"{MONTH_ANY}\s+(?:of\s+)?{eras.AD_YEAR_AFTER_NAME}", eras.month_ad,
         needs_digit=True, core=eras.AD_CORE, opens=MONTH_CORE),
    Rule("month_spelled_year", "month", rf"{MONTH_ANY}\s+(?:of\s+)?(?:{SPELLED_YEAR})", r.spelled(r.month_year),
         core=SPELLED_CORE),
    Rule("iso_month", "month", r"(?P<year>\d{4})-(?P<month>0[1-9]|1[0-2])(?![\d-])", r.iso_month, needs_digit=True, opens=FOUR_FIGURES),
    Rule("bare_month", "month", rf"(?!(?:jan|feb|mar|apr|jun|jul|aug|sept?|oct|nov|dec)\b(?!\.)){MONTH_STRICT}{_NOT_A_MARCH}",
         r.bare_month, True, core=MONTH_CORE, opens=MONTH_CORE),
    Rule("the_unit", "month", r"(?<=the\s)(?:(?:full|fiscal|calendar|current)\s+)*(?!(?-i:Year\s+[IVX]+\b))(?P<unit>year|month|week)(?![a-z-])(?!\s+(?:ended|ending|before|earlier|of\b))",
         news.the_unit, True, core=r"^(?:year|month|week)", opens=r"^(?:full|fiscal|calendar|current|year|month|week)"),
    Rule("neighbour_month", "month", _next_unit("month"), counting.neighbour("month"), True, core=r"^month",
         opens=NEIGHBOUR_OPENING),
    Rule("months_counted", "month", _count("month"), counting.counted("month"), True, core=r"^month",
         opens=COUNT_OPENING),
    Rule("month_of_year", "month", rf"{MONTH_STRICT}\s+(?:of\s+)?(?P<rel>this|last|next)\s+year(?![a-z-])",
         news.month_of_year, True, core=MONTH_CORE, opens=MONTH_CORE),
    Rule("named_month", "month", rf"(?P<rel>last|this|next|past|coming|that|previous|following)\s+{MONTH_STRICT}(?![.\s]*\d)",
         news.named_month, True, core=MONTH_CORE, opens=r"^(?:last|this|next|past|coming|that|previous|following)"),
    # season
    Rule("season_year", "season", rf"{SEASON}\s+(?:of\s+)?{YEAR}", r.season_year, needs_digit=True, core=SEASON_CORE,
         opens=SEASON_CORE),
    Rule("season_year_bc", "season", rf"{SEASON}\s+(?:of\s+)?{eras.BC_YEAR}\s*{eras.ERA_BC}", eras.season_bc,
         needs_digit=True, core=eras.BC_CORE, opens=SEASON_CORE),
    Rule("season_year_ad", "season", rf"{SEASON}\s+(?:of\s+)?{eras.AD_YEAR_AFTER_NAME}", eras.season_ad,
         needs_digit=True, core=eras.AD_CORE, opens=SEASON_CORE),
    Rule("season_spelled_year", "season", rf"{SEASON}\s+(?:of\s+)?(?:{SPELLED_YEAR})", r.spelled(r.season_year),
         core=SPELLED_CORE),
    Rule("timex_season", "season", r"(?P<year>\d{4})-(?P<code>SP|SU|FA|WI)\b", r.timex_season, needs_digit=True, core=r"^(?:sp|su|fa|wi)$"),
    Rule("season_of_year", "season", rf"{SEASON}{_NOT_THE_FALL_OF}(?={_WORDS_BEFORE_YEAR})",
         r.season_year, needs_digit=True, core=SEASON_CORE, opens=SEASON_CORE),
    Rule("near_season", "season",
         rf"(?:(?P<the>the\s+)?{NEIGHBOUR_WORD}\s+|(?<=the\s)|(?<=early\s)|(?<=late\s)|(?<=mid-)"
         r"|(?=\w+\s+(?:offensive|campaign)s?\b))"  # "the Winter Offensive": the story's year
         rf"(?P<season>spring|summer|autumn|fall|winter)\b(?(rel)|{_NOT_THE_FALL_OF})",
         r.near_season, True, core=SEASON_CORE, opens=rf"{NEIGHBOUR_OPENING}|{SEASON_CORE}"),
    # quarter
    Rule("quarter_year", "quarter",
         rf"(?:Q(?P<q>[1-4])|{ORDINAL}\s+quarter)(?:\s*,?\s*|\s+of\s+){YEAR}", r.quarter_year, needs_digit=True, core=r"^(?:quarter|q[1-4])"),
    Rule("bare_quarter", "quarter", r"Q(?P<q>[1-4])(?![\w-]|\s*,?\s*\d)", news.bare_quarter, True,
         core=r"^q[1-4]$"),
    Rule("iso_quarter", "quarter", r"(?P<year>\d{4})-?Q(?P<q>[1-4])\b", r.quarter_year, needs_digit=True, core=r"q[1-4]$"),
    Rule("neighbour_quarter", "quarter", _next_unit("quarter"), counting.neighbour("quarter"), True, core=r"^quarter",
         opens=NEIGHBOUR_OPENING),
    Rule("ordinal_quarter", "quarter",
         rf"(?:(?P<ago>year[-\s](?:earlier|ago))\s+|(?P<rel>this|last|next)\s+year's\s+)?(?:fiscal\s+)?{ORDINAL}[\s-]+(?:fiscal\s+)?quarter(?![a-z])",
         news.ordinal_quarter, True, core=r"^quarter"),
    Rule("reporting_quarter", "quarter",
         r"(?<=the\s)(?:(?P<latest>latest|most\s+recent|just[-\s]ended|just[-\s]completed)\s+(?:fiscal\s+)?(?:quarter|period)|(?:fiscal\s+)?quarter)(?![a-z-])",
         news.reporting_quarter, True, core=r"^(?:quarter|period)"),
    Rule("year_earlier", "quarter",
         r"(?:(?:corresponding|comparable|same)\s+)?(?:year-(?:earlier|ago)(?:\s+(?:fiscal\s+)?(?P<unit>quarter|period|month|year))?(?![a-z-])|year\s+(?:earlier|ago)\s+(?P<unit2>quarter|period)(?![a-z]))"
         r"|(?:corresponding|comparable|same)\s+(?P<unit3>period|quarter)\s+(?:a\s+year\s+(?:ago|earlier)|last\s+year)(?![a-z])"
         r"|last\s+year's\s+(?P<unit4>quarter|period)(?![a-z])",
         news.year_earlier, True, core=r"^year", opens=r"^(?:corresponding|comparable|same|year|last)$"),
    Rule("year_period", "quarter", rf"{YEAR}\s+(?:{ORDINAL}[\s-]+)?(?:fiscal\s+)?(?:quarter|period)(?![a-z-])",
         news.year_period, needs_digit=True, opens=FOUR_FIGURES),
    # half year
    Rule("half_year", "half",
         rf"(?:(?:the\s+)?(?P<half>{HALF})\s+(?:half|six\s+months|two\s+quarters)\s+of\s+"
         rf"|H(?P<h>[12])\s+){YEAR}", r.half_year, needs_digit=True, core=HALF_CORE),
    Rule("iso_half", "half", r"(?P<year>\d{4})-H(?P<h>[12])\b", r.half_year, needs_digit=True,
         core=HALF_CORE),
    Rule("half_of_year", "half",
         rf"(?:the\s+)?(?P<half>{HALF})\s+half\s+of\s+(?:(?P<rel>this|last|next)\s+|the\s+)year(?![a-z-])",
         r.half_of_year, True, core=r"^half$"),
    # year
    Rule("year", "year", rf"(?:(?:year|fiscal(?:\s+year)?)\s+|FY\s?)?{YEAR}(?!s\b|')", r.year, needs_digit=True,
         opens=r"^\d{4}(?!\d)|^(?:year|fiscal|fy)"),
    Rule("year_end", "day", r"(?:(?P<rel>this|last|next)\s+)?year(?:'s)?[-\s]end(?![a-z-])", news.year_end, True, core=r"^year"),
    # "the Class of '89", "the '99 Boys": the year of that name nearest the story's time
    Rule("short_year", "year", r"(?<=(?<![\w'\u2019])['\u2019])(?P<y>\d\d)(?![\d'\u2019]|[.,:]\d|s\b|\s*(?:%|per))", r.short_year, True,
         needs_digit=True, opens=r"^\d\d(?!\d)"),
    Rule("spelled_year", "year", rf"(?:the\s+year\s+)?(?:{SPELLED_YEAR})", r.spelled_year, core=SPELLED_CORE),
    Rule("year_of_era", "year", eras.AD_YEAR, eras.year_ad, needs_digit=True,
         opens=r"^\d{1,4}(?!\d)|^(?:a|ad|c|ce)$|^(?:ad|ce)\d"),
    # "93 BC" of "499-93 BC": 493 BC, the first year lending its leading figure (before year_bc).
    Rule("year_bc_short_end", "year", eras.BC_SHORT_END, eras.year_bc_short_end, core=eras.BC_CORE,
         opens=r"^\d\d$"),
    Rule("year_bc", "year", rf"{eras.BC_YEAR}\s*{eras.ERA_BC}", eras.year_bc, core=eras.BC_CORE,
         opens=r"^\d{1,5}(?!\d)"),
    # "499" of "499-493 BC", "264" of "264 to 241 BC": the era the range ends with is its own.
    Rule("year_bc_opening", "year", rf"{eras.BC_YEAR}(?={eras.BC_RANGE_REST})", eras.year_bc,
         core=eras.BC_CORE, opens=r"^\d{1,5}(?!\d)"),
    # "235" of "235-284 AD", and "284" of "AD 235-284": the era one end gives is the other's.
    Rule("year_ad_opening", "year", rf"(?<![\d,.])(?P<year>\d{{1,4}})(?={eras.AD_RANGE_REST})",
         eras.year_ad, core=eras.AD_CORE, opens=r"^\d{1,4}$"),
    Rule("year_ad_closing", "year", rf"{eras.AFTER_AD_YEAR}(?P<year>\d{{1,4}})(?!\d|[,.]\d)",
         eras.year_ad, core=eras.AD_CORE, opens=r"^\d{1,4}$"),
    # "17" of "1915-17": a second part shorter than the first takes the first's leading digits.
    Rule("year_short_end", "year", r"(?<=(?P<first>\d{4})[-\u2013])(?P<short>\d\d)(?![\d-])",
         r.year_short_end, needs_digit=True, opens=r"^\d\d$"),
    Rule("year_too_large", "year", r"(?:year\s+|AD\s*)(?P<year>\d{5,})\b", r.year_too_large, needs_digit=True,
         opens=r"^(?:year|ad)"),
    Rule("neighbour_year", "year", _next_unit("year"), counting.neighbour("year"), True, core=r"^year",
         opens=NEIGHBOUR_OPENING),
    # "redeemed in five years": from publication, and only said of what is to come.
    Rule("counted_ahead", "year", rf"(?<=\bin\s){NUMBER}\s+(?P<unit>day|week|month|year)s?(?![\w-])"
         r"(?!\s+(?:ago|earlier|later|before|after|old|long|time)\b)",
         counting.ahead, True, core=r"^(?:day|week|month|year)s?$", opens=COUNT_OPENING),
    Rule("years_counted", "year", _count("year"), counting.counted("year"), True, core=r"^year",
         opens=COUNT_OPENING, value=counting.loose_value("year")),
    # decade
    Rule("decade", "decade", rf"(?P<dec>\d{{3}})0'?s\b{eras.NOT_BC}", r.decade, needs_digit=True, opens=r"^\d{3}0s?$"),
    Rule("spelled_decade", "decade",
         r"(?<=the\s)(?:(?P<century>eighteen|nineteen|twenty)[\s-]+)?(?P<tens>twenties|thirties|forties|fifties|sixties|seventies|eighties|nineties)(?![a-z])",
         news.spelled_decade, True, core=r"ties$"),
    Rule("short_decade", "decade", rf"(?<![\d$])'?(?P<d>\d)0'?s\b{eras.NOT_BC}", r.short_decade, True, needs_digit=True,
         core=r"^\d0s?$"),  # "90s", "'90s", "90's": the word of its figures
    Rule("decade_bc", "decade", rf"(?<![\d,.$])(?P<dec>\d{{1,3}})0'?s\s*{eras.ERA_BC}", eras.decade_bc,
         core=eras.BC_CORE, opens=r"^\d{1,3}0s$"),
    Rule("neighbour_decade", "decade", _next_unit("decade"), counting.neighbour("decade"), True,
         core=r"^decade", opens=NEIGHBOUR_OPENING),
    Rule("decades_counted", "decade", _count("decade"), counting.counted("decade"), True, core=r"^decade",
         opens=COUNT_OPENING, value=counting.loose_value("decade")),
    # century
    Rule("century", "century", rf"{ORDINAL}[\s-]+century\b(?:\s*{eras.ERA})?{eras.NOT_BC}", eras.century,
         core=r"^centur"),
    Rule("centuries", "century", rf"{ORDINAL}\s+(?:and|to|or|-)\s+(?:the\s+)?{ORDINAL_2}[\s-]+centuries\b"
         rf"(?:\s*{eras.ERA})?", eras.centuries, value=eras.centuries_value, core=r"^centur"),
    # millennium and deep time
    Rule("millennium", "millennium", rf"{ORDINAL}[\s-]+millennium\b(?:\s*{eras.ERA})?{eras.NOT_BC}",
         eras.millennium, core=r"^millenn"),
    Rule("deep_time", "million years", eras.DEEP_TIME, eras.deep_time, True, needs_digit=True,
         value=eras.deep_time_value, core=r"^(?:years?|ka|ma|ga|kya|mya|bya)$", opens=r"^\d+$"),
)

RULES_BY_NAME = {rule.name: rule for rule in RULES}
RELATIVE_RULES = frozenset(rule.name for rule in RULES if rule.relative)
