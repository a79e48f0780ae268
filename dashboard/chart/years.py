"""Years and days on the time axis, in any year: where a year or a month starts in axis
milliseconds, which day or year a moment falls in, and how an axis writes them ("44 BC",
"AD 79", "1066", "15 Mar 44 BC", "65 Ma").

Pure numpy and events.day (proleptic Gregorian, astronomical years: year 0 is 1 BC). Axis
milliseconds are floats counted from 1970: exact to the millisecond for 285,000 years around
today, and within a minute at the age of the Earth.
"""

from __future__ import annotations

import math
from datetime import date

import numpy as np
import pandas as pd

from events.day import AnyDay, Day, from_ordinal, year_name

DAY_MS = 86_400_000
EPOCH = date(1970, 1, 1).toordinal()
# Plotly's date axis writes every year in four digits ("0079") and stops at 9999: it draws
# views within these years only; others get year ticks of our own.
FIRST_DATED, LAST_DATED = 1000, 9999
# Views reaching before 10,000 BC are written in years before the present ("12 ka", "65 Ma");
# they count back from AD 2000, which no tick that far back can tell from today.
DEEP_BEFORE, PRESENT_YEAR = -9999, 2000
AGO_UNITS = ((1e9, "Ga"), (1e6, "Ma"), (1e3, "ka"))
AGO_WORDS = {"Ga": "billion years ago", "Ma": "million years ago", "ka": "thousand years ago"}
MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
DAYS_BEFORE_MONTH = np.cumsum([0, 31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30])


def new_year_ordinal(years) -> np.ndarray:
    """The ordinal (as date.toordinal counts) of 1 January of each year: events.day's count
    (Day.toordinal) over whole arrays at once, which the axis needs for thousands of ticks."""
    before = np.asarray(years, dtype=np.int64) - 1  # floor division keeps BC years right
    return before * 365 + before // 4 - before // 100 + before // 400 + 1


def year_ms(years) -> np.ndarray:
    """Axis ms at the start of each year."""
    return (new_year_ordinal(years) - EPOCH).astype(float) * DAY_MS


def month_ms(months) -> np.ndarray:
    """Axis ms at the start of each month, counted as year * 12 + (month - 1)."""
    year, index = np.divmod(np.asarray(months, dtype=np.int64), 12)
    leap = (year % 4 == 0) & ((year % 100 != 0) | (year % 400 == 0))
    days = new_year_ordinal(year) + DAYS_BEFORE_MONTH[index] + (leap & (index > 1))
    return (days - EPOCH).astype(float) * DAY_MS


def year_of(moments_ms) -> np.ndarray:
    """The year each moment (axis ms) falls in."""
    moments = np.asarray(moments_ms, dtype=float)
    year = np.floor(moments / (365.2425 * DAY_MS)).astype(np.int64) + 1970
    for _ in range(2):  # the estimate is off by at most a year
        year -= year_ms(year) > moments
        year += year_ms(year + 1) <= moments
    return year


def month_of(moments_ms) -> np.ndarray:
    """The month each moment falls in, as year * 12 + (month - 1)."""
    moments = np.asarray(moments_ms, dtype=float)
    year = year_of(moments)
    months = year * 12 + 11
    for _ in range(11):  # step back to the month that has begun
        months -= month_ms(months) > moments
    return months


def dated(low_ms: float, high_ms: float) -> bool:
    """Whether a view from `low_ms` to `high_ms` fits Plotly's date axis."""
    first, last = year_of([low_ms, high_ms])
    return first >= FIRST_DATED and last <= LAST_DATED


def deep(low_ms: float) -> bool:
    """Whether a view starting at `low_ms` is written in years before the present."""
    return int(year_of([low_ms])[0]) < DEEP_BEFORE


def day_of(value) -> AnyDay:
    """The day of a date, Day, Timestamp or datetime64, in any year."""
    if isinstance(value, Day) or type(value) is date:
        return value
    if isinstance(value, pd.Timestamp):
        value = value.to_datetime64()
    seconds = int(np.datetime64(value, "s").astype(np.int64))
    return from_ordinal(seconds // 86_400 + EPOCH)


def day_at(moment_ms: float) -> AnyDay:
    """The day an axis moment falls on."""
    return from_ordinal(math.floor(moment_ms / DAY_MS) + EPOCH)


def year_text(year: int) -> str:
    """A year as a reader writes it: "44 BC", "AD 79", "1066", "12,000"."""
    return year_name(year) if year <= LAST_DATED else f"{year:,}"


def day_text(day: AnyDay, padded: bool = False) -> str:
    """A day as "9 Sep 2024" ("09 Sep 2024" `padded`), "24 Aug AD 79" or "15 Mar 44 BC"."""
    number = f"{day.day:02d}" if padded else str(day.day)
    return f"{number} {MONTHS[day.month - 1]} {year_text(day.year)}"


def day_texts(moments) -> list[str]:
    """`day_text` of many datetime64 moments at once (hover text of thousands of events)."""
    days = np.asarray(moments, dtype="datetime64[s]").astype("datetime64[D]")
    months = days.astype("datetime64[M]")
    year = (months.astype("datetime64[Y]").astype(np.int64) + 1970).tolist()
    month = (months.astype(np.int64) % 12).tolist()
    day = ((days - months.astype("datetime64[D]")).astype(np.int64) + 1).tolist()
    names = {y: year_text(y) for y in set(year)}
    return [f"{d} {MONTHS[m]} {names[y]}" for d, m, y in zip(day, month, year, strict=True)]


def month_text(day: AnyDay) -> str:
    return f"{MONTHS[day.month - 1]} {year_text(day.year)}"


def iso(value) -> str:
    """A day as ISO 8601, with an expanded year outside 1-9999 ("-0043-03-15")."""
    return day_of(value).isoformat()


def ago_text(years_ago: int, step: int, words: bool = False) -> str:
    """Years before the present, as briefly as ticks `step` years apart allow: "4.5 Ga",
    "65 Ma", "12 ka", "350 years ago", "now"; in `words` "4.5 billion years ago"."""
    if years_ago == 0:
        return "now"
    if years_ago < 0:
        return year_text(PRESENT_YEAR - years_ago)
    for size, unit in AGO_UNITS:
        if years_ago >= size and step >= size / 100:
            decimals = max(0, -math.floor(math.log10(step / size)))
            number = f"{years_ago / size:,.{decimals}f}"
            number = number.rstrip("0").rstrip(".") if decimals else number
            return f"{number} {AGO_WORDS[unit] if words else unit}"
    return f"{years_ago:,} years ago"


def length_text(years: float) -> str:
    """A long stretch in round words: "300 years", "12,000 years", "66 million years"."""
    for size, unit in ((1e9, "billion"), (1e6, "million")):
        if years >= size:
            return f"{years / size:.3g} {unit} years"
    count = round(years)
    return f"{count:,} years" if count >= 10_000 else f"{count} years"
