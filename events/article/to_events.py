"""From an article's extraction rows to timeline events: which rows are events, their ids, and
the Event each one becomes when nobody edits it (the CLI's `--format dataset`; the Article tab
starts from the same rows and lets the reader edit them first).

A row is an event when it places something in time (a DATE or TIME with a span: never a vague
"recently", "now" or "current"); a range of two rows is one event, and so is a date restated
beside another ("About a year later, in September 2023"), at its better reading; the dateline's
own date is not an event, since it says when the story was published rather than what happened.
Each event keeps the status (happened, planned, claimed) and the actors and places proposed
from its sentence.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, replace

from events.article.dateline import HEAD
from events.article.extract import Extracted
from events.article.pairs import better, restates
from events.dataset import made_id
from events.dates.ranges import join_ranges
from events.event import Event
from events.span import DateSpan

__all__ = ["EventRow", "article_events", "event_id", "event_rows", "is_dateline", "sentence_of",
           "unique_id"]

_CITY = re.compile(r"[A-Z][A-Z .'\u2019-]*[A-Z.],?\s*(?:\([^)]{1,30}\)\s*)?[-\u2013\u2014,:]?")
_BYLINE = re.compile(r"\b(?:published|updated|posted|dated?)\b", re.IGNORECASE)
# After the date: an agency in brackets at most, then a dash, colon, bar, comma or the line's end.
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-\u2013\u2014:|,]|$)",
                            re.MULTILINE)
QUOTE_LENGTH = 400  # a quote longer than this is cut to the words around its date


@dataclass(frozen=True)
class EventRow:
    """A row that becomes an event, and the text of the date it restates ("" for none)."""

    row: Extracted
    restates: str = ""


def event_rows(rows: Iterable[Extracted], text: str) -> list[EventRow]:
    """The placed rows of `text` that become events, in order: each range joined into one row
    (titled as the extractor titled its ends), each restatement kept once at its better
    reading; vague references, durations and sets left out."""
    rows = list(rows)
    titles = {row.char_start: row.title for row in rows}
    joined = [replace(row, title=titles.get(row.char_start, row.title))
              if row.rule.startswith("range_") else row for row in join_ranges(rows, text)]
    kept, at = [], 0
    while at < len(joined):
        first, second = joined[at], joined[at + 1] if at + 1 < len(joined) else None
        if second is not None and restates(text, first, second):
            chosen, dropped = better(first, second)
            kept.append(EventRow(chosen, dropped.text))
            at += 2
        else:
            kept.append(EventRow(first))
            at += 1
    return [item for item in kept if item.row.placed]


def article_events(rows: Iterable[Extracted], text: str,
                   taken: set[str] | None = None) -> list[Event]:
    """One Event per event row of `text` (the dateline left out), in order; ids are unique
    among themselves and the ids in `taken`, which is updated."""
    events, taken = [], set() if taken is None else taken
    for item in event_rows(rows, text):
        if is_dateline(text, item.row):
            continue
        event = _row_event(item.row, text)
        event = replace(event, id=unique_id(event.id, taken))
        taken.add(event.id)
        events.append(event)
    return events


def _row_event(row: Extracted, text: str) -> Event:
    """The Event a placed row tells: its date as written and span, the clause as title, the
    sentence as quote, its status, the names proposed, its source and publication date."""
    sentence = sentence_of(text, row)
    span = DateSpan(
        start=row.start, end=row.end, precision=row.precision, qualifier=row.qualifier,
        approximate=row.approximate, ongoing=row.ongoing, timex=row.timex, mod=row.mod,
        rule=row.rule, text=row.text,
    )  # fmt: skip
    return Event(id=event_id(row), date=row.text, title=row.title or sentence or row.text,
                 span=span, status=row.status, actors=row.actors, places=row.places,
                 source=row.source, quote=sentence, published=row.published)


def event_id(row: Extracted) -> str:
    """A stable id: the proposed title's slug and a hash of source, date, offset and text."""
    where = f"{row.source}\n{row.published}\n{row.char_start}\n{row.text}"
    return made_id(where, row.title or row.text)


def unique_id(wanted: str, taken: set[str]) -> str:
    """`wanted`, or with a number added when another event already has it."""
    if wanted not in taken:
        return wanted
    return next(f"{wanted}-{n}" for n in range(2, len(taken) + 3) if f"{wanted}-{n}" not in taken)


def sentence_of(text: str, row: Extracted) -> str:
    """The row's sentence on one line ("" when the row lies outside it); a sentence longer than
    QUOTE_LENGTH is cut at words to about that many characters around the date."""
    lo, hi = row.sentence
    if not lo <= row.char_start < hi:
        return ""
    if hi - lo <= QUOTE_LENGTH:
        return " ".join(text[lo:hi].split())
    half = (QUOTE_LENGTH - (row.char_end - row.char_start)) // 2
    a, b = max(lo, row.char_start - half), min(hi, row.char_end + half)
    a = text.find(" ", a, row.char_start) + 1 if a > lo else a
    b = max(text.rfind(" ", row.char_end, b), row.char_end) if b < hi else b
    inner = " ".join(text[a:b].split())
    return ("…" if a > lo else "") + inner + ("…" if b < hi else "")


def is_dateline(text: str, row: Extracted) -> bool:
    """True for a full date heading the article: alone on its line, after a CITY, or on a
    "Published ..." line, before the story's first words."""
    if row.char_start >= HEAD or row.precision != "day":
        return False
    line_start = text.rfind("\n", 0, row.char_start) + 1
    prefix = text[line_start : row.char_start].strip()
    if _BYLINE.search(prefix):
        return True
    if prefix and not _CITY.fullmatch(prefix):
        return False
    return bool(_DATELINE_TAIL.match(text, row.char_end))
