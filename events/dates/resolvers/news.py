"""Resolvers for forms of news and business writing: reporting quarters, year-ago periods,
references to now, the past and the future, and times of day."""

from __future__ import annotations

from datetime import date, timedelta

from events.dates.calendar import (
    OutOfRange,
    Period,
    check_year,
    month_span,
    quarter_span,
    shift_period,
    week_span,
    year_span,
    years_before,
    years_span,
)
from events.dates.resolvers import core as r
from events.dates.resolvers.core import YEAR_AGO_KEEPS, Context
from events.dates.vocabulary import (
    DAY_PARTS,
    IN_STORY,
    NEIGHBOUR,
    REFERENCES,
    month_number,
    ordinal_value,
)


def _words(text: str) -> str:
    return " ".join(text.lower().split())


def reference(g: dict, ctx: Context) -> Period:
    """now, recently, the future: the publication day stands in for all three."""
    return ctx.published, ctx.published


def reference_value(g: dict, start: date) -> str:
    return REFERENCES[_words(g["ref"])]


def ordinal_quarter(g: dict, ctx: Context) -> Period:
    """"the third quarter": of the year the story is in, or a year earlier when so said."""
    quarter = ordinal_value(g["ord"])
    if not 1 <= quarter <= 4:
        raise OutOfRange(f"quarter {quarter} does not exist")
    if g.get("rel"):
        return quarter_span(ctx.published.year + NEIGHBOUR[g["rel"].lower()], quarter)
    back = 1 if g.get("ago") else 0
    return quarter_span(ctx.narrative.year - back, quarter)


def bare_quarter(g: dict, ctx: Context) -> Period:
    """"Q3": that quarter of the year the story is in."""
    return quarter_span(ctx.narrative.year, int(g["q"]))


def reporting_quarter(g: dict, ctx: Context) -> Period:
    """"the latest quarter": the last one ended by publication; "the quarter": the one just
    told of, else the same."""
    if ctx.previous and ctx.previous[2] == "quarter" and not g.get("latest"):
        return ctx.previous[0], ctx.previous[1]
    return shift_period(ctx.published, "quarter", -1)


def year_earlier(g: dict, ctx: Context) -> Period:
    """"the year-ago quarter": the period just told of (or, for a quarter, the one ended by
    publication), a year before; a named unit sets the precision."""
    unit = next((g[k].lower() for k in ("unit", "unit2", "unit3", "unit4") if g.get(k)), "")
    # a forecast just told ("the third quarter of 1990") is not the period being compared
    told = ctx.previous if ctx.previous and ctx.previous[0] <= ctx.published else None
    if unit in ("quarter", "month", "year"):
        since = told[0] if told and told[2] != "year" else None
        since = since or shift_period(ctx.published, unit, -1)[0]
        return (*shift_period(years_before(since, since, 1)[0], unit, 0), unit)
    if told and told[2] == "day":
        # a business period is named by the day it ended: "the quarter ended Sept. 30"
        return (*shift_period(years_before(*told[:2], 1)[0], "quarter", 0), "quarter")
    if told and told[2] in YEAR_AGO_KEEPS:
        return (*years_before(told[0], told[1], 1), told[2])
    if ctx.previous and not told:  # after a forecast: the quarter ended by publication
        return (*shift_period(years_before(ctx.published, ctx.published, 1)[0], "quarter", -1),
                "quarter")
    return (*year_span(ctx.narrative.year - 1), "year")


