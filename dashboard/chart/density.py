"""The aggregated timeline: too many events to draw one by one become counts per lane.

Each lane is a small histogram: one bar per month, year, decade, century or longer (whichever
keeps the bars countable across the view), as tall as the number of events whose span covers
that stretch, scaled to the lane's own peak. A span counts in every bin it touches, so a decade
event is never piled onto its first month. Counting is vectorised (difference arrays, one bincount).
The selected event is still found: a dark frame over its span, as tall as its lane, and a pin on
top whose hover names it.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import axes, scales, theme, ticks, years
from dashboard.chart.drawn import axis_for
from dashboard.chart.labels import plain
from dashboard.chart.lanes import placed_rows, view_of
from dashboard.chart.view import Sizes

# (unit, widest view in years it is used for, step in years: 0 for months). Past decades the
# step grows tenfold each time, so history and deep time keep a few hundred bins at most.
UNITS = (
    ("month", 12, 0),
    ("year", 250, 1),
    ("decade", 10_000, 10),
    ("century", 100_000, 100),
    ("millennium", 10**6, 1000),
    ("10,000 years", 10**7, 10**4),
    ("100,000 years", 10**8, 10**5),
    ("million years", 10**9, 10**6),
    ("10 million years", 10**10, 10**7),
    ("100 million years", 10**11, 10**8),
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
    length = (view[1] - view[0]).days / 365.25
    return next((unit for unit in UNITS if length <= unit[1]), UNITS[-1])


def bin_edges(view: tuple[pd.Timestamp, pd.Timestamp], unit: tuple) -> np.ndarray:
    """Bin boundaries (datetime64[s]) covering the view, aligned to months, years or decades.

    numpy dates, not pandas offsets: the edge after 31 December 9999 must still exist.
    """
    low, high = view
    step = unit[2]
    if step == 0:
        first, last = (np.datetime64(pd.Timestamp(t).to_datetime64(), "M") for t in view)
        return np.arange(first, last + 2).astype("datetime64[s]")
    first = low.year // step * step
    if low.year >= 1:  # there is no year 0 to start AD decades on
        first = max(1, first)
    edges = np.arange(first - (step if low.year <= 0 else 0), high.year + step + 1, step)
    if step > 1:  # BC decades and centuries start on round years as written: 270 BC is -269
        edges = np.where(edges <= 0, edges + 1, edges)
    return (edges - 1970).astype("datetime64[Y]").astype("datetime64[s]")


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
    dated = years.dated(*scales.ms(pd.Series(view_of(rows))))
    counts = lane_counts(rows, edges)
    lanes = rows.groupby("lane_rank")[["lane_label", "colour"]].first()
    peaks = counts.max(axis=1)
    lane, where = np.nonzero(counts)
    starts = edges[where]
    width_ms = (edges[where + 1] - starts).astype(np.int64).astype(float) * 1000.0
    value = counts[lane, where]
    names = lanes["lane_label"].to_numpy()[lane]
    text = [
        f"<b>{plain(n)}</b><br>{when}<br>{v:,} event{'' if v == 1 else 's'}"
        for n, when, v in zip(
            names, _bin_texts(starts, edges[where + 1], unit, dated), value, strict=True
        )
    ]
    centres = starts + (edges[where + 1] - starts) // 2
    bar = theme.Bar(
        x=_xs(centres, dated),
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


def _bin_texts(starts: np.ndarray, ends: np.ndarray, unit: tuple, dated: bool) -> list[str]:
    """What each bin covers: "Mar 2020", "2020", "1990s", "270 BC to 261 BC", "66 Ma to
    65.9 Ma"."""
    first = scales.ms(starts)
    if unit[2] == 0:
        return [years.month_text(years.day_at(moment)) for moment in first]
    year = years.year_of(first)
    if unit[2] == 1:
        return [years.year_text(y) for y in year.tolist()]
    if dated and unit[2] == 10:
        return [f"{y}s" for y in year.tolist()]
    last = years.year_of(scales.ms(ends)) - 1
    if years.deep(float(first.min())):
        ago, since = years.PRESENT_YEAR - year, years.PRESENT_YEAR - last
        return [f"{years.ago_text(a, unit[2])} to {years.ago_text(b, unit[2])}"
                for a, b in zip(ago.tolist(), since.tolist(), strict=True)]  # fmt: skip
    return [f"{years.year_text(a)} to {years.year_text(b)}"
            for a, b in zip(year.tolist(), last.tolist(), strict=True)]  # fmt: skip


def _xs(days: np.ndarray, dated: bool) -> list:
    """Days as x values: dates on a date axis, axis ms on one of years."""
    return _day_text(days) if dated else scales.ms(days).tolist()


def selected_traces(chosen: pd.DataFrame, hover: pd.Series, dated: bool = True) -> list:
    """The selected rows (placed_rows) drawn over the counts: a frame and a pin with `hover`.

    A frame alone would shrink to a line for a day's event in a view of decades; the pin keeps
    it findable and says which event it is (the bars only say how many).
    """
    if chosen.empty:
        return []
    first = chosen["x0"].to_numpy("datetime64[s]")
    after = chosen["x1"].to_numpy("datetime64[s]") + DAY  # the frame covers the last day too
    lane = chosen["lane_rank"].to_numpy(dtype=float)
    frames = _frames(first, after, lane, dated)
    skip = {"mode": "lines", "hoverinfo": "skip", "showlegend": False}
    # A white casing under the dark line keeps the frame visible over dark and black lanes.
    casing = theme.Scatter(**frames, line=CASING, name="selected casing", **skip)
    frame = theme.Scatter(**frames, line=FRAME, name="selected", **skip)
    pin = theme.Scatter(
        x=_xs(first + (after - first) // 2, dated), y=(lane - FRAME_HALF).tolist(),
        mode="markers", marker=PIN, cliponaxis=False, hovertext=hover.to_list(),
        hovertemplate="%{hovertext}<extra>selected</extra>", showlegend=False,
        name="selected pin",
    )  # fmt: skip
    return [casing, frame, pin]


def _frames(first: np.ndarray, after: np.ndarray, lane: np.ndarray, dated: bool) -> dict:
    """Closed rectangles from `first` to `after` across each lane, as one line broken by None."""
    xs: list = []
    ys: list = []
    for x0, x1, middle in zip(_xs(first, dated), _xs(after, dated), lane.tolist(), strict=True):
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
    if not axis.scale.date_axis:
        layout["xaxis"] |= ticks.timed_axis(axis, sizes.tick)
    shapes = axes.lane_bands(lane_table)
    notes = [axes.note(note, sizes, y=1 + (top - view.top) / frame.plot_height, yanchor="top")]
    if reference is not None:
        x = float(scales.ms(pd.Series([reference]))[0])
        line, label = axes.reference_marks(x, pd.Timestamp(reference), sizes)
        shapes, notes = [*shapes, line], [*notes, label]
    layout |= {"shapes": shapes, "annotations": notes}
    hover = chosen.get("hover", pd.Series())
    marks = traces + selected_traces(chosen, hover, axis.scale.date_axis)
    return theme.figure(marks, layout)
