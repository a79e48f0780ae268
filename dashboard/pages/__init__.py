"""The dashboard's tabs, one module each: timeline, table, export, article and data (Present is
its own room, dashboard.present). Each draws itself with Streamlit from the filtered events and
the view state it is given."""
