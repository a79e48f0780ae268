"""AppTest script: the Timeline tab on tests/apps/sample_events (see test_page_timeline.py)."""

import streamlit as st
from sample_events import PUBLISHED, sample_frame

from dashboard.page_timeline import show_timeline
from dashboard.view_state import ViewState

state = ViewState(lanes=st.session_state.get("lanes", "topic"))
show_timeline(sample_frame(st.session_state.get("keep")), state, reference_date=PUBLISHED)
