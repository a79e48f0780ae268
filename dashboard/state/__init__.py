"""What the reader is looking at: the view state as one value (view), and its round trip through
the URL and Streamlit's session state (url)."""
