"""timeline_figure: asserted on the figure as data (fig.to_plotly_json()), no Streamlit; label
boxes are read back from the figure (tests/figure_boxes.py)."""

from __future__ import annotations

import json
from dataclasses import replace
from datetime import date, timedelta

import numpy as np
import pandas as pd
import plotly.graph_objects as go
import plotly.io as pio
import pytest

from dashboard.chart import theme
from dashboard.chart.drawn import MIN_BAR_PX
from dashboard.chart.figure import AGGREGATE_ABOVE, timeline_figure
from dashboard.chart.lanes import ALL_LANE, MAX_LABEL, lane_palette
from dashboard.chart.marks import WEBGL_ABOVE
from dashboard.chart.theme import OPACITY
from dashboard.chart.view import ChartView
from dashboard.frame import events_frame
from events.day import calendar_day
from events.event import Event
from events.span import DateSpan
from tests.figure_boxes import label_boxes, outside, overlaps

DAY_MS = 86_400_000
LOOKS = ("approximate", "ongoing or open")
PUBLISHED = date(2024, 10, 25)
# Every sample event with a span; "someday" has none and is left out.
PLACED = ("launch", "launch-month", "icbm-trip", "sanctions", "seat-lost", "talks")
PLACED = (*PLACED, "conversation", "boom")
CHRONOLOGICAL = ChartView(scale="chronological")


def figure(df: pd.DataFrame, **view) -> dict:
    """The figure's JSON for `view` (chronological unless asked: its units are plain time)."""
    return timeline_figure(df, replace(CHRONOLOGICAL, **view)).to_plotly_json()


@pytest.fixture
def sample_df(sample_events) -> pd.DataFrame:
    return events_frame(sample_events)


@pytest.fixture
def fig_json(sample_df) -> dict:
    """Wide enough that every bar is drawn at its true length (see the widening test)."""
    return figure(sample_df, width=3000)


def find(fig_json: dict, event_id: str, values, kinds=("bar", "scatter", "scattergl")):
    """The mark trace drawing an event (not its label), and the event's index in it."""
    for trace in fig_json["data"]:
        if trace.get("mode") == "text" or trace["type"] not in kinds:
            continue
        ids = values(trace.get("customdata", []))
        if event_id in ids:
            return trace, ids.index(event_id)
    raise AssertionError(f"{event_id} is not drawn")


def named(fig_json: dict, name: str) -> list[dict]:
    return [t for t in fig_json["data"] if t.get("name") == name]


def day_of(milliseconds: float) -> date:
    """The day a chronological axis value (ms since 1970) falls on; years 1 to 9999."""
    return np.datetime64(int(milliseconds), "ms").astype("datetime64[D]").item()


def drawn_span(trace: dict, i: int, values) -> tuple[date, date]:
    """First and last day a bar covers (bars run to the end of their last day)."""
    start = values(trace["base"])[i]
    return day_of(start), day_of(start + values(trace["x"])[i] - DAY_MS)


def fill_alpha(trace: dict, i: int, values) -> float:
    return float(values(trace["marker"]["color"])[i].rsplit(",", 1)[1].rstrip(")"))


def generated(count: int, precision: str = "day", lanes: int = 5) -> pd.DataFrame:
    """A frame of `count` events built directly (columns the figure reads), no parsing."""
    starts = pd.Timestamp("2000-01-01") + pd.to_timedelta(np.arange(count) * 3 % 9000, unit="D")
    length = {"day": 0, "month": 29, "year": 364}[precision]
    return pd.DataFrame(
        {
            "id": [f"e{i}" for i in range(count)],
            "date": "written",
            "title": [f"Event {i}" for i in range(count)],
            "start": starts.astype("datetime64[s]"),
            "end": (starts + pd.Timedelta(days=length)).astype("datetime64[s]"),
            "precision": precision,
            "precision_rank": 0,
            "qualifier": "none",
            "approximate": np.arange(count) % 7 == 0,
            "ongoing": False,
            "topics": [f"topic {i % lanes}" for i in range(count)],
            "actors": [f"actor {i % 40}" for i in range(count)],
            "error": "",
            "published": pd.Series([PUBLISHED] * count, dtype="datetime64[s]"),
        }
    )


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


def test_a_bar_too_short_to_see_is_widened_about_its_middle(sample_df, values):
    fig = figure(sample_df, width=700)
    trace, i = find(fig, "sanctions", values)  # April 2018: about 3 px wide at this width
    middle = values(trace["base"])[i] + values(trace["x"])[i] / 2
    assert day_of(middle) in (date(2018, 4, 15), date(2018, 4, 16))
    margin = fig["layout"]["margin"]
    plot_width = fig["layout"]["width"] - margin["l"] - margin["r"]
    view = fig["layout"]["xaxis"]["range"][1] - fig["layout"]["xaxis"]["range"][0]
    assert values(trace["x"])[i] / view * plot_width == pytest.approx(MIN_BAR_PX)


