"""The Export tab's handout: the Present deck of the filtered events (an opening slide, one
slide per dated event, the sources) as a PDF, one slide per page or six.

It is drawn when "Prepare handout" is pressed, a progress bar counting the pages, and kept in
st.session_state[PREPARED] with what it was drawn from: the download is offered only while the
events and the choice still match. A view with no dated events, or too many, says why instead.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.export.credits import file_name, nothing_to_draw
from dashboard.export.handout.pdf import PER_PAGE, handout_pdf, page_count, too_many
from dashboard.export.handout.sheets import SHEETS
from dashboard.export.images import ExportUnavailable
from dashboard.pages.data import Loaded, literal
from dashboard.present import deck
from dashboard.present.slides import slide_order
from dashboard.state.view import ViewState

PER_PAGE_KEY, PREPARE, DOWNLOAD = "handout_per_page", "handout_prepare", "handout_download"
PREPARED = "_handout_prepared"
# The image's note above already says which filters left no dated event.
UNDATED = "No handout: no filtered event has a readable date to put on a slide."


@dataclass(frozen=True)
class Request:
    """What a handout is drawn from: the dataset, the events in deck order, slides per page."""

    dataset: str
    ids: tuple[str, ...]
    per_page: int


@dataclass(frozen=True)
class Prepared:
    request: Request
    data: bytes
    file_name: str


def show_handout(loaded: Loaded, events: pd.DataFrame, state: ViewState) -> None:
    """The handout's choice, Prepare button and download; or why there is none."""
    st.subheader("Handout (PDF)", anchor=False)
    order = slide_order(events)
    if nothing_to_draw(state, events, len(loaded.frame)):
        st.info(UNDATED, icon=":material/info:")
        return
    if too_many(order):
        st.info(literal(f"No handout: {too_many(order)}."), icon=":material/info:")
        return
    st.caption(f"The Present tab's {deck.size(order)} slides, to print: the opening slide, one"
               " slide per dated event with where it sits in time, and the sources.")  # fmt: skip
    per_page = st.radio("Slides per page", PER_PAGE, key=PER_PAGE_KEY, horizontal=True,
                        format_func=lambda n: SHEETS[n].label,
                        persist_state="session")  # fmt: skip
    request = Request(loaded.name, tuple(order["id"].astype(str)), int(per_page))
    failed = ""
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        if st.button("Prepare handout", key=PREPARE, icon=":material/picture_as_pdf:"):
            failed = _prepare(loaded, events, state, order, request)
        prepared = st.session_state.get(PREPARED)
        current = isinstance(prepared, Prepared) and prepared.request == request
        if current:
            st.download_button(
                "Download handout", prepared.data, file_name=prepared.file_name,
                mime="application/pdf", key=DOWNLOAD, on_click="ignore",
                icon=":material/download:", type="primary",
            )  # fmt: skip
            st.caption(literal(prepared.file_name), width="content")
        elif isinstance(prepared, Prepared):
            st.caption("The events or the layout changed: prepare the handout again to"
                       " download it.")  # fmt: skip
    if failed:
        st.error(failed)


def _prepare(loaded: Loaded, events: pd.DataFrame, state: ViewState, order: pd.DataFrame,
             request: Request) -> str:  # fmt: skip
    """Draw the handout and keep it; "" or what went wrong."""
    pages = page_count(order, request.per_page)
    bar = st.progress(0.0, text=f"Drawing page 1 of {pages}…")

    def drawn(done: int, total: int) -> None:
        bar.progress(done / total, text=f"Drawing page {min(done + 1, total)} of {total}…")

    try:
        data = handout_pdf(order, loaded.name, request.per_page, on_page=drawn)
    except ExportUnavailable as exc:
        return str(exc)
    except Exception as exc:  # a wedged or crashed browser: the page itself keeps working
        return f"Could not draw the handout ({type(exc).__name__}). Press Prepare handout again."
    finally:
        bar.empty()
    name = file_name(loaded.name, state, events, preset=f"handout-{request.per_page}-per-page",
                     fmt="pdf")  # fmt: skip
    st.session_state[PREPARED] = Prepared(request, data, name)
    return ""
