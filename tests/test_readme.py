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


def _rule_examples() -> dict[str, list[str]]:
    from tests.test_normalise import FORMS

    examples: dict[str, list[str]] = {}
    for text, *_, rule in FORMS:
        examples.setdefault(rule, []).append(text)
    return examples


@pytest.mark.parametrize(("rule", "examples"), sorted(_rule_examples().items()))
def test_every_date_rule_has_an_example_in_the_readme(rule, examples):
    assert any(f'"{text}"' in section("Date forms") for text in examples), rule


def test_every_refusal_class_is_documented():
    from events.dates.nondates import NON_DATES

    documented = section("Date forms").lower()
    for non_date in NON_DATES:
        word = {"name_with_number": "names with numbers", "set": "sets"}.get(
            non_date.name, non_date.name)
        assert word in documented, non_date.name
