"""Docs coverage: the README must not forget a command, a data column or a precision."""

from __future__ import annotations

import csv
import re
from pathlib import Path

import pytest

from events.span import PRECISIONS

ROOT = Path(__file__).resolve().parents[1]
README = (ROOT / "README.md").read_text(encoding="utf-8")
DEFAULT_CSV = ROOT / "events" / "data" / "cnbc_musk_putin_2024.csv"


def csv_columns() -> list[str]:
    with DEFAULT_CSV.open(encoding="utf-8", newline="") as handle:
        return next(csv.reader(handle))


def section(title: str) -> str:
    """The README text under a `## title` heading, up to the next heading of that level."""
    match = re.search(rf"^## {re.escape(title)}\n(.*?)(?=^## |\Z)", README, re.M | re.S)
    assert match, f"README has no '## {title}' section"
    return match.group(1)


@pytest.mark.parametrize("command", ["make run", "make test", "make run DATASET="])
def test_commands(command):
    assert command in README


def test_run_and_test_come_first():
    first_block = README.split("```")[1]
    assert "make run" in first_block and "make test" in first_block


@pytest.mark.parametrize("column", csv_columns())
def test_every_csv_column_is_documented(column):
    assert f"| `{column}` |" in section("Data format")


@pytest.mark.parametrize("precision", PRECISIONS)
def test_every_precision_has_date_forms(precision):
    assert re.search(rf"^- \*\*{precision}\*\*: \S", section("Date forms"), re.M)


def test_screenshot_exists():
    assert "docs/screenshot.png" in README
    assert (ROOT / "docs" / "screenshot.png").is_file()
