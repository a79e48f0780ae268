"""chart.density: bins, per-lane counts, the aggregated figure's bars and note, and the
selected event drawn over the counts."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.chart.density import (
    BAR_HEIGHT,
    bin_edges,
    bin_unit,
    density_traces,
    lane_counts,
    selected_traces,
)
from dashboard.chart.figure import ChartView, timeline_figure
from dashboard.frame import events_frame
from events.day import parse_iso
from events.event import Event
from events.span import DateSpan


def ts(text: str) -> pd.Timestamp:
    return pd.Timestamp(np.datetime64(text, "s"))  # BC too: "-0263-01-01"


def rows(*spans, lanes=None) -> pd.DataFrame:
    """Placed rows (x0, x1, lane_rank, lane_label, colour) from (start, end) pairs."""
    lanes = lanes or [0] * len(spans)
    frame = pd.DataFrame(
        {
            "x0": np.array([s for s, _ in spans], dtype="datetime64[s]"),
            "x1": np.array([e for _, e in spans], dtype="datetime64[s]"),
            "lane_rank": lanes,
            "lane_label": [f"lane <{r}>" for r in lanes],
            "colour": "#0072B2",
        }
    )
    frame.attrs["view"] = (frame["x0"].min(), frame["x1"].max())
    return frame


@pytest.mark.parametrize(
    ("low", "high", "unit"),
    [
        ("2020-01-01", "2020-06-30", "month"),
        ("2010-01-01", "2021-12-31", "month"),
        ("2000-01-01", "2024-10-25", "year"),
        ("1500-01-01", "2024-10-25", "decade"),
        ("-0263-01-01", "0476-12-31", "decade"),
        ("-29999-01-01", "2024-10-25", "century"),
        ("-299999-01-01", "2024-10-25", "millennium"),
        ("-65998000-01-01", "2024-10-25", "100,000 years"),
        ("-4500000000-01-01", "2024-10-25", "10 million years"),
    ],
)
def test_bin_unit_keeps_bins_countable(low, high, unit):
    assert bin_unit((ts(low), ts(high)))[0] == unit


@pytest.mark.parametrize(
    ("low", "high", "first", "last"),
    [
        ("2020-03-15", "2020-05-02", "2020-03-01", "2020-06-01"),  # months, end edge past high
        ("1995-06-01", "2024-10-25", "1995-01-01", "2025-01-01"),
        ("1503-06-01", "2024-10-25", "1500-01-01", "2030-01-01"),  # decades start on a 0 year
        ("-0263-06-01", "0476-10-25", "-279-01-01", "0480-01-01"),  # 280 BC: BC decades too
        ("-29999-06-01", "2024-10-25", "-30099-01-01", "2100-01-01"),  # 30,100 BC: centuries
    ],
)
def test_bin_edges_are_aligned_and_cover_the_view(low, high, first, last):
    edges = bin_edges((ts(low), ts(high)), bin_unit((ts(low), ts(high))))
    assert str(edges[0]).startswith(first) and str(edges[-1]).startswith(last)
    assert edges[0] <= np.datetime64(low) and edges[-1] > np.datetime64(high)


@pytest.mark.parametrize(
    ("spans", "lanes", "expected"),
    [
        # one event per year, each counted once
        ([("2001-03-01", "2001-03-01"), ("2003-05-01", "2003-05-01")], [0, 0], [[1, 0, 1]]),
        # a span covering 2001-2003 counts in every year it touches, not only its first
        ([("2001-01-01", "2003-12-31"), ("2002-06-01", "2002-06-01")], [0, 0], [[1, 2, 1]]),
        (
            [("2001-01-01", "2001-01-01"), ("2003-01-01", "2003-01-01")],
            [0, 1],
            [[1, 0, 0], [0, 0, 1]],
        ),
    ],
)
def test_lane_counts_count_every_bin_a_span_touches(spans, lanes, expected):
    placed = rows(*spans, lanes=lanes)
    edges = np.array(["2001-01-01", "2002-01-01", "2003-01-01", "2004-01-01"], "datetime64[s]")
    assert lane_counts(placed, edges).tolist() == expected


def test_density_traces_are_one_trace_with_an_escaped_hover_and_a_note():
    placed = rows(
        ("2001-03-01", "2001-03-01"),
        ("2001-04-01", "2001-04-01"),
        ("2020-01-01", "2020-01-01"),
        lanes=[0, 0, 1],
    )
    traces, lanes, note = density_traces(placed, limit=2)
    (bar,) = traces
    assert bar.type == "bar" and "customdata" not in bar.to_plotly_json()
    assert lanes.index.to_list() == ["lane <0> (peak 2)", "lane <1> (peak 1)"]
    assert any("&lt;0&gt;" in text and "2 events" in text for text in bar.hovertext)
    assert "3 events are too many" in note and "2 events or fewer" in note
    assert all(len(line) < 80 for line in note.replace("<b>", "").split("<br>"))
    assert min(bar.y) >= -0.84 and max(bar.y) < 0  # upwards, up to the lane's height


def test_bin_edges_run_past_the_last_year():
    view = (ts("0001-01-01"), pd.Timestamp("9999-12-31").as_unit("s"))
    edges = bin_edges(view, bin_unit(view))
    assert str(edges[0])[:4] == "0001" and edges[-1] > np.datetime64("9999-12-31")


@pytest.mark.parametrize(
    ("span", "lane", "first", "after", "pin"),
    [
        # a day is a sliver of a view of years: framed to the end of its day, and pinned
        (("2001-03-01", "2001-03-01"), 0, "2001-03-01", "2001-03-02", "2001-03-01"),
        # a span is framed over its whole length, pinned in the middle, in its own lane
        (("2001-01-01", "2003-12-31"), 2, "2001-01-01", "2004-01-01", "2002-07-02"),
        (("1999-06-01", "1999-06-30"), 5, "1999-06-01", "1999-07-01", "1999-06-16"),
    ],
)
def test_the_selected_event_is_framed_across_its_lane_and_pinned(span, lane, first, after, pin):
    hover = pd.Series(["<b>Chosen</b><br>lane: x"])
    casing, frame, marker = (
        t.to_plotly_json() for t in selected_traces(rows(span, lanes=[lane]), hover)
    )
    xs = [x for x in frame["x"] if x is not None]
    ys = [y for y in frame["y"] if y is not None]
    assert (min(xs), max(xs)) == (first, after)
    assert lane - 0.5 < min(ys) < lane - BAR_HEIGHT / 2  # clears the tallest bar, stays in its lane
    assert lane + BAR_HEIGHT / 2 < max(ys) < lane + 0.5
    assert frame["hoverinfo"] == "skip" and frame["line"]["width"] >= 3
    assert casing["x"] == frame["x"] and casing["line"]["width"] > frame["line"]["width"]
    assert marker["x"] == [pin] and marker["y"] == [min(ys)]
    assert marker["hovertext"] == hover.to_list() and marker.get("hoverinfo") != "skip"


def test_nothing_is_drawn_when_nothing_is_selected():
    none_chosen = rows(("2001-03-01", "2001-03-01")).iloc[0:0]
    assert selected_traces(none_chosen, pd.Series([], dtype=str)) == []


@pytest.mark.parametrize(
    ("spans", "hover", "tick"),
    [
        ([("-0263-01-01", "-0263-12-31"), ("0476-01-01", "0476-12-31")], "270 BC to 261 BC",
         "AD 1"),
        ([("-65997976-01-01", "-65997976-12-31"), ("-9976-01-01", "-9976-12-31")],
         "66 Ma to 65.9 Ma", "60 Ma"),
    ],
)  # fmt: skip
def test_the_aggregated_chart_counts_bc_and_deep_time_on_an_axis_of_years(spans, hover, tick):
    events = [Event(id=f"e{i}", date="", title="t", span=DateSpan(parse_iso(first),
                    parse_iso(last), "year"), topics=("a",)) for i, (first, last) in
              enumerate(spans * 3)]  # fmt: skip
    fig = timeline_figure(events_frame(events), ChartView(aggregate_above=2, width=900))
    bar = fig.data[0]
    assert any(hover in text for text in bar.hovertext), bar.hovertext
    assert all(isinstance(x, float) for x in bar.x)  # axis ms, not dates
    assert fig.layout.xaxis.type == "linear" and tick in fig.layout.xaxis.ticktext
