"""dateparser for the written forms the rule table leaves out, precision read from its period."""

from __future__ import annotations

import re
import warnings
from datetime import date, datetime, timedelta
from functools import lru_cache

from events.dates.calendar import Period, month_span, year_span
from events.dates.vocabulary import MONTH_STRICT

# Only text with a month name or a numeric date is worth asking: dateparser reads too much
# into plain words ("A second", "$12") to be trusted with anything else.
_WORTH_ASKING = re.compile(rf"(?=.*\d)(?:.*\b{MONTH_STRICT}|.*\d[/.-]\d)", re.IGNORECASE)


def dateparser_period(text: str, published: date) -> tuple[date, date, str] | None:
    """The whole period dateparser reads in `text`, or None."""
    if not _WORTH_ASKING.match(text):
        return None
    try:
        data = _parser(published).get_date_data(text)
    except (ValueError, OverflowError, TypeError, AttributeError):
        return None
    if data is None or data.date_obj is None:
        return None
    return _period(data.date_obj.date(), data.period or "day")


def _period(day: date, period: str) -> tuple[date, date, str] | None:
    spans: dict[str, Period] = {
        "day": (day, day),
        "time": (day, day),
        "week": (day - timedelta(days=day.weekday()), day + timedelta(days=6 - day.weekday())),
        "month": month_span(day.year, day.month),
        "year": year_span(day.year),
    }
    if period not in spans:
        return None
    start, end = spans[period]
    return start, end, "day" if period == "time" else period


@lru_cache(maxsize=32)
def _parser(published: date):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.date import DateDataParser

    settings = {
        "RELATIVE_BASE": datetime(published.year, published.month, published.day),
        "PREFER_DATES_FROM": "past",
        "DATE_ORDER": "MDY",
    }
    return DateDataParser(languages=["en"], settings=settings)
