"""Where each event sits on the timeline: its lane, its sub-row, and the stretch of time drawn."""

from __future__ import annotations

import pandas as pd

from dashboard import theme

LANE_MODES = ("topic", "all")
ALL_LANE = "all events"
NO_TOPIC = "(no topic)"
EDGE_PAD = 0.03  # of the view's width, on each side
MIN_PAD = pd.Timedelta(days=30)
MARK_ROOM = 0.015  # of the view's width: room a marker needs so neighbours do not touch


def layout_rows(df: pd.DataFrame, *, lanes: str = "topic", reference=None) -> pd.DataFrame:
    """The drawable rows: lane, row, y, drawn x0/x1 (clipped to the view), open ends, colour.

    `rows.attrs["view"]` holds the (start, end) of the view; spans reaching past it are cut and
    flagged open_start/open_end, as are ongoing spans, which are drawn to `reference`.
    """
    if lanes not in LANE_MODES:
        raise ValueError(f"lanes must be one of {LANE_MODES}, not {lanes!r}")
    rows = df[df["start"].notna()].copy()
    rows["lane"] = lane_names(rows, lanes)
    low, high = view_window(rows, reference)
    rows["x0"] = rows["start"].clip(lower=low)
    rows["x1"] = _drawn_end(rows, reference).clip(upper=high)
    rows["open_start"] = rows["start"] < low
    rows["open_end"] = rows["ongoing"] | (rows["end"] > high)
    rows = _stack(rows, room=(high - low) * MARK_ROOM)
    rows.attrs["view"] = (low, high)
    return rows


def lane_names(rows: pd.DataFrame, lanes: str) -> pd.Series:
    """Each row's lane: its first topic, or one lane for all."""
    if lanes == "all":
        return pd.Series(ALL_LANE, index=rows.index, dtype=str)
    first = rows["topics"].fillna("").str.split(";").str[0].str.strip()
    return first.where(first != "", NO_TOPIC)


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
    return low - pad, high + pad


def _drawn_end(rows: pd.DataFrame, reference) -> pd.Series:
    """Ongoing spans run to the reference date (never before their own start)."""
    if reference is None:
        return rows["end"]
    drawn = rows["end"].where(~rows["ongoing"], pd.Timestamp(reference))
    return drawn.where(drawn >= rows["start"], rows["start"])


def assign_rows(starts: list, ends: list) -> list[int]:
    """Greedy interval packing: the first sub-row whose last item ends before this one starts.

    Items must come sorted by start. Overlapping items never share a sub-row.
    """
    row_ends: list = []
    assigned = []
    for start, end in zip(starts, ends, strict=True):
        row = next((i for i, last in enumerate(row_ends) if last < start), len(row_ends))
        if row == len(row_ends):
            row_ends.append(end)
        else:
            row_ends[row] = end
        assigned.append(row)
    return assigned


def _stack(rows: pd.DataFrame, room: pd.Timedelta) -> pd.DataFrame:
    """Sub-rows within each lane, lanes ordered by size, then y and a colour per lane."""
    rows = rows.sort_values(["x0", "x1", "id"], kind="stable")
    starts = rows["x0"] - room / 2
    ends = rows["x1"] + pd.Timedelta(days=1) + room / 2
    rows["row"] = 0
    for index in rows.groupby("lane", sort=False).groups.values():
        rows.loc[index, "row"] = assign_rows(starts[index].to_list(), ends[index].to_list())
    sizes = rows.groupby("lane")["row"].agg(count="size", depth="max")
    order = sizes.sort_values("count", ascending=False, kind="stable").index
    depth = (sizes.loc[order, "depth"] + 1).cumsum().shift(fill_value=0)
    rows["y"] = rows["lane"].map(depth) + rows["row"]
    rows["colour"] = rows["lane"].map({lane: theme.colour(i) for i, lane in enumerate(order)})
    return rows.sort_values(["y", "x0"], kind="stable")
