"""The precision of a span given by its first and last day (events/dataset/precision.py), in
years 1 to 9999 and outside them (BC, astronomical numbering, and deep time)."""

from __future__ import annotations

import pytest

from events.dataset.precision import derived_precision
from events.day import parse_iso


@pytest.mark.parametrize(
    ("start", "end", "expected"),
    [
        ("2024-03-04", "2024-03-04", "day"),
        ("2024-03-04", "2024-03-10", "week"),  # Monday to Sunday
        ("2024-03-05", "2024-03-11", "week"),  # seven days from a Tuesday: by length
        ("2024-02-01", "2024-02-29", "month"),
        ("2024-04-01", "2024-06-30", "quarter"),
        ("2024-03-01", "2024-05-31", "season"),
        ("2024-07-01", "2024-12-31", "half"),
        ("2024-01-01", "2024-12-31", "year"),
        ("2020-01-01", "2029-12-31", "decade"),
        ("1901-01-01", "2000-12-31", "century"),
        ("1900-01-01", "2149-12-31", "century"),  # 250 years: by length
        ("9999-12-25", "9999-12-31", "week"),
        # BC: astronomical years, -43 is 44 BC, 0 is 1 BC
        ("-0043-03-15", "-0043-03-15", "day"),
        ("-0043-03-01", "-0043-03-31", "month"),
        ("-0004-02-01", "-0004-02-29", "month"),  # 5 BC is a leap year
        ("-0043-01-01", "-0043-12-31", "year"),
        ("0000-01-01", "0000-12-31", "year"),  # 1 BC
        ("-0009-01-01", "0000-12-31", "decade"),  # 10 BC to 1 BC
        ("-0499-01-01", "-0400-12-31", "century"),  # the 5th century BC
        ("-2999-01-01", "-2000-12-31", "millennium"),  # the 3rd millennium BC
        ("-0263-01-01", "0476-12-31", "century"),  # 740 years, BC to AD
        ("-9999-01-01", "-0001-12-31", "millennium"),  # 9,999 years
        ("-11999-01-01", "-9999-12-31", "millennium"),  # 2,001 years
        ("-29999-01-01", "-9999-12-31", "thousand years"),
        ("-65999999-01-01", "-64999999-12-31", "million years"),  # a million years and one
        ("-4500000000-01-01", "-4000000000-12-31", "million years"),
        ("-4999999999-01-01", "-3000000000-12-31", "billion years"),
        ("+10000-01-01", "+10009-12-31", "decade"),
    ],
)
def test_precision_from_first_and_last_day(start, end, expected):
    assert derived_precision(parse_iso(start), parse_iso(end)) == expected
