"""The timeline figure: every event drawn over its whole span in its lane, with its label.

A pure function of an events frame and a ChartView. Horizontal by default: lanes down the side,
time along the top on the view's scale (chart.scales), marks (chart.marks) and labels packed
into rows so that nothing overlaps (chart.placement). Narrow views are vertical (chart.vertical);
past `aggregate_above` dated events lanes show counts instead (chart.density). Rows without a
span are left out (the page lists them).
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import axes, scales, status, theme, ticks, years
from dashboard.chart.density import density_figure
from dashboard.chart.drawn import axis_for, drawn, marks_for
from dashboard.chart.label_traces import label_traces, tag_traces, with_label_texts
from dashboard.chart.labels import label_texts, plain, priority
from dashboard.chart.lanes import placed_rows
from dashboard.chart.marks import event_traces
from dashboard.chart.placement import place, rows_needed
from dashboard.chart.text_width import text_px
from dashboard.chart.vertical import vertical_figure
from dashboard.chart.view import ChartView, Sizes
from dashboard.details import status_text

AGGREGATE_ABOVE = 3000  # dated events; more are drawn as counts per lane
LABEL_SAFETY = 1.03  # widths are measured for Arial; a little room for rounding
# Rows of a fixed-height image, in label sizes: as tight as a line of text and its leading
# before labels give way, as roomy as reads well before space is left at the bottom.
TIGHT_ROW, ROOMY_ROW = 1.3, 2.2
SCALE_NOTES = {
    "chronological": "Chronological scale",
    "collapsed": "Collapsed scale: // cuts out time without events",
    "sequential": "Sequential scale: evenly spaced, the time between written above",
}

__all__ = ["AGGREGATE_ABOVE", "ChartView", "hover_text", "timeline_figure"]


def timeline_figure(df: pd.DataFrame, view: ChartView | None = None) -> go.Figure:
    """The timeline of an events frame (see dashboard.frame) as `view` asks; no Streamlit."""
    view = view or ChartView()
    reference = _reference(df, view.reference)
    if int(df["start"].notna().sum()) > view.aggregate_above:
        return density_figure(df, view, reference, hover_text)
    if view.vertical:
        return vertical_figure(df, view, reference, hover_text)
    return _horizontal(df, view, reference)


def _horizontal(df: pd.DataFrame, view: ChartView, reference) -> go.Figure:
    sizes = Sizes(view.font)
    rows = _labelled_rows(df, view, reference)
    scale = scales.scale_for(rows, view.scale, reference)
    key = theme.key_traces(set(rows["precision"]), bool(rows["approximate"].any()),
                           bool((rows["open_end"] | rows["open_start"]).any()))  # fmt: skip
    key += status.key_traces(set(status.statuses(rows)))
    lane_labels = list(dict.fromkeys(rows.sort_values("lane_rank")["lane_label"]))
    left = axes.left_margin(lane_labels, sizes)
    plot_width = view.width - left - axes.RIGHT_PX
    head = axes.header([trace.name for trace in key], SCALE_NOTES[scale.kind], plot_width, sizes)
    top, bottom = head.top(view.top, sizes), axes.BOTTOM_PX + view.bottom
    axis = axis_for(scale, plot_width)
    line_x = _reference_x(axis, rows, reference) if reference is not None else None
    room = (view.height or view.max_height) - top - bottom
    rows, pieces, placement, row_px = _packed(rows, view, axis, sizes, room, line_x)
    offsets, lanes = _lane_table(rows, placement.lane_rows)
    rows["y"] = rows["lane_rank"].map(offsets).to_numpy() + placement.row
    pieces["y"] = rows["y"].to_numpy()[pieces["pos"].to_numpy()]
    total = sum(placement.lane_rows.values())
    height = view.height or round(top + bottom + max(total, axes.MIN_PLOT_ROWS) * row_px)
    frame = axes.Frame(view.width, height, left, top, bottom, row_px, view.top)
    traces = event_traces(rows, pieces, _dot_px(sizes), view.selected)
    traces += label_traces(rows, placement, axis, sizes)
    traces += tag_traces(rows, placement, axis, offsets, sizes)
    layout = axes.layout(frame, lanes, axis, sizes, total)
    shapes = axes.lane_bands(lanes) + _time_axis(layout, axis, rows, sizes)
    notes = head.notes(frame, sizes)
    if line_x is not None:
        line, label = axes.reference_marks(line_x, reference, sizes)
        shapes, notes = [*shapes, line], [*notes, label]
    if rows.empty:
        notes.append(axes.note("No dated events to show", sizes, x=0.5, xanchor="center", y=0.5))
    layout |= {
        "shapes": shapes,
        "annotations": notes,
        "uirevision": f"{scale.kind}|{view.window}|{view.lanes}|{view.width}",
    }
    return theme.figure(traces + key, layout)


def _labelled_rows(df: pd.DataFrame, view: ChartView, reference) -> pd.DataFrame:
    """The placed rows (chart.lanes) with their hover text and label."""
    rows = placed_rows(df, lanes=view.lanes, reference=reference, palette=view.palette,
                       window=view.window).reset_index(drop=True)  # fmt: skip
    rows["hover"] = hover_text(rows)
    return with_label_texts(rows, label_texts(rows))


def _dot_px(sizes: Sizes) -> float:
    return sizes.font * 0.85


def _packed(rows, view: ChartView, axis, sizes: Sizes, room: float, line_x):
    """Marks and labels packed into rows within `room` px: rows of the usual height on a
    screen; on a fixed-height image rows that share its height (TIGHT_ROW to ROOMY_ROW)."""
    rows, pieces = drawn(rows, axis, _dot_px(sizes))
    widths = np.array([text_px(t, sizes.font) * LABEL_SAFETY + 1 for t in rows["label_text"]])
    marks = marks_for(rows, pieces, axis, _dot_px(sizes), widths, priority(rows, view.forced))
    avoid = () if line_x is None else (float(axis.px(line_x)),)
    row_px = sizes.row
    if view.height is not None:  # a fixed page: rows share its height, within these bounds
        needed = rows_needed(marks, axis.width, avoid)
        row_px = min(max(sizes.font * TIGHT_ROW, room / max(needed, 1)), sizes.font * ROOMY_ROW)
    budget = math.floor(room / row_px) if len(rows) else None
    return rows, pieces, place(marks, axis.width, budget, sizes.font, avoid), row_px


def _lane_table(rows: pd.DataFrame, lane_rows: dict[int, int]) -> tuple[dict, pd.DataFrame]:
    """Each lane's first y, and the lanes' (min, max) y by label, top to bottom."""
    offsets, table, y = {}, {}, 0
    labels = rows.groupby("lane_rank")["lane_label"].first()
    for rank in sorted(lane_rows):
        offsets[rank] = y
        table[labels[rank]] = (y, y + lane_rows[rank] - 1)
        y += lane_rows[rank]
    frame = pd.DataFrame.from_dict(table, orient="index", columns=["min", "max"])
    return offsets, frame


def _time_axis(layout: dict, axis, rows: pd.DataFrame, sizes: Sizes) -> list[dict]:
    """Our own ticks where Plotly's would not do (cuts, slots, years outside 1000-9999) into
    `layout`; the cuts' marks."""
    scale = axis.scale
    if scale.kind == "sequential":
        order = rows.sort_values("centre")
        candidates = ticks.sequential_ticks(scales.ms(order["x0"]), order["precision"].to_list())
        values, texts = ticks.thinned(candidates, axis.px, axis.width, sizes.tick)
        layout["xaxis"] |= {"tickmode": "array", "tickvals": values, "ticktext": texts}
    elif not scale.date_axis:
        layout["xaxis"] |= ticks.timed_axis(axis, sizes.tick)
    return axes.break_shapes(axis)


