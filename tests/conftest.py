"""Shared fixtures: events built directly from Event and DateSpan, no parsing involved."""

from __future__ import annotations

import base64
from datetime import date

import numpy as np
import pytest

from events.event import Event
from events.span import DateSpan

PUBLISHED = date(2024, 10, 25)


def make_event(
    id: str,
    written: str,
    start: date | None,
    end: date | None = None,
    precision: str = "day",
    topics: tuple[str, ...] = ("space",),
    error: str = "",
    **span_fields,
) -> Event:
    """An event whose span is given, not parsed; start=None makes an unplaced (error) event."""
    span = None
    if start is not None:
        span = DateSpan(start, end or start, precision, text=written, **span_fields)
    return Event(
        id=id,
        date=written,
        title=f"Title of {id}",
        span=span,
        topics=topics,
        actors=("Elon Musk", "SpaceX"),
        published=PUBLISHED,
        error=error,
    )


SAMPLE = (
    make_event("launch", "September 9, 2024", date(2024, 9, 9)),
    make_event("launch-month", "September 2024", date(2024, 9, 1), date(2024, 9, 30), "month"),
    make_event("icbm-trip", "in 2013", date(2013, 1, 1), date(2013, 12, 31), "year"),
    make_event(
        "sanctions", "April 2018", date(2018, 4, 1), date(2018, 4, 30), "month", ("Russia",)
    ),
    make_event("seat-lost", "2018", date(2018, 1, 1), date(2018, 12, 31), "year", ("US politics",)),
    make_event(
        "talks",
        "since late 2022",
        date(2022, 9, 1),
        PUBLISHED,
        "year",
        ("Russia", "Ukraine"),
        qualifier="since",
        ongoing=True,
    ),
    make_event(
        "conversation",
        "about 18 months ago",
        date(2023, 4, 1),
        date(2023, 4, 30),
        "month",
        approximate=True,
        qualifier="about",
    ),
    make_event("boom", "the 2010s", date(2010, 1, 1), date(2019, 12, 31), "decade", ("business",)),
    make_event("someday", "someday", None, topics=("media",), error="no date found in 'someday'"),
)


@pytest.fixture
def sample_events() -> list[Event]:
    """Nine events: day, month, year, decade, ongoing, approximate, overlapping, one unplaced."""
    return list(SAMPLE)


@pytest.fixture
def published() -> date:
    return PUBLISHED


@pytest.fixture
def event_factory():
    """make_event, for tests that need their own events."""
    return make_event


def plotly_values(value):
    """A figure JSON array as a list, whether plain or plotly 7's {"dtype", "bdata"} encoding."""
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = [int(n) for n in str(value.get("shape", len(array))).split(",")]
        return array.reshape(shape).tolist()
    return list(value) if isinstance(value, list | tuple) else value


@pytest.fixture
def values():
    """plotly_values as a fixture (test modules should not import conftest)."""
    return plotly_values