@pytest.mark.parametrize(("event_id", "day"), [("launch", "2024-09-09")])
def test_day_events_are_markers(fig_json, values, event_id, day):
    trace, i = find(fig_json, event_id, values)
    assert trace["type"] == "scatter" and trace["mode"] == "markers"
    noon = pd.Timestamp(day) + pd.Timedelta(hours=12)
    assert values(trace["x"])[i] == (noon - pd.Timestamp(0)) / pd.Timedelta(milliseconds=1)


def test_ongoing_runs_to_its_own_publication_date_with_an_arrow(sample_df, values):
    """A later publication line (another article) does not stretch it."""
    data = figure(sample_df, reference=date(2025, 6, 1), width=3000)["data"]
    trace, i = find({"data": data}, "talks", values)
    assert drawn_span(trace, i, values)[1] == PUBLISHED
    arrows = named({"data": data}, "open_end")
    assert arrows and date(2024, 10, 26) in map(day_of, values(arrows[0]["x"]))  # after its day
    assert values(arrows[0]["marker"]["symbol"]) in ("triangle-right", ["triangle-right"])


def test_coarser_is_lighter(fig_json, values):
    alphas = [fill_alpha(*find(fig_json, e, values), values) for e in ("sanctions", "seat-lost")]
    alphas.append(fill_alpha(*find(fig_json, "boom", values), values))
    assert alphas == sorted(alphas, reverse=True) and len(set(alphas)) == 3
    assert list(OPACITY.values()) == sorted(OPACITY.values(), reverse=True)


@pytest.mark.parametrize(
    ("event_id", "hatch"),
    [("boom", "/"), ("seat-lost", None), ("sanctions", None)],  # decades hatched, years not
)
def test_the_coarsest_spans_are_hatched(fig_json, values, event_id, hatch):
    trace, _ = find(fig_json, event_id, values)
    assert trace["marker"].get("pattern", {}).get("shape") == hatch


def test_approximate_spans_look_fuzzy_and_dotted(fig_json, values):
    outlines = named(fig_json, "approximate outline")
    assert len(outlines) == 1 and outlines[0]["line"]["dash"] == "dot"
    assert date(2023, 4, 1) in [day_of(x) for x in values(outlines[0]["x"]) if x is not None]
    trace, i = find(fig_json, "conversation", values)
    assert values(trace["marker"]["line"]["color"])[i].endswith(",0)")  # no solid edge
    halo = named(fig_json, "approximate halo")
    assert len(halo) == 1 and halo[0]["hoverinfo"] == "skip"
    halo_start = values(halo[0]["base"])[0]
    assert day_of(halo_start) < date(2023, 4, 1) and halo[0]["width"] > trace["width"]


def test_an_approximate_day_is_a_hollow_marker_with_a_halo(event_factory, values):
    about = event_factory("about", "about 3 May", date(2024, 5, 3), approximate=True)
    fig_json = figure(events_frame([about]))
    trace, i = find(fig_json, "about", values)
    assert values(trace["marker"]["symbol"])[i] == "circle-open"
    halo = named(fig_json, "approximate halo")
    assert halo[0]["mode"] == "markers" and halo[0]["marker"]["size"] > trace["marker"]["size"]


def test_overlapping_events_in_a_lane_get_different_rows(fig_json, values):
    day, day_at = find(fig_json, "launch", values)  # 9 Sep 2024, inside September 2024
    month, month_at = find(fig_json, "launch-month", values)
    assert values(day["y"])[day_at] != values(month["y"])[month_at]


def test_events_far_apart_share_a_row(event_factory, values):
    a = event_factory("a", "2004", date(2004, 1, 1), date(2004, 12, 31), "year")
    b = event_factory("b", "2020", date(2020, 1, 1), date(2020, 12, 31), "year")
    fig_json = figure(events_frame([a, b]))
    assert find(fig_json, "a", values)[0]["y"] == find(fig_json, "b", values)[0]["y"]


@pytest.mark.parametrize(
    ("lanes", "expected"),
    [
        ("topic", {"space", "Russia", "US politics", "business"}),
        ("actor", {"Elon Musk"}),  # the first listed actor
        ("all", {ALL_LANE}),
    ],
)
def test_lanes(sample_df, lanes, expected):
    fig_json = figure(sample_df, lanes=lanes)
    assert set(fig_json["layout"]["yaxis"]["ticktext"]) == expected


def test_unknown_lanes_refused(sample_df):
    with pytest.raises(ValueError, match="lanes"):
        figure(sample_df, lanes="colour")


def test_long_lane_names_are_cut_and_the_hover_has_them_whole(event_factory, values):
    name = "International Space Station resupply missions"
    fig_json = figure(
        events_frame([event_factory("iss", "May 2020", date(2020, 5, 1), topics=(name,))])
    )
    (tick,) = fig_json["layout"]["yaxis"]["ticktext"]
    assert tick.endswith("…") and len(tick) == MAX_LABEL and name.startswith(tick[:-1])
    trace, i = find(fig_json, "iss", values)
    assert f"lane: {name}" in values(trace["hovertext"])[i]


