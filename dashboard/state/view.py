"""What the reader is looking at, as one value that round-trips through the URL query string.

`from_query` reads each field on its own: a garbage or hostile value drops that field back to
its default and keeps the rest, so a mangled shared link still opens something sensible.
"""

from __future__ import annotations

import hashlib
from collections.abc import Mapping
from dataclasses import dataclass, fields
from datetime import date

import pandas as pd

from dashboard.chart.lanes import Palette
from dashboard.chart.scales import SCALES
from dashboard.chart.view import SCREEN_WIDTH, ChartView
from events.dataset.builtin import BUILTINS
from events.day import AnyDay, Day, parse_iso
from events.span import PRECISIONS

TABS = ("timeline", "table", "present", "export", "article", "data")
TAB_LABELS = {tab: tab.title() for tab in TABS}  # what st.tabs shows and keeps in session_state
LABEL_TABS = {label: tab for tab, label in TAB_LABELS.items()}
LANES = ("topic", "actor", "all")
# The datasets a link may name: a built-in by name, or "file", the one the server was started on
DATASETS = (*BUILTINS, "file")
MAX_TEXT = 200
MAX_ITEMS = 50
MARK_CHARS = 10


@dataclass(frozen=True)
class ViewState:
    date_from: AnyDay | None = None  # a Day for years a date cannot hold (BC, after 9999)
    date_to: AnyDay | None = None
    topics: tuple[str, ...] = ()
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    min_precision: str = PRECISIONS[-1]  # the coarsest precision still shown: the last shows all
    search: str = ""
    lanes: str = "topic"
    scale: str = "auto"  # the time scale: auto, chronological, collapsed or sequential
    selected: str = ""  # the id of the event whose details are open
    tab: str = "timeline"
    slide: int = 1  # the Present tab's slide as the audience counts it: 1 is the title slide
    reveal: bool = False
    full: bool = False  # the Present tab full screen: only the slide and its overview strip
    data: str = ""  # which events the view was made on: "" for the server's own, else a mark
    dataset: str = ""  # one of DATASETS; "" for the one the server was started on


DEFAULT = ViewState()
LIST_FIELDS = ("topics", "actors", "places")


def chart_view(state: ViewState, df: pd.DataFrame, *, reference=None,
               palette: Palette | None = None, width: int = SCREEN_WIDTH,
               selected: str = "") -> ChartView:  # fmt: skip
    """What a chart of the events `df` shows for this state: its lanes, scale and From/To
    window; with a search, every event shown matched it and keeps its label first."""
    marked = frozenset(df["id"].astype(str)) if state.search.strip() else frozenset()
    return ChartView(
        lanes=state.lanes if state.lanes in LANES else "topic", scale=state.scale,
        width=max(int(width), 240), window=(state.date_from, state.date_to),
        reference=reference, selected=selected, marked=marked, palette=palette,
    )  # fmt: skip


def data_mark(frame: pd.DataFrame) -> str:
    """A short mark of a dataset's events (ids, dates as written, titles), written into a link
    made on uploaded or added events, so the link can tell when it is opened on other data."""
    text = "\n".join(frame["id"].astype(str) + "|" + frame["date"].astype(str) + "|"
                      + frame["title"].astype(str))  # fmt: skip
    return hashlib.sha256(text.encode("utf-8")).hexdigest()[:MARK_CHARS]


def missing(state: ViewState, offered) -> list[str]:
    """What `state` names that a dataset offering `offered` (dashboard.filters.Choices) lacks."""
    found = []
    for name in ("topics", "actors", "places"):
        absent = [value for value in getattr(state, name) if value not in getattr(offered, name)]
        if absent:
            found.append(f"{name} {', '.join(f'“{value}”' for value in absent)}")
    if state.selected and state.selected not in offered.ids:
        found.append(f"the event “{state.selected}”")
    return found


def to_query(state: ViewState) -> dict[str, str | list[str]]:
    """Only the fields that differ from the default; lists as repeated keys."""
    query: dict[str, str | list[str]] = {}
    for field in fields(ViewState):
        value = getattr(state, field.name)
        if value == getattr(DEFAULT, field.name):
            continue
        if field.name in LIST_FIELDS:
            query[field.name] = list(value)
        elif isinstance(value, bool):
            query[field.name] = "1"
        elif isinstance(value, date | Day):
            query[field.name] = value.isoformat()
        else:
            query[field.name] = str(value)
    return query


