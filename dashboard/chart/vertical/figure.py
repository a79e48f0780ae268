"""The vertical timeline as one figure: rows placed in time, cards chosen and stacked, then the
traces, the key, the frame (both axes in pixels) and the time line."""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import scales, status, theme
from dashboard.chart.label_traces import with_label_texts
from dashboard.chart.labels import label_texts, plain
from dashboard.chart.lanes import placed_rows
from dashboard.chart.vertical import layout, stack
from dashboard.chart.vertical.layout import PAD, Geometry
from dashboard.chart.vertical.time_line import time_line
from dashboard.chart.vertical.traces import event_traces
from dashboard.chart.view import ChartView, Sizes


def vertical_figure(df: pd.DataFrame, view: ChartView, reference, hover_text) -> go.Figure:
    """The vertical timeline of `df` as `view` asks (see dashboard.chart.vertical)."""
    sizes = Sizes(view.font)
    rows = placed_rows(df, lanes=view.lanes, reference=reference, palette=view.palette,
                       window=view.window).reset_index(drop=True)  # fmt: skip
    rows["hover"] = hover_text(rows)
    rows = with_label_texts(rows, label_texts(rows))
    kind = "sequential" if view.scale == "auto" else view.scale
    scale = scales.scale_for(rows, kind, reference)
    rows = rows.assign(**stack.times(rows, scale)).sort_values(["t", "id"], kind="stable")
    rows = rows.reset_index(drop=True)
    rows["column"] = stack.columns(rows) if scale.kind != "sequential" else 0
    lanes = rows.drop_duplicates("lane_rank").sort_values("lane_rank")
    geometry = layout.geometry(view, sizes, rows, lanes, scale.kind)
    rows = rows.join(layout.card_text(rows, geometry, sizes))
    stacked = stack.sequence if scale.kind == "sequential" else stack.timed
    shown = stack.shown(rows, view, geometry, stacked)
    cards = stack.cards(rows, shown, geometry)
    rows, cards, length = stacked(rows, cards, geometry, layout.room(view, geometry))
    height = view.height or round(geometry.top + max(cards["bottom"].max(), length) + PAD)
    key = _key(lanes) + status.key_traces(set(status.statuses(rows)))
    fig = theme.figure(event_traces(rows, cards, geometry, sizes, view.selected) + key)
    _frame(fig, view, geometry, height, sizes)
    time_line(fig, rows, cards, scale, geometry, length, sizes, reference)
    return fig


def _key(lanes: pd.DataFrame) -> list:
    """One key entry per lane in view: its colour and name."""
    return [
        go.Scatter(x=[None], y=[None], mode="markers", name=plain(str(label)),
                   marker={"symbol": "square", "size": 12, "color": colour}, meta="key",
                   hoverinfo="skip")
        for label, colour in zip(lanes["lane_label"], lanes["colour"], strict=True)
    ]


def _frame(fig: go.Figure, view: ChartView, geometry: Geometry, height: float,
           sizes: Sizes) -> None:  # fmt: skip
    """Size, margins (the key and note above, the dressing's room below) and pixel axes."""
    plot_height = height - geometry.top - view.bottom
    fig.update_layout(
        width=view.width, height=height, autosize=False, barmode="overlay",
        hovermode="closest", dragmode=False,
        margin={"l": 0, "r": 0, "t": geometry.top, "b": view.bottom, "autoexpand": False},
        legend={"orientation": "h", "x": PAD / view.width, "xref": "container",
                "y": 1 - view.top / height, "yref": "container", "yanchor": "top",
                "font": {"size": sizes.key}, "itemclick": False, "itemdoubleclick": False},
    )  # fmt: skip
    fig.update_xaxes(range=[0, view.width], visible=False, fixedrange=True)
    fig.update_yaxes(range=[plot_height, 0], visible=False, fixedrange=True)
