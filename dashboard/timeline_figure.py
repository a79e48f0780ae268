"""The timeline figure: every event drawn over its whole resolved span, its precision visible.

Looks: a day-precision event is a marker; a coarser span is a horizontal bar from its first to
its last day, paler (and, for decades and centuries, hatched) the coarser it is; an approximate
date has a soft halo and a dotted outline (a hollow marker for a day); an ongoing span runs to
the reference date and ends in an arrow, and so does any open span cut at the edge of the view.
The selected event is ringed. Rows without a span are left out (the page lists them). Past
`max_events` dated events the figure shows per-lane counts instead, the selected event framed
and pinned over them (see timeline_density).
"""

from __future__ import annotations

import html

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard import theme
from dashboard.details import day_text
from dashboard.lanes import layout_rows, placed_rows
from dashboard.theme import OPACITY
from dashboard.timeline_density import density_traces, selected_traces

AGGREGATE_ABOVE = 3000  # dated events; more are drawn as counts per lane
WEBGL_ABOVE = 1000  # markers; more are drawn with WebGL
CROWDED = 300  # markers; more lose their white rims, which would whiten a dense lane
BAR_THICKNESS = 0.62  # of one sub-row
ROW_PX, MIN_HEIGHT, MAX_HEIGHT, FRAME_PX = 28, 340, 1600, 150
DAY_MS = 86_400_000
FUZZ_SHARE, FUZZ_MIN = 0.25, 0.006  # halo reach: of the span's length, at least of the view's
TOP_PX = 110  # from the top down: the key, the reference label, the date ticks, then the lanes
LEGEND = {
    "orientation": "h", "x": 0, "y": 1, "yref": "container", "yanchor": "top",
    "title": {"text": "Key  ", "font": {"size": 13}}, "itemclick": False,
    "itemdoubleclick": False,
}  # fmt: skip
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
        _style(fig, lane_table, rows.attrs["view"], len(lane_table), row_px=2 * ROW_PX)
        _add_note(fig, note, y=1, yanchor="bottom", yshift=40)
    else:
        rows = layout_rows(df, lanes=lanes, reference=reference)
        rows["hover"] = hover_text(rows)
        fig = theme.figure(_event_traces(rows, selected))
        lane_table = rows.groupby("lane_label", sort=False)["y"].agg(["min", "max"])
        _style(fig, lane_table, rows.attrs["view"], int(rows["y"].max()) + 1 if len(rows) else 1)
    if reference is not None:
        _add_reference_line(fig, reference)
    if rows.empty:
        _add_note(fig, "No dated events to show", x=0.5, xanchor="center", y=0.5)
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
    start, end = _iso(rows["start"]), _iso(rows["end"])
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
    return theme.Bar(orientation="h", base=_iso(x0).to_list(), x=width_ms.to_list(), **style)


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
        x, y = _iso(days["x0"]).to_list(), days["y"].to_list()
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
    xs[:, [0, 3, 4]] = _iso(rows["x0"]).to_numpy(dtype=object)[:, None]
    xs[:, [1, 2]] = _iso(rows["x1"] + DAY_SPAN).to_numpy(dtype=object)[:, None]
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
    trace = _scatter(len(days))(x=_iso(days["x0"]).to_list(), mode="markers", marker=marker)
    return [trace.update(**_common(days, "day"))]


def _scatter(count: int):
    return theme.Scattergl if count > WEBGL_ABOVE else theme.Scatter


def _marker_size(rows: pd.DataFrame) -> float:
    return max(5.0, min(13.0, _row_px(int(rows["y"].max()) + 1) * 0.5))


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
            xy = {"x": _iso(x[ends]).to_list(), "y": rows.loc[ends, "y"].to_list()}
            traces.append(theme.Scatter(**xy, marker=marker, **style))
    return traces


