"""Calendar arithmetic over whole periods: months, seasons, quarters, decades, thirds."""

from __future__ import annotations

import calendar
from datetime import date, timedelta
from functools import lru_cache

from events.span import MAX_YEAR, MIN_YEAR

Period = tuple[date, date]

SEASON_START_MONTH = {"spring": 3, "summer": 6, "autumn": 9, "winter": 12}
SEASON_TIMEX = {3: "SP", 6: "SU", 9: "FA", 12: "WI"}


class OutOfRange(ValueError):
    """A date the calendar cannot hold: a year outside 1 to 9999 or a day that does not exist."""


def check_year(year: int) -> int:
    if not MIN_YEAR <= year <= MAX_YEAR:
        raise OutOfRange(f"year {year} is outside the supported range {MIN_YEAR} to {MAX_YEAR}")
    return year


def day(year: int, month: int, day_of_month: int) -> date:
    check_year(year)
    try:
        return date(year, month, day_of_month)
    except ValueError:
        month_name = calendar.month_name[month] if 1 <= month <= 12 else f"month {month}"
        raise OutOfRange(f"{month_name} {day_of_month}, {year} does not exist") from None


def month_span(year: int, month: int) -> Period:
    check_year(year)
    if not 1 <= month <= 12:
        raise OutOfRange(f"month {month} does not exist")
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


def months_span(year: int, first_month: int, count: int) -> Period:
    """`count` whole months from `first_month`, running into the next year if needed."""
    last_year, last_month = add_months(year, first_month, count - 1)
    return month_span(year, first_month)[0], month_span(last_year, last_month)[1]


def year_span(year: int) -> Period:
    check_year(year)
    return date(year, 1, 1), date(year, 12, 31)


def years_span(first_year: int, count: int) -> Period:
    return year_span(max(first_year, MIN_YEAR))[0], year_span(first_year + count - 1)[1]


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


def week_span(day_in_week: date) -> Period:
    monday = day_in_week - timedelta(days=day_in_week.weekday())
    return monday, monday + timedelta(days=6)


def add_months(year: int, month: int, delta: int) -> tuple[int, int]:
    index = year * 12 + (month - 1) + delta
    return check_year(index // 12), index % 12 + 1


def shift_days(when: date, delta: int) -> date:
    try:
        return when + timedelta(days=delta)
    except OverflowError:
        raise OutOfRange(f"{delta:+d} days from {when} leaves the years 1 to 9999") from None


def shift_period(start: date, precision: str, delta: int) -> Period:
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


def years_before(start: date, end: date, count: int) -> Period:
    """The same days, months or quarters `count` years earlier (later when negative)."""
    year = check_year(start.year - count)
    last = check_year(end.year - count)
    return (date(year, start.month, min(start.day, calendar.monthrange(year, start.month)[1])),
            date(last, end.month, min(end.day, calendar.monthrange(last, end.month)[1])))


def thirds(start: date, end: date, precision: str) -> dict[str, Period]:
    """Split a period into early, mid and late parts along its next finer unit."""
    return dict(zip(("early", "mid", "late"), _thirds(start, end, precision), strict=True))


@lru_cache(maxsize=4096)  # "late 2022" comes back often: its months are counted once
def _thirds(start: date, end: date, precision: str) -> tuple[Period, Period, Period]:
    units = _units(start, end, precision)
    size = round(len(units) / 3) or 1
    early, late = units[:size], units[-size:]
    mid = units[size:-size] or units
    return (early[0][0], early[-1][1]), (mid[0][0], mid[-1][1]), (late[0][0], late[-1][1])


def _units(start: date, end: date, precision: str) -> list[Period]:
    if precision in ("year", "half", "season", "quarter"):
        months = (end.year - start.year) * 12 + end.month - start.month + 1
        return [month_span(*add_months(start.year, start.month, i)) for i in range(months)]
    if precision in ("decade", "century"):
        return [year_span(y) for y in range(start.year, end.year + 1)]
    days = (end - start).days + 1
    return [(start + timedelta(days=i),) * 2 for i in range(days)]
