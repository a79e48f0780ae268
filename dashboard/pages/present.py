"""The Present tab: one event per slide in large type, for showing a timeline in class.

The slide index lives in st.session_state["slide"], reveal mode in ["reveal"] (the checkbox's
key). Buttons move the slide from callbacks, so a click is drawn in the same rerun; arrow keys,
Home and End press them. Dataset text goes through markdown_text: it shows, never renders;
and it is cut to what a slide holds (the dataset keeps all of it).
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import slides
from dashboard.details import Details, cut_details, markdown_text, row_details
from dashboard.state.view import ViewState

# Sizes for a 1280x720 projector with the sidebar open, scoped to this page's keyed containers:
# the title, date, source and summary all fit above the fold, the summary cut at three lines.
CSS = """<style>
.st-key-slide_title p { font-size: 42px; line-height: 1.1; font-weight: 700; }
.st-key-slide_date p { font-size: 22px; line-height: 1.3; color: #444; }
.st-key-slide_source p { font-size: 18px; line-height: 1.3; color: #555; }
.st-key-slide_summary p, .st-key-slide_full_summary p { font-size: 22px; line-height: 1.35; }
.st-key-slide_people p { font-size: 19px; line-height: 1.35; }
.st-key-slide p { overflow-wrap: anywhere; }
.st-key-slide_position p { font-size: 21px; font-weight: 600; margin: 0; white-space: nowrap;
  text-align: center; }
</style>"""
# (key, label, icon, keyboard shortcut, where it goes from slide i of n)
BUTTONS = (
    ("slide_first", "First", ":material/first_page:", "Home", lambda i, n: 0),
    ("slide_prev", "Previous", ":material/chevron_left:", "Left", lambda i, n: i - 1),
    ("slide_next", "Next", ":material/chevron_right:", "Right", lambda i, n: i + 1),
    ("slide_last", "Last", ":material/last_page:", "End", lambda i, n: n - 1),
)


def show_present(df: pd.DataFrame, state: ViewState) -> None:
    """Slides of the dated events of `df`, in date order, with controls and a mini overview."""
    st.html(CSS)
    order = slides.slide_order(df)
    if order.empty:
        st.info("No dated events to present: loosen the filters.")
        return
    index = slides.clamp(st.session_state.get("slide", state.slide), len(order))
    st.session_state["slide"] = index  # clamped when the filters left fewer slides
    if "reveal" not in st.session_state:
        st.session_state["reveal"] = state.reveal
    _show_controls(index, len(order))
    figure = slides.overview_figure(order, index, reveal=bool(st.session_state["reveal"]))
    st.plotly_chart(
        figure,
        key="slide_overview",
        theme=None,
        width="stretch",
        config={"staticPlot": True},
        alt=f"Overview: event {slides.position_text(index, len(order))} on the timeline",
    )
    _show_slide(order.iloc[index])


def _show_controls(index: int, count: int) -> None:
    """First, previous, the position, next, last, and the reveal switch, on one row."""
    columns = st.columns([1.3, 1.4, 1.5, 1.15, 1.2, 1.45], vertical_alignment="center")
    for column, (key, label, icon, shortcut, target) in zip(
        (*columns[:2], *columns[3:5]), BUTTONS, strict=True
    ):
        column.button(
            label,
            key=key,
            icon=icon,
            shortcut=shortcut,
            on_click=_go,
            args=(target(index, count), count),
            width="stretch",
        )
    with columns[2], st.container(key="slide_position"):
        st.markdown(slides.position_text(index, count))
    columns[5].checkbox("Reveal mode", key="reveal", help="Show only events up to this one")


def _go(target: int, count: int) -> None:
    st.session_state["slide"] = slides.clamp(target, count)


def _show_slide(row: pd.Series) -> None:
    """Title, date line and source close under it, summary, actors and places: as text.

    The source sits by the date, not at the bottom, so a long summary never pushes it off
    the screen; a summary longer than three lines is cut, the rest a click away.
    """
    details, _ = cut_details(row_details(row), title_chars=slides.SLIDE_TITLE_CHARS)
    with st.container(key="slide", gap="xsmall"):
        with st.container(key="slide_title"):
            st.markdown(markdown_text(slides.slide_title(details)))
        with st.container(key="slide_date"):
            line = f"“{details.written}”  ·  {details.resolved}  ·  {details.precision}"
            st.markdown(markdown_text(line))
        _show_source(details)
        if details.summary:
            _show_summary(details.summary)
        people = [(name, ", ".join(items)) for name, items in _people(details) if items]
        if people:
            # Actors and places share a line when they fit: vertical room is what is short.
            with st.container(key="slide_people", horizontal=True, gap="medium"):
                for name, text in people:
                    st.markdown(f"**{name}:** {markdown_text(text)}")


def _show_source(details: Details) -> None:
    """"Source: name", a link when the event has an http(s) URL."""
    if details.source or details.source_url:
        with st.container(key="slide_source"):
            source = markdown_text(details.source or "source")
            link = f"[{source}]({details.source_url})" if details.source_url else source
            st.markdown(f"Source: {link}")


def _show_summary(summary: str) -> None:
    """The summary, or its first three lines or so and a "More" button showing all of it."""
    short = slides.short_summary(summary)
    with st.container(horizontal=True, vertical_alignment="bottom", gap="small"):
        with st.container(key="slide_summary"):
            st.markdown(markdown_text(short))
        if short != summary:
            more = st.popover("More", key="slide_more", type="tertiary", help="The whole summary")
            with more, st.container(key="slide_full_summary"):
                st.markdown(markdown_text(summary))


def _people(details) -> tuple:
    return (("Actors", details.actors), ("Places", details.places))
