"""events_frame: one typed row per event, spans taken from event.span, never re-parsed."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.frame import COLUMNS, DERIVED, events_frame, split_list
from events.dataset import event_row, load_dataset

DATA = Path(__file__).parent / "data"

NaT = pd.NaT


@pytest.fixture
def frame(sample_events) -> pd.DataFrame:
    return events_frame(sample_events).set_index("id", drop=False)


@pytest.mark.parametrize(
    ("event_id", "start", "end", "precision", "rank", "has_error"),
    [
        ("launch", "2024-09-09", "2024-09-09", "day", 0, False),
        ("launch-month", "2024-09-01", "2024-09-30", "month", 2, False),
        ("icbm-trip", "2013-01-01", "2013-12-31", "year", 6, False),
        ("talks", "2022-09-01", "2024-10-25", "year", 6, False),
        ("boom", "2010-01-01", "2019-12-31", "decade", 7, False),
        ("someday", NaT, NaT, "", -1, True),
    ],
)
def test_row_values(frame, event_id, start, end, precision, rank, has_error):
    row = frame.loc[event_id]
    assert row["start"] == pd.Timestamp(start) or (pd.isna(start) and pd.isna(row["start"]))
    assert row["end"] == pd.Timestamp(end) or (pd.isna(end) and pd.isna(row["end"]))
    assert (row["precision"], row["precision_rank"], row["has_error"]) == (
        precision,
        rank,
        has_error,
    )


@pytest.mark.parametrize(
    ("column", "kind"),
    [
        ("start", "M"),
        ("end", "M"),
        ("published", "M"),
        ("precision_rank", "i"),
        ("importance", "i"),
        ("has_error", "b"),
        ("approximate", "b"),
        ("ongoing", "b"),
    ],
)
def test_column_types(frame, column, kind):
    assert frame[column].dtype.kind == kind


def test_columns_are_event_row_keys_plus_derived(sample_events):
    df = events_frame(sample_events)
    assert list(event_row(sample_events[0])) == list(COLUMNS)
    assert set(df.columns) == {*COLUMNS, *DERIVED}
    assert len(df) == len(sample_events)
    assert df["id"].to_list() == [event.id for event in sample_events]


def test_spans_come_from_the_span_not_the_text(event_factory):
    # The text says 1999; the resolved span says 2018. The frame must trust the span.
    event = event_factory("x", "1999", date(2018, 3, 1), date(2018, 3, 31), "month")
    row = events_frame([event]).iloc[0]
    assert (row["start"], row["end"]) == (pd.Timestamp("2018-03-01"), pd.Timestamp("2018-03-31"))


def test_year_one_and_year_9999_fit(event_factory):
    early = event_factory("early", "before 2010", date(1, 1, 1), date(2009, 12, 31), "year")
    late = event_factory("late", "after 2010", date(2011, 1, 1), date(9999, 12, 31), "year")
    df = events_frame([early, late])
    assert df["start"].iloc[0].year == 1 and df["end"].iloc[1].year == 9999


@pytest.mark.parametrize(
    ("event_id", "approximate", "ongoing"),
    [("conversation", True, False), ("talks", False, True), ("launch", False, False)],
)
def test_flags(frame, event_id, approximate, ongoing):
    assert (frame.loc[event_id, "approximate"], frame.loc[event_id, "ongoing"]) == (
        approximate,
        ongoing,
    )


@pytest.mark.parametrize(
    ("label", "importance", "expected"),
    [
        ("", None, ("", 2)),
        ("Musk closes Twitter deal", 3, ("Musk closes Twitter deal", 3)),
        ("", 1, ("", 1)),
        ("Rusal off the list", None, ("Rusal off the list", 2)),
    ],
)
def test_label_and_importance_columns(event_factory, label, importance, expected):
    event = event_factory("x", "2020", date(2020, 1, 1))
    event = replace(event, label=label, importance=importance)
    others = [event_factory("y", "2021", date(2021, 1, 1)), event_factory("z", "?", None)]
    row = events_frame([event, *others]).iloc[0]
    assert (row["label"], row["importance"]) == expected


def test_events_without_importance_count_as_2(sample_events):
    df = events_frame(sample_events)
    assert df["importance"].to_list() == [2] * len(sample_events)
    assert df["label"].to_list() == [""] * len(sample_events)


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [
        (["happened", "planned", "claimed"], ["happened", "planned", "claimed"]),
        (["planned", "happened", "happened"], ["planned", "happened", "happened"]),
    ],
)
def test_status_column(event_factory, statuses, expected):
    events = [replace(event_factory(f"e{n}", "2020", date(2020, 1, 1)), status=status)
              for n, status in enumerate(statuses)]
    assert events_frame(events)["status"].to_list() == expected


def test_events_without_a_status_happened(sample_events):
    assert set(events_frame(sample_events)["status"]) == {"happened"}
    assert events_frame([])["status"].to_list() == []


def test_lists_are_joined_strings(frame):
    assert frame.loc["talks", "topics"] == "Russia; Ukraine"
    assert frame.loc["launch", "actors"] == "Elon Musk; SpaceX"
    assert split_list(frame["topics"]).loc["talks"] == ("Russia", "Ukraine")


def test_split_list_of_empty_is_empty_tuple():
    assert split_list(pd.Series(["", "a"])).to_list() == [(), ("a",)]


def test_error_message_kept(frame):
    assert "someday" in frame.loc["someday", "error"]


def test_empty_events_give_empty_typed_frame():
    df = events_frame([])
    assert df.empty
    assert {*COLUMNS, *DERIVED} <= set(df.columns)
    assert df["start"].dtype.kind == "M"


@pytest.mark.parametrize(
    ("event_id", "column", "expected"),
    [
        ("talks", "topics_key", ";Russia;Ukraine;"),
        ("launch", "actors_key", ";Elon Musk;SpaceX;"),
        ("launch", "places_key", ";;"),
        ("launch", "search_text", "title of launch\n\n\nelon musk; spacex\n\n"),
    ],
)
def test_filter_columns_are_prepared_once(frame, event_id, column, expected):
    assert frame.loc[event_id, column] == expected


def test_search_text_is_casefolded_and_holds_every_searched_field(event_factory):
    event = replace(
        event_factory("x", "2020", date(2020, 1, 1)),
        title="Große PLANS",
        label="Plans",
        summary="Summary",
        places=("Köln",),
        quote="“We may”",
    )
    assert events_frame([event]).loc[0, "search_text"] == (
        "grosse plans\nplans\nsummary\nelon musk; spacex\nköln\n“we may”"
    )


def test_line_numbers_come_from_the_file():
    df = events_frame(load_dataset(DATA / "harbour_festival.csv").events)
    assert df["line"].iloc[0] == 2 and df["line"].is_monotonic_increasing
