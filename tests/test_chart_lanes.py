"""chart.lanes: lane names, truncation, folding, the palette that keeps lanes put, and the
view window."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import numpy as np
import pandas as pd
import pytest

from dashboard.chart import theme, years
from dashboard.chart.lanes import (
    ALL_LANE,
    MAX_LANES,
    MIN_PAD,
    lane_names,
    lane_palette,
    placed_rows,
    truncate,
    view_window,
)
from dashboard.frame import events_frame
from events.day import Day


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
    rows = placed_rows(df)
    assert rows.groupby("lane_label")["lane_rank"].first().to_dict() == {"big": 0, "small": 1}
    assert rows.set_index("id")["colour"].to_dict() == {
        "a": theme.OKABE_ITO[1], "b": theme.OKABE_ITO[0], "c": theme.OKABE_ITO[0]
    }  # fmt: skip


def test_a_palette_from_the_whole_dataset_keeps_lanes_put_under_filters(event_factory):
    d = date(2020, 1, 1)
    df = frame(event_factory, ("a", d, d, ("small",)), ("b", d, d, ("big",)), ("c", d, d, ("big",)))
    palette = lane_palette(df)
    only_small = placed_rows(df[df["id"] == "a"], palette=palette)
    assert only_small[["lane_rank", "colour"]].iloc[0].tolist() == [1, theme.OKABE_ITO[1]]
    alone = placed_rows(df[df["id"] == "a"])  # without the palette it would move up
    assert alone[["lane_rank", "colour"]].iloc[0].tolist() == [0, theme.OKABE_ITO[0]]


def test_lanes_past_the_limit_fold_into_other(event_factory):
    d = date(2020, 1, 1)
    extra = 3
    specs = [(f"e{i}", d, d, (f"topic {i:02}",)) for i in range(MAX_LANES + extra)]
    rows = placed_rows(frame(event_factory, *specs))
    labels = rows.sort_values("lane_rank").drop_duplicates("lane_label")["lane_label"].to_list()
    assert len(labels) == MAX_LANES and labels[-1] == f"other ({extra + 1} lanes)"
    assert set(rows.loc[rows["lane_label"].str.startswith("other"), "colour"]) == {theme.NEUTRAL}
    assert rows["lane"].nunique() == MAX_LANES + extra  # the full name stays for the hover


@pytest.mark.parametrize(
    ("published", "reference", "ongoing_end"),
    [
        (date(2024, 10, 25), date(2024, 10, 25), "2024-10-25"),
        (date(2024, 10, 25), date(2026, 6, 1), "2024-10-25"),  # a later article stretches nothing
        (None, date(2025, 6, 1), "2025-06-01"),  # no publication date of its own: the reference
    ],
)
def test_ongoing_spans_run_to_their_own_publication_date(event_factory, published, reference,
                                                         ongoing_end):  # fmt: skip
    talks = event_factory(
        "talks", "since 2022", date(2022, 9, 1), date(2024, 10, 25), "year", ongoing=True
    )
    rows = placed_rows(events_frame([replace(talks, published=published)]), reference=reference)
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


@pytest.mark.parametrize(
    ("window", "low", "high"),
    [
        ((date(2019, 1, 1), date(2021, 6, 30)), "2019-01-01", "2021-06-30"),
        ((date(2019, 1, 1), None), "2019-01-01", "2021-01-30"),  # To: the events' padded end
        ((None, date(2020, 6, 30)), "2019-12-02", "2020-06-30"),
    ],
)
def test_the_from_to_window_is_the_view(window, low, high):
    rows = pd.DataFrame(
        {
            "start": pd.to_datetime(["2020-01-01"]), "end": pd.to_datetime(["2020-12-31"]),
            "qualifier": "none", "ongoing": False,
        }
    )  # fmt: skip
    view = view_window(rows, None, window)
    assert (f"{view[0]:%Y-%m-%d}", f"{view[1]:%Y-%m-%d}") == (low, high)


def bc_rows(starts: list[str], ends: list[str]) -> pd.DataFrame:
    return pd.DataFrame(
        {
            "start": np.array(starts, dtype="datetime64[s]"),
            "end": np.array(ends, dtype="datetime64[s]"),
            "qualifier": "none", "ongoing": False,
        }
    )  # fmt: skip


@pytest.mark.parametrize(
    ("starts", "ends", "window", "years_shown"),
    [
        # padded by 3% of the span each side, never held to AD 1 (nor past AD 9999)
        (["-0263-01-01"], ["0476-12-31"], (None, None), (-286, 499)),
        (["0010-01-01"], ["0476-12-31"], (None, None), (1, 491)),  # AD only: AD 1 stays the edge
        (["-65997976-01-01"], ["-9976-12-31"], (None, None), (-67977617, 9999)),
        # From and To given as an events.day.Day (BC) and a date
        (["-0263-01-01"], ["0476-12-31"], (Day(-100, 1, 1), date(100, 1, 1)), (-100, 100)),
    ],
)
def test_a_bc_or_deep_view_is_padded_on_both_sides(starts, ends, window, years_shown):
    view = view_window(bc_rows(starts, ends), None, window)
    assert tuple(years.day_of(moment).year for moment in view) == years_shown
