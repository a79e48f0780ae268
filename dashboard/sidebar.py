"""The sidebar: filter widgets and the lanes choice, each keyed by its ViewState field's name.

Widgets take their values from st.session_state (seeded by dashboard.state.url). Each also gets
the state's value as its default: a rerun that the browser sends before the widgets are drawn
(a click during the first load) resets them to their defaults, which must not undo a shared link.
"""

from __future__ import annotations

import streamlit as st

from dashboard.chart.scales import SCALES
from dashboard.details import markdown_text
from dashboard.filters import Choices
from dashboard.state.bounds import SIDES, BoundError, bound_text, needs_text, read_bound
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
    PRECISIONS[-1]: "Any precision",
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
    if needs_text(offered.first, offered.last):
        _text_bounds(offered, state)
        return
    bounds = {"min_value": offered.first, "max_value": offered.last, "format": DATE_FORMAT}
    disabled = offered.first is None
    st.date_input("From", value=state.date_from, key="date_from", disabled=disabled, **bounds)
    st.date_input("To", value=state.date_to, key="date_to", disabled=disabled, **bounds)
    if not disabled:
        st.caption(f"Events run from {offered.first} to {offered.last}. Empty: no limit.")


def _text_bounds(offered: Choices, state: ViewState) -> None:
    """From and To as text, for a dataset reaching outside years 1-9999 (BC, deep time), where
    a date picker cannot go. What cannot be read stays in its box with a message saying why;
    the filter keeps its last good value meanwhile."""
    for side, name, label in zip(SIDES, ("date_from", "date_to"), ("From", "To"), strict=True):
        text_key, bound = f"{name}_text", getattr(state, name)
        problem = _problem(name, bound)
        if not problem:  # the box shows the state's bound
            st.session_state[text_key] = bound_text(bound, side)
        st.text_input(
            label, key=text_key, on_change=_read_text_bound, args=(name, side),
            placeholder="264 BC, AD 79, -263 or -0043-03-15", max_chars=60,
            help="A year (264 BC, AD 79, or -263 counting 1 BC as 0) or a day (-0043-03-15).",
        )  # fmt: skip
        if problem:
            st.error(markdown_text(problem), icon=":material/error:")
    first, last = bound_text(offered.first, "from"), bound_text(offered.last, "to")
    st.caption(f"Events run from {first} to {last}. Empty: no limit.")


def _read_text_bound(name: str, side: str) -> None:
    """Callback: the typed bound becomes the filter's, or a message says why it cannot."""
    try:
        st.session_state[name] = read_bound(st.session_state.get(f"{name}_text", ""), side)
        st.session_state.pop(f"{name}_problem", None)
    except BoundError as error:  # kept with the bound it left standing
        st.session_state[f"{name}_problem"] = (str(error), st.session_state.get(name))


def _problem(name: str, bound) -> str:
    """The message about what was typed for `name`, while the bound it left stands (a reset or
    a link moving the bound drops it)."""
    kept = st.session_state.get(f"{name}_problem")
    if isinstance(kept, tuple) and kept[1] == bound:
        return kept[0]
    st.session_state.pop(f"{name}_problem", None)
    return ""
