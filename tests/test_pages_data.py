"""The Data tab's pure parts: reading an upload, listing problem rows, showing text literally."""

from __future__ import annotations

import codecs
import json

import pytest

from dashboard.frame import events_frame
from dashboard.pages.data import MAX_UPLOAD_MB, dataset_path, literal, problem_rows, read_upload

HEADER = "id,date,title,topics,published\n"
MIXED = HEADER + "ok,2019,Fine,space,2024-10-25\nbad,someday,Vague,space,2024-10-25\n"
# What a spreadsheet saves as "Unicode text": tab-separated, CRLF, UTF-16 with a byte order mark.
TABBED = MIXED.replace(",", "\t").replace("\n", "\r\n")
SHEET = "Year,Month,Headline,Text\n2019,3,Fine,Día\n2020,13,Odd month,\n"


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("big.csv", HEADER.encode() + b"x" * (MAX_UPLOAD_MB * 1024 * 1024), "up to 20 MB"),
        ("empty.csv", b"", "empty.csv is empty"),
        ("blank.csv", b"  \n\n", "blank.csv is empty"),
        ("latin1.csv", (HEADER + "x,2019,Café,a,2024-10-25\n").encode("latin-1"), "not UTF-8"),
        ("broken16.csv", MIXED.encode("utf-16") + b"\x00", "is not UTF-16 text"),
        ("picture.png", b"\x89PNG\r\n\x1a\n\x00\x00", "not UTF-8"),
        ("notes.txt", b"just some words", "not a CSV or JSON file"),
        ("broken.json", b'{"events": [', "not valid JSON"),
        ("header_only.csv", HEADER.encode(), "holds no events"),
        ("odd.json", json.dumps({"rows": []}).encode(), 'an "events" list'),
    ],
)
def test_a_refused_upload_gives_one_message(name, data, message):
    result = read_upload(name, data)
    assert isinstance(result, str) and message in result


@pytest.mark.parametrize(
    ("name", "data", "count", "problems"),
    [
        ("mixed.csv", MIXED.encode(), 2, 1),
        ("mixed.txt", MIXED.encode(), 2, 1),  # CSV told by its header
        ("bom.csv", b"\xef\xbb\xbf" + MIXED.encode(), 2, 1),
        ("list.json", json.dumps([{"date": "2019", "title": "A"}]).encode(), 1, 0),
    ],
)
def test_an_upload_keeps_every_row_and_flags_the_bad_ones(name, data, count, problems):
    dataset = read_upload(name, data)
    assert len(dataset.events) == count and len(dataset.errors) == problems


@pytest.mark.parametrize(
    ("data", "twin"),
    [
        (codecs.BOM_UTF16_LE + TABBED.encode("utf-16-le"), MIXED),  # "Unicode text"
        (MIXED.encode("utf-16"), MIXED),
        (codecs.BOM_UTF16_BE + MIXED.encode("utf-16-be"), MIXED),
        (TABBED.encode("utf-16"), MIXED),
        (MIXED.encode("utf-32"), MIXED),
        (MIXED.encode("utf-8-sig"), MIXED),
        (TABBED.encode("utf-8-sig"), MIXED),
        (TABBED.encode("utf-8"), MIXED),
        (SHEET.replace(",", "\t").encode("utf-16"), SHEET),  # a TimelineJS sheet
        (SHEET.encode("utf-16"), SHEET),
    ],
)
def test_unicode_text_reads_as_its_utf8_comma_separated_twin(data, twin):
    dataset = read_upload("sheet.txt", data)
    assert dataset.events == read_upload("sheet.txt", twin.encode()).events
    assert [event.line for event in dataset.events] == [2, 3]


def test_problem_rows_name_line_id_date_and_reason():
    dataset = read_upload("mixed.csv", (MIXED + "x,2020,,space,2024-10-25\n").encode())
    rows = problem_rows(events_frame(dataset.events))
    assert rows["line"].to_list() == [3, 4]
    assert rows["id"].to_list() == ["bad", "x"]
    assert rows["date"].to_list() == ["someday", "2020"]
    assert "someday" in rows["problem"].iloc[0] and "not on the timeline" in rows["problem"].iloc[0]
    assert "mixed.csv, line 4, column title" in rows["problem"].iloc[1]


@pytest.mark.parametrize(
    ("text", "shown"),
    [
        ("plain words", "plain words"),
        ("$42 and $43", r"\$42 and \$43"),
        ("**bold** _it_", r"\*\*bold\*\* \_it\_"),
        ("<script>alert(1)</script>", r"\<script\>alert\(1\)\<\/script\>"),
        (":red[alarm]", r"\:red\[alarm\]"),
        ("# heading\n- item", r"\# heading \- item"),
        ("[link](http://x)", r"\[link\]\(http\:\/\/x\)"),
    ],
)
def test_literal_escapes_markdown(text, shown):
    assert literal(text) == shown


@pytest.mark.parametrize(
    ("argv", "path"),
    [
        (["streamlit_app.py"], None),
        (["streamlit_app.py", "events.csv"], "events.csv"),
        (["streamlit_app.py", " ", "events.csv"], "events.csv"),
    ],
)
def test_dataset_path_comes_after_the_script(argv, path):
    assert dataset_path(argv) == path
