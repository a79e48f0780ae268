"""The marks of a horizontal timeline, in axis units: each event drawn over its whole span, its
precision visible.

A day is a dot; a coarser span is a bar from its first to its last day (one bar per piece when
a collapsed scale cuts it), paler the coarser it is and hatched for decades and centuries; an
approximate date has a soft halo and a dotted outline (a hollow dot for a day); an open end
(ongoing, or cut at the view's edge) ends in an arrow; a planned or claimed event is drawn as
chart.status says. The selected event is ringed. Every trace carries the events' ids as
customdata, so a click opens the event.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import status, theme
from dashboard.chart.theme import OPACITY

BAR_THICKNESS = 0.6  # of a row
WEBGL_ABOVE = 1000  # dots; more are drawn with WebGL
CROWDED = 300  # dots; more lose their white rims, which would whiten a dense lane


# A click selects in the browser: the clicked event keeps its look, the rest fade. The figure
# never changes with the selection, so the chart (and the reader's zoom) stays as it is.
SELECTED = {"selected": {"marker": {"opacity": 1}},
            "unselected": {"marker": {"opacity": 0.3}}}  # fmt: skip


def common(rows: pd.DataFrame, name: str) -> dict:
    """What every event trace carries: rows, ids, hover text, no legend entry, and how it
    looks when a click selects an event."""
    return {
        "y": rows["y"].to_list(),
        "customdata": rows["id"].to_list(),
        "hovertext": rows["hover"].to_list(),
        "hovertemplate": "%{hovertext}<extra></extra>",
        "name": name,
        "showlegend": False,
        **SELECTED,
    }


def event_traces(rows: pd.DataFrame, pieces: pd.DataFrame, dot_px: float, selected: str) -> list:
    """Every mark, back to front, then the ring round the selected event."""
    traces = fuzz_traces(rows, pieces, dot_px) + span_traces(pieces) + outline_traces(pieces)
    traces += day_traces(rows, dot_px) + arrow_traces(rows, dot_px)
    return traces + selected_traces(rows[rows["id"] == selected], pieces, dot_px)


def span_traces(pieces: pd.DataFrame) -> list[go.Bar]:
    """One horizontal bar trace per coarse precision."""
    traces = []
    for precision, group in pieces.groupby("precision", sort=False):
        marker = {
            "color": status.fills(group, OPACITY[precision]),
            "line": {"color": _rims(group), "width": 1.5},
            "pattern": theme.hatch(precision, group["colour"].to_list()),
        }
        style = {"width": BAR_THICKNESS, "marker": marker, **common(group, f"{precision} span")}
        traces.append(_bar(group["u0"], group["u1"], **style))
    return traces


def _bar(u0: pd.Series, u1: pd.Series, **style) -> go.Bar:
    return theme.Bar(orientation="h", base=u0.to_list(), x=(u1 - u0).to_list(), **style)


def _rims(group: pd.DataFrame) -> list[str]:
    """Solid darker rims, none for approximate, planned or claimed spans (they get a dotted
    or dashed outline instead)."""
    rimless = group["approximate"].to_numpy(dtype=bool) | status.outlined(group)
    return [
        theme.rgba(theme.rim(colour), 0.0 if bare else 1.0)
        for colour, bare in zip(group["colour"], rimless, strict=True)
    ]


def fuzz_traces(rows: pd.DataFrame, pieces: pd.DataFrame, dot_px: float) -> list:
    """A soft halo behind approximate dates: a wider pale bar, or a large pale disc for a day."""
    bars = pieces[pieces["approximate"]]
    days = rows[rows["approximate"] & (rows["precision"] == "day")]
    skip = {"hoverinfo": "skip", "showlegend": False, "name": "approximate halo"}
    traces = []
    if not bars.empty:
        reach = bars["reach"]
        style = {"y": bars["y"].to_list(), "width": BAR_THICKNESS * 1.45,
                 "marker": {"color": _pale(bars)}}  # fmt: skip
        traces.append(_bar(bars["u0"] - reach, bars["u1"] + reach, **style, **skip))
    if not days.empty:
        disc = {"color": _pale(days), "size": halo_px(dot_px)}
        x, y = days["centre"].to_list(), days["y"].to_list()
        traces.append(_scatter(len(days))(x=x, y=y, mode="markers", marker=disc, **skip))
    return traces


def halo_px(dot_px: float) -> float:
    return dot_px * 1.6


def _pale(rows: pd.DataFrame) -> list[str]:
    return [theme.rgba(c, theme.FUZZ_ALPHA) for c in rows["colour"]]


def outline_traces(pieces: pd.DataFrame) -> list[go.Scatter]:
    """Dotted rectangles around approximate spans (bar outlines cannot be dashed), and the
    dashed ones of planned and claimed spans (chart.status), which take their place."""
    half = BAR_THICKNESS / 2
    boxes = pieces.assign(x0=pieces["u0"], x1=pieces["u1"], y0=pieces["y"] - half,
                          y1=pieces["y"] + half)  # fmt: skip
    traces = status.outline_traces(boxes)
    approx = pieces[pieces["approximate"].to_numpy(dtype=bool) & ~status.outlined(pieces)]
    if approx.empty:
        return traces
    xs, ys = rectangles(approx, half)
    line = {"color": theme.INK, "dash": "dot", "width": 1.5}
    style = {"hoverinfo": "skip", "showlegend": False, "name": "approximate outline"}
    return [theme.Scatter(x=xs, y=ys, mode="lines", line=line, **style), *traces]


def rectangles(pieces: pd.DataFrame, half: float) -> tuple[list, list]:
    """Closed outlines around each piece, as one line with None between shapes."""
    y = pieces["y"].to_numpy(dtype=float)
    return status.box_lines(pieces["u0"].to_numpy(), pieces["u1"].to_numpy(), y - half, y + half)


def day_traces(rows: pd.DataFrame, dot_px: float) -> list:
    """Day-precision events as dots (WebGL when many); hollow when approximate, planned or
    claimed (chart.status)."""
    days = rows[rows["precision"] == "day"]
    if days.empty:
        return []
    symbols = status.day_symbols(days)
    colours = status.day_colours(days, symbols)
    marker = {
        "color": colours,
        "size": dot_px,
        "symbol": symbols.tolist(),
        "line": {
            "color": np.where(symbols != "circle", colours, "white").tolist(),
            "width": 1.5 if len(days) <= CROWDED else 0,
        },
    }
    trace = _scatter(len(days))(x=days["centre"].to_list(), mode="markers", marker=marker)
    return [trace.update(**common(days, "day"))]


def _scatter(count: int):
    return theme.Scattergl if count > WEBGL_ABOVE else theme.Scatter


def arrow_traces(rows: pd.DataFrame, dot_px: float) -> list[go.Scatter]:
    """Arrow heads at open ends: ongoing spans and spans cut at the edge of the view."""
    traces = []
    for flag, x, symbol in (("open_end", "u1", "triangle-right"),
                            ("open_start", "u0", "triangle-left")):  # fmt: skip
        ends = rows[rows[flag]]
        if not ends.empty:
            marker = {"symbol": symbol, "size": arrow_px(dot_px), "color": ends["colour"].to_list()}
            style = {"mode": "markers", "hoverinfo": "skip", "showlegend": False, "name": flag}
            traces.append(theme.Scatter(x=ends[x].to_list(), y=ends["y"].to_list(),
                                        marker=marker, **style))  # fmt: skip
    return traces


def arrow_px(dot_px: float) -> float:
    return dot_px


def selected_traces(chosen: pd.DataFrame, pieces: pd.DataFrame, dot_px: float) -> list:
    """A dark ring round the selected day, or a dark frame round the selected span."""
    if chosen.empty:
        return []
    style = {"hoverinfo": "skip", "showlegend": False, "name": "selected"}
    if chosen["precision"].iloc[0] == "day":
        ring = {"symbol": "circle-open", "size": dot_px * 1.6, "color": theme.HIGHLIGHT,
                "line": {"width": 3}}  # fmt: skip
        x, y = chosen["centre"].to_list(), chosen["y"].to_list()
        return [theme.Scatter(x=x, y=y, mode="markers", marker=ring, **style)]
    xs, ys = rectangles(pieces[pieces["id"] == chosen["id"].iloc[0]], BAR_THICKNESS / 2 + 0.1)
    line = {"color": theme.HIGHLIGHT, "width": 3}
    return [theme.Scatter(x=xs, y=ys, mode="lines", line=line, **style)]
