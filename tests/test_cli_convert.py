"""`python -m events convert` (events/cli_convert.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import pytest

from events import formats
from events.cli import convert as cli_convert
from events.dataset import load_dataset, read_events
from tests.golden import FILES, GOLDEN, SOURCE
from tests.helpers import run_cli as run

ROOT = Path(__file__).parent.parent


@pytest.mark.parametrize("fmt", ["csv", "json", "timelinejs", "timelinejs-csv", "ics"])
def test_writes_each_format_to_a_file(capsys, tmp_path, fmt):
    out = tmp_path / f"out.{fmt}"
    code, printed, err = run(capsys, "convert", str(SOURCE), "--to", fmt, "--out", str(out))
    assert (code, printed) == (0, "")
    assert err.startswith(f"wrote {out} (")
    dataset = load_dataset(SOURCE)
    expected = formats.get(fmt).writer(dataset.events, dataset.name)
    assert out.read_bytes().decode("utf-8") == expected


def test_no_input_converts_the_built_in_dataset_to_stdout(capsys):
    code, printed, err = run(capsys, "convert", "--to", "timelinejs")
    doc = json.loads(printed)
    assert (code, err) == (0, "")
    assert doc["title"]["text"]["headline"].startswith("Elon Musk and Vladimir Putin")
    assert len(doc["events"]) == 27


def test_formats_that_need_dates_name_what_they_leave_out(capsys):
    code, printed, err = run(capsys, "convert", str(SOURCE), "--to", "ics")
    assert code == 0 and printed.startswith("BEGIN:VCALENDAR")
    assert "left out (no readable date, iCalendar needs one): lamp-ceremony" in err
    assert "left out of iCalendar: bronze-age-hoard: iCalendar dates have four-digit years" in err


def test_icalendar_names_each_event_beyond_years_1_to_9999_it_leaves_out(capsys, tmp_path):
    far = tmp_path / "far.csv"
    far.write_text(
        "id,title,start,end\nides,Caesar killed,-0043-03-15,\n"
        "moon,Moon landing,1969-07-20,\nrome,Rome,-0263-01-01,0476-12-31\n"
    )
    code, printed, err = run(capsys, "convert", str(far), "--to", "ics")
    assert code == 0 and "UID:moon@timeline-desk" in printed and "UID:ides" not in printed
    assert err.splitlines() == [
        "left out of iCalendar: ides: iCalendar dates have four-digit years, AD 1 to AD 9999,"
        " and this event falls in 44 BC",
        "left out of iCalendar: rome: iCalendar dates have four-digit years, AD 1 to AD 9999,"
        " and this event runs from 264 BC to AD 476",
    ]


def test_from_forces_the_input_format(capsys, tmp_path):
    sheet = tmp_path / "sheet.txt"
    sheet.write_bytes((GOLDEN / FILES["timelinejs-csv"]).read_bytes())
    code, printed, _ = run(capsys, "convert", str(sheet), "--from", "timelinejs-csv", "--to", "csv")
    assert code == 0
    assert len(read_events(printed, fmt="csv", source_name="out.csv")) == 12


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["convert", "missing.csv", "--to", "csv"], "error: missing.csv: no such file"),
        (["convert", str(GOLDEN / FILES["ics"]), "--to", "csv"], "is iCalendar: Timeline Desk"),
        (["convert", "--from", "csv", "--to", "json"], "error: --from needs an input file"),
        (
            ["convert", str(SOURCE), "--to", "csv", "--out", "/nonexistent/dir/x.csv"],
            "error: cannot write /nonexistent/dir/x.csv",
        ),
    ],
)
def test_failures_exit_2_with_a_message(capsys, argv, message):
    code, printed, err = run(capsys, *argv)
    assert (code, printed) == (2, "")
    assert message in err


def test_unknown_target_is_a_usage_error(capsys):
    code, _, err = run(capsys, "convert", "--to", "xml")
    assert code == 2 and "invalid choice: 'xml'" in err


def test_module_entry_point_reads_stdin():
    done = subprocess.run(
        [sys.executable, "-m", "events", "convert", "-", "--to", "json"],
        input=SOURCE.read_bytes(),
        capture_output=True,
        cwd=ROOT,
        check=False,
        timeout=60,
    )
    assert done.returncode == 0, done.stderr
    assert len(json.loads(done.stdout)["events"]) == 13


@pytest.mark.parametrize(
    ("name", "content"),
    [
        ("deep.json", "[" * 1000 + "]" * 1000),
        ("deep.txt", '{"events": [' + '{"a": ' * 1000 + "1" + "}" * 1000 + "]}"),
        ("quote.csv", 'date,title\n2019,"open\n2020,x\n'),
    ],
)
def test_a_hostile_file_exits_2_with_one_line_and_writes_nothing(tmp_path, name, content):
    path, out = tmp_path / name, tmp_path / "out.ics"
    path.write_text(content)
    done = subprocess.run(
        [sys.executable, "-m", "events", "convert", str(path), "--to", "ics", "--out", str(out)],
        capture_output=True, text=True, cwd=ROOT, check=False, timeout=60,
    )  # fmt: skip
    assert (done.returncode, done.stdout) == (2, "")
    assert done.stderr.startswith(f"error: {name}") and done.stderr.count("\n") == 1
    assert not out.exists()


@pytest.mark.parametrize("fmt", ["csv", "json", "timelinejs", "timelinejs-csv", "ics"])
def test_a_failed_write_leaves_no_file_behind(capsys, tmp_path, monkeypatch, fmt):
    out = tmp_path / f"out.{fmt}"
    out.write_text("the file that was there")

    def broken(events, title=""):
        yield "half a file"
        raise OSError(28, "No space left on device")

    target = formats.get(fmt)
    monkeypatch.setattr(formats, "BY_NAME", {**formats.BY_NAME,
                                             fmt: replace(target, stream=broken)})  # fmt: skip
    code, _, err = run(capsys, "convert", str(SOURCE), "--to", fmt, "--out", str(out))
    assert code == 2 and f"error: cannot write {out}: No space left on device" in err
    assert out.read_text() == "the file that was there"
    assert [path.name for path in tmp_path.iterdir()] == [out.name]


def test_convert_streams_what_it_reads(tmp_path):
    """A native CSV goes out event by event: the writer has the first piece before the reader
    has made the last event."""
    rows = "".join(f"e{n},{2000 + n % 20},Title {n}\n" for n in range(3000))
    source = tmp_path / "many.csv"
    source.write_text("id,date,title\n" + rows)
    stream = cli_convert.read_stream(str(source), None)
    first = next(formats.get("csv").pieces(stream.events, stream.name))
    assert first.startswith("id,date,") and next(stream.events).id.startswith("e")
