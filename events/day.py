"""A calendar day in any year: the proleptic Gregorian calendar with astronomical year numbering.

Python's `date` stops at years 1 and 9999; history and deep time go further. Year 0 is 1 BC and
year -43 is 44 BC. A day in years 1 to 9999 is always a `date`; `Day` holds every other one, and
the two compare, sort and count days together, so a span may start in 44 BC and end in AD 14.
"""

from __future__ import annotations

import calendar
import re
from dataclasses import dataclass
from datetime import date

FIRST_DATE_YEAR, LAST_DATE_YEAR = 1, 9999  # what `date` holds
# 20 billion years ago is before the Big Bang; the frame's datetime64[s] holds ±290 billion.
EARLIEST_YEAR, LATEST_YEAR = -20_000_000_000, 20_000_000_000
DAYS_IN_400_YEARS = 146_097
ISO_DAY = re.compile(r"([+-]?)(\d{4,})-(\d{2})-(\d{2})")


def is_leap(year: int) -> bool:
    """Gregorian leap years, extended backwards: years 0, -4 and -400 are leap years."""
    return year % 4 == 0 and (year % 100 != 0 or year % 400 == 0)


def days_in_month(year: int, month: int) -> int:
    return 29 if month == 2 and is_leap(year) else calendar.mdays[month]


@dataclass(frozen=True, eq=False)
class Day:
    """A day outside years 1 to 9999 (use `calendar_day` to get the right type for any year)."""

    year: int
    month: int = 1
    day: int = 1

    def __post_init__(self) -> None:
        if FIRST_DATE_YEAR <= self.year <= LAST_DATE_YEAR:
            raise ValueError(f"year {self.year} is a date's year: use calendar_day()")
        if not EARLIEST_YEAR <= self.year <= LATEST_YEAR:
            raise ValueError(f"year {self.year} is outside {EARLIEST_YEAR:,} to {LATEST_YEAR:,}")
        if not 1 <= self.month <= 12:
            raise ValueError(f"month {self.month} is not 1 to 12")
        if not 1 <= self.day <= days_in_month(self.year, self.month):
            raise ValueError(f"day {self.day} is not in month {self.month} of year {self.year}")

    def toordinal(self) -> int:
        """Days counted as `date.toordinal` counts them: 1 is 1 January of year 1."""
        return _days_before_year(self.year) + _days_before_month(self.year, self.month) + self.day

    def isoformat(self) -> str:
        """ISO 8601 with an expanded year: "-0043-03-15" (44 BC), "+10000-01-01"."""
        sign = "-" if self.year < 0 else "+"
        return f"{sign}{abs(self.year):04d}-{self.month:02d}-{self.day:02d}"

    def replace(
        self, year: int | None = None, month: int | None = None, day: int | None = None
    ) -> AnyDay:
        """A copy with some parts changed, as `date.replace` does (a `date` if it can be one)."""
        return calendar_day(
            self.year if year is None else year,
            self.month if month is None else month,
            self.day if day is None else day,
        )

    def _key(self) -> tuple[int, int, int]:
        return (self.year, self.month, self.day)

    def __hash__(self) -> int:
        return hash(self._key())

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Day | date) and self._key() == _key(other)

    def __lt__(self, other: AnyDay) -> bool:
        return self._key() < _key(other)

    def __le__(self, other: AnyDay) -> bool:
        return self._key() <= _key(other)

    def __gt__(self, other: AnyDay) -> bool:
        return self._key() > _key(other)

    def __ge__(self, other: AnyDay) -> bool:
        return self._key() >= _key(other)


AnyDay = date | Day


def calendar_day(year: int, month: int = 1, day: int = 1) -> AnyDay:
    """The day as a `date` when its year is 1 to 9999, else as a `Day`."""
    if FIRST_DATE_YEAR <= year <= LAST_DATE_YEAR:
        return date(year, month, day)
    return Day(year, month, day)


def from_ordinal(ordinal: int) -> AnyDay:
    """The inverse of `toordinal`, for any year."""
    cycles, rest = divmod(ordinal - 1, DAYS_IN_400_YEARS)
    within = date.fromordinal(rest + 1)  # a day of years 1 to 400: the calendar repeats
    return calendar_day(within.year + 400 * cycles, within.month, within.day)


def add_days(day: AnyDay, days: int) -> AnyDay:
    return from_ordinal(day.toordinal() + days)


def days_between(first: AnyDay, last: AnyDay) -> int:
    """Days from `first` to `last` (negative when `last` comes first)."""
    return last.toordinal() - first.toordinal()


def parse_iso(text: str) -> AnyDay:
    """A day written as `isoformat` writes it: "2022-10-05", "-0043-03-15", "+10000-01-01"."""
    found = ISO_DAY.fullmatch(text.strip())
    if not found:
        raise ValueError(f"{text!r} is not a day written YYYY-MM-DD (or -YYYY-MM-DD before year 1)")
    sign, year, month, day = found.groups()
    try:
        return calendar_day(int(sign + year), int(month), int(day))
    except ValueError as error:
        raise ValueError(f"{text!r} is not a day of the calendar: {error}") from None


def year_name(year: int) -> str:
    """The year as a reader writes it: "44 BC" for -43, "1 BC" for 0, "AD 79", "2022"."""
    if year <= 0:
        return f"{1 - year:,} BC"
    return f"AD {year}" if year < 1000 else str(year)


def _key(day: AnyDay) -> tuple[int, int, int]:
    return (day.year, day.month, day.day)


def _days_before_year(year: int) -> int:
    before = year - 1  # floor division keeps the count right for year 0 and below
    return before * 365 + before // 4 - before // 100 + before // 400


def _days_before_month(year: int, month: int) -> int:
    return sum(days_in_month(year, earlier) for earlier in range(1, month))
