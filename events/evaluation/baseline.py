"""The dateparser baseline for `evaluate --baseline dateparser`: search_dates on the whole text.

Each date found is written as a TIMEX3 value at the precision DateDataParser reports for the
text it found ("2022" -> year, "March 2022" -> month, "3 p.m." -> time).
"""

from __future__ import annotations

import warnings
from datetime import date, datetime

from events.evaluation.evaluate import Mention

__all__ = ["BASELINES", "dateparser_mentions", "timex_at"]


def _settings(published: date) -> dict:
    base = datetime(published.year, published.month, published.day)
    return {"RELATIVE_BASE": base, "PREFER_DATES_FROM": "past"}


def timex_at(when: datetime, period: str) -> str:
    """`when` as a TIMEX3 value at dateparser's period (day, week, month, year or time)."""
    if period == "year":
        return f"{when.year:04d}"
    if period == "month":
        return f"{when.year:04d}-{when.month:02d}"
    if period == "week":
        iso_year, week, _ = when.isocalendar()
        return f"{iso_year:04d}-W{week:02d}"
    if period == "time":
        return when.strftime("%Y-%m-%dT%H:%M")
    return when.date().isoformat()


def dateparser_mentions(document) -> list[Mention]:
    """What dateparser's search_dates finds in a TimeML document, against its creation date."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        from dateparser.date import DateDataParser
        from dateparser.search import search_dates

        settings = _settings(document.dct)
        found = search_dates(document.text, languages=["en"], settings=settings) or []
        parser = DateDataParser(languages=["en"], settings=settings)
        mentions, position = [], 0
        for fragment, when in found:
            start = document.text.find(fragment, position)
            if start < 0:
                continue
            position = start + len(fragment)
            period = _period(parser, fragment)
            mentions.append(Mention(start, position, fragment, timex_at(when, period),
                                    "TIME" if period == "time" else "DATE"))
    return mentions


def _period(parser, fragment: str) -> str:
    try:
        return parser.get_date_data(fragment).period or "day"
    except (ValueError, OverflowError, TypeError, AttributeError):
        return "day"


BASELINES = {"dateparser": dateparser_mentions}
