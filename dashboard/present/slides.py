"""Slides for the Present tab: their order, the position text, reveal mode, a mini overview and
the title (saying first when the event is planned or claimed) and summary cut to what fits a
1280x720 screen.

Pure functions of an events frame and a slide index; the page (present.page) only draws them.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import scales, theme, ticks, years
from dashboard.chart.drawn import Axis
from dashboard.chart.placement import assign_rows
from dashboard.details import Details, cut_text, status_prefix

OVERVIEW_HEIGHT = 72  # at 12 px type: small enough that a slide fits 720 px below the page's tabs
FONT_PX, MAX_FONT_PX = 12, 44  # the overview's type: the least, and the most (a 4K screen's)
SUMMARY_CHARS = 200  # about three lines of the slide's summary type, beside a "More" button
SLIDE_TITLE_CHARS = 160  # about four lines of the slide's title type; the rest is cut
WEBGL_ABOVE = 1000
MAX_ROWS = 4
STACK_ABOVE = 3000
CROWDED = 200
PAD = 0.03  # of the whole span, each side
NARROW_PX = 600  # a strip's width when the page does not say it (for its ticks of years)
OTHER, CURRENT = "#9AA5B1", "#D55E00"  # grey for the rest, Okabe-Ito vermillion for this one


def slide_order(df: pd.DataFrame) -> pd.DataFrame:
    """Events with a span, by start date, then end, then id; numbered from 0."""
    slides = df[df["start"].notna()].sort_values(["start", "end", "id"], kind="stable")
    return slides.reset_index(drop=True)


def clamp(index: int, count: int) -> int:
    """A slide index inside 0..count-1 (0 when there are no slides)."""
    return min(max(int(index), 0), max(count - 1, 0))


def position_text(index: int, count: int) -> str:
    """The position as the audience reads it: "7 / 23" (1-based)."""
    return f"{clamp(index, count) + 1 if count else 0} / {count}"


def slide_title(details: Details) -> str:
    """The slide's title: "Planned: " or "Claimed: " first when the event is not one that
    happened, so an audience never takes it for one."""
    return status_prefix(details.status) + details.title


def short_summary(text: str, limit: int = SUMMARY_CHARS) -> str:
    """The summary when it has at most `limit` characters; else its first words and "…"."""
    return cut_text(text, limit)


def shown(slides: pd.DataFrame, index: int, reveal: bool) -> pd.DataFrame:
    """The events the overview draws: all, or in reveal mode those up to the current slide
    (none before the first, as on a title slide)."""
    return slides.iloc[: max(int(index) + 1, 0)] if reveal else slides


def overview_font(width: int | None) -> float:
    """The overview's type in px for a window `width` px wide: a hundredth of it, so the years
    read from the back of the room on a big screen (19 px at 1920), 12 px at the least."""
    return min(max((width or 0) / 100, FONT_PX), MAX_FONT_PX)


def overview_figure(slides: pd.DataFrame, index: int, *, reveal: bool = False,
                    font_px: float = FONT_PX, width: float = NARROW_PX) -> go.Figure:  # fmt: skip
    """A small timeline of the slides with the current one highlighted; the axis never moves.

    An `index` outside the slides (-1 before them, len after) highlights none. Type, marks,
    margins and height grow with `font_px`. Outside years 1000-9999 the axis is one of years
    ("250 BC", "66 Ma") as many as fit `width` px.
    """
    if slides.empty:
        return theme.figure([])
    scale = font_px / FONT_PX
    window = _window(slides)
    dated = years.dated(*scales.ms(window))
    drawn = shown(slides, index, reveal).copy()
    drawn["row"] = _rows(drawn)
    traces = _marks(drawn, OTHER, 5 * scale, "events", dated)
    fig = theme.figure(traces)
    if 0 <= index < len(drawn):
        current = drawn.iloc[[index]]
        fig.add_traces(_marks(current, CURRENT, 10 * scale, "current", dated))
        middle = current["start"] + (current["end"] - current["start"]) / 2
        x = _iso(middle)[0] if dated else scales.ms(middle)[0]
        fig.add_vline(x=x, line={"color": CURRENT, "width": 2 * scale, "dash": "dot"})
    depth = int(drawn["row"].max()) + 1 if len(drawn) else 1
    margin = {"l": 10 * scale, "r": 10 * scale, "t": 6 * scale, "b": 2 * font_px}
    fig.update_layout(height=round(OVERVIEW_HEIGHT * scale), margin=margin)
    fig.update_layout(showlegend=False, hovermode=False, dragmode=False)
    fig.update_yaxes(visible=False, range=[depth - 0.4, -0.6], fixedrange=True)
    fig.update_xaxes(range=_iso(window) if dated else scales.ms(window).tolist(),
                     fixedrange=True, showgrid=True,
                     tickfont={"size": font_px})  # fmt: skip
    if dated:
        fig.update_xaxes(type="date")
    else:
        plot_width = width - margin["l"] - margin["r"]
        fig.update_xaxes(type="linear", **year_axis(scales.ms(window), plot_width, font_px))
    return fig


def year_axis(window, width: float, font_px: float) -> dict:
    """Ticks of a strip of years over `window` (axis ms) `width` px wide (chart.ticks)."""
    low, high = (float(moment) for moment in window)
    axis = Axis(scales.Scale("chronological", low, high), low, high, max(width, 1.0))
    return ticks.timed_axis(axis, font_px)


def _marks(rows: pd.DataFrame, colour: str, size: float, name: str, dated: bool) -> list:
    """Spans as thick segments (one trace, gaps between them) and every start as a dot.

    Dates go in as datetime64 arrays, not lists of strings: plotly copies lists element by element.
    """
    kind = theme.Scattergl if len(rows) > WEBGL_ABOVE else theme.Scatter
    spans = rows[rows["end"] > rows["start"]]
    gap = np.datetime64("NaT") if dated else np.nan
    xs = np.full(3 * len(spans), gap, dtype="datetime64[s]" if dated else float)
    xs[0::3], xs[1::3] = _xs(spans["start"], dated), _xs(spans["end"], dated)
    ys = np.repeat(spans["row"].to_numpy(dtype=float), 3)
    ys[2::3] = np.nan  # a gap: each span is its own segment
    line = {"color": colour, "width": size}
    segments = kind(x=xs, y=ys, mode="lines", line=line, name=f"{name} spans")
    crowded = len(rows) > CROWDED  # white rims would paint a dense strip white
    rim = {"color": "white", "width": 0 if crowded else 1}
    marker = {"color": colour, "size": size - 1 if crowded else size + 2, "line": rim}
    y = rows["row"].to_numpy(dtype=float)
    dots = kind(x=_xs(rows["start"], dated), y=y, mode="markers", marker=marker, name=name)
    return [segments, dots]


def _rows(slides: pd.DataFrame) -> np.ndarray:
    """Overlapping events on separate rows, wrapping after MAX_ROWS so the strip stays small.

    Past STACK_ABOVE events the rows simply alternate: the strip is a texture by then.
    """
    if len(slides) > STACK_ABOVE:
        return np.arange(len(slides)) % MAX_ROWS
    starts = _dates(slides["start"]).astype(np.int64)
    ends = _dates(slides["end"]).astype(np.int64) + 86_400
    return np.array(assign_rows(starts.tolist(), ends.tolist()), dtype=int) % MAX_ROWS


def _dates(values: pd.Series) -> np.ndarray:
    return values.to_numpy(dtype="datetime64[s]")


def _xs(values, dated: bool):
    """Moments as x values: datetime64 on a date axis, axis ms (chart.scales) on one of years."""
    return _dates(pd.Series(values)) if dated else scales.ms(values)


def _window(slides: pd.DataFrame) -> pd.Series:
    low, high = slides["start"].min(), slides["end"].max()
    pad = max((high - low) * PAD, pd.Timedelta(days=15))
    return pd.Series([low - pad, high + pad])


def _iso(values: pd.Series) -> list:
    return pd.Series(values).dt.strftime("%Y-%m-%d").to_list()