def test_customdata_holds_event_ids_and_unplaced_rows_are_left_out(fig_json, values):
    drawn = {i for t in fig_json["data"] for i in values(t.get("customdata", []))}
    assert drawn == set(PLACED)


@pytest.mark.parametrize(
    ("event_id", "parts"),
    [
        (
            "conversation",
            ("Title of conversation", "“about 18 months ago”", "1 Apr 2023 to 30 Apr 2023"),
        ),
        ("conversation", ("month precision, approximate", "lane: space")),
        (
            "launch",
            ("Title of launch", "“September 9, 2024”", "<br>9 Sep 2024<br>", "day precision"),
        ),
        ("talks", ("1 Sep 2022 to 25 Oct 2024", "year precision, ongoing", "lane: Russia")),
    ],
)
def test_hover_shows_title_written_date_span_and_precision(fig_json, values, event_id, parts):
    trace, i = find(fig_json, event_id, values)
    text = values(trace["hovertext"])[i]
    assert all(part in text for part in parts), text
    assert trace["hovertemplate"] == "%{hovertext}<extra></extra>"


def test_quotes_show_as_quotes_in_hover_labels_and_lanes(event_factory, values):
    """Plotly shows "&quot;" as written: quotes are left as they are, only markup escaped."""
    quoted = event_factory("q", "2020", date(2020, 1, 1), topics=('The "Big" Lane',))
    df = events_frame([quoted])
    df["title"] = 'Musk calls it "fake"'
    fig = figure(df, width=1200)
    hover = values(find(fig, "q", values)[0]["hovertext"])[0]
    labels = [t for trace in named(fig, "labels") for t in trace["text"]]
    assert 'Musk calls it "fake"' in hover and labels == ['Musk calls it "fake"']
    assert fig["layout"]["yaxis"]["ticktext"] == ['The "Big" Lane']
    assert "&quot;" not in json.dumps(fig)


def test_hover_escapes_dataset_text(event_factory, values):
    hostile = event_factory("x", "<i>2020</i>", date(2020, 1, 1))
    df = events_frame([hostile])
    df["title"] = '<img src=x onerror="alert(1)">'
    text = values(find(figure(df), "x", values)[0]["hovertext"])[0]
    assert "<img" not in text and '&lt;img src=x onerror="alert(1)"&gt;' in text
    assert "&lt;i&gt;2020&lt;/i&gt;" in text


@pytest.mark.parametrize(
    ("selected", "mode", "x"),
    [
        ("launch", "markers", [date(2024, 9, 9)]),
        ("boom", "lines", [date(2010, 1, 1), date(2020, 1, 1)]),
    ],
)
def test_the_selected_event_is_highlighted(sample_df, values, selected, mode, x):
    fig_json = figure(sample_df, selected=selected)
    (ring,) = named(fig_json, "selected")
    assert ring["mode"] == mode and ring["hoverinfo"] == "skip"
    assert [day_of(v) for v in values(ring["x"]) if v is not None][: len(x)] == x
    assert ring.get("line", ring.get("marker", {}).get("line"))["width"] >= 3


@pytest.mark.parametrize("selected", ["", "someday", "no-such-event"])
def test_nothing_is_highlighted_without_a_drawn_selection(sample_df, selected):
    assert named(figure(sample_df, selected=selected), "selected") == []


def test_reference_line_at_publication_date(fig_json):
    lines = [s for s in fig_json["layout"]["shapes"] if s["type"] == "line"]
    assert [(day_of(s["x0"]), s["line"]["dash"]) for s in lines] == [(PUBLISHED, "dash")]
    assert any("published 25 Oct 2024" in a["text"] for a in fig_json["layout"]["annotations"])


def test_reference_date_moves_the_line(sample_df):
    layout = figure(sample_df, reference=date(2025, 3, 1))["layout"]
    lines = [day_of(s["x0"]) for s in layout["shapes"] if s["type"] == "line"]
    assert lines == [date(2025, 3, 1)]


def test_template_is_timeline_desk(fig_json):
    template = fig_json["layout"]["template"]
    assert template == pio.templates[theme.TEMPLATE_NAME].to_plotly_json()
    assert template["layout"]["colorway"] == list(theme.OKABE_ITO)
    assert template["layout"]["plot_bgcolor"] == "white"


def test_template_survives_another_default(sample_df, monkeypatch):
    monkeypatch.setattr(pio.templates, "default", "plotly_dark")
    fig_json = figure(sample_df)
    assert fig_json["layout"]["template"]["layout"]["paper_bgcolor"] == "white"


