"""Every reader, fed anything: rows (bad ones flagged) or one DatasetError, never a traceback.

Hypothesis throws random JSON shapes (types, sizes, nesting), TimelineJS shapes, random CSV
cells and bytes at each reader of the registry and at the whole load (decode, detect, read,
build the events), then writes what was read in every format. The table below holds the
inputs found by attacking the app, each with what it must now give.
"""

from __future__ import annotations

import json
import string

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from events import formats
from events.dataset import dataset_from_bytes
from events.dataset.rows import COLUMNS, RawRow, build_event
from events.formats import DatasetError, Parsed

FUZZ = settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
READERS = formats.readable()
DEEP = 1000
HUGE = "9" * 5000


def read_or_refuse(fmt: str, text: str) -> Parsed | None:
    """What the reader gives: rows that all build into events, or None for a DatasetError."""
    try:
        parsed = formats.get(fmt).reader(text, f"fuzz.{fmt}")
    except DatasetError as exc:
        assert str(exc).startswith("fuzz.")  # the message names the file
        return None
    assert isinstance(parsed, Parsed)
    assert all(isinstance(row, RawRow) for row in parsed.rows)
    for row in parsed.rows:
        build_event(row)
    return parsed


def load_and_write(data: bytes, name: str) -> None:
    """The whole load, then every writer on what was loaded; only DatasetError may come out."""
    try:
        dataset = dataset_from_bytes(data, source_name=name)
    except DatasetError as exc:
        assert name in str(exc) and "\n" not in str(exc)
        return
    for fmt in formats.writable():
        assert isinstance(formats.get(fmt).writer(dataset.events, dataset.name), str)


# --- the inputs found by attacking the app --------------------------------------------------


def _slide(**fields) -> dict:
    return {"start_date": {"year": "2019"}, **fields}


@pytest.mark.parametrize(
    ("name", "text", "fmt", "expected"),
    [
        ("deep.json", "[" * DEEP + "]" * DEEP, "json", "nested more than"),
        ("deep_events.json", '{"events": ' + "[" * DEEP + "]" * DEEP + "}", "json",
         "nested more than"),
        ("deep.json", '{"events": [' + '{"a":' * DEEP + "1" + "}" * DEEP + "]}", "timelinejs",
         "nested more than"),
        ("big.json", f'[{{"date": "2019", "title": "x", "importance": {HUGE}}}]', "json",
         "is not an importance"),
        ("big.json", f"[{HUGE}]", "json", "expected an object"),
        ("title_text.json", json.dumps({"title": {"text": "a string"}, "events": [_slide()]}),
         "timelinejs", "missing"),
        ("text.json", json.dumps({"events": [_slide(text="a string")]}), "timelinejs",
         "field text: expected an object"),
        ("no_event.json", json.dumps({"events": [_slide()],
                                      "timeline_desk": {"unplaced": [{"position": 0}]}}),
         "timelinejs", "unknown column"),
        ("year.json", json.dumps({"events": [{"start_date": {"year": HUGE}}]}), "timelinejs",
         "start year has 5000 digits"),
        ("month.json", json.dumps({"events": [{"start_date": {"year": 2019, "month": 10**15}}]}),
         "timelinejs", "start date 2019/1000000000000000/- is not a date"),
        ("month.json", json.dumps({"events": [{"start_date": {"year": 2019, "month": 10**20}}]}),
         "timelinejs", "start month has 21 digits"),
        ("year.csv", f"Year,Headline\n{HUGE},x\n", "timelinejs-csv", "start year has 5000 digits"),
    ],
)  # fmt: skip
def test_attacks_give_rows_or_one_message(name, text, fmt, expected):
    found = outcome(fmt, text, name)
    assert expected in found and name in found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("[" * DEEP + "]" * DEEP, "deep.json: JSON nested more than 64 levels deep"),
        ("[" * 65 + "]" * 65, "deep.json: JSON nested more than 64 levels deep"),
        ("[" * 64 + "]" * 64, "deep.json, item 1: expected an object, got list"),
    ],
)
def test_json_nesting_has_a_bound_and_says_so(text, expected):
    assert outcome("json", text, "deep.json").startswith(expected)


def outcome(fmt: str, text: str, name: str) -> str:
    """The reader's DatasetError message, or the errors of the events its rows build."""
    try:
        parsed = formats.get(fmt).reader(text, name)
    except DatasetError as exc:
        return str(exc)
    return "; ".join(build_event(row).error for row in parsed.rows)


# --- random JSON ----------------------------------------------------------------------------

KEYS = st.sampled_from([*COLUMNS, "events", "name", "published", "title", "text", "headline",
                        "start_date", "end_date", "year", "month", "day", "unique_id", "group",
                        "display_date", "timeline_desk", "unplaced", "position", "event",
                        ""])  # fmt: skip
SCALARS = st.one_of(
    st.none(), st.booleans(), st.integers(), st.integers(min_value=10**18),
    st.floats(), st.text(max_size=30), st.sampled_from(["2019", "late 2022", "", "Oct. 27",
                                                        "2024-02-30", "-5", "1e999"]),
)  # fmt: skip
JSON_VALUES = st.recursive(
    SCALARS,
    lambda inner: st.lists(inner, max_size=5) | st.dictionaries(KEYS | st.text(max_size=8),
                                                                 inner, max_size=6),
    max_leaves=30,
)  # fmt: skip
DATE_PART = st.one_of(SCALARS, st.integers(-10, 10_000).map(str),
                      st.integers(1, 6000).map(lambda n: "9" * n))  # fmt: skip
PARTS = st.dictionaries(st.sampled_from(["year", "month", "day", "time", "hour"]), DATE_PART,
                        max_size=4)  # fmt: skip
