"""The command line: `python -m events normalise ...` and `python -m events show ...`."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from tests.helpers import run_cli as run

ROOT = Path(__file__).parent.parent
FESTIVAL_CSV = str(Path(__file__).parent / "data" / "harbour_festival.csv")
SHOWN_KEYS = [
    "id", "date", "start", "end", "precision", "qualifier", "approximate", "ongoing",
    "title", "actors", "places", "topics", "error",
]  # fmt: skip


# --- normalise -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("argv", "expected"),
    [
        (["2024-10-05"], {"start": "2024-10-05", "end": "2024-10-05", "precision": "day"}),
        (["Oct. 27", "--anchor", "2022-10-01"], {"start": "2022-10-27", "rule": "month_day"}),
        (["September 2023"], {"start": "2023-09-01", "end": "2023-09-30", "precision": "month"}),
        (["since late 2022"], {"start": "2022-09-01", "end": "2024-10-25", "ongoing": True}),
    ],
)
def test_normalise_prints_the_span_as_json(capsys, argv, expected):
    code, out, err = run(capsys, "normalise", *argv, "--published", "2024-10-25")
    assert (code, err) == (0, "")
    printed = json.loads(out)
    assert list(printed) == [
        "text", "start", "end", "precision", "qualifier", "approximate", "ongoing", "timex",
        "mod", "rule",
    ]  # fmt: skip
    assert printed["text"] == argv[0]
    assert printed | expected == printed
    assert out.startswith('{\n  "text"')


@pytest.mark.parametrize(
    ("text", "reason"),
    [
        ("the day the music died", "no date found"),
        ("Feb 30, 2021", "February 30, 2021"),
        ("2020-05-01 BC", "a date in figures is never BC"),
        ("Q5 2020", "quarter 5 does not exist"),
        ("2020-Q0", "quarter 0 does not exist"),
        ("H3 2020", "half 3 of a year does not exist"),
        ("week 60 of 2020", "week 60 does not exist"),
        ("the 60th week of 2020", "week 60 does not exist"),
    ],
)
def test_normalise_refuses_a_non_date_with_exit_2(capsys, text, reason):
    code, out, err = run(capsys, "normalise", text, "--published", "2024-10-25")
    assert (code, out) == (2, "")
    assert err.startswith(f"not a date: {text!r} (")
    assert reason in err


def test_normalise_refuses_a_year_with_a_minus_sign(capsys):
    """Text that starts with "-" follows "--", or it would be read as an option."""
    code, out, err = run(capsys, "normalise", "--published", "2024-10-25", "--", "-2020-05-01")
    assert (code, out) == (2, "")
    assert err.startswith("not a date: '-2020-05-01' (year -2020 (a minus sign) is not read")


@pytest.mark.parametrize(
    "argv",
    [
        ["normalise", "Oct. 27", "--published", "2024-13-01"],
        ["normalise", "Oct. 27", "--published", "25 Oct 2024"],
        ["normalise", "Oct. 27", "--published", "2024-10-25", "--anchor", "someday"],
        ["normalise", "Oct. 27"],
        ["show", FESTIVAL_CSV, "--published", "yesterday"],
        ["show", "--format", "yaml"],
        [],
    ],
)
def test_bad_arguments_exit_2_with_a_usage_message(capsys, argv):
    code, out, err = run(capsys, *argv)
    assert (code, out) == (2, "")
    assert "usage: python -m events" in err
    assert "Traceback" not in err


def test_bad_published_message_says_what_is_wrong(capsys):
    _, _, err = run(capsys, "normalise", "Oct. 27", "--published", "2024-13-01")
    assert "argument --published: '2024-13-01' is not a date (month must be in 1..12)" in err


@pytest.mark.parametrize("argv", [["--help"], ["normalise", "--help"], ["show", "--help"]])
def test_every_command_has_help(capsys, argv):
    code, out, _ = run(capsys, *argv)
    assert code == 0
    assert out.startswith("usage: python -m events")


# --- show ------------------------------------------------------------------------------------


def test_show_table_lists_every_event_and_counts_errors(capsys):
    code, out, err = run(capsys, "show", FESTIVAL_CSV)
    lines = out.splitlines()
    assert (code, err) == (0, "")
    assert lines[0] == "harbour_festival"
    assert lines[2].split() == SHOWN_KEYS
    assert lines[-1] == "5 events, 0 with errors"
    assert "Lowmere pier reopens after storm repairs" in out
    assert "Harbour Trust; Mara Quill" in out


def test_show_table_columns_line_up(capsys):
    _, out, _ = run(capsys, "show", FESTIVAL_CSV)
    lines = out.splitlines()
    header, rows = lines[2], lines[4:9]
    column = header.index("precision")
    assert {row[column : column + 9].strip() for row in rows} == {"day", "month"}


def test_show_table_shortens_long_titles(capsys):
    _, out, _ = run(capsys, "show", FESTIVAL_CSV)
    title = "Mayor Osric Venn thanks the festival's four hundred volunteers in a letter"
    assert title not in out
    assert "Mayor Osric Venn thanks the festival's…  " in out


def test_show_table_includes_rows_with_errors(capsys, tmp_path):
    path = tmp_path / "mixed.csv"
    path.write_text("date,title\n2023-05-14,Pier reopens\n2023-02-30,Storm day\n,\n2023-05-20,\n")
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    assert "Storm day" in out
    assert "mixed.csv, line 3, column date: '2023-02-30' is not a date (February 30" in out
    assert "mixed.csv, line 5, column title: missing (every event needs a title)" in out
    assert out.splitlines()[-1] == "3 events, 2 with errors"


def test_show_json_gives_the_shown_fields(capsys):
    code, out, _ = run(capsys, "show", FESTIVAL_CSV, "--format", "json")
    shown = json.loads(out)
    assert code == 0
    assert shown["name"] == "harbour_festival"
    assert len(shown["events"]) == 5
    assert all(list(event) == SHOWN_KEYS for event in shown["events"])
    ferry = next(event for event in shown["events"] if event["id"] == "ferry-timetable")
    assert (ferry["start"], ferry["end"], ferry["precision"]) == (
        "2023-06-01",
        "2023-06-30",
        "month",
    )
    assert ferry["places"] == ["Lowmere", "Gull Island"]


def test_show_without_dataset_shows_the_built_in_one(capsys):
    code, out, _ = run(capsys, "show")
    assert code == 0
    assert out.splitlines()[0] == "Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"
    assert "twitter-deal-closes" in out
    assert "Musk completes $44 billion Twitter take…" in out


@pytest.mark.parametrize(("published", "expected_error"), [(None, True), ("2023-06-02", False)])
def test_show_published_places_relative_dates(capsys, tmp_path, published, expected_error):
    path = tmp_path / "relative.csv"
    path.write_text("date,title\nlast Tuesday,Harbour meeting\n")
    extra = ["--published", published] if published else []
    _, out, _ = run(capsys, "show", str(path), "--format", "json", *extra)
    event = json.loads(out)["events"][0]
    assert bool(event["error"]) is expected_error
    assert event["start"] == ("" if expected_error else "2023-05-30")


@pytest.mark.parametrize(
    ("name", "content", "expected"),
    [
        ("photo.csv", b"\x89PNG\r\n\x1a\n\x00", "photo.csv is not UTF-8 text"),
        ("empty.json", b"", "empty.json is empty"),
        ("cut.json", b'[{"date": ', "cut.json is not valid JSON"),
        ("notes.txt", b"Buy bread.\n", "notes.txt is not a CSV or JSON file"),
    ],
)
def test_show_broken_file_exits_2_without_traceback(capsys, tmp_path, name, content, expected):
    path = tmp_path / name
    path.write_bytes(content)
    code, out, err = run(capsys, "show", str(path))
    assert (code, out) == (2, "")
    assert err.startswith("error: ") and expected in err
    assert "Traceback" not in err


def test_show_missing_file_exits_2(capsys, tmp_path):
    code, _, err = run(capsys, "show", str(tmp_path / "gone.csv"))
    assert code == 2
    assert err == f"error: {tmp_path / 'gone.csv'}: no such file\n"


def test_module_runs_with_help():
    done = subprocess.run(
        [sys.executable, "-m", "events", "--help"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert done.returncode == 0
    assert "normalise" in done.stdout and "show" in done.stdout
    assert done.stderr == ""


# --- hostile files and terminal text ---------------------------------------------------------

DEEP = "[" * 1000 + "]" * 1000
SLIDES = {"events": [{"start_date": {"year": "2019"}, "text": {"headline": "Fine"}}]}


def hostile(**changes) -> str:
    return json.dumps(SLIDES | changes)


@pytest.mark.parametrize(
    ("name", "content", "code", "said"),
    [
        ("deep.json", DEEP, 2, "error: deep.json: JSON nested more than 64 levels deep"),
        ("deeper.json", '{"events": [' + '{"a": ' * 1000 + "1" + "}" * 1000 + "]}", 2,
         "error: deeper.json: JSON nested more than 64 levels deep"),
        ("digits.json", '[{"date": "2019", "title": "T", "importance": ' + "9" * 5000 + "}]", 0,
         "is not an importance"),
        ("title.json", hostile(title={"text": "a string"}), 0, "1 event, 0 with errors"),
        ("text.json", hostile(events=[{"start_date": {"year": "2019"}, "text": "a string"}]), 0,
         "field text: expected an object"),
        ("unplaced.json", hostile(timeline_desk={"unplaced": [{"position": 0}]}), 0,
         "field position: unknown column"),
        ("year.json", hostile(events=[{"start_date": {"year": "9" * 5000}}]), 0,
         "start year has 5000 digits"),
    ],
)  # fmt: skip
def test_show_a_hostile_file_gives_rows_or_one_line(tmp_path, name, content, code, said):
    path = tmp_path / name
    path.write_text(content)
    done = subprocess.run([sys.executable, "-m", "events", "show", str(path)], cwd=ROOT,
                          capture_output=True, text=True, check=False, timeout=120)  # fmt: skip
    assert done.returncode == code
    if code:
        assert done.stdout == "" and done.stderr.startswith(said)
        assert done.stderr.count("\n") == 1 and str(ROOT) not in done.stderr
    else:
        assert said in done.stdout and done.stderr == ""


@pytest.mark.parametrize(
    ("title", "shown"),
    [
        ("Red \x1b[31malert\x1b[0m", "Red \\x1b[31malert\\x1b[0m"),
        ("Title \x1b]0;owned\x07", "Title \\x1b]0;owned\\x07"),
        ("C1 \x9b31m csi", "C1 \\x9b31m csi"),
        ("bell\x07 and del\x7f", "bell\\x07 and del\\x7f"),
        ("back\x08space", "back\\x08space"),
        ("bidi \u202eevil", "bidi \\u202eevil"),
        ("Café 🚨", "Café 🚨"),
    ],
)
def test_show_table_escapes_control_characters(capsys, tmp_path, title, shown):
    path = tmp_path / "odd\x1b[2J.json"
    path.write_text(json.dumps({"name": f"N{title}", "events": [{"date": "2019", "title": title}]}))
    code, out, _ = run(capsys, "show", str(path))
    assert code == 0
    assert out.splitlines()[0] == f"N{shown}"
    assert shown in out
    assert not set(out) & {"\x1b", "\x9b", "\x07", "\x7f", "\x08", "\u202e"}


def test_show_json_escapes_what_json_leaves_raw(capsys, tmp_path):
    path = tmp_path / "odd.json"
    path.write_text(json.dumps([{"date": "2019", "title": "C1 \x9b del \x7f \u202e"}]))
    code, out, _ = run(capsys, "show", str(path), "--format", "json")
    assert code == 0 and not set(out) & {"\x9b", "\x7f", "\u202e"}
    assert json.loads(out)["events"][0]["title"] == "C1 \x9b del \x7f \u202e"


def test_show_error_messages_escape_control_characters(capsys, tmp_path):
    code, _, err = run(capsys, "show", str(tmp_path / "gone\x1b[2J.csv"))
    assert code == 2 and "\x1b" not in err and "gone\\x1b[2J.csv: no such file" in err
