"""Credit line, alt text and file names (dashboard/credits.py)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.export.credits import (
    alt_text,
    credit_line,
    default_subtitle,
    file_name,
    filter_slug,
    nothing_to_draw,
    slug,
)
from dashboard.export.looks import LOOKS
from dashboard.filters import filter_events
from dashboard.frame import events_frame
from dashboard.state.view import ViewState
from events.dataset import default_dataset
from events.day import calendar_day
from events.event import Event
from events.span import DateSpan
from tests.golden import fixture

DEFAULT = default_dataset()
DEFAULT_FRAME = events_frame(DEFAULT.events)
UNDATED = Event(id="undated", date="when the lamp was relit", title="Mayor presses the switch")
DATED = Event(id="dated", date="2019", title="Storm", span=DateSpan(date(2019, 1, 1),
              date(2019, 12, 31), "year", text="2019"), topics=("storm",))  # fmt: skip


def test_default_dataset_credit():
    assert credit_line(event.source for event in DEFAULT.events) == (
        "Source: CNBC, 25 Oct 2024, citing The Wall Street Journal · Chart: Timeline Desk")


@pytest.mark.parametrize(
    ("sources", "expected"),
    [
        ([], "Chart: Timeline Desk"),
        (["", "  "], "Chart: Timeline Desk"),
        (["Gazette", "Gazette"], "Source: Gazette · Chart: Timeline Desk"),
        (["A", "B"], "Sources: A; B · Chart: Timeline Desk"),
        (["A", "B", "C", "D", "E"], "Sources: A; B; C and 2 more · Chart: Timeline Desk"),
        (["CNBC", "CNBC Africa"], "Sources: CNBC; CNBC Africa · Chart: Timeline Desk"),
        (["Post,  1 May", "Post, 1 May, citing AP"], "Source: Post, 1 May, citing AP · Chart:"
                                                     " Timeline Desk"),
    ],
)  # fmt: skip
def test_credit_line_names_distinct_sources(sources, expected):
    assert credit_line(sources) == expected


def test_alt_text_of_the_default_dataset():
    text = alt_text(DEFAULT_FRAME, title="Musk and Putin")
    assert text.startswith("Timeline chart: Musk and Putin. 27 dated events from 2004 to"
                           " 25 Oct 2024, in 8 lanes: Russia, Ukraine, US politics,")
    assert "First: Commercial Space Act passes, credited to Musk's influence (2004)." in text
    assert "Last: NASA chief Bill Nelson urges a probe of Musk-Putin talks (Friday, 25 Oct" in text
    assert text.endswith("3 run on to the publication date.")


def test_alt_text_counts_what_is_not_drawn():
    text = alt_text(events_frame(fixture().events))
    assert text.endswith("1 event without a readable date not shown.")
    assert "(last Tuesday, 11 Mar 2025)" in text


def test_alt_text_with_nothing_dated():
    frame = events_frame([event for event in fixture().events if event.span is None])
    assert alt_text(frame) == (
        "Timeline chart. No dated events to show. 1 event without a readable date not shown.")


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (ViewState(), "all-events"),
        (ViewState(topics=("Russia", "US politics")), "topic-russia+us-politics"),
        (ViewState(actors=("Elon Musk",), search="Star link!"), "actor-elon-musk_search-star-link"),
        (ViewState(places=("Zürich",), min_precision="month"), "place-zurich_month-or-finer"),
    ],
)
def test_filter_slug(state, expected):
    assert filter_slug(state) == expected


def test_file_name_says_dataset_filter_range_and_preset():
    name = file_name(DEFAULT.name, ViewState(), DEFAULT_FRAME, preset="web", fmt="png")
    assert name == ("elon-musk-and-vladimir-putin-cnbc-25-oct-2024_all-events"
                    "_2004-01-01-to-2024-10-25_web.png")  # fmt: skip


@pytest.mark.parametrize(
    ("preset", "fmt", "theme", "ending"),
    [
        ("web", "png", "light", "_web.png"),  # light keeps the names it always had
        ("slide", "png", "dark", "_slide_dark.png"),
        ("web", "svg", "transparent", "_web_transparent.svg"),
        ("print", "pdf", "dark", "_print_dark.pdf"),
    ],
)
def test_file_name_says_the_theme_unless_light(preset, fmt, theme, ending):
    name = file_name("Demo", ViewState(), DEFAULT_FRAME, preset=preset, fmt=fmt, theme=theme)
    assert name == f"demo_all-events_2004-01-01-to-2024-10-25{ending}"


def test_each_theme_gets_its_own_file_name():
    names = {file_name("d", ViewState(), DEFAULT_FRAME, preset="web", fmt="png", theme=theme)
             for theme in LOOKS}  # fmt: skip
    assert len(names) == len(LOOKS)


def test_file_name_takes_the_chosen_dates():
    state = ViewState(date_from=date(2020, 1, 1), date_to=date(2021, 6, 30))
    assert "_2020-01-01-to-2021-06-30_" in file_name("x", state, DEFAULT_FRAME, preset="print",
                                                      fmt="pdf")  # fmt: skip


@pytest.mark.parametrize(
    ("text", "limit", "expected"),
    [("Hello, World!", 48, "hello-world"), ("Zoë Ní Bhriain", 48, "zoe-ni-bhriain"),
     ("one two three four", 9, "one-two"), ("abcdefghij", 4, "abcd"), ("???", 48, "")],
)  # fmt: skip
def test_slug(text, limit, expected):
    assert slug(text, limit) == expected


@pytest.mark.parametrize(
    ("state", "shown", "expected"),
    [
        (ViewState(), 27, "All 27 events"),
        (ViewState(topics=("Russia",)), 14, "14 of 27 events · topic: Russia"),
        (ViewState(date_from=date(2020, 1, 1)), 20, "20 of 27 events · since 2020-01-01"),
        (ViewState(date_from=date(2020, 1, 1), date_to=date(2021, 1, 1)), 3,
         "3 of 27 events · from 2020-01-01 to 2021-01-01"),
        (ViewState(search="starlink"), 5, "5 of 27 events · matching “starlink”"),
    ],
)  # fmt: skip
def test_default_subtitle(state, shown, expected):
    assert default_subtitle(state, shown, 27) == expected


@pytest.mark.parametrize(
    ("events", "state", "expected"),
    [
        ([DATED], ViewState(), ""),
        ([DATED, UNDATED], ViewState(search="storm"), ""),
        ([DATED, UNDATED], ViewState(topics=("flood",)),
         "no events match these filters (topic: flood); the dataset has 2 events"),
        ([DATED], ViewState(actors=("Nobody",), date_to=date(2000, 1, 1), search="x"),
         "no events match these filters (actor: Nobody; until 2000-01-01; matching “x”);"
         " the dataset has 1 event"),
        ([DATED, UNDATED], ViewState(date_from=date(2030, 1, 1)),
         "no dated events to draw: the one event these filters keep (since 2030-01-01) has no"
         " readable date; the dataset has 2 events"),
        ([DATED, UNDATED, replace(UNDATED, id="other")], ViewState(search="mayor"),
         "no dated events to draw: none of the 2 events these filters keep (matching “mayor”)"
         " has a readable date; the dataset has 3 events"),
        ([DATED], ViewState(min_precision="day"),
         "no events match these filters (day or finer); the dataset has 1 event"),
        ([UNDATED], ViewState(), "no dated events to draw: the dataset's one event has no"
                                 " readable date"),
        ([UNDATED, replace(UNDATED, id="other")], ViewState(),
         "no dated events to draw: none of the dataset's 2 events has a readable date"),
        ([], ViewState(), "no events to draw: the dataset is empty"),
    ],
)  # fmt: skip
def test_nothing_to_draw_says_which_filters_left_nothing(events, state, expected):
    frame = events_frame(events)
    assert nothing_to_draw(state, filter_events(frame, state), len(frame)) == expected


def test_alt_text_says_deep_time_in_years_ago():
    def deep(id: str, year: int, precision: str, written: str) -> Event:
        span = DateSpan(calendar_day(year), calendar_day(year, 12, 31), precision, text=written)
        return Event(id=id, date=written, title=f"Title of {id}", span=span, topics=("earth",))

    frame = events_frame([deep("earth", -4_499_997_976, "billion years", "long ago"),
                          deep("ice", -9976, "thousand years", "12,000 years ago")])  # fmt: skip
    text = alt_text(frame)
    assert "from 4.5 billion years ago to 12 thousand years ago" in text
    assert "Title of earth (long ago, 4.5 billion years ago)" in text
    assert "BC" not in text  # no year to the unit 4.5 billion years back
