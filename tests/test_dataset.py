"""Loading, checking and writing event datasets (events/dataset.py and its helpers)."""

from __future__ import annotations

import csv
import io
import json
from datetime import date
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events.dataset import (
    Dataset,
    DatasetError,
    default_dataset,
    event_row,
    load_dataset,
    read_events,
    write_csv,
    write_json,
)
from events.dataset.rows import COLUMNS

DATA = Path(__file__).parent / "data"
FESTIVAL_CSV = DATA / "harbour_festival.csv"
FESTIVAL_JSON = DATA / "harbour_festival.json"
GOOD_ROW = {"id": "pier", "date": "2023-05-14", "title": "Pier reopens", "published": "2023-06-02"}


def csv_text(*rows: dict) -> str:
    """A native CSV file holding `rows`, with any extra column names appended to the header."""
    header = list(COLUMNS) + sorted({key for row in rows for key in row} - set(COLUMNS))
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=header, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return out.getvalue()


def write_file(tmp_path: Path, name: str, content: str | bytes) -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def by_id(dataset: Dataset) -> dict:
    return {event.id: event for event in dataset.events}


# --- good files -------------------------------------------------------------------------


def test_csv_fixture_loads_every_row_cleanly():
    dataset = load_dataset(FESTIVAL_CSV)
    assert dataset.name == "harbour_festival"
    assert dataset.path == str(FESTIVAL_CSV)
    assert len(dataset.events) == 5
    assert dataset.errors == ()
    assert dataset.ok_events == dataset.events


@pytest.mark.parametrize(
    ("event_id", "start", "end", "precision"),
    [
        ("pier-reopens", "2023-05-14", "2023-05-14", "day"),
        ("festival-week", "2023-05-29", "2023-06-04", "day"),
        ("ferry-timetable", "2023-06-01", "2023-06-30", "month"),
        ("mayor-thanks-volunteers", "2023-06-02", "2023-06-02", "day"),
    ],
)
def test_csv_fixture_spans(event_id, start, end, precision):
    span = by_id(load_dataset(FESTIVAL_CSV))[event_id].span
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (
        start,
        end,
        precision,
    )


def test_csv_fixture_fields_are_read():
    pier = by_id(load_dataset(FESTIVAL_CSV))["pier-reopens"]
    assert pier.title == "Lowmere pier reopens after storm repairs"
    assert pier.actors == ("Lowmere Town Council", "Harbour Trust")
    assert pier.places == ("Lowmere", "East Pier")
    assert pier.topics == ("infrastructure", "weather")
    assert pier.source == "Lowmere Gazette, 2 Jun 2023"
    assert pier.source_url == "https://example.org/gazette/pier"
    assert pier.quote == "open for business"
    assert pier.published == date(2023, 6, 2)


def test_csv_line_numbers_count_multi_line_cells():
    lines = {event.title.split()[0]: event.line for event in load_dataset(FESTIVAL_CSV).events}
    assert lines == {"Lowmere": 2, "Harbour": 3, "Lantern": 5, "Summer": 6, "Mayor": 7}


def test_error_after_multi_line_cell_and_blank_line_names_the_real_line(tmp_path):
    text = 'date,title,summary\n2023-05-14,Pier,"two\nlines"\n\n2023-02-30,Bad day,\n'
    dataset = load_dataset(write_file(tmp_path, "gaps.csv", text))
    assert [event.line for event in dataset.events] == [2, 5]
    assert dataset.events[1].error.startswith("gaps.csv, line 5, column date: '2023-02-30'")


def test_json_fixture_loads_with_name_and_default_published():
    dataset = load_dataset(FESTIVAL_JSON)
    assert dataset.name == "Lowmere harbour festival (Gazette)"
    assert dataset.errors == ()
    published = [event.published for event in dataset.events]
    assert published == [date(2023, 6, 2), date(2023, 6, 1), date(2023, 6, 2)]
    assert [event.line for event in dataset.events] == [1, 2, 3]


def test_json_lists_may_be_arrays_or_joined_text():
    events = load_dataset(FESTIVAL_JSON).events
    assert events[0].actors == ("Lowmere Town Council", "Harbour Trust")
    assert events[0].places == ("Lowmere", "East Pier")
    assert events[1].actors == ("Mara Quill", "volunteers")


