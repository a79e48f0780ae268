"""The Timeline tab: the figure and, beside it, the details of the selected event.

A click on an event puts its id (the point's customdata) into st.session_state["selected"];
the details panel (container key "details") shows that event, its title on the first line.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.chart.figure import timeline_figure
from dashboard.chart.lanes import LANE_MODES
from dashboard.details import Details, event_details, markdown_text
from dashboard.export.downloads import screen_file_stem
from dashboard.view_state import ViewState

CHART_KEY = "timeline"
CHART_CONFIG = {
    "displaylogo": False,
    "modeBarButtonsToRemove": ["select2d", "lasso2d"],
    "toImageButtonOptions": {"format": "png", "filename": "timeline", "scale": 2},
}
HINT = "Click an event on the timeline to see its details here."
CSS = "<style>.st-key-details h3 { font-size: 1.35rem; line-height: 1.25; }</style>"


def show_timeline(df: pd.DataFrame, state: ViewState, *, reference_date) -> None:
    """Draw the timeline of `df`; a click opens the event's details beside the chart."""
    selected = str(st.session_state.get("selected", state.selected) or "")
    lanes = state.lanes if state.lanes in LANE_MODES else "topic"
    figure = timeline_figure(df, lanes=lanes, reference_date=reference_date, selected=selected)
    st.html(CSS)
    chart, panel = st.columns([7, 3], gap="medium")
    with chart:
        st.plotly_chart(
            figure,
            key=CHART_KEY,
            theme=None,
            on_select=_on_select,
            selection_mode="points",
            width="stretch",
            config=chart_config(state, df),
            alt=_alt_text(df),
        )
    with panel, st.container(key="details", border=True):
        show_details(event_details(df, selected), selected)


def chart_config(state: ViewState, df: pd.DataFrame) -> dict:
    """CHART_CONFIG, its camera button saving the view as on screen under a name that says
    which filters and dates it shows (the Export tab draws the whole filtered view)."""
    download = CHART_CONFIG["toImageButtonOptions"] | {"filename": screen_file_stem(state, df)}
    return CHART_CONFIG | {"toImageButtonOptions": download}


def _on_select() -> None:
    """Callback: open the clicked event (an empty selection keeps the open one)."""
    event = st.session_state.get(CHART_KEY)
    points = event.selection.points if event is not None else []
    ids = [point.get("customdata") for point in points if point.get("customdata")]
    if ids:
        st.session_state["selected"] = str(ids[0])


def _close() -> None:
    st.session_state["selected"] = ""


def show_details(details: Details | None, selected: str) -> None:
    """The event's title, then its fields, source link and quote; or a hint."""
    if details is None:
        st.markdown("**No event selected**")
        missing = f"The event “{selected}” is not among the events shown. " if selected else ""
        st.caption(markdown_text(missing + HINT))
        return
    st.subheader(markdown_text(details.title), anchor=False)
    if details.summary:
        st.markdown(markdown_text(details.summary))
    for label, text in details.fields():
        st.markdown(f"**{label}:** {markdown_text(text)}")
    _show_source(details)
    if details.quote:
        st.markdown("> " + markdown_text(f"“{details.quote}”"))
    st.button("Close details", key="details_close", on_click=_close, type="tertiary")


def _show_source(details: Details) -> None:
    """The source as a link when its URL is http(s), else as plain text."""
    name = markdown_text(details.source or details.source_url or "")
    if details.source_url:
        st.markdown(f"**Source:** [{name}]({details.source_url})")
    elif name:
        st.markdown(f"**Source:** {name}")


def _alt_text(df: pd.DataFrame) -> str:
    placed = int(df["start"].notna().sum())
    return f"Timeline of {placed} dated events; the Table tab lists the same events as text."
