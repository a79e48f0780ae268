"""The timeline figure: every event drawn over its whole resolved span, its precision visible.

Looks: a day-precision event is a marker; a coarser span is a horizontal bar from its first to
its last day, paler the coarser it is; an approximate date has a dotted outline (a hollow marker
for a day); an ongoing span runs to the reference date and ends in an arrow, and so does any
open span cut at the edge of the view. Rows without a span are left out (the page lists them).
"""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from dashboard import theme
from dashboard.lanes import layout_rows

# Fill alpha of a span bar by precision: coarser is paler. Outlines stay solid.
OPACITY = {
    "day": 1.0, "week": 0.85, "month": 0.72, "season": 0.64, "quarter": 0.58,
    "year": 0.46, "decade": 0.34, "century": 0.24,
}  # fmt: skip
BAR_THICKNESS = 0.62  # of one sub-row
ROW_PX, MIN_HEIGHT = 28, 340
DAY_MS = 86_400_000
KEY_COLOUR = theme.MUTED
# From the top of the figure down: the key, the reference label, the date ticks, the lanes.
TOP_PX = 110
LEGEND = {
    "orientation": "h", "x": 0, "y": 1, "yref": "container", "yanchor": "top",
    "title": {"text": "Key  ", "font": {"size": 13}},
}  # fmt: skip


def timeline_figure(df: pd.DataFrame, *, lanes: str = "topic", reference_date=None) -> go.Figure:
    """A Plotly timeline of an events frame (see dashboard.frame); pure, no Streamlit."""
    reference = _reference(df, reference_date)
    rows = layout_rows(df, lanes=lanes, reference=reference)
    fig = go.Figure(layout={"template": theme.template()})
    fig.add_traces(_span_traces(rows) + _outline_traces(rows) + _day_traces(rows))
    fig.add_traces(_arrow_traces(rows) + _key_traces(rows))
    _style_axes(fig, rows)
    if reference is not None:
        _add_reference_line(fig, reference)
    if rows.empty:
        fig.add_annotation(
            text="No dated events to show",
            showarrow=False,
            x=0.5,
            y=0.5,
            xref="paper",
            yref="paper",
            font={"color": theme.MUTED},
        )
    return fig


def _reference(df: pd.DataFrame, reference_date) -> pd.Timestamp | None:
    if reference_date is not None:
        return pd.Timestamp(reference_date)
    if "published" not in df or df["published"].isna().all():
        return None
    return pd.Timestamp(df["published"].max())


def hover_text(rows: pd.DataFrame) -> pd.Series:
    """Title, the date as written, the resolved span and its precision, as hover HTML."""
    start, end = rows["start"].dt.strftime("%Y-%m-%d"), rows["end"].dt.strftime("%Y-%m-%d")
    span = start.where(rows["start"] == rows["end"], start + " to " + end)
    notes = rows["approximate"].map({True: ", approximate", False: ""}) + rows["ongoing"].map(
        {True: ", ongoing", False: ""}
    )
    head = "<b>" + rows["title"].map(html.escape) + "</b><br>“" + rows["date"].map(html.escape)
    return head + "”<br>" + span + "<br>" + rows["precision"] + " precision" + notes


def _common(rows: pd.DataFrame, name: str) -> dict:
    return {
        "y": rows["y"].to_list(),
        "customdata": rows["id"].to_list(),
        "hovertext": hover_text(rows).to_list(),
        "hovertemplate": "%{hovertext}<extra></extra>",
        "name": name,
        "showlegend": False,
    }


def _span_traces(rows: pd.DataFrame) -> list[go.Bar]:
    """One horizontal bar trace per coarse precision, over whole days (end day included)."""
    traces = []
    for precision, group in rows[rows["precision"] != "day"].groupby("precision", sort=False):
        alpha = OPACITY[precision]
        width_ms = (group["x1"] - group["x0"]).dt.total_seconds() * 1000 + DAY_MS
        traces.append(
            go.Bar(
                orientation="h",
                base=_iso(group["x0"]),
                x=width_ms.to_list(),
                width=BAR_THICKNESS,
                marker={
                    "color": [theme.rgba(c, alpha) for c in group["colour"]],
                    "line": {"color": _solid_unless(group, "approximate"), "width": 1.5},
                },
                **_common(group, f"{precision} span"),
            )
        )
    return traces


def _solid_unless(group: pd.DataFrame, flag: str) -> list[str]:
    return [
        theme.rgba(c, 0.0 if f else 1.0) for c, f in zip(group["colour"], group[flag], strict=True)
    ]


def _outline_traces(rows: pd.DataFrame) -> list[go.Scatter]:
    """Dotted rectangles around approximate spans (bar outlines cannot be dashed)."""
    approx = rows[(rows["precision"] != "day") & rows["approximate"]]
    if approx.empty:
        return []
    xs, ys, half = [], [], BAR_THICKNESS / 2
    ends = approx["x1"] + pd.Timedelta(days=1)
    for x0, x1, y in zip(_iso(approx["x0"]), _iso(ends), approx["y"], strict=True):
        xs += [x0, x1, x1, x0, x0, None]
        ys += [y - half, y - half, y + half, y + half, y - half, None]
    return [
        go.Scatter(
            x=xs,
            y=ys,
            mode="lines",
            hoverinfo="skip",
            showlegend=False,
            name="approximate outline",
            line={"color": theme.INK, "dash": "dot", "width": 1.5},
        )
    ]


