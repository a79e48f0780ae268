"""The aggregated timeline: too many events to draw one by one become counts per lane.

Each lane is a small histogram: one bar per month, year or decade (whichever keeps the bars
countable across the view), as tall as the number of events whose span covers that stretch,
scaled to the lane's own peak. A span counts in every bin it touches, so a decade event is
never piled onto its first month. Counting is vectorised (difference arrays, one bincount).
The selected event is still found: a dark frame over its span, as tall as its lane, and a pin on
top whose hover names it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import axes, scales, theme
from dashboard.chart.drawn import axis_for
from dashboard.chart.labels import plain
from dashboard.chart.lanes import placed_rows, view_of
from dashboard.chart.view import Sizes

# (unit, widest view in years it is used for, pandas frequency, step in years, label format)
UNITS = (
    ("month", 12, "MS", 0, "%b %Y"),
    ("year", 250, "YS", 1, "%Y"),
    ("decade", 10_000, "10YS", 10, "%Ys"),
)
BAR_HEIGHT = 0.84  # of a lane, for the lane's peak
FRAME_HALF = BAR_HEIGHT / 2 + 0.04  # the selected frame clears the tallest bar
PIN = {"symbol": "triangle-down", "size": 16, "color": theme.HIGHLIGHT,
       "line": {"color": "white", "width": 1.5}}  # fmt: skip
FRAME = {"color": theme.HIGHLIGHT, "width": 3}
CASING = {"color": "white", "width": 7}
DAY = np.timedelta64(1, "D")


def bin_unit(view: tuple[pd.Timestamp, pd.Timestamp]) -> tuple:
    """The finest unit whose bins stay countable over the view (its row of UNITS)."""
    years = (view[1] - view[0]).days / 365.25
    return next((unit for unit in UNITS if years <= unit[1]), UNITS[-1])


def bin_edges(view: tuple[pd.Timestamp, pd.Timestamp], unit: tuple) -> np.ndarray:
    """Bin boundaries (datetime64[s]) covering the view, aligned to months, years or decades.

    numpy dates, not pandas offsets: the edge after 31 December 9999 must still exist.
    """
    low, high = view
    step = unit[3]
    if step == 0:
        first, last = (np.datetime64(f"{t.year:04d}-{t.month:02d}", "M") for t in view)
        return np.arange(first, last + 2).astype("datetime64[s]")
    first = low.year if step == 1 else max(1, low.year // 10 * 10)
    years = np.arange(first, high.year + step + 1, step)
    return (years - 1970).astype("datetime64[Y]").astype("datetime64[s]")


def lane_counts(rows: pd.DataFrame, edges: np.ndarray) -> np.ndarray:
    """counts[lane_rank, bin]: how many of a lane's spans touch each bin (difference arrays)."""
    lanes = int(rows["lane_rank"].max()) + 1 if len(rows) else 0
    width = len(edges)  # one bin per edge interval, plus one slot for the -1 past the end
    first = np.searchsorted(edges, rows["x0"].to_numpy("datetime64[s]"), side="right") - 1
    last = np.searchsorted(edges, rows["x1"].to_numpy("datetime64[s]"), side="right") - 1
    rank = rows["lane_rank"].to_numpy()
    steps = np.bincount(rank * width + first.clip(0), minlength=lanes * width)
    steps -= np.bincount(rank * width + (last + 1).clip(0, width - 1), minlength=lanes * width)
    return steps.reshape(lanes, width).cumsum(axis=1)[:, :-1]