def test_json_may_be_a_bare_list(tmp_path):
    items = [{"date": "2023-05-14", "title": "Pier reopens", "published": "2023-06-02"}]
    dataset = load_dataset(write_file(tmp_path, "plain.json", json.dumps(items)))
    assert dataset.name == "plain"
    assert [event.title for event in dataset.ok_events] == ["Pier reopens"]


def test_utf8_byte_order_mark_is_accepted(tmp_path):
    path = write_file(tmp_path, "bom.csv", "\ufeff" + csv_text(GOOD_ROW))
    event = load_dataset(path).events[0]
    assert (event.id, event.error) == ("pier", "")


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("events.txt", "date,title\n2023-05-14,Pier reopens\n"),
        ("events", '[{"date": "2023-05-14", "title": "Pier reopens"}]'),
        ("EVENTS.CSV", "Date,Title\n2023-05-14,Pier reopens\n"),
    ],
)
def test_format_is_sniffed_when_the_extension_does_not_say(tmp_path, name, content):
    dataset = load_dataset(write_file(tmp_path, name, content))
    assert [event.title for event in dataset.ok_events] == ["Pier reopens"]


# --- broken rows are kept, with errors naming file, line, column and value ---------------


@pytest.mark.parametrize(
    ("cells", "expected"),
    [
        ({"date": "when the tide turns"}, "column date: 'when the tide turns' is not a date ("),
        ({"date": "2021-02-30"}, "column date: '2021-02-30' is not a date (February 30, 2021"),
        ({"date": "Feb 30, 2021"}, "column date: 'Feb 30, 2021' is not a date (February 30"),
        ({"date": ""}, "column date: missing"),
        ({"title": ""}, "column title: missing"),
        ({"colour": "blue"}, "column colour: unknown column, its value 'blue' is not loaded"),
        ({"start": "2023-13-01"}, "column start: '2023-13-01' is not a date (month must be"),
        ({"end": "1 June"}, "column end: '1 June' is not an ISO date (expected YYYY-MM-DD, or"),
        (
            {"start": "-43-03-15"},
            "column start: '-43-03-15' is not an ISO date (expected"
            " YYYY-MM-DD, or -YYYY-MM-DD for a year before AD 1: 44 BC is -0043)",
        ),
        (
            {"start": "-0043-02-29"},
            "column start: '-0043-02-29' is not a date (day 29 is not in month 2 of year -43)",
        ),
        ({"end": "-0043-03-15"}, "column start: '2023-05-14' is after end '-0043-03-15'"),
        (
            {"published": "-0043-03-15"},
            "column published: '-0043-03-15' is not a publication"
            " date (give a day of years 1 to 9999",
        ),
        (
            {"start": "2023-06-10", "end": "2023-06-01"},
            "column start: '2023-06-10' is after end '2023-06-01'",
        ),
        ({"start": "2023-06-10"}, "column start: '2023-06-10' is after the end of '2023-05-14'"),
        ({"published": "2023-02-29"}, "column published: '2023-02-29' is not a date (day is"),
        ({"published": "June 2nd"}, "column published: 'June 2nd' is not an ISO date"),
        (
            {"date": "last Tuesday", "published": ""},
            "column date: 'last Tuesday' cannot be placed: relative date needs a published date",
        ),
        (
            {"date": "since May 2023", "published": ""},
            "column date: 'since May 2023' cannot be placed: relative date needs a published",
        ),
        ({"anchor": "the big storm"}, "column anchor: 'the big storm' is not a date ("),
        ({"importance": "high"}, "column importance: 'high' is not an importance (give 1, 2 or"),
        ({"id": "pier"}, "column id: 'pier' is already used, renamed 'pier-2'"),
    ],
)
def test_broken_row_is_kept_with_its_error(tmp_path, cells, expected):
    broken = {**GOOD_ROW, "id": "harbour", "date": "2023-05-14", "title": "Harbour"} | cells
    dataset = load_dataset(write_file(tmp_path, "broken.csv", csv_text(GOOD_ROW, broken)))
    assert len(dataset.events) == 2
    good, kept = dataset.events
    assert good.error == ""
    assert kept.error.startswith("broken.csv, line 3, " + expected), kept.error
    assert (kept.line, kept.title, kept.date) == (3, broken["title"], broken["date"])
    assert dataset.errors == (kept,)
    assert dataset.ok_events == (good,)


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("-0043-03-15", "", ("-0043-03-15", "-0043-03-15", "day")),
        ("-0499-01-01", "-0400-12-31", ("-0499-01-01", "-0400-12-31", "century")),
        ("-0263-01-01", "0476-12-31", ("-0263-01-01", "0476-12-31", "century")),
        ("", "+10000-12-31", ("+10000-12-31", "+10000-12-31", "day")),
        ("-65999999-01-01", "-64999999-12-31",
         ("-65999999-01-01", "-64999999-12-31", "million years")),
    ],
)  # fmt: skip
def test_start_and_end_beyond_years_1_to_9999_are_read(tmp_path, start, end, expected):
    row = {"id": "far", "title": "Far away", "start": start, "end": end}
    event = load_dataset(write_file(tmp_path, "far.csv", csv_text(row))).events[0]
    assert event.error == ""
    assert (event.span.start.isoformat(), event.span.end.isoformat(), event.span.precision) == (
        expected
    )


