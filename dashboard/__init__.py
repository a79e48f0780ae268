"""Timeline Desk's Streamlit dashboard: pure frame and figure builders, plus the page in app.py."""
