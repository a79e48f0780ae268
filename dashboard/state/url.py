"""The view kept in step three ways: URL query string <-> ViewState <-> st.session_state.

Each ViewState field lives in st.session_state under its own name (widgets use it as their key).
The first run of a session (a link opened, a page reloaded) and a run the browser's Back or
Forward button started read the state from the URL; other runs read it from the widgets and
never from the URL, which a quick rerun may send before the browser has caught up with the last
write. Every run ends by writing the state back to the URL, only when it changed. The last state
is kept under STORE, so a widget that was not drawn last run (its tab closed) gets its value
back. What the opened link asked for is kept under ARRIVAL, to say when it was made on other data.

A rerun that cuts a Back/Forward run short (a component reporting in, a quick click) carries the
widget values the browser showed before it caught up: for a moment after the navigation
(NAVIGATED) the state it asked for wins while the widgets still disagree with it.
"""

from __future__ import annotations

import time
from dataclasses import dataclass, fields, replace

import streamlit as st
from streamlit.runtime.scriptrunner_utils.script_run_context import get_script_run_ctx

from dashboard.filters import Choices, fit, reset_filters
from dashboard.state.view import (
    ViewState,
    from_query,
    from_widgets,
    missing,
    to_query,
    to_widgets,
)

STORE = "_view_state"
ARRIVAL = "_view_arrival"
NAVIGATED = "_view_navigated"  # (the state Back/Forward asked for, when)
NAVIGATION_HOLD_S = 2.0  # for the browser to catch up; too short to fight a reader's clicks
FIELDS = tuple(field.name for field in fields(ViewState))
OWN_PARAMS = ("embed", "embed_options")  # Streamlit's own; never ours to rewrite


@dataclass(frozen=True)
class Arrival:
    """What the link a session opened asked for: the data it was made on, and what it names
    that the data open here lacks."""

    data: str
    missing: tuple[str, ...]


def restore(offered: Choices, data: str = "") -> ViewState:
    """The state this run starts from, fitted to the dataset (whose mark is `data`) and written
    into session_state."""
    first = STORE not in st.session_state
    if first or history_navigation():
        asked = from_query(query_params())
        st.session_state[ARRIVAL] = Arrival(asked.data, tuple(missing(asked, offered)))
        if not first:
            st.session_state[NAVIGATED] = (asked, time.monotonic())
        state = asked
    else:
        state = _navigated_or(current())
    state = replace(fit(state, offered), data=data)
    _write(state)
    if first or history_navigation():
        st.session_state[STORE] = state  # a run cut short must not re-read the URL
    return state


def _navigated_or(widgets: ViewState) -> ViewState:
    """The state Back/Forward asked for while the widgets, sent by a rerun that cut its run
    short, still show the page before it; else the widgets'."""
    asked, when = st.session_state.get(NAVIGATED, (None, 0.0))
    if asked is None or time.monotonic() - when > NAVIGATION_HOLD_S or _same_view(asked, widgets):
        st.session_state.pop(NAVIGATED, None)
        return widgets
    return asked


def _same_view(asked: ViewState, widgets: ViewState) -> bool:
    return to_query(replace(asked, data="")) == to_query(replace(widgets, data=""))


def asked_dataset() -> str:
    """The dataset the view names (ViewState.dataset), read before the dataset is loaded: from
    the URL when `restore` will read the URL, else from session_state."""
    if STORE not in st.session_state or history_navigation():
        return from_query(query_params()).dataset
    value = st.session_state.get("dataset", "")
    return value if isinstance(value, str) else ""


def history_navigation() -> bool:
    """Whether the browser's Back or Forward button started this run (the URL then wins)."""
    ctx = get_script_run_ctx()
    return bool(getattr(ctx, "is_history_navigation", False))


def arrival_note(data: str) -> str:
    """What to tell a reader whose link was made on other data than `data`, or named things
    this data lacks; "" when the link fits."""
    arrival = st.session_state.get(ARRIVAL)
    if not isinstance(arrival, Arrival):
        return ""
    other = bool(arrival.data) and arrival.data != data
    if not other and not arrival.missing:
        return ""
    parts = []
    if other:
        parts.append("This link was made on other events than the ones open here (uploaded or"
                     " added from articles). Upload the same file in the Data tab, or add the"
                     " same articles, to see the view as it was shared.")  # fmt: skip
    if arrival.missing:
        parts.append("Not in the events open here: " + "; ".join(arrival.missing) + ".")
    return " ".join(parts)


def dismiss_arrival() -> None:
    """Callback: the reader has read the note about the link."""
    st.session_state.pop(ARRIVAL, None)


def current() -> ViewState:
    """The state the widgets hold now; a field whose widget is gone keeps its last value."""
    session = st.session_state
    last = session[STORE] if isinstance(session.get(STORE), ViewState) else ViewState()
    values = to_widgets(last)
    values.update({name: session[name] for name in FIELDS if name in session})
    return from_widgets(values)


def remember() -> bool:
    """Keep the state the run ended with; write it to the URL if that differs (then True)."""
    state = current()
    st.session_state[STORE] = state
    wanted = to_query(state)
    if _as_lists(wanted) == _as_lists(query_params()):
        return False
    st.query_params.from_dict(wanted)
    return True


def query_params() -> dict[str, list[str]]:
    """Every query parameter with all its values (repeated keys kept), Streamlit's own left out."""
    params = st.query_params
    return {key: params.get_all(key) for key in params if key not in OWN_PARAMS}


def reset() -> None:
    """Callback: every filter back to its default; lanes, tab, selection and slide kept."""
    _write(reset_filters(current()))


def _write(state: ViewState) -> None:
    """Put each field's widget value into session_state where it is missing or different."""
    session = st.session_state
    for name, value in to_widgets(state).items():
        if name not in session or session[name] != value:
            session[name] = value


def _as_lists(query: dict) -> dict[str, list[str]]:
    return {key: value if isinstance(value, list) else [value] for key, value in query.items()}
