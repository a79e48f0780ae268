"""slides: order, clamping, the position text, reveal mode and the mini overview figure."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.details import Details
from dashboard.frame import events_frame
from dashboard.present.slides import (
    CURRENT,
    clamp,
    overview_figure,
    overview_font,
    position_text,
    short_summary,
    shown,
    slide_order,
    slide_title,
)
from events.day import calendar_day
from events.event import Event
from events.span import DateSpan


@pytest.fixture
def slides(sample_events) -> pd.DataFrame:
    return slide_order(events_frame(sample_events))


# Sample events by start, then end, then id; "someday" (no span) is not a slide.
ORDER = [
    "boom", "icbm-trip", "seat-lost", "sanctions", "talks", "conversation", "launch-month",
    "launch",
]  # fmt: skip


def test_slide_order_by_start_then_end_then_id(slides):
    assert slides["id"].to_list() == ORDER
    assert slides.index.to_list() == list(range(len(ORDER)))


@pytest.mark.parametrize(
    ("specs", "expected"),
    [
        ([("b", 1, 31), ("a", 1, 31)], ["a", "b"]),  # same span: by id
        ([("long", 1, 31), ("short", 1, 2)], ["short", "long"]),  # same start: by end
        ([("late", 5, 5), ("early", 2, 30)], ["early", "late"]),  # by start first
    ],
)
def test_slide_order_ties(event_factory, specs, expected):
    events = [event_factory(i, "x", date(2020, 1, s), date(2020, 1, e), "day") for i, s, e in specs]
    assert slide_order(events_frame(events))["id"].to_list() == expected


@pytest.mark.parametrize(
    ("index", "count", "expected"),
    [(0, 5, 0), (4, 5, 4), (5, 5, 4), (99, 5, 4), (-1, 5, 0), (3, 0, 0), (0, 1, 0)],
)
def test_clamp(index, count, expected):
    assert clamp(index, count) == expected


@pytest.mark.parametrize(
    ("index", "count", "expected"),
    [(6, 23, "7 / 23"), (0, 1, "1 / 1"), (30, 23, "23 / 23"), (0, 0, "0 / 0")],
)
def test_position_text(index, count, expected):
    assert position_text(index, count) == expected


@pytest.mark.parametrize(
    ("index", "reveal", "expected"),
    [(2, False, ORDER), (2, True, ORDER[:3]), (0, True, ORDER[:1]), (99, True, ORDER)],
)
def test_reveal_shows_events_up_to_the_current_one(slides, index, reveal, expected):
    assert shown(slides, index, reveal)["id"].to_list() == expected


def dots(fig_json: dict, name: str) -> list[str]:
    (trace,) = [t for t in fig_json["data"] if t["name"] == name]
    return [str(x)[:10] for x in trace["x"]]


@pytest.mark.parametrize(
    ("index", "reveal", "drawn", "current"),
    [
        (0, False, 8, "2010-01-01"),
        (3, False, 8, "2018-04-01"),
        (3, True, 4, "2018-04-01"),
        (7, True, 8, "2024-09-09"),
    ],
)
def test_overview_highlights_the_current_event(slides, index, reveal, drawn, current):
    fig_json = overview_figure(slides, index, reveal=reveal).to_plotly_json()
    assert len(dots(fig_json, "events")) == drawn
    assert dots(fig_json, "current") == [current]
    (marker,) = [t for t in fig_json["data"] if t["name"] == "current"]
    assert marker["marker"]["color"] == CURRENT


def test_overview_axis_does_not_move_in_reveal_mode(slides):
    ranges = {
        tuple(overview_figure(slides, i, reveal=r).to_plotly_json()["layout"]["xaxis"]["range"])
        for i in (0, 5) for r in (False, True)
    }  # fmt: skip
    assert len(ranges) == 1


def test_overview_is_small_static_and_on_the_projects_template(slides):
    layout = overview_figure(slides, 0).to_plotly_json()["layout"]
    assert layout["height"] <= 80 and layout["xaxis"]["fixedrange"] is True  # leaves the slide room
    assert layout["template"]["layout"]["paper_bgcolor"] == "white"


def test_overview_of_no_slides_is_empty(slides):
    assert overview_figure(slides.iloc[0:0], 0).to_plotly_json()["data"] == []


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [
        ("A short summary.", 20, "A short summary."),
        ("exactly ten", 11, "exactly ten"),  # at the limit: whole
        ("one two three", 8, "one two…"),  # cut between words, the ellipsis within the limit
        ("one two, three four", 10, "one two…"),  # no dangling comma before the ellipsis
        ("Congress passed a bill.", 12, "Congress…"),  # never half a word
        ("first line\nsecond line", 16, "first line…"),
        ("abcdefghijklmnop", 10, "abcdefghi…"),  # one long word: cut inside it
        ("A " + "x" * 30, 20, "A " + "x" * 17 + "…"),  # not "A…": most of it is one word
    ],
)
def test_short_summary_cuts_between_words(text, limit, expected):
    assert short_summary(text, limit) == expected
    assert len(short_summary(text, limit)) <= limit


@pytest.mark.parametrize(
    ("title", "status", "expected"),
    [
        ("Starship lands", "happened", "Starship lands"),
        ("Starship lands", "planned", "Planned: Starship lands"),
        ("Musk spoke to Putin", "claimed", "Claimed: Musk spoke to Putin"),
    ],
)
def test_a_slide_title_says_planned_or_claimed_first(title, status, expected):
    details = Details(id="e", title=title, written="x", resolved="x", precision="day",
                      status=status)  # fmt: skip
    assert slide_title(details) == expected


@pytest.mark.parametrize(
    ("width", "expected"),
    [(None, 12), (390, 12), (1280, 12.8), (1920, 19.2), (3840, 38.4), (10_000, 44)],
)
def test_overview_type_grows_with_the_window(width, expected):
    assert overview_font(width) == pytest.approx(expected)


@pytest.mark.parametrize(("font", "height", "tick"), [(12, 72, 12), (19.2, 115, 19.2)])
def test_overview_grows_with_its_type(slides, font, height, tick):
    layout = overview_figure(slides, 0, font_px=font).to_plotly_json()["layout"]
    assert layout["height"] == height and layout["xaxis"]["tickfont"]["size"] == tick


@pytest.mark.parametrize(
    ("index", "reveal", "drawn"),
    [(-1, False, 8), (-1, True, 0), (8, False, 8), (8, True, 8)],
)  # the opening slide (before the events) and the closing one (after them)
def test_overview_of_a_title_or_closing_slide_marks_no_event(slides, index, reveal, drawn):
    fig_json = overview_figure(slides, index, reveal=reveal).to_plotly_json()
    assert len(dots(fig_json, "events")) == drawn
    assert [t for t in fig_json["data"] if t["name"] == "current"] == []
    assert fig_json["layout"].get("shapes", []) == []  # no line through the current date


def ancient(id: str, first, last, precision: str = "year") -> Event:
    span = DateSpan(first, last, precision, text=id)
    return Event(id=id, date=id, title=f"Title of {id}", span=span, topics=("history",))


ROME = slide_order(events_frame([
    ancient("punic", calendar_day(-263), calendar_day(-241, 12, 31)),
    ancient("ides", calendar_day(-43, 3, 15), calendar_day(-43, 3, 15), "day"),
    ancient("odoacer", calendar_day(476), calendar_day(476, 12, 31)),
]))  # fmt: skip
DEEP = slide_order(events_frame([
    ancient("earth", calendar_day(-4_499_997_976), calendar_day(-4_499_997_976, 12, 31),
            "billion years"),
    ancient("ice", calendar_day(-9976), calendar_day(-9976, 12, 31), "thousand years"),
]))  # fmt: skip


@pytest.mark.parametrize(
    ("order", "width", "ticks"),
    [
        (ROME, 1280, ["250 BC", "200 BC", "150 BC", "100 BC", "50 BC", "AD 1", "AD 50",
                      "AD 100", "AD 150", "AD 200", "AD 250", "AD 300", "AD 350", "AD 400",
                      "AD 450"]),
        (ROME, 390, ["200 BC", "AD 1", "AD 200", "AD 400"]),  # a phone: fewer, never touching
        (DEEP, 1280, ["4.4 Ga", "4.2 Ga", "4 Ga", "3.8 Ga", "3.6 Ga", "3.4 Ga", "3.2 Ga",
                      "3 Ga", "2.8 Ga", "2.6 Ga", "2.4 Ga", "2.2 Ga", "2 Ga", "1.8 Ga", "1.6 Ga",
                      "1.4 Ga", "1.2 Ga", "1 Ga", "800 Ma", "600 Ma", "400 Ma", "200 Ma", "now"]),
        (DEEP, 390, ["4 Ga", "3 Ga", "2 Ga", "1 Ga", "now"]),
    ],
)  # fmt: skip
def test_the_overview_of_bc_and_deep_time_is_an_axis_of_years(order, width, ticks):
    fig = overview_figure(order, 1, width=width, font_px=overview_font(width))
    axis = fig.layout.xaxis
    assert axis.type == "linear" and list(axis.ticktext) == ticks
    current = [trace for trace in fig.data if trace.name == "current"][-1]
    low, high = axis.range
    year_ms = 366 * 86_400_000  # the dotted line runs through the current year's middle
    assert low < current.x[0] < high
    assert fig.layout.shapes[0].x0 == pytest.approx(current.x[0], abs=year_ms)
