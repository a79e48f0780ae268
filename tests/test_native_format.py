"""The native formats as written (events/formats/native.py): derived columns, inert cells."""

from __future__ import annotations

import csv
import io
import json
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings

from events import Event, normalise
from events.dataset import read_events
from events.day import parse_iso
from events.formats import native
from events.formats.cells import restore
from tests.far_spans import FAR, FAR_LISTS, far_events
from tests.golden import NAME, fixture

EVENTS = fixture().events
CSV_ROWS = {row["id"]: row for row in csv.DictReader(io.StringIO(native.write_csv(EVENTS)))}
JSON_DOC = json.loads(native.write_json(EVENTS, NAME))
JSON_ITEMS = {item["id"]: item for item in JSON_DOC["events"]}


@pytest.mark.parametrize(
    ("event_id", "derived"),
    [
        ("storm-cracks-lantern", {"resolved_start": "2019-09-01", "resolved_end": "2019-12-31",
                                  "precision": "year", "qualifier": "late", "ongoing": "false"}),
        ("friends-group-founded", {"resolved_end": "2025-03-14", "qualifier": "since",
                                   "ongoing": "true"}),
        ("formula-title", {"precision": "year", "qualifier": "about", "approximate": "true"}),
        ("lamp-ceremony", {"resolved_start": "", "precision": "", "approximate": "false"}),
    ],
)  # fmt: skip
def test_csv_adds_the_resolved_span_precision_and_qualifier(event_id, derived):
    row = CSV_ROWS[event_id]
    assert {name: row[name] for name in derived} == derived


def test_csv_names_the_error_of_an_unreadable_row():
    assert CSV_ROWS["lamp-ceremony"]["error"].startswith("saltmarsh_lighthouse.csv, line 15")


def test_csv_cells_are_spreadsheet_safe():
    row = CSV_ROWS["formula-title"]
    assert (row["title"], row["summary"][:4], row["actors"][:2], row["quote"]) == (
        '\'=HYPERLINK("http://example.org")',
        "'+44",
        "'@",
        "'-sic-",
    )


def test_json_keeps_values_as_they_are_with_derived_fields():
    item = JSON_ITEMS["formula-title"]
    assert (item["title"], item["actors"]) == (
        '=HYPERLINK("http://example.org")',
        ["@saltmarshwatch", "-anon-"],
    )
    assert (item["approximate"], item["precision"]) == (True, "year")
    assert JSON_DOC["name"] == NAME


def test_csv_columns_put_label_importance_and_status_after_the_title_derived_ones_last():
    header = native.write_csv(EVENTS).partition("\n")[0].split(",")
    assert header == [
        "id", "date", "anchor", "start", "end", "title", "label", "importance", "status",
        "summary", "actors", "places", "topics", "source", "source_url", "quote", "published",
        *native.DERIVED,
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("status", "cell"), [("happened", ""), ("planned", "planned"), ("claimed", "claimed")]
)
def test_status_is_written_empty_when_the_event_happened(status, cell):
    events = [replace(event, status=status) for event in EVENTS]
    row = next(csv.DictReader(io.StringIO(native.write_csv(events))))
    item = json.loads(native.write_json(events))["events"][0]
    assert (row["status"], item["status"]) == (cell, cell)


@pytest.mark.parametrize(
    ("event_id", "csv_cells", "json_fields"),
    [
        ("new-optic", ("Light shines again", "3"), ("Light shines again", 3)),
        ("lamp-first-lit", ("", "1"), ("", 1)),
        ("keepers-withdrawn", ("", ""), ("", None)),
        ("lamp-ceremony", ("", ""), ("", None)),
    ],
)
def test_label_and_importance_are_written_empty_when_not_given(event_id, csv_cells, json_fields):
    row, item = CSV_ROWS[event_id], JSON_ITEMS[event_id]
    assert (row["label"], row["importance"]) == csv_cells
    assert (item["label"], item["importance"]) == json_fields


