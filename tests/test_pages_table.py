"""The Table tab's rows: every filtered event, those needing attention first and flagged."""

from __future__ import annotations

from dataclasses import replace

import pytest

from dashboard.frame import events_frame
from dashboard.pages.table import FLAG, TABLE_CONFIG, table_rows


@pytest.fixture
def rows(sample_events):
    return table_rows(events_frame(sample_events))


def test_rows_with_problems_come_first_then_dataset_order(rows, sample_events):
    ok = [event.id for event in sample_events if event.span is not None]
    assert list(rows["title"]) == ["Title of someday"] + [f"Title of {i}" for i in ok]


@pytest.mark.parametrize(
    ("position", "flag", "date", "precision"),
    [
        (0, FLAG, "someday", ""),
        (1, "", "September 9, 2024", "day"),
        (2, "", "September 2024", "month"),
    ],
)
def test_flag_and_date_as_written(rows, position, flag, date, precision):
    row = rows.iloc[position]
    assert (row["flag"], row["date"], row["precision"]) == (flag, date, precision)


@pytest.mark.parametrize(
    ("column", "heading"),
    [
        ("title", "Title"),
        ("label", "Label"),
        ("importance", "Importance"),
        ("status", "Status"),
        ("error", "Problem"),
    ],
)
def test_column_headings(column, heading):
    assert TABLE_CONFIG[column]["label"] == heading


def test_label_and_importance_are_shown(sample_events):
    events = [replace(sample_events[0], label="Starship flies", importance=3), *sample_events[1:]]
    row = table_rows(events_frame(events)).set_index("date").loc["September 9, 2024"]
    assert (row["label"], row["importance"]) == ("Starship flies", 3)


def test_planned_and_claimed_events_say_so(sample_events):
    events = [
        replace(sample_events[0], status="planned"),
        replace(sample_events[1], status="claimed"),
        *sample_events[2:],
    ]
    rows = table_rows(events_frame(events)).set_index("date")
    assert rows.loc["September 9, 2024", "status"] == "planned"
    assert rows.loc["September 2024", "status"] == "claimed"
    assert rows.loc["in 2013", "status"] == "happened"


def test_columns_are_the_configured_ones_with_resolved_dates(rows):
    assert list(rows.columns) == list(TABLE_CONFIG)
    assert rows["start"].dtype.kind == "M" and rows["end"].dtype.kind == "M"
    assert "no date found" in rows.iloc[0]["error"]


@pytest.mark.parametrize(
    ("source_url", "shown"),
    [
        ("https://www.cnbc.com/2024/10/25/musk-putin.html",
         "https://www.cnbc.com/2024/10/25/musk-putin.html"),
        ("javascript:alert(1)", ""),
        ("", ""),
    ],
)  # fmt: skip
def test_summary_quote_and_source_link_are_columns(sample_events, source_url, shown):
    event = replace(sample_events[0], summary="It flew.", quote="We did it", source="CNBC",
                    source_url=source_url)  # fmt: skip
    row = table_rows(events_frame([event])).iloc[0]
    assert (row["summary"], row["quote"], row["source"]) == ("It flew.", "We did it", "CNBC")
    assert row["source_url"] == shown
    assert TABLE_CONFIG["source_url"]["type_config"]["type"] == "link"
