"""What the Export tab offers, worked out without Streamlit: the data files of the filtered
events, names that say what is in each file, the image a reader asks for, and the texts that
follow the filters until the reader edits them.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass

import pandas as pd

from dashboard.export.credits import file_name
from dashboard.state.view import ViewState
from events import formats
from events.event import Event


@dataclass(frozen=True)
class DataDownload:
    """One data file of the tab: its button's key and label, its format, and the word its file
    name ends with (so two .csv or .json files never share a name)."""

    key: str
    label: str
    format: str  # a name in events.formats
    what: str


DATA_DOWNLOADS = (
    DataDownload("download_csv", "CSV", "csv", "events"),
    DataDownload("download_json", "JSON", "json", "events"),
    DataDownload("download_timelinejs", "TimelineJS JSON", "timelinejs", "timelinejs"),
    DataDownload("download_timelinejs_csv", "TimelineJS sheet (CSV)", "timelinejs-csv",
                 "timelinejs-sheet"),
    DataDownload("download_ics", "iCalendar", "ics", "calendar"),
)  # fmt: skip


@dataclass(frozen=True)
class ImageRequest:
    """Everything an exported image depends on; a prepared image is offered only while the
    request that drew it is still the current one."""

    dataset: str
    ids: tuple[str, ...]
    lanes: str
    scale: str
    window: tuple  # the From and To days (None: open)
    fmt: str
    preset: str
    theme: str
    title: str
    subtitle: str


def shown_events(events: Sequence[Event], ids: Iterable[str]) -> list[Event]:
    """The dataset's events with these ids, in the order of `ids` (the filtered frame's)."""
    by_id = {event.id: event for event in events}
    return [by_id[str(id_)] for id_ in ids if str(id_) in by_id]


def data_file_name(dataset: str, state: ViewState, df: pd.DataFrame, download: DataDownload) -> str:
    """Dataset, filter and date range, then what the file holds: "..._timelinejs.json"."""
    extension = formats.get(download.format).extension.lstrip(".")
    return file_name(dataset, state, df, preset=download.what, fmt=extension)


def left_out(events: Sequence[Event], fmt: str) -> int:
    """How many of `events` the format cannot hold (those without a readable date)."""
    if not formats.get(fmt).needs_dates:
        return 0
    return sum(event.span is None for event in events)


def refused(events: Sequence[Event], fmt: str) -> list[str]:
    """The ids of the dated events the format cannot hold (iCalendar and a BC date)."""
    target = formats.get(fmt)
    return [event.id for event in events if event.span is not None and target.left_out(event)]


def named(ids: Sequence[str], most: int = 5) -> str:
    """The first ids, then how many more: "a, b, c and 4 more"."""
    shown = ", ".join(ids[:most])
    return f"{shown} and {len(ids) - most} more" if len(ids) > most else shown


def image_file_name(request: ImageRequest, state: ViewState, df: pd.DataFrame) -> str:
    """The name of a prepared image: dataset, filter, date range, preset and (unless light)
    theme, as the command line names it."""
    return file_name(request.dataset, state, df, preset=request.preset, fmt=request.fmt,
                     theme=request.theme)  # fmt: skip


def settled(value: str | None, last_default: str | None, default: str) -> str:
    """A prefilled text: it follows its default (the filters, the dataset) until edited."""
    return default if value is None or value == last_default else value


def reference_date(frame: pd.DataFrame):
    """The whole dataset's latest publication date (as the Timeline tab draws it), or None."""
    latest = frame["published"].max()
    return None if pd.isna(latest) else latest
