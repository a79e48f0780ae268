"""Tick labels for the scales Plotly cannot tick by itself (collapsed and sequential), thinned
so that no two touch at the chart's real width: the length of each cut and the first date of
each stretch first, then round years, then quarters and months where there is room.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.chart import scales
from dashboard.chart.scales import Scale
from dashboard.chart.text_width import text_px

MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
ROOM = 10.0  # px kept free between tick labels
CUT_STYLE = "<i>{}</i>"


@dataclass(frozen=True)
class Tick:
    unit: float
    text: str  # may hold Plotly's <i> markup
    plain: str  # what is written, for measuring
    order: int  # 0 is kept first


def thinned(ticks: list[Tick], to_px, width: float, font: float,
            across: bool = True) -> tuple[list, list]:  # fmt: skip
    """The ticks that fit without touching, in axis order: (values, texts). Along a vertical
    axis (`across` False) a tick takes one line of height instead of its width."""
    kept: list[tuple[float, float, Tick]] = []
    for tick in sorted(ticks, key=lambda t: (t.order, t.unit)):
        extent = text_px(tick.plain, font) if across else font * 1.3
        centre, half = float(to_px(tick.unit)), extent / 2 + ROOM / 2
        if centre - half < -ROOM or centre + half > width + ROOM:
            continue
        if all(centre + half <= left or centre - half >= right for left, right, _ in kept):
            kept.append((centre - half, centre + half, tick))
    kept.sort(key=lambda box: box[0])
    return [box[2].unit for box in kept], [box[2].text for box in kept]


def named_months(values: list, texts: list) -> tuple[list, list]:
    """Kept ticks without a bare month ("Jul") that no year names before it in its stretch
    (a cut's tick starts a new stretch)."""
    kept_values, kept_texts, named = [], [], False
    for value, text in zip(values, texts, strict=True):
        if text.startswith("<i>"):
            named = False
        elif any(char.isdigit() for char in text):
            named = True
        elif not named:
            continue
        kept_values.append(value)
        kept_texts.append(text)
    return kept_values, kept_texts


def collapsed_ticks(scale: Scale) -> list[Tick]:
    """Candidates for a collapsed axis: each cut's length, each stretch's first month, years
    (round ones first), then quarters and months; a month before a stretch's first January
    names its year."""
    ticks = [Tick((first + last) / 2, CUT_STYLE.format(text), text, 0)
             for first, last, text in scales.breaks(scale)]  # fmt: skip
    for first, last in stretches(scale):
        ticks += _stretch_ticks(scale, first, last)
    return ticks


def stretches(scale: Scale) -> list[tuple[float, float]]:
    """The stretches of time shown (ms), between the cuts."""
    edges = [scale.low] + [v for cut in scale.cuts for v in (cut.first, cut.after)] + [scale.high]
    return list(zip(edges[0::2], edges[1::2], strict=True))


def _stretch_ticks(scale: Scale, first: float, last: float) -> list[Tick]:
    months = pd.date_range(_month_after(first), pd.Timestamp(last, unit="ms"), freq="MS")
    if len(months) == 0:
        return []
    units = scales.to_units(scale, scales.ms(pd.Series(months)))
    ticks = []
    for i, (month, unit) in enumerate(zip(months, units, strict=True)):
        order = 1 if i == 0 else _month_order(month)
        if month.month == 1:
            text = str(month.year)
        elif month.year == months[0].year and months[0].month != 1:
            text = f"{MONTHS[month.month - 1]} {month.year}"  # no year tick before it
        else:
            text = MONTHS[month.month - 1]
        ticks.append(Tick(float(unit), text, text, order))
    return ticks


def _month_after(moment_ms: float) -> pd.Timestamp:
    moment = pd.Timestamp(moment_ms, unit="ms")
    start = moment.to_period("M").to_timestamp()
    return start if start == moment else start + pd.offsets.MonthBegin(1)


def _month_order(month: pd.Timestamp) -> int:
    """Round years first, then other years, quarters, and months last."""
    if month.month == 1:
        return 2 if month.year % 10 == 0 else 3 if month.year % 5 == 0 else 4
    return 5 if month.month in (4, 7, 10) else 6


def sequential_ticks(starts: np.ndarray, precisions: list[str]) -> list[Tick]:
    """Candidates for a sequential axis: the first and last event's dates, the time between
    neighbours (longest first), then every other event's date."""
    count = len(starts)
    ticks = []
    for i, (start, precision) in enumerate(zip(starts, precisions, strict=True)):
        text = slot_date(pd.Timestamp(start, unit="ms"), precision)
        ticks.append(Tick(float(i), text, text, 0 if i in (0, count - 1) else 3))
    gaps = np.diff(starts)
    for order, i in enumerate(np.argsort(-gaps, kind="stable")):
        if gaps[i] >= scales.DAY_MS:
            text = scales.duration_text(float(gaps[i]))
            ticks.append(Tick(i + 0.5, CUT_STYLE.format(text), text, 1 if order < 12 else 2))
    return ticks


def slot_date(moment: pd.Timestamp, precision: str) -> str:
    """An event's start as briefly as its precision allows: "2013", "Apr 2018", "5 Oct 2024"."""
    if precision in ("day", "week"):
        return f"{moment.day} {MONTHS[moment.month - 1]} {moment.year}"
    if precision in ("month", "season", "quarter", "half"):
        return f"{MONTHS[moment.month - 1]} {moment.year}"
    return str(moment.year)
