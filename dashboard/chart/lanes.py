"""Where each event sits on the timeline: its lane, its sub-row, and the stretch of time drawn."""

from __future__ import annotations

import heapq

import numpy as np
import pandas as pd

from dashboard.chart import theme

LANE_MODES = ("topic", "actor", "all")
LANE_COLUMN = {"topic": "topics", "actor": "actors"}
ALL_LANE = "all events"
NO_LANE = {"topic": "(no topic)", "actor": "(no actor)"}
NO_TOPIC = NO_LANE["topic"]
MAX_LANES = 16  # more lanes than this fold their smallest into one "other" lane
MAX_LABEL = 22  # characters of a lane name shown on the axis; the hover has all of it
EDGE_PAD = 0.03  # of the view's width, on each side
MIN_PAD = pd.Timedelta(days=30)
MARK_ROOM = 0.015  # of the view's width: room a marker needs so neighbours do not touch
DAY = pd.Timedelta(days=1)
FIRST_DAY, LAST_DAY = (
    pd.Timestamp("0001-01-01").as_unit("s"),
    pd.Timestamp("9999-12-31").as_unit("s"),
)


def layout_rows(df: pd.DataFrame, *, lanes: str = "topic", reference=None) -> pd.DataFrame:
    """The drawable rows of `placed_rows`, stacked: sub-row `row` and position `y` added.

    Events that overlap in time within a lane get different sub-rows; lanes keep their order.
    """
    rows = placed_rows(df, lanes=lanes, reference=reference)
    low, high = rows.attrs["view"]
    return _stack(rows, room=(high - low) * MARK_ROOM)


def placed_rows(df: pd.DataFrame, *, lanes: str = "topic", reference=None) -> pd.DataFrame:
    """Rows with a span: lane, lane_label, lane_rank, colour, drawn x0/x1 and open ends.

    `rows.attrs["view"]` holds the (start, end) of the view; spans reaching past it are cut and
    flagged open_start/open_end, as are ongoing spans, which are drawn to `reference`.
    """
    if lanes not in LANE_MODES:
        raise ValueError(f"lanes must be one of {LANE_MODES}, not {lanes!r}")
    rows = df[df["start"].notna()].copy()
    rows["lane"] = lane_names(rows, lanes)
    rows = _rank_lanes(rows)
    low, high = view_window(rows, reference)
    rows["x0"] = rows["start"].clip(lower=low)
    rows["x1"] = _drawn_end(rows, reference).clip(upper=high)
    rows["open_start"] = rows["start"] < low
    rows["open_end"] = rows["ongoing"] | (rows["end"] > high)
    rows.attrs["view"] = (low, high)
    return rows


def lane_names(rows: pd.DataFrame, lanes: str) -> pd.Series:
    """Each row's lane: its first topic or first actor, or one lane for all."""
    if lanes == "all":
        return pd.Series(ALL_LANE, index=rows.index, dtype=str)
    # Split each distinct cell once, not every row: 100k rows hold a few hundred distinct cells.
    codes, cells = pd.factorize(rows[LANE_COLUMN[lanes]].fillna(""))
    first = pd.Series(cells, dtype=str).str.split(";", n=1).str[0].str.strip()
    first = first.where(first != "", NO_LANE[lanes]).to_numpy(dtype=object)
    return pd.Series(first[codes] if len(codes) else [], index=rows.index, dtype=str)


def truncate(name: str, limit: int = MAX_LABEL) -> str:
    """A lane name short enough for the axis, ending in an ellipsis when cut."""
    return name if len(name) <= limit else name[: limit - 1].rstrip() + "…"