def from_query(params: Mapping[str, str | list[str]]) -> ViewState:
    """A state from query parameters; each unreadable field keeps its default."""
    values = {}
    for field in fields(ViewState):
        if field.name not in params:
            continue
        value = _READERS[field.name](params[field.name])
        if value is not None:
            values[field.name] = value
    return ViewState(**values)


def to_widgets(state: ViewState) -> dict[str, object]:
    """Each field as its widget keeps it in st.session_state (key = field name)."""
    values = {field.name: getattr(state, field.name) for field in fields(ViewState)}
    values.update({name: list(values[name]) for name in LIST_FIELDS})
    values["tab"] = TAB_LABELS[state.tab]
    return values


def from_widgets(values: Mapping[str, object]) -> ViewState:
    """A state from widget values (as to_widgets gives them); an odd value keeps its default."""
    read = {}
    for field in fields(ViewState):
        if field.name in values:
            value = _WIDGET_READERS[field.name](values[field.name])
            if value is not None:
                read[field.name] = value
    return ViewState(**read)


def _last(raw) -> str:
    """The last value given for a key, as text ("" for anything that is not text)."""
    if isinstance(raw, list | tuple):
        raw = raw[-1] if raw else ""
    return raw if isinstance(raw, str) else ""


def _date(raw) -> AnyDay | None:
    try:
        return parse_iso(_last(raw)[:40])
    except ValueError:
        return None


def _items(raw) -> tuple[str, ...] | None:
    items = raw if isinstance(raw, list | tuple) else [raw]
    cleaned = (_text(item) for item in items[: MAX_ITEMS * 4] if isinstance(item, str))
    return tuple(dict.fromkeys(item for item in cleaned if item))[:MAX_ITEMS] or None


def _text(raw) -> str:
    printable = (ch for ch in _last(raw)[: MAX_TEXT * 4] if ch.isprintable())
    return "".join(printable)[:MAX_TEXT].strip()


def _choice(options):
    return lambda raw: _last(raw) if _last(raw) in options else None


def _int(raw) -> int | None:
    text = _last(raw).strip()
    return int(text) if text.isascii() and text.isdigit() and len(text) < 7 else None


def _flag(raw) -> bool | None:
    return {"1": True, "true": True, "0": False, "false": False}.get(_last(raw).lower())


def _mark(raw) -> str | None:
    text = _last(raw).strip().lower()
    hexadecimal = all(char in "0123456789abcdef" for char in text)
    return text if 0 < len(text) <= MARK_CHARS and hexadecimal else None


_READERS = {
    "date_from": _date, "date_to": _date,
    "topics": _items, "actors": _items, "places": _items,
    "min_precision": _choice(PRECISIONS), "search": lambda raw: _text(raw) or None,
    "lanes": _choice(LANES), "scale": _choice(SCALES),
    "selected": lambda raw: _text(raw) or None,
    "tab": _choice(TABS), "slide": _int, "reveal": _flag, "full": _flag, "data": _mark,
    "dataset": _choice(DATASETS),
}  # fmt: skip


def _is(kind, check=lambda value: True):
    return lambda value: value if isinstance(value, kind) and check(value) else None


def _listed(value) -> tuple[str, ...] | None:
    return tuple(map(str, value)) if isinstance(value, list | tuple) else None


def _count(value) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


_WIDGET_READERS = {
    "date_from": _is(date | Day), "date_to": _is(date | Day),
    "topics": _listed, "actors": _listed, "places": _listed,
    "min_precision": _is(str, PRECISIONS.__contains__), "search": _is(str),
    "lanes": _is(str, LANES.__contains__), "scale": _is(str, SCALES.__contains__),
    "selected": _is(str),
    "tab": lambda label: LABEL_TABS.get(label) if isinstance(label, str) else None,
    "slide": _count, "reveal": _is(bool), "full": _is(bool), "data": _is(str),
    "dataset": _is(str, ("", *DATASETS).__contains__),
}  # fmt: skip
