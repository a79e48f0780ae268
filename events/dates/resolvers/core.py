"""Resolvers: from a rule's matched groups and the reference dates to a whole period."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta

from events.dates.calendar import (
    OutOfRange,
    Period,
    check_year,
    day,
    half_span,
    month_span,
    quarter_span,
    season_span,
    week_span,
    year_span,
    years_span,
)
from events.dates.vocabulary import (
    NEIGHBOUR,
    RELATIVE_DAYS,
    SEASONS,
    WEEKDAYS,
    month_number,
    ordinal_value,
    spelled_year_value,
)

# A verb this close to a date without a year decides which side of publication it falls.
CLOSE_VERB = 3

# A bare month this many months ahead of publication is the coming one, not last year's.
NEAR_MONTHS = 1

# A day without a year, with no verb saying it is ahead, lies at most about four months ahead
# of publication: news mostly tells of what has happened.
AHEAD_DAYS = 120

# Periods that "a year earlier" keeps at their own precision.
YEAR_AGO_KEEPS = frozenset({"day", "month", "season", "quarter"})


@dataclass(frozen=True)
class Context:
    """The dates a relative expression is counted from."""

    published: date
    anchor: date | None = None
    previous: tuple[date, date, str] | None = None  # the last event told: start, end, precision
    tense: str = ""  # "past" or "future" when the words around the date say so
    tense_gap: int = 0  # characters between the date and the verb that gave the tense
    # History: `published` stands for the story's time (its "now"); this is the article's own
    # date, which deep time ("12,000 years ago") is counted back from.
    issued: date | None = None

    @property
    def narrative(self) -> date:
        """The story's current time: the anchor when the story has moved, else publication."""
        return self.anchor or self.published

    @property
    def publication(self) -> date:
        """The day the text was published, whatever time the story has reached."""
        return self.issued or self.published


def _point(when: date) -> Period:
    return when, when


def full_date(g: dict, ctx: Context) -> Period:
    return _point(day(int(g["year"]), month_number(g["month"]), int(g["day"])))


def iso_date(g: dict, ctx: Context) -> Period:
    return _point(day(int(g["year"]), int(g["month"]), int(g["day"])))


def numeric_date(g: dict, ctx: Context) -> Period:
    """US order (month first) unless the first number cannot be a month."""
    first, second = int(g["a"]), int(g["b"])
    month, day_of_month = (second, first) if first > 12 else (first, second)
    return _point(day(_full_year(g["y"], ctx.published), month, day_of_month))


def _full_year(text: str, published: date) -> int:
    if len(text) == 4:
        return int(text)
    year = published.year // 100 * 100 + int(text)
    return year - 100 if year > published.year + 10 else year


def month_day(g: dict, ctx: Context) -> Period:
    """In the story's year when it has moved, else the nearest such day to publication."""
    month, day_of_month = month_number(g["month"]), int(g["day"])
    if ctx.anchor:
        return _point(day(ctx.anchor.year, month, day_of_month))
    here = ctx.published
    options = []
    for year in (here.year - 1, here.year, here.year + 1):
        try:
            options.append(day(year, month, day_of_month))
        except OutOfRange:
            continue
    if not options:
        day(here.year, month, day_of_month)  # raises, saying why
    if ctx.tense and ctx.tense_gap <= CLOSE_VERB:  # "ended March 31", "will open May 5"
        side = [d for d in options if (d <= here) == (ctx.tense == "past")]
        options = side or options
    elif ctx.tense != "future":
        options = [d for d in options if (d - here).days <= AHEAD_DAYS] or options
    return _point(min(options, key=lambda d: (abs((d - here).days), d > here)))


def ordinal_day(g: dict, ctx: Context) -> Period:
    """"on the 19th": that day of the month of the event just told, or of the story's time;
    in news with no story time, of publication's month (the month before, when that day is
    still ahead and no verb says it is coming)."""
    day_of_month, told, anchor = int(g["day"]), ctx.previous, ctx.anchor
    holds_anchor = told is not None and anchor is not None and told[0] <= anchor <= told[1]
    if told and told[2] in ("day", "month") and (anchor is None or holds_anchor):
        return _point(day(told[0].year, told[0].month, day_of_month))
    if anchor and holds_anchor:  # the story is in a year or a season: no month to take
        raise OutOfRange(f"day {day_of_month} of which month? The story names none")
    if anchor:  # the story's day, set apart from the event just told ("from the 13th to ...")
        return _point(day(anchor.year, anchor.month, day_of_month))
    here = ctx.published
    back = day_of_month > here.day and ctx.tense != "future"
    month = here.month - back or 12
    return _point(day(here.year - (month > here.month), month, day_of_month))


