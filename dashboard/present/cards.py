"""The three kinds of slide, drawn as text: the opening (the dataset's name, its years, how many
events, the credit line), an event, and the closing list of sources.

Dataset text goes through markdown_text: it shows, never renders; it is cut to what a slide
holds (the dataset keeps all of it). The only links are http(s) sources.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.details import Details, cut_details, cut_text, markdown_text, row_details
from dashboard.present import deck, slides

NAME_CHARS = 120  # about two lines of the opening's name type


def show_opening(opening: deck.Opening) -> None:
    """The title slide."""
    with st.container(key="slide_opening", gap="small"):
        with st.container(key="slide_name"):
            st.markdown(markdown_text(cut_text(opening.name, NAME_CHARS) or "Timeline"))
        if opening.years:
            with st.container(key="slide_years"):
                st.markdown(markdown_text(opening.years))
        with st.container(key="slide_count"):
            st.markdown(f"{opening.count} event{'' if opening.count == 1 else 's'}")
        _credit(opening.credit)


def show_closing(closing: deck.Closing) -> None:
    """The last slide: each source once, a link when it has an http(s) address."""
    with st.container(key="slide_closing", gap="small"):
        with st.container(key="slide_sources_title"):
            st.markdown("Sources")
        lines = [f"- {_linked(name, url)}" for name, url in closing.sources]
        if closing.more:
            lines.append(f"- and {closing.more} more")
        with st.container(key="slide_sources"):
            st.markdown("\n".join(lines) or "No source is named in these events.")
        _credit(closing.credit)


def show_event(row: pd.Series) -> None:
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


def _credit(text: str) -> None:
    with st.container(key="slide_credit"):
        st.markdown(markdown_text(text))


def _linked(name: str, url: str) -> str:
    return f"[{markdown_text(name)}]({url})" if url else markdown_text(name)


def _show_source(details: Details) -> None:
    """The "Source: name" line, a link when the event has an http(s) URL."""
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


def _people(details: Details) -> tuple:
    return (("Actors", details.actors), ("Places", details.places))
