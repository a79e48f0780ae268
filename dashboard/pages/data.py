"""The dataset every tab shows, and the Data tab: what was loaded, its problem rows, an upload.

The dataset is the one named on the command line (`streamlit run streamlit_app.py -- path.csv`),
the built-in one without a name, or a file uploaded in the Data tab, which then replaces it for
every tab until "Back to ..." is pressed. Frames are cached per path and modification time, or
per upload digest, so a rerun after a filter change never re-reads a file.
"""

from __future__ import annotations

import hashlib
import os
import re
import sys
from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard import added_events
from dashboard.filters import Choices, choices
from dashboard.frame import events_frame
from events.dataset import Dataset, DatasetError, dataset_from_bytes, load_dataset
from events.event import Event

MAX_UPLOAD_MB = 20
UPLOAD_KEY = "upload"
BACK_KEY = "dataset_default"
UPLOADED = "_uploaded"  # session key of the Upload in use
UPLOAD_MESSAGE = "_upload_message"  # session key of the last refused upload's message
MERGED = "_merged"  # session key of (dataset, added events, the two merged)
PROBLEM_COLUMNS = {
    "line": st.column_config.NumberColumn("Line", format="%d"),
    "id": st.column_config.TextColumn("Id"),
    "date": st.column_config.TextColumn("Date as written"),
    "problem": st.column_config.TextColumn("Problem", width="large"),
}
MARKDOWN_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")


@dataclass(frozen=True)
class Loaded:
    """A dataset ready for the page: its name, events frame, what the filters can offer, and
    its events (one per frame row, in the same order) for the writers of events.formats."""

    name: str
    frame: pd.DataFrame
    offered: Choices
    events: tuple[Event, ...] = ()


@dataclass(frozen=True)
class Upload:
    name: str
    digest: str
    data: bytes


def dataset_path(argv: list[str]) -> str | None:
    """The dataset named after `--` on the streamlit command line, or None for the built-in one."""
    args = [arg for arg in argv[1:] if arg.strip()]
    return args[0] if args else None


def read_upload(name: str, data: bytes) -> Dataset | str:
    """The dataset in an uploaded file, or one message saying why it cannot be read."""
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        size = len(data) / 1024 / 1024
        return f"{name} is {size:.1f} MB; files up to {MAX_UPLOAD_MB} MB can be opened here."
    try:
        return dataset_from_bytes(data, source_name=name)
    except DatasetError as exc:
        return str(exc)


def literal(text: str) -> str:
    """Text shown as itself in Streamlit markdown: punctuation escaped, one line."""
    return MARKDOWN_PUNCTUATION.sub(r"\\\1", " ".join(str(text).split()))


def problem_rows(df: pd.DataFrame) -> pd.DataFrame:
    """The rows needing attention: line, id, date as written and what is wrong."""
    bad = df[df["has_error"]]
    problem = bad["error"].where(bad["error"] != "", "no date span")
    unplaced = bad["start"].isna().map({True: " (not on the timeline)", False: ""})
    return pd.DataFrame(
        {"line": bad["line"], "id": bad["id"], "date": bad["date"], "problem": problem + unplaced}
    )


def _loaded(dataset: Dataset) -> Loaded:
    frame = events_frame(dataset.events)
    return Loaded(dataset.name, frame, choices(frame), dataset.events)


# cache_resource, not cache_data: cache_data copies the whole frame on every rerun (1.6 s at
# 100k events). The cached Loaded is shared by every session, so nothing may change it in place.
@st.cache_resource(show_spinner="Loading events…", max_entries=8)
def load_path(path: str | None, modified: float | None) -> Loaded:
    """The dataset at `path` (None: built-in); cached per path and modification time."""
    return _loaded(load_dataset(path))


@st.cache_resource(show_spinner="Reading the upload…", max_entries=4)
def load_upload(digest: str, name: str, _data: bytes) -> Loaded:
    """An uploaded dataset; cached per content digest (the bytes themselves are not hashed)."""
    dataset = read_upload(name, _data)
    if isinstance(dataset, str):
        raise DatasetError(dataset)
    return _loaded(dataset)


def active_dataset() -> Loaded:
    """The dataset in use: the upload if there is one, else the command line's, with the events
    added from articles after its own; may raise DatasetError or OSError."""
    upload = st.session_state.get(UPLOADED)
    if isinstance(upload, Upload):
        loaded = load_upload(upload.digest, upload.name, upload.data)
    else:
        path = dataset_path(sys.argv)
        loaded = load_path(path, _modified(path))
    return _with_added(loaded)


def _with_added(loaded: Loaded) -> Loaded:
    """`loaded` with this session's added events; merged once, not on every rerun."""
    events = added_events.added(dataset_key())
    memo = st.session_state.get(MERGED)
    if memo is not None and memo[0] is loaded and memo[1] == events:
        return memo[2]
    merged = added_events.appended(loaded, events)
    st.session_state[MERGED] = (loaded, events, merged)
    return merged


def dataset_key() -> str:
    """Which dataset is in use, as text: the upload's digest or the command line's path."""
    upload = st.session_state.get(UPLOADED)
    if isinstance(upload, Upload):
        return f"upload:{upload.digest}"
    return f"path:{dataset_path(sys.argv) or ''}"


def _modified(path: str | None) -> float | None:
    """The file's mtime, so an edited dataset is reloaded rather than served from the cache."""
    try:
        return os.stat(path).st_mtime if path else None
    except OSError:
        return None


def show_data(loaded: Loaded) -> None:
    """The Data tab: the dataset's name and counts, its problem rows, and the upload."""
    df = loaded.frame
    st.subheader("Dataset")
    st.text(loaded.name)
    bad = int(df["has_error"].sum())
    st.caption(f"{len(df)} events · {bad} need attention · {int(df['start'].notna().sum())} dated")
    if bad:
        st.dataframe(
            problem_rows(df), hide_index=True, column_config=PROBLEM_COLUMNS, key="problems"
        )
    show_upload()


def show_upload() -> None:
    """The uploader, its message when a file is refused, and the way back from an upload."""
    upload = st.session_state.get(UPLOADED)
    if isinstance(upload, Upload):
        st.text(f"Showing the uploaded file {upload.name}.")
        back_to = os.path.basename(dataset_path(sys.argv) or "") or "the built-in dataset"
        st.button(f"Back to {literal(back_to)}", key=BACK_KEY, on_click=_forget_upload)
    st.file_uploader(
        "Open a CSV or JSON file",
        key=UPLOAD_KEY,
        on_change=_on_upload,
        max_upload_size=MAX_UPLOAD_MB,
        help="It replaces the dataset in every tab until you go back. Rows that cannot be read"
        " are kept, flagged in the Table tab and listed here.",
    )
    message = st.session_state.get(UPLOAD_MESSAGE)
    if message:
        st.error(literal(message))


def _on_upload() -> None:
    """Callback: read the chosen file; use it, or keep the current dataset and say why not."""
    file = st.session_state.get(UPLOAD_KEY)
    if file is None:
        return
    data = file.getvalue()
    upload = Upload(file.name, hashlib.sha256(data).hexdigest(), data)
    try:
        load_upload(upload.digest, upload.name, upload.data)
    except DatasetError as exc:
        st.session_state[UPLOAD_MESSAGE] = str(exc)
        return
    st.session_state[UPLOADED] = upload
    st.session_state.pop(UPLOAD_MESSAGE, None)


def _forget_upload() -> None:
    st.session_state.pop(UPLOADED, None)
    st.session_state.pop(UPLOAD_MESSAGE, None)
