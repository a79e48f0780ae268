"""The Streamlit page. All Streamlit calls live here; frames and figures come from pure modules."""

from __future__ import annotations

import os
import re
import sys

import pandas as pd
import streamlit as st

from dashboard.frame import events_frame
from dashboard.lanes import LANE_MODES
from dashboard.timeline_figure import timeline_figure
from events import DatasetError, load_dataset

LANE_LABELS = {"topic": "By first topic", "all": "One lane"}
TABLE_COLUMNS = ["date", "start", "end", "precision", "title", "topics", "actors", "places"]
TABLE_CONFIG = {
    "date": st.column_config.TextColumn("Date as written"),
    "start": st.column_config.DateColumn("From", format="YYYY-MM-DD"),
    "end": st.column_config.DateColumn("To", format="YYYY-MM-DD"),
    "precision": st.column_config.TextColumn("Precision"),
    "title": st.column_config.TextColumn("Title", width="large"),
    "topics": st.column_config.TextColumn("Topics"),
    "actors": st.column_config.TextColumn("Actors"),
    "places": st.column_config.TextColumn("Places"),
}
MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+!|$~])")


def dataset_path(argv: list[str]) -> str | None:
    """The dataset named after `--` on the streamlit command line, or None for the built-in one."""
    args = [arg for arg in argv[1:] if arg.strip()]
    return args[0] if args else None


def _modified(path: str | None) -> float | None:
    """The file's mtime, so an edited dataset is reloaded rather than served from the cache."""
    try:
        return os.stat(path).st_mtime if path else None
    except OSError:
        return None


@st.cache_data(show_spinner="Loading events…", max_entries=8)
def load_frame(path: str | None, modified: float | None) -> tuple[str, pd.DataFrame]:
    """The dataset's name and events frame; cached per path and modification time."""
    dataset = load_dataset(path)
    return dataset.name, events_frame(dataset.events)


def main() -> None:
    """Draw the page for the dataset named on the command line."""
    st.set_page_config(page_title="Timeline Desk", layout="wide")
    st.title("Timeline Desk")
    path = dataset_path(sys.argv)
    try:
        name, df = load_frame(path, _modified(path))
    except (DatasetError, OSError) as exc:
        st.error(f"Could not load the dataset: {_md(str(exc))}")
        st.info("Open another file with `make run DATASET=path.csv`.")
        return
    show_events(name, df)


def show_events(name: str, df: pd.DataFrame) -> None:
    """Caption, timeline, unplaced rows and the events table."""
    placed = int(df["start"].notna().sum())
    st.caption(f"{_md(name)} · {len(df)} events · {placed} on the timeline")
    lanes = st.radio("Lanes", LANE_MODES, format_func=LANE_LABELS.get, horizontal=True, key="lanes")
    figure = timeline_figure(df, lanes=lanes)
    st.plotly_chart(
        figure, theme=None, width="stretch", key="timeline", config={"displaylogo": False}
    )
    show_errors(df)
    st.dataframe(
        df[TABLE_COLUMNS],
        hide_index=True,
        width="stretch",
        column_config=TABLE_CONFIG,
        key="events_table",
    )


def show_errors(df: pd.DataFrame) -> None:
    """List the rows with problems, each with its message; say which are not on the timeline."""
    bad = df[df["has_error"]]
    if bad.empty:
        return
    lines = [
        f"- **{_md(row.id)}** “{_md(row.date)}”: {_md(row.error or 'no date span')}"
        + ("" if pd.notna(row.start) else " (not on the timeline)")
        for row in bad.itertuples()
    ]
    st.warning(f"{len(bad)} of {len(df)} rows need attention:\n" + "\n".join(lines))


def _md(text: str) -> str:
    """Text shown literally in Streamlit markdown ("$42" must not start LaTeX)."""
    return MARKDOWN_SPECIAL.sub(r"\\\1", str(text))
