"""The Article tab: paste or upload articles, review the dated events found in them, add them.

Articles (pasted text, .txt/.html/.md files) -> publication date and source name, prefilled from
the dateline and the file name or first line, both editable -> "Find events" runs extraction
-> the candidates in a data editor (tick, retitle, set the status, check the proposed actors and
places, tag) -> "Add to timeline" keeps the ticked
ones on top of the dataset in use (dashboard.added_events), so every tab shows them. Text from
an article is only ever shown as text: in table cells, st.text, or escaped with literal().
"""

from __future__ import annotations

import hashlib
from dataclasses import dataclass
from datetime import date

import pandas as pd
import streamlit as st

from dashboard import added_events
from dashboard.article_rows import EDITABLE, LIST_FIELDS, SHOWN, candidates, left_out, to_events
from dashboard.pages import data as page_data
from dashboard.pages.data import literal
from events.article.dateline import dateline_date
from events.article.extract import extract
from events.article.text import ArticleError, article_text, first_line
from events.event import STATUSES

TEXT_KEY, FILES_KEY = "article_text", "article_files"
PUBLISHED_KEY, SOURCE_KEY = "article_published", "article_source"
EXTRACT_KEY, EDITOR_KEY, ADD_KEY = "article_extract", "article_candidates", "article_add"
LIST_KEY, REMOVE_KEY = "article_list", "article_remove"
FOUND, PREFILL, MESSAGE = "_article_found", "_article_prefill", "_article_message"
FILE_TYPES = ["txt", "html", "htm", "md"]
MAX_FILE_MB = 5
LONG_TEXT = 20_000  # characters; beyond this, or from MANY files on, extraction shows progress
MANY = 3
FIRST_DAY, LAST_DAY = date(1000, 1, 1), date(2999, 12, 31)
PASTED = "Pasted text"
SOURCE_LENGTH = 60  # a default source name longer than this is cut at a word
HINT = "Paste a news article above, or upload .txt, .html or .md files, then press Find events."
PROPOSALS = (
    "Actors and places are proposals to check: names the dataset already knows, and names"
    " read from each sentence's capitalised words. The status (happened, planned, claimed) is"
    " proposed from the words around each date."
)
EDITOR_COLUMNS = {
    "add": st.column_config.CheckboxColumn(
        "Add", help="Untick to leave the event out", width="small"
    ),
    "date": st.column_config.TextColumn("Date as written"),
    "start": st.column_config.DateColumn("From", format="YYYY-MM-DD"),
    "end": st.column_config.DateColumn("To", format="YYYY-MM-DD"),
    "precision": st.column_config.TextColumn("Precision", width="small"),
    "status": st.column_config.SelectboxColumn(
        "Status", options=STATUSES, required=True, width="small",
        help="happened; planned (scheduled, expected, intended); claimed (reported, unproven)",
    ),
    "title": st.column_config.TextColumn("Title", width="medium"),
    "actors": st.column_config.TextColumn(
        "Actors", help="Proposed from the sentence: check them. Separated by “; ”"
    ),
    "places": st.column_config.TextColumn(
        "Places", help="Proposed from the sentence: check them. Separated by “; ”"
    ),
    "topics": st.column_config.TextColumn("Topics", help="Separated by “; ”"),
    "sentence": st.column_config.TextColumn("Sentence (the date in « »)", width="large"),
    "source": st.column_config.TextColumn("Source"),
    "note": st.column_config.TextColumn("Note"),
}


@dataclass(frozen=True)
class Article:
    """One article to read: its default source name, its text and the date its dateline gives."""

    source: str
    text: str
    dateline: date | None
    pasted: bool = False


@dataclass(frozen=True)
class Reading:
    """An article as it will be read: under which source name and publication date."""

    article: Article
    source: str
    published: date | None

    @property
    def signature(self) -> tuple[str, str, date | None]:
        return (hashlib.sha256(self.article.text.encode()).hexdigest(), self.source, self.published)


@dataclass(frozen=True)
class Found:
    """What "Find events" found, and for which readings (stale once they change)."""

    signature: tuple
    frame: pd.DataFrame
    left_out: tuple[str, ...]


