"""The dataset every tab shows, and the Data tab: what was loaded, its problem rows, an upload.

The dataset is the one named on the command line (`streamlit run streamlit_app.py -- path.csv`),
the built-in one without a name, or a file uploaded in the Data tab, which then replaces it for
every tab until "Back to ..." is pressed. The server's own dataset is cached per path and
modification time, shared by every session. An upload is read once, with a progress bar, into
its own session only: it goes when the session ends or goes back, and the uploader then lets go
of the file's bytes too, so no upload outlives the reader who made it.
"""

from __future__ import annotations

import hashlib
import logging
import os
import sys
from collections.abc import Callable, Hashable
from dataclasses import dataclass, field
from typing import TypeVar

import pandas as pd
import streamlit as st

from dashboard import added_events
from dashboard.chart.lanes import Palette, lane_palette
from dashboard.details import markdown_text
from dashboard.filters import Choices, choices
from dashboard.frame import events_frame
from dashboard.state import url as url_state
from events.dataset import Dataset, DatasetError, load_dataset
from events.dataset.builtin import BUILTINS, DEFAULT_BUILTIN, builtin_dataset
from events.dataset.load import stream_from_bytes
from events.event import Event

MAX_UPLOAD_MB = 20
UPLOAD_KEY = "upload"  # the uploader's key; a new one (upload_2...) after each "Back to"
BACK_KEY = "dataset_default"
UPLOADED = "_uploaded"  # session key of the Upload in use
PENDING = "_upload_pending"  # session key of the file chosen, read on the run that follows
UPLOADER = "_uploader"  # session key of how many uploaders this session has let go of
UPLOAD_MESSAGE = "_upload_message"  # session key of the last refused upload's message
MERGED = "_merged"  # session key of (dataset, added events, the two merged)
CHOICE_KEY = "dataset_choice"  # the Dataset selectbox; the view keeps its choice in "dataset"
FILE, UPLOAD = "file", "upload"  # the server's own file; this session's upload
KINDS = {"news": "News", "history": "History"}  # how the Dataset choice names each built-in
PROGRESS_EVERY = 2000  # events between two moves of the progress bar
LOG = logging.getLogger(__name__)
T = TypeVar("T")
PROBLEM_COLUMNS = {
    "line": st.column_config.NumberColumn("Line", format="%d"),
    "id": st.column_config.TextColumn("Id"),
    "date": st.column_config.TextColumn("Date as written"),
    "problem": st.column_config.TextColumn("Problem", width="large"),
}


@dataclass(frozen=True)
class Loaded:
    """A dataset ready for the page: its name, events frame, what the filters can offer, and
    its events (one per frame row, in the same order) for the writers of events.formats."""

    name: str
    frame: pd.DataFrame
    offered: Choices
    events: tuple[Event, ...] = ()
    # What the pages work out from the whole dataset (lane palettes, row fingerprints): kept
    # with it, so every session showing it shares them; a new dataset (replace()) starts empty.
    memos: dict = field(default_factory=dict, init=False, compare=False, repr=False)

    def memo(self, key: Hashable, make: Callable[[], T]) -> T:
        """What `make()` gives, worked out once for this dataset."""
        if key not in self.memos:
            self.memos[key] = make()
        return self.memos[key]

    def palette(self, lanes: str) -> Palette:
        """The whole dataset's lanes and colours for a lane mode, worked out once."""
        return self.memo(("palette", lanes), lambda: lane_palette(self.frame, lanes))


@dataclass(frozen=True)
class Upload:
    """An uploaded file, read: kept in its session only (never in a cache shared by all)."""

    name: str
    digest: str
    loaded: Loaded


def dataset_path(argv: list[str]) -> str | None:
    """The dataset named after `--` on the streamlit command line, or None for the built-in one."""
    args = [arg for arg in argv[1:] if arg.strip()]
    return args[0] if args else None


def server_dataset(argv: list[str]) -> str:
    """What the server was started on: a built-in's name (`make run DATASET=history`), or FILE
    for a path; the news built-in when nothing is named."""
    path = dataset_path(argv)
    if path is None:
        return DEFAULT_BUILTIN
    return path if path in BUILTINS else FILE


