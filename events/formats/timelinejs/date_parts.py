"""TimelineJS dates: the known parts of a span out, and a span from the parts back in.

Out, a date carries only the parts its precision knows: a day (or a week, whose days are
known) year/month/day, a month, season or quarter year/month, a year, decade or century the
year alone. An end date is written when its parts differ from the start's.

In, without Timeline Desk's own block, the span runs from the first day of the start parts
to the last day of the end parts (or of the start parts), and the precision is that of the
finest part present: day, month or year. A season or quarter comes back as a month-precision
span and a week as a day-precision one, a decade or century as a year-precision one: the span
stays exact, the precision name is what is lost.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass

from events.dataset.rows import read_date
from events.day import AnyDay, calendar_day, days_in_month, year_name
from events.span import DateSpan

PART_NAMES = ("year", "month", "day")
KNOWN_PARTS = {
    "day": 3, "week": 3, "month": 2, "season": 2, "quarter": 2, "half": 2,
    "year": 1, "decade": 1, "century": 1, "millennium": 1, "thousand years": 1,
    "million years": 1, "billion years": 1,
}  # fmt: skip
PRECISION_OF = {1: "year", 2: "month", 3: "day"}
_INTEGER = re.compile(r"[+-]?\d+")
MAX_DIGITS = 18


def timelinejs_year(year: int) -> int:
    """An astronomical year as TimelineJS numbers it: -43 (44 BC) is -44, 0 (1 BC) is -1."""
    return year if year > 0 else year - 1


def astronomical_year(year: int, label: str) -> int:
    """A TimelineJS year as events.day numbers it: -44 (44 BC) is -43; year 0 is refused."""
    if year == 0:
        raise PartsError(f"{label} year 0 is not a year in TimelineJS, which shows it as '0'"
                         " (write -1 for 1 BC, 1 for AD 1)")  # fmt: skip
    return year if year > 0 else year + 1


def date_parts(day: AnyDay, precision: str) -> dict[str, str]:
    """The parts of `day` that `precision` knows, as TimelineJS's strings."""
    values = (timelinejs_year(day.year), day.month, day.day)[: KNOWN_PARTS[precision]]
    return {name: str(value) for name, value in zip(PART_NAMES, values, strict=False)}


def span_parts(span: DateSpan) -> tuple[dict[str, str], dict[str, str] | None]:
    """Start parts, and end parts when they differ from the start's."""
    start = date_parts(span.start, span.precision)
    end = date_parts(span.end, span.precision)
    return start, (end if end != start else None)


@dataclass(frozen=True)
class PartsSpan:
    """The span a TimelineJS start and end date name."""

    first: AnyDay
    last: AnyDay
    precision: str
    text: str  # the start parts as a date is written: "1969", "1969-07", "44 BC", "-0043-03"
    natural_last: AnyDay  # the last day of the start parts alone


class PartsError(ValueError):
    """A date part is missing or out of range; the message names the part."""


def parts_span(start: Mapping, end: Mapping | None) -> PartsSpan:
    """The span of `start` (and `end`) parts; `PartsError` names the bad part."""
    first, count = _first_day(start, "start")
    natural = _last_day(first, count)
    if not end or not any(_blank(end.get(name)) is not None for name in PART_NAMES):
        return PartsSpan(first, natural, PRECISION_OF[count], _text(first, count), natural)
    end_first, end_count = _first_day(end, "end")
    last = _last_day(end_first, end_count)
    if last < first:
        raise PartsError(f"end date {_text(end_first, end_count)} is before the start")
    return PartsSpan(first, last, PRECISION_OF[count], _text(first, count), natural)


def _first_day(parts: Mapping, label: str) -> tuple[AnyDay, int]:
    values = [_integer(parts.get(name), f"{label} {name}") for name in PART_NAMES]
    count = next((n for n in (3, 2, 1) if all(v is not None for v in values[:n])), 0)
    if count == 0 or any(v is not None for v in values[count:]):
        raise PartsError(f"{label} date needs a year, and a month before a day ({_shown(values)})")
    year, month, day = [*values[:count], 1, 1][:3]
    year = astronomical_year(year, label)
    try:
        return calendar_day(year, month, day), count
    except (ValueError, OverflowError) as exc:  # OverflowError: a part beyond a C int
        named = f"; year {values[0]} is {year_name(year)}" if year <= 0 else ""
        raise PartsError(f"{label} date {_shown(values)} is not a date ({exc}{named})") from None


def _last_day(first: AnyDay, count: int) -> AnyDay:
    if count == 3:
        return first
    month = first.month if count == 2 else 12
    return calendar_day(first.year, month, days_in_month(first.year, month))


def _text(first: AnyDay, count: int) -> str:
    """The start parts written as a date: the year as a reader writes it ("1969", "AD 79",
    "44 BC"), else the ISO day or month ("1969-07", "-0043-03-15")."""
    if count == 1:
        return year_name(first.year)
    iso = first.isoformat()
    return iso if count == 3 else iso[:-3]


def _integer(value: object, label: str) -> int | None:
    value = _blank(value)
    if value is None:
        return None
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    digits = value.replace(",", "").strip() if isinstance(value, str) else ""
    if _INTEGER.fullmatch(digits):
        if len(digits) > MAX_DIGITS:  # int() refuses very long text
            raise PartsError(f"{label} has {len(digits.lstrip('+-'))} digits, too many for a date")
        return int(digits)
    raise PartsError(f"{label} {value!r} is not a whole number")


def _blank(value: object) -> object:
    return None if value is None or (isinstance(value, str) and not value.strip()) else value


def _shown(values: list) -> str:
    return "/".join("-" if v is None else str(v) for v in values)


def date_cells(span: PartsSpan, display: str) -> tuple[dict[str, str], str]:
    """Native cells (date, and end when the parts say more) and a problem with `display`.

    `display` becomes the date as written when it reads, with no publication date, at the
    precision of the parts and inside their span; the parts then still fix the span.
    """
    if display and _fits(display, span):
        cells = {"date": display}
        reading, _ = read_date(display, None)
        if (reading.start, reading.end) != (span.first, span.last):
            cells |= {"start": span.first.isoformat(), "end": span.last.isoformat()}
        return cells, ""
    cells = _written(span)
    if span.last != span.natural_last:
        cells["end"] = span.last.isoformat()
    problem = f"{display!r} does not read as {_described(span)}; not loaded" if display else ""
    return cells, problem


def _written(span: PartsSpan) -> dict[str, str]:
    """The start parts as a date text when it reads as they do, else as ISO start and end
    (before the date rules read "44 BC" or "-0043-03", say)."""
    reading, problem = read_date(span.text, None)
    if not problem and (reading.start, reading.end) == (span.first, span.natural_last):
        return {"date": span.text}
    return {"start": span.first.isoformat(), "end": span.natural_last.isoformat()}


def _fits(display: str, span: PartsSpan) -> bool:
    reading, problem = read_date(display, None)
    return (
        not problem
        and reading.precision == span.precision
        and span.first <= reading.start
        and reading.end <= span.last
    )


def _described(span: PartsSpan) -> str:
    days = (
        span.first.isoformat()
        if span.first == span.last
        else (f"{span.first.isoformat()} to {span.last.isoformat()}")
    )
    return f"the date its parts give ({days}, {span.precision} precision)"