def _rank_lanes(rows: pd.DataFrame) -> pd.DataFrame:
    """Lanes ordered by size (then name); past MAX_LANES the smallest share one "other" lane."""
    codes, names = pd.factorize(rows["lane"])
    counts = np.bincount(codes, minlength=len(names))
    order = sorted(range(len(names)), key=lambda i: (-counts[i], names[i]))
    rank = np.empty(len(names), dtype=int)
    rank[order] = np.arange(len(names))
    labels = np.array([truncate(name) for name in names], dtype=object)
    colours = np.array([theme.colour(r) for r in rank], dtype=object)
    folded = rank >= MAX_LANES - 1
    if len(names) > MAX_LANES:
        rank = rank.clip(max=MAX_LANES - 1)
        labels[folded] = f"other ({int(folded.sum())} lanes)"
        colours[folded] = theme.MUTED
    rows["lane_rank"] = rank[codes]
    rows["lane_label"] = pd.Series(labels[codes], index=rows.index, dtype=str)
    rows["colour"] = pd.Series(colours[codes], index=rows.index, dtype=str)
    return rows


def view_window(rows: pd.DataFrame, reference=None) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The stretch of time worth showing: closed span ends and the reference, padded.

    Open sides (the start of "before 2010", the end of "after March 2022" or of an ongoing span)
    do not widen the view, so one open span cannot squash the rest into a sliver.
    """
    if rows.empty:
        today = pd.Timestamp(reference) if reference is not None else pd.Timestamp("2000-01-01")
        return today - MIN_PAD, today + MIN_PAD
    starts = rows.loc[rows["qualifier"] != "before", "start"]
    ends = rows.loc[~rows["ongoing"] & (rows["qualifier"] != "after"), "end"]
    low = (starts if not starts.empty else rows["start"]).min()
    candidates = [ends.max(), pd.Timestamp(reference) if reference is not None else pd.NaT, low]
    high = max(c for c in candidates if pd.notna(c))
    pad = max((high - low) * EDGE_PAD, MIN_PAD)
    return max(low - pad, FIRST_DAY), min(high + pad, LAST_DAY)


def _drawn_end(rows: pd.DataFrame, reference) -> pd.Series:
    """Ongoing spans run to the reference date (never before their own start)."""
    if reference is None:
        return rows["end"]
    drawn = rows["end"].where(~rows["ongoing"], pd.Timestamp(reference))
    return drawn.where(drawn >= rows["start"], rows["start"])


def assign_rows(starts: list, ends: list, groups: list | None = None) -> list[int]:
    """Greedy interval packing in O(n log n): the lowest sub-row free before each item starts.

    Items must come sorted by (group, start). A sub-row is free once its last item ended before
    the new one starts, so overlapping items of a group never share a sub-row.
    """
    groups = groups if groups is not None else [0] * len(starts)
    busy: list = []  # (end, row) of the sub-rows in use, earliest end first
    free: list[int] = []  # sub-rows whose last item has ended, lowest first
    depth, current, assigned = 0, object(), []
    for start, end, group in zip(starts, ends, groups, strict=True):
        if group != current:
            busy, free, depth, current = [], [], 0, group
        while busy and busy[0][0] < start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        row = heapq.heappop(free) if free else depth
        depth = max(depth, row + 1)
        heapq.heappush(busy, (end, row))
        assigned.append(row)
    return assigned


def _stack(rows: pd.DataFrame, room: pd.Timedelta) -> pd.DataFrame:
    """Sub-rows within each lane, then y: lanes top to bottom by rank, each as deep as needed."""
    rows = rows.sort_values(["lane_rank", "x0", "x1", "id"], kind="stable")
    half = int(room.total_seconds()) // 2
    starts = _seconds(rows["x0"]) - half
    ends = _seconds(rows["x1"]) + int(DAY.total_seconds()) + half
    rows["row"] = assign_rows(starts.tolist(), ends.tolist(), rows["lane_rank"].to_list())
    depth = rows.groupby("lane_rank")["row"].max() + 1
    offset = depth.cumsum().shift(fill_value=0)
    rows["y"] = rows["lane_rank"].map(offset) + rows["row"]
    return rows.sort_values(["y", "x0"], kind="stable")


def _seconds(values: pd.Series) -> np.ndarray:
    """Datetimes as int seconds (years 1-9999 fit), so the packing loop compares plain ints."""
    return values.to_numpy(dtype="datetime64[s]").astype(np.int64)