def dataset_in_use(asked: str, server: str) -> str:
    """The dataset a view asking for `asked` shows on a server started on `server`: a built-in
    by name, the server's file, or (asked "" or for a file the server lacks) the server's own."""
    if asked in BUILTINS or (asked == FILE and server == FILE):
        return asked
    return server


def dataset_options(server: str, upload: str = "") -> tuple[str, ...]:
    """What the Dataset choice offers: the server's file (if any), every built-in, and this
    session's upload (named `upload`) when there is one."""
    return (*((FILE,) if server == FILE else ()), *BUILTINS, *((UPLOAD,) if upload else ()))


def dataset_label(option: str, path: str | None = None, upload: str = "") -> str:
    """How the Dataset choice shows an option: "History: Rome from ...", the file's name."""
    if option in BUILTINS:
        return f"{KINDS.get(option, option.title())}: {BUILTINS[option].name}"
    if option == UPLOAD:
        return f"Uploaded: {upload}"
    return f"File: {os.path.basename(path or '')}"


def read_upload(
    name: str, data: bytes, progress: Callable[[int], None] = lambda events_read: None
) -> Dataset | str:
    """The dataset in an uploaded file, or one message saying why it cannot be read;
    `progress` is told how many events have been read, every PROGRESS_EVERY."""
    if len(data) > MAX_UPLOAD_MB * 1024 * 1024:
        return f"{name} is {_megabytes(data)}; files up to {MAX_UPLOAD_MB} MB can be opened here."
    try:
        stream = stream_from_bytes(data, source_name=name)
        events = []
        for events_read, event in enumerate(stream.events, 1):
            events.append(event)
            if events_read % PROGRESS_EVERY == 0:
                progress(events_read)
        return Dataset(stream.name, tuple(events))
    except DatasetError as exc:
        return str(exc)


def _megabytes(data: bytes) -> str:
    return f"{len(data) / 1024 / 1024:.1f} MB"


def literal(text: str) -> str:
    """Text shown as itself in Streamlit markdown, on one line: no markup, no links (bare
    addresses included), as the details panel shows dataset text."""
    return markdown_text(" ".join(str(text).split()))


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
@st.cache_resource(show_spinner="Loading events…", max_entries=4)
def load_builtin(name: str) -> Loaded:
    """The built-in dataset called `name`, shared by every session."""
    return _loaded(builtin_dataset(name))


@st.cache_resource(show_spinner="Loading events…", max_entries=8)
def load_path(path: str | None, modified: float | None) -> Loaded:
    """The dataset at `path` (None: built-in); cached per path and modification time."""
    return _loaded(load_dataset(path))


def open_upload(name: str, data: bytes) -> Upload | str:
    """The uploaded file read, with a progress bar saying what is being read; or one message
    saying why it cannot be (a fault of ours included: the page goes on, the log has it)."""
    rows = max(data.count(b"\n") - 1, 1)  # about how many events a CSV file holds
    label = f"Reading {literal(name)} ({_megabytes(data)})"
    bar = st.progress(0.0, text=f"{label}…")

    def progress(events_read: int) -> None:
        bar.progress(min(events_read / rows, 1.0),
                     text=f"{label}: {events_read:,} of about {rows:,} events")  # fmt: skip

    try:
        dataset = read_upload(name, data, progress)
        if isinstance(dataset, str):
            return dataset
        bar.progress(1.0, text=f"{label}: preparing {len(dataset.events):,} events")
        return Upload(name, hashlib.sha256(data).hexdigest(), _loaded(dataset))
    except Exception as exc:  # a fault of ours: an upload never breaks the page
        LOG.exception("reading the upload %s failed", name)
        return f"{name} could not be opened ({type(exc).__name__}); the server's log has more."
    finally:
        bar.empty()


