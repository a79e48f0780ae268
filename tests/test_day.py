"""events.day: days of any year, BC and deep time included, beside Python's date."""

from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events.day import (
    Day,
    add_days,
    calendar_day,
    days_between,
    from_ordinal,
    is_leap,
    parse_iso,
    year_name,
)


@pytest.mark.parametrize(
    ("year", "month", "day", "kind"),
    [
        (2022, 10, 5, date),
        (1, 1, 1, date),
        (9999, 12, 31, date),
        (0, 1, 1, Day),
        (-43, 3, 15, Day),
        (10_000, 1, 1, Day),
        (-66_000_000, 1, 1, Day),
    ],
)
def test_calendar_day_is_a_date_only_where_date_can_hold_it(year, month, day, kind):
    assert type(calendar_day(year, month, day)) is kind


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (Day(-43, 3, 15), "-0043-03-15"),
        (Day(0, 12, 31), "+0000-12-31"),
        (Day(-499), "-0499-01-01"),
        (Day(-4_500_000_000), "-4500000000-01-01"),
        (Day(12_000, 6, 1), "+12000-06-01"),
        (date(476, 9, 4), "0476-09-04"),
    ],
)
def test_iso_form_reads_back(day, text):
    assert day.isoformat() == text
    assert parse_iso(text) == day


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("44 BC", "is not a day written"),
        ("-0043-02-29", "not a day of the calendar"),
        ("2023-02-29", "not a day of the calendar"),
        ("-0043-13-01", "not a day of the calendar"),
    ],
)
def test_parse_iso_says_what_is_wrong(text, message):
    with pytest.raises(ValueError, match=message):
        parse_iso(text)


@pytest.mark.parametrize(
    ("year", "leap"),
    [(0, True), (-4, True), (-100, False), (-400, True), (-1, False), (2000, True)],
)
def test_leap_years_extend_backwards(year, leap):
    assert is_leap(year) is leap


@pytest.mark.parametrize(
    ("first", "later"),
    [
        (Day(-43, 3, 15), date(1, 1, 1)),
        (Day(0, 12, 31), date(1, 1, 1)),
        (Day(-500), Day(-499)),
        (Day(-66_000_000), Day(-43)),
        (date(9999, 12, 31), Day(10_000)),
    ],
)
def test_days_sort_across_the_year_one_boundary(first, later):
    assert first < later and later > first and first <= later and later >= first
    assert first != later
    assert sorted([later, first]) == [first, later]


@pytest.mark.parametrize(
    ("first", "last", "days"),
    [
        (Day(0, 12, 31), date(1, 1, 1), 1),
        (Day(0, 1, 1), date(1, 1, 1), 366),  # 1 BC was a leap year
        (Day(-1, 1, 1), Day(0, 1, 1), 365),
        (date(2022, 1, 1), date(2023, 1, 1), 365),
    ],
)
def test_days_between_counts_over_year_zero(first, last, days):
    assert days_between(first, last) == days
    assert add_days(first, days) == last


@pytest.mark.parametrize(
    ("year", "name"),
    [
        (-43, "44 BC"),
        (0, "1 BC"),
        (1, "AD 1"),
        (79, "AD 79"),
        (1066, "1066"),
        (-65_999_999, "66,000,000 BC"),
    ],
)
def test_year_name_reads_as_written(year, name):
    assert year_name(year) == name


@pytest.mark.parametrize(
    ("year", "month", "day"), [(2023, 2, 29), (-43, 2, 29), (5, 13, 1), (-1, 4, 31)]
)
def test_a_day_that_does_not_exist_is_refused(year, month, day):
    with pytest.raises(ValueError):
        calendar_day(year, month, day)


@pytest.mark.parametrize(
    ("day", "changes", "expected"),
    [
        (Day(-43, 3, 15), {"day": 1}, Day(-43, 3, 1)),
        (Day(-43, 3, 15), {"year": -44}, Day(-44, 3, 15)),
        (Day(0, 6, 1), {"year": 1}, date(1, 6, 1)),  # a date again once the year allows
    ],
)
def test_replace_changes_parts_like_date_replace(day, changes, expected):
    assert day.replace(**changes) == expected
    assert type(day.replace(**changes)) is type(expected)


def test_a_day_in_date_years_must_be_a_date():
    with pytest.raises(ValueError, match="calendar_day"):
        Day(2022, 1, 1)


years = st.integers(min_value=-(10**9), max_value=9999)


@given(years, st.integers(1, 12), st.integers(1, 28))
def test_ordinals_and_iso_round_trip_for_any_year(year, month, day_of_month):
    day = calendar_day(year, month, day_of_month)
    assert from_ordinal(day.toordinal()) == day
    assert parse_iso(day.isoformat()) == day


@given(st.lists(st.tuples(years, st.integers(1, 12), st.integers(1, 28)), min_size=2, max_size=8))
def test_order_of_days_is_the_order_of_their_ordinals(parts):
    days = [calendar_day(*part) for part in parts]
    assert sorted(days) == sorted(days, key=lambda day: day.toordinal())
    assert sorted(days) == [calendar_day(*part) for part in sorted(parts)]
