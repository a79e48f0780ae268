"""The timeline figure: every event drawn over its whole resolved span, its precision visible.

Looks: a day-precision event is a marker; a coarser span is a horizontal bar from its first to
its last day, paler (and, for decades and centuries, hatched) the coarser it is; an approximate
date has a soft halo and a dotted outline (a hollow marker for a day); an ongoing span runs to
the reference date and ends in an arrow, and so does any open span cut at the edge of the view.
The selected event is ringed. Rows without a span are left out (the page lists them). Past
`max_events` dated events the figure shows per-lane counts instead, the selected event framed
and pinned over them (see chart.density). Axes, lanes and notes: chart.axes.
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import axes as layout
from dashboard.chart import theme
from dashboard.chart.axes import iso_days
from dashboard.chart.density import density_traces, selected_traces
from dashboard.chart.lanes import layout_rows, placed_rows
from dashboard.chart.theme import OPACITY

AGGREGATE_ABOVE = 3000  # dated events; more are drawn as counts per lane
WEBGL_ABOVE = 1000  # markers; more are drawn with WebGL
CROWDED = 300  # markers; more lose their white rims, which would whiten a dense lane
BAR_THICKNESS = 0.62  # of one sub-row
DAY_MS = 86_400_000
FUZZ_SHARE, FUZZ_MIN = 0.25, 0.006  # halo reach: of the span's length, at least of the view's
DAY_SPAN = pd.Timedelta(days=1)

__all__ = ["AGGREGATE_ABOVE", "OPACITY", "hover_text", "timeline_figure"]


def timeline_figure(
    df: pd.DataFrame,
    *,
    lanes: str = "topic",
    reference_date=None,
    selected: str = "",
    max_events: int = AGGREGATE_ABOVE,
) -> go.Figure:
    """A Plotly timeline of an events frame (see dashboard.frame); pure, no Streamlit."""
    reference = _reference(df, reference_date)
    if int(df["start"].notna().sum()) > max_events:
        rows = placed_rows(df, lanes=lanes, reference=reference)
        traces, lane_table, note = density_traces(rows, limit=max_events)
        chosen = rows[rows["id"] == selected]
        fig = theme.figure(traces + selected_traces(chosen, hover_text(chosen)))
        layout.style(fig, lane_table, rows.attrs["view"], len(lane_table),
                     row_height=2 * layout.ROW_PX)
        layout.add_note(fig, note, y=1, yanchor="bottom", yshift=40)
    else:
        rows = layout_rows(df, lanes=lanes, reference=reference)
        rows["hover"] = hover_text(rows)
        fig = theme.figure(_event_traces(rows, selected))
        lane_table = rows.groupby("lane_label", sort=False)["y"].agg(["min", "max"])
        depth = int(rows["y"].max()) + 1 if len(rows) else 1
        layout.style(fig, lane_table, rows.attrs["view"], depth)
    if reference is not None:
        layout.add_reference_line(fig, reference)
    if rows.empty:
        layout.add_note(fig, "No dated events to show", x=0.5, xanchor="center", y=0.5)
    return fig


def _event_traces(rows: pd.DataFrame, selected: str) -> list:
    """Every drawn event, back to front, then the ring round the selected one, then the key."""
    traces = _fuzz_traces(rows) + _span_traces(rows) + _outline_traces(rows) + _day_traces(rows)
    traces += _arrow_traces(rows) + _selected_traces(rows[rows["id"] == selected])
    open_ends = bool((rows["open_end"] | rows["open_start"]).any())
    return traces + theme.key_traces(set(rows["precision"]), rows["approximate"].any(), open_ends)


def _reference(df: pd.DataFrame, reference_date) -> pd.Timestamp | None:
    if reference_date is not None:
        return pd.Timestamp(reference_date)
    if "published" not in df or df["published"].isna().all():
        return None
    return pd.Timestamp(df["published"].max())


def hover_text(rows: pd.DataFrame) -> pd.Series:
    """Title, the date as written, the resolved span, its precision and the lane, as hover HTML.

    Dataset text is escaped: a title like "<b>" shows as written, never as markup.
    """
    start, end = iso_days(rows["start"]), iso_days(rows["end"])
    span = start.where(rows["start"] == rows["end"], start + " to " + end)
    notes = rows["approximate"].map({True: ", approximate", False: ""}) + rows["ongoing"].map(
        {True: ", ongoing", False: ""}
    )
    head = "<b>" + rows["title"].map(html.escape) + "</b><br>“" + rows["date"].map(html.escape)
    lane = "<br>lane: " + rows["lane"].map(html.escape)
    return head + "”<br>" + span + "<br>" + rows["precision"] + " precision" + notes + lane


def _common(rows: pd.DataFrame, name: str) -> dict:
    return {
        "y": rows["y"].to_list(),
        "customdata": rows["id"].to_list(),
        "hovertext": rows["hover"].to_list(),
        "hovertemplate": "%{hovertext}<extra></extra>",
        "name": name,
        "showlegend": False,
    }


def _bar(x0: pd.Series, x1: pd.Series, **style) -> go.Bar:
    """Horizontal bars from the first day x0 to the end of the last day x1."""
    width_ms = (x1 - x0).dt.total_seconds() * 1000 + DAY_MS
    return theme.Bar(orientation="h", base=iso_days(x0).to_list(), x=width_ms.to_list(), **style)


def _span_traces(rows: pd.DataFrame) -> list[go.Bar]:
    """One horizontal bar trace per coarse precision, over whole days (end day included)."""
    traces = []
    for precision, group in rows[rows["precision"] != "day"].groupby("precision", sort=False):
        marker = {
            "color": [theme.rgba(c, OPACITY[precision]) for c in group["colour"]],
            "line": {"color": _solid_unless(group, "approximate"), "width": 1.5},
            "pattern": theme.hatch(precision, group["colour"].to_list()),
        }
        style = {"width": BAR_THICKNESS, "marker": marker, **_common(group, f"{precision} span")}
        traces.append(_bar(group["x0"], group["x1"], **style))
    return traces


def _solid_unless(group: pd.DataFrame, flag: str) -> list[str]:
    alpha = (~group[flag]).astype(float)
    return [theme.rgba(c, a) for c, a in zip(group["colour"], alpha, strict=True)]


def _fuzz_traces(rows: pd.DataFrame) -> list:
    """A soft halo behind approximate dates: a wider pale bar, or a large pale disc for a day."""
    approx = rows[rows["approximate"]]
    low, high = rows.attrs.get("view", (pd.NaT, pd.NaT))
    bars, days = approx[approx["precision"] != "day"], approx[approx["precision"] == "day"]
    skip = {"hoverinfo": "skip", "showlegend": False, "name": "approximate halo"}
    traces = []
    if not bars.empty:
        reach = ((bars["x1"] - bars["x0"]) * FUZZ_SHARE).clip(lower=(high - low) * FUZZ_MIN)
        marker = {"color": _pale(bars)}
        style = {"y": bars["y"].to_list(), "width": BAR_THICKNESS * 1.45, "marker": marker}
        traces.append(_bar(bars["x0"] - reach, bars["x1"] + reach, **style, **skip))
    if not days.empty:
        disc = {"color": _pale(days), "size": 26}
        x, y = iso_days(days["x0"]).to_list(), days["y"].to_list()
        traces.append(_scatter(len(days))(x=x, y=y, mode="markers", marker=disc, **skip))
    return traces


def _pale(rows: pd.DataFrame) -> list[str]:
    return [theme.rgba(c, theme.FUZZ_ALPHA) for c in rows["colour"]]


def _outline_traces(rows: pd.DataFrame) -> list[go.Scatter]:
    """Dotted rectangles around approximate spans (bar outlines cannot be dashed)."""
    approx = rows[(rows["precision"] != "day") & rows["approximate"]]
    if approx.empty:
        return []
    xs, ys = _rectangles(approx, BAR_THICKNESS / 2)
    line = {"color": theme.INK, "dash": "dot", "width": 1.5}
    style = {"hoverinfo": "skip", "showlegend": False, "name": "approximate outline"}
    return [theme.Scatter(x=xs, y=ys, mode="lines", line=line, **style)]


def _rectangles(rows: pd.DataFrame, half: float) -> tuple[list, list]:
    """Closed outlines around each row's drawn span, as one line with None between shapes."""
    corners = np.full((len(rows), 6), None, dtype=object)
    xs, ys = corners.copy(), corners
    xs[:, [0, 3, 4]] = iso_days(rows["x0"]).to_numpy(dtype=object)[:, None]
    xs[:, [1, 2]] = iso_days(rows["x1"] + DAY_SPAN).to_numpy(dtype=object)[:, None]
    y = rows["y"].to_numpy(dtype=float)[:, None]
    ys[:, [0, 1, 4]], ys[:, [2, 3]] = y - half, y + half
    return xs.ravel().tolist(), [None if v is None else float(v) for v in ys.ravel()]