def show_article(loaded: page_data.Loaded) -> None:
    """Draw the Article tab for the dataset in use; added events join it in every tab."""
    st.subheader("Add events from an article", anchor=False)
    message = st.session_state.pop(MESSAGE, None)
    if message:
        st.success(literal(message))
    articles = _articles()
    if not articles:
        st.session_state.pop(FOUND, None)
        st.caption(HINT)
    else:
        readings = _readings(articles)
        signature = tuple(reading.signature for reading in readings)
        if st.button("Find events", key=EXTRACT_KEY, type="primary"):
            _find(readings, signature, loaded)
        found = st.session_state.get(FOUND)
        if isinstance(found, Found) and found.signature == signature:
            _review(found, loaded)
        elif isinstance(found, Found):
            st.caption("The articles, date or source changed: press Find events again.")
    _show_added()


def _articles() -> list[Article]:
    """The pasted text and each uploaded file that reads as text (the others say why not)."""
    left, right = st.columns([3, 2], gap="medium")
    text = left.text_area(
        "Article text", key=TEXT_KEY, height=180, placeholder="Paste a news article here…"
    )
    files = right.file_uploader(
        "Or upload articles", type=FILE_TYPES, accept_multiple_files=True, key=FILES_KEY,
        max_upload_size=MAX_FILE_MB, help="Plain text, Markdown or HTML (reduced to its text).",
    )  # fmt: skip
    articles = []
    if text.strip():
        name = first_line(text, SOURCE_LENGTH) or PASTED
        articles.append(Article(name, text, dateline_date(text), pasted=True))
    for file in files or []:
        body, error = _file_text(file.name, file.getvalue())
        if error or not body.strip():
            st.error(literal(error or f"{file.name}: no text in it"))
            continue
        articles.append(Article(file.name, body, dateline_date(body)))
    return articles


@st.cache_data(show_spinner=False, max_entries=32)
def _file_text(name: str, data: bytes) -> tuple[str, str]:
    """(text, "") of an uploaded article, or ("", why it cannot be read)."""
    try:
        return article_text(name, data), ""
    except ArticleError as exc:
        return "", str(exc)


def _readings(articles: list[Article]) -> list[Reading]:
    """The date and source widgets (prefilled when the articles change), and what they give."""
    first, several = articles[0], len(articles) > 1
    prefill = (first.dateline, first.source)
    if st.session_state.get(PREFILL) != prefill:
        st.session_state[PUBLISHED_KEY] = first.dateline
        st.session_state[SOURCE_KEY] = first.source
        st.session_state[PREFILL] = prefill
    when, name = st.columns([1, 2], gap="medium")
    published = when.date_input(
        "Publication date of undated articles" if several else "Publication date",
        key=PUBLISHED_KEY, min_value=FIRST_DAY, max_value=LAST_DAY, format="YYYY-MM-DD",
        help="Relative dates (“last week”, “on Tuesday”) count from it.",
    )  # fmt: skip
    source = first.source
    if first.pasted or not several:
        label = "Source of the pasted text" if several else "Source"
        source = name.text_input(label, key=SOURCE_KEY, help="Kept with every event added")
    readings = [Reading(first, source.strip() or first.source, _day(published, first, several))]
    readings += [Reading(a, a.source, _day(published, a, several)) for a in articles[1:]]
    if several:
        _show_readings(readings)
    return readings


def _day(chosen, article: Article, several: bool) -> date | None:
    """One article's publication date: the chosen one, or with several, its own dateline's."""
    if several and article.dateline is not None:
        return article.dateline
    return chosen if isinstance(chosen, date) else None


def _show_readings(readings: list[Reading]) -> None:
    rows = pd.DataFrame({
        "source": [reading.source for reading in readings],
        "published": [reading.published for reading in readings],
        "from": ["its dateline" if r.article.dateline else "the date above" for r in readings],
        "characters": [len(reading.article.text) for reading in readings],
    })  # fmt: skip
    st.dataframe(rows, hide_index=True, key=LIST_KEY, column_config={
        "source": st.column_config.TextColumn("Article"),
        "published": st.column_config.DateColumn("Published", format="YYYY-MM-DD"),
        "from": st.column_config.TextColumn("Date from"),
        "characters": st.column_config.NumberColumn("Characters", format="%d"),
    })  # fmt: skip


