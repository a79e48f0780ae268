"""Timeline Desk's Streamlit dashboard: app.py lays out the page from its rooms, chart (the
figures), pages (one module per tab), present (the Present tab and its full-screen view),
export (images and downloads) and state (the view and its link), and from pure helpers beside
them (frame, filters, details)."""