def _day_traces(rows: pd.DataFrame) -> list:
    """Day-precision events as markers (WebGL when many); hollow when approximate."""
    days = rows[rows["precision"] == "day"]
    if days.empty:
        return []
    marker = {
        "color": days["colour"].to_list(),
        "size": _marker_size(rows),
        "symbol": days["approximate"].map({True: "circle-open", False: "circle"}).to_list(),
        "line": {"color": "white", "width": 1.5 if len(days) <= CROWDED else 0},
    }
    trace = _scatter(len(days))(x=iso_days(days["x0"]).to_list(), mode="markers", marker=marker)
    return [trace.update(**_common(days, "day"))]


def _scatter(count: int):
    return theme.Scattergl if count > WEBGL_ABOVE else theme.Scatter


def _marker_size(rows: pd.DataFrame) -> float:
    return max(5.0, min(13.0, layout.row_px(int(rows["y"].max()) + 1) * 0.5))


def _arrow_traces(rows: pd.DataFrame) -> list[go.Scatter]:
    """Arrow heads at open ends: ongoing spans and spans cut at the edge of the view."""
    traces = []
    for flag, x, symbol in (
        ("open_end", rows["x1"] + DAY_SPAN, "triangle-right"),
        ("open_start", rows["x0"], "triangle-left"),
    ):
        ends = rows[flag]
        if ends.any():
            marker = {"symbol": symbol, "size": 12, "color": rows.loc[ends, "colour"].to_list()}
            style = {"mode": "markers", "hoverinfo": "skip", "showlegend": False, "name": flag}
            xy = {"x": iso_days(x[ends]).to_list(), "y": rows.loc[ends, "y"].to_list()}
            traces.append(theme.Scatter(**xy, marker=marker, **style))
    return traces


def _selected_traces(chosen: pd.DataFrame) -> list[go.Scatter]:
    """A dark ring round the selected day, or a dark frame round the selected span."""
    if chosen.empty:
        return []
    style = {"hoverinfo": "skip", "showlegend": False, "name": "selected"}
    if chosen["precision"].iloc[0] == "day":
        ring = {"symbol": "circle-open", "size": 24, "color": theme.HIGHLIGHT, "line": {"width": 3}}
        x, y = iso_days(chosen["x0"]).to_list(), chosen["y"].to_list()
        return [theme.Scatter(x=x, y=y, mode="markers", marker=ring, **style)]
    xs, ys = _rectangles(chosen, BAR_THICKNESS / 2 + 0.1)
    line = {"color": theme.HIGHLIGHT, "width": 3}
    return [theme.Scatter(x=xs, y=ys, mode="lines", line=line, **style)]
