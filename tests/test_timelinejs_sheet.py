"""The TimelineJS sheet layout as CSV (events/formats/timelinejs/sheet.py)."""

from __future__ import annotations

import csv
import io
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import given, settings

from events.dataset import DatasetError, dataset_from_bytes
from events.formats.timelinejs import sheet as timelinejs_csv
from events.formats.timelinejs.date_parts import timelinejs_year
from tests.far_spans import FAR, FAR_LISTS, far_events, parts_only
from tests.golden import NAME, fixture

ROWS = list(csv.DictReader(io.StringIO(timelinejs_csv.write(fixture().events, NAME))))
HEADER = ",".join(timelinejs_csv.SHEET_COLUMNS)


def load(text: str):
    return dataset_from_bytes(text.encode(), source_name="sheet.csv")


def test_header_is_the_sheet_layout_then_timeline_desk_columns():
    assert list(ROWS[0])[:18] == list(timelinejs_csv.SHEET_COLUMNS)
    assert list(ROWS[0])[18:] == list(timelinejs_csv.EXTRA_COLUMNS)


def test_first_row_is_the_title_slide():
    assert (ROWS[0]["Type"], ROWS[0]["Headline"]) == ("title", NAME)


def test_undated_events_are_left_out():
    assert "lamp-ceremony" not in [row["id"] for row in ROWS]
    assert len(ROWS) == 1 + len(fixture().ok_events)


@pytest.mark.parametrize(
    ("event_id", "cells"),
    [
        ("storm-cracks-lantern", {"Year": "2019", "Month": "", "Display Date": "late 2019"}),
        ("grant-awarded", {"Year": "2023", "Month": "7", "End Month": "9", "Group": "restoration"}),
        ("formula-title", {"Headline": "'=HYPERLINK(\"http://example.org\")", "Text": "'+44"[:4]}),
        ("markup-headline", {"Headline": "&lt;b&gt;Keeper's log&lt;/b&gt; &amp; lamp book go on"
                                         " show"}),
        ("new-optic", {"label": "Light shines again", "importance": "3"}),
        ("lamp-first-lit", {"label": "", "importance": "1"}),
    ],
)  # fmt: skip
def test_rows_hold_known_parts_escaped_and_inert_text(event_id, cells):
    row = next(row for row in ROWS if row["id"] == event_id)
    for name, value in cells.items():
        assert row[name].startswith(value), (name, row[name])


def sheet(rows: list[dict], columns: list[str]) -> str:
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, extrasaction="ignore", lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def test_a_sheet_written_before_label_and_importance_still_reads_back_exactly():
    older = [name for name in ROWS[0] if name not in ("label", "importance")]
    expected = [replace(event, label="", importance=None) for event in fixture().ok_events]
    assert load(sheet(ROWS, older)).events == tuple(expected)


def test_a_sheet_written_before_status_still_reads_back_exactly():
    older = [name for name in ROWS[0] if name != "status"]
    assert load(sheet(ROWS, older)).events == tuple(fixture().ok_events)


@pytest.mark.parametrize(("cell", "status", "error"), [
    ("planned", "planned", ""),
    ("", "happened", ""),
    ("soon", "happened", "sheet.csv, line 3, column status: 'soon' is not a status"),
])  # fmt: skip
def test_the_sheet_status_column(cell, status, error):
    (event,) = load(sheet([ROWS[0], ROWS[1] | {"status": cell}], list(ROWS[0]))).events
    assert (event.status, event.error[: len(error)]) == (status, error)


def test_a_bad_importance_in_the_sheet_keeps_the_row_and_names_its_line_and_column():
    rows = [ROWS[0], ROWS[1] | {"importance": "x"}]
    (event,) = load(sheet(rows, list(ROWS[0]))).events
    assert (event.id, event.importance) == (ROWS[1]["id"], None)
    assert event.error.startswith("sheet.csv, line 3, column importance: 'x' is not an importance")


def test_a_sheet_from_elsewhere_is_read_from_its_parts():
    text = (f"{HEADER}\n,,,,,,,,,My timeline,,,,,,title,,\n"
            "1969,7,20,,,,,,\"July 20, 1969\",Moon landing,One small step,,,,,,space,\n"
            "1961,,,,1963,,,,,Mercury flights,,,,,,,space,\n"
            "1950,,,,1960,,,,,The fifties,,,,,,era,,\n")  # fmt: skip
    dataset = load(text)
    assert dataset.name == "My timeline"
    moon, mercury = dataset.events
    assert (moon.date, moon.span.precision, moon.topics, moon.error) == (
        "July 20, 1969", "day", ("space",), "")
    assert (mercury.date, mercury.span.start, mercury.span.end) == (
        "1961", date(1961, 1, 1), date(1963, 12, 31))


@pytest.mark.parametrize(
    ("row", "expected"),
    [
        ("1969,,,,,,,,Summer of Love,Hippies,,,,,,,,", "line 2, column Display Date: 'Summer"),
        ("soon,,,,,,,,,Later,,,,,,,,", "line 2, column Year: start year 'soon' is not a whole"),
        ("1969,,,,x,,,,,Later,,,,,,,,", "line 2, column End Year: end year 'x' is not a whole"),
        ("1969,,,10:00,,,,,,Clock,,,,,,,,", "line 2, column time: not loaded"),
        ("1969,,,,,,,,,Photo,,https://example.org/a.jpg,,,,,,", "line 2, column media: not"),
        ("1969,,,,,,,,,,,,,,,,,", "line 2, column Headline: missing"),
    ],
)
def test_what_is_not_kept_is_named_with_its_line_and_column(row, expected):
    assert expected in load(f"{HEADER}\n{row}\n").events[0].error


def test_a_sheet_without_year_and_headline_is_refused():
    with pytest.raises(DatasetError, match="needs Year and Headline"):
        dataset_from_bytes(b"Year,Text\n1969,x\n", source_name="s.csv", fmt="timelinejs-csv")


# --- years outside 1 to 9999: BC (TimelineJS's -44 is 44 BC) and deep time -----------------


@settings(**FAR)
@given(spans=FAR_LISTS)
def test_far_spans_round_trip_with_bc_years_as_plain_numbers_timelinejs_reads(spans):
    events = far_events(spans)
    text = timelinejs_csv.write(events, "Far")
    assert load(text).events == tuple(events)
    rows = list(csv.DictReader(io.StringIO(text)))[1:]
    years = [(row["Year"], row["End Year"]) for row in rows]
    assert [year for year, _ in years] == [str(timelinejs_year(e.span.start.year)) for e in events]
    assert all(end == "" or end.lstrip("-").isdigit() for _, end in years)  # no mark before -
    ours = [name for name in rows[0] if name not in timelinejs_csv.EXTRA_COLUMNS]
    back = load(sheet(rows, ours)).events  # as a sheet from elsewhere: the parts alone
    assert [(e.span.start, e.span.end) for e in back] == [parts_only(e) for e in events]
