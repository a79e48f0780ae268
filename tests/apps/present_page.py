"""AppTest script: the Present tab on tests/apps/sample_events (see test_present_page.py).

session_state["keep"] (event ids), when set, narrows the events as the filters would;
session_state["summaries"] ({id: text}) gives those events other summaries, and
session_state["fields"] ({id: {column: value}}) other values of any column.
"""

import streamlit as st
from sample_events import sample_frame

from dashboard.present.page import show_present
from dashboard.state.view import ViewState

events = sample_frame(st.session_state.get("keep"))
for event_id, summary in st.session_state.get("summaries", {}).items():
    events.loc[events["id"] == event_id, "summary"] = summary
for event_id, fields in st.session_state.get("fields", {}).items():
    at = events.index[events["id"] == event_id][0]
    for column, value in fields.items():
        events.at[at, column] = value
show_present(events, ViewState(full=bool(st.session_state.get("full"))), "Sample events")
