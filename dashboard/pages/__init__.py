"""The dashboard's tabs, one module each: timeline, table, present, export, article and data.
Each draws itself with Streamlit from the filtered events and the view state it is given."""
