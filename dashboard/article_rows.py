"""Candidate events from an article's extraction rows, and the Events the accepted ones become.

A candidate is one event row of events.article.to_events (a placed row; a range, or a date and
the one restating it, as one): the date as written, its resolved span, its status (happened,
planned, claimed), a proposed title, the sentence with the date marked «like this», topics the
dataset already knows and the sentence names, and actors and places proposed: those the
dataset knows and the sentence names, then the names the extractor found in the sentence. The
span is carried over from the extraction row as it is: nothing here reads a date again. Rows
without a span (vague references such as "recently", "now" or "current"; DURATION or SET) are
left out; the dateline's date is offered unticked, since it says when the story was published
rather than what happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from dataclasses import replace
from datetime import date

import pandas as pd

from events.article.extract import Extracted
from events.article.to_events import event_id, event_rows, is_dateline, sentence_of, unique_id
from events.dataset.rows import split_list
from events.event import STATUSES, USUAL_STATUS, Event
from events.span import DateSpan

SHOWN = (  # the sentence beside the title, so a row can be judged without scrolling
    "add", "date", "start", "end", "precision", "status", "title", "sentence", "actors",
    "places", "topics", "source", "note",
)  # fmt: skip
EDITABLE = ("add", "status", "title", "actors", "places", "topics")
CARRIED = (  # not shown, handed from the extraction row to the Event
    "qualifier", "approximate", "ongoing", "timex", "mod", "rule", "published", "quote",
    "proposed",
)  # fmt: skip
COLUMNS = (*SHOWN, *CARRIED)
LIST_FIELDS = ("actors", "places", "topics")
LIST_SEPARATOR = "; "
MARKS = ("«", "»")
DATELINE_NOTE = "dateline: when the story was published"
RESTATES_NOTE = "restates “{}”"  # the date it says again, more exactly
WINDOW = 80  # characters either side of a date outside any sentence, or in a very long one
LONG_SENTENCE = 600  # characters: a longer sentence is shown as the window around its date
PROPOSED = ("actors", "places")  # the extractor proposes names for these


def candidates(
    rows: Iterable[Extracted], text: str, known: Mapping[str, Iterable[str]] | None = None
) -> pd.DataFrame:
    """One candidate per event row of `text`, indexed by the event id it would get; `known`
    maps "actors"/"places"/"topics" to names worth suggesting when a sentence names them."""
    finders = {name: _finder((known or {}).get(name, ())) for name in LIST_FIELDS}
    records, index = [], []
    for item in event_rows(rows, text):
        row, sentence = item.row, sentence_of(text, item.row)
        dateline = is_dateline(text, row)
        records.append({
            "add": not dateline, "date": row.text, "start": row.start, "end": row.end,
            "precision": row.precision, "status": row.status, "title": row.title,
            "sentence": marked(text, row), "source": row.source,
            "note": _note(dateline, item.restates), **_names(finders, sentence, row),
            "qualifier": row.qualifier, "approximate": row.approximate, "ongoing": row.ongoing,
            "timex": row.timex, "mod": row.mod, "rule": row.rule, "published": row.published,
            "quote": sentence, "proposed": row.title,
        })  # fmt: skip
        index.append(event_id(row))
    frame = pd.DataFrame(records, columns=list(COLUMNS), index=pd.Index(index, dtype=object))
    return frame[~frame.index.duplicated()]


def _note(dateline: bool, restates: str) -> str:
    notes = [DATELINE_NOTE] if dateline else []
    notes += [RESTATES_NOTE.format(restates)] if restates else []
    return "; ".join(notes)


def _names(finders: dict, sentence: str, row: Extracted) -> dict[str, str]:
    """Each list field's suggestions: the names the dataset knows that the sentence names,
    then (actors, places) the extractor's proposals, unless the dataset knows the name as the
    other kind."""
    known = {name: _found(finders[name], sentence) for name in LIST_FIELDS}
    lists = dict(known)
    for name, other in (PROPOSED, PROPOSED[::-1]):
        lists[name] = known[name] + [n for n in getattr(row, name) if n not in known[other]]
    return {name: LIST_SEPARATOR.join(dict.fromkeys(names)) for name, names in lists.items()}


def left_out(rows: Iterable[Extracted]) -> list[Extracted]:
    """The rows that name no place on a timeline (vague references, durations, sets)."""
    return [row for row in rows if not row.placed]


def marked(text: str, row: Extracted) -> str:
    """The sentence around the row, the date itself wrapped in « », on one line."""
    lo, hi = row.sentence
    if not lo <= row.char_start < row.char_end <= hi or hi - lo > LONG_SENTENCE:
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
        status=row["status"] if row["status"] in STATUSES else USUAL_STATUS,
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


def _found(finder: re.Pattern | None, sentence: str) -> list[str]:
    if finder is None or not sentence:
        return []
    return list(dict.fromkeys(finder.findall(sentence)))