def _reference_x(axis, rows: pd.DataFrame, reference: pd.Timestamp) -> float:
    """Where the publication line goes: its day's middle, or between the slots around it."""
    moment = scales.ms(pd.Series([pd.Timestamp(reference)]))[0]
    if axis.scale.kind == "sequential":
        return float((scales.ms(rows["x0"]) <= moment).sum()) - 0.5
    return float(scales.to_units(axis.scale, np.array([moment + scales.DAY_MS / 2]))[0])


def _reference(df: pd.DataFrame, reference_date) -> pd.Timestamp | None:
    if reference_date is not None:
        return pd.Timestamp(reference_date)
    if "published" not in df or df["published"].isna().all():
        return None
    return pd.Timestamp(df["published"].max())


def hover_text(rows: pd.DataFrame) -> pd.Series:
    """Title, the date as written, the resolved span, its precision, the lane, whether it is
    planned or claimed, and any warning, as hover HTML. Dataset text is escaped: a title like
    "<b>" shows as written."""
    if rows.empty:
        return pd.Series([], index=rows.index, dtype=object)
    start = pd.Series(years.day_texts(rows["start"]), index=rows.index, dtype=object)
    end = pd.Series(years.day_texts(rows["end"]), index=rows.index, dtype=object)
    span = start.where(rows["start"] == rows["end"], start + " to " + end)
    deep = rows["precision"].isin(list(ticks.DEEP_STEPS)).to_numpy()
    if deep.any():  # "66 Ma", not the first of January of a year 66 million years ago
        span[deep] = _ago_span(rows[deep])
    notes = rows["approximate"].map({True: ", approximate", False: ""}) + rows["ongoing"].map(
        {True: ", ongoing", False: ""}
    )
    head = "<b>" + rows["title"].map(plain) + "</b><br>“" + rows["date"].map(plain)
    lane = "<br>lane: " + rows["lane"].map(plain)
    text = head + "”<br>" + span + "<br>" + rows["precision"] + " precision" + notes + lane
    said = status.statuses(rows).map(status_text)
    text = text + said.where(said == "", "<br>" + said)
    if "error" not in rows:
        return text
    warning = rows["error"].fillna("").astype(str)
    return text + np.where(warning != "", "<br>⚠ drawn despite: " + warning.map(plain), "")


def _ago_span(rows: pd.DataFrame) -> list[str]:
    """Deep-time spans in years before the present, once when both ends read the same."""
    texts = []
    for start, end, precision in zip(rows["start"], rows["end"], rows["precision"], strict=True):
        first, last = ticks.slot_date(start, precision), ticks.slot_date(end, precision)
        texts.append(first if first == last else f"{first} to {last}")
    return texts