def active_dataset() -> Loaded:
    """The dataset in use: the upload if there is one, else the command line's, with the events
    added from articles after its own; may raise DatasetError or OSError. A file chosen in the
    uploader is read first."""
    pending = st.session_state.get(PENDING)
    if pending is not None:  # kept until read: a rerun that stops the reading reads it again
        opened = open_upload(*pending)
        st.session_state.pop(PENDING, None)
        _use_upload(opened)
    upload = st.session_state.get(UPLOADED)
    if isinstance(upload, Upload):
        loaded = upload.loaded
    elif (choice := _choice()) in BUILTINS:
        loaded = load_builtin(choice)
    else:
        path = dataset_path(sys.argv)
        loaded = load_path(path, _modified(path))
    return _with_added(loaded)


def _choice() -> str:
    """The dataset the view asks for, as this server can show it (not an upload)."""
    return dataset_in_use(url_state.asked_dataset(), server_dataset(sys.argv))


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
    choice = _choice()
    return f"builtin:{choice}" if choice in BUILTINS else f"path:{dataset_path(sys.argv)}"


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
        chosen = _choice()  # what the view shows once the upload goes
        back_to = (BUILTINS[chosen].name if chosen in BUILTINS
                   else os.path.basename(dataset_path(sys.argv) or ""))  # fmt: skip
        st.button(f"Back to {literal(back_to)}", key=BACK_KEY, on_click=_forget_upload)
    st.file_uploader(
        "Open a CSV or JSON file",
        key=uploader_key(),
        on_change=_on_upload,
        max_upload_size=MAX_UPLOAD_MB,
        help="It replaces the dataset in every tab until you go back. Rows that cannot be read"
        " are kept, flagged in the Table tab and listed here.",
    )
    message = st.session_state.get(UPLOAD_MESSAGE)
    if message:
        st.error(literal(message))


def uploader_key() -> str:
    """The uploader's key: a new one once the session lets go of an upload, so the old
    widget, and the file's bytes it holds, go too."""
    generation = st.session_state.get(UPLOADER, 0)
    return UPLOAD_KEY if not generation else f"{UPLOAD_KEY}_{generation + 1}"


def _on_upload() -> None:
    """Callback: the chosen file is read on the run that follows, where a progress bar can
    show (callbacks draw nothing)."""
    file = st.session_state.get(uploader_key())
    if file is not None:
        st.session_state[PENDING] = (file.name, file.getvalue())


def _use_upload(opened: Upload | str) -> None:
    """Use the upload, or keep the current dataset and say why not."""
    if isinstance(opened, str):
        st.session_state[UPLOAD_MESSAGE] = opened
        return
    st.session_state.pop(MERGED, None)
    st.session_state[UPLOADED] = opened
    st.session_state.pop(UPLOAD_MESSAGE, None)


def _forget_upload() -> None:
    """Callback of "Back to ...": the upload, its merged events and its uploader go."""
    for key in (UPLOADED, UPLOAD_MESSAGE, MERGED):
        st.session_state.pop(key, None)
    st.session_state[UPLOADER] = st.session_state.get(UPLOADER, 0) + 1


def show_dataset_choice() -> None:
    """The Dataset choice at the top of the sidebar: the built-ins, the server's file and this
    session's upload. Choosing one opens it in every tab with the filters reset; the view's
    link names it (`?dataset=history`), so a shared link opens the same dataset."""
    upload = st.session_state.get(UPLOADED)
    upload_name = upload.name if isinstance(upload, Upload) else ""
    path = dataset_path(sys.argv)
    options = dataset_options(server_dataset(sys.argv), upload_name)
    st.session_state[CHOICE_KEY] = UPLOAD if upload_name else _choice()
    with st.sidebar:
        st.selectbox(
            "Dataset", options, key=CHOICE_KEY, on_change=_choose_dataset,
            format_func=lambda option: dataset_label(option, path, upload_name),
            help="The events every tab shows: a built-in timeline, the server's file, or one"
            " uploaded in the Data tab. Choosing another resets the filters.",
        )  # fmt: skip


def _choose_dataset() -> None:
    """Callback of the Dataset choice: the view names the chosen dataset ("" for the server's
    own); an upload is let go of; the filters start again, as they named the old events."""
    chosen = st.session_state.get(CHOICE_KEY)
    if chosen == UPLOAD:
        return
    _forget_upload()
    st.session_state["dataset"] = "" if chosen == server_dataset(sys.argv) else chosen
    url_state.reset()
