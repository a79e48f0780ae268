"""iCalendar (RFC 5545), written only: one all-day VEVENT over each dated event's whole span.

DTSTART is the first day and DTEND the day after the last (iCalendar's end is exclusive); the
description starts with the date as written and the span it was read as. Text is escaped
(backslash, semicolon, comma, newline), lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character. DTSTAMP is the event's publication date (else its first day), so
the same events always give the same file. Events without a readable date are left out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, timedelta

from events.event import Event

LINE_OCTETS = 75
PRODID = "-//Timeline Desk//Timeline Desk//EN"
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TEXT_SPECIAL = str.maketrans({"\\": "\\\\", ";": "\\;", ",": "\\,", "\n": "\\n"})


def write(events: Sequence[Event], title: str = "") -> str:
    """An iCalendar file of the dated events."""
    lines = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
             "METHOD:PUBLISH"]  # fmt: skip
    if title:
        lines.append(f"X-WR-CALNAME:{escape_text(title)}")
    for event in events:
        if event.span is not None:
            lines += vevent(event)
    lines.append("END:VCALENDAR")
    return "".join(fold(line) + "\r\n" for line in lines)


def vevent(event: Event) -> list[str]:
    span = event.span
    stamp = event.published or span.start
    lines = [
        "BEGIN:VEVENT",
        f"UID:{escape_text(event.id)}@timeline-desk",
        f"DTSTAMP:{ical_date(stamp)}T000000Z",
        f"DTSTART;VALUE=DATE:{ical_date(span.start)}",
        _end(span.start, span.end),
        f"SUMMARY:{escape_text(event.title)}",
        f"DESCRIPTION:{escape_text(description(event))}",
    ]
    if event.topics:
        lines.append("CATEGORIES:" + ",".join(escape_text(topic) for topic in event.topics))
    if event.places:
        lines.append(f"LOCATION:{escape_text('; '.join(event.places))}")
    if event.source_url:
        lines.append(f"URL:{_CONTROL.sub('', event.source_url).replace(chr(10), '')}")
    return [*lines, "END:VEVENT"]


def _end(start: date, end: date) -> str:
    if end < date.max:
        return f"DTEND;VALUE=DATE:{ical_date(end + timedelta(days=1))}"
    return f"DURATION:P{(end - start).days + 1}D"  # the day after 9999-12-31 has no date


def description(event: Event) -> str:
    """The date as written, the span it was read as, then summary and source."""
    span = event.span
    days = span.start.isoformat() if span.start == span.end else (
        f"{span.start.isoformat()} to {span.end.isoformat()}")
    notes = "".join(f", {flag}" for flag in ("approximate", "ongoing") if getattr(span, flag))
    parts = [f"Date as written: {event.date or days}",
             f"Read as: {days} ({span.precision} precision{notes})"]  # fmt: skip
    parts += [text for text in (event.summary, _source(event)) if text]
    return "\n".join(parts)


def _source(event: Event) -> str:
    source = " ".join(part for part in (event.source, event.source_url) if part)
    return f"Source: {source}" if source else ""


def ical_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def escape_text(text: str) -> str:
    """A TEXT value: special characters escaped, newlines as \\n, other controls dropped."""
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _CONTROL.sub("", text).translate(_TEXT_SPECIAL)


def fold(line: str) -> str:
    """`line` folded into CRLF-joined pieces of at most 75 octets, continuations indented."""
    pieces, current, size = [], "", 0
    for char in line:
        octets = len(char.encode("utf-8"))
        if size + octets > LINE_OCTETS:
            pieces.append(current)
            current, size = " ", 1
        current += char
        size += octets
    pieces.append(current)
    return "\r\n".join(pieces)


def detect(text: str) -> bool:
    return text.lstrip().upper().startswith("BEGIN:VCALENDAR")
