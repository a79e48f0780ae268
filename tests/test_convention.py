"""Convention-equivalent TIMEX values: notation variants, filled placeholders, part of day."""

from __future__ import annotations

import pytest

from events.evaluation.convention import equivalent, notation

# (ours, gold, counts as right)
ROWS = [
    # the same value
    ("1989-10-05", "1989-10-05", True),
    ("PRESENT_REF", "PRESENT_REF", True),
    # notation variants, both ways
    ("1989-W7", "1989-W07", True),
    ("1989-W07", "1989-W7", True),
    ("1990-08-10T17", "1990-08-10T17:00", True),
    ("1990-08-10T17:00", "1990-08-10T17", True),
    ("1990-08-10T17:00:00", "1990-08-10T17:00", True),
    ("199X", "199", True),
    ("199", "199X", True),
    ("19XX", "19", True),
    ("1989-w34", "1989-W34", True),
    # the gold's placeholders filled, every digit it gives kept
    ("1989-W34", "1989-WXX", True),
    ("1949", "1949-XX", True),
    ("1949-05", "1949-XX", True),
    ("1989-10", "1989-10-XX", True),
    ("1989-10", "XXXX-10", True),
    ("1951-04-22", "XXXX-XX-XX", True),
    ("1951-04-22TNI", "XXXX-XX-XXTNI", True),
    # the same day, with or without a part of day, both ways
    ("1990-08-10", "1990-08-10TNI", True),
    ("1990-08-10TMO", "1990-08-10", True),
    ("1951-04-22", "XXXX-XX-XXTNI", True),
    # not right: other digits
    ("1989-W35", "1989-W34", False),
    ("1990-W34", "1989-WXX", False),
    ("1950-05", "1949-XX", False),
    ("1989-11", "XXXX-10", False),
    ("1990-08-11", "1990-08-10TNI", False),
    ("1990-08-10T18:00", "1990-08-10T17", False),
    ("198", "199X", False),
    # not right: coarser than the gold, or placeholders where the gold has digits
    ("1989", "1989-10", False),
    ("1989-10", "1989-10-05", False),
    ("1918-08", "XXXX-XX-XX", False),
    ("1990", "199", False),
    ("199", "1990", False),
    ("XXXX-10", "1989-10", False),
    ("1989-WXX", "1989-W34", False),
    ("1949-XX", "1949", False),
    ("XXXX", "1949", False),
    # not right: another part of day, or a clock time for a part of day
    ("1990-08-10TMO", "1990-08-10TNI", False),
    ("1990-08-10T22:00", "1990-08-10TNI", False),
    ("PAST_REF", "PRESENT_REF", False),
]


@pytest.mark.parametrize(("ours", "gold", "right"), ROWS)
def test_a_value_counts_as_right_when_only_the_convention_differs(ours, gold, right):
    assert equivalent(ours, gold) is right


@pytest.mark.parametrize(
    ("value", "written"),
    [
        ("1989-W7", "1989-W07"),
        ("2001-05-02T9", "2001-05-02T9"),
        ("2001-05-02T09", "2001-05-02T09:00"),
        ("2001-05-02T09:30:00", "2001-05-02T09:30"),
        ("2001-05-02T09:30:15", "2001-05-02T09:30:15"),
        ("199X", "199"),
        ("XXXX", "XXXX"),
        ("BC0044", "BC0044"),
        (" 2001-SU ", "2001-SU"),
    ],
)
def test_notation_writes_each_value_one_way(value, written):
    assert notation(value) == written
