"""Random spans in any year from 10^9 years ago to AD 9999 (BC, deep time, AD), and the events
a dataset row gives them, for the round-trip tests of every format module."""

from __future__ import annotations

from hypothesis import strategies as st

from events.dataset.rows import RawRow, build_event
from events.day import AnyDay, add_days, calendar_day, days_in_month, is_leap
from events.event import Event
from events.formats.timelinejs.date_parts import KNOWN_PARTS

YEARS = st.integers(-(10**9), 9999)
FAR = dict(max_examples=60, deadline=None)  # settings(**FAR)


@st.composite
def far_spans(draw) -> tuple[AnyDay, AnyDay]:
    """(start, end): whole years (year precision) or two days (day precision), in order."""
    first, last = sorted((draw(YEARS), draw(YEARS)))
    if draw(st.booleans()):
        return calendar_day(first), calendar_day(last, 12, 31)
    start, end = (add_days(calendar_day(year), draw(st.integers(0, 364 + is_leap(year))))
                  for year in (first, last))  # fmt: skip
    return (start, end) if start <= end else (end, start)


def far_event(number: int, span: tuple[AnyDay, AnyDay]) -> Event:
    """The event a row giving only `span` as its start and end is read as."""
    start, end = span
    cells = {"id": f"far-{number}", "title": f"Far event {number}", "start": start.isoformat(),
             "end": end.isoformat()}  # fmt: skip
    return build_event(RawRow(f"far.csv, line {number + 1}", number + 1, cells))


def far_events(spans: list[tuple[AnyDay, AnyDay]]) -> list[Event]:
    return [far_event(number, span) for number, span in enumerate(spans, 1)]


FAR_LISTS = st.lists(far_spans(), min_size=1, max_size=6)


def parts_only(event: Event) -> tuple[AnyDay, AnyDay]:
    """The span TimelineJS's date parts alone give back for `event`: the first and last day of
    the parts its precision knows (the year alone for a span longer than a month)."""
    span, count = event.span, KNOWN_PARTS[event.span.precision]
    if count == 3:
        return span.start, span.end
    months = (span.start.month, span.end.month) if count == 2 else (1, 12)
    return (
        calendar_day(span.start.year, months[0]),
        calendar_day(span.end.year, months[1], days_in_month(span.end.year, months[1])),
    )