@pytest.mark.parametrize("date_text", ["when the tide turns", "2021-02-30", "last Tuesday"])
def test_unreadable_date_leaves_no_span(tmp_path, date_text):
    row = {"date": date_text, "title": "Harbour", "start": "2023-05-01", "end": "2023-05-02"}
    event = load_dataset(write_file(tmp_path, "broken.csv", csv_text(row))).events[0]
    assert event.span is None
    assert "column date" in event.error


def test_several_problems_in_one_row_are_joined(tmp_path):
    row = {"date": "2023-05-14", "title": "", "start": "someday", "colour": "red"}
    error = load_dataset(write_file(tmp_path, "many.csv", csv_text(row))).events[0].error
    assert error.split("; ") == [
        "many.csv, line 2, column colour: unknown column, its value 'red' is not loaded",
        "many.csv, line 2, column start: 'someday' is not an ISO date (expected YYYY-MM-DD, or"
        " -YYYY-MM-DD for a year before AD 1: 44 BC is -0043)",
        "many.csv, line 2, column title: missing (every event needs a title)",
    ]


def test_extra_cells_beyond_the_header_are_reported(tmp_path):
    path = write_file(tmp_path, "wide.csv", "date,title\n2023-05-14,Pier,stray note\n")
    event = load_dataset(path).events[0]
    assert event.title == "Pier"
    assert event.error == (
        "wide.csv, line 2: 3 cells but the header names 2 columns (extra 'stray note' not loaded)"
    )


def test_empty_unknown_column_is_harmless(tmp_path):
    path = write_file(tmp_path, "notes.csv", "date,title,notes\n2023-05-14,Pier,\n")
    assert load_dataset(path).events[0].error == ""


@pytest.mark.parametrize(
    ("item", "expected"),
    [
        ({"date": "2023-02-30", "title": "Harbour"}, "item 2, field date: '2023-02-30' is not"),
        ({"date": "2023-05-14"}, "item 2, field title: missing"),
        ({"date": "2023-05-14", "title": ["a", "b"]}, "item 2, field title: expected text"),
        ({"date": "2023-05-14", "title": "H", "actors": [1]}, "item 2, field actors: expected"),
        ({"date": "2023-05-14", "title": "H", "mood": "calm"}, "item 2, field mood: unknown"),
        ({"date": "2023-05-14", "title": "H", "importance": 5}, "item 2, field importance: 5 is"),
        ("just a string", "item 2: expected an object, got text"),
    ],
)
def test_broken_json_item_is_kept_with_its_error(tmp_path, item, expected):
    items = [GOOD_ROW, item]
    dataset = load_dataset(write_file(tmp_path, "broken.json", json.dumps(items)))
    assert [event.line for event in dataset.events] == [1, 2]
    assert dataset.events[0].error == ""
    assert dataset.events[1].error.startswith("broken.json, " + expected)


