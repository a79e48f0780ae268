"""Lanes and the stretch of time in view: which lane each event runs in, the lanes' order and
colours, and where each span is drawn from and to.

Order and colours come from the whole dataset (`lane_palette`), so a lane keeps its place and
colour whatever the filters leave: Okabe-Ito for the first eight lanes; past eight, one neutral
grey and the lane's name written on each label instead of a repeated colour.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np
import pandas as pd

from dashboard.chart import theme

LANE_MODES = ("topic", "actor", "all")
CHART_COLUMNS = (
    "id", "date", "title", "label", "importance", "start", "end", "precision",
    "precision_rank", "qualifier", "approximate", "ongoing", "topics", "actors", "error",
    "published", "status",
)  # fmt: skip
LANE_COLUMN = {"topic": "topics", "actor": "actors"}
ALL_LANE = "all events"
NO_LANE = {"topic": "(no topic)", "actor": "(no actor)"}
NO_TOPIC = NO_LANE["topic"]
MAX_LANES = 16  # more lanes than this fold their smallest into one "other" lane
MAX_LABEL = 22  # characters of a lane name shown on the axis; the hover has all of it
EDGE_PAD = 0.03  # of the view's width, on each side
MIN_PAD = pd.Timedelta(days=30)
DAY = pd.Timedelta(days=1)
FIRST_DAY, LAST_DAY = (
    pd.Timestamp("0001-01-01").as_unit("s"),
    pd.Timestamp("9999-12-31").as_unit("s"),
)


@dataclass(frozen=True)
class Lane:
    rank: int  # top to bottom
    label: str  # as the axis shows it
    colour: str
    named: bool = False  # past the palette's colours: its labels carry the lane's name


@dataclass(frozen=True)
class Palette:
    """Every lane of a dataset, by name; lanes missing from it go after, in grey."""

    lanes: dict[str, Lane] = field(default_factory=dict)

    def lane(self, name: str) -> Lane:
        known = self.lanes.get(name)
        if known is not None:
            return known
        return Lane(len(self.lanes), truncate(name), theme.NEUTRAL, named=True)


def lane_palette(df: pd.DataFrame, lanes: str = "topic") -> Palette:
    """Lanes of the dated events of `df` (the whole dataset), largest first, then by name;
    past MAX_LANES the smallest share one "other" lane."""
    names = lane_names(df[df["start"].notna()], lanes)
    counts = names.value_counts()
    order = sorted(counts.index, key=lambda name: (-counts[name], name))
    folded = len(order) > MAX_LANES
    kept = order[: MAX_LANES - 1] if folded else order
    palette = {name: _lane(rank, truncate(name)) for rank, name in enumerate(kept)}
    if folded:
        other = Lane(MAX_LANES - 1, f"other ({len(order) - len(kept)} lanes)", theme.NEUTRAL, True)
        palette |= dict.fromkeys(order[len(kept) :], other)
    return Palette(palette)


def _lane(rank: int, label: str) -> Lane:
    if rank < len(theme.OKABE_ITO):
        return Lane(rank, label, theme.OKABE_ITO[rank])
    return Lane(rank, label, theme.NEUTRAL, named=True)


def placed_rows(
    df: pd.DataFrame,
    *,
    lanes: str = "topic",
    reference=None,
    palette: Palette | None = None,
    window: tuple = (None, None),
) -> pd.DataFrame:
    """Rows with a span: lane, lane_label, lane_rank, colour, named, drawn x0/x1, open ends.

    `view_of(rows)` gives the (start, end) of the view: `window` where it is given, else
    the events' own stretch, padded. Spans reaching past it are cut and flagged open_start /
    open_end, as are ongoing spans, which are drawn to `reference`.
    """
    if lanes not in LANE_MODES:
        raise ValueError(f"lanes must be one of {LANE_MODES}, not {lanes!r}")
    rows = _lean(df[df["start"].notna()])
    rows["lane"] = lane_names(rows, lanes)
    rows = _with_lanes(rows, palette or lane_palette(rows, lanes))
    low, high = view_window(rows, reference, window)
    rows["x0"] = rows["start"].clip(lower=low)
    rows["x1"] = _drawn_end(rows, reference).clip(upper=high)
    rows["open_start"] = rows["start"] < low
    rows["open_end"] = rows["ongoing"] | (rows["end"] > high)
    rows.attrs["view"] = (_seconds(low), _seconds(high))  # plain ints: pandas copies attrs often
    return rows


def view_of(rows: pd.DataFrame) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The (start, end) of the view placed_rows worked out for these rows."""
    return tuple(
        value if isinstance(value, pd.Timestamp)
        else pd.Timestamp(np.datetime64(int(value), "s"))
        for value in rows.attrs["view"]
    )  # fmt: skip


