"""Calendar arithmetic over whole periods: months, seasons, quarters, decades, thirds.

Years run as events.day counts them (proleptic Gregorian, astronomical numbering: year 0 is
1 BC): a day of years 1 to 9999 is a `date`, any other a `Day`.
"""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from events.day import EARLIEST_YEAR, LATEST_YEAR, AnyDay, add_days, calendar_day, days_in_month
from events.span import MAX_YEAR, MIN_YEAR

Period = tuple[AnyDay, AnyDay]

SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
SEASON_TIMEX = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


class OutOfRange(ValueError):
    """A date the calendar cannot hold: a year outside 1 to 9999 or a day that does not exist."""


def check_year(year: int) -> int:
    if not EARLIEST_YEAR <= year <= LATEST_YEAR:
        raise OutOfRange(f"year {year:,} is outside the supported range {EARLIEST_YEAR:,} to "
                         f"{LATEST_YEAR:,}")
    return year


def day(year: int, month: int, day_of_month: int) -> AnyDay:
    check_year(year)
    if not (1 <= month <= 12 and 1 <= day_of_month <= days_in_month(year, month)):
        month_name = calendar.month_name[month] if 1 <= month <= 12 else f"month {month}"
        raise OutOfRange(f"{month_name} {day_of_month}, {year} does not exist")
    return calendar_day(year, month, day_of_month)


def month_span(year: int, month: int) -> Period:
    check_year(year)
    if not 1 <= month <= 12:
        raise OutOfRange(f"month {month} does not exist")
    return calendar_day(year, month, 1), calendar_day(year, month, days_in_month(year, month))


def months_span(year: int, first_month: int, count: int) -> Period:
    """`count` whole months from `first_month`, running into the next year if needed."""
    last_year, last_month = add_months(year, first_month, count - 1)
    return month_span(year, first_month)[0], month_span(last_year, last_month)[1]


def year_span(year: int) -> Period:
    check_year(year)
    return calendar_day(year, 1, 1), calendar_day(year, 12, 31)


def years_span(first_year: int, count: int) -> Period:
    """`count` years from `first_year`, starting no earlier than AD 1 (for the forms of AD
    years: "the 1st century" is AD 1 to 99); `era_span` crosses year 1."""
    last = first_year + count - 1
    if not MIN_YEAR <= last <= MAX_YEAR:
        raise OutOfRange(f"years {first_year} to {last} are outside the years AD 1 to 9999")
    return year_span(max(first_year, MIN_YEAR))[0], year_span(last)[1]


def era_span(first_year: int, last_year: int) -> Period:
    """1 January of `first_year` to 31 December of `last_year`, on either side of year 1."""
    return year_span(first_year)[0], year_span(last_year)[1]


def season_span(year: int, season: str) -> Period:
    """Northern-hemisphere meteorological seasons; winter runs December into the next year."""
    return months_span(year, SEASON_START_MONTH[season], 3)


def quarter_span(year: int, quarter: int) -> Period:
    return months_span(year, 3 * quarter - 2, 3)


def half_span(year: int, half: int) -> Period:
    """January to June, or July to December."""
    if half not in (1, 2):
        raise OutOfRange(f"half {half} of a year does not exist")
    return months_span(year, 6 * half - 5, 6)


def week_span(day_in_week: AnyDay) -> Period:
    monday = shift_days(day_in_week, -((day_in_week.toordinal() - 1) % 7))  # day 1 is a Monday
    return monday, shift_days(monday, 6)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return check_year(index // 12), index % 12 + 1


def shift_days(when: AnyDay, delta: int) -> AnyDay:
    try:
        if isinstance(when, date):
            try:
                return when + timedelta(days=delta)
            except OverflowError:
                pass  # past years 1 to 9999: counted in ordinals below
        return add_days(when, delta)
    except ValueError:
        raise OutOfRange(f"{delta:+d} days from {when.isoformat()} leaves the calendar") from None


def shift_period(start: AnyDay, precision: str, delta: int) -> Period:
    """The whole period of `precision` that lies `delta` periods from the one holding `start`."""
    if precision == "day":
        moved = shift_days(start, delta)
        return moved, moved
    if precision == "week":
        return week_span(shift_days(start, 7 * delta))
    if precision == "month":
        return month_span(*add_months(start.year, start.month, delta))
    if precision == "quarter":
        year, month = add_months(start.year, start.month - (start.month - 1) % 3, 3 * delta)
        return quarter_span(year, (month + 2) // 3)
    if precision == "half":
        year, month = add_months(start.year, 1 if start.month <= 6 else 7, 6 * delta)
        return half_span(year, 1 if month <= 6 else 2)
    if precision == "year":
        return year_span(start.year + delta)
    if precision == "decade":
        return years_span(start.year // 10 * 10 + 10 * delta, 10)
    raise ValueError(f"cannot shift by {precision}")


def years_before(start: AnyDay, end: AnyDay, count: int) -> Period:
    """The same days, months or quarters `count` years earlier (later when negative)."""
    year = check_year(start.year - count)
    last = check_year(end.year - count)
    return (calendar_day(year, start.month, min(start.day, days_in_month(year, start.month))),
            calendar_day(last, end.month, min(end.day, days_in_month(last, end.month))))


def thirds(start: AnyDay, end: AnyDay, precision: str) -> dict[str, Period]:
    """Split a period into early, mid and late parts along its next finer unit."""
    return dict(zip(("early", "mid", "late"), _thirds(start, end, precision), strict=True))


@lru_cache(maxsize=4096)  # "late 2022" comes back often: its months are counted once
def _thirds(start: AnyDay, end: AnyDay, precision: str) -> tuple[Period, Period, Period]:
    if precision in YEARS_BY_THIRDS:
        return _year_thirds(start.year, end.year)
    units = _units(start, end, precision)
    size = round(len(units) / 3) or 1
    early, late = units[:size], units[-size:]
    mid = units[size:-size] or units
    return (early[0][0], early[-1][1]), (mid[0][0], mid[-1][1]), (late[0][0], late[-1][1])


# Periods of many years split into thirds by whole years, counted, never listed.
YEARS_BY_THIRDS = frozenset({"decade", "century", "millennium", "thousand years", "million years",
                             "billion years"})


def _year_thirds(first: int, last: int) -> tuple[Period, Period, Period]:
    count = last - first + 1
    size = round(count / 3) or 1
    early, late = (first, first + size - 1), (last - size + 1, last)
    mid = (first + size, last - size) if count > 2 * size else (first, last)
    return era_span(*early), era_span(*mid), era_span(*late)


def _units(start: AnyDay, end: AnyDay, precision: str) -> list[Period]:
    if precision in ("year", "half", "season", "quarter"):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return [month_span(*add_months(start.year, start.month, i)) for i in range(months)]
    days = end.toordinal() - start.toordinal() + 1
    return [(shift_days(start, i),) * 2 for i in range(days)]