def test_json_numbers_are_read_as_text(tmp_path):
    items = [{"id": 7, "date": 2004, "title": "Harbour wall built", "published": "2023-06-02"}]
    event = load_dataset(write_file(tmp_path, "numbers.json", json.dumps(items))).events[0]
    assert (event.id, event.date, event.error) == ("7", "2004", "")
    assert (event.span.start, event.span.end) == (date(2004, 1, 1), date(2004, 12, 31))


# --- files that are not datasets -----------------------------------------------------------


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("empty.csv", b"", "empty.csv is empty"),
        ("blank.json", b"  \n\n", "blank.json is empty"),
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR", "photo.csv is not UTF-8 text"),
        (
            "latin.csv",
            "date,title\n2023-05-14,Caf\xe9\n".encode("latin-1"),
            "latin.csv is not UTF-8",
        ),
        ("wide.csv", "date,title\n".encode("utf-16") + b"\x00", "wide.csv is not UTF-16 text"),
        ("nul.csv", b"date,title\n2023-05-14,Pier\x00\n", "nul.csv is a binary file"),
        ("notes.txt", b"Remember to buy bread.\n", "notes.txt is not a CSV or JSON file"),
        ("sheet.xlsx", b"PK\x03\x04\x14\x00\x06\x00\x08\x00\xa4\xd5", "sheet.xlsx is not UTF-8"),
        ("cut.json", b'{"events": [{"date": "2023-05-14",', "cut.json is not valid JSON"),
        ("scalar.json", b'"hello"', "scalar.json: expected a list of events or an object"),
        ("keys.json", b'{"events": [], "colour": 1}', "keys.json: unknown top-level key(s) colour"),
        ("pub.json", b'{"published": "soon", "events": []}', "pub.json: \"published\" 'soon'"),
        ("none.json", b"[]", "none.json holds no events"),
        ("header.csv", b"id,date,title\n", "header.csv holds no events"),
        ("letter.csv", b"Dear editor,\nthank you\n", "letter.csv, line 1: the header names no"),
        ("twice.csv", b"date,title,Date\n2023-05-14,P,x\n", "twice.csv, line 1: column 'date'"),
        ("quote.csv", b'date,title\n2023-05-14,"Pier\n', "quote.csv, line 2: not valid CSV"),
    ],
)
def test_file_that_is_not_a_dataset_raises_naming_it(tmp_path, name, content, expected):
    with pytest.raises(DatasetError) as raised:
        load_dataset(write_file(tmp_path, name, content))
    assert str(raised.value).startswith(expected), str(raised.value)


def test_missing_file_raises_dataset_error(tmp_path):
    with pytest.raises(DatasetError, match=r"nowhere\.csv: no such file"):
        load_dataset(tmp_path / "nowhere.csv")


def test_directory_raises_dataset_error(tmp_path):
    with pytest.raises(DatasetError, match="cannot be read"):
        load_dataset(tmp_path)


# --- ids -----------------------------------------------------------------------------------


def test_made_ids_are_slug_and_hash_and_stable():
    first = load_dataset(FESTIVAL_CSV).events[2]
    again = load_dataset(FESTIVAL_CSV).events[2]
    assert first.id.startswith("lantern-parade-goes-ahead-despite-fog-")
    assert len(first.id) == len("lantern-parade-goes-ahead-despite-fog-") + 6
    assert first.id == again.id


def test_made_id_depends_on_date_and_title():
    text = csv_text(
        {"date": "2023-05-14", "title": "Pier reopens"},
        {"date": "2023-05-15", "title": "Pier reopens"},
        {"date": "2023-05-14", "title": "Pier re-opens"},
    )
    ids = [event.id for event in read_events(text, fmt="csv", source_name="ids.csv")]
    assert len(set(ids)) == 3
    assert all(made.startswith("pier-re") for made in ids)


def test_duplicate_rows_get_distinct_ids_without_error():
    row = {"date": "2023-05-14", "title": "Pier reopens"}
    events = read_events(csv_text(row, row, row), fmt="csv", source_name="dup.csv")
    first = events[0].id
    assert [event.id for event in events] == [first, first + "-2", first + "-3"]
    assert [event.error for event in events] == ["", "", ""]


