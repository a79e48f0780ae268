"""Ranges of two dates read as one span: each joining form, completion from the later end,
and what is not a range."""

from __future__ import annotations

from datetime import date

import pytest

from events.article.extract import extract
from events.dates.normalise import NotADate, normalise
from events.dates.ranges import RANGE_FORMS, join_ranges

PUBLISHED = date(2024, 10, 25)

# (text, start, end, precision, timex, rule)
RANGES = [
    ("2019-2021", "2019-01-01", "2021-12-31", "year", "2019/2021", "range_dash"),
    ("2022\u201323", "2022-01-01", "2023-12-31", "year", "2022/2023", "range_dash"),
    ("Nov. 3-7, 2024", "2024-11-03", "2024-11-07", "day", "2024-11-03/2024-11-07", "range_dash"),
    ("the 1990s-2000s", "1990-01-01", "2009-12-31", "decade", "199/200", "range_dash"),
    ("1915-17", "1915-01-01", "1917-12-31", "year", "1915/1917", "range_dash"),
    ("1990-91", "1990-01-01", "1991-12-31", "year", "1990/1991", "range_dash"),
    ("from 2019 to 2021", "2019-01-01", "2021-12-31", "year", "2019/2021", "range_from_to"),
    ("March 3 to 5, 2024", "2024-03-03", "2024-03-05", "day", "2024-03-03/2024-03-05",
     "range_from_to"),
    ("September to November 2022", "2022-09-01", "2022-11-30", "month", "2022-09/2022-11",
     "range_from_to"),
    ("December through March 2021", "2020-12-01", "2021-03-31", "month", "2020-12/2021-03",
     "range_from_to"),
    ("early 2019 until late 2021", "2019-01-01", "2021-12-31", "year", "2019/2021",
     "range_from_to"),
    ("from Aug. 26 to Oct. 20", "2024-08-26", "2024-10-20", "day", "2024-08-26/2024-10-20",
     "range_from_to"),
    ("between March and May 2020", "2020-03-01", "2020-05-31", "month", "2020-03/2020-05",
     "range_between_and"),
    ("between 1994 and 1997", "1994-01-01", "1997-12-31", "year", "1994/1997",
     "range_between_and"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision", "timex", "rule"), RANGES)
def test_a_range_is_one_span_from_its_first_end_to_its_last(
    text, start, end, precision, timex, rule
):
    span = normalise(text, published=PUBLISHED)
    assert (span.start.isoformat(), span.end.isoformat(), span.precision) == (
        start, end, precision)
    assert (span.timex, span.rule) == (timex, rule)


def test_every_joining_form_has_a_row():
    assert {f"range_{form.name}" for form in RANGE_FORMS} == {row[-1] for row in RANGES}


# A single date that holds a dash or a joining word stays one date.
@pytest.mark.parametrize(
    ("text", "start", "end", "rule"),
    [
        ("2024-10-05", "2024-10-05", "2024-10-05", "iso_date"),
        ("2010-11", "2010-11-01", "2010-11-30", "iso_month"),
        ("mid-2019", "2019-05-01", "2019-08-31", "year"),
        ("2023-Q3", "2023-07-01", "2023-09-30", "iso_quarter"),
    ],
)
def test_single_dates_with_a_dash_are_not_ranges(text, start, end, rule):
    span = normalise(text, published=PUBLISHED)
    assert (span.start.isoformat(), span.end.isoformat(), span.rule) == (start, end, rule)


@pytest.mark.parametrize("text", ["2021-2019", "Nov. 7-3, 2024", "Feb. 27-31, 2024"])
def test_ends_in_the_wrong_order_or_impossible_make_no_range(text):
    try:
        span = normalise(text, published=PUBLISHED)
    except NotADate:
        return
    assert not span.rule.startswith("range_")


# (article text, the rows' (text, start, end, precision) once ranges are joined)
JOINED = [
    ("The strike ran from 2019 to 2021.", [("2019 to 2021", "2019-01-01", "2021-12-31", "year")]),
    ("Prices rose between March and May 2020.",
     [("March and May 2020", "2020-03-01", "2020-05-31", "month")]),
    ("The fair ran Oct. 8 - Oct. 12, 2023.",
     [("Oct. 8 - Oct. 12, 2023", "2023-10-08", "2023-10-12", "day")]),
    ("It rained in March and in May 2020.",  # a list, not a range
     [("March", "2020-03-01", "2020-03-31", "month"), ("May 2020", "2020-05-01", "2020-05-31",
                                                       "month")]),
    ("In March 1916 the guns fired between the 3rd and the 5th.",
     [("March 1916", "1916-03-01", "1916-03-31", "month"),
      ("the 3rd and the 5th", "1916-03-03", "1916-03-05", "day")]),
    ("In March 1916 the fort was shelled on the 19th and the 20th.",  # a list of two days
     [("March 1916", "1916-03-01", "1916-03-31", "month"),
      ("the 19th", "1916-03-19", "1916-03-19", "day"),
      ("the 20th", "1916-03-20", "1916-03-20", "day")]),
    ("Throughout 1915-17 the front held.", [("1915-17", "1915-01-01", "1917-12-31", "year")]),
    ("Kut (1990-94) fell.", [("1990-94", "1990-01-01", "1994-12-31", "year")]),
    ("The fair ran 2022\u201323.", [("2022\u201323", "2022-01-01", "2023-12-31", "year")]),
    ("In 1999-03 sales fell.", [("1999-03", "1999-03-01", "1999-03-31", "month")]),  # a month
    ("The battle of 6-7 January 1916 was lost.",
     [("6-7 January 1916", "1916-01-06", "1916-01-07", "day")]),
    ("In June 1950 the army landed; on 12 to 14 July the division embarked.",
     [("June 1950", "1950-06-01", "1950-06-30", "month"),
      ("12 to 14 July", "1950-07-12", "1950-07-14", "day")]),
    ("It opened in 2021 and closed to visitors in 2023.",
     [("2021", "2021-01-01", "2021-12-31", "year"), ("2023", "2023-01-01", "2023-12-31", "year")]),
]


@pytest.mark.parametrize(("text", "expected"), JOINED)
def test_an_article_range_becomes_one_row(text, expected):
    rows = join_ranges(extract(text, published=PUBLISHED), text)
    got = [(r.text, r.start.isoformat(), r.end.isoformat(), r.precision) for r in rows]
    assert got == expected
    assert all(text[r.char_start:r.char_end] == r.text for r in rows)


def test_a_joined_range_leaves_its_title():
    text = "The ferry strike ran from 2019 to 2021, the union said."
    (row,) = join_ranges(extract(text, published=PUBLISHED), text)
    assert row.title == "The ferry strike ran, the union said"
