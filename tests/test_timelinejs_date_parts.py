"""TimelineJS date parts (events/formats/timelinejs/date_parts.py)."""

from __future__ import annotations

import re
from datetime import date

import pytest

from events.dataset.rows import RawRow, build_event
from events.day import Day
from events.formats.timelinejs.date_parts import (
    PartsError,
    PartsSpan,
    date_cells,
    date_parts,
    parts_span,
    span_parts,
)
from events.span import DateSpan

D = date


@pytest.mark.parametrize(
    ("start", "end", "precision", "parts", "end_parts"),
    [
        (D(2024, 9, 9), D(2024, 9, 9), "day", {"year": "2024", "month": "9", "day": "9"}, None),
        (D(2022, 10, 17), D(2022, 10, 23), "week", {"year": "2022", "month": "10", "day": "17"},
         {"year": "2022", "month": "10", "day": "23"}),
        (D(2018, 4, 1), D(2018, 4, 30), "month", {"year": "2018", "month": "4"}, None),
        (D(2022, 6, 1), D(2022, 8, 31), "season",
         {"year": "2022", "month": "6"}, {"year": "2022", "month": "8"}),
        (D(2023, 7, 1), D(2023, 9, 30), "quarter",
         {"year": "2023", "month": "7"}, {"year": "2023", "month": "9"}),
        (D(2022, 9, 1), D(2022, 12, 31), "year", {"year": "2022"}, None),
        (D(2020, 9, 1), D(2024, 10, 25), "year", {"year": "2020"}, {"year": "2024"}),
        (D(1990, 1, 1), D(1999, 12, 31), "decade", {"year": "1990"}, {"year": "1999"}),
        (D(2001, 1, 1), D(2100, 12, 31), "century", {"year": "2001"}, {"year": "2100"}),
        # TimelineJS numbers BC years as historians do: -44 is 44 BC (astronomical -43)
        (Day(-43, 3, 15), Day(-43, 3, 15), "day", {"year": "-44", "month": "3", "day": "15"},
         None),
        (Day(0, 1, 1), Day(0, 12, 31), "year", {"year": "-1"}, None),
        (Day(-499, 1, 1), Day(-400, 12, 31), "century", {"year": "-500"}, {"year": "-401"}),
        (Day(-263, 1, 1), D(476, 12, 31), "century", {"year": "-264"}, {"year": "476"}),
        (Day(-2999, 1, 1), Day(-2000, 12, 31), "millennium", {"year": "-3000"},
         {"year": "-2001"}),
        (Day(-65_999_999, 1, 1), Day(-65_999_999, 12, 31), "million years",
         {"year": "-66000000"}, None),
        (Day(10_000, 1, 1), Day(10_000, 12, 31), "year", {"year": "10000"}, None),
    ],
)  # fmt: skip
def test_only_the_known_parts_are_written(start, end, precision, parts, end_parts):
    assert span_parts(DateSpan(start, end, precision)) == (parts, end_parts)


def test_date_parts_are_strings_without_padding():
    assert date_parts(D(800, 3, 5), "day") == {"year": "800", "month": "3", "day": "5"}


@pytest.mark.parametrize(
    ("start", "end", "first", "last", "precision", "text"),
    [
        ({"year": "1969"}, None, D(1969, 1, 1), D(1969, 12, 31), "year", "1969"),
        ({"year": 1969, "month": 7}, None, D(1969, 7, 1), D(1969, 7, 31), "month", "1969-07"),
        ({"year": "1969", "month": "7", "day": "20"}, {}, D(1969, 7, 20), D(1969, 7, 20), "day",
         "1969-07-20"),
        ({"year": "2024", "month": "2"}, None, D(2024, 2, 1), D(2024, 2, 29), "month", "2024-02"),
        ({"year": "1990"}, {"year": "1999"}, D(1990, 1, 1), D(1999, 12, 31), "year", "1990"),
        ({"year": "2022", "month": "6"}, {"year": "2022", "month": "8", "day": ""},
         D(2022, 6, 1), D(2022, 8, 31), "month", "2022-06"),
        ({"year": "800"}, None, D(800, 1, 1), D(800, 12, 31), "year", "AD 800"),
        ({"year": " 1,969 "}, {"year": ""}, D(1969, 1, 1), D(1969, 12, 31), "year", "1969"),
        ({"year": "-44"}, None, Day(-43, 1, 1), Day(-43, 12, 31), "year", "44 BC"),
        ({"year": -44, "month": 3, "day": 15}, None, Day(-43, 3, 15), Day(-43, 3, 15), "day",
         "-0043-03-15"),
        ({"year": "-1"}, None, Day(0, 1, 1), Day(0, 12, 31), "year", "1 BC"),
        ({"year": "-5", "month": "2"}, None, Day(-4, 2, 1), Day(-4, 2, 29), "month",
         "-0004-02"),  # 5 BC, astronomical -4, is a leap year
        ({"year": "-264"}, {"year": "476"}, Day(-263, 1, 1), D(476, 12, 31), "year", "264 BC"),
        ({"year": "-66,000,000"}, None, Day(-65_999_999, 1, 1), Day(-65_999_999, 12, 31),
         "year", "66,000,000 BC"),
        ({"year": "10000"}, None, Day(10_000, 1, 1), Day(10_000, 12, 31), "year", "10000"),
    ],
)  # fmt: skip
def test_parts_give_the_whole_span_at_the_finest_part(start, end, first, last, precision, text):
    span = parts_span(start, end)
    assert (span.first, span.last, span.precision, span.text) == (first, last, precision, text)