@pytest.mark.parametrize("title", ["Ærøskøbing ferry", "!!!", "日本の港"])
def test_made_id_is_plain_ascii(title):
    event = read_events(csv_text({"date": "2023-05-14", "title": title}), fmt="csv",
                        source_name="t.csv")[0]  # fmt: skip
    assert event.id.isascii()
    assert event.id.replace("-", "").isalnum()


_cell = st.text(st.characters(blacklist_categories=("Cs", "Cc")), max_size=20)


@settings(max_examples=60, deadline=None)
@given(st.lists(st.tuples(_cell, _cell), min_size=1, max_size=8))
def test_ids_are_unique_and_deterministic_for_any_rows(pairs):
    rows = [{"date": when, "title": title} for when, title in pairs]
    rows = [row for row in rows if any(value.strip() for value in row.values())] or [
        {"date": "x", "title": "y"}
    ]
    text = csv_text(*rows)
    first = read_events(text, fmt="csv", source_name="any.csv", published=date(2023, 6, 2))
    again = read_events(text, fmt="csv", source_name="any.csv", published=date(2023, 6, 2))
    ids = [event.id for event in first]
    assert len(ids) == len(rows) == len(set(ids))
    assert ids == [event.id for event in again]


# --- columns -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("cell", "expected"),
    [
        ("Mara Quill; Harbour Trust", ("Mara Quill", "Harbour Trust")),
        ("Mara Quill;Harbour Trust;", ("Mara Quill", "Harbour Trust")),
        ("  Mara Quill ;; ", ("Mara Quill",)),
        ("", ()),
        ("Lowmere, Kent", ("Lowmere, Kent",)),
    ],
)
def test_list_columns_are_split_on_semicolons(cell, expected):
    row = {"date": "2023-05-14", "title": "Pier", "actors": cell, "places": cell, "topics": cell}
    event = read_events(csv_text(row), fmt="csv", source_name="lists.csv")[0]
    assert event.actors == event.places == event.topics == expected


@pytest.mark.parametrize(
    ("date_text", "start", "end", "expected"),
    [
        ("2023-05-29", "2023-05-29", "2023-06-04", ("2023-05-29", "2023-06-04", "day", "override")),
        ("May 2023", "2023-05-10", "", ("2023-05-10", "2023-05-31", "month", "override")),
        ("May 2023", "", "2023-05-20", ("2023-05-01", "2023-05-20", "month", "override")),
        ("", "2023-06-01", "2023-06-01", ("2023-06-01", "2023-06-01", "day", "override")),
        ("", "2023-06-01", "", ("2023-06-01", "2023-06-01", "day", "override")),
        ("", "2023-06-05", "2023-06-11", ("2023-06-05", "2023-06-11", "week", "override")),
        ("", "2023-06-01", "2023-06-30", ("2023-06-01", "2023-06-30", "month", "override")),
        ("", "2023-06-01", "2023-08-31", ("2023-06-01", "2023-08-31", "season", "override")),
        ("", "2023-07-01", "2023-09-30", ("2023-07-01", "2023-09-30", "quarter", "override")),
        ("", "2023-01-01", "2023-12-31", ("2023-01-01", "2023-12-31", "year", "override")),
        ("", "2020-01-01", "2029-12-31", ("2020-01-01", "2029-12-31", "decade", "override")),
        ("", "2023-06-03", "2023-06-20", ("2023-06-03", "2023-06-20", "month", "override")),
        ("", "2023-03-15", "2023-10-15", ("2023-03-15", "2023-10-15", "year", "override")),
        ("2023-06-02", "", "", ("2023-06-02", "2023-06-02", "day", "iso_date")),
    ],
)
def test_start_and_end_override_the_span(date_text, start, end, expected):
    row = {"date": date_text, "title": "Ferry", "start": start, "end": end}
    event = read_events(csv_text(row), fmt="csv", source_name="o.csv")[0]
    span = event.span
    assert event.error == ""
    assert (span.start.isoformat(), span.end.isoformat(), span.precision, span.rule) == expected


# --- label and importance ------------------------------------------------------------------

NOT_AN_IMPORTANCE = "is not an importance (give 1, 2 or 3, where 3 matters most)"


