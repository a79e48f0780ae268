"""The Data tab: reading an upload (with progress, never breaking the page, kept in its session
only), listing problem rows, showing text literally."""

from __future__ import annotations

import codecs
import gc
import json
import sys
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.details import WORD_JOINER
from dashboard.frame import events_frame
from dashboard.pages.data import (
    MAX_UPLOAD_MB,
    dataset_in_use,
    dataset_label,
    dataset_options,
    dataset_path,
    literal,
    problem_rows,
    read_upload,
    server_dataset,
)
from events.event import Event
from tests.test_details import _resolved, links_in

APP = Path(__file__).resolve().parents[1] / "streamlit_app.py"

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
    ("text", "one_line"),
    [
        ("plain words", "plain words"),
        ("$42 and $43", "$42 and $43"),
        ("**bold** _it_", "**bold** _it_"),
        ("<script>alert(1)</script>", "<script>alert(1)</script>"),
        (":red[alarm]", ":red[alarm]"),
        ("# heading\n- item", "# heading - item"),
        ("[link](http://x)", "[link](http://x)"),
        ("report see www.example.com.csv", "report see www.example.com.csv"),
        ("from http://example.com/a", "from http://example.com/a"),
        ("mail desk@example.org", "mail desk@example.org"),
    ],
)
def test_literal_shows_text_as_written_without_markup_or_links(text, one_line):
    shown = literal(text)
    assert links_in(shown) == []
    assert _resolved(shown)[0].replace(WORD_JOINER, "") == one_line
    assert "\n" not in shown


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


@pytest.mark.parametrize(
    ("argv", "server"),
    [
        (["streamlit_app.py"], "news"),
        (["streamlit_app.py", "history"], "history"),  # make run DATASET=history
        (["streamlit_app.py", "news"], "news"),
        (["streamlit_app.py", "events.csv"], "file"),
        (["streamlit_app.py", "data/history.csv"], "file"),
    ],
)
def test_the_server_runs_a_builtin_by_name_or_a_file(argv, server):
    assert server_dataset(argv) == server


@pytest.mark.parametrize(
    ("asked", "server", "shown"),
    [
        ("", "news", "news"),  # the link names none: the server's own
        ("history", "news", "history"),
        ("news", "history", "news"),
        ("history", "file", "history"),
        ("file", "file", "file"),
        ("file", "news", "news"),  # a link made on a server with a file, opened on one without
        ("", "file", "file"),
    ],
)
def test_the_dataset_in_use_is_the_asked_one_when_this_server_has_it(asked, server, shown):
    assert dataset_in_use(asked, server) == shown


@pytest.mark.parametrize(
    ("server", "upload", "options"),
    [
        ("news", "", ("news", "history")),
        ("history", "", ("news", "history")),
        ("file", "", ("file", "news", "history")),
        ("news", "mine.csv", ("news", "history", "upload")),
    ],
)
def test_the_dataset_choice_offers_builtins_the_file_and_the_upload(server, upload, options):
    assert dataset_options(server, upload) == options


@pytest.mark.parametrize(
    ("option", "label"),
    [
        ("history", "History: Rome from the Punic Wars to the fall of the West"),
        ("news", "News: Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"),
        ("file", "File: events.csv"),
        ("upload", "Uploaded: mine.csv"),
    ],
)
def test_each_dataset_option_says_what_it_is(option, label):
    assert dataset_label(option, "data/events.csv", "mine.csv") == label


# --- uploads in the running page -------------------------------------------------------------

DEEP = ("[" * 1000 + "]" * 1000).encode()
SLIDE = {"start_date": {"year": "2019"}, "text": {"headline": "Fine"}}


def open_data_tab() -> AppTest:
    """The page on the built-in dataset, Data tab open, as a fresh session."""
    at = AppTest.from_file(str(APP), default_timeout=60)
    at.query_params["tab"] = "data"
    return at.run()


