"""timeline_figure: asserted on the figure as data (fig.to_plotly_json()), no Streamlit."""

from __future__ import annotations

from datetime import date, timedelta

import plotly.io as pio
import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard import theme
from dashboard.frame import events_frame
from dashboard.lanes import ALL_LANE, assign_rows
from dashboard.timeline_figure import OPACITY, timeline_figure

DAY_MS = 86_400_000
PUBLISHED = date(2024, 10, 25)
# Every sample event with a span; "someday" has none and is left out.
PLACED = ("launch", "launch-month", "icbm-trip", "sanctions", "seat-lost", "talks")
PLACED = (*PLACED, "conversation", "boom")


@pytest.fixture
def fig_json(sample_events) -> dict:
    return timeline_figure(events_frame(sample_events)).to_plotly_json()


def find(fig_json: dict, event_id: str, values) -> tuple[dict, int]:
    """The data trace drawing an event, and the event's index in it."""
    for trace in fig_json["data"]:
        ids = values(trace.get("customdata", []))
        if event_id in ids:
            return trace, ids.index(event_id)
    raise AssertionError(f"{event_id} is not drawn")


def drawn_span(trace: dict, i: int, values) -> tuple[date, date]:
    """First and last day a bar covers (bars run to the end of their last day)."""
    start = date.fromisoformat(values(trace["base"])[i][:10])
    days = round(values(trace["x"])[i] / DAY_MS)
    return start, start + timedelta(days=days - 1)


@pytest.mark.parametrize(
    ("event_id", "first", "last"),
    [
        ("icbm-trip", date(2013, 1, 1), date(2013, 12, 31)),  # year: all of it, not Jan 1
        ("seat-lost", date(2018, 1, 1), date(2018, 12, 31)),
        ("sanctions", date(2018, 4, 1), date(2018, 4, 30)),
        ("launch-month", date(2024, 9, 1), date(2024, 9, 30)),
        ("boom", date(2010, 1, 1), date(2019, 12, 31)),
        ("talks", date(2022, 9, 1), PUBLISHED),  # ongoing: to the reference date
    ],
)
def test_coarse_events_are_bars_over_their_whole_span(fig_json, values, event_id, first, last):
    trace, i = find(fig_json, event_id, values)
    assert trace["type"] == "bar" and trace["orientation"] == "h"
    assert drawn_span(trace, i, values) == (first, last)


@pytest.mark.parametrize(("event_id", "day"), [("launch", "2024-09-09")])
def test_day_events_are_markers(fig_json, values, event_id, day):
    trace, i = find(fig_json, event_id, values)
    assert trace["type"] == "scatter" and trace["mode"] == "markers"
    assert values(trace["x"])[i] == day


def test_ongoing_reaches_the_reference_date_with_an_arrow(sample_events, values):
    fig = timeline_figure(events_frame(sample_events), reference_date=date(2025, 1, 1))
    data = fig.to_plotly_json()["data"]
    trace, i = find({"data": data}, "talks", values)
    assert drawn_span(trace, i, values)[1] == date(2025, 1, 1)
    arrows = [t for t in data if t.get("name") == "open_end"]
    assert arrows and "2025-01-02" in values(arrows[0]["x"])  # at the end of the last day
    assert values(arrows[0]["marker"]["symbol"]) in ("triangle-right", ["triangle-right"])


def fill_alpha(trace: dict, i: int, values) -> float:
    return float(values(trace["marker"]["color"])[i].rsplit(",", 1)[1].rstrip(")"))


def test_coarser_is_lighter(fig_json, values):
    alphas = [fill_alpha(*find(fig_json, e, values), values) for e in ("sanctions", "seat-lost")]
    alphas.append(fill_alpha(*find(fig_json, "boom", values), values))
    assert alphas == sorted(alphas, reverse=True) and len(set(alphas)) == 3
    assert list(OPACITY.values()) == sorted(OPACITY.values(), reverse=True)


def test_approximate_spans_get_a_dotted_outline(fig_json, values):
    outlines = [t for t in fig_json["data"] if t.get("name") == "approximate outline"]
    assert len(outlines) == 1 and outlines[0]["line"]["dash"] == "dot"
    assert "2023-04-01" in values(outlines[0]["x"])
    trace, i = find(fig_json, "conversation", values)
    assert values(trace["marker"]["line"]["color"])[i].endswith(",0)")  # no solid edge


def test_overlapping_events_in_a_lane_get_different_rows(fig_json, values):
    day, day_at = find(fig_json, "launch", values)  # 9 Sep 2024, inside September 2024
    month, month_at = find(fig_json, "launch-month", values)
    assert values(day["y"])[day_at] != values(month["y"])[month_at]


