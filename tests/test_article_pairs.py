"""Pairs of date expressions: a range, or a date restated beside another (one event, one title)."""

from __future__ import annotations

from datetime import date

import pytest

from events.article.extract import extract
from events.article.pairs import better, extents, restates

PUBLISHED = date(2024, 10, 25)
BEFORE = "The pier shut on Oct. 27, 2022. "  # the event a counted date counts from


def pair(text: str, first: str, second: str):
    rows = {row.text: row for row in extract(text, published=PUBLISHED)}
    return rows[first], rows[second]


# (text, first date, second date, restates): the second says again when the first was.
RESTATED = [
    (BEFORE + "About a year later, in September 2023, it reopened.", "About a year later",
     "September 2023", True),
    ("Last year, in 2023, the mill closed.", "Last year", "2023", True),
    ("Yesterday (on Oct. 24) the quay flooded.", "Yesterday", "Oct. 24", True),
    ("In 2022 - in early October - the pier moved.", "2022", "early October", True),
    ("In 2019, in March, the council voted.", "2019", "March", True),
    # a list, a comma splice, another sentence: two moments
    ("The ferry stopped in 2019, 2020 and 2021.", "2019", "2020", False),
    ("The mill opened in 2019, two years later it shut.", "2019", "two years later", False),
    ("The mill opened in March. In 2019 it shut.", "March", "2019", False),
    ("The quay flooded on Monday, on Oct. 3 and again later.", "Monday", "Oct. 3", False),
]


@pytest.mark.parametrize(("text", "first", "second", "expected"), RESTATED)
def test_a_date_restated_beside_another(text, first, second, expected):
    assert restates(text, *pair(text, first, second)) is expected


# (text, first, second, the reading kept)
KEPT = [
    (BEFORE + "About a year later, in September 2023, it reopened.", "About a year later",
     "September 2023", "September 2023"),  # exact over approximate
    ("In 2022 - in early October - the pier moved.", "2022", "early October", "early October"),
    ("Last year, in 2023, the mill closed.", "Last year", "2023", "2023"),  # named over counted
    ("Yesterday (on Oct. 24) the quay flooded.", "Yesterday", "Oct. 24", "Oct. 24"),
]


@pytest.mark.parametrize(("text", "first", "second", "kept"), KEPT)
def test_the_better_reading_is_kept(text, first, second, kept):
    chosen, dropped = better(*pair(text, first, second))
    assert (chosen.text, dropped.text) == (kept, ({first, second} - {kept}).pop())


def test_extents_cover_a_range_a_restatement_and_its_bracket():
    text = "Work ran from 2019 to 2021. Yesterday (on Oct. 24) it rained in March."
    rows = extract(text, published=PUBLISHED)
    assert [text[a:b] for a, b in extents(rows, text)] == [
        "2019 to 2021", "2019 to 2021", "Yesterday (on Oct. 24)", "Yesterday (on Oct. 24)",
        "March",
    ]  # fmt: skip