@pytest.mark.parametrize("max_events", [3000, 3])
def test_figure_is_valid_plotly(sample_df, max_events):
    """Traces are built without plotly's per-element checks; a validating rebuild must pass."""
    fig_json = figure(sample_df, aggregate_above=max_events)
    go.Figure(fig_json)
    assert pio.to_json(go.Figure(fig_json))


def test_zoom_and_pan_along_time_only(fig_json):
    layout = fig_json["layout"]
    assert "rangeslider" not in layout["xaxis"] and layout["xaxis"]["type"] == "date"
    assert layout["yaxis"]["fixedrange"] is True and layout["dragmode"] == "zoom"


@pytest.mark.parametrize(
    ("precisions", "expected"),
    [
        (None, [*("exact day", "whole month", "whole year", "whole decade"), *LOOKS]),
        (("day",), ["exact day"]),
        (("month", "year"), ["whole month", "whole year"]),
    ],
)
def test_key_explains_the_looks_present(sample_df, precisions, expected):
    if precisions is not None:
        sample_df = sample_df[sample_df["precision"].isin(precisions) & ~sample_df["approximate"]]
        sample_df = sample_df[~sample_df["ongoing"]]
    fig_json = figure(sample_df)
    assert [t["name"] for t in fig_json["data"] if t.get("meta") == "key"] == expected
    assert fig_json["layout"]["legend"]["itemclick"] is False  # a key, not a toggle


def test_open_span_does_not_squash_the_view(sample_events, event_factory, values):
    before = event_factory(
        "old", "before 2010", date(1, 1, 1), date(2009, 12, 31), "year", qualifier="before"
    )
    fig_json = figure(events_frame([*sample_events, before]))
    assert day_of(fig_json["layout"]["xaxis"]["range"][0]) > date(2009, 1, 1)
    assert named(fig_json, "open_start")
    trace, i = find(fig_json, "old", values)
    assert day_of(values(trace["base"])[i]) > date(2009, 1, 1)


def test_no_dated_events_gives_an_empty_figure(event_factory):
    fig_json = figure(events_frame([event_factory("x", "?", None)]))
    assert [t for t in fig_json["data"] if t.get("customdata")] == []
    assert any("No dated events" in a["text"] for a in fig_json["layout"]["annotations"])


@pytest.mark.parametrize(
    ("count", "kind"), [(WEBGL_ABOVE, "scatter"), (WEBGL_ABOVE + 1, "scattergl")]
)
def test_many_markers_use_webgl(values, count, kind):
    fig_json = figure(generated(count))
    days = named(fig_json, "day")
    assert [t["type"] for t in days] == [kind] and len(values(days[0]["customdata"])) == count


@pytest.mark.parametrize("count", [40, 2500])
def test_bars_are_one_trace_per_precision_not_per_event(count):
    fig_json = figure(generated(count, "month"))
    assert len(named(fig_json, "month span")) == 1
    assert len(fig_json["data"]) < 10


def test_many_sub_rows_keep_the_figure_height_bounded():
    fig_json = figure(generated(2000, "year", lanes=1))
    assert fig_json["layout"]["height"] <= ChartView().max_height


@pytest.mark.parametrize(
    ("count", "max_events", "aggregated"), [(50, 50, False), (51, 50, True), (3001, 3000, True)]
)
def test_past_the_threshold_events_are_counted_not_drawn(values, count, max_events, aggregated):
    fig_json = figure(generated(count), aggregate_above=max_events)
    notes = [a["text"] for a in fig_json["layout"]["annotations"] if "Aggregated" in a["text"]]
    ids = [i for t in fig_json["data"] for i in values(t.get("customdata", []))]
    assert bool(notes) is aggregated and (len(ids) == 0) is aggregated
    if aggregated:
        assert f"{count:,} events" in notes[0] and f"{max_events:,} events or fewer" in notes[0]


@pytest.mark.parametrize(
    ("precision", "selected", "first", "after", "lane"),
    [
        ("day", "e13", "2000-02-09", "2000-02-10", 3),
        ("month", "e10", "2000-01-31", "2000-03-01", 0),
        ("year", "e2004", "2016-06-17", "2017-06-17", 4),
    ],
)
def test_the_counted_view_marks_the_selected_event(precision, selected, first, after, lane):
    df = generated(AGGREGATE_ABOVE + 1, precision)
    df.loc[df["id"] == selected, "title"] = "<i>Chosen</i>"
    fig_json = figure(df, selected=selected)
    (frame,) = named(fig_json, "selected")
    (pin,) = named(fig_json, "selected pin")
    xs = [x for x in frame["x"] if x is not None]
    ys = [y for y in frame["y"] if y is not None]
    assert (min(xs), max(xs)) == (first, after) and lane - 0.5 < min(ys) < max(ys) < lane + 0.5
    assert "<b>&lt;i&gt;Chosen&lt;/i&gt;</b>" in pin["hovertext"][0]  # its title, as text
    assert f"lane: topic {lane}" in pin["hovertext"][0]
    unselected = figure(df)
    assert fig_json["data"][0] == unselected["data"][0]  # the counts are not changed