def _day_traces(rows: pd.DataFrame) -> list[go.Scatter]:
    """Day-precision events as markers; hollow when approximate."""
    days = rows[rows["precision"] == "day"]
    if days.empty:
        return []
    symbols = days["approximate"].map({True: "circle-open", False: "circle"}).to_list()
    marker = {
        "color": days["colour"].to_list(),
        "size": 13,
        "symbol": symbols,
        "line": {"color": "white", "width": 1.5},
    }
    return [go.Scatter(x=_iso(days["x0"]), mode="markers", marker=marker, **_common(days, "day"))]


def _arrow_traces(rows: pd.DataFrame) -> list[go.Scatter]:
    """Arrow heads at open ends: ongoing spans and spans cut at the edge of the view."""
    traces = []
    for flag, edge, shift, symbol in (
        ("open_end", "x1", 1, "triangle-right"),
        ("open_start", "x0", 0, "triangle-left"),
    ):
        ends = rows[rows[flag]]
        if not ends.empty:
            x = _iso(ends[edge] + pd.Timedelta(days=shift))
            traces.append(
                go.Scatter(
                    x=x,
                    y=ends["y"].to_list(),
                    mode="markers",
                    hoverinfo="skip",
                    showlegend=False,
                    name=flag,
                    marker={"symbol": symbol, "size": 12, "color": ends["colour"].to_list()},
                )
            )
    return traces


def _key_traces(rows: pd.DataFrame) -> list[go.Scatter]:
    """Legend-only traces explaining the looks present in the figure."""
    present = set(rows["precision"])
    key = [_key("Exact day", marker={"symbol": "circle", "size": 12})] if "day" in present else []
    for precision in (p for p in OPACITY if p in present and p != "day"):
        square = {
            "symbol": "square",
            "size": 14,
            "color": theme.rgba(KEY_COLOUR, OPACITY[precision]),
            "line": {"color": KEY_COLOUR, "width": 1.5},
        }
        key.append(_key(f"{precision} (whole {precision})", marker=square))
    if rows["approximate"].any():
        key.append(_key("approximate", mode="lines", line={"dash": "dot", "width": 2}))
    if (rows["open_end"] | rows["open_start"]).any():
        key.append(_key("ongoing / open", marker={"symbol": "triangle-right", "size": 12}))
    return key


def _key(name: str, mode: str = "markers", **style) -> go.Scatter:
    style.setdefault("marker", {}).setdefault("color", KEY_COLOUR)
    style.setdefault("line", {}).setdefault("color", KEY_COLOUR)
    # Marked by meta, not legendgroup: a horizontal legend stacks a group's items vertically.
    return go.Scatter(
        x=[None], y=[None], mode=mode, name=name, meta="key", hoverinfo="skip", **style
    )


def _style_axes(fig: go.Figure, rows: pd.DataFrame) -> None:
    lanes = rows.groupby("lane", sort=False)["y"].agg(["min", "max"])
    total = int(rows["y"].max()) + 1 if not rows.empty else 1
    fig.update_layout(
        height=max(MIN_HEIGHT, 150 + ROW_PX * total),
        barmode="overlay",
        hovermode="closest",
        legend=LEGEND,
        margin={"t": TOP_PX},
        shapes=_lane_bands(lanes),
    )
    fig.update_yaxes(
        tickvals=((lanes["min"] + lanes["max"]) / 2).to_list(),
        ticktext=lanes.index.to_list(),
        range=[total - 0.5, -0.5],
        showgrid=False,
        fixedrange=True,
        ticks="",
        automargin=True,
    )
    fig.update_xaxes(
        type="date", side="top", automargin=True, rangeslider={"visible": True, "thickness": 0.07}
    )
    if not rows.empty:
        fig.update_xaxes(range=_iso(pd.Series([rows.attrs["view"][0], rows.attrs["view"][1]])))


def _lane_bands(lanes: pd.DataFrame) -> list[dict]:
    """Pale bands behind every other lane so lanes read apart."""
    return [
        {
            "type": "rect",
            "xref": "paper",
            "x0": 0,
            "x1": 1,
            "yref": "y",
            "layer": "below",
            "y0": low - 0.5,
            "y1": high + 0.5,
            "fillcolor": "#F3F4F6",
            "line": {"width": 0},
        }
        for i, (low, high) in enumerate(zip(lanes["min"], lanes["max"], strict=True))
        if i % 2 == 1
    ]


def _add_reference_line(fig: go.Figure, reference: pd.Timestamp) -> None:
    """A dashed vertical line at the reference (publication) date, labelled."""
    x = reference.strftime("%Y-%m-%d")
    fig.add_shape(
        type="line",
        xref="x",
        yref="paper",
        x0=x,
        x1=x,
        y0=0,
        y1=1,
        line={"color": theme.INK, "width": 1.5, "dash": "dash"},
        name="reference",
    )
    label = f"published {reference:%-d %b %Y}"
    fig.add_annotation(
        x=x,
        xref="x",
        y=1,
        yref="paper",
        yanchor="bottom",
        yshift=26,  # above the date ticks
        xanchor="right",
        text=label,
        showarrow=False,
        font={"size": 12, "color": theme.INK},
    )


def _iso(values: pd.Series) -> list[str]:
    return pd.Series(values).dt.strftime("%Y-%m-%d").to_list()