@pytest.fixture
def data_tab(monkeypatch):
    monkeypatch.setattr(sys, "argv", [str(APP)])
    return open_data_tab()


def upload(at: AppTest, name: str, data: bytes) -> AppTest:
    return at.file_uploader(key="upload").set_value((name, data, "text/plain")).run()


def page_text(at: AppTest) -> str:
    return " ".join(str(element.value) for kind in ("error", "text", "markdown", "caption")
                    for element in getattr(at, kind))  # fmt: skip


@pytest.mark.parametrize(
    ("name", "data", "message", "events"),
    [
        ("deep.json", DEEP, "deep.json: JSON nested more than 64 levels deep", None),
        ("deep.txt", DEEP, "deep.txt: JSON nested more than 64 levels deep", None),
        ("events.json", b'{"events": [' + b'{"a": ' * 1000 + b"1" + b"}" * 1000 + b"]}",
         "nested more than 64 levels deep", None),
        ("digits.json", b'[{"date": "2019", "title": "T", "importance": ' + b"9" * 5000 + b"}]",
         "", 1),
        ("title.json", json.dumps({"title": {"text": "a string"}, "events": [SLIDE]}).encode(),
         "", 1),
        ("text.json", json.dumps({"events": [SLIDE | {"text": "a string"}]}).encode(), "", 1),
        ("unplaced.json", json.dumps({"events": [SLIDE],
                                      "timeline_desk": {"unplaced": [{"position": 0}]}}).encode(),
         "", 2),
        ("year.json", json.dumps({"events": [{"start_date": {"year": "9" * 5000}}]}).encode(),
         "", 1),
    ],
)  # fmt: skip
def test_a_hostile_upload_gives_rows_or_one_message_never_a_traceback(
    data_tab, name, data, message, events
):
    at = upload(data_tab, name, data)
    assert not at.exception
    assert "Traceback" not in page_text(at) and str(APP.parent) not in page_text(at)
    if message:
        assert len(at.error) == 1 and message in at.error[0].value.replace("\\", "")
    else:
        assert not at.error and f"{events} events ·" in page_text(at)


def test_a_fault_in_reading_an_upload_is_one_message(data_tab, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("/srv/secret/path went wrong")

    monkeypatch.setattr("dashboard.pages.data.stream_from_bytes", broken)
    at = upload(data_tab, "mixed.csv", MIXED.encode())
    assert not at.exception and len(at.error) == 1
    shown = at.error[0].value.replace("\\", "")
    assert "mixed.csv could not be opened (RuntimeError)" in shown and "/srv" not in shown


def _uploaded_events(title: str) -> int:
    gc.collect()
    return sum(1 for thing in gc.get_objects() if isinstance(thing, Event) and thing.title == title)


@pytest.mark.parametrize("how", ["back", "session closed"])
def test_an_upload_is_let_go_when_its_session_forgets_it(monkeypatch, how):
    monkeypatch.setattr(sys, "argv", [str(APP)])
    title = f"Only in this upload ({how})"
    row = f"x,2019,{title},space,2024-10-25\n"
    at = upload(open_data_tab(), "own.csv", (HEADER + row).encode())
    assert "own.csv" in page_text(at) and _uploaded_events(title) >= 1
    if how == "back":
        at.button(key="dataset_default").click().run()
        assert not at.exception and at.file_uploader(key="upload_2")  # a fresh uploader
    else:
        del at
    assert _uploaded_events(title) == 0


@pytest.mark.parametrize(("rows", "told"), [(1, []), (1999, []), (2000, [2000]),
                                           (4500, [2000, 4000])])  # fmt: skip
def test_reading_an_upload_tells_its_progress(rows, told):
    lines = "".join(f"e{n},{2000 + n % 20},Title {n},space,2024-10-25\n" for n in range(rows))
    heard = []
    dataset = read_upload("many.csv", (HEADER + lines).encode(), heard.append)
    assert heard == told and len(dataset.events) == rows
