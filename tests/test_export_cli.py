"""`python -m dashboard.export` (dashboard/export/cli.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from pypdf import PdfReader

from dashboard.export.cli import main
from tests.golden import SOURCE

ROOT = Path(__file__).parent.parent


def test_exports_an_svg_with_title_filter_and_alt_text(tmp_path, capsys):
    out = tmp_path / "russia.svg"
    code = main(["--format", "svg", "--out", str(out), "--topic", "Russia", "--from",
                 "2020-01-01", "--title", "Russia since 2020", "--preset", "square"])  # fmt: skip
    assert code == 0
    svg = out.read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Russia since 2020" in svg
    assert "14 of 27 events · topic: Russia · since 2020-01-01" in svg
    assert "Source: CNBC, 25 Oct 2024, citing The Wall Street Journal · Chart: Timeline Desk" in svg
    alt = Path(f"{out}.alt.txt").read_text(encoding="utf-8")
    assert alt.startswith("Timeline chart: Russia since 2020. 14 dated events from 2020 to")
    first = [(child.tag.rpartition("}")[2], child.text) for child in ET.fromstring(svg)][:2]
    assert first == [("title", "Russia since 2020"), ("desc", alt.rstrip("\n"))]
    assert capsys.readouterr().out == f"wrote {out} and {out}.alt.txt\n"


def test_exports_the_history_builtin_between_typed_years(tmp_path):
    out = tmp_path / "rome.svg"
    assert main(["history", "--from", "AD 1", "--to", "AD 100", "--out", str(out)]) == 0
    alt = Path(f"{out}.alt.txt").read_text(encoding="utf-8")
    assert alt.startswith("Timeline chart: Rome from the Punic Wars to the fall of the West."
                          " 7 dated events from AD 9 to AD 80")  # fmt: skip
    assert "7 of 33 events · from 0001-01-01 to 0100-12-31" in out.read_text(encoding="utf-8")


def test_format_comes_from_the_file_name(tmp_path):
    out = tmp_path / "lighthouse.pdf"
    assert main([str(SOURCE), "--out", str(out), "--theme", "dark", "--title", "A & <b>"]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    text = reader.pages[0].extract_text()
    assert "A & <b>" in text and "Source: Estuary Courier, 14 Mar 2025" in text
    alt = Path(f"{out}.alt.txt").read_text(encoding="utf-8").rstrip("\n")
    assert (reader.metadata.title, reader.metadata.subject) == ("A & <b>", alt)


@pytest.mark.parametrize(
    ("argv", "ending"),
    [
        (["--preset", "slide"], "_slide.png"),
        (["--preset", "slide", "--theme", "light"], "_slide.png"),
        (["--preset", "slide", "--theme", "dark"], "_slide_dark.png"),
        (["--format", "svg", "--theme", "transparent"], "_web_transparent.svg"),
    ],
)
def test_without_out_the_name_says_what_is_in_the_file(tmp_path, monkeypatch, argv, ending):
    monkeypatch.chdir(tmp_path)
    assert main(["--actor", "Elon Musk", *argv]) == 0
    names = sorted(path.name for path in tmp_path.iterdir())
    stem = "elon-musk-and-vladimir-putin-cnbc-25-oct-2024_actor-elon-musk_2004-01-01-to-2024-10-25"
    assert names == [f"{stem}{ending}", f"{stem}{ending}.alt.txt"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--topic", "Nothing"],
         "no events match these filters (topic: Nothing); the dataset has 27 events"),
        (["--actor", "Elon Musk", "--topic", "Taiwan", "--from", "2030-01-01"],
         "no events match these filters (topic: Taiwan; actor: Elon Musk; since 2030-01-01);"
         " the dataset has 27 events"),
        (["--to", "1900-01-01", "--out", "early.pdf"],
         "no events match these filters (until 1900-01-01); the dataset has 27 events"),
        (["{dataset}", "--topic", "ice", "--format", "svg"],
         "no dated events to draw: the one event these filters keep (topic: ice) has no"
         " readable date; the dataset has 3 events"),
        (["{dataset}", "--from", "2030-01-01"],
         "no dated events to draw: none of the 2 events these filters keep (since 2030-01-01)"
         " has a readable date; the dataset has 3 events"),
    ],
)  # fmt: skip
def test_filters_that_leave_nothing_to_draw_exit_2_and_write_nothing(
    tmp_path, monkeypatch, capsys, argv, message
):
    dataset = tmp_path / "storms.csv"
    dataset.write_text(
        "id,date,title,topics\n"
        "dated,2019,Gale closes the harbour,wind\n"
        "undated,when the lamp was relit,Mayor presses the switch,storm\n"
        "also-undated,the day the sea froze,Harbour ices over,ice\n"
    )  # fmt: skip
    monkeypatch.chdir(tmp_path)
    assert main([arg.replace("{dataset}", str(dataset)) for arg in argv]) == 2
    captured = capsys.readouterr()
    assert (captured.out, captured.err) == ("", f"error: {message}\n")
    assert [path.name for path in tmp_path.iterdir()] == [dataset.name]


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["missing.csv"], "error: missing.csv: no such file"),
     (["--from", "yesterday"], "“yesterday” is not a year or a day"),
     (["history", "--to", "0 BC"], "there is no year 0 BC")],
)  # fmt: skip
def test_bad_input_exits_2(capsys, argv, message):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_a_missing_output_folder_is_made(tmp_path):
    out = tmp_path / "new" / "deeper" / "chart.svg"
    assert main(["--out", str(out)]) == 0
    assert out.read_bytes().startswith(b"<svg") and Path(f"{out}.alt.txt").exists()


@pytest.mark.parametrize(
    ("make", "reason"),
    [(lambda tmp: (tmp / "file").write_text("x") and tmp / "file" / "chart.png",
      "is a file, not a folder"),
     (lambda tmp: (tmp / "dir.png").mkdir() or tmp / "dir.png", "it is a folder")],
)  # fmt: skip
def test_an_unwritable_output_says_why_and_exits_2(tmp_path, capsys, make, reason):
    out = make(tmp_path)
    assert main(["--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert err.startswith(f"error: cannot write {out}: ") and reason in err
    assert "Traceback" not in err


def test_without_a_browser_it_exits_3_saying_how_to_install_one(tmp_path):
    env = {**os.environ, "BROWSER_PATH": str(tmp_path / "no-chromium")}
    done = subprocess.run(
        [sys.executable, "-m", "dashboard.export", "--out", str(tmp_path / "x.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 3
    assert "apt-get install -y chromium" in done.stderr
    assert not (tmp_path / "x.png").exists()


@pytest.mark.parametrize(
    ("argv", "slides", "pages"),
    [
        (["--handout", "6"], 29, 5),
        (["--handout", "1", "--from", "2024-09-01", "--title", "Autumn 2024"], 11, 11),
    ],
)
def test_handout_writes_the_deck_as_one_pdf(tmp_path, capsys, argv, slides, pages):
    out = tmp_path / "new folder" / "handout.pdf"
    assert main([*argv, "--out", str(out)]) == 0
    reader = PdfReader(io.BytesIO(out.read_bytes()))
    assert len(reader.pages) == pages
    title = argv[-1] if "--title" in argv else "Elon Musk and Vladimir Putin (CNBC, 25 Oct 2024)"
    assert reader.metadata.title == title
    assert title in " ".join(reader.pages[0].extract_text().split())  # wrapped on the page
    assert capsys.readouterr().out == f"wrote {out}: {slides} slides on {pages} pages\n"


def test_without_out_the_handout_is_named_for_its_events(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--handout", "6", "--actor", "Elon Musk", "--to", "2016-12-31"]) == 0
    assert [path.name for path in tmp_path.iterdir()] == [
        "elon-musk-and-vladimir-putin-cnbc-25-oct-2024_actor-elon-musk_2004-01-01-to-2016-12-31"
        "_handout-6-per-page.pdf"
    ]


@pytest.mark.parametrize(
    ("argv", "message"),
    [
        (["--format", "png"], "error: a handout is a PDF, not PNG: leave out --format"),
        (["--out", "deck.svg"], "error: a handout is a PDF: name the file with .pdf, not"
         " 'deck.svg'"),
        (["--topic", "Nope"], "error: no events match these filters (topic: Nope); the dataset"
         " has 27 events"),
        (["--handout", "2"], "timeline-desk-export: error: argument --handout: invalid choice:"
         " 2 (choose from 1, 6)"),
        (["--handout", "six"], "timeline-desk-export: error: argument --handout: invalid int"
         " value: 'six'"),
    ],
)  # fmt: skip
def test_a_handout_asked_for_wrongly_exits_2_with_one_line(tmp_path, monkeypatch, capsys, argv,
                                                           message):  # fmt: skip
    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(sys, "argv", ["timeline-desk-export"])
    assert main(["--handout", "6", *argv]) == 2
    assert capsys.readouterr().err.splitlines()[-1] == message
    assert list(tmp_path.iterdir()) == []


def test_a_deck_too_long_for_a_handout_exits_2(tmp_path, monkeypatch, capsys):
    monkeypatch.setattr("dashboard.export.handout.pdf.MAX_EVENTS", 20)
    assert main(["--handout", "1", "--out", str(tmp_path / "long.pdf")]) == 2
    assert capsys.readouterr().err == (
        "error: a handout holds at most 20 dated events and these filters keep 27: filter the"
        " events down first\n"
    )
    assert list(tmp_path.iterdir()) == []