def listed_day(g: dict, ctx: Context) -> Period:
    """"25" of "April 24 and 25": a later day of the month of the day just told, when that day
    is the one written before "and" ("between 3 and 5 percent" names no day)."""
    first = int(next(value for name, value in g.items() if name.startswith("first") and value))
    told, listed = ctx.previous, int(g["day"])
    if not told or told[2] != "day" or told[0] != told[1] or told[0].day != first:
        raise OutOfRange(f"{listed} follows no day of the month just told")
    if listed <= first:
        raise OutOfRange(f"day {listed} comes before day {first}")
    return _point(day(told[0].year, told[0].month, listed))


def day_range_opening(g: dict, ctx: Context) -> Period:
    """"6" of "6-7 January 1916", "12" of "12 to 14 July": that day of the month (and year)
    the range's other end names."""
    return full_date(g, ctx) if g.get("year") else month_day(g, ctx)


def year_short_end(g: dict, ctx: Context) -> Period:
    """"17" of "1915-17", "94" of "1990-94": the first year's leading digits, or the next
    century's when that would fall before the first ("1998-02" is a month, read elsewhere)."""
    first, short = int(g["first"]), int(g["short"])
    step = 10 ** len(g["short"])
    year = first - first % step + short
    return year_span(year + step if year <= first else year)


def day_span(g: dict, ctx: Context) -> Period:
    """"Nov. 3-7, 2024", or "Nov. 3-7" in the year a lone "Nov. 3" would take."""
    first = full_date(g, ctx)[0] if g.get("year") else month_day(g, ctx)[0]
    last = day(first.year, first.month, int(g["day2"]))
    if last < first:
        raise OutOfRange(f"day {last.day} comes before day {first.day}")
    return first, last


def day_span_value(g: dict, start: date) -> str:
    """The TIMEX3 interval of the days: "2024-11-03/2024-11-07"."""
    return f"{start.isoformat()}/{start.replace(day=int(g['day2'])).isoformat()}"


def week_of_month(g: dict, ctx: Context) -> Period:
    """"the first week of May": its days 1 to 7; "the last week": its last seven days."""
    start, end = month_year(g, ctx) if g.get("year") else bare_month(g, ctx)
    which = g["which"].lower()
    if which in ("last", "final"):
        return end - timedelta(days=6), end
    first = start + timedelta(days=7 * ("first", "second", "third", "fourth").index(which))
    return first, first + timedelta(days=6)


def month_year(g: dict, ctx: Context) -> Period:
    return month_span(int(g["year"]), month_number(g["month"]))


def iso_month(g: dict, ctx: Context) -> Period:
    return month_span(int(g["year"]), int(g["month"]))


def bare_month(g: dict, ctx: Context) -> Period:
    """The anchor's year when the story has moved; else the year of the same month just told;
    else the coming one when the verb is in the future or it is next month; else the latest such
    month by publication."""
    month = month_number(g["month"])
    if ctx.anchor:
        return month_span(ctx.anchor.year, month)
    told = ctx.previous
    if told and told[2] == "month" and told[0].month == month:  # "in April ... in April"
        return month_span(told[0].year, month)
    here = ctx.published
    ahead = (month - here.month) % 12  # months from publication to the next such month
    if ctx.tense == "future" or 0 < ahead <= NEAR_MONTHS:
        return month_span(here.year + (month < here.month), month)
    return month_span(here.year - (month > here.month), month)


def weekday(g: dict, ctx: Context) -> Period:
    """News style: the latest such weekday not after publication, the next one when the verb
    is in the future; last/next step past it."""
    target = WEEKDAYS[g["weekday"].lower()]
    rel = (g.get("rel") or "").lower()
    told = ctx.previous[0] if ctx.previous and ctx.previous[2] == "day" else ctx.anchor
    if rel in ("previous", "following") and told:  # counted from the day just told of
        step = -1 if rel == "previous" else 1
        return _point(told + timedelta(days=step * ((step * (target - told.weekday())) % 7 or 7)))
    # "around Wednesday's ruling" was given, whatever the verb; "ahead of Sunday's vote" is to come
    ahead = g.get("ahead") is not None
    if not rel and (ahead or (ctx.tense == "future" and not g.get("poss"))):
        return _point(ctx.published + timedelta(days=(target - ctx.published.weekday()) % 7))
    back = (ctx.published.weekday() - target) % 7
    if rel in ("last", "past", "previous") and back == 0:
        back = 7
    if rel in ("next", "coming", "following"):
        return _point(ctx.published + timedelta(days=(target - ctx.published.weekday()) % 7 or 7))
    return _point(ctx.published - timedelta(days=back))


def relative_day(g: dict, ctx: Context) -> Period:
    key = " ".join(g["word"].lower().split())
    return _point(ctx.published + timedelta(days=RELATIVE_DAYS[key]))


def iso_week(g: dict, ctx: Context) -> Period:
    try:
        return week_span(date.fromisocalendar(check_year(int(g["year"])), int(g["week"]), 1))
    except ValueError:
        raise OutOfRange(f"week {g['week']} of {g['year']} does not exist") from None


