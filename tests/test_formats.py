"""The format registry (events/formats/__init__.py): detection, golden files, round trips."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events import formats
from events.dataset import DatasetError, dataset_from_bytes, read_events
from tests.golden import FILES, GOLDEN, NAME, fixture, output

ROOT = Path(__file__).resolve().parents[1]
READABLE = ("csv", "json", "timelinejs", "timelinejs-csv")
SALTMARSH = fixture()


def comparable(events) -> list:
    """Events with errors reduced to whether there is one: messages name the file's own
    columns and lines, which differ between formats by design."""
    return [replace(event, error=bool(event.error)) for event in events]


def reread(fmt: str, events, name: str = "Round trip"):
    text = formats.get(fmt).writer(list(events), name)
    return dataset_from_bytes(text.encode(), source_name="copy" + formats.get(fmt).extension)


# --- the registry -------------------------------------------------------------------------


def test_registry_names_every_format_once():
    assert [fmt.name for fmt in formats.FORMATS] == [
        "csv", "json", "timelinejs", "timelinejs-csv", "ics"]  # fmt: skip
    assert formats.readable() == READABLE
    assert formats.writable() == (*READABLE, "ics")
    assert formats.readable_extensions() == ("csv", "json")


@pytest.mark.parametrize("fmt", formats.FORMATS, ids=lambda fmt: fmt.name)
def test_each_format_recognises_its_own_output_and_only_that(fmt):
    text = output(fmt.name)
    assert [other.name for other in formats.FORMATS if other.detect(text)] == [fmt.name]


@pytest.mark.parametrize("fmt", formats.writable())
@pytest.mark.parametrize("source_name", ["upload", "upload.txt", "UPLOAD{ext}"])
def test_content_decides_when_the_extension_does_not(fmt, source_name):
    extension = formats.get(fmt).extension.upper()
    assert formats.detect(output(fmt), source_name.format(ext=extension)).name == fmt


@pytest.mark.parametrize(
    ("source_name", "text", "expected"),
    [
        ("bad.csv", "Dear editor,\nthanks\n", "csv"),
        ("bad.json", "not json", "json"),
        ("bad.ics", "hello", "ics"),
    ],
)
def test_the_extension_decides_when_the_content_says_nothing(source_name, text, expected):
    assert formats.detect(text, source_name).name == expected


def test_unknown_content_and_extension_is_refused_naming_the_file():
    with pytest.raises(DatasetError, match=r"^notes\.txt is not a CSV or JSON file"):
        formats.detect("Remember the milk\n", "notes.txt")


def test_unknown_format_name_lists_the_known_ones():
    with pytest.raises(DatasetError, match=r"unknown format 'xml' \(expected csv, json, tim"):
        formats.get("xml")


def test_ics_is_written_but_reading_it_says_so():
    with pytest.raises(DatasetError, match=r"^cal\.ics is iCalendar: Timeline Desk writes"):
        dataset_from_bytes(output("ics").encode(), source_name="cal.ics")


@pytest.mark.parametrize("fmt", READABLE)
def test_forced_format_reads_whatever_the_name(fmt):
    text = output(fmt)
    dataset = dataset_from_bytes(text.encode(), source_name="upload.bin", fmt=fmt)
    assert len(dataset.events) >= 11


def test_readme_documents_every_format():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Import and export", 1)[1].split("\n## ", 1)[0]
    for fmt in formats.FORMATS:
        assert f"| `{fmt.name}` |" in section, fmt.name


# --- golden files ---------------------------------------------------------------------------


@pytest.mark.parametrize(("fmt", "file_name"), sorted(FILES.items()))
def test_output_matches_its_golden_file(fmt, file_name):
    golden = (GOLDEN / file_name).read_bytes().decode("utf-8")
    assert output(fmt) == golden, f"run `make golden` if {file_name} changed on purpose"


def test_fixture_covers_every_precision_but_week_a_bc_century_and_an_error():
    precisions = {event.span.precision for event in SALTMARSH.events if event.span}
    assert precisions == {"day", "month", "season", "quarter", "year", "decade", "century"}
    assert SALTMARSH.events[0].span.start.isoformat() == "-1199-01-01"  # 1200 BC
    assert [event.id for event in SALTMARSH.errors] == ["lamp-ceremony"]


# --- round trips ----------------------------------------------------------------------------


@pytest.mark.parametrize("fmt", READABLE)
def test_fixture_round_trips_exactly(fmt):
    back = reread(fmt, SALTMARSH.events, NAME)
    expected = SALTMARSH.events if fmt != "timelinejs-csv" else SALTMARSH.ok_events
    assert comparable(back.events) == comparable(expected)
    assert back.name == NAME or fmt == "csv"


@pytest.mark.parametrize("fmt", ["timelinejs", "timelinejs-csv"])
def test_timelinejs_round_trip_keeps_ids_spans_and_precisions(fmt):
    back = {event.id: event.span for event in reread(fmt, SALTMARSH.events).events}
    for event in SALTMARSH.ok_events:
        span = back[event.id]
        assert (span.start, span.end, span.precision) == (
            event.span.start, event.span.end, event.span.precision)  # fmt: skip


LABELLED = [("Musk closes Twitter deal", 3), ("", 1), ("=1+1 '90s", None),
            ("<b>Keeper</b> &amp; log", 2), ("Zoë's light 🚨", None)]  # fmt: skip


@pytest.mark.parametrize("fmt", READABLE)
@pytest.mark.parametrize(("label", "importance"), LABELLED)
def test_label_and_importance_survive_a_round_trip(fmt, label, importance):
    event = replace(SALTMARSH.events[0], label=label, importance=importance)
    (back,) = reread(fmt, [event]).events
    assert (back.label, back.importance, back.error) == (label, importance, "")


# Every readable format, with a dated event and (but in the sheet, which holds dated events
# only) an undated one.
FORMAT_EVENTS = [(fmt, 0) for fmt in READABLE] + [(fmt, -1) for fmt in READABLE[:-1]]


@pytest.mark.parametrize(("fmt", "which"), FORMAT_EVENTS)
@pytest.mark.parametrize("status", ["happened", "planned", "claimed"])
def test_status_survives_a_round_trip(fmt, which, status):
    event = replace(SALTMARSH.events[which], status=status)
    (back,) = reread(fmt, [event]).events
    assert (back.status, bool(back.error)) == (status, bool(event.error))


def test_timelinejs_json_keeps_undated_events_out_of_timelinejs_sight():
    doc = json.loads(output("timelinejs"))
    assert "lamp-ceremony" not in [item["unique_id"] for item in doc["events"]]
    assert [item["event"]["id"] for item in doc["timeline_desk"]["unplaced"]] == ["lamp-ceremony"]


# --- hypothesis: any events survive every readable format --------------------------------------

DATES = ["2021-03-04", "March 2021", "late 2022", "the 2010s", "Q1 2022", "summer 2020",
         "since early 2019", "about two years ago", "last Tuesday", "1868", "2022-W42",
         "when pigs fly", ""]  # fmt: skip
RISKY = st.sampled_from(["=1+1", "+44", "-", "@x", "'90s", "''", "\ttab", "<b>&amp;</b>", ""])
TEXT = st.text(st.characters(exclude_categories=("Cs", "Cc")), max_size=30) | RISKY
ITEM = st.text(st.characters(exclude_categories=("Cs", "Cc"), exclude_characters=";"),
               min_size=1, max_size=12).filter(str.strip)  # fmt: skip
# Every way an importance is given that reads as one (a bad one is dropped, so cannot survive).
IMPORTANCE = st.sampled_from([None, "", 1, 2, 3, "1", " 2 ", "3.0", 3.0])
STATUS = st.sampled_from([None, "", "happened", "planned", "claimed", " Planned "])


@st.composite
def rows(draw) -> dict:
    row = {"date": draw(st.sampled_from(DATES)), "title": draw(TEXT), "summary": draw(TEXT),
           "source": draw(TEXT), "quote": draw(TEXT), "id": draw(st.sampled_from(["", "a", "b"])),
           "actors": draw(st.lists(ITEM | RISKY.filter(lambda t: t and ";" not in t), max_size=3)),
           "topics": draw(st.lists(ITEM, max_size=2)), "published": "2025-03-14",
           "label": draw(TEXT), "importance": draw(IMPORTANCE),
           "status": draw(STATUS)}  # fmt: skip
    if not row["date"] or draw(st.booleans()):
        day = draw(st.dates(date(1800, 1, 1), date(2030, 12, 31)))
        length = draw(st.integers(0, 400))
        row |= {"start": day.isoformat(), "end": (day + timedelta(days=length)).isoformat()}
    return row


@settings(max_examples=60, deadline=None)
@given(st.lists(rows(), min_size=1, max_size=5), st.sampled_from(READABLE))
def test_any_events_survive_a_round_trip(items, fmt):
    for number, item in enumerate(items):  # a repeated id is renamed on reading: a change
        item["id"] += str(number) if item["id"] else ""
    events = read_events(json.dumps(items), fmt="json", source_name="drawn.json")
    expected = [e for e in events if e.span] if fmt == "timelinejs-csv" else events
    if not expected:  # a sheet holds dated events only: this one would be empty
        with pytest.raises(DatasetError, match="holds no events"):
            reread(fmt, events)
        return
    assert comparable(reread(fmt, events).events) == comparable(expected)
