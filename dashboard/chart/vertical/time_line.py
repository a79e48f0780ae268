"""The vertical timeline's time line: the line with its dates (or, on the sequential scale, the
time between neighbouring cards), white cuts where a collapsed scale leaves time out, the
publication line and the scale's note above."""

from __future__ import annotations

import numpy as np
import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import scales, theme, ticks
from dashboard.chart.labels import wrap_px
from dashboard.chart.vertical.layout import GAP, NOTES, PAD, Geometry
from dashboard.chart.view import Sizes


def time_line(fig: go.Figure, rows, cards, scale, geometry: Geometry, length: float,
              sizes: Sizes, reference) -> None:  # fmt: skip
    """The time line with its labels (dates, or the time between cards), cut marks, the
    publication line and the scale's note."""
    x = geometry.axis_x - 2
    fig.add_shape(type="line", x0=x, x1=x, y0=0, y1=length, name="time line",
                  line={"color": "#BBBBBB", "width": 1.5})  # fmt: skip
    sequential = scale.kind == "sequential"
    values, texts = (
        _sequence_ticks(rows, cards) if sequential else _timed_ticks(scale, length, sizes)
    )
    if reference is not None and len(rows):
        y = _reference_y(rows, cards, scale, length, reference)
        _reference_line(fig, x, y, geometry, sizes)
        room = sizes.tick * 1.3  # the label takes the place of any tick written there
        kept = [(v, t) for v, t in zip(values, texts, strict=True) if abs(v - y) >= room]
        values, texts = [v for v, _ in kept], [t for _, t in kept]
    fig.add_trace(theme.Scatter(x=[x - 6] * len(values), y=values, mode="text", text=texts,
                                textposition="middle left", hoverinfo="skip", showlegend=False,
                                textfont={"size": sizes.tick, "color": theme.MUTED},
                                name="ticks", cliponaxis=False))  # fmt: skip
    for first, last in _cut_spans(scale, length):
        fig.add_shape(type="rect", x0=x - 8, x1=x + 8, y0=first, y1=last, fillcolor="white",
                      line={"width": 0}, name="cut")  # fmt: skip
    note = "<br>".join(wrap_px(NOTES[scale.kind], sizes.note, geometry.width - 2 * PAD))
    fig.add_annotation(text=note, showarrow=False, xref="paper", x=PAD / geometry.width,
                       xanchor="left", yref="paper", y=1, yanchor="bottom", yshift=4,
                       align="left", name="note",
                       font={"size": sizes.note, "color": theme.MUTED})  # fmt: skip


def _reference_line(fig: go.Figure, x: float, y: float, geometry: Geometry,
                    sizes: Sizes) -> None:  # fmt: skip
    """The dashed publication line across the time line at `y`, labelled "published"."""
    fig.add_shape(type="line", x0=x - 6, x1=geometry.cards_x - 4, y0=y, y1=y,
                  line={"color": theme.INK, "width": 1.5, "dash": "dash"},
                  name="reference")  # fmt: skip
    fig.add_annotation(text="published", x=x - 6, y=y, xanchor="right", showarrow=False,
                       font={"size": sizes.tick, "color": theme.INK},
                       name="reference label")  # fmt: skip


def _to_px(scale: scales.Scale, length: float):
    low, high = scales.unit_range(scale)
    high = float(scales.to_units(scale, np.array([scale.high + scales.DAY_MS]))[0])
    return lambda units: (np.asarray(units, dtype=float) - low) / max(high - low, 1e-9) * length


def _timed_ticks(scale: scales.Scale, length: float, sizes: Sizes) -> tuple[list, list]:
    to_px = _to_px(scale, length)
    px_per_ms = float(to_px([scale.low + scales.YEAR_MS])[0] - to_px([scale.low])[0])
    line_px = sizes.tick * 1.3 + ticks.ROOM  # a tick takes a line of height down the page
    fits = lambda step_ms, _texts: step_ms / scales.YEAR_MS * px_per_ms >= line_px  # noqa: E731
    values, texts = ticks.thinned(ticks.collapsed_ticks(scale, fits), to_px, length, sizes.tick,
                                  across=False)  # fmt: skip
    return to_px(values).tolist(), texts


def _sequence_ticks(rows: pd.DataFrame, cards: pd.DataFrame) -> tuple[list, list]:
    """The time between neighbouring cards, written in the room between them."""
    starts = scales.ms(rows["x0"])[cards["anchor"].to_numpy(dtype=int)]
    values, texts = [], []
    for i in range(1, len(cards)):
        gap = starts[i] - starts[i - 1]
        if gap >= scales.DAY_MS:
            values.append(float(cards["bottom"].iloc[i - 1] + cards["top"].iloc[i]) / 2)
            texts.append(ticks.CUT_STYLE.format(scales.duration_text(gap)))
    return values, texts


def _cut_spans(scale: scales.Scale, length: float) -> list[tuple[float, float]]:
    if not scale.cuts:
        return []
    to_px = _to_px(scale, length)
    return [tuple(to_px([first, last]).tolist()) for first, last, _ in scales.breaks(scale)]


def _reference_y(rows, cards, scale, length: float, reference) -> float:
    """Where the publication line crosses the time line."""
    moment = scales.ms(pd.Series([pd.Timestamp(reference)]))[0]
    if scale.kind != "sequential":
        units = scales.to_units(scale, np.array([moment + scales.DAY_MS / 2]))
        return float(_to_px(scale, length)(units)[0])
    starts = scales.ms(rows["x0"])[cards["anchor"].to_numpy(dtype=int)]
    before = int((starts <= moment).sum())
    if before == 0:
        return -GAP / 2
    if before == len(cards):
        return float(cards["bottom"].iloc[-1]) + GAP / 2
    return float(cards["bottom"].iloc[before - 1] + cards["top"].iloc[before]) / 2