def half_year(g: dict, ctx: Context) -> Period:
    """"the first half of 2022", "H2 2023", "2023-H2"."""
    return half_span(int(g["year"]), _half(g))


def half_of_year(g: dict, ctx: Context) -> Period:
    """"the second half of this year" from publication; "of the year": the story's year."""
    rel = (g.get("rel") or "").lower()
    year = ctx.published.year + NEIGHBOUR[rel] if rel else ctx.narrative.year
    return half_span(year, _half(g))


def _half(g: dict) -> int:
    digit = g.get("h")
    return int(digit) if digit else 1 if g["half"].lower() in ("first", "1st") else 2


def season_year(g: dict, ctx: Context) -> Period:
    return season_span(int(g["year"]), SEASONS[g["season"].lower()])


def timex_season(g: dict, ctx: Context) -> Period:
    season = {"SP": "spring", "SU": "summer", "FA": "autumn", "WI": "winter"}[g["code"].upper()]
    return season_span(int(g["year"]), season)


def near_season(g: dict, ctx: Context) -> Period:
    """this/last/next season from publication; that, the following or the previous one, or a
    bare one, from the story: the one of its year, or the first after (last before) the event
    just told."""
    season = SEASONS[g["season"].lower()]
    rel = (g.get("rel") or "").lower()
    if rel == "this":  # the one of publication's year; a winter under way is this winter
        year = ctx.published.year - (season == "winter" and ctx.published.month <= 2)
        return season_span(year, season)
    if rel in ("that", "same") or (not rel and ctx.anchor):  # "that autumn": the story's year
        told = ctx.anchor or (ctx.previous[0] if ctx.previous else ctx.published)
        return season_span(told.year - (season == "winter" and told.month <= 2), season)
    if rel in ("previous", "following") or (g.get("the") and rel == "next"):
        told = ctx.previous[:2] if ctx.previous else (ctx.narrative, ctx.narrative)
        return _season_beside(season, *told, -1 if rel == "previous" else 1)
    ref = ctx.published if rel else ctx.narrative
    options = [season_span(y, season) for y in range(ref.year - 2, ref.year + 2)]
    step = NEIGHBOUR.get(rel)
    if step == -1:
        return max(s for s in options if s[1] < ref)
    if step == 1:
        return min(s for s in options if s[0] > ref)
    return max(s for s in options if s[0] <= ref)


def _season_beside(season: str, start: date, end: date, step: int) -> Period:
    """The first such season after [start, end] (step 1), or the last before it (step -1):
    "the following winter" of 1942 is 1942-43's, "the previous spring" of April 1942 is 1941's."""
    options = [season_span(y, season) for y in range(start.year - 2, end.year + 2)]
    if step < 0:
        return max(s for s in options if s[0] < start and s[1] < end)
    return min(s for s in options if s[0] > start and s[1] > end)


def quarter_year(g: dict, ctx: Context) -> Period:
    quarter = int(g["q"]) if g.get("q") else ordinal_value(g["ord"])
    if not 1 <= quarter <= 4:
        raise OutOfRange(f"quarter {quarter} does not exist")
    return quarter_span(int(g["year"]), quarter)


def year(g: dict, ctx: Context) -> Period:
    return year_span(int(g["year"]))


def short_year(g: dict, ctx: Context) -> Period:
    """'89: in the century that puts it at most ten years after the story's time."""
    return year_span(_full_year(g["y"], ctx.narrative))


def spelled(resolve):
    """A resolver of a form with a year in digits, reading the year spelled out instead."""

    def with_spelled_year(g: dict, ctx: Context) -> Period:
        year = spelled_year_value(g.get("century"), g.get("rest"), g.get("rest2"))
        return resolve({**g, "year": str(year)}, ctx)

    return with_spelled_year


def spelled_year(g: dict, ctx: Context) -> Period:
    return year_span(spelled_year_value(g.get("century"), g.get("rest"), g.get("rest2")))


def year_too_large(g: dict, ctx: Context) -> Period:
    raise OutOfRange(f"year {g['year']} is outside the supported range 1 to 9999")


def decade(g: dict, ctx: Context) -> Period:
    """"the 1990s"; but "the 1800s" and "the 1900s" are said of whole centuries (the 2000s
    mostly of the decade)."""
    first = int(g["dec"]) * 10
    if first % 100 == 0 and first < 2000:
        return (*years_span(first, 100), "century")
    return years_span(first, 10)


def short_decade(g: dict, ctx: Context) -> Period:
    """'the 90s': the latest decade with those digits that began by publication."""
    first = ctx.published.year // 100 * 100 + int(g["d"]) * 10
    return years_span(first - 100 if first > ctx.published.year else first, 10)
