"""Events for the page scripts in tests/apps, built directly (no parsing), like conftest's."""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.frame import events_frame
from events.event import Event
from events.span import DateSpan

PUBLISHED = date(2024, 10, 25)


def event(id: str, written: str, start, end=None, precision="day", span=None, **fields) -> Event:
    """An event with the given span (start=None: unplaced); other Event fields by keyword."""
    if start is not None:
        span = DateSpan(start, end or start, precision, text=written, **(span or {}))
    fields = {"title": f"Title of {id}", "topics": ("space",), "published": PUBLISHED, **fields}
    return Event(id=id, date=written, span=span, **fields)


EVENTS = (
    event(
        "launch",
        "September 9, 2024",
        date(2024, 9, 9),
        title="<b>Launch</b> *day*",
        summary="It cost $42 and $7, said [them](javascript:alert(1)).",
        actors=("Elon Musk", "SpaceX"),
        places=("Texas",),
        source="Reuters",
        source_url="https://example.com/launch (live)",
        quote="We are <going> up.",
    ),
    event("trip", "in 2013", date(2013, 1, 1), date(2013, 12, 31), "year", topics=("Russia",)),
    event(
        "sanctions",
        "April 2018",
        date(2018, 4, 1),
        date(2018, 4, 30),
        "month",
        topics=("Russia",),
        source="Treasury",
        source_url="javascript:alert(1)",
    ),
    event(
        "talks",
        "since late 2022",
        date(2022, 9, 1),
        PUBLISHED,
        "year",
        span={"qualifier": "since", "ongoing": True},
        topics=("Russia", "Ukraine"),
    ),
    event("boom", "the 2010s", date(2010, 1, 1), date(2019, 12, 31), "decade"),
    event("someday", "someday", None, error="no date found in 'someday'"),
)
# Slide order: by start, then end, then id.
SLIDES = ("boom", "trip", "sanctions", "talks", "launch")


def sample_frame(keep=None) -> pd.DataFrame:
    """The events as a frame; `keep` (ids), when given, stands in for the filters."""
    df = events_frame(EVENTS)
    return df if keep is None else df[df["id"].isin(list(keep))]
