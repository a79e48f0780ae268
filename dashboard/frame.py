"""Events as a pandas DataFrame: the one table every view of the dashboard reads.

One row per event, in dataset order. Columns are those of `events.dataset.event_row` with these
types: `start`/`end` are datetime64[s] taken from `event.span` (NaT when the date could not be
read; seconds, so every day from deep time and BC to AD 9999 fits), `published` is
datetime64[s] from `event.published`,
`approximate`/`ongoing`/`has_error` are bool, `precision_rank` is int (-1 without a span),
`label` is str ("" when the event has none: the chart shortens the title instead) and
`importance` is int, 1 to 3, 3 mattering most (2 when not given), and `status` is str, one of
happened, planned or claimed ("happened" when not given). List fields (actors, places,
topics) stay joined strings separated by "; ", exactly as in the CSV, so the frame shows and
filters as text. Dates are never re-parsed here: the spans were resolved once, when the
dataset was loaded.

Derived once per dataset, so filters stay vectorised: `line` (the row's line or item number in
its file, 0 when unknown), `search_text` (title, label, summary, actors, places and quote,
casefolded) and `<field>_key` for each list field (";a;b;": a value v is listed when ";v;"
occurs in it).
"""

from __future__ import annotations

import functools
from collections.abc import Iterable

import numpy as np
import pandas as pd

from events.dataset import event_row
from events.event import USUAL_IMPORTANCE, USUAL_STATUS, Event
from events.span import PRECISIONS

COLUMNS = (
    "id", "date", "start", "end", "precision", "qualifier", "approximate", "ongoing",
    "timex", "mod", "rule", "title", "label", "importance", "status", "summary", "actors",
    "places", "topics", "source", "source_url", "quote", "published", "anchor", "error",
)  # fmt: skip
LIST_FIELDS = ("topics", "actors", "places")
SEARCHED = ("title", "label", "summary", "actors", "places", "quote")
KEYS = tuple(f"{name}_key" for name in LIST_FIELDS)
DERIVED = ("precision_rank", "has_error", "line", "search_text", *KEYS)
LIST_SEPARATOR = "; "
KEY_MARK = ";"  # never inside a value: the dataset splits list cells on it
RANK = {name: rank for rank, name in enumerate(PRECISIONS)}


def events_frame(events: Iterable[Event]) -> pd.DataFrame:
    """One row per event: event_row columns, typed start/end, and the DERIVED columns."""
    events = list(events)
    rows = [event_row(event) for event in events]
    df = pd.DataFrame(rows, columns=list(COLUMNS))
    df[["precision", "label", "error"]] = df[["precision", "label", "error"]].fillna("").astype(str)
    df["importance"] = pd.to_numeric(df["importance"]).fillna(USUAL_IMPORTANCE).astype(int)
    df["status"] = df["status"].replace("", USUAL_STATUS).fillna(USUAL_STATUS).astype(str)
    spans = [event.span for event in events]
    df["start"] = _dates([span.start if span else None for span in spans])
    df["end"] = _dates([span.end if span else None for span in spans])
    df["published"] = _dates([event.published for event in events])
    df["approximate"] = pd.Series([bool(span and span.approximate) for span in spans], dtype=bool)
    df["ongoing"] = pd.Series([bool(span and span.ongoing) for span in spans], dtype=bool)
    df["precision_rank"] = df["precision"].map(RANK).fillna(-1).astype(int)
    df["has_error"] = df["start"].isna() | (df["error"].fillna("") != "")
    df["line"] = pd.Series([event.line or 0 for event in events], dtype=int)
    return with_filter_columns(df)


def with_filter_columns(df: pd.DataFrame) -> pd.DataFrame:
    """`df` with search_text and the list keys computed from its text columns."""
    text = [df[name].fillna("").astype(str) for name in SEARCHED]
    df["search_text"] = functools.reduce(lambda a, b: a + "\n" + b, text).str.casefold()
    for name in LIST_FIELDS:
        values = df[name].fillna("").astype(str).str.replace(LIST_SEPARATOR, KEY_MARK)
        df[f"{name}_key"] = KEY_MARK + values + KEY_MARK
    return df


def split_list(values: pd.Series) -> pd.Series:
    """A joined list column as a Series of tuples (empty tuple for "")."""
    return values.fillna("").map(lambda text: tuple(filter(None, text.split(LIST_SEPARATOR))))


def _dates(values: list) -> pd.Series:
    # numpy reads every day from its ISO form, BC ("-0043-03-15") and deep time included
    days = [day.isoformat() if day is not None else "NaT" for day in values]
    return pd.Series(np.array(days, dtype="datetime64[s]"))
