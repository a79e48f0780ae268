"""Timeline Desk: `make run` or `timeline-desk-app [DATASET]` (dashboard/launch.py) starts this
with `streamlit run streamlit_app.py -- [DATASET]`; the dashboard itself is dashboard.app."""

from dashboard.app import main

main()
