"""Timeline Desk: `streamlit run streamlit_app.py -- [dataset.csv]` (or `make run`)."""

from dashboard.app import main

main()
