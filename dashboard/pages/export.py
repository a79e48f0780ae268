"""The Export tab: the whole filtered view as a titled, credited image (PNG, SVG or PDF), the
Present deck as a PDF handout (dashboard.pages.handout), and data files (CSV, JSON, TimelineJS
JSON and sheet CSV, iCalendar), each behind a download button.

Images are drawn when "Prepare image" is pressed, by the shared browser that opening the tab
starts (dashboard.export.images), and kept in st.session_state[PREPARED] with the request that
drew them: the download button offers an image only while the settings still match it. Title
and subtitle follow the dataset and the filters until edited. A view with no dated events gets
a note saying why instead of the image settings. Text from the dataset is shown with st.text and
st.code (or escaped by `literal`), never as markdown.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd
import streamlit as st

from dashboard.chart.lanes import LANE_MODES
from dashboard.export.credits import alt_text, credit_line, default_subtitle, nothing_to_draw
from dashboard.export.downloads import (
    DATA_DOWNLOADS,
    ImageRequest,
    data_file_name,
    image_file_name,
    left_out,
    named,
    reference_date,
    refused,
    settled,
    shown_events,
)
from dashboard.export.images import (
    FORMATS,
    MEDIA_TYPES,
    RENDERER,
    ExportUnavailable,
    export_image,
    prewarm,
)
from dashboard.export.looks import LOOKS, PRESETS
from dashboard.pages.data import Loaded, literal
from dashboard.pages.handout import show_handout
from dashboard.state.view import ViewState, chart_view
from events import formats

TITLE, SUBTITLE = "export_title", "export_subtitle"
FORMAT, PRESET, THEME = "export_format", "export_preset", "export_theme"
PREPARE, DOWNLOAD, ALT = "export_prepare", "export_download", "export_alt"
PREPARED = "_export_prepared"  # the last Prepared image
DEFAULTS = "_export_defaults"  # the prefilled title and subtitle of the last run
UNAVAILABLE = "_export_unavailable"  # why no browser could draw, until one can
# Alt text is prose to copy: the page's own type, a little smaller, not a wall of monospace.
CSS = f"""<style>.st-key-{ALT} :is(.stCode, pre, code) {{ font-family: inherit; }}
.st-key-{ALT} code {{ font-size: 0.95rem; line-height: 1.45; }}</style>"""
ABOUT = (
    "The image shows the Timeline tab's view: the filtered events, the From and To window,"
    " the lanes and the time scale, laid out again for the size chosen so every label fits."
)


@dataclass(frozen=True)
class Prepared:
    request: ImageRequest
    data: bytes
    file_name: str


def show_export(loaded: Loaded, events: pd.DataFrame, state: ViewState) -> None:
    """The image settings, preview, credit and alt text (or, when the filtered view has no
    dated events, why there is no image); then the data downloads."""
    if not RENDERER.running:
        prewarm()  # in the background: the first "Prepare image" then finds a warm browser
    st.html(CSS)
    st.caption(ABOUT)
    st.subheader("Image", anchor=False)
    empty = nothing_to_draw(state, events, len(loaded.frame))
    if empty:
        st.info(literal(f"{empty[0].upper()}{empty[1:]}."), icon=":material/info:")
    else:
        request = _settings(loaded, events, state)
        prepared = _prepare_and_offer(loaded, events, state, request)
        _show_result(loaded, events, request, prepared)
    show_handout(loaded, events, state)
    st.subheader("Data", anchor=False)
    _show_data(loaded, events, state)


def _settings(loaded: Loaded, events: pd.DataFrame, state: ViewState) -> ImageRequest:
    """Title, subtitle, format, size and background, as the reader left them."""
    _follow_defaults({
        TITLE: loaded.name,
        SUBTITLE: default_subtitle(state, len(events), len(loaded.frame)),
    })  # fmt: skip
    keep = {"persist_state": "session"}  # kept while another tab is open
    texts, choices = st.columns(2, gap="medium"), st.columns([2, 3, 3], gap="medium")
    title = texts[0].text_input("Title", key=TITLE, **keep)
    subtitle = texts[1].text_input("Subtitle", key=SUBTITLE, **keep)
    fmt = choices[0].radio("Format", FORMATS, key=FORMAT, format_func=str.upper,
                           horizontal=True, **keep)  # fmt: skip
    preset = choices[1].selectbox("Size", list(PRESETS), key=PRESET,
                                  format_func=lambda name: PRESETS[name].label, **keep)  # fmt: skip
    theme = choices[2].radio("Background", list(LOOKS), key=THEME, horizontal=True,
                             format_func=lambda name: LOOKS[name].label, **keep)  # fmt: skip
    return ImageRequest(
        dataset=loaded.name, ids=tuple(events["id"].astype(str)),
        lanes=state.lanes if state.lanes in LANE_MODES else "topic", scale=state.scale,
        window=(state.date_from, state.date_to), fmt=fmt, preset=preset, theme=theme,
        title=title or "", subtitle=subtitle or "",
    )  # fmt: skip


def _follow_defaults(defaults: dict[str, str]) -> None:
    """Prefill each text with its default, and keep it following until the reader edits it."""
    last = st.session_state.get(DEFAULTS) or {}
    for key, default in defaults.items():
        value = settled(st.session_state.get(key), last.get(key), default)
        if st.session_state.get(key) != value:
            st.session_state[key] = value
    st.session_state[DEFAULTS] = defaults


def _prepare_and_offer(
    loaded: Loaded, events: pd.DataFrame, state: ViewState, request: ImageRequest
) -> Prepared | None:
    """The Prepare button; then the prepared image's download, while it matches `request`."""
    failed = None
    with st.container(horizontal=True, vertical_alignment="center", gap="medium"):
        if st.button("Prepare image", key=PREPARE, icon=":material/image:"):
            failed = _prepare(loaded, events, state, request)
        prepared = st.session_state.get(PREPARED)
        current = isinstance(prepared, Prepared) and prepared.request == request
        if current:
            st.download_button(
                f"Download {request.fmt.upper()}", prepared.data, file_name=prepared.file_name,
                mime=MEDIA_TYPES[request.fmt], key=DOWNLOAD, on_click="ignore",
                icon=":material/download:", type="primary",
            )  # fmt: skip
            st.caption(literal(prepared.file_name), width="content")
        elif isinstance(prepared, Prepared):
            st.caption("The settings or filters changed: prepare the image again to download it.")
    if failed:
        st.error(failed)
    if st.session_state.get(UNAVAILABLE):
        st.warning(st.session_state[UNAVAILABLE], icon=":material/warning:")
    return prepared if current else None