@pytest.mark.parametrize(
    ("cell", "importance", "shown"),
    [
        ("", None, ""),
        ("  ", None, ""),
        ("1", 1, ""),
        ("2", 2, ""),
        ("3", 3, ""),
        (" 3 ", 3, ""),
        ("3.0", 3, ""),
        ("high", None, "'high'"),
        ("0", None, "'0'"),
        ("5", None, "'5'"),
        ("2.5", None, "'2.5'"),
        ("-3", None, "'-3'"),
        ("true", None, "'true'"),
        ("3" * 40, None, repr("3" * 40)),
    ],
)
def test_csv_importance_is_1_2_or_3_and_a_bad_one_keeps_the_row(cell, importance, shown):
    row = {"date": "2023-05-14", "title": "Pier reopens", "importance": cell}
    (event,) = read_events(csv_text(row), fmt="csv", source_name="events.csv")
    error = f"events.csv, line 2, column importance: {shown} {NOT_AN_IMPORTANCE}" if shown else ""
    assert (event.importance, event.error) == (importance, error)
    assert (event.title, event.span.start) == ("Pier reopens", date(2023, 5, 14))


@pytest.mark.parametrize(
    ("value", "importance", "shown"),
    [
        (None, None, ""),
        ("", None, ""),
        (1, 1, ""),
        (3, 3, ""),
        ("2", 2, ""),
        (3.0, 3, ""),
        ("3.0", 3, ""),
        (0, None, "0"),
        (5, None, "5"),
        (2.5, None, "2.5"),
        (True, None, "true"),
        ("high", None, "'high'"),
        ([3], None, "a list"),
        ({"level": 3}, None, "an object"),
    ],
)
def test_json_importance_may_be_text_or_a_whole_number(value, importance, shown):
    item = {"date": "2023-05-14", "title": "Pier reopens", "importance": value}
    (event,) = read_events(json.dumps([item]), fmt="json", source_name="events.json")
    error = f"events.json, item 1, field importance: {shown} {NOT_AN_IMPORTANCE}" if shown else ""
    assert (event.importance, event.error) == (importance, error)
    assert (event.title, event.span.start) == ("Pier reopens", date(2023, 5, 14))


@pytest.mark.parametrize(
    ("fmt", "text", "label"),
    [
        ("csv", "date,title,label\n2023-05-14,Pier,  Pier opens again \n", "Pier opens again"),
        ("csv", "date,title,label\n2023-05-14,Pier,\n", ""),
        ("csv", "date,title\n2023-05-14,Pier\n", ""),
        ("json", '[{"date": "2023-05-14", "title": "Pier", "label": " Pier back "}]', "Pier back"),
        ("json", '[{"date": "2023-05-14", "title": "Pier", "label": null}]', ""),
    ],
)
def test_label_is_read_as_stripped_text(fmt, text, label):
    (event,) = read_events(text, fmt=fmt, source_name=f"events.{fmt}")
    assert (event.label, event.error) == (label, "")


def test_a_bad_importance_is_named_with_the_other_problems_of_its_row():
    row = {"date": "2023-05-14", "title": "", "importance": "high"}
    (event,) = read_events(csv_text(row), fmt="csv", source_name="events.csv")
    assert event.error.split("; ") == [
        f"events.csv, line 2, column importance: 'high' {NOT_AN_IMPORTANCE}",
        "events.csv, line 2, column title: missing (every event needs a title)",
    ]


# --- status ----------------------------------------------------------------------------------

NOT_A_STATUS = "is not a status (give happened, planned or claimed; empty is happened)"


@pytest.mark.parametrize(
    ("fmt", "value", "status", "shown"),
    [
        ("csv", "", "happened", ""),
        ("csv", "happened", "happened", ""),
        ("csv", "planned", "planned", ""),
        ("csv", " Claimed ", "claimed", ""),
        ("csv", "PLANNED", "planned", ""),
        ("csv", "maybe", "happened", "'maybe'"),
        ("csv", "plan", "happened", "'plan'"),
        ("json", None, "happened", ""),
        ("json", "planned", "planned", ""),
        ("json", 2, "happened", "2"),
        ("json", True, "happened", "true"),
        ("json", ["planned", "claimed"], "happened", "'planned; claimed'"),
    ],
)
def test_status_is_happened_planned_or_claimed_and_a_bad_one_keeps_the_row(
    fmt, value, status, shown
):
    row = {"date": "2023-05-14", "title": "Pier reopens", "status": value}
    text = csv_text(row) if fmt == "csv" else json.dumps([row])
    (event,) = read_events(text, fmt=fmt, source_name=f"events.{fmt}")
    where = "line 2, column" if fmt == "csv" else "item 1, field"
    error = f"events.{fmt}, {where} status: {shown} {NOT_A_STATUS}" if shown else ""
    assert (event.status, event.error) == (status, error)
    assert (event.title, event.span.start) == ("Pier reopens", date(2023, 5, 14))


