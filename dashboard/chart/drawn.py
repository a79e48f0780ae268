"""Where each placed event is drawn along the time axis, in axis units and in pixels: its dot,
its bar pieces (a collapsed scale cuts a span crossing a cut), and the room its label may use.

Bars narrower than a few pixels are widened about their middle so every event can be seen and
clicked; the hover still gives the exact span.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.chart import scales
from dashboard.chart.marks import arrow_px, halo_px
from dashboard.chart.placement import Marks
from dashboard.chart.scales import DAY_MS, SLOT_HALF, Scale

MIN_BAR_PX = 6.0
FUZZ_SHARE, FUZZ_MIN = 0.25, 0.006  # halo reach: of the span's length, at least of the view's
RIM_PX = 1.5  # a dot's white rim


@dataclass(frozen=True)
class Axis:
    """The time axis at its real size: units from `low` to `high` over `width` px."""

    scale: Scale
    low: float
    high: float
    width: float

    def px(self, units) -> np.ndarray:
        return (np.asarray(units, dtype=float) - self.low) * self.width / (self.high - self.low)

    def units(self, px: float) -> float:
        return px * (self.high - self.low) / self.width


def axis_for(scale: Scale, width: float) -> Axis:
    low, high = scales.unit_range(scale)
    if scale.kind != "sequential":
        high = float(scales.to_units(scale, np.array([scale.high + DAY_MS]))[0])
    return Axis(scale, low, high, width)


def drawn(rows: pd.DataFrame, axis: Axis, dot_px: float) -> tuple[pd.DataFrame, pd.DataFrame]:
    """`rows` with centre, u0 and u1 (units) and their pixel extent; and the bar pieces."""
    rows = rows.copy()
    day = (rows["precision"] == "day").to_numpy()
    if axis.scale.kind == "sequential":
        slot = _slots(rows)
        rows["centre"] = slot
        first, last, index = slot - SLOT_HALF, slot + SLOT_HALF, np.flatnonzero(~day)
        pieces = _pieces(rows, index, first[~day], last[~day])
    else:
        x0 = scales.ms(rows["x0"])
        x1 = scales.ms(rows["x1"]) + DAY_MS
        rows["centre"] = scales.to_units(axis.scale, x0 + DAY_MS / 2)
        index, first, last = scales.pieces(axis.scale, x0[~day], x1[~day])
        pieces = _pieces(rows, np.flatnonzero(~day)[index], first, last)
    pieces = _widened(pieces, axis.units(MIN_BAR_PX))
    pieces["reach"] = _reach(pieces, axis)
    rows["u0"] = pieces.groupby("pos")["u0"].min().reindex(range(len(rows))).to_numpy()
    rows["u1"] = pieces.groupby("pos")["u1"].max().reindex(range(len(rows))).to_numpy()
    rows.loc[day, ["u0", "u1"]] = rows.loc[day, ["centre", "centre"]].to_numpy()
    return rows, pieces


def _slots(rows: pd.DataFrame) -> np.ndarray:
    """Sequential: each event's place in date order (start, end, id), from 0."""
    order = np.lexsort((rows["id"].astype(str), rows["x1"], rows["x0"]))
    slot = np.empty(len(rows), dtype=float)
    slot[order] = np.arange(len(rows))
    return slot


def _pieces(rows: pd.DataFrame, index: np.ndarray, first, last) -> pd.DataFrame:
    """One row per drawn bar piece, with what its bar trace needs from its event."""
    source = rows.iloc[index]
    columns = ["id", "y", "precision", "colour", "approximate", "status", "hover"]
    pieces = source[[c for c in columns if c in source]].reset_index(drop=True)
    pieces["pos"] = index
    pieces["u0"], pieces["u1"] = np.asarray(first, float), np.asarray(last, float)
    return pieces


def _widened(pieces: pd.DataFrame, least: float) -> pd.DataFrame:
    narrow = (pieces["u1"] - pieces["u0"]) < least
    middle = (pieces["u0"] + pieces["u1"]) / 2
    pieces.loc[narrow, "u0"] = middle[narrow] - least / 2
    pieces.loc[narrow, "u1"] = middle[narrow] + least / 2
    return pieces


def _reach(pieces: pd.DataFrame, axis: Axis) -> pd.Series:
    """How far an approximate span's halo reaches beyond it, in units."""
    return ((pieces["u1"] - pieces["u0"]) * FUZZ_SHARE).clip(
        lower=(axis.high - axis.low) * FUZZ_MIN
    )


def marks_for(rows: pd.DataFrame, pieces: pd.DataFrame, axis: Axis, dot_px: float,
              widths: np.ndarray, rank: np.ndarray) -> Marks:  # fmt: skip
    """The pixel boxes placement needs: each mark with its halo and arrows, the bar stretch a
    label may sit in (the first piece, never across a cut), and the label widths."""
    day = (rows["precision"] == "day").to_numpy()
    radius = np.where(rows["approximate"], halo_px(dot_px), dot_px + 2 * RIM_PX) / 2
    halo = pieces.assign(lo=pieces["u0"] - pieces["reach"] * pieces["approximate"],
                         hi=pieces["u1"] + pieces["reach"] * pieces["approximate"])  # fmt: skip
    reach = halo.groupby("pos").agg(lo=("lo", "min"), hi=("hi", "max")).reindex(range(len(rows)))
    centre = axis.px(rows["centre"])
    left = np.where(day, centre - radius, axis.px(reach["lo"]))
    right = np.where(day, centre + radius, axis.px(reach["hi"]))
    arrow = arrow_px(dot_px) / 2
    left = left - np.where(rows["open_start"], arrow, 0)
    right = right + np.where(rows["open_end"], arrow, 0)
    first = pieces.groupby("pos")[["u0", "u1"]].first().reindex(range(len(rows)))
    return Marks(
        lane=rows["lane_rank"].to_numpy(),
        left=left,
        right=right,
        inside_left=axis.px(first["u0"]),
        inside_right=axis.px(first["u1"]) - np.where(rows["open_end"], arrow, 0),
        width=widths,
        rank=rank,
    )
