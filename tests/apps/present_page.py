"""AppTest script: the Present tab on tests/apps/sample_events (see test_page_present.py).

session_state["keep"] (event ids), when set, narrows the events as the filters would.
"""

import streamlit as st
from sample_events import sample_frame

from dashboard.page_present import show_present
from dashboard.view_state import ViewState

show_present(sample_frame(st.session_state.get("keep")), ViewState())
