"""From and To typed as text for datasets outside years 1-9999: what each form reads as, what
is refused and why, how a bound is shown back, and frame timestamps in any year."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.state.bounds import (
    BoundError,
    bound_text,
    day_stamp,
    needs_text,
    read_bound,
    stamp_day,
)
from events.day import Day


@pytest.mark.parametrize(
    ("text", "side", "expected"),
    [
        ("264 BC", "from", Day(-263, 1, 1)),
        ("264 BC", "to", Day(-263, 12, 31)),
        ("44 bce", "from", Day(-43, 1, 1)),
        ("1 B.C.", "to", Day(0, 12, 31)),  # 1 BC is year 0
        ("AD 79", "from", date(79, 1, 1)),
        ("79 AD", "to", date(79, 12, 31)),
        ("AD 1", "from", date(1, 1, 1)),
        ("ce 476", "to", date(476, 12, 31)),
        ("-263", "from", Day(-263, 1, 1)),  # astronomical: 264 BC
        ("0", "to", Day(0, 12, 31)),
        ("1999", "from", date(1999, 1, 1)),
        ("  476  ", "to", date(476, 12, 31)),
        ("-0043-03-15", "from", Day(-43, 3, 15)),  # a day is the same on either side
        ("-0043-03-15", "to", Day(-43, 3, 15)),
        ("2024-10-05", "to", date(2024, 10, 5)),
        ("+10000-01-01", "from", Day(10000, 1, 1)),
        ("the 3rd century AD", "from", date(200, 1, 1)),  # any date form the dataset reads
        ("the 3rd century AD", "to", date(299, 12, 31)),
        ("", "from", None),
        ("   ", "to", None),
    ],
)
def test_a_typed_bound_reads_as_its_first_or_last_day(text, side, expected):
    assert read_bound(text, side) == expected


@pytest.mark.parametrize(
    ("text", "says"),
    [
        ("banana", "is not a year or a day: write a year such as 264 BC"),
        ("yesterday", "is not a year or a day"),  # relative: there is no today to count from
        ("0 BC", "there is no year 0 BC"),
        ("AD 0", "there is no year AD 0"),
        ("2022-02-30", "not a day of the calendar"),
        ("99999999999 BC", "is outside"),
        ("<b>1</b>", "is not a year or a day"),
    ],
)
def test_what_cannot_be_read_says_why_and_how_to_write_it(text, says):
    with pytest.raises(BoundError, match=says):
        read_bound(text, "from")


@pytest.mark.parametrize(
    ("day", "side", "shown"),
    [
        (Day(-263, 1, 1), "from", "264 BC"),
        (Day(-263, 12, 31), "to", "264 BC"),
        (Day(-263, 12, 31), "from", "-0263-12-31"),  # not a whole year's edge: the day
        (date(79, 12, 31), "to", "AD 79"),
        (Day(-43, 3, 15), "to", "-0043-03-15"),
        (date(1999, 1, 1), "from", "1999"),
        (None, "from", ""),
    ],
)
def test_a_bound_is_shown_as_it_would_be_typed(day, side, shown):
    assert bound_text(day, side) == shown
    if day is not None:
        assert read_bound(shown, side) == day


@pytest.mark.parametrize(
    ("first", "last", "text"),
    [
        (Day(-263, 1, 1), date(476, 12, 31), True),
        (date(1, 1, 1), Day(10000, 12, 31), True),
        (date(2004, 1, 1), date(2024, 10, 25), False),  # the news keeps its date pickers
        (date(1, 1, 1), date(9999, 12, 31), False),
        (None, None, False),
    ],
)
def test_text_bounds_only_where_a_date_picker_cannot_go(first, last, text):
    assert needs_text(first, last) is text


@pytest.mark.parametrize(
    "day", [Day(-263, 1, 1), Day(0, 2, 29), date(1, 1, 1), date(2024, 10, 25), Day(12000, 5, 6)]
)
def test_frame_timestamps_round_trip_in_any_year(day):
    assert stamp_day(day_stamp(day)) == day
