"""Filters: pure functions from an events frame (see dashboard.frame) and a ViewState to rows.

Every mask is vectorised over the frame's precomputed columns (`search_text`, `<field>_key`,
`precision_rank`, `start`/`end`); nothing here loops over rows or re-parses a date. Rows without
a span (unreadable dates) have no date or precision to judge, so those two filters keep them:
they stay counted and listed, and the timeline leaves them out by itself.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from dashboard.frame import KEY_MARK, LIST_FIELDS, LIST_SEPARATOR, RANK
from dashboard.state.bounds import day_stamp, stamp_day
from dashboard.state.view import ViewState
from events.day import AnyDay

FILTER_FIELDS = ("date_from", "date_to", *LIST_FIELDS, "min_precision", "search")


@dataclass(frozen=True)
class Choices:
    """What a dataset offers the filters: list values, ids, and the days its spans cover."""

    topics: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    ids: frozenset[str] = frozenset()
    first: AnyDay | None = None  # a Day before AD 1 or after 9999
    last: AnyDay | None = None


def choices(df: pd.DataFrame) -> Choices:
    """The sorted distinct values of each list field, the ids and the first and last day."""
    lists = {name: list_values(df[name]) for name in LIST_FIELDS}
    first, last = df["start"].min(), df["end"].max()
    return Choices(
        **lists,
        ids=frozenset(df["id"].astype(str)),
        first=stamp_day(first) if pd.notna(first) else None,
        last=stamp_day(last) if pd.notna(last) else None,
    )


def list_values(column: pd.Series) -> tuple[str, ...]:
    """Distinct values of a "; "-joined list column, sorted case-insensitively."""
    values = column.fillna("").astype(str).str.split(LIST_SEPARATOR).explode()
    values = values[values.notna() & (values != "")].unique()
    return tuple(sorted(map(str, values), key=lambda value: (value.casefold(), value)))


def fit(state: ViewState, offered: Choices) -> ViewState:
    """`state` made to fit a dataset: unknown list values and ids dropped, dates clamped."""
    lists = {name: _known(getattr(state, name), getattr(offered, name)) for name in LIST_FIELDS}
    selected = state.selected if state.selected in offered.ids else ""
    date_from, date_to = clamp_range(state.date_from, state.date_to, offered.first, offered.last)
    return replace(state, **lists, selected=selected, date_from=date_from, date_to=date_to)


def _known(values: tuple[str, ...], offered: tuple[str, ...]) -> tuple[str, ...]:
    known = set(offered)
    return tuple(value for value in values if value in known)


def clamp_range(date_from, date_to, first, last) -> tuple[AnyDay | None, AnyDay | None]:
    """A (from, to) in order and inside [first, last]; a bound at or past the edge is None."""
    if first is None or last is None:
        return None, None
    if date_from and date_to and date_from > date_to:
        date_from, date_to = date_to, date_from
    low = min(max(date_from, first), last) if date_from else None
    high = max(min(date_to, last), first) if date_to else None
    return (None if low == first else low), (None if high == last else high)


def filter_events(df: pd.DataFrame, state: ViewState) -> pd.DataFrame:
    """The rows of `df` that match every filter of `state`, in their original order."""
    mask = date_mask(df, state.date_from, state.date_to)
    for name in LIST_FIELDS:
        mask &= list_mask(df, name, getattr(state, name))
    mask &= precision_mask(df, state.min_precision)
    return df[search_mask(df, state.search, within=mask)]


def date_mask(df: pd.DataFrame, date_from, date_to) -> np.ndarray:
    """Rows whose span overlaps [date_from, date_to] (either may be None); no span: kept."""
    mask = np.ones(len(df), dtype=bool)
    unplaced = df["start"].isna().to_numpy()
    if date_from is not None:
        mask &= (df["end"] >= day_stamp(date_from)).to_numpy()
    if date_to is not None:
        mask &= (df["start"] <= day_stamp(date_to)).to_numpy()
    return mask | unplaced


def list_mask(df: pd.DataFrame, name: str, selected: tuple[str, ...]) -> np.ndarray:
    """Rows listing any of `selected` in list field `name`; everything when none selected."""
    if not selected:
        return np.ones(len(df), dtype=bool)
    pattern = KEY_MARK + "(?:" + "|".join(map(re.escape, selected)) + ")" + KEY_MARK
    return df[f"{name}_key"].str.contains(pattern, regex=True).to_numpy(dtype=bool)


def precision_mask(df: pd.DataFrame, min_precision: str) -> np.ndarray:
    """Rows known at least as finely as `min_precision`; no span: kept."""
    rank = df["precision_rank"].to_numpy()
    return (rank <= RANK.get(min_precision, len(RANK))) | (rank < 0)


def search_mask(df: pd.DataFrame, search: str, within: np.ndarray | None = None) -> np.ndarray:
    """Rows (of those `within`) whose search text holds every word of `search`, literally and
    case-insensitively. Each word only scans the rows the words before it kept."""
    keep = np.flatnonzero(within) if within is not None else np.arange(len(df))
    text = df["search_text"]
    for word in search_words(search):
        scanned = text if len(keep) == len(df) else text.iloc[keep]
        keep = keep[scanned.str.contains(word, regex=False).to_numpy(dtype=bool)]
    mask = np.zeros(len(df), dtype=bool)
    mask[keep] = True
    return mask


def search_words(search: str) -> tuple[str, ...]:
    """The distinct casefolded words of a search, split on whitespace, nothing special."""
    return tuple(dict.fromkeys(search.casefold().split()))


def is_filtered(state: ViewState) -> bool:
    """Whether any filter of `state` narrows the events."""
    return any(getattr(state, name) != getattr(ViewState(), name) for name in FILTER_FIELDS)


def reset_filters(state: ViewState) -> ViewState:
    """`state` with every filter back to its default; lanes, tab, selection and slide kept."""
    return replace(state, **{name: getattr(ViewState(), name) for name in FILTER_FIELDS})