@pytest.mark.parametrize(
    ("selected", "undated"),
    [("", ()), ("no-such-event", ()), ("e0", ("e0",))],  # none; filtered out; without a span
)
def test_the_counted_view_adds_nothing_without_a_drawn_selection(selected, undated):
    df = generated(AGGREGATE_ABOVE + 2)
    df.loc[df["id"].isin(undated), ["start", "end"]] = pd.NaT
    fig_json = figure(df, selected=selected)
    assert [t["name"] for t in fig_json["data"]] == ["events per year"]


@pytest.mark.parametrize("max_events", [3000, 1])
def test_years_1_to_9999_stay_on_the_axis(event_factory, max_events):
    events = [
        event_factory(str(year), str(year), date(year, 1, 1), date(year, 12, 31), "year")
        for year in (1, 800, 1215, 9999)
    ]
    fig_json = figure(events_frame(events), aggregate_above=max_events)
    low, high = fig_json["layout"]["xaxis"]["range"]
    first, last = (np.datetime64(day, "ms").astype(float) for day in ("0001-01-01", "9999-12-31"))
    assert low == first and last <= high


@pytest.mark.parametrize("max_events", [3000, 0])
def test_lane_labels_from_data_are_shown_as_text(event_factory, max_events):
    hostile = event_factory("x", "2020", date(2020, 1, 1), topics=("<b>x</b>",))
    fig_json = figure(events_frame([hostile]), aggregate_above=max_events)
    (tick,) = fig_json["layout"]["yaxis"]["ticktext"]
    assert "<b>" not in tick and "&lt;b&gt;x&lt;/b&gt;" in tick


def test_a_half_year_is_drawn_and_keyed_as_one(event_factory):
    half = event_factory(
        "h1", "the first half of 2022", date(2022, 1, 1), date(2022, 6, 30), precision="half"
    )
    fig_json = figure(events_frame([half]))
    assert [t["name"] for t in fig_json["data"] if t.get("meta") == "key"] == ["whole half year"]


# --- Labels, scales and a stable picture ------------------------------------------------------


def article_like(event_factory) -> pd.DataFrame:
    """Events like the article's: a few spread over twenty years, most of them in the last two."""
    early = [
        event_factory(f"y{y}", str(y), date(y, 1, 1), date(y, 12, 31), "year", topics=(t,))
        for y, t in ((2004, "space"), (2013, "space"), (2016, "politics"), (2018, "Russia"))
    ]
    late = [
        event_factory(
            f"d{i}",
            "a day",
            date(2023, 1, 1) + timedelta(days=23 * i),
            topics=(("Russia", "Ukraine", "politics")[i % 3],),
        )
        for i in range(20)
    ]
    df = events_frame(early + late)
    df["title"] = [f"A headline for event number {i} of the story" for i in range(len(df))]
    return df


@pytest.mark.parametrize("scale", ["auto", "chronological", "collapsed", "sequential"])
@pytest.mark.parametrize("width", [700, 1000, 1400, 1900])
def test_every_event_is_labelled_and_nothing_overlaps(event_factory, scale, width):
    df = article_like(event_factory)
    fig = figure(df, scale=scale, width=width)
    labelled = {box.id for box in label_boxes(fig) if box.what != "more"}
    assert labelled == set(df["id"])
    assert overlaps(fig) == [] and outside(fig) == []


@pytest.mark.parametrize("count", [200, 1000])
def test_a_crowd_keeps_its_labels_apart_and_counts_the_rest(count):
    df = generated(count)
    df["start"] = df["end"] = pd.Timestamp("2020-05-01") + pd.to_timedelta(
        np.arange(count) % 30, unit="D"
    )  # a crowd of `count` events in one month
    fig = figure(df, width=1200)
    assert overlaps(fig) == [] and outside(fig) == []
    (more,) = named(fig, "more")
    counted = sum(int(text.split()[0][1:]) for text in more["text"])
    labelled = {box.id for box in label_boxes(fig) if box.what == "labels"}
    assert counted + len(labelled) == count
    assert all(data.startswith("window|2020-05-") for data in more["customdata"])
    assert fig["layout"]["height"] <= ChartView().max_height


def test_the_selected_and_the_important_keep_their_labels_in_a_crowd():
    df = generated(300)
    df["start"] = df["end"] = pd.Timestamp("2020-05-01")
    df["importance"] = 2
    df.loc[df["id"] == "e7", "importance"] = 3
    labelled = {box.id for box in label_boxes(figure(df, width=1000, selected="e299"))}
    assert {"e7", "e299"} <= labelled and len(labelled) < 300