def _prepare(
    loaded: Loaded, events: pd.DataFrame, state: ViewState, request: ImageRequest
) -> str | None:
    """Draw the image for `request` and keep it; None, or what went wrong this time (a missing
    browser is kept in st.session_state[UNAVAILABLE] until one is found)."""
    palette = loaded.palette(request.lanes)
    view = chart_view(state, events, reference=reference_date(loaded.frame), palette=palette)
    try:
        with st.spinner("Drawing the image…"):
            data = export_image(
                events, view, fmt=request.fmt, preset=request.preset, theme=request.theme,
                title=request.title, subtitle=request.subtitle, credit=_credit(loaded),
                alt=_alt(events, request),
            )  # fmt: skip
    except ExportUnavailable as exc:
        st.session_state[UNAVAILABLE] = str(exc)
        return None
    except Exception as exc:  # a wedged or crashed browser: the page itself keeps working
        return f"Could not draw the image ({type(exc).__name__}). Press Prepare image again."
    st.session_state.pop(UNAVAILABLE, None)
    name = image_file_name(request, state, events)
    st.session_state[PREPARED] = Prepared(request, data, name)
    return None


def _credit(loaded: Loaded) -> str:
    return credit_line(loaded.frame["source"])


def _alt(events: pd.DataFrame, request: ImageRequest) -> str:
    return alt_text(events, title=request.title, lanes=request.lanes)


def _show_result(
    loaded: Loaded, events: pd.DataFrame, request: ImageRequest, prepared: Prepared | None
) -> None:
    """The PNG's preview (when there is one), the credit line and the alt text to copy."""
    alt = _alt(events, request)
    preview, words = st.columns([3, 2], gap="medium")
    with preview:
        if prepared is not None and request.fmt == "png":
            st.image(prepared.data, width="stretch", alt=alt)
        elif prepared is not None:
            st.caption(f"{request.fmt.upper()} ready to download; previews are shown for PNG.")
        else:
            st.caption("Press Prepare image to draw it; a PNG is previewed here.")
    with words:
        st.markdown("**Credit line**, drawn under the chart")
        st.text(_credit(loaded))
        st.markdown("**Alt text**, to publish with the image")
        with st.container(key=ALT):
            st.code(alt, language=None, wrap_lines=True)


def _show_data(loaded: Loaded, events: pd.DataFrame, state: ViewState) -> None:
    """One download button per data format, each holding only the filtered events."""
    shown = shown_events(loaded.events, events["id"])
    st.caption(f"The {len(shown)} filtered events, with the date as written, the resolved"
               " span, its precision and qualifier.")  # fmt: skip
    notes = []
    with st.container(horizontal=True, gap="small"):
        for download in DATA_DOWNLOADS:
            fmt = formats.get(download.format)
            name = data_file_name(loaded.name, state, events, download)
            st.download_button(
                download.label, _data_file(download.format, loaded.name, events, shown),
                file_name=name, mime=fmt.media_type, key=download.key, on_click="ignore",
                icon=":material/download:", help=f"{fmt.label}: {name}",
            )  # fmt: skip
            missing = left_out(shown, download.format)
            if missing:
                notes.append(f"{download.label} leaves out {missing} event"
                             f"{'s' if missing != 1 else ''} without a readable date.")  # fmt: skip
            beyond = refused(shown, download.format)
            if beyond:
                notes.append(f"{download.label} leaves out {len(beyond)} event"
                             f"{'s' if len(beyond) != 1 else ''} dated outside AD 1 to AD 9999"
                             f" (its years have four digits): {named(beyond)}.")  # fmt: skip
    for note in notes:
        st.caption(note)


@st.cache_data(show_spinner=False, max_entries=32)
def _data_file(fmt: str, dataset: str, frame: pd.DataFrame, _events: list) -> bytes:
    """The file's bytes; cached per format, dataset name and filtered frame (its content
    stands for `_events`, which the frame's rows were made from)."""
    return formats.get(fmt).writer(_events, dataset).encode("utf-8")
