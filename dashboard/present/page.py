"""The Present tab, and the same deck full screen for a projector: an opening slide, one slide
per dated event in date order, a closing slide of sources, a strip with the whole timeline.

The slide is st.session_state["slide"], counted from 1 as the audience reads it (1 is the
opening), so `?tab=present&slide=12` is slide 12; reveal mode is ["reveal"] (the checkbox's
key) and full screen ["full"]. Buttons and the key listener move the slide from callbacks, so
a click or a key is drawn in the same rerun. In full screen only the slide and the strip are
drawn (the app draws no title, tabs or sidebar then); Exit or Esc goes back to the tab.
"""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard.export.looks import painted, screen_look
from dashboard.present import cards, deck, keys, look, slides
from dashboard.state.view import TAB_LABELS, ViewState

# (key, label, icon, where it goes from position p of a deck of n)
BUTTONS = (
    ("slide_first", "First", ":material/first_page:", lambda p, n: 0),
    ("slide_prev", "Previous", ":material/chevron_left:", lambda p, n: p - 1),
    ("slide_next", "Next", ":material/chevron_right:", lambda p, n: p + 1),
    ("slide_last", "Last", ":material/last_page:", lambda p, n: n - 1),
)


def show_present(df: pd.DataFrame, state: ViewState, name: str = "") -> None:
    """The deck of the dated events of `df` (a dataset called `name`), in the tab or full
    screen as `state.full` says."""
    st.html(look.css(full=state.full))
    order = slides.slide_order(df)
    with st.container(key="present"):
        if order.empty:
            st.info("No dated events to present: loosen the filters.")
            if state.full:
                _exit_button()
            return
        size = deck.size(order)
        position = slides.clamp(st.session_state.get("slide", state.slide) - 1, size)
        st.session_state["slide"] = position + 1  # clamped when the filters left fewer slides
        if "reveal" not in st.session_state:
            st.session_state["reveal"] = state.reveal
        screen = keys.listen(position, size, full=state.full, go=_go, leave=_leave)
        if not state.full:
            _show_controls(position, size)
        overview = _overview(order, position, screen)
        if state.full:
            with st.container(key="slide_stage"):
                _show_slide(order, position, name)
            with st.container(key="present_strip", gap="xsmall"):
                overview()
                _show_bar(position, size)
        else:
            overview()
            _show_slide(order, position, name)


def _show_slide(order: pd.DataFrame, position: int, name: str) -> None:
    kind = deck.kind(position, order)
    if kind == "opening":
        cards.show_opening(deck.opening(order, name))
    elif kind == "closing":
        cards.show_closing(deck.closing(order))
    else:
        cards.show_event(deck.event_row(position, order))


def _overview(order: pd.DataFrame, position: int, screen: keys.Screen):
    """A drawing of the strip: the whole timeline, this slide's event marked."""
    reveal = bool(st.session_state["reveal"])
    font = slides.overview_font(screen.width)
    figure = slides.overview_figure(order, position - 1, reveal=reveal, font_px=font,
                                    width=screen.width or slides.NARROW_PX)  # fmt: skip
    figure = painted(figure, screen_look(st.context.theme.type))  # dark on a dark page
    where = deck.kind(position, order)
    alt = {"opening": "Overview of the timeline: the title slide",
           "closing": "Overview of the timeline: the closing slide"}.get(
        where, f"Overview: event {position} of {len(order)} on the timeline")  # fmt: skip
    return lambda: st.plotly_chart(figure, key="slide_overview", theme=None, width="stretch",
                                   config={"staticPlot": True}, alt=alt)  # fmt: skip


def _show_controls(position: int, size: int) -> None:
    """First, previous, the position, next, last, the reveal switch and full screen."""
    with st.container(key="present_controls", horizontal=True, vertical_alignment="center",
                      gap="small"):  # fmt: skip
        for key, label, icon, target in BUTTONS[:2]:
            _move_button(key, label, icon, target(position, size))
        with st.container(key="slide_position", width="content"):
            st.markdown(slides.position_text(position, size))
        for key, label, icon, target in BUTTONS[2:]:
            _move_button(key, label, icon, target(position, size))
        st.checkbox("Reveal mode", key="reveal", help="Show only events up to this one")
        st.button("Full screen", key="present_full_on", icon=":material/fullscreen:",
                  type="primary", on_click=_enter,
                  help="Only the slide and the timeline, for a projector; Esc leaves")  # fmt: skip


def _show_bar(position: int, size: int) -> None:
    """Full screen's slim bar: back, the position, forward, and Exit."""
    with st.container(key="present_bar", horizontal=True, vertical_alignment="center",
                      gap="small"):  # fmt: skip
        _move_button("slide_prev", "", ":material/chevron_left:", position - 1, "Previous")
        with st.container(key="slide_position", width="content"):
            st.markdown(slides.position_text(position, size))
        _move_button("slide_next", "", ":material/chevron_right:", position + 1, "Next")
        st.space("stretch")
        _exit_button()


def _move_button(key: str, label: str, icon: str, target: int, help: str | None = None) -> None:
    st.button(label, key=key, icon=icon, on_click=_go, args=(target,), help=help)


def _exit_button() -> None:
    st.button("Exit", key="present_full_off", icon=":material/close_fullscreen:",
              on_click=_leave, help="Back to the Present tab (Esc)")  # fmt: skip


def _go(position: int) -> None:
    """Callback: show the slide at `position` (0-based; clamped when drawn)."""
    st.session_state["slide"] = max(int(position), 0) + 1


def _enter() -> None:
    st.session_state["full"] = True


def _leave() -> None:
    """Callback: back to the Present tab, its sidebar and controls."""
    st.session_state["full"] = False
    st.session_state["tab"] = TAB_LABELS["present"]
