"""The view kept in step three ways: URL query string <-> ViewState <-> st.session_state.

Each ViewState field lives in st.session_state under its own name (widgets use it as their key).
The first run of a session (a link opened, a page reloaded) reads the state from the URL; later
runs read it from the widgets and never from the URL, which a quick rerun may send before the
browser has caught up with the last write. Every run ends by writing the state back to the URL,
only when it changed. The last state is kept under STORE, so a widget that was not drawn last
run (its tab closed) gets its value back.
"""

from __future__ import annotations

from dataclasses import fields

import streamlit as st

from dashboard.filters import Choices, fit, reset_filters
from dashboard.state.view import ViewState, from_query, from_widgets, to_query, to_widgets

STORE = "_view_state"
FIELDS = tuple(field.name for field in fields(ViewState))
OWN_PARAMS = ("embed", "embed_options")  # Streamlit's own; never ours to rewrite


def restore(offered: Choices) -> ViewState:
    """The state this run starts from, fitted to the dataset and written into session_state."""
    state = current() if STORE in st.session_state else from_query(query_params())
    state = fit(state, offered)
    _write(state)
    st.session_state.setdefault(STORE, state)  # a run cut short must not re-read the URL
    return state


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