def _seconds(moment: pd.Timestamp) -> int:
    return int(np.datetime64(moment, "s").astype(np.int64))


def _lean(df: pd.DataFrame) -> pd.DataFrame:
    """Only the columns a chart reads, text as plain objects: every later step copies rows,
    and Arrow-backed text makes each copy slow."""
    columns = [name for name in CHART_COLUMNS if name in df]
    lean = pd.DataFrame({name: df[name].to_numpy() for name in columns})
    text = [name for name in columns if df[name].dtype.kind not in "biufcmM"]
    return lean.astype(dict.fromkeys(text, object))


def _with_lanes(rows: pd.DataFrame, palette: Palette) -> pd.DataFrame:
    """Each row's lane_rank, lane_label, colour and named, looked up once per lane."""
    codes, names = pd.factorize(rows["lane"])
    looked = [palette.lane(name) for name in names]
    for column in ("rank", "label", "colour", "named"):
        values = np.array([getattr(lane, column) for lane in looked], dtype=object)
        rows[f"lane_{column}" if column in ("rank", "label") else column] = (
            values[codes] if len(codes) else []
        )
    return rows.astype({"lane_rank": int, "lane_label": str, "colour": str, "named": bool})


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


def view_window(
    rows: pd.DataFrame, reference=None, window: tuple = (None, None)
) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The stretch of time in view: the window's From and To days (whole days) where given,
    else the closed span ends and the reference, padded.

    Open sides (the start of "before 2010", the end of "after March 2022" or of an ongoing span)
    do not widen the view, so one open span cannot squash the rest into a sliver.
    """
    first, last = window
    low, high = _fitted(rows, reference)
    low = _moment(first) if first is not None else low
    high = _moment(last) if last is not None else high
    if high <= low:
        high = low + MIN_PAD
    return low, high


def _fitted(rows: pd.DataFrame, reference) -> tuple[pd.Timestamp, pd.Timestamp]:
    if rows.empty:
        today = pd.Timestamp(reference) if reference is not None else pd.Timestamp("2000-01-01")
        return today - MIN_PAD, today + MIN_PAD
    starts = rows.loc[rows["qualifier"] != "before", "start"]
    ends = rows.loc[~rows["ongoing"] & (rows["qualifier"] != "after"), "end"]
    low = (starts if not starts.empty else rows["start"]).min()
    candidates = [ends.max(), pd.Timestamp(reference) if reference is not None else pd.NaT, low]
    high = max(c for c in candidates if pd.notna(c))
    pad = max((high - low) * EDGE_PAD, MIN_PAD)
    # A view of dates keeps within them; BC and deep time pad freely into the past, but not
    # far into the future (3% of 4.5 billion years would run 135 million years past today).
    first = low - pad if low < FIRST_DAY else max(low - pad, FIRST_DAY)
    last = high + pad if high > LAST_DAY else min(high + pad, LAST_DAY)
    return first, last


def _moment(day) -> pd.Timestamp:
    """A From or To day (a date, an events.day.Day or a Timestamp) as a Timestamp in seconds."""
    if hasattr(day, "isoformat") and not isinstance(day, pd.Timestamp):
        return pd.Timestamp(np.datetime64(day.isoformat(), "s"))
    return pd.Timestamp(day).as_unit("s")


def _drawn_end(rows: pd.DataFrame, reference) -> pd.Series:
    """Where a span is drawn to: its end. An ongoing span ends at its own source's publication
    date (a later article never stretches it); one without a publication date runs to the
    reference date, never before its own start."""
    own = rows["published"].notna() if "published" in rows else False
    if reference is None:
        return rows["end"]
    drawn = rows["end"].where(~rows["ongoing"] | own, pd.Timestamp(reference))
    return drawn.where(drawn >= rows["start"], rows["start"])
