"""Tick labels for the scales Plotly cannot tick by itself (collapsed and sequential, and any
view outside years 1000-9999), thinned so that no two touch at the chart's real width: the
length of each cut and the first date of each stretch first, then round years, then quarters
and months where there is room. Years are written as readers write them: "44 BC", "AD 79",
"1066", and before 10,000 BC in years before the present: "12 ka", "65 Ma", "4.5 Ga".
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from dashboard.chart import scales, years
from dashboard.chart.scales import Scale
from dashboard.chart.text_width import text_px
from dashboard.chart.years import MONTHS

MONTHS_WITHIN = 10  # years: a shorter stretch outside years 1000-9999 is ticked by month
FINE_TICKS = 40  # candidates per stretch of years, before thinning to the room
MOST_TICKS = 200  # per stretch: the finest step tried
DEEP_STEPS = {"thousand years": 1000, "million years": 10**6, "billion years": 10**9}
ROOM = 10.0  # px kept free between tick labels
CUT_STYLE = "<i>{}</i>"


# Whether ticks this many ms apart, with these texts, fit the axis without touching.
Fits = Callable[[float, list[str]], bool]


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


def timed_axis(axis, font: float) -> dict:
    """The tick values and texts of a timed axis (chart.drawn.Axis, not sequential) that fit
    its width, as layout xaxis properties."""
    candidates = collapsed_ticks(axis.scale, fits_across(axis, font))
    values, texts = thinned(candidates, axis.px, axis.width, font)
    values, texts = named_months(values, texts)
    return {"tickmode": "array", "tickvals": values, "ticktext": texts}


def named_months(values: list, texts: list) -> tuple[list, list]:
    """Kept ticks without a bare month ("Jul") that no year names before it in its stretch
    (a cut's tick starts a new stretch)."""
    kept_values, kept_texts, named = [], [], False
    for value, text in zip(values, texts, strict=True):
        if text.startswith("<i>"):
            named = False
        elif text not in MONTHS:
            named = True
        elif not named:
            continue
        kept_values.append(value)
        kept_texts.append(text)
    return kept_values, kept_texts


def collapsed_ticks(scale: Scale, fits: Fits | None = None) -> list[Tick]:
    """Candidates for a timed axis (collapsed, vertical, or chronological where Plotly's date
    axis cannot go): each cut's length, then in each stretch years (round ones first), quarters
    and months where months are few; a month before a stretch's first January names its year.
    Long stretches outside years 1000-9999 get years a round step apart instead: "500 BC",
    "AD 1", "AD 250", or before 10,000 BC years ago: "12 ka", "65 Ma", "4.5 Ga"."""
    ticks = [Tick((first + last) / 2, CUT_STYLE.format(text), text, 0)
             for first, last, text in scales.breaks(scale)]  # fmt: skip
    deep = years.deep(scale.low)
    for first, last in stretches(scale):
        if scale.dated or (not deep and last - first <= MONTHS_WITHIN * scales.YEAR_MS):
            ticks += _month_ticks(scale, first, last)
        else:
            ticks += _year_ticks(scale, first, last, deep, fits)
    return ticks


def stretches(scale: Scale) -> list[tuple[float, float]]:
    """The stretches of time shown (ms), between the cuts."""
    edges = [scale.low] + [v for cut in scale.cuts for v in (cut.first, cut.after)] + [scale.high]
    return list(zip(edges[0::2], edges[1::2], strict=True))


def _month_ticks(scale: Scale, first: float, last: float) -> list[Tick]:
    start, end = (int(month) for month in years.month_of([first, last]))
    start += int(years.month_ms([start])[0] < first)  # the first month that begins inside
    if end < start:
        return []
    months = np.arange(start, end + 1)
    units = scales.to_units(scale, years.month_ms(months))
    year, index = np.divmod(months, 12)
    ticks = []
    for i, (y, m, unit) in enumerate(zip(year.tolist(), index.tolist(), units, strict=True)):
        order = 1 if i == 0 else _month_order(y, m)
        if m == 0:
            text = years.year_text(y)
        elif y == year[0] and index[0] != 0:
            text = f"{MONTHS[m]} {years.year_text(y)}"  # no year tick before it
        else:
            text = MONTHS[m]
        ticks.append(Tick(float(unit), text, text, order))
    return ticks


def _month_order(year: int, month: int) -> int:
    """Round years first, then other years, quarters, and months last (month 0 is January)."""
    if month == 0:
        number = year if year > 0 else year - 1  # as written: 1 BC is -1, 10 BC is -10
        return 2 if number % 10 == 0 else 3 if number % 5 == 0 else 4
    return 5 if month in (3, 6, 9) else 6


def _year_ticks(scale: Scale, first: float, last: float, deep: bool,
                fits: Fits | None) -> list[Tick]:  # fmt: skip
    """Years a round step apart (1, 2 or 5 x 10^k), as written: years before the present
    when `deep`, else BC and AD years (no year 0: the tick after 1 BC's is AD 1's). The step
    is the finest whose ticks `fits` says fit."""
    low, high = (int(year) for year in years.year_of([first, last]))
    span = (
        (years.PRESENT_YEAR - high, years.PRESENT_YEAR - low)
        if deep
        else (_written(low), _written(high))
    )
    if fits is None:
        return _stepped(
            scale, first, last, deep, span, round_step(max(span[1] - span[0], 1) / FINE_TICKS)
        )
    step = round_step(max(span[1] - span[0], 1) / MOST_TICKS)
    while True:
        ticks = _stepped(scale, first, last, deep, span, step)
        if len(ticks) < 2 or fits(step * scales.YEAR_MS, [tick.plain for tick in ticks]):
            break
        step = round_step(step + 1)
    if not ticks and scale.cuts:  # a short stretch between cuts still says where it starts
        return _stepped(scale, first, last, deep, span, 1)[:1]
    return ticks


def _stepped(scale: Scale, first: float, last: float, deep: bool, span: tuple[int, int],
             step: int) -> list[Tick]:  # fmt: skip
    numbers = np.arange(-(-span[0] // step) * step, span[1] + 1, step, dtype=np.int64)
    if not deep and step == 1:
        numbers = numbers[numbers != 0]
    year = years.PRESENT_YEAR - numbers if deep else _astronomical(numbers)
    moments = years.year_ms(year)
    inside = (moments >= first) & (moments <= last)
    units = scales.to_units(scale, moments[inside])
    ticks = []
    for i, (number, y, unit) in enumerate(
        zip(numbers[inside].tolist(), year[inside].tolist(), units, strict=True)
    ):
        text = years.ago_text(number, step) if deep else years.year_text(y)
        order = 1 if i == 0 and scale.cuts else _round_order(number, step)
        ticks.append(Tick(float(unit), text, text, order))
    return ticks


def fits_across(axis, font: float) -> Fits:
    """Whether ticks a step apart on a horizontal `axis` (chart.drawn.Axis) leave ROOM
    between their widest texts."""
    px_per_ms = axis.width / (axis.high - axis.low)
    return lambda step_ms, texts: (
        step_ms * px_per_ms >= max(text_px(text, font) for text in texts) + ROOM
    )


def round_step(least: float) -> int:
    """The smallest step of 1, 2 or 5 x 10^k years that is at least `least`."""
    power = 10 ** max(0, math.floor(math.log10(max(least, 1))))
    return next(power * size for size in (1, 2, 5, 10) if power * size >= least)


def _round_order(number: int, step: int) -> int:
    """Ticks on coarser round steps first: 2 for one on a step six sizes up (or 0), 8 for
    one on `step` only."""
    level, coarser = 0, step
    for rung in range(1, 7):
        coarser = round_step(coarser + 1)
        if number % coarser == 0:
            level = rung
    return 8 - level


def _written(year: int) -> int:
    """The year as numbered in writing, without a year 0: 44 BC is -44, AD 79 is 79."""
    return year if year > 0 else year - 1


def _astronomical(numbers: np.ndarray) -> np.ndarray:
    """Written year numbers as astronomical years; 0 stands for AD 1, where the era starts."""
    return np.where(numbers < 0, numbers + 1, np.maximum(numbers, 1))


def sequential_ticks(starts: np.ndarray, precisions: list[str]) -> list[Tick]:
    """Candidates for a sequential axis: the first and last event's dates, the time between
    neighbours (longest first), then every other event's date."""
    count = len(starts)
    ticks = []
    for i, (start, precision) in enumerate(zip(starts, precisions, strict=True)):
        text = slot_date(years.day_at(float(start)), precision)
        ticks.append(Tick(float(i), text, text, 0 if i in (0, count - 1) else 3))
    gaps = np.diff(starts)
    for order, i in enumerate(np.argsort(-gaps, kind="stable")):
        if gaps[i] >= scales.DAY_MS:
            text = scales.duration_text(float(gaps[i]))
            ticks.append(Tick(i + 0.5, CUT_STYLE.format(text), text, 1 if order < 12 else 2))
    return ticks


def slot_date(moment, precision: str, words: bool = False) -> str:
    """An event's start as briefly as its precision allows: "2013", "Apr 2018", "5 Oct 2024",
    "44 BC", "12 ka", "66 Ma" (in `words` "66 million years ago")."""
    day = years.day_of(moment)
    if precision in ("day", "week"):
        return years.day_text(day)
    if precision in ("month", "season", "quarter", "half"):
        return years.month_text(day)
    if precision in DEEP_STEPS:  # one decimal more than the precision: "4.5 Ga"
        return years.ago_text(years.PRESENT_YEAR - day.year, DEEP_STEPS[precision] // 10, words)
    return years.year_text(day.year)