def test_a_file_without_a_status_column_has_events_that_happened():
    (event,) = read_events("date,title\n2023-05-14,Pier\n", fmt="csv", source_name="e.csv")
    assert (event.status, event.error) == ("happened", "")


@pytest.mark.parametrize(
    ("status", "cell"), [("happened", ""), ("planned", "planned"), ("claimed", "claimed")]
)
def test_status_is_written_empty_when_happened(status, cell):
    from dataclasses import replace

    from events.dataset.out import native_record

    event = replace(by_id(load_dataset(FESTIVAL_CSV))["pier-reopens"], status=status)
    assert (native_record(event)["status"], event_row(event)["status"]) == (cell, status)


# --- publication date and anchor -------------------------------------------------------------


@pytest.mark.parametrize(
    ("row_published", "default", "expected_start", "expected_published"),
    [
        ("2023-06-02", None, date(2023, 5, 30), date(2023, 6, 2)),
        ("", date(2023, 6, 2), date(2023, 5, 30), date(2023, 6, 2)),
        ("2023-06-09", date(2023, 6, 2), date(2023, 6, 6), date(2023, 6, 9)),
    ],
)
def test_relative_date_is_placed_from_row_or_default_published(
    tmp_path, row_published, default, expected_start, expected_published
):
    row = {"date": "last Tuesday", "title": "Harbour", "published": row_published}
    path = write_file(tmp_path, "rel.csv", csv_text(row))
    event = load_dataset(path, published=default).events[0]
    assert event.error == ""
    assert (event.span.start, event.published) == (expected_start, expected_published)


def test_absolute_date_needs_no_published():
    row = {"date": "March 8, 2023", "title": "Harbour"}
    event = read_events(csv_text(row), fmt="csv", source_name="abs.csv")[0]
    assert (event.error, event.span.start, event.published) == ("", date(2023, 3, 8), None)


@pytest.mark.parametrize("anchor", ["2022-10-01", "October 2022"])
def test_anchor_places_a_date_without_a_year(anchor):
    row = {"date": "Oct. 27", "anchor": anchor, "title": "Deal closes", "published": "2024-10-25"}
    event = read_events(csv_text(row), fmt="csv", source_name="anchor.csv")[0]
    assert event.error == ""
    assert (event.span.start, event.span.end, event.anchor) == (
        date(2022, 10, 27),
        date(2022, 10, 27),
        anchor,
    )


# --- in-memory text, flat rows, writing -------------------------------------------------------


@pytest.mark.parametrize(
    ("fmt", "text"),
    [
        ("csv", "date,title\n2023-05-14,Pier reopens\n2023-02-30,Bad\n"),
        ("json", '[{"date": "2023-05-14", "title": "Pier reopens"}, {"date": "2023-02-30"}]'),
    ],
)
def test_read_events_names_the_upload_in_errors(fmt, text):
    events = read_events(text, fmt=fmt, source_name="upload." + fmt)
    assert events[0].title == "Pier reopens"
    assert events[0].error == ""
    assert events[1].error.startswith(f"upload.{fmt}, ")


def test_read_events_refuses_an_unknown_format():
    with pytest.raises(DatasetError, match=r"upload\.xml: unknown format 'xml'"):
        read_events("<events/>", fmt="xml", source_name="upload.xml")


