"""Candidate events from an article's extraction rows, and the Events the accepted ones become.

A candidate is one placed row of events.extract (a DATE or TIME with a span): the date as
written, its resolved span, a proposed title, the sentence with the date marked «like this»,
and actors, places and topics that the dataset already knows and the sentence names. The
span is carried over from the extraction row as it is: nothing here reads a date again.
Rows without a span (PAST_REF, FUTURE_REF; DURATION or SET) are left out; the dateline's date is
offered unticked, since it says when the story was published rather than what happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

import pandas as pd

from events.article.extract import Extracted
from events.article.to_events import event_id, is_dateline, sentence_of, unique_id
from events.dataset.rows import split_list
from events.dates.ranges import join_ranges
from events.event import Event
from events.span import DateSpan

SHOWN = (  # the sentence beside the title, so a row can be judged without scrolling
    "add", "date", "start", "end", "precision", "title", "sentence", "actors", "places",
    "topics", "source", "note",
)  # fmt: skip
EDITABLE = ("add", "title", "actors", "places", "topics")
CARRIED = (  # not shown, handed from the extraction row to the Event
    "qualifier", "approximate", "ongoing", "timex", "mod", "rule", "published", "quote",
    "proposed",
)  # fmt: skip
COLUMNS = (*SHOWN, *CARRIED)
LIST_FIELDS = ("actors", "places", "topics")
LIST_SEPARATOR = "; "
MARKS = ("«", "»")
DATELINE_NOTE = "dateline: when the story was published"
WINDOW = 80  # characters either side of a date found outside any sentence


def candidates(
    rows: Iterable[Extracted], text: str, known: Mapping[str, Iterable[str]] | None = None
) -> pd.DataFrame:
    """One candidate per placed row of `text`, indexed by the event id it would get; `known`
    maps "actors"/"places"/"topics" to names worth suggesting when a sentence names them."""
    finders = {name: _finder((known or {}).get(name, ())) for name in LIST_FIELDS}
    records, index = [], []
    for row in join_ranges(list(rows), text):  # "from 2019 to 2021" is one event
        if not row.placed:
            continue
        sentence = sentence_of(text, row)
        dateline = is_dateline(text, row)
        records.append({
            "add": not dateline, "date": row.text, "start": row.start, "end": row.end,
            "precision": row.precision, "title": row.title, "sentence": marked(text, row),
            "source": row.source, "note": DATELINE_NOTE if dateline else "",
            **{name: _suggest(finders[name], sentence) for name in LIST_FIELDS},
            "qualifier": row.qualifier, "approximate": row.approximate, "ongoing": row.ongoing,
            "timex": row.timex, "mod": row.mod, "rule": row.rule, "published": row.published,
            "quote": sentence, "proposed": row.title,
        })  # fmt: skip
        index.append(event_id(row))
    frame = pd.DataFrame(records, columns=list(COLUMNS), index=pd.Index(index, dtype=object))
    return frame[~frame.index.duplicated()]


def left_out(rows: Iterable[Extracted]) -> list[Extracted]:
    """The rows that name no place on a timeline (vague references, durations, sets)."""
    return [row for row in rows if not row.placed]


def marked(text: str, row: Extracted) -> str:
    """The sentence around the row, the date itself wrapped in « », on one line."""
    lo, hi = row.sentence
    if not lo <= row.char_start < row.char_end <= hi:
        lo, hi = max(0, row.char_start - WINDOW), min(len(text), row.char_end + WINDOW)
    before, date_text, after = text[lo : row.char_start], row.text, text[row.char_end : hi]
    return _one_line(f"{before}{MARKS[0]}{date_text}{MARKS[1]}{after}")


def to_events(frame: pd.DataFrame, taken: Iterable[str] = ()) -> list[Event]:
    """The ticked candidates as Events, in table order; an id already `taken` by another
    event of the dataset gets a number added."""
    taken = set(taken)
    events = []
    for wanted, row in frame[frame["add"].fillna(False).astype(bool)].iterrows():
        event = _event(str(wanted), row)
        free = unique_id(event.id, taken)
        taken.add(free)
        events.append(replace(event, id=free))
    return events


def _event(event_id: str, row: pd.Series) -> Event:
    span = DateSpan(
        start=_day(row["start"]), end=_day(row["end"]), precision=str(row["precision"]),
        qualifier=str(row["qualifier"]), approximate=bool(row["approximate"]),
        ongoing=bool(row["ongoing"]), timex=str(row["timex"]), mod=str(row["mod"]),
        rule=str(row["rule"]), text=str(row["date"]),
    )  # fmt: skip
    return Event(
        id=event_id,
        date=str(row["date"]),
        title=_title(row),
        span=span,
        **{name: split_list(_text(row[name])) for name in LIST_FIELDS},
        source=_text(row["source"]),
        quote=_text(row["quote"]),
        published=_day(row["published"]) if pd.notna(row["published"]) else None,
    )


def _title(row: pd.Series) -> str:
    """The edited title, else the proposed one, else the sentence."""
    for value in (row["title"], row["proposed"], row["quote"], row["date"]):
        if _text(value):
            return _text(value)
    return ""


def _day(value) -> date:
    return pd.Timestamp(value).date()


def _text(value) -> str:
    """One line of text from a cell (None and NaN are empty)."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return ""
    return _one_line(str(value))


def _one_line(text: str) -> str:
    return " ".join(text.split())


def _finder(names: Iterable[str]) -> re.Pattern | None:
    """One pattern finding any of `names` as whole words (longest first), or None."""
    names = sorted({name for name in names if name.strip()}, key=len, reverse=True)
    if not names:
        return None
    return re.compile(r"(?<!\w)(?:" + "|".join(map(re.escape, names)) + r")(?!\w)")


def _suggest(finder: re.Pattern | None, sentence: str) -> str:
    if finder is None or not sentence:
        return ""
    return LIST_SEPARATOR.join(dict.fromkeys(finder.findall(sentence)))
