"""The baseline page for bench_labels.py: the built-in dataset's events as a plain px.scatter
(start day against first topic), nothing else, in the same Streamlit, to time against."""

import plotly.express as px
import streamlit as st

from dashboard.frame import events_frame
from events import default_dataset

frame = events_frame(default_dataset().events).dropna(subset=["start"])
frame["lane"] = frame["topics"].str.split(";").str[0]
st.caption(f"{len(frame)} of {len(frame)} events")
st.plotly_chart(px.scatter(frame, x="start", y="lane", hover_name="title"), key="timeline")
