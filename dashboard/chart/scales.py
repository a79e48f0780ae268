"""Time scales: where a moment or an event sits along the chart's time axis, in axis units.

- chronological: milliseconds since 1970, one scale for the whole view (a date axis);
- collapsed: the same milliseconds with long empty stretches cut out; each cut keeps a narrow
  break of its own, drawn and labelled with the time it hides ("6 years"), and a span crossing
  a cut is drawn in pieces, cut too. Within a stretch lengths stay proportional to time;
- sequential: events evenly spaced in date order, one slot each, the time between neighbours
  written between them.

`auto` is collapsed when the events cluster (more than half of them in less than a fifth of
the view), chronological otherwise. Pure numpy; no figure here.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.chart import years
from dashboard.chart.lanes import view_of

SCALES = ("auto", "chronological", "collapsed", "sequential")
SCALE_NAMES = {
    "chronological": "chronological",
    "collapsed": "collapsed (long empty stretches cut)",
    "sequential": "sequential (events evenly spaced in order)",
}
DAY_MS = 86_400_000
YEAR_MS = 365.2425 * DAY_MS
CLUSTER_SHARE = 0.2  # more than half of the events within this share of the view: clustered
DECLUSTERED = 0.4  # cutting stops once that half takes at least this share of what is shown
LONG_SHARE = 0.08  # spans longer than this share of the view leave their inside cuttable
MIN_CUT_SHARE = 0.05  # of the view: shorter empty stretches are never cut
MAX_CUTS = 5
MARGIN_SHARE = 0.006  # of the view, kept on each side of a cut (at most a quarter of the gap)
BREAK_SHARE = 0.035  # of the shown time: the width a break takes on the axis
SLOT_HALF = 0.3  # sequential: half the width of a span's mark, in slots


@dataclass(frozen=True)
class Cut:
    """A stretch of time left out: from `first` up to `after` (ms), and how long it is."""

    first: float
    after: float
    text: str


@dataclass(frozen=True)
class Scale:
    kind: str  # chronological | collapsed | sequential
    low: float  # ms: the view's first moment
    high: float  # ms: the view's last moment
    cuts: tuple[Cut, ...] = ()
    break_ms: float = 0.0
    slots: int = 0  # sequential: how many events

    @property
    def dated(self) -> bool:
        """Whether the view lies in years Plotly's date axis writes well (1000 to 9999)."""
        return years.dated(self.low, self.high)

    @property
    def date_axis(self) -> bool:
        return self.kind == "chronological" and self.dated


def ms(values) -> np.ndarray:
    """Datetimes (a Series, array or scalar) as float milliseconds since 1970 (NaN for NaT).

    From whole seconds, as floats: int64 milliseconds end 292 million years from 1970.
    """
    seconds = pd.Series(values).to_numpy(dtype="datetime64[s]")
    array = seconds.astype(np.int64).astype(float) * 1000.0
    array[np.isnat(seconds)] = np.nan
    return array


def clustered(x0: np.ndarray, x1: np.ndarray, share: float = CLUSTER_SHARE) -> bool:
    """Whether more than half of the events start within `share` of their whole stretch."""
    count = len(x0)
    if count < 4:
        return False
    starts = np.sort(x0)
    whole = max(float(np.max(x1)), float(starts[-1])) - float(starts[0])
    inside = count // 2 + 1
    tightest = float(np.min(starts[inside - 1 :] - starts[: count - inside + 1]))
    return whole > 0 and tightest < share * whole


def choose(kind: str, x0: np.ndarray, x1: np.ndarray) -> str:
    """The scale to use: `kind`, or for "auto" collapsed when the events cluster."""
    if kind in SCALE_NAMES:
        return kind
    return "collapsed" if clustered(x0, x1) else "chronological"


def scale_for(rows: pd.DataFrame, kind: str, reference=None) -> Scale:
    """The scale of placed rows (chart.lanes.placed_rows) over their view; "auto" chooses."""
    x0, x1 = ms(rows["x0"]), ms(rows["x1"])
    chosen = choose(kind, x0, x1 + DAY_MS)
    low, high = ms(pd.Series(view_of(rows)))
    keep = tuple(ms(pd.Series([reference]))) if reference is not None else ()
    return build(chosen, x0, x1, (float(low), float(high)), keep)


def build(kind: str, x0: np.ndarray, x1: np.ndarray, view: tuple[float, float],
          keep: tuple[float, ...] = ()) -> Scale:  # fmt: skip
    """The scale of `kind` over `view` (ms) for events drawn from x0 to x1 (ms, last day's
    start); `keep` are moments never cut (the publication line)."""
    low, high = view
    if kind == "sequential":
        return Scale("sequential", low, high, slots=len(x0))
    if kind != "collapsed":
        return Scale("chronological", low, high)
    cuts = find_cuts(x0, x1 + DAY_MS, view, keep)
    shown = (high - low) - sum(cut.after - cut.first for cut in cuts)
    return Scale("collapsed", low, high, cuts, BREAK_SHARE * shown if cuts else 0.0)