def density_traces(rows: pd.DataFrame, *, limit: int) -> tuple[list, pd.DataFrame, str]:
    """Bars of per-lane counts, the lane table (label, min and max y) and a note on the chart."""
    unit = bin_unit(view_of(rows))
    edges = bin_edges(view_of(rows), unit)
    counts = lane_counts(rows, edges)
    lanes = rows.groupby("lane_rank")[["lane_label", "colour"]].first()
    peaks = counts.max(axis=1)
    lane, where = np.nonzero(counts)
    starts = pd.Series(edges[where])
    width_ms = (edges[where + 1] - edges[where]).astype("timedelta64[ms]").astype(np.int64)
    value = counts[lane, where]
    names = lanes["lane_label"].to_numpy()[lane]
    text = [
        f"<b>{plain(n)}</b><br>{when}<br>{v:,} event{'' if v == 1 else 's'}"
        for n, when, v in zip(names, starts.dt.strftime(unit[4]), value, strict=True)
    ]
    centres = starts + pd.to_timedelta(width_ms // 2, unit="ms")
    bar = theme.Bar(
        x=centres.dt.strftime("%Y-%m-%d").tolist(),
        y=(-value / peaks[lane] * BAR_HEIGHT).tolist(),  # upwards: the lane axis runs down
        base=(lane + BAR_HEIGHT / 2).tolist(),
        width=width_ms.tolist(),
        name="events per " + unit[0],
        showlegend=False,
        marker={"color": lanes["colour"].to_numpy()[lane].tolist(), "line": {"width": 0}},
        hovertext=text,
        hovertemplate="%{hovertext}<extra></extra>",
    )
    pairs = zip(lanes["lane_label"], peaks, strict=True)
    labels = [f"{name} (peak {peak:,})" for name, peak in pairs]
    table = pd.DataFrame({"min": lanes.index, "max": lanes.index}, index=labels)
    return [bar], table, _note(len(rows), unit[0], limit)


def selected_traces(chosen: pd.DataFrame, hover: pd.Series) -> list:
    """The selected rows (placed_rows) drawn over the counts: a frame and a pin with `hover`.

    A frame alone would shrink to a line for a day's event in a view of decades; the pin keeps
    it findable and says which event it is (the bars only say how many).
    """
    if chosen.empty:
        return []
    first = chosen["x0"].to_numpy("datetime64[s]")
    after = chosen["x1"].to_numpy("datetime64[s]") + DAY  # the frame covers the last day too
    lane = chosen["lane_rank"].to_numpy(dtype=float)
    frames = _frames(first, after, lane)
    skip = {"mode": "lines", "hoverinfo": "skip", "showlegend": False}
    # A white casing under the dark line keeps the frame visible over dark and black lanes.
    casing = theme.Scatter(**frames, line=CASING, name="selected casing", **skip)
    frame = theme.Scatter(**frames, line=FRAME, name="selected", **skip)
    pin = theme.Scatter(
        x=_day_text(first + (after - first) // 2), y=(lane - FRAME_HALF).tolist(),
        mode="markers", marker=PIN, cliponaxis=False, hovertext=hover.to_list(),
        hovertemplate="%{hovertext}<extra>selected</extra>", showlegend=False,
        name="selected pin",
    )  # fmt: skip
    return [casing, frame, pin]


def _frames(first: np.ndarray, after: np.ndarray, lane: np.ndarray) -> dict:
    """Closed rectangles from `first` to `after` across each lane, as one line broken by None."""
    xs: list = []
    ys: list = []
    for x0, x1, middle in zip(_day_text(first), _day_text(after), lane.tolist(), strict=True):
        top, bottom = middle - FRAME_HALF, middle + FRAME_HALF
        xs += [x0, x1, x1, x0, x0, None]
        ys += [top, top, bottom, bottom, top, None]
    return {"x": xs, "y": ys}


def _day_text(days: np.ndarray) -> list[str]:
    return pd.Series(days).dt.strftime("%Y-%m-%d").to_list()


def _note(count: int, unit: str, limit: int) -> str:
    """Short lines: plotly does not wrap annotations, and the chart may be narrow."""
    return (
        f"<b>Aggregated:</b> {count:,} events are too many to draw one by one.<br>"
        f"Each bar counts the events covering that {unit} (scaled to the lane's peak).<br>"
        f"Narrow the filters to {limit:,} events or fewer to see each event."
    )


def density_figure(df: pd.DataFrame, view, reference, hover_text) -> go.Figure:
    """Counts per lane over a chronological axis, the selected event framed and pinned."""
    sizes = Sizes(view.font)
    rows = placed_rows(df, lanes=view.lanes, reference=reference, palette=view.palette,
                       window=view.window)  # fmt: skip
    traces, lane_table, note = density_traces(rows, limit=view.aggregate_above)
    chosen = rows[rows["id"] == view.selected]
    chosen = chosen.assign(hover=hover_text(chosen)) if len(chosen) else chosen
    low, high = (float(v) for v in scales.ms(pd.Series(view_of(rows))))
    left = axes.left_margin(list(lane_table.index), sizes)
    axis = axis_for(scales.Scale("chronological", low, high), view.width - left - axes.RIGHT_PX)
    top = axes.Header(0, tuple(note.split("<br>")), False).top(view.top, sizes)
    bottom = axes.BOTTOM_PX + view.bottom
    height = view.height or round(top + bottom + 2 * sizes.row * max(len(lane_table), 2))
    frame = axes.Frame(view.width, height, left, top, bottom, 2 * sizes.row, view.top)
    layout = axes.layout(frame, lane_table, axis, sizes, len(lane_table))
    shapes = axes.lane_bands(lane_table)
    notes = [axes.note(note, sizes, y=1 + (top - view.top) / frame.plot_height, yanchor="top")]
    if reference is not None:
        x = float(scales.ms(pd.Series([reference]))[0])
        line, label = axes.reference_marks(x, pd.Timestamp(reference), sizes)
        shapes, notes = [*shapes, line], [*notes, label]
    layout |= {"shapes": shapes, "annotations": notes}
    marks = traces + selected_traces(chosen, chosen.get("hover", pd.Series()))
    return theme.figure(marks, layout)
