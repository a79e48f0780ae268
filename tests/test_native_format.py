"""The native formats as written (events/formats/native.py): derived columns, inert cells."""

from __future__ import annotations

import csv
import io
import json

import pytest

from events.dataset import read_events
from events.formats import native
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
    assert CSV_ROWS["lamp-ceremony"]["error"].startswith("saltmarsh_lighthouse.csv, line 14")


def test_csv_cells_are_spreadsheet_safe():
    row = CSV_ROWS["formula-title"]
    assert (row["title"], row["summary"][:4], row["actors"][:2], row["quote"]) == (
        "'=HYPERLINK(\"http://example.org\")", "'+44", "'@", "'-sic-")


def test_json_keeps_values_as_they_are_with_derived_fields():
    item = JSON_ITEMS["formula-title"]
    assert (item["title"], item["actors"]) == (
        '=HYPERLINK("http://example.org")', ["@saltmarshwatch", "-anon-"])
    assert (item["approximate"], item["precision"]) == (True, "year")
    assert JSON_DOC["name"] == NAME


@pytest.mark.parametrize("column", native.DERIVED)
def test_derived_columns_are_ignored_on_reading(column):
    text = f"date,title,{column}\n2023-05-14,Pier,anything at all\n"
    event = read_events(text, fmt="csv", source_name="d.csv")[0]
    assert (event.error, event.span.precision) == ("", "day")
