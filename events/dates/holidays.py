"""Named days of the calendar: fixed dates and the ones counted from a weekday or Easter."""

from __future__ import annotations

from datetime import date, timedelta

from events.dates.calendar import Period, check_year, week_span
from events.dates.resolvers.core import Context

# name -> (month, day) for fixed days, or a function of the year.
_FIXED = {
    "new year's day": (1, 1), "new year's eve": (12, 31), "valentine's day": (2, 14),
    "independence day": (7, 4), "halloween": (10, 31), "christmas eve": (12, 24),
    "christmas": (12, 25), "christmas day": (12, 25), "veterans day": (11, 11),
}


def _nth_weekday(year: int, month: int, weekday: int, n: int) -> date:
    """The n-th weekday (0 = Monday) of a month; n = -1 for the last one."""
    if n > 0:
        first = date(year, month, 1)
        return first + timedelta(days=(weekday - first.weekday()) % 7 + 7 * (n - 1))
    last = date(year + (month == 12), month % 12 + 1, 1) - timedelta(days=1)
    return last - timedelta(days=(last.weekday() - weekday) % 7)


def easter(year: int) -> date:
    """Western Easter Sunday (the anonymous Gregorian computus)."""
    a, b, c = year % 19, year // 100, year % 100
    d, e = divmod(b, 4)
    f = (b + 8) // 25
    g = (b - f + 1) // 3
    h = (19 * a + b - d - g + 15) % 30
    i, k = divmod(c, 4)
    ell = (32 + 2 * e + 2 * i - h - k) % 7
    m = (a + 11 * h + 22 * ell) // 451
    month, day = divmod(h + ell - 7 * m + 114, 31)
    return date(year, month, day + 1)


_COUNTED = {
    "thanksgiving": lambda y: _nth_weekday(y, 11, 3, 4),
    "thanksgiving day": lambda y: _nth_weekday(y, 11, 3, 4),
    "labor day": lambda y: _nth_weekday(y, 9, 0, 1),
    "memorial day": lambda y: _nth_weekday(y, 5, 0, -1),
    "election day": lambda y: _nth_weekday(y, 11, 0, 1) + timedelta(days=1),
    "easter": easter,
    "easter sunday": easter,
}

HOLIDAY = (r"(?:(?P<rel>this|last|next)\s+)?"
           r"(?P<holiday>thanksgiving(?:\s+day)?|christmas(?:\s+day|\s+eve)?"
           r"|new\s+year's\s+(?:day|eve)|independence\s+day|halloween|valentine's\s+day"
           r"|easter(?:\s+sunday)?|election\s+day|labor\s+day|memorial\s+day|veterans\s+day)(?![a-z])")
# The words a holiday begins with (events.dates.rules: Rule.opens).
OPENING = (r"^(?:this|last|next)$|^(?:thanksgiving|christmas|new|independence|halloween|valentine"
           r"|easter|election|labor|memorial|veterans)")


def holiday_date(name: str, year: int) -> date:
    """The day a named holiday falls on in `year`."""
    check_year(year)
    key = " ".join(name.lower().split())
    if key in _FIXED:
        return date(year, *_FIXED[key])
    return _COUNTED[key](year)


def holiday(g: dict, ctx: Context) -> Period:
    """last/next/this Christmas from publication; a bare one in the story's year when it has
    moved, else the one nearest to publication."""
    name, rel = g["holiday"], (g.get("rel") or "").lower()
    here = ctx.published
    if rel == "last":
        when = max(d for y in (here.year - 1, here.year) if (d := holiday_date(name, y)) < here)
    elif rel == "next":
        when = min(d for y in (here.year, here.year + 1) if (d := holiday_date(name, y)) > here)
    elif rel or ctx.anchor:
        when = holiday_date(name, (ctx.anchor or here).year if not rel else here.year)
    else:
        options = [holiday_date(name, y) for y in (here.year - 1, here.year, here.year + 1)]
        when = min(options, key=lambda d: (abs((d - here).days), d > here))
    return when, when


def holiday_week(g: dict, ctx: Context) -> Period:
    """"Easter week", "Christmas week": the week, Monday to Sunday, that holds the holiday."""
    return week_span(holiday(g, ctx)[0])