def test_a_label_column_is_shown_instead_of_the_title(sample_df):
    sample_df.loc[sample_df["id"] == "launch", "label"] = "Rocket goes up"
    texts = [t for trace in named(figure(sample_df, width=1200), "labels") for t in trace["text"]]
    assert "Rocket goes up" in texts and "Title of launch" not in texts


def test_a_row_drawn_despite_a_warning_is_flagged(sample_df, values):
    sample_df.loc[sample_df["id"] == "launch", "error"] = "events.csv, line 2: unknown column x"
    fig = figure(sample_df, width=1200)
    texts = [t for trace in named(fig, "labels") for t in trace["text"]]
    assert "⚠ Title of launch" in texts
    trace, i = find(fig, "launch", values)
    assert "⚠ drawn despite: events.csv, line 2: unknown column x" in values(trace["hovertext"])[i]


def test_lanes_keep_their_colour_and_place_whatever_the_filters(sample_df, values):
    palette = lane_palette(sample_df)
    whole = figure(sample_df, palette=palette)
    only = figure(sample_df[sample_df["topics"].str.startswith("Russia")], palette=palette)
    colours = []
    for fig in (whole, only):
        trace, i = find(fig, "sanctions", values)
        colours.append(values(trace["marker"]["color"])[i].split(",")[:3])
    assert colours[0] == colours[1] == ["rgba(230", "159", "0"]  # Russia: the second lane
    assert list(palette.lanes) == ["space", "Russia", "US politics", "business"]


def test_eight_lanes_get_eight_colours_and_the_ninth_its_name(event_factory):
    events = [event_factory(f"e{i}", "2020", date(2020, 1, 1 + i), topics=(f"topic {i}",))
              for i in range(10)]  # fmt: skip
    palette = lane_palette(events_frame(events))
    colours = [lane.colour for lane in palette.lanes.values()]
    assert colours[:8] == list(theme.OKABE_ITO) and len(set(colours[:8])) == 8
    assert set(colours[8:]) == {theme.NEUTRAL}
    texts = [t for trace in named(figure(events_frame(events), width=1400), "labels")
             for t in trace["text"]]  # fmt: skip
    assert "topic 9: Title of e9" in texts and "Title of e0" in texts


@pytest.mark.parametrize(
    ("scale", "note"),
    [("chronological", "Chronological"), ("collapsed", "Collapsed"), ("sequential", "Sequential")],
)
def test_the_key_says_which_scale_is_in_use(event_factory, scale, note):
    fig = figure(article_like(event_factory), scale=scale, width=1200)
    notes = [a["text"] for a in fig["layout"]["annotations"] if a.get("name") == "note"]
    assert any(text.startswith(f"{note} scale") for text in notes)


def test_clustered_events_get_the_collapsed_scale_with_its_cuts_drawn_and_named(event_factory):
    fig = figure(article_like(event_factory), scale="auto", width=1200)
    assert fig["layout"]["xaxis"]["type"] == "linear"
    cuts = [s for s in fig["layout"]["shapes"] if s.get("name") == "cut"]
    named_cuts = [t for t in fig["layout"]["xaxis"]["ticktext"] if t.startswith("<i>")]
    assert cuts and len(named_cuts) == len(cuts)
    assert any("years" in text for text in named_cuts)


def test_the_sequential_scale_writes_the_time_between_neighbours(event_factory):
    fig = figure(article_like(event_factory), scale="sequential", width=1600)
    gaps = [t for t in fig["layout"]["xaxis"]["ticktext"] if t.startswith("<i>")]
    assert "<i>5 years</i>" in gaps and "<i>3 weeks</i>" in gaps


def test_the_from_to_window_is_the_visible_stretch(sample_df):
    fig = figure(sample_df, window=(date(2018, 1, 1), date(2020, 12, 31)))
    low, high = fig["layout"]["xaxis"]["range"]
    assert day_of(low) == date(2018, 1, 1) and day_of(high) == date(2021, 1, 1)


def test_a_click_keeps_the_zoom_but_a_new_window_does_not(sample_df):
    revision = figure(sample_df)["layout"]["uirevision"]
    assert figure(sample_df, selected="launch")["layout"]["uirevision"] == revision
    assert figure(sample_df, window=(date(2018, 1, 1), None))["layout"]["uirevision"] != revision


# --- Planned and claimed events ---------------------------------------------------------------

# (status, a day's marker, a span's outline, what its label starts with, what its hover says)
STATUS_LOOKS = [
    ("happened", "circle", None, "Title of", None),
    ("planned", "circle-open-dot", "dash", "Planned: Title of",
     "planned (scheduled, expected or intended)"),
    ("claimed", "circle-cross-open", "dashdot", "Claimed: Title of",
     "claimed (reported, unproven)"),
]  # fmt: skip


