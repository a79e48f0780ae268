"""The sidebar: filter widgets and the lanes choice, each keyed by its ViewState field's name.

Widgets take their values from st.session_state (seeded by dashboard.state.url). Each also gets
the state's value as its default: a rerun that the browser sends before the widgets are drawn
(a click during the first load) resets them to their defaults, which must not undo a shared link.
"""

from __future__ import annotations

import streamlit as st

from dashboard.chart.scales import SCALES
from dashboard.filters import Choices
from dashboard.state.url import reset
from dashboard.state.view import LANES, MAX_TEXT, ViewState
from events.span import PRECISIONS, precision_name

LANE_LABELS = {"topic": "By first topic", "actor": "By first actor", "all": "One lane"}
SCALE_LABELS = {
    "auto": "Automatic",
    "chronological": "Chronological",
    "collapsed": "Collapsed: long empty stretches cut",
    "sequential": "Sequential: evenly spaced in order",
}
SCALE_HELP = (
    "Automatic is chronological, or collapsed when most events crowd into a short stretch."
    " Narrow screens read best sequential, which is what Automatic gives there."
)
PRECISION_LABELS = {
    **{name: f"{precision_name(name).capitalize()} or finer" for name in PRECISIONS},
    "day": "Exact day only",
    "century": "Any precision",
}
LIST_LABELS = {"topics": "Topics", "actors": "Actors", "places": "Places"}
DATE_FORMAT = "YYYY-MM-DD"


def show_sidebar(offered: Choices, state: ViewState) -> None:
    """Draw the filters for a dataset offering `offered`, then the lanes choice."""
    with st.sidebar:
        st.header("Filters")
        st.text_input(
            "Search",
            value=state.search,
            key="search",
            max_chars=MAX_TEXT,
            placeholder="Words in titles, summaries, names, places, quotes",
            help="Every word must appear; upper and lower case match alike.",
        )
        _date_inputs(offered, state)
        for name, label in LIST_LABELS.items():
            options = getattr(offered, name)
            chosen = [item for item in getattr(state, name) if item in options]
            st.multiselect(
                label, options, default=chosen, key=name, placeholder=f"Any of {len(options)}",
                disabled=not options,
            )  # fmt: skip
        st.selectbox(
            "Date precision", PRECISIONS, index=PRECISIONS.index(state.min_precision),
            key="min_precision", format_func=PRECISION_LABELS.get,
        )  # fmt: skip
        st.button("Reset filters", key="reset_filters", on_click=reset, icon=":material/undo:")
        st.header("View")
        st.radio(
            "Timeline lanes", LANES, index=LANES.index(state.lanes), key="lanes",
            format_func=LANE_LABELS.get,
        )  # fmt: skip
        st.selectbox(
            "Time scale", SCALES, index=SCALES.index(state.scale), key="scale",
            format_func=SCALE_LABELS.get, help=SCALE_HELP,
        )  # fmt: skip


def _date_inputs(offered: Choices, state: ViewState) -> None:
    """From and To: either may stay empty (no bound); both stay inside the dataset's days."""
    bounds = {"min_value": offered.first, "max_value": offered.last, "format": DATE_FORMAT}
    disabled = offered.first is None
    st.date_input("From", value=state.date_from, key="date_from", disabled=disabled, **bounds)
    st.date_input("To", value=state.date_to, key="date_to", disabled=disabled, **bounds)
    if not disabled:
        st.caption(f"Events run from {offered.first} to {offered.last}. Empty: no limit.")
