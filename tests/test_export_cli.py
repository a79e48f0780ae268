"""`python -m dashboard.export` (dashboard/export/cli.py)."""

from __future__ import annotations

import io
import os
import subprocess
import sys
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
    assert capsys.readouterr().out == f"wrote {out} and {out}.alt.txt\n"


def test_format_comes_from_the_file_name(tmp_path):
    out = tmp_path / "lighthouse.pdf"
    assert main([str(SOURCE), "--out", str(out), "--theme", "dark"]) == 0
    text = PdfReader(io.BytesIO(out.read_bytes())).pages[0].extract_text()
    assert "saltmarsh_lighthouse" in text and "Source: Estuary Courier, 14 Mar 2025" in text


def test_without_out_the_name_says_what_is_in_the_file(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    assert main(["--actor", "Elon Musk", "--preset", "slide"]) == 0
    names = sorted(path.name for path in tmp_path.iterdir())
    stem = "elon-musk-and-vladimir-putin-cnbc-25-oct-2024_actor-elon-musk_2004-01-01-to-2024-10-25"
    assert names == [f"{stem}_slide.png", f"{stem}_slide.png.alt.txt"]


@pytest.mark.parametrize(
    ("argv", "message"),
    [(["missing.csv"], "error: missing.csv: no such file"),
     (["--from", "yesterday"], "'yesterday' is not a date")],
)  # fmt: skip
def test_bad_input_exits_2(capsys, argv, message):
    assert main(argv) == 2
    assert message in capsys.readouterr().err


def test_without_a_browser_it_exits_3_saying_how_to_install_one(tmp_path):
    env = {**os.environ, "BROWSER_PATH": str(tmp_path / "no-chromium")}
    done = subprocess.run(
        [sys.executable, "-m", "dashboard.export", "--out", str(tmp_path / "x.png")],
        cwd=ROOT, env=env, capture_output=True, text=True, timeout=120, check=False,
    )
    assert done.returncode == 3
    assert "apt-get install -y chromium" in done.stderr
    assert not (tmp_path / "x.png").exists()