@pytest.mark.parametrize("column", native.DERIVED)
def test_derived_columns_are_ignored_on_reading(column):
    text = f"date,title,{column}\n2023-05-14,Pier,anything at all\n"
    event = read_events(text, fmt="csv", source_name="d.csv")[0]
    assert (event.error, event.span.precision) == ("", "day")


# A date counted from a story time the row does not record (as the Article tab adds them).
STORY_EVENTS = [
    ("a year later", date(2019, 5, 1), "2020-01-01", "2020-12-31"),
    ("Oct. 27", date(2022, 10, 1), "2022-10-27", "2022-10-27"),
    ("about 18 months ago", date(2022, 10, 27), "2021-04-01", "2021-04-30"),
]


@pytest.mark.parametrize(("written", "story", "start", "end"), STORY_EVENTS)
@pytest.mark.parametrize("fmt", ["csv", "json"])
def test_spans_counted_from_an_unrecorded_story_time_survive_a_round_trip(
    written, story, start, end, fmt
):
    span = normalise(written, published=date(2025, 6, 12), anchor=story)
    event = Event(id="e", date=written, title="Pier", span=span, published=date(2025, 6, 12))
    text = native.write_csv([event]) if fmt == "csv" else native.write_json([event], NAME)
    (back,) = read_events(text, fmt=fmt, source_name=f"d.{fmt}")
    assert (back.span.start.isoformat(), back.span.end.isoformat()) == (start, end)
    assert back.span.precision == span.precision and back.error == ""


# --- years outside 1 to 9999: BC (astronomical numbering) and deep time ---------------------


def resolved(text: str, fmt: str) -> list[tuple[str, str]]:
    """The written resolved_start and resolved_end of each event, as a reader of the file
    (a spreadsheet drops the mark that made a cell inert) sees them."""
    if fmt == "json":
        items = json.loads(text)["events"]
    else:
        items = [
            {k: restore(v) for k, v in row.items()} for row in csv.DictReader(io.StringIO(text))
        ]
    return [(item["resolved_start"], item["resolved_end"]) for item in items]


@pytest.mark.parametrize("fmt", ["csv", "json"])
@settings(**FAR)
@given(spans=FAR_LISTS)
def test_far_spans_round_trip_and_their_resolved_fields_sort_as_days(fmt, spans):
    events = far_events(spans)
    text = native.write_csv(events) if fmt == "csv" else native.write_json(events, NAME)
    assert read_events(text, fmt=fmt, source_name=f"far.{fmt}") == tuple(events)
    days = [(parse_iso(start), parse_iso(end)) for start, end in resolved(text, fmt)]
    assert days == spans
    by_ordinal = sorted(range(len(days)), key=lambda n: days[n][0].toordinal())
    assert [days[n][0] for n in by_ordinal] == sorted(start for start, _ in days)


@pytest.mark.parametrize(
    ("start", "end", "cells"),
    [
        ("-0043-03-15", "-0043-03-15", ("'-0043-03-15", "'-0043-03-15", "day")),
        ("-0499-01-01", "-0400-12-31", ("'-0499-01-01", "'-0400-12-31", "century")),
        ("-65999999-01-01", "-64999999-12-31",
         ("'-65999999-01-01", "'-64999999-12-31", "million years")),
        ("0000-01-01", "0000-12-31", ("'+0000-01-01", "'+0000-12-31", "year")),  # 1 BC
        ("+10000-01-01", "+10000-12-31", ("'+10000-01-01", "'+10000-12-31", "year")),
        ("-0009-01-01", "0000-12-31", ("'-0009-01-01", "'+0000-12-31", "decade")),
        ("-0043-03-15", "0014-08-19", ("'-0043-03-15", "0014-08-19", "century")),
    ],
)  # fmt: skip
def test_far_days_are_written_signed_and_inert_in_csv(start, end, cells):
    event = far_events([(parse_iso(start), parse_iso(end))])[0]
    row = next(csv.DictReader(io.StringIO(native.write_csv([event]))))
    assert (row["start"], row["end"], row["precision"]) == cells
    assert (row["resolved_start"], row["resolved_end"]) == cells[:2]
