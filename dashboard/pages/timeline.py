"""The Timeline tab: the labelled chart, sized for the reader's screen, and the details of the
event clicked.

A click on an event puts its id (the point's customdata) into st.session_state["selected"];
a click on a "+N more" tag sets the From and To filters to that stretch of time. Wide screens
show the details beside the chart, narrower ones below it; under about 640 px the chart turns
vertical. Rows the chart cannot draw are counted above it, with a way to the Data tab.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard.chart.figure import timeline_figure
from dashboard.chart.label_traces import window_of
from dashboard.chart.lanes import LANE_MODES
from dashboard.chart.view import SCREEN_WIDTH, ChartView
from dashboard.details import (
    TITLE_CHARS,
    Details,
    cut_details,
    cut_text,
    event_details,
    markdown_text,
    quote_credit,
)
from dashboard.event_list import show_event_list
from dashboard.export.credits import alt_text, credit_line, default_subtitle, file_name
from dashboard.export.downloads import reference_date
from dashboard.export.images import export_image, find_browser
from dashboard.export.looks import Look, painted, screen_look
from dashboard.pages.data import Loaded
from dashboard.screen_width import reported_width
from dashboard.state.view import TAB_LABELS, ViewState, chart_view
from dashboard.touch_tap import first_tap_selects
from events.day import parse_iso

CHART_KEY = "timeline"
FIGURES_KEPT = 32  # figures kept for every session of the server: a class on a few views
DRAWN_FROM = ["id", "date", "title", "label", "importance", "start", "end", "precision",
              "qualifier", "approximate", "ongoing", "topics", "actors", "error", "published"]
CHART_CONFIG = {
    "displaylogo": False,
    # Zoom and pan stay; the camera goes: its image would have no title or credit line. The
    # Export tab and the download button beside the chart give the dressed image.
    "modeBarButtonsToRemove": ["select2d", "lasso2d", "toImage", "autoScale2d"],
    "scrollZoom": False,
}
HINT = "Click an event on the timeline to see its details here."
TAPPED = "details_tapped"  # set by a click on an event; the next run may open them in a dialog
# The tap helper has nothing to show: out of the bar's flow, it leaves no gap beside the others.
CSS = ("<style>.st-key-details h3 { font-size: 1.35rem; line-height: 1.25; }"
       " .st-key-touch_tap { position: absolute; width: 0; }</style>")  # fmt: skip
BESIDE_PX = 1100  # from this main-column width the details sit beside the chart
DETAILS_SHARE, GAP_PX = 0.28, 16
SLACK_PX = 4  # the chart is drawn this much narrower than its column, never wider
TOOLBAR_PX = 30  # kept free above the key: Plotly's toolbar shows there, over nothing


def show_timeline(loaded: Loaded, df: pd.DataFrame, state: ViewState) -> None:
    """Draw the timeline of `df` (the filtered events of `loaded`); a click opens the event's
    details (or a tag's stretch of time)."""
    st.html(CSS)
    column = reported_width() or SCREEN_WIDTH
    beside = column >= BESIDE_PX
    chart_px = round((column - GAP_PX) * (1 - DETAILS_SHARE)) if beside else column
    selected = str(st.session_state.get("selected", state.selected) or "")
    palette = loaded.palette(state.lanes if state.lanes in LANE_MODES else "topic")
    # The figure leaves the selection out: a figure that changed with each click would be a new
    # chart to Streamlit, and the reader's zoom would be lost. The browser shows the selection.
    view = chart_view(state, df, width=chart_px - SLACK_PX, reference=reference_date(loaded.frame),
                      palette=palette)  # fmt: skip
    view = replace(view, top=TOOLBAR_PX)
    with st.container(horizontal=True, vertical_alignment="center", key="chart_bar"):
        first_tap_selects()
        show_missing(df)
        _download(loaded, df, state, view)
    if beside:
        chart, panel = st.columns([1 - DETAILS_SHARE, DETAILS_SHARE], gap="medium")
    else:
        chart = panel = st.container()
    look = screen_look(st.context.theme.type)
    with chart:
        st.plotly_chart(
            _figure(loaded, df, view, look), key=CHART_KEY, theme=None, on_select=_on_select,
            selection_mode="points", width="content", config=CHART_CONFIG,
            alt=_alt_text(loaded, df, view),
        )  # fmt: skip
        show_event_list(df, view.lanes, selected)
    with panel, st.container(key="details", border=True):
        show_details(event_details(df, selected), selected)
    if st.session_state.pop(TAPPED, False) and view.vertical:
        _details_dialog(event_details(df, selected), selected)


def _figure(loaded: Loaded, df: pd.DataFrame, view: ChartView, look: Look):
    """The timeline figure in the page's look, drawn again only when its events or view
    changed: a click that opens an event's details reruns the page but leaves the chart as it
    was, and readers of one server looking at the same view (a class) share one drawing."""
    palette = tuple(view.palette.lanes.items()) if view.palette else ()
    key = (_drawn_key(loaded, df), len(df), replace(view, palette=None), palette, look.name)
    return _shared_figure(key, df, view, look)


def _drawn_key(loaded: Loaded, df: pd.DataFrame) -> int:
    """A number that changes with what the chart shows of `df`, rows of `loaded.frame` under
    its index: the sum of the rows' fingerprints, each row hashed once per dataset."""
    prints = loaded.memo("fingerprints", lambda: pd.util.hash_pandas_object(
        loaded.frame[DRAWN_FROM], index=False))  # fmt: skip
    return int(prints.reindex(df.index).sum())


@st.cache_resource(max_entries=FIGURES_KEPT, show_spinner=False)
def _shared_figure(key: tuple, _df: pd.DataFrame, _view: ChartView, _look: Look):
    """The figure for `key` (what it shows), drawn once for every session of this server."""
    return painted(timeline_figure(_df, _view), _look)


def _download(loaded: Loaded, df: pd.DataFrame, state: ViewState, view: ChartView) -> None:
    """The chart as a web-sized PNG with its title and credit line, drawn when clicked (the
    Export tab offers the other sizes, formats and looks)."""
    if df["start"].notna().sum() == 0 or find_browser() is None:
        return

    def png() -> bytes:  # drawn on the click, on its own thread: nothing here slows a rerun
        title = loaded.name
        return export_image(
            df, view, fmt="png", title=title,
            subtitle=default_subtitle(state, len(df), len(loaded.frame)),
            credit=credit_line(loaded.frame["source"]),
            alt=alt_text(df, title=title, lanes=view.lanes),
        )  # fmt: skip

    st.download_button(
        "Download PNG", png, file_name=file_name(loaded.name, state, df, preset="web", fmt="png"),
        mime="image/png", key="timeline_png", on_click="ignore", type="tertiary",
        icon=":material/download:", help="The chart as it is here, titled and credited,"
        " 1200 x 675. Other sizes and formats: the Export tab.",
    )  # fmt: skip


def show_missing(df: pd.DataFrame) -> None:
    """How many rows are not drawn (no readable date) or drawn despite a warning."""
    unplaced = int(df["start"].isna().sum())
    warned = int((df["start"].notna() & (df["error"].fillna("") != "")).sum())
    if not unplaced and not warned:
        st.space("stretch")
        return
    parts = []
    if unplaced:
        many = unplaced != 1
        parts.append(f"{unplaced} row{'s are' if many else ' is'}n't on the timeline: "
                     f"{'their dates' if many else 'its date'} can't be read.")  # fmt: skip
    if warned:
        parts.append(f"{warned} row{'s are' if warned != 1 else ' is'} drawn despite a warning"
                     " (⚠ on the label).")  # fmt: skip
    with st.container(key="missing", horizontal=True, vertical_alignment="center"):
        st.caption(" ".join(parts), width="content")
        st.button("See them in the Data tab", key="to_data", on_click=_open_data,
                  type="tertiary", icon=":material/table_rows:")  # fmt: skip
    st.space("stretch")


def _open_data() -> None:
    st.session_state["tab"] = TAB_LABELS["data"]


def _on_select() -> None:
    """Callback: open the clicked event, or a clicked tag's stretch of time (an empty
    selection keeps the open one)."""
    event = st.session_state.get(CHART_KEY)
    points = event.selection.points if event is not None else []
    data = [point.get("customdata") for point in points if point.get("customdata")]
    if not data:
        return
    window = window_of(data[0])
    if window is not None:
        st.session_state["date_from"] = parse_iso(window[0])  # BC days too: not pd.Timestamp
        st.session_state["date_to"] = parse_iso(window[1])
    else:
        st.session_state["selected"] = str(data[0])
        st.session_state[TAPPED] = True


def _close() -> None:
    st.session_state["selected"] = ""


@st.dialog("Event details", width="large")
def _details_dialog(details: Details | None, selected: str) -> None:
    """The tapped event's details over the chart: on a phone the panel is below a long chart,
    out of sight."""
    with st.container(key="details_dialog"):
        show_details(details, selected, closable=False)  # the dialog has its own close


def show_details(details: Details | None, selected: str, closable: bool = True) -> None:
    """The event's title, then its fields, source link and quote; or a hint. Long texts are
    cut, saying so: the dataset keeps them whole."""
    if details is None:
        st.markdown("**No event selected**")
        shown = cut_text(selected, TITLE_CHARS)
        missing = f"The event “{shown}” is not among the events shown. " if selected else ""
        st.caption(markdown_text(missing + HINT))
        return
    details, note = cut_details(details)
    st.subheader(markdown_text(details.title), anchor=False)
    if details.summary:
        st.markdown(markdown_text(details.summary))
    for label, text in details.fields():
        st.markdown(f"**{label}:** {markdown_text(text)}")
    _show_source(details)
    if details.quote:
        st.markdown("> " + markdown_text(f"“{details.quote}”"))
        st.caption(markdown_text(f"— {quote_credit(details)}"))
    if note:
        st.caption(note)
    if closable:
        st.button("Close details", key="details_close", on_click=_close, type="tertiary")


def _show_source(details: Details) -> None:
    """The source as a link when its URL is http(s), else as plain text."""
    name = markdown_text(details.source or cut_text(details.source_url, TITLE_CHARS))
    if details.source_url:
        st.markdown(f"**Source:** [{name}]({details.source_url})")
    elif name:
        st.markdown(f"**Source:** {name}")


def _alt_text(loaded: Loaded, df: pd.DataFrame, view: ChartView) -> str:
    """The chart's accessible name and description: its span of time, lanes, first and last
    events (as an exported image's alt text), worked out once per view like the figure."""
    return _shared_alt((_drawn_key(loaded, df), len(df)), df, loaded.name, view.lanes)


@st.cache_resource(max_entries=FIGURES_KEPT, show_spinner=False)
def _shared_alt(key: tuple, _df: pd.DataFrame, title: str, lanes: str) -> str:
    return alt_text(_df, title=title, lanes=lanes) + " The Table tab lists every event as text."
