"""The Export tab's pure helpers: which events go into a file, its name, the prefilled texts."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.export.downloads import (
    DATA_DOWNLOADS,
    ImageRequest,
    data_file_name,
    image_file_name,
    left_out,
    named,
    reference_date,
    refused,
    settled,
    shown_events,
)
from dashboard.frame import events_frame
from dashboard.state.view import ViewState
from events import formats
from events.day import Day
from events.event import Event
from events.span import DateSpan

DOWNLOADS = {download.key: download for download in DATA_DOWNLOADS}
RANGE = "2010-01-01-to-2024-10-25"  # the sample events' first and last day


@pytest.fixture
def frame(sample_events):
    return events_frame(sample_events)


@pytest.mark.parametrize(
    ("ids", "expected"),
    [
        (["talks", "launch"], ["talks", "launch"]),  # the frame's order, not the dataset's
        (["launch", "nowhere", "someday"], ["launch", "someday"]),  # unknown ids dropped
        ([], []),
    ],
)
def test_shown_events_map_ids_back_to_events(sample_events, ids, expected):
    assert [event.id for event in shown_events(sample_events, ids)] == expected


@pytest.mark.parametrize(
    ("key", "state", "expected"),
    [
        ("download_csv", ViewState(), f"demo_all-events_{RANGE}_events.csv"),
        ("download_json", ViewState(), f"demo_all-events_{RANGE}_events.json"),
        ("download_timelinejs", ViewState(), f"demo_all-events_{RANGE}_timelinejs.json"),
        ("download_timelinejs_csv", ViewState(), f"demo_all-events_{RANGE}_timelinejs-sheet.csv"),
        ("download_ics", ViewState(), f"demo_all-events_{RANGE}_calendar.ics"),
        ("download_csv", ViewState(topics=("Russia",), date_from=date(2018, 1, 1)),
         "demo_topic-russia_2018-01-01-to-2024-10-25_events.csv"),
    ],
)  # fmt: skip
def test_data_file_names_say_what_is_in_them(frame, key, state, expected):
    assert data_file_name("Demo", state, frame, DOWNLOADS[key]) == expected


def test_every_writable_format_has_a_download():
    assert sorted(download.format for download in DATA_DOWNLOADS) == sorted(formats.writable())
    names = [data_file_name("d", ViewState(), events_frame([]), d) for d in DATA_DOWNLOADS]
    assert len(set(names)) == len(names)


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("csv", 0), ("json", 0), ("timelinejs", 0), ("timelinejs-csv", 1), ("ics", 1)],
)
def test_formats_that_need_dates_leave_out_the_undated(sample_events, fmt, expected):
    assert left_out(sample_events, fmt) == expected


@pytest.mark.parametrize(
    ("fmt", "expected"),
    [("csv", []), ("json", []), ("timelinejs", []), ("timelinejs-csv", []),
     ("ics", ["ides", "rome"])],
)  # fmt: skip
def test_icalendar_names_the_events_dated_outside_years_1_to_9999(sample_events, fmt, expected):
    far = [Event(id="ides", date="44 BC", title="Ides", span=DateSpan(
               Day(-43, 3, 15), Day(-43, 3, 15), "day")),
           Event(id="rome", date="264 BC to AD 476", title="Rome", span=DateSpan(
               Day(-263, 1, 1), date(476, 12, 31), "century"))]  # fmt: skip
    assert refused([*sample_events, *far], fmt) == expected


@pytest.mark.parametrize(
    ("ids", "expected"),
    [(["a"], "a"), (list("abcde"), "a, b, c, d, e"), (list("abcdefg"), "a, b, c, d, e and 2 more")],
)
def test_named_ids_stop_at_five(ids, expected):
    assert named(ids) == expected


@pytest.mark.parametrize(
    ("fmt", "preset", "theme", "expected"),
    [
        ("png", "web", "light", f"demo_all-events_{RANGE}_web.png"),
        ("pdf", "print", "dark", f"demo_all-events_{RANGE}_print_dark.pdf"),
        ("svg", "square", "transparent", f"demo_all-events_{RANGE}_square_transparent.svg"),
        ("pdf", "portrait", "light", f"demo_all-events_{RANGE}_portrait.pdf"),
    ],
)
def test_image_file_name_says_preset_and_theme(frame, fmt, preset, theme, expected):
    request = ImageRequest("Demo", (), "topic", "auto", (None, None), fmt, preset, theme, "T", "S")
    assert image_file_name(request, ViewState(), frame) == expected


@pytest.mark.parametrize(
    ("value", "last_default", "default", "expected"),
    [
        (None, None, "All 9 events", "All 9 events"),  # first visit: prefilled
        ("All 9 events", "All 9 events", "3 of 9 events", "3 of 9 events"),  # follows
        ("My words", "All 9 events", "3 of 9 events", "My words"),  # edited: kept
        ("", "All 9 events", "3 of 9 events", ""),  # cleared on purpose: kept
        ("All 9 events", None, "3 of 9 events", "All 9 events"),  # no record: kept
    ],
)
def test_prefilled_texts_follow_their_default_until_edited(value, last_default, default, expected):
    assert settled(value, last_default, default) == expected


def test_reference_date_is_the_latest_publication(frame):
    assert reference_date(frame).date() == date(2024, 10, 25)
    assert reference_date(events_frame([])) is None
