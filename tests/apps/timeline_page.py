"""AppTest script: the Timeline tab on tests/apps/sample_events (see test_page_timeline.py)."""

import streamlit as st
from sample_events import sample_frame

from dashboard.filters import choices
from dashboard.pages.data import Loaded
from dashboard.pages.timeline import show_timeline
from dashboard.state.view import ViewState

frame = sample_frame(st.session_state.get("keep"))
state = ViewState(lanes=st.session_state.get("lanes", "topic"))
show_timeline(Loaded("Sample events", frame, choices(frame)), frame, state)