def with_statuses(event_factory, statuses=("happened", "planned", "claimed")) -> pd.DataFrame:
    """A day and a year of each status, ids "<status>-day" and "<status>-year"."""
    events = []
    for i, status in enumerate(statuses):
        events += [event_factory(f"{status}-day", "a day", date(2020, 3, 1 + 10 * i)),
                   event_factory(f"{status}-year", "a year", date(2014 + 2 * i, 1, 1),
                                 date(2014 + 2 * i, 12, 31), "year")]  # fmt: skip
    df = events_frame(events)
    df["status"] = df["id"].str.split("-").str[0]
    return df


def labels_by_id(fig: dict, values) -> dict[str, str]:
    return {
        i: text
        for trace in fig["data"]
        if trace.get("name") in ("labels", "labels inside")
        for i, text in zip(values(trace["customdata"]), trace["text"], strict=True)
    }


def outlines_of(fig: dict, first: date) -> list[str]:
    """The dash of each outline drawn round a span from this first day."""
    return [trace["line"]["dash"] for trace in fig["data"]
            if str(trace.get("name", "")).endswith(" outline")
            and first in [day_of(x) for x in trace["x"] if x is not None]]  # fmt: skip


@pytest.mark.parametrize(("status", "symbol", "dash", "label", "hover"), STATUS_LOOKS)
def test_a_planned_or_claimed_day_is_its_own_hollow_mark(event_factory, values, status,
                                                         symbol, dash, label, hover):  # fmt: skip
    trace, i = find(figure(with_statuses(event_factory), width=1200), f"{status}-day", values)
    assert values(trace["marker"]["symbol"])[i] == symbol


@pytest.mark.parametrize(("status", "symbol", "dash", "label", "hover"), STATUS_LOOKS)
def test_a_planned_or_claimed_span_is_outlined_and_paler(event_factory, values, status, symbol,
                                                         dash, label, hover):  # fmt: skip
    fig = figure(with_statuses(event_factory), width=1200)
    trace, i = find(fig, f"{status}-year", values)
    first = drawn_span(trace, i, values)[0]
    assert outlines_of(fig, first) == ([dash] if dash else [])
    solid_rim = not values(trace["marker"]["line"]["color"])[i].endswith(",0)")
    happened = find(fig, "happened-year", values)
    assert solid_rim is (dash is None)
    assert (fill_alpha(trace, i, values) < fill_alpha(*happened, values)) is (dash is not None)


@pytest.mark.parametrize(("status", "symbol", "dash", "label", "hover"), STATUS_LOOKS)
def test_a_planned_or_claimed_event_says_so_in_its_label_and_hover(event_factory, values,
                                                                    status, symbol, dash, label,
                                                                    hover):  # fmt: skip
    fig = figure(with_statuses(event_factory), width=1200)
    texts = labels_by_id(fig, values)
    assert texts[f"{status}-day"] == f"{label} {status}-day"
    assert texts[f"{status}-year"] == f"{label} {status}-year"
    trace, i = find(fig, f"{status}-day", values)
    text = values(trace["hovertext"])[i]
    assert (hover in text) if hover else ("planned" not in text and "claimed" not in text)


@pytest.mark.parametrize(
    ("approximate", "status", "symbol"),
    [(False, "happened", "circle"), (True, "happened", "circle-open"),
     (False, "planned", "circle-open-dot"), (True, "planned", "circle-open-dot"),
     (True, "claimed", "circle-cross-open")],
)  # fmt: skip
def test_an_approximate_day_keeps_its_halo_whatever_its_status(
    event_factory, values, approximate, status, symbol
):
    df = events_frame([event_factory("e", "3 May", date(2024, 5, 3), approximate=approximate)])
    df["status"] = status
    fig = figure(df)
    trace, i = find(fig, "e", values)
    assert values(trace["marker"]["symbol"])[i] == symbol
    assert bool(named(fig, "approximate halo")) is approximate


@pytest.mark.parametrize(
    ("statuses", "expected"),
    [(("happened",), ["exact day", "whole year"]),
     (("happened", "planned"), ["exact day", "whole year", "planned"]),
     (("claimed",), ["exact day", "whole year", "claimed"]),
     (("claimed", "planned", "happened"), ["exact day", "whole year", "planned", "claimed"])],
)  # fmt: skip
def test_the_key_explains_planned_and_claimed_marks_when_in_view(event_factory, statuses,
                                                                  expected):  # fmt: skip
    fig = figure(with_statuses(event_factory, statuses), width=1200)
    assert [t["name"] for t in fig["data"] if t.get("meta") == "key"] == expected


@pytest.mark.parametrize("scale", ["chronological", "collapsed", "sequential"])
@pytest.mark.parametrize("width", [700, 1200])
def test_status_words_are_placed_with_their_labels(event_factory, values, scale, width):
    """The label's width counts "Planned: ", so labels still never overlap."""
    df = article_like(event_factory)
    df["status"] = [("happened", "planned", "claimed")[i % 3] for i in range(len(df))]
    fig = figure(df, scale=scale, width=width)
    boxes = [box for box in label_boxes(fig) if box.what != "more"]
    assert {box.id for box in boxes} == set(df["id"])
    assert overlaps(fig) == [] and outside(fig) == []
    prefixes = {"happened": "A headline", "planned": "Planned: ", "claimed": "Claimed: "}
    texts = labels_by_id(fig, values)
    assert all(texts[i].startswith(prefixes[s]) for i, s in zip(df["id"], df["status"],
                                                                  strict=True))  # fmt: skip