def test_events_far_apart_share_a_row(event_factory, values):
    a = event_factory("a", "2004", date(2004, 1, 1), date(2004, 12, 31), "year")
    b = event_factory("b", "2020", date(2020, 1, 1), date(2020, 12, 31), "year")
    fig_json = timeline_figure(events_frame([a, b])).to_plotly_json()
    assert find(fig_json, "a", values)[0]["y"] == find(fig_json, "b", values)[0]["y"]


@pytest.mark.parametrize(
    ("lanes", "expected"),
    [("topic", {"space", "Russia", "US politics", "business"}), ("all", {ALL_LANE})],
)
def test_lanes(sample_events, lanes, expected):
    fig_json = timeline_figure(events_frame(sample_events), lanes=lanes).to_plotly_json()
    assert set(fig_json["layout"]["yaxis"]["ticktext"]) == expected


def test_unknown_lanes_refused(sample_events):
    with pytest.raises(ValueError, match="lanes"):
        timeline_figure(events_frame(sample_events), lanes="colour")


def test_customdata_holds_event_ids_and_unplaced_rows_are_left_out(fig_json, values):
    drawn = [i for t in fig_json["data"] for i in values(t.get("customdata", []))]
    assert sorted(drawn) == sorted(PLACED)


def test_hover_shows_title_written_date_span_and_precision(fig_json, values):
    trace, i = find(fig_json, "conversation", values)
    text = values(trace["hovertext"])[i]
    for part in ("Title of conversation", "about 18 months ago", "2023-04-01 to 2023-04-30"):
        assert part in text
    assert "month precision" in text and "approximate" in text
    assert trace["hovertemplate"] == "%{hovertext}<extra></extra>"


def test_reference_line_at_publication_date(fig_json):
    lines = [s for s in fig_json["layout"]["shapes"] if s["type"] == "line"]
    assert [(s["x0"], s["line"]["dash"]) for s in lines] == [("2024-10-25", "dash")]
    assert any("published" in a["text"] for a in fig_json["layout"]["annotations"])


def test_template_is_timeline_desk(fig_json):
    template = fig_json["layout"]["template"]
    assert template == pio.templates[theme.TEMPLATE_NAME].to_plotly_json()
    assert template["layout"]["colorway"] == list(theme.OKABE_ITO)
    assert template["layout"]["plot_bgcolor"] == "white"


def test_template_survives_another_default(sample_events, monkeypatch):
    monkeypatch.setattr(pio.templates, "default", "plotly_dark")
    fig_json = timeline_figure(events_frame(sample_events)).to_plotly_json()
    assert fig_json["layout"]["template"]["layout"]["paper_bgcolor"] == "white"


def test_range_slider_and_date_axis(fig_json):
    xaxis = fig_json["layout"]["xaxis"]
    assert xaxis["rangeslider"]["visible"] is True and xaxis["type"] == "date"


def test_key_explains_the_looks(fig_json):
    key = [t["name"] for t in fig_json["data"] if t.get("meta") == "key"]
    assert key[0] == "Exact day"
    assert {"approximate", "ongoing / open"} <= set(key)
    assert any(name.startswith("decade") for name in key)


def test_open_span_does_not_squash_the_view(sample_events, event_factory, values):
    before = event_factory(
        "old", "before 2010", date(1, 1, 1), date(2009, 12, 31), "year", qualifier="before"
    )
    fig_json = timeline_figure(events_frame([*sample_events, before])).to_plotly_json()
    assert fig_json["layout"]["xaxis"]["range"][0] > "2009"
    assert any(t.get("name") == "open_start" for t in fig_json["data"])
    trace, i = find(fig_json, "old", values)
    assert values(trace["base"])[i] > "2009"


def test_no_dated_events_gives_an_empty_figure(event_factory):
    fig_json = timeline_figure(events_frame([event_factory("x", "?", None)])).to_plotly_json()
    assert [t for t in fig_json["data"] if t.get("customdata")] == []
    assert any("No dated events" in a["text"] for a in fig_json["layout"]["annotations"])


def test_figure_serialises(fig_json, sample_events):
    assert pio.to_json(timeline_figure(events_frame(sample_events)))


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 20)), max_size=30))
def test_assign_rows_never_overlaps(intervals):
    intervals = sorted((start, start + length) for start, length in intervals)
    rows = assign_rows([s for s, _ in intervals], [e for _, e in intervals])
    for i, (s1, e1) in enumerate(intervals):
        for j in range(i):
            s0, e0 = intervals[j]
            if rows[i] == rows[j]:
                assert e0 < s1 or e1 < s0
    assert all(row <= i for i, row in enumerate(rows))