def find_cuts(x0, x1, view, keep=()) -> tuple[Cut, ...]:
    """The empty stretches worth cutting, longest first, until the events no longer cluster
    in what is shown (or no stretch is a real share of the view); long spans count only by
    their ends, so their insides may be cut."""
    low, high = view
    whole = high - low
    long = (x1 - x0) > LONG_SHARE * whole
    starts = np.concatenate([x0[~long], x0[long], x1[long] - DAY_MS, np.asarray(keep, float)])
    ends = np.concatenate([x1[~long], x0[long] + DAY_MS, x1[long], np.asarray(keep, float)])
    chosen: list[Cut] = []
    for first, after in sorted(_gaps(starts, ends), key=lambda gap: gap[0] - gap[1]):
        margin = min(MARGIN_SHARE * whole, (after - first) / 4)
        first, after = first + margin, after - margin
        shown = Scale("collapsed", low, high, tuple(sorted(chosen, key=lambda c: c.first)))
        if len(chosen) == MAX_CUTS or after - first < MIN_CUT_SHARE * whole:
            break
        if chosen and not clustered(to_units(shown, x0), to_units(shown, x1), DECLUSTERED):
            break
        chosen.append(Cut(first, after, duration_text(after - first)))
    return tuple(sorted(chosen, key=lambda cut: cut.first))


def _gaps(starts: np.ndarray, ends: np.ndarray) -> list[tuple[float, float]]:
    """Stretches between the merged intervals (starts[i], ends[i])."""
    order = np.argsort(starts, kind="stable")
    reach = np.maximum.accumulate(ends[order])
    following = starts[order][1:]
    empty = following > reach[:-1]
    return list(zip(reach[:-1][empty].tolist(), following[empty].tolist(), strict=True))


def to_units(scale: Scale, moments: np.ndarray) -> np.ndarray:
    """Moments (ms) as axis units: themselves, or with the cuts before them taken out; a
    moment inside a cut sits in the middle of its break."""
    moments = np.asarray(moments, dtype=float)
    if not scale.cuts:
        return moments.copy()
    units = moments.copy()
    for cut in scale.cuts:
        hidden = cut.after - cut.first
        inside = (moments > cut.first) & (moments < cut.after)
        after = moments >= cut.after
        units[inside] -= moments[inside] - cut.first - scale.break_ms / 2
        units[after] -= hidden - scale.break_ms
    return units


def unit_range(scale: Scale) -> tuple[float, float]:
    """The axis range of the whole view."""
    if scale.kind == "sequential":
        return -0.75, scale.slots - 0.25
    low, high = to_units(scale, np.array([scale.low, scale.high]))
    return float(low), float(high)


def breaks(scale: Scale) -> list[tuple[float, float, str]]:
    """Each cut's break on the axis: (first unit, last unit, the time it hides)."""
    firsts = to_units(scale, np.array([cut.first for cut in scale.cuts]))
    return [
        (float(first), float(first + scale.break_ms), cut.text)
        for first, cut in zip(firsts, scale.cuts, strict=True)
    ]


def pieces(scale: Scale, x0: np.ndarray, x1: np.ndarray) -> tuple[np.ndarray, ...]:
    """Spans from x0 to x1 (ms, x1 exclusive) as drawn pieces: (row index, first unit, last
    unit); a span crossing a cut becomes one piece per stretch it touches."""
    index = np.arange(len(x0))
    bounds = [(np.asarray(x0, float), np.asarray(x1, float))]
    for cut in scale.cuts:  # each piece splits into what lies before the cut and after it
        before = [(first, np.minimum(last, cut.first)) for first, last in bounds]
        after = [(np.maximum(first, cut.after), last) for first, last in bounds]
        bounds = before + after
    firsts = np.concatenate([first for first, _ in bounds])
    lasts = np.concatenate([last for _, last in bounds])
    rows = np.tile(index, len(bounds))
    kept = lasts > firsts
    return rows[kept], to_units(scale, firsts[kept]), to_units(scale, lasts[kept])


def duration_text(length_ms: float) -> str:
    """A stretch of time in round words: "6 years", "14 months", "3 weeks", "5 days",
    "12,000 years", "66 million years"."""
    days = length_ms / DAY_MS
    if days >= 730:
        return years.length_text(days / 365.2425)
    for unit, size, at_least in (("month", 30.44, 60), ("week", 7, 14), ("day", 1, 1)):
        if days >= at_least:
            count = round(days / size)
            return f"{count} {unit}{'s' if count != 1 else ''}"
    return "under a day"
