"""Spreadsheet-safe cells (events/formats/cells.py)."""

from __future__ import annotations

import csv
import io
import json

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events import formats
from events.dataset import dataset_from_bytes
from events.formats import DatasetError, cells
from events.formats.cells import csv_records, neutralise, neutralise_row, restore


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("=SUM(A1:A9)", "'=SUM(A1:A9)"),
        ("+44 1632 960000", "'+44 1632 960000"),
        ("-5", "'-5"),
        ("@handle", "'@handle"),
        ("\tindented", "'\tindented"),
        ("\rreturn", "'\rreturn"),
        ("'90s", "''90s"),
        ("", ""),
        ("plain text", "plain text"),
        ("a = b", "a = b"),
        ("2024-03-04", "2024-03-04"),
    ],
)
def test_neutralise_table(value, written):
    assert neutralise(value) == written
    assert restore(written) == value


@pytest.mark.parametrize("hand_written", ["'90s", "'tis", "'", "it's"])
def test_restore_leaves_an_apostrophe_it_did_not_add(hand_written):
    assert restore(hand_written) == hand_written


def test_neutralise_row_leaves_non_text_alone():
    assert neutralise_row({"a": "=1", "b": 2, "c": None}) == {"a": "'=1", "b": 2, "c": None}


@given(st.text())
def test_restore_undoes_neutralise(value):
    assert restore(neutralise(value)) == value
    assert not neutralise(value).startswith(("=", "+", "-", "@", "\t", "\r"))


def test_a_long_titled_json_dataset_comes_back_from_its_own_csv():
    title = "A very long headline " * 50_000  # a million characters
    doc = {"name": "long", "events": [{"date": "2019", "title": title, "summary": "x" * 200_000},
                                      {"date": "2020", "title": "Short"}]}  # fmt: skip
    dataset = dataset_from_bytes(json.dumps(doc).encode(), source_name="long.json")
    written = formats.get("csv").writer(dataset.events, dataset.name)
    again = dataset_from_bytes(written.encode(), source_name="long.csv")
    assert [event.title for event in again.events] == [title.strip(), "Short"]
    assert again.events[0].summary == "x" * 200_000 and not again.errors


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("date,title\n2019," + "x" * 101 + "\n", "big.csv, line 2, column title: a cell of"),
        ("date,title\n2019,ok\n2020,\"" + "x\n" * 60 + "\"\n",
         "big.csv, line 3, column title: a cell of"),
        ("date,title\n2019,ok,\"" + "x" * 101 + "\"\n", "big.csv, line 2, column 3: a cell of"),
        ("date," + "t" * 101 + "\n", "big.csv, line 1, column 2: a cell of"),
        ('date,title\n2019,"open\n2020,never closed\n', "big.csv, line 2: not valid CSV"),
    ],
)  # fmt: skip
def test_a_cell_beyond_the_bound_is_named_by_line_and_column(monkeypatch, text, message):
    monkeypatch.setattr(cells, "MAX_CELL", 100)
    with pytest.raises(DatasetError) as refused:
        list(csv_records(text, "big.csv"))
    assert str(refused.value).startswith(message)


@pytest.mark.parametrize(
    ("text", "records"),
    [
        ("id,title\r\na,One\r\nb,Two\r\n", [["a", "One"], ["b", "Two"]]),  # a spreadsheet's CRLF
        ("id,title\ra,One\rb,Two", [["a", "One"], ["b", "Two"]]),  # an old Mac's CR
        ('id,title\na,"Two\r\nlines"\n', [["a", "Two\r\nlines"]]),  # a line break in a cell
        ("id,title\n\n\na,One", [["a", "One"]]),  # blank lines between
    ],
)
def test_records_split_on_every_kind_of_line_end(text, records):
    assert [cells for _, header, cells in csv_records(text, "t.csv") if header] == records


@given(st.text(alphabet="ab,\"\r\n ", max_size=40))
def test_records_read_a_line_at_a_time_as_from_a_whole_file(text):
    def whole():
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=",", strict=True)
        return [row for row in reader if any(cell.strip() for cell in row)][1:]

    try:
        expected = whole()
    except csv.Error:
        with pytest.raises(DatasetError):
            list(csv_records(text, "t.csv"))
        return
    assert [cells for _, header, cells in csv_records(text, "t.csv") if header] == [
        [restore(cell) for cell in row] for row in expected]  # fmt: skip