def _find(readings: list[Reading], signature: tuple, loaded: page_data.Loaded) -> None:
    """Run the extractor over every article with a date, showing progress for long work."""
    undated = [r.source for r in readings if r.published is None]
    if undated:
        st.warning(literal(f"Set the publication date first: no dateline in {', '.join(undated)}"))
        return
    known = {name: getattr(loaded.offered, name) for name in LIST_FIELDS}
    total = sum(len(reading.article.text) for reading in readings)
    bar = st.progress(0.0) if total > LONG_TEXT or len(readings) >= MANY else None
    frames, skipped = [], []
    for number, reading in enumerate(readings):
        if bar is not None:
            step = f"Reading {reading.source} ({number + 1} of {len(readings)})"
            bar.progress(number / len(readings), text=literal(step))
        rows = extract(reading.article.text, published=reading.published, source=reading.source)
        frames.append(candidates(rows, reading.article.text, known))
        skipped += [row.text for row in left_out(rows)]
    if bar is not None:
        bar.empty()
    frame = pd.concat(frames)
    frame = frame[~frame.index.duplicated()]
    st.session_state[FOUND] = Found(signature, frame, tuple(dict.fromkeys(skipped)))


def _review(found: Found, loaded: page_data.Loaded) -> None:
    """The candidates to tick and edit, and the button adding the ticked ones."""
    frame = found.frame
    if found.left_out:
        vague = ", ".join(f"“{text}”" for text in found.left_out)
        st.caption(literal(f"Not offered (no place on a timeline): {vague}"))
    if frame.empty:
        st.info("No dates found that place an event on a timeline.")
        return
    st.caption(
        f"{len(frame)} candidate events. Untick the ones to leave out; status, titles, actors,"
        f" places and topics can be edited. {PROPOSALS}"
    )
    several = frame["source"].nunique() > 1
    edited = st.data_editor(
        frame[list(SHOWN)], key=EDITOR_KEY, column_config=EDITOR_COLUMNS, hide_index=True,
        column_order=[c for c in SHOWN if several or c != "source"], num_rows="fixed",
        disabled=[c for c in SHOWN if c not in EDITABLE], width="stretch",
    )  # fmt: skip
    rows = frame.copy()
    rows[list(EDITABLE)] = edited[list(EDITABLE)]
    ticked = int(rows["add"].fillna(False).astype(bool).sum())
    st.caption(f"{ticked} of {len(rows)} ticked.")
    if st.button("Add to timeline", key=ADD_KEY, type="primary", disabled=not ticked):
        _add(rows, loaded)


def _add(rows: pd.DataFrame, loaded: page_data.Loaded) -> None:
    """Keep the ticked rows as events of the dataset in use, then redraw every count."""
    dataset = page_data.dataset_key()
    mine = {event.id for event in added_events.added(dataset)}
    events = to_events(rows, set(loaded.frame["id"].astype(str)) - mine)
    replaced = added_events.add(dataset, events)
    sources = ", ".join(dict.fromkeys(event.source for event in events))
    again = f" ({replaced} of them replace ones added before)" if replaced else ""
    st.session_state[MESSAGE] = f"Added {len(events)} events from {sources}{again}"
    st.session_state.pop(FOUND, None)
    st.rerun()


def _show_added() -> None:
    """How many events this session added, from which articles, and a way to remove them."""
    events = added_events.added(page_data.dataset_key())
    if not events:
        return
    sources = ", ".join(dict.fromkeys(event.source for event in events))
    st.divider()
    st.caption(
        literal(f"{len(events)} events added from articles in this session ({sources}). Every"
                " tab shows them until you remove them or close the page.")
    )  # fmt: skip
    st.button("Remove the added events", key=REMOVE_KEY, on_click=_remove)


def _remove() -> None:
    added_events.forget(page_data.dataset_key())
