"""chart.years: where years and months start on the time axis in any year, which day or year a
moment falls in, and how the axis writes them."""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd
import pytest

from dashboard.chart import years
from events.day import Day, calendar_day

DAY_MS = 86_400_000


def ms_of(day) -> float:
    return float((day.toordinal() - date(1970, 1, 1).toordinal()) * DAY_MS)


@pytest.mark.parametrize(
    "year", [2024, 1970, 1, 0, -43, -499, -9999, -65_998_000, -4_500_000_000, 10_000]
)
def test_a_year_starts_where_its_first_of_january_is_and_moments_find_it(year):
    start = years.year_ms([year])[0]
    assert start == pytest.approx(ms_of(calendar_day(year)), rel=1e-15)
    moments = [start, start + DAY_MS * 200, years.year_ms([year + 1])[0] - DAY_MS]
    assert years.year_of(moments).tolist() == [year] * 3


@pytest.mark.parametrize(
    ("year", "month"), [(2024, 2), (2024, 3), (0, 3), (-43, 3), (-44, 12), (-4, 2), (1900, 3)]
)
def test_a_month_starts_on_its_first_day_leap_years_counted(year, month):
    index = year * 12 + month - 1
    start = years.month_ms([index])[0]
    assert start == ms_of(calendar_day(year, month, 1))
    assert years.month_of([start, start + 27 * DAY_MS]).tolist() == [index, index]


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        (pd.Timestamp("2024-10-25"), date(2024, 10, 25)),
        (np.datetime64("-0043-03-15T12:00", "s"), Day(-43, 3, 15)),
        (pd.Timestamp(np.datetime64("-4500000000-01-01", "s")), Day(-4_500_000_000, 1, 1)),
        (Day(-263, 1, 1), Day(-263, 1, 1)),
        (date(79, 8, 24), date(79, 8, 24)),
    ],
)
def test_day_of_any_value(value, expected):
    assert years.day_of(value) == expected


@pytest.mark.parametrize(
    ("day", "text"),
    [
        (date(2024, 9, 9), "9 Sep 2024"),
        (date(79, 8, 24), "24 Aug AD 79"),
        (Day(-43, 3, 15), "15 Mar 44 BC"),
        (Day(0, 12, 31), "31 Dec 1 BC"),
        (Day(12_000, 1, 1), "1 Jan 12,000"),
    ],
)
def test_day_text_never_writes_a_minus_or_a_leading_zero(day, text):
    assert years.day_text(day) == text


@pytest.mark.parametrize(
    ("ago", "step", "text"),
    [
        (4_500_000_000, 500_000_000, "4.5 Ga"),
        (4_000_000_000, 500_000_000, "4 Ga"),
        (500_000_000, 500_000_000, "500 Ma"),
        (66_000_000, 1_000_000, "66 Ma"),
        (65_500_000, 500_000, "65.5 Ma"),
        (12_000, 1000, "12 ka"),
        (12_500, 500, "12.5 ka"),
        (350, 50, "350 years ago"),
        (0, 500_000_000, "now"),
    ],
)
def test_ago_text_as_briefly_as_the_step_allows(ago, step, text):
    assert years.ago_text(ago, step) == text


@pytest.mark.parametrize(
    ("length", "text"),
    [
        (8, "8 years"),
        (300, "300 years"),
        (1548, "1548 years"),
        (12_000, "12,000 years"),
        (2_000_000, "2 million years"),
        (65_990_000, "66 million years"),
        (4_430_000_000, "4.43 billion years"),
    ],
)
def test_length_text(length, text):
    assert years.length_text(length) == text


@pytest.mark.parametrize(
    ("low", "high", "dated", "deep"),
    [
        ("2020-01-01", "2024-12-31", True, False),
        ("1066-10-14", "2024-12-31", True, False),
        ("0079-08-24", "2024-12-31", False, False),  # Plotly would write "0079"
        ("-0263-01-01", "0476-12-31", False, False),
        ("-9999-01-01", "0476-12-31", False, False),
        ("-10000-01-01", "2024-12-31", False, True),
        ("-65998000-01-01", "2024-12-31", False, True),
    ],
)
def test_which_views_get_a_date_axis_and_which_count_years_ago(low, high, dated, deep):
    low_ms, high_ms = (
        float(np.datetime64(day, "s").astype(np.int64)) * 1000 for day in (low, high)
    )
    assert years.dated(low_ms, high_ms) == dated
    assert years.deep(low_ms) == deep


def test_day_texts_of_many_moments_are_each_ones_day_text():
    moments = np.array(["2024-02-29", "1066-10-14", "0079-08-24", "0000-12-31", "-0043-03-15",
                        "-4500000000-01-01", "NaT"], dtype="datetime64[s]")[:-1]  # fmt: skip
    assert years.day_texts(moments) == [years.day_text(years.day_of(m)) for m in moments]
    assert years.day_texts(moments)[4] == "15 Mar 44 BC"
