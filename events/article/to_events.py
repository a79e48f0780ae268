"""From an article's extraction rows to timeline events: which rows are events, their ids, and
the Event each one becomes when nobody edits it (the CLI's `--format dataset`; the Article tab
starts from the same rows and lets the reader edit them first).

A row is an event when it places something in time (a DATE or TIME with a span); a range of two
rows is one event; the dateline's own date is not an event, since it says when the story was
published rather than what happened.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import replace

from events.article.dateline import HEAD
from events.article.extract import Extracted
from events.dataset import made_id
from events.dates.ranges import join_ranges
from events.event import Event
from events.span import DateSpan

__all__ = ["article_events", "event_id", "is_dateline", "sentence_of", "unique_id"]

_CITY = re.compile(r"[A-Z][A-Z .'\u2019-]*[A-Z.],?\s*(?:\([^)]{1,30}\)\s*)?[-\u2013\u2014,:]?")
_BYLINE = re.compile(r"\b(?:published|updated|posted|dated?)\b", re.IGNORECASE)
# After the date: an agency in brackets at most, then a dash, colon, bar, comma or the line's end.
_DATELINE_TAIL = re.compile(r"[ \t]*(?:\([^)\n]{1,30}\)[ \t]*)?(?:[-\u2013\u2014:|,]|$)",
                            re.MULTILINE)


def article_events(rows: Iterable[Extracted], text: str,
                   taken: set[str] | None = None) -> list[Event]:
    """One Event per placed row of `text` (ranges joined, the dateline left out), in order;
    ids are unique among themselves and the ids in `taken`, which is updated."""
    events, taken = [], set() if taken is None else taken
    for row in join_ranges(list(rows), text):
        if not row.placed or is_dateline(text, row):
            continue
        event = _row_event(row, text)
        event = replace(event, id=unique_id(event.id, taken))
        taken.add(event.id)
        events.append(event)
    return events


def _row_event(row: Extracted, text: str) -> Event:
    """The Event a placed row tells: its date as written and span, the clause as title, the
    sentence as quote, its source and publication date."""
    sentence = sentence_of(text, row)
    span = DateSpan(
        start=row.start, end=row.end, precision=row.precision, qualifier=row.qualifier,
        approximate=row.approximate, ongoing=row.ongoing, timex=row.timex, mod=row.mod,
        rule=row.rule, text=row.text,
    )  # fmt: skip
    return Event(id=event_id(row), date=row.text, title=row.title or sentence or row.text,
                 span=span, source=row.source, quote=sentence, published=row.published)


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
    """The row's sentence on one line ("" when the row lies outside it)."""
    lo, hi = row.sentence
    return " ".join(text[lo:hi].split()) if lo <= row.char_start < hi else ""


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