def test_event_row_is_flat_and_complete():
    row = event_row(by_id(load_dataset(FESTIVAL_CSV))["pier-reopens"])
    assert list(row) == [
        "id", "date", "start", "end", "precision", "qualifier", "approximate", "ongoing",
        "timex", "mod", "rule", "title", "label", "importance", "status", "summary", "actors",
        "places", "topics", "source", "source_url", "quote", "published", "anchor", "error",
    ]  # fmt: skip
    assert row["start"] == row["end"] == "2023-05-14"
    assert (row["precision"], row["rule"], row["timex"]) == ("day", "iso_date", "2023-05-14")
    assert row["actors"] == "Lowmere Town Council; Harbour Trust"
    assert row["published"] == "2023-06-02"


def test_event_row_of_unreadable_date_has_empty_span_fields():
    event = read_events("date,title\nsoon,Harbour\n", fmt="csv", source_name="s.csv")[0]
    row = event_row(event)
    assert (row["start"], row["end"], row["precision"], row["approximate"]) == ("", "", "", False)
    assert row["error"].startswith("s.csv, line 2, column date: 'soon' is not a date")


@pytest.mark.parametrize("source", [FESTIVAL_CSV, FESTIVAL_JSON])
@pytest.mark.parametrize(("writer", "suffix"), [(write_csv, ".csv"), (write_json, ".json")])
def test_round_trip_write_then_load_gives_equal_events(tmp_path, source, writer, suffix):
    original = load_dataset(source)
    out = tmp_path / ("copy" + suffix)
    with out.open("w", encoding="utf-8", newline="") as fp:
        writer(original.events, fp)
    assert load_dataset(out).events == original.events


def test_round_trip_keeps_the_text_of_broken_rows(tmp_path):
    text = csv_text({"id": "bad", "date": "2023-02-30", "title": "Bad day", "actors": "A; B"})
    events = read_events(text, fmt="csv", source_name="bad.csv")
    out = io.StringIO()
    write_csv(events, out)
    again = read_events(out.getvalue(), fmt="csv", source_name="bad.csv")
    assert again == events


# --- the built-in dataset (needs the real normaliser and the data file) ----------------------


def test_default_dataset_loads_cleanly():
    dataset = default_dataset()
    assert dataset.name == "Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"
    assert len(dataset.events) >= 20
    assert [event.error for event in dataset.errors] == []
    assert load_dataset() is dataset


@pytest.mark.parametrize(
    ("date_text", "start", "end", "precision", "flag"),
    [
        ("Oct. 27", "2022-10-27", "2022-10-27", "day", ""),
        ("since late 2022", "2022-09-01", "2024-10-25", "year", "ongoing"),
        ("since late 2020", "2020-09-01", "2024-10-25", "year", "ongoing"),
        ("about 18 months ago", "2021-04-01", "2021-04-30", "month", "approximate"),
        ("In September", "2024-09-01", "2024-09-30", "month", ""),
        ("Thursday", "2024-10-24", "2024-10-24", "day", ""),
        ("March 8, 2023", "2023-03-08", "2023-03-08", "day", ""),
    ],
)
def test_default_dataset_reads_news_dates(date_text, start, end, precision, flag):
    event = next(e for e in default_dataset().events if e.date == date_text)
    span = event.span
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (
        start,
        end,
        precision,
    )
    if flag:
        assert getattr(span, flag)


def test_default_dataset_labels_every_event_briefly():
    labels = [event.label for event in default_dataset().events]
    assert all(0 < len(label) <= 30 for label in labels), labels
    assert len(set(labels)) == len(labels)


@pytest.mark.parametrize(
    ("importance", "ids"),
    [
        (3, {"musk-putin-space-conversation", "starlink-sevastopol-refusal",
             "musk-speaks-to-putin-before-posts", "secret-musk-putin-talks",
             "putin-taiwan-starlink-request", "wsj-report-published"}),
        (1, {"commercial-space-act-2004", "rohrabacher-moscow-meeting", "rusal-sanctioned",
             "rohrabacher-loses-seat", "rusal-sanctions-lifted",
             "milner-renounces-russian-citizenship", "starlink-near-bakhmut",
             "polaris-dawn-on-pad"}),
    ],
)  # fmt: skip
def test_default_dataset_marks_the_heart_of_the_story_and_its_background(importance, ids):
    assert {e.id for e in default_dataset().events if e.importance == importance} == ids