SLIDE = st.one_of(
    JSON_VALUES,
    st.fixed_dictionaries({}, optional={
        "start_date": PARTS | JSON_VALUES, "end_date": PARTS | JSON_VALUES,
        "text": JSON_VALUES | st.fixed_dictionaries({}, optional={"headline": JSON_VALUES,
                                                                  "text": JSON_VALUES}),
        "display_date": JSON_VALUES, "unique_id": JSON_VALUES, "group": JSON_VALUES,
        "media": JSON_VALUES, "timeline_desk": JSON_VALUES | st.dictionaries(KEYS, JSON_VALUES),
    }),
)  # fmt: skip
TIMELINEJS = st.fixed_dictionaries(
    {"events": st.lists(SLIDE, max_size=4) | JSON_VALUES},
    optional={"title": SLIDE, "timeline_desk": JSON_VALUES | st.fixed_dictionaries(
        {"unplaced": st.lists(st.fixed_dictionaries({}, optional={
            "position": st.integers() | JSON_VALUES, "event": JSON_VALUES}) | JSON_VALUES,
            max_size=3) | JSON_VALUES})},
)  # fmt: skip
NATIVE = st.one_of(
    st.lists(st.dictionaries(KEYS, JSON_VALUES, max_size=8) | JSON_VALUES, max_size=5),
    st.fixed_dictionaries({"events": st.lists(st.dictionaries(KEYS, JSON_VALUES), max_size=4)},
                          optional={"name": JSON_VALUES, "published": JSON_VALUES}),
    JSON_VALUES,
)  # fmt: skip
NESTED = st.tuples(st.integers(1, 3000), st.sampled_from(["[", '{"a": ', '{"events": ['])).map(
    lambda pair: _nest(*pair)
)
NUMBERS = st.tuples(st.integers(4000, 6000), st.sampled_from(["", "-", "0.", "1e"])).map(
    lambda pair: f'[{{"date": "2019", "title": "t", "importance": {pair[1]}{"7" * pair[0]}}}]'
)


def _nest(depth: int, opener: str) -> str:
    closer = {"[": "]", '{"a": ': "}", '{"events": [': "]}"}[opener]
    return opener * depth + "1" + closer * depth


@pytest.mark.parametrize("fmt", ["json", "timelinejs"])
@FUZZ
@given(doc=st.one_of(NATIVE, TIMELINEJS).map(lambda d: json.dumps(d)) | NESTED | NUMBERS)
def test_json_readers_give_rows_or_a_dataset_error(fmt, doc):
    read_or_refuse(fmt, doc)


@FUZZ
@given(doc=st.one_of(NATIVE, TIMELINEJS).map(lambda d: json.dumps(d)) | NESTED | NUMBERS,
       name=st.sampled_from(["x.json", "x.txt", "x.csv"]))  # fmt: skip
def test_any_json_loads_and_writes_or_says_why(doc, name):
    load_and_write(doc.encode(), name)


# --- random CSV -----------------------------------------------------------------------------

CELL_CHARS = string.ascii_letters + string.digits + " ,;\"'\n\r\t=+-@<>&é🚨\x00\x1b\u2028"
CELLS = st.one_of(st.text(CELL_CHARS, max_size=15), st.sampled_from(
    ["2019", "late 2022", "2024-10-25", "2024-02-30", HUGE, "'=1", "", "3", "99999999999"]))
NATIVE_HEADERS = st.lists(st.sampled_from([*COLUMNS, "error", "precision", "extra", ""]),
                          min_size=1, max_size=8)  # fmt: skip
SHEET_NAMES = st.sampled_from(["Year", "Month", "Day", "End Year", "End Month", "End Day",
                               "Headline", "Text", "Display Date", "Type", "Group", "Media",
                               "id", "start", "end"])  # fmt: skip
SHEET_HEADERS = st.lists(SHEET_NAMES, min_size=1, max_size=8).map(
    lambda names: ["Year", "Headline", *names]
)


def _csv(header: list[str], rows: list[list[str]], separator: str) -> str:
    def cell(value: str) -> str:
        return '"' + value.replace('"', '""') + '"' if set(value) & set(',"\n\r\t') else value

    return "".join(separator.join(map(cell, line)) + "\n" for line in [header, *rows])


CSV_TEXT = st.one_of(
    st.builds(_csv, NATIVE_HEADERS | SHEET_HEADERS, st.lists(st.lists(CELLS, max_size=9),
                                                             max_size=5),
              st.sampled_from([",", "\t"])),
    st.text(CELL_CHARS, max_size=200).map(lambda body: "date,title\n" + body),
    st.text(CELL_CHARS, max_size=200).map(lambda body: "Year,Headline\n" + body),
)  # fmt: skip


@pytest.mark.parametrize("fmt", ["csv", "timelinejs-csv"])
@FUZZ
@given(text=CSV_TEXT)
def test_csv_readers_give_rows_or_a_dataset_error(fmt, text):
    read_or_refuse(fmt, text)


@FUZZ
@given(text=CSV_TEXT, encoding=st.sampled_from(["utf-8", "utf-8-sig", "utf-16", "utf-32"]),
       name=st.sampled_from(["x.csv", "x.txt", "x.json"]))  # fmt: skip
def test_any_csv_loads_and_writes_or_says_why(text, encoding, name):
    load_and_write(text.encode(encoding, "surrogatepass"), name)


@FUZZ
@given(data=st.binary(max_size=300), name=st.sampled_from(["x.csv", "x.json", "x.ics", "x"]))
def test_any_bytes_load_or_say_why(data, name):
    load_and_write(data, name)


def test_every_readable_format_is_fuzzed():
    fuzzed = {"json", "timelinejs", "csv", "timelinejs-csv"}
    assert set(READERS) == fuzzed