def year_period(g: dict, ctx: Context) -> Period:
    """"the 1988 quarter": the quarter just told of, in that year; else the whole year."""
    year = int(g["year"])
    if g.get("ord"):
        return quarter_span(year, ordinal_value(g["ord"]))
    if ctx.previous and ctx.previous[2] == "quarter":
        return quarter_span(year, (ctx.previous[0].month + 2) // 3)
    return quarter_span(year, (shift_period(ctx.published, "quarter", -1)[0].month + 2) // 3)


def named_month(g: dict, ctx: Context) -> Period:
    """last/this/next November: the one before, in or after publication's year; that
    November: in the year of the event just told; the previous/following November: the one
    before or after the story's time."""
    rel = g["rel"].lower()
    month, step = month_number(g["month"]), NEIGHBOUR[rel]
    if rel == "that":
        return month_span(ctx.narrative.year, month)
    here = ctx.narrative if rel in IN_STORY else ctx.published
    if step < 0:
        return month_span(here.year - (month >= here.month), month)
    if step > 0:
        return month_span(here.year + (month <= here.month), month)
    return month_span(here.year, month)


def day_part(g: dict, ctx: Context) -> Period:
    """"Friday morning", "last night", "this evening": the day it falls on."""
    return _day(g, ctx)


def day_part_value(g: dict, start: date) -> str:
    return f"{start.isoformat()}T{DAY_PARTS[g['daypart'].lower()]}"


def clock_time(g: dict, ctx: Context) -> Period:
    """"3 p.m. Tuesday", "noon", "10:35 a.m.": on the day named, the day just told of, or today."""
    return _day(g, ctx)


def clock_value(g: dict, start: date) -> str:
    return f"{start.isoformat()}T{_hour_minute(g)}"


def _hour_minute(g: dict) -> str:
    word = (g.get("clockword") or "").lower()
    if word:
        return {"noon": "12:00", "midday": "12:00", "midnight": "24:00"}[word]
    if g.get("hour24"):  # "19:15": read as written
        return f"{g['hour24']}:{g['minute24']}"
    hour, minute = int(g["hour"]), int(g.get("minute") or 0)
    if not (1 <= hour <= 12 and minute < 60):
        raise OutOfRange(f"{hour}:{minute:02d} is not a time of day")
    said = _words(g["ampm"])
    # "10 at night" is evening, "2 at night" the small hours
    pm = said.startswith("p") or said.endswith(("afternoon", "evening")) or (
        said == "at night" and hour >= 6)
    hour = hour % 12 + (12 if pm else 0)
    return f"{hour:02d}:{minute:02d}"


def _day(g: dict, ctx: Context) -> Period:
    if g.get("weekday"):
        return r.weekday(g, ctx)
    if g.get("month"):
        return r.month_day(g, ctx)
    word = _words(g.get("word") or "")
    if word in ("yesterday", "today", "tomorrow", "tonight"):
        return r.relative_day({"word": word}, ctx)
    if word == "last" and _words(g.get("daypart") or "") in ("night", "evening"):
        return r.relative_day({"word": "yesterday"}, ctx)
    if word in ("that", "next", "the next", "following", "the following"):
        return _day_told(ctx, 0 if word == "that" else 1)
    if not word and ctx.previous and ctx.previous[2] == "day":
        return ctx.previous[0], ctx.previous[0]
    return ctx.published, ctx.published


def _day_told(ctx: Context, days: int) -> Period:
    """"that morning", "the next evening": on, or some days after, the day just told of."""
    if not (ctx.previous and ctx.previous[2] == "day"):
        raise OutOfRange("no day has been told to count from")
    return _point_after(ctx.previous[0], days)


def _point_after(when: date, days: int) -> Period:
    moved = when + timedelta(days=days)
    return moved, moved


def weekend(g: dict, ctx: Context) -> Period:
    """the weekend: the last one from Monday to Thursday (unless said to come), the coming one
    from Friday; last/next weekend step back or on from there."""
    here = ctx.published
    saturday = here + timedelta(days=5 - here.weekday())
    rel = (g.get("rel") or "").lower()
    coming = not rel and ctx.tense == "future"  # "ahead of the weekend", "will ... the weekend"
    if here.weekday() <= 3 and rel not in ("this", "next", "coming") and not coming:
        saturday -= timedelta(days=7)
    if rel in ("last", "past") and here.weekday() > 3:
        saturday -= timedelta(days=7)
    elif (rel == "next" and here.weekday() >= 4) or (rel == "coming" and here.weekday() > 4):
        saturday += timedelta(days=7)  # said on a Friday, next weekend is not tomorrow
    return saturday, saturday + timedelta(days=1)


def weekend_value(g: dict, start: date) -> str:
    iso_year, week, _ = start.isocalendar()
    return f"{iso_year:04d}-W{week:02d}-WE"


def month_of_year(g: dict, ctx: Context) -> Period:
    """"January this year", "June last year": that month of the year named."""
    return month_span(ctx.published.year + NEIGHBOUR[g["rel"].lower()], month_number(g["month"]))


def the_unit(g: dict, ctx: Context):
    """"the year", "the full year", "the week": the one the story is in."""
    unit = g["unit"].lower()
    return (*shift_period(ctx.narrative, unit, 0), unit)


def year_end(g: dict, ctx: Context) -> Period:
    """"year-end", "last year's end": the last day of that year."""
    year = ctx.narrative.year + NEIGHBOUR.get((g.get("rel") or "").lower(), 0)
    check_year(year)
    return date(year, 12, 31), date(year, 12, 31)


_TENS_WORDS = {"twenties": 2, "thirties": 3, "forties": 4, "fifties": 5, "sixties": 6,
               "seventies": 7, "eighties": 8, "nineties": 9}


def spelled_decade(g: dict, ctx: Context) -> Period:
    """"the nineties": of the century named, else the latest such decade by publication."""
    tens = _TENS_WORDS[g["tens"].lower()] * 10
    if g.get("century"):
        first = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[g["century"].lower()] + tens
    else:
        first = ctx.published.year // 100 * 100 + tens
        first -= 100 if first > ctx.published.year else 0
    return years_span(first, 10)


def week_of(g: dict, ctx: Context) -> Period:
    """"the week of March 6": the week holding that day."""
    day, _ = r.month_day(g, ctx)
    return week_span(day)
