"""The Table tab: the filtered events as a sortable table, rows needing attention first; every
field the data has is a column (summary, quote and the source's link included)."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.details import safe_url

FLAG = "⚠"
TABLE_CONFIG = {
    "flag": st.column_config.TextColumn(
        FLAG, help="This row needs attention: see Problem", width="small"
    ),
    "date": st.column_config.TextColumn("Date as written"),
    "start": st.column_config.DateColumn("From", format="YYYY-MM-DD"),
    "end": st.column_config.DateColumn("To", format="YYYY-MM-DD"),
    "precision": st.column_config.TextColumn("Precision"),
    "qualifier": st.column_config.TextColumn("Qualifier"),
    "title": st.column_config.TextColumn("Title", width="large"),
    "label": st.column_config.TextColumn("Label", help="The short headline the chart shows"),
    "importance": st.column_config.NumberColumn(
        "Importance",
        help="3 matters most, 1 is background; 2 when not given",
        format="%d",
        width="small",
    ),
    "status": st.column_config.TextColumn(
        "Status",
        help="happened; planned (scheduled, expected, intended); claimed (reported, unproven)",
        width="small",
    ),
    "summary": st.column_config.TextColumn("Summary", width="large"),
    "actors": st.column_config.TextColumn("Actors"),
    "places": st.column_config.TextColumn("Places"),
    "topics": st.column_config.TextColumn("Topics"),
    "quote": st.column_config.TextColumn(
        "Quote",
        help="Words quoted in the source; the Actors column names who is involved",
        width="large",
    ),
    "source": st.column_config.TextColumn("Source"),
    "source_url": st.column_config.LinkColumn(
        "Link", help="The source's web page (only http and https links are shown)"
    ),
    "error": st.column_config.TextColumn("Problem", width="large"),
}
TABLE_KEY = "events_table"
CONTENT_ROWS, SCROLL_PX = 30, 640  # longer tables scroll inside a fixed height


def table_rows(df: pd.DataFrame) -> pd.DataFrame:
    """The table's columns, rows with problems first (flagged), dataset order otherwise."""
    rows = df.sort_values("has_error", ascending=False, kind="stable")
    flag = rows["has_error"].map({True: FLAG, False: ""})
    links = rows["source_url"].fillna("").astype(str).map(safe_url)
    return rows.assign(flag=flag, source_url=links)[list(TABLE_CONFIG)]


def show_table(df: pd.DataFrame) -> None:
    """Draw the events of `df` as a table; every text column is shown as plain text."""
    st.dataframe(
        table_rows(df),
        hide_index=True,
        width="stretch",
        height="content" if len(df) <= CONTENT_ROWS else SCROLL_PX,
        column_config=TABLE_CONFIG,
        key=TABLE_KEY,
    )
