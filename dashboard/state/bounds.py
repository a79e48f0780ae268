"""From and To written as text, for datasets a date picker cannot hold (years outside 1-9999):
"264 BC", "AD 79", "-263" (astronomical: 264 BC), a day "-0043-03-15", or any date form the
dataset reads ("15 March 44 BC"). A year bounds From at its first day and To at its last."""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from events.dataset.rows import read_date
from events.day import FIRST_DATE_YEAR, LAST_DATE_YEAR, AnyDay, calendar_day, parse_iso, year_name

SIDES = ("from", "to")
EXAMPLES = "a year such as 264 BC, AD 79 or -263, or a day such as -0043-03-15"
_BC = re.compile(r"(\d{1,11})\s*(?:BCE?|B\.C\.(?:E\.)?)", re.IGNORECASE)
_AD = re.compile(r"(?:AD|A\.D\.|CE)\s*(\d{1,11})|(\d{1,11})\s*(?:AD|A\.D\.|CE)", re.IGNORECASE)
_SIGNED = re.compile(r"[+-]?\d{1,11}")
_ISO = re.compile(r"[+-]?\d{4,}-\d{2}-\d{2}")


class BoundError(ValueError):
    """What was typed is not a year or a day; the message says what to write."""


def read_bound(text: str, side: str) -> AnyDay | None:
    """The day `text` names as a From (`side` "from") or To ("to") bound; None when empty."""
    text = " ".join(text.split())
    if not text:
        return None
    try:
        year = _year(text)
        if year is not None:
            return calendar_day(year, 1, 1) if side == "from" else calendar_day(year, 12, 31)
        if _ISO.fullmatch(text):
            return parse_iso(text)
    except ValueError as error:
        raise BoundError(f"“{text}” cannot be read: {error}.") from None
    span, _problem = read_date(text, None)
    if span is None:
        raise BoundError(f"“{text}” is not a year or a day: write {EXAMPLES}.")
    return span.start if side == "from" else span.end


def _year(text: str) -> int | None:
    """The astronomical year `text` names alone (264 BC is -263), or None."""
    if found := _BC.fullmatch(text):
        years_bc = int(found.group(1))
        if years_bc == 0:
            raise ValueError("there is no year 0 BC (1 BC is followed by AD 1)")
        return 1 - years_bc
    if found := _AD.fullmatch(text):
        year = int(found.group(1) or found.group(2))
        if year == 0:
            raise ValueError("there is no year AD 0 (1 BC is followed by AD 1)")
        return year
    return int(text) if _SIGNED.fullmatch(text) else None


def bound_text(day: AnyDay | None, side: str) -> str:
    """A bound as a reader writes it: the year alone when it is a whole year's edge ("264 BC",
    "AD 79"), else the day in ISO form; "" for no bound."""
    if day is None:
        return ""
    edge = (1, 1) if side == "from" else (12, 31)
    return year_name(day.year) if (day.month, day.day) == edge else day.isoformat()


def needs_text(first: AnyDay | None, last: AnyDay | None) -> bool:
    """Whether a dataset running from `first` to `last` needs From/To as text: a date picker
    holds only years 1 to 9999."""
    years = [day.year for day in (first, last) if day is not None]
    return any(not FIRST_DATE_YEAR <= year <= LAST_DATE_YEAR for year in years)


def day_stamp(day: AnyDay) -> pd.Timestamp:
    """The day as the frame's start/end hold it (datetime64[s]; pd.Timestamp(Day) fails)."""
    return pd.Timestamp(np.datetime64(day.isoformat(), "s"))


def stamp_day(stamp: pd.Timestamp) -> AnyDay:
    """The day of a frame timestamp, in any year (Timestamp.date() fails before year 1)."""
    return calendar_day(stamp.year, stamp.month, stamp.day)