def _selected_traces(chosen: pd.DataFrame) -> list[go.Scatter]:
    """A dark ring round the selected day, or a dark frame round the selected span."""
    if chosen.empty:
        return []
    style = {"hoverinfo": "skip", "showlegend": False, "name": "selected"}
    if chosen["precision"].iloc[0] == "day":
        ring = {"symbol": "circle-open", "size": 24, "color": theme.HIGHLIGHT, "line": {"width": 3}}
        x, y = _iso(chosen["x0"]).to_list(), chosen["y"].to_list()
        return [theme.Scatter(x=x, y=y, mode="markers", marker=ring, **style)]
    xs, ys = _rectangles(chosen, BAR_THICKNESS / 2 + 0.1)
    line = {"color": theme.HIGHLIGHT, "width": 3}
    return [theme.Scatter(x=xs, y=ys, mode="lines", line=line, **style)]


def _row_px(total: int) -> float:
    """Pixels per sub-row: roomy for a few rows, thinner (never hidden) for very many."""
    return max(8.0, min(ROW_PX, (MAX_HEIGHT - FRAME_PX) / max(total, 1)))


def _style(fig: go.Figure, lanes: pd.DataFrame, view: tuple, total: int, row_px=None) -> None:
    """Lane ticks and bands, date axis with range slider over the view, the key on top."""
    fig.update_layout(
        height=max(MIN_HEIGHT, FRAME_PX + round((row_px or _row_px(total)) * total)),
        barmode="overlay",
        hovermode="closest",
        dragmode="zoom",
        legend=LEGEND,
        margin={"t": TOP_PX},
        shapes=_lane_bands(lanes),
    )
    fig.update_yaxes(
        tickvals=((lanes["min"] + lanes["max"]) / 2).to_list(),
        ticktext=[html.escape(str(name)) for name in lanes.index],  # tick text renders markup
        range=[total - 0.5, -0.5],
        showgrid=False,
        fixedrange=True,  # zoom and pan along time only; lanes stay put
        ticks="",
        automargin=True,
    )
    fig.update_xaxes(
        type="date",
        side="top",
        automargin=True,
        range=_iso(pd.Series(view)).to_list(),
        rangeslider={"visible": True, "thickness": 0.07},
    )


def _lane_bands(lanes: pd.DataFrame) -> list[dict]:
    """Pale bands behind every other lane so lanes read apart."""
    band = {"type": "rect", "xref": "paper", "x0": 0, "x1": 1, "yref": "y", "layer": "below"}
    band |= {"fillcolor": theme.BAND, "line": {"width": 0}}
    return [
        {**band, "y0": low - 0.5, "y1": high + 0.5}
        for i, (low, high) in enumerate(zip(lanes["min"], lanes["max"], strict=True))
        if i % 2 == 1
    ]


def _add_reference_line(fig: go.Figure, reference: pd.Timestamp) -> None:
    """A dashed vertical line at the reference (publication) date, labelled."""
    x = reference.strftime("%Y-%m-%d")
    line = {"color": theme.INK, "width": 1.5, "dash": "dash"}
    fig.add_shape(type="line", xref="x", yref="paper", x0=x, x1=x, y0=0, y1=1, line=line)
    fig.layout.shapes[-1].name = "reference"
    place = {"x": x, "xref": "x", "y": 1, "yref": "paper", "yanchor": "bottom", "xanchor": "right"}
    font = {"size": 12, "color": theme.INK}
    text = f"published {day_text(reference)}"
    fig.add_annotation(**place, yshift=26, text=text, showarrow=False, font=font)  # above the ticks


def _add_note(fig: go.Figure, text: str, **place) -> None:
    """Muted text on the chart itself, so an exported image says it too."""
    place = {"x": 0, "xanchor": "left", **place}
    font = {"color": theme.MUTED, "size": 13}
    fig.add_annotation(text=text, showarrow=False, xref="paper", yref="paper", font=font,
                       align="left", name="note", **place)  # fmt: skip


def _iso(values: pd.Series) -> pd.Series:
    return pd.Series(values).dt.strftime("%Y-%m-%d")
