"""The Timeline tab's keyboard list: every dated event in time order, each option reading its
date as written, its name (status first) and its lane in words."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from dashboard.event_list import list_options
from dashboard.frame import events_frame


@pytest.fixture
def frame(sample_events):
    return events_frame(sample_events)


def test_every_dated_event_in_time_order(frame):
    ids = [event_id for event_id, _ in list_options(frame, "topic")]
    assert ids == ["boom", "icbm-trip", "seat-lost", "sanctions", "talks", "conversation",
                   "launch-month", "launch"]  # fmt: skip


@pytest.mark.parametrize(
    ("lanes", "event_id", "text"),
    [
        ("topic", "talks", "since late 2022 · Title of talks · topic: Russia"),
        ("actor", "talks", "since late 2022 · Title of talks · actor: Elon Musk"),
        ("all", "launch", "September 9, 2024 · Title of launch"),
    ],
)
def test_an_option_reads_date_name_and_lane(frame, lanes, event_id, text):
    assert dict(list_options(frame, lanes))[event_id] == text


@pytest.mark.parametrize(
    ("changes", "text"),
    [
        ({"label": "Starship flies"}, "September 9, 2024 · Starship flies · topic: space"),
        ({"status": "planned"}, "September 9, 2024 · Planned: Title of launch · topic: space"),
        ({"status": "claimed", "label": "Launch"},
         "September 9, 2024 · Claimed: Launch · topic: space"),
    ],
)  # fmt: skip
def test_label_first_and_status_in_words(sample_events, changes, text):
    events = [replace(sample_events[0], **changes)]
    assert list_options(events_frame(events), "topic") == [("launch", text)]


def test_no_dated_event_no_list(event_factory):
    frame = events_frame([event_factory("vague", "someday", None, error="no date")])
    assert list_options(frame, "topic") == []


def test_a_thousand_events_stay_in_order(event_factory):
    events = [event_factory(f"e{n}", f"day {n}", date(2000 + n % 20, 1 + n % 12, 1 + n % 28))
              for n in range(1000)]  # fmt: skip
    days = [event.span.start for event in events]
    order = sorted(range(1000), key=lambda n: days[n])
    assert [i for i, _ in list_options(events_frame(events), "topic")] == [f"e{n}" for n in order]
