"""The precision of a span given only by its first and last day (a row's `start` and `end`).

A span that covers a calendar unit exactly (a week from Monday, a month, a quarter, a year, a
decade, a century, a millennium) is that unit; any other is named by its length, out to the
million and billion years of deep time.
"""

from __future__ import annotations

from events.day import AnyDay, add_days, days_between

DAYS_IN_YEAR = 365.2425  # the Gregorian average
# The most days a span of each precision lasts; longer than the last is "billion years".
BY_LENGTH = (
    ("week", 7), ("month", 31), ("quarter", 92), ("half", 184), ("year", 366),
    ("decade", 3653), ("century", 1000 * DAYS_IN_YEAR), ("millennium", 10_000 * DAYS_IN_YEAR),
    ("thousand years", 10**6 * DAYS_IN_YEAR), ("million years", 10**9 * DAYS_IN_YEAR),
)  # fmt: skip
MONDAY = 1  # ordinal % 7 of a Monday: day 1, 1 January AD 1, was one
CALENDAR_UNITS = {1: "month", 12: "year", 120: "decade", 1200: "century", 12_000: "millennium"}
ROUND_YEARS = {"decade": 10, "century": 100, "millennium": 1000}


def derived_precision(start: AnyDay, end: AnyDay) -> str:
    """ "day" for one day, the calendar unit [start, end] covers exactly, else by its length."""
    if start == end:
        return "day"
    days = days_between(start, end) + 1
    return whole_unit(start, end) or next(
        (unit for unit, most in BY_LENGTH if days <= most), "billion years"
    )


def whole_unit(start: AnyDay, end: AnyDay) -> str:
    """The calendar unit [start, end] covers exactly, or ""."""
    if start.toordinal() % 7 == MONDAY and days_between(start, end) == 6:
        return "week"
    try:
        after = add_days(end, 1)
    except ValueError:  # the last day the calendar holds
        return ""
    if start.day != 1 or after.day != 1:
        return ""
    months = (after.year - start.year) * 12 + after.month - start.month
    if months == 3:
        return {1: "quarter", 0: "season"}.get(start.month % 3, "")
    if months == 6:
        return "half" if start.month in (1, 7) else ""
    unit = CALENDAR_UNITS.get(months, "")
    if unit in ("", "month") or (start.month == 1 and _round(start.year, unit)):
        return unit
    return ""


def _round(year: int, unit: str) -> bool:
    """Whether a `unit` starting in `year` starts where the calendar's do: a decade in a year
    ending in 0, a century or millennium in one ending in 00 or 01 (both are counted)."""
    size = ROUND_YEARS.get(unit)
    if size is None:
        return True
    return year % size == 0 if unit == "decade" else year % size in (0, 1)
