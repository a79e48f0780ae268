"""Resolvers of counted and neighbouring periods: "three days later", "a year ago", "the next
week", "that day". They count from publication, the story's time or the event just told, and
never invent a day: counted in days from an event told only as a month, the result stays a
month wide."""

from __future__ import annotations

from datetime import date

from events.dates.calendar import OutOfRange, Period, shift_days, shift_period, years_before
from events.dates.resolvers.core import YEAR_AGO_KEEPS, Context
from events.dates.vocabulary import DIRECTION, FEW, IN_STORY, NEIGHBOUR, number_value


def neighbour(unit: str):
    """this/last/next UNIT from publication; the next/following/previous UNIT from the story."""

    def resolve(g: dict, ctx: Context) -> Period:
        rel = g["rel"].lower()
        in_story = rel in IN_STORY or (g.get("the") and rel == "next")
        base = ctx.narrative if in_story else ctx.published
        if in_story and (coarse := _coarser_than(unit, ctx)):
            return _days_from(coarse, NEIGHBOUR[rel] * UNIT_DAYS[unit])
        return shift_period(base, unit, NEIGHBOUR[rel])

    return resolve


# Units a "that day" or "three days later" can be counted in from a coarser event.
UNIT_DAYS = {"day": 1, "week": 7}


def _coarser_than(unit: str, ctx: Context) -> tuple[date, date, str] | None:
    """The event a day or week is counted from, when it was told at a coarser precision:
    "that day" after "in March 2021" cannot name a day."""
    told = ctx.previous
    if unit in UNIT_DAYS and told and ctx.anchor == told[0] and told[2] not in UNIT_DAYS:
        return told
    return None


def _days_from(told: tuple[date, date, str], *days: int) -> Period:
    """A coarse event moved by some days (or by any of a few counts of days): its whole period
    moved, at its own precision."""
    return shift_days(told[0], min(days)), shift_days(told[1], max(days)), told[2]


def counted(unit: str):
    """N UNITs ago / later, counted from the story's time; "a year earlier" than an event
    told as a quarter, month or day is that same period a year before."""

    def resolve(g: dict, ctx: Context) -> Period:
        word = g["dir"].lower()
        # "a few days later" is every day it may be (the span is marked approximate)
        counts = FEW[" ".join(g["few"].lower().split())] if g.get("few") else (
            number_value(g["n"]),) * 2
        step, scale = ("year", 10) if unit == "decade" else (unit, 1)  # "a decade ago": a year
        deltas = [count * scale * DIRECTION[word] for count in counts]
        if word.split()[-1] == "now":  # "two years from now": from publication, not the story
            return _shifted(ctx.published, step, deltas)
        if unit == "year" and counts == (1, 1) and _keeps_precision(ctx, word):
            if _ends_quarter(ctx.previous):  # "the quarter ended Sept. 30 ... a year earlier"
                day = years_before(ctx.previous[0], ctx.previous[0], -deltas[0])[0]
                return (*shift_period(day, "quarter", 0), "quarter")
            return (*years_before(ctx.previous[0], ctx.previous[1], -deltas[0]),
                    ctx.previous[2])
        if coarse := _coarser_than(unit, ctx):
            return _days_from(coarse, *(delta * UNIT_DAYS[unit] for delta in deltas))
        return _shifted(ctx.narrative, step, deltas)

    return resolve


def ahead(g: dict, ctx: Context) -> Period:
    """"would be redeemed in five years": that many units after publication, when a verb says
    it is to come; "the highest in five years" looks back over a stretch and is no date."""
    if ctx.tense != "future":
        raise OutOfRange("'in N years' names a date only of what is to come")
    unit = g["unit"].lower()
    return _shifted(ctx.published, unit, [number_value(g["n"])])


def loose_value(unit: str):
    """The TIMEX3 value of a count of years or decades: "a decade ago" is the year ten years
    back; "a few years ago", which may be any of several years, is the decade (or century)
    holding them all, not one of them."""

    def value(g: dict, start: date) -> str:
        if not g.get("few"):
            return ""  # the span's own value, at the precision it was resolved to
        first = f"{start.year:04d}"
        least, most = FEW[" ".join(g["few"].lower().split())]
        last = f"{start.year + (most - least) * (10 if unit == 'decade' else 1):04d}"
        return next((first[:keep] for keep in (3, 2, 1) if first[:keep] == last[:keep]), first)

    return value


def _shifted(base: date, unit: str, deltas: list[int]) -> Period:
    """From the first to the last of the periods some units from `base`."""
    ends = [shift_period(base, unit, delta) for delta in deltas]
    return min(s for s, _ in ends), max(e for _, e in ends), unit


# A business period is named by the day it ended, in the last week of a quarter's last month.
QUARTER_END_DAYS = 7


def _ends_quarter(told: tuple[date, date, str]) -> bool:
    """True for a day that may close a reporting quarter ("the quarter ended Sept. 29")."""
    when = told[0]
    return told[2] == "day" and when.month % 3 == 0 and when.day > 30 - QUARTER_END_DAYS


def _keeps_precision(ctx: Context, word: str) -> bool:
    """"a year ago" after a quarter, month or day of this year or last means that period."""
    if not ctx.previous or ctx.previous[2] not in YEAR_AGO_KEEPS:
        return False
    return word != "ago" or ctx.previous[0].year >= ctx.narrative.year - 1