def ancient(id: str, start, end, precision: str, topic: str = "Rome") -> Event:
    """An event of antiquity or deep time; no publication date, so no line reaches today."""
    span = DateSpan(start, end, precision, text=id)
    return Event(id=id, date=id, title=f"Title of {id}", span=span, topics=(topic,))


ROME = [  # 264 BC to AD 476, as events.day numbers years: 264 BC is -263
    ancient("punic-war", calendar_day(-263), calendar_day(-240, 12, 31), "year"),
    ancient("hannibal", calendar_day(-217), calendar_day(-217, 12, 31), "year"),
    ancient("ides", calendar_day(-43, 3, 15), calendar_day(-43, 3, 15), "day"),
    ancient("augustus", calendar_day(14, 8, 19), calendar_day(14, 8, 19), "day", "people"),
    ancient("odoacer", calendar_day(476), calendar_day(476, 12, 31), "year"),
]
DEEP = [  # dated from a publication in 2024, as the date rules place "N years ago"
    ancient("earth", calendar_day(-4_499_997_976), calendar_day(-4_499_997_976, 12, 31),
            "billion years", "planet"),
    ancient("chicxulub", calendar_day(-65_997_976), calendar_day(-65_997_976, 12, 31),
            "million years", "life"),
    ancient("ice", calendar_day(-9976), calendar_day(-9976, 12, 31), "thousand years",
            "planet"),
]  # fmt: skip


def axis_texts(fig: dict) -> list[str]:
    return [
        text.replace("<i>", "").replace("</i>", "") for text in fig["layout"]["xaxis"]["ticktext"]
    ]


def mark_units(fig: dict, values) -> dict[str, float]:
    """Each event's mark along the axis: a dot's x, a bar's first unit."""
    found = {}
    for trace in fig["data"]:
        if trace.get("mode") == "text" or "customdata" not in trace or trace.get("name") == "more":
            continue
        xs = values(trace["base"]) if trace["type"] == "bar" else values(trace["x"])
        found |= dict(zip(values(trace["customdata"]), xs, strict=True))
    return found


@pytest.mark.parametrize(
    ("events", "scale", "width", "texts", "absent"),
    [
        (ROME, "chronological", 1100, {"250 BC", "100 BC", "AD 1", "AD 100", "AD 450"}, "-"),
        (ROME, "chronological", 700, {"200 BC", "AD 1", "AD 200", "AD 400"}, "0"),
        (ROME, "collapsed", 1100, {"250 BC", "164 years", "AD 1", "452 years"}, "-"),
        (DEEP, "collapsed", 1100, {"4.5 Ga", "4.38 billion years", "20 Ma"}, "BC"),
        (ROME, "sequential", 1100, {"264 BC", "15 Mar 44 BC", "19 Aug AD 14", "AD 476"}, "-"),
        (DEEP, "chronological", 1100, {"4.5 Ga", "2 Ga", "500 Ma"}, "BC"),
        (DEEP, "sequential", 1100, {"4.5 Ga", "66 Ma", "12 ka", "66 million years"}, "BC"),
    ],
)  # fmt: skip
def test_bc_and_deep_time_draw_on_an_axis_of_years(events, scale, width, texts, absent, values):
    fig = figure(events_frame(events), scale=scale, width=width)
    assert fig["layout"]["xaxis"]["type"] == "linear"
    written = axis_texts(fig)
    assert texts <= set(written), written
    assert not any(text.startswith(absent) or absent in text.split()[-1:] for text in written)
    at = mark_units(fig, values)
    assert sorted(at, key=at.get) == [event.id for event in events]  # in time order
    assert overlaps(fig) == [] and outside(fig) == []


def test_a_bc_hover_and_a_deep_one_say_their_years_as_written(values):
    fig = figure(events_frame(ROME + DEEP[1:2]), width=1100)
    hovers = [text for trace in fig["data"] for text in values(trace.get("hovertext", []))]
    assert any("<br>15 Mar 44 BC<br>day precision" in text for text in hovers)
    assert any("1 Jan 264 BC to 31 Dec 241 BC" in text for text in hovers)
    assert any("<br>66 Ma<br>million years precision" in text for text in hovers)
    assert not any("-0043" in text or " -43" in text for text in hovers)


def test_a_news_chart_keeps_plotlys_date_axis(sample_df):
    fig = figure(sample_df, width=1100)
    assert fig["layout"]["xaxis"]["type"] == "date" and "ticktext" not in fig["layout"]["xaxis"]
