"""Where things sit down the vertical timeline: each event's place in time, the columns of
marks that overlap, which events get a card on a page, and the cards stacked in time order
(at their marks on a time scale, one after another on the sequential one)."""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.chart import scales
from dashboard.chart.labels import priority
from dashboard.chart.placement import assign_rows
from dashboard.chart.vertical import layout
from dashboard.chart.vertical.layout import CARD_PAD, GAP, Geometry
from dashboard.chart.view import ChartView

MAX_COLUMNS = 4  # side by side marks for spans that overlap in time
SCREEN_CARDS = 150  # a growing figure shows at most this many cards
MIN_AXIS = 320.0  # px of time line, however few the events


def times(rows: pd.DataFrame, scale: scales.Scale) -> dict:
    """Each event's first and last moment as a share of the time line (0 top, 1 bottom)."""
    low, high = scales.unit_range(scale)
    if scale.kind == "sequential":
        order = np.lexsort((rows["id"].astype(str), rows["x1"], rows["x0"]))
        slot = np.empty(len(rows))
        slot[order] = np.arange(len(rows))
        start, end = slot, slot
    else:
        high = float(scales.to_units(scale, np.array([scale.high + scales.DAY_MS]))[0])
        start = scales.to_units(scale, scales.ms(rows["x0"]))
        end = scales.to_units(scale, scales.ms(rows["x1"]) + scales.DAY_MS)
    span = max(high - low, 1e-9)
    return {"t": (start - low) / span, "t_end": (end - low) / span}


def columns(rows: pd.DataFrame) -> np.ndarray:
    """Spans that overlap in time side by side (at most MAX_COLUMNS, then they share)."""
    if rows.empty:
        return np.array([], dtype=int)
    starts = rows["t"].tolist()
    ends = (rows["t_end"] + 0.004).tolist()
    return np.array(assign_rows(starts, ends), dtype=int) % MAX_COLUMNS


def shown(rows: pd.DataFrame, view: ChartView, geometry: Geometry, stack) -> np.ndarray:
    """Which events get a card: all that fit, the ones that matter most first."""
    by_rank = np.argsort(priority(rows, view.forced), kind="stable")
    space = layout.room(view, geometry)

    def first(count: int) -> np.ndarray:
        chosen = np.zeros(len(rows), dtype=bool)
        chosen[by_rank[:count]] = True
        return chosen

    if space is None:
        return first(SCREEN_CARDS)
    low, high = 0, len(rows)
    while low < high:  # more cards never take less room, so bisect on how many
        middle = (low + high + 1) // 2
        _, stacked, _ = stack(rows, cards(rows, first(middle), geometry), geometry, space)
        low, high = (middle, high) if stacked["bottom"].max() <= space else (low, middle - 1)
    return first(low)


def cards(rows: pd.DataFrame, shown: np.ndarray, geometry: Geometry) -> pd.DataFrame:
    """One card per shown event and one "+N more" card per run of the others, in time order."""
    found = []
    run: list[int] = []
    heights = rows["card_height"].to_numpy(dtype=float)
    for i in range(len(rows)):
        if shown[i]:
            if run:
                found.append(_more(run, geometry))
                run = []
            found.append({"members": (i,), "anchor": i, "more": False, "height": heights[i]})
        else:
            run.append(i)
    if run:
        found.append(_more(run, geometry))
    return pd.DataFrame(found, columns=["members", "anchor", "more", "height"])


def _more(run: list[int], geometry: Geometry) -> dict:
    return {"members": tuple(run), "anchor": run[0], "more": True,
            "height": geometry.line + 2 * CARD_PAD}  # fmt: skip


def timed(rows, cards, geometry: Geometry, room: float | None):
    """Marks at their time on a line as long as the page (or about what the cards need on a
    screen); each card's first line at its mark unless the card above pushes it down."""
    length = room or max(float((cards["height"] + GAP).sum()), MIN_AXIS)
    rows = rows.assign(y=rows["t"] * length, y_end=rows["t_end"] * length)
    anchors = rows["y"].to_numpy()[cards["anchor"].to_numpy(dtype=int)]
    tops, bottom = [], -GAP
    for anchor, height in zip(anchors, cards["height"], strict=True):
        top = max(anchor - CARD_PAD - geometry.line / 2, bottom + GAP, 0.0)
        tops.append(top)
        bottom = top + height
    if room is not None:  # cards near the page's end move up to stay on it, as far as they can
        limit = room
        for i in range(len(tops) - 1, -1, -1):
            tops[i] = max(min(tops[i], limit - cards["height"].iloc[i]), 0.0)
            limit = tops[i] - GAP
    return rows, _with_tops(cards, np.array(tops, dtype=float), anchors), length


def sequence(rows, cards, geometry: Geometry, room: float | None):
    """Cards one after another, room between them for the time that separates them; each
    mark beside its card's first line (a "+N more" card holds its events' marks)."""
    starts = scales.ms(rows["x0"])[cards["anchor"].to_numpy(dtype=int)]
    apart = np.diff(starts) >= scales.DAY_MS  # room to write the time between two cards
    steps = cards["height"].to_numpy()[:-1] + GAP + np.where(apart, geometry.head * 1.3, 0)
    tops = np.concatenate([[0.0], np.cumsum(steps)])[: len(cards)]
    anchors = tops + CARD_PAD + geometry.line / 2
    y = np.zeros(len(rows))
    for anchor, members in zip(anchors, cards["members"], strict=True):
        y[list(members)] = anchor
    bar = geometry.line * 0.9
    span = (rows["precision"] != "day").to_numpy()
    rows = rows.assign(y=np.where(span, y - bar / 2, y), y_end=np.where(span, y + bar / 2, y))
    cards = _with_tops(cards, tops, anchors)
    return rows, cards, float(cards["bottom"].max()) if len(cards) else MIN_AXIS


def _with_tops(cards: pd.DataFrame, tops: np.ndarray, anchors: np.ndarray) -> pd.DataFrame:
    cards = cards.assign(top=tops, anchor_y=anchors)
    return cards.assign(bottom=cards["top"] + cards["height"])
