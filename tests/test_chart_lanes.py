"""lanes: lane names, truncation, folding, the view window and O(n log n) stacking."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.chart import theme
from dashboard.chart.lanes import (
    ALL_LANE,
    MAX_LANES,
    MIN_PAD,
    assign_rows,
    lane_names,
    layout_rows,
    truncate,
    view_window,
)
from dashboard.frame import events_frame


def frame(event_factory, *specs) -> pd.DataFrame:
    """Events from (id, start, end, topics) tuples, year precision unless start == end."""
    events = [
        event_factory(i, "x", s, e, "day" if s == e else "year", topics=topics)
        for i, s, e, topics in specs
    ]
    return events_frame(events)


@pytest.mark.parametrize(
    ("lanes", "topics", "actors", "expected"),
    [
        ("topic", "space; Russia", "Musk", "space"),
        ("topic", "", "Musk", "(no topic)"),
        ("topic", "  Ukraine ", "", "Ukraine"),
        ("actor", "space", "Elon Musk; SpaceX", "Elon Musk"),  # the first listed actor
        ("actor", "space", "", "(no actor)"),
        ("all", "space", "Musk", ALL_LANE),
    ],
)
def test_lane_names(lanes, topics, actors, expected):
    rows = pd.DataFrame({"topics": [topics], "actors": [actors]})
    assert lane_names(rows, lanes).to_list() == [expected]


@pytest.mark.parametrize(
    ("name", "limit", "expected"),
    [
        ("space", 22, "space"),
        ("a" * 22, 22, "a" * 22),
        ("a" * 23, 22, "a" * 21 + "…"),
        ("national security and", 10, "national…"),  # no space left before the ellipsis
    ],
)
def test_truncate(name, limit, expected):
    assert truncate(name, limit) == expected


def test_lanes_are_ordered_by_size_and_coloured_in_that_order(event_factory):
    d = date(2020, 1, 1)
    df = frame(event_factory, ("a", d, d, ("small",)), ("b", d, d, ("big",)), ("c", d, d, ("big",)))
    rows = layout_rows(df)
    assert rows.groupby("lane_label")["lane_rank"].first().to_dict() == {"big": 0, "small": 1}
    assert rows.set_index("id")["colour"].to_dict() == {
        "a": theme.colour(1), "b": theme.colour(0), "c": theme.colour(0)
    }  # fmt: skip


def test_lanes_past_the_limit_fold_into_other(event_factory):
    d = date(2020, 1, 1)
    extra = 3
    specs = [(f"e{i}", d, d, (f"topic {i:02}",)) for i in range(MAX_LANES + extra)]
    rows = layout_rows(frame(event_factory, *specs))
    labels = rows.drop_duplicates("lane_label")["lane_label"].to_list()
    assert len(labels) == MAX_LANES and labels[-1] == f"other ({extra + 1} lanes)"
    assert set(rows.loc[rows["lane_label"].str.startswith("other"), "colour"]) == {theme.MUTED}
    assert rows["lane"].nunique() == MAX_LANES + extra  # the full name stays for the hover


@pytest.mark.parametrize(
    ("specs", "rows"),
    [
        # overlapping spans in one lane stack; a later one reuses the first free row
        ([("a", 2000, 2005), ("b", 2001, 2001), ("c", 2003, 2004)], {"a": 0, "b": 1, "c": 1}),
        ([("a", 2000, 2001), ("b", 2010, 2011)], {"a": 0, "b": 0}),  # far apart: one row
        ([("a", 2000, 2010), ("b", 2000, 2010), ("c", 2000, 2010)], {"a": 0, "b": 1, "c": 2}),
    ],
)
def test_stacking_within_a_lane(event_factory, specs, rows):
    df = frame(
        event_factory, *[(i, date(s, 1, 1), date(e, 12, 31), ("space",)) for i, s, e in specs]
    )
    assert layout_rows(df).set_index("id")["row"].to_dict() == rows


def test_lanes_sit_one_below_the_other(event_factory):
    d0, d1 = date(2000, 1, 1), date(2001, 1, 1)
    df = frame(
        event_factory,
        ("a", d0, d1, ("big",)), ("b", d0, d1, ("big",)), ("c", d0, d1, ("small",)),
    )  # fmt: skip
    assert layout_rows(df).set_index("id")["y"].to_dict() == {"a": 0, "b": 1, "c": 2}


@pytest.mark.parametrize(
    ("reference", "ongoing_end"),
    [(date(2024, 10, 25), "2024-10-25"), (date(2025, 6, 1), "2025-06-01")],
)
def test_ongoing_spans_are_drawn_to_the_reference(event_factory, reference, ongoing_end):
    talks = event_factory(
        "talks", "since 2022", date(2022, 9, 1), date(2024, 10, 25), "year", ongoing=True
    )
    rows = layout_rows(events_frame([talks]), reference=reference)
    assert f"{rows['x1'].iloc[0]:%Y-%m-%d}" == ongoing_end and rows["open_end"].iloc[0]


@pytest.mark.parametrize(
    ("starts", "ends", "reference", "low", "high"),
    [
        (["2020-01-01"], ["2020-12-31"], None, "2019-12-02", "2021-01-30"),  # at least MIN_PAD
        (["2000-01-01"], ["2019-12-31"], "2024-10-25", "1999-04-04", "2025-07-23"),
    ],
)
def test_view_window_is_padded_and_reaches_the_reference(starts, ends, reference, low, high):
    rows = pd.DataFrame(
        {
            "start": pd.to_datetime(starts), "end": pd.to_datetime(ends),
            "qualifier": "none", "ongoing": False,
        }
    )  # fmt: skip
    view = view_window(rows, reference)
    assert (f"{view[0]:%Y-%m-%d}", f"{view[1]:%Y-%m-%d}") == (low, high)
    assert view[1] - view[0] >= 2 * MIN_PAD


def naive_rows(starts: list, ends: list) -> list[int]:
    """The obvious O(n * rows) packing, as the reference for assign_rows."""
    row_ends: list = []
    assigned = []
    for start, end in zip(starts, ends, strict=True):
        row = next((i for i, last in enumerate(row_ends) if last < start), len(row_ends))
        row_ends[row : row + 1] = [end]
        assigned.append(row)
    return assigned


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 20)), max_size=40))
def test_assign_rows_never_overlaps_and_matches_the_naive_packing(intervals):
    intervals = sorted((start, start + length) for start, length in intervals)
    starts, ends = [s for s, _ in intervals], [e for _, e in intervals]
    rows = assign_rows(starts, ends)
    for i, (s1, e1) in enumerate(intervals):
        for j in range(i):
            s0, e0 = intervals[j]
            if rows[i] == rows[j]:
                assert e0 < s1 or e1 < s0
    assert rows == naive_rows(starts, ends)


@pytest.mark.parametrize(
    ("starts", "ends", "groups", "expected"),
    [
        ([0, 1, 0, 1], [5, 5, 5, 5], ["a", "a", "b", "b"], [0, 1, 0, 1]),  # rows restart per group
        ([0, 0], [5, 5], None, [0, 1]),
        ([], [], None, []),
    ],
)
def test_assign_rows_by_group(starts, ends, groups, expected):
    assert assign_rows(starts, ends, groups) == expected


def test_nested_spans_each_get_their_own_row():
    """Every span overlaps every other, so none may share a row (speed: make bench)."""
    count = 2_000
    rows = assign_rows(list(range(count)), [10 * count] * count)
    assert rows == list(range(count))
