"""The Streamlit page: composes the sidebar, the count and the tabs; the pages draw themselves.

Order of a run: load the dataset (cached), restore the view state (URL on the first run, widgets
after), draw the filters, filter, draw the open tab only, then write the state back to the URL.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import access, added_events
from dashboard.filters import filter_events
from dashboard.pages import data as page_data
from dashboard.pages.article import show_article
from dashboard.pages.export import show_export
from dashboard.pages.table import show_table
from dashboard.pages.timeline import show_timeline
from dashboard.present.page import show_present
from dashboard.sidebar import show_sidebar
from dashboard.state import url as url_state
from dashboard.state.view import TAB_LABELS, ViewState, data_mark
from events import DatasetError

UNFILTERED = ("article", "data")  # tabs drawn even when no event matches the filters


def main() -> None:
    """Draw the page for the dataset in use (command line, built-in or uploaded)."""
    st.set_page_config(page_title="Timeline Desk", layout="wide")
    access.show_page_style()
    try:
        loaded = page_data.active_dataset()
    except (DatasetError, OSError) as exc:
        st.title("Timeline Desk", anchor=False)
        st.error(f"Could not load the dataset: {page_data.literal(str(exc))}")
        st.info("Open another file with `make run DATASET=path.csv`, or upload one here.")
        page_data.show_dataset_choice()
        page_data.show_upload()
        return
    mark = _data_mark(loaded)
    state = url_state.restore(loaded.offered, mark)
    if state.full:  # the projector view: the slide and its strip, no title, tabs or sidebar
        show_present(filter_events(loaded.frame, state), state, loaded.name)
        url_state.remember()
        return
    st.title("Timeline Desk", anchor=False)
    show_arrival(mark)
    page_data.show_dataset_choice()
    show_sidebar(loaded.offered, state)
    events = filter_events(loaded.frame, state)
    show_summary(loaded, events)
    show_tabs(loaded, events, state)
    url_state.remember()


def _data_mark(loaded: page_data.Loaded) -> str:
    """ "" for the server's own dataset, else a mark of the events (an upload, added articles)."""
    key = page_data.dataset_key()
    own = not key.startswith("upload:") and not added_events.added(key)
    return "" if own else data_mark(loaded.frame)


def show_arrival(mark: str) -> None:
    """Say so when the opened link was made on other data, or names what is not here."""
    note = url_state.arrival_note(mark)
    if note:
        with st.container(key="arrival", horizontal=True, vertical_alignment="center"):
            st.warning(note, icon=":material/link_off:")
            st.button("Got it", key="arrival_dismiss", on_click=url_state.dismiss_arrival,
                      type="tertiary")  # fmt: skip


def show_summary(loaded: page_data.Loaded, events: pd.DataFrame) -> None:
    """The dataset's name, "N of M events", and a one-click reset when nothing matches."""
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        st.text(loaded.name, width="content")
        with st.container(key="count", width="content"):
            st.caption(f"{len(events)} of {len(loaded.frame)} events")
    if events.empty:
        with st.container(key="empty"):
            st.info("No events match these filters. Loosen them, or start again:")
            st.button("Reset filters", key="reset_empty", on_click=url_state.reset, type="primary")


def show_tabs(loaded: page_data.Loaded, events: pd.DataFrame, state: ViewState) -> None:
    """Timeline, Table, Present and Data; only the open tab is drawn."""
    labels = list(TAB_LABELS.values())
    tabs = dict(zip(TAB_LABELS, st.tabs(labels, key="tab", on_change="rerun"), strict=True))
    pages = {
        "timeline": lambda: show_timeline(loaded, events, state),
        "table": lambda: show_table(events),
        "present": lambda: show_present(events, state, loaded.name),
        "export": lambda: show_export(loaded, events, state),
        "article": lambda: show_article(loaded),
        "data": lambda: page_data.show_data(loaded),
    }
    for name, tab in tabs.items():
        if tab.open is False or (events.empty and name not in UNFILTERED):
            continue
        with tab:
            access.section_heading(name, TAB_LABELS[name])
            pages[name]()