@pytest.mark.parametrize(
    ("start", "end", "message"),
    [
        ({}, None, "start date needs a year"),
        ({"month": "7"}, None, "start date needs a year"),
        ({"year": "1969", "day": "20"}, None, "a month before a day"),
        ({"year": "1969", "month": "13"}, None, "1969/13/- is not a date"),
        ({"year": "2023", "month": "2", "day": "29"}, None, "is not a date (day is out of range"),
        (
            {"year": "0"},
            None,
            "start year 0 is not a year in TimelineJS, which shows it as '0'"
            " (write -1 for 1 BC, 1 for AD 1)",
        ),
        ({"year": "-1", "month": "3"}, {"year": 0}, "end year 0 is not a year in TimelineJS"),
        (
            {"year": "-44", "month": "2", "day": "29"},
            None,
            "start date -44/2/29 is not a date (day 29 is not in month 2 of year -43;"
            " year -44 is 44 BC)",
        ),
        (
            {"year": "-30000000000"},
            None,
            "start date -30000000000/-/- is not a date (year"
            " -29999999999 is outside -20,000,000,000 to 20,000,000,000",
        ),
        ({"year": "soon"}, None, "start year 'soon' is not a whole number"),
        ({"year": True}, None, "start year True is not a whole number"),
        ({"year": "1999"}, {"year": "1990"}, "end date 1990 is before the start"),
        ({"year": "1999"}, {"month": "3"}, "end date needs a year"),
    ],
)
def test_bad_parts_are_named(start, end, message):
    with pytest.raises(PartsError, match=re.escape(message)):
        parts_span(start, end)


def span_of(first, last, precision, text, natural=None) -> PartsSpan:
    return PartsSpan(first, last, precision, text, natural or last)


@pytest.mark.parametrize(
    ("span", "display", "cells", "problem"),
    [
        (span_of(D(1969, 7, 1), D(1969, 7, 31), "month", "1969-07"), "July 1969",
         {"date": "July 1969"}, ""),
        (span_of(D(1969, 1, 1), D(1969, 12, 31), "year", "1969"), "late 1969",
         {"date": "late 1969", "start": "1969-01-01", "end": "1969-12-31"}, ""),
        (span_of(D(1969, 7, 20), D(1969, 7, 20), "day", "1969-07-20"), "",
         {"date": "1969-07-20"}, ""),
        (span_of(D(1969, 1, 1), D(1975, 12, 31), "year", "1969", D(1969, 12, 31)), "",
         {"date": "1969", "end": "1975-12-31"}, ""),
        (span_of(D(1969, 1, 1), D(1969, 12, 31), "year", "1969"), "July 1969",
         {"date": "1969"}, "'July 1969' does not read as the date its parts give (1969-01-01 to"),
        (span_of(D(2024, 10, 24), D(2024, 10, 24), "day", "2024-10-24"), "Thursday",
         {"date": "2024-10-24"}, "'Thursday' does not read as"),
        (span_of(D(1969, 1, 1), D(1969, 12, 31), "year", "1969"), "Summer of Love",
         {"date": "1969"}, "'Summer of Love' does not read"),
    ],
)  # fmt: skip
def test_display_date_is_kept_when_it_reads_as_the_parts(span, display, cells, problem):
    found, said = date_cells(span, display)
    assert found == cells
    assert said.startswith(problem) if problem else said == ""


@pytest.mark.parametrize(
    ("start", "end", "first", "last"),
    [
        ({"year": "-44"}, None, "-0043-01-01", "-0043-12-31"),
        ({"year": "-44", "month": "3"}, None, "-0043-03-01", "-0043-03-31"),
        ({"year": "-44", "month": "3", "day": "15"}, None, "-0043-03-15", "-0043-03-15"),
        ({"year": "-264"}, {"year": "476"}, "-0263-01-01", "0476-12-31"),
        ({"year": "-4500000000"}, None, "-4499999999-01-01", "-4499999999-12-31"),
        ({"year": "12000"}, {"year": "12009"}, "+12000-01-01", "+12009-12-31"),
    ],
)  # fmt: skip
def test_parts_beyond_years_1_to_9999_make_a_row_with_their_span(start, end, first, last):
    cells, problem = date_cells(parts_span(start, end), "")
    event = build_event(RawRow("t.json, event 1", 1, cells | {"title": "Far"}))
    assert (problem, event.error) == ("", "")
    assert (event.span.start.isoformat(), event.span.end.isoformat()) == (first, last)
