"""iCalendar (RFC 5545), written only: one all-day VEVENT over each dated event's whole span.

DTSTART is the first day and DTEND the day after the last (iCalendar's end is exclusive); the
description starts with the date as written and the span it was read as. Text is escaped
(backslash, semicolon, comma, newline), lines end in CRLF and are folded at 75 octets without
splitting a UTF-8 character. DTSTAMP is the event's publication date (else its first day), so
the same events always give the same file. Events without a readable date are left out, and
so is each event with a day outside years 1 to 9999 (BC, deep time, AD 10000 on): iCalendar's
DATE has four digits of year, so it cannot say them; `refusal` says why, for the command line
and the Export tab to name the event.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator, Sequence
from datetime import date, timedelta
from urllib.parse import urlsplit

from events.day import FIRST_DATE_YEAR, LAST_DATE_YEAR, year_name
from events.event import Event

LINE_OCTETS = 75
PRODID = "-//Timeline Desk//Timeline Desk//EN"
WEB_SCHEMES = ("http", "https")  # javascript:, data:, file: and the rest are never written
CHUNK = 64 * 1024  # characters handed on at a time
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
_TEXT_SPECIAL = (("\\", "\\\\"), (";", "\\;"), (",", "\\,"), ("\n", "\\n"))  # backslash first


def write(events: Sequence[Event], title: str = "") -> str:
    """An iCalendar file of the dated events."""
    return "".join(stream(events, title))


def stream(events: Iterable[Event], title: str = "") -> Iterator[str]:
    """`write`'s text in pieces of about CHUNK characters, made as the events come."""
    head = ["BEGIN:VCALENDAR", "VERSION:2.0", f"PRODID:{PRODID}", "CALSCALE:GREGORIAN",
            "METHOD:PUBLISH"]  # fmt: skip
    if title:
        head.append(f"X-WR-CALNAME:{escape_text(title)}")
    batch, size = [_lines(head)], 0
    for event in events:
        if event.span is None or refusal(event):
            continue
        batch.append(_lines(vevent(event)))
        size += len(batch[-1])
        if size >= CHUNK:
            yield "".join(batch)
            batch, size = [], 0
    batch.append(_lines(["END:VCALENDAR"]))
    yield "".join(batch)


def refusal(event: Event) -> str:
    """Why `event` cannot be written (its span leaves years 1 to 9999), or "" when it can."""
    span = event.span
    if span.start.year >= FIRST_DATE_YEAR and span.end.year <= LAST_DATE_YEAR:
        return ""
    first, last = year_name(span.start.year), year_name(span.end.year)
    when = f"falls in {first}" if first == last else f"runs from {first} to {last}"
    return f"iCalendar dates have four-digit years, AD 1 to AD 9999, and this event {when}"


def _lines(lines: list[str]) -> str:
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
    url = web_url(event.source_url)
    if url:
        lines.append(f"URL:{url}")
    return [*lines, "END:VEVENT"]


def web_url(text: str) -> str:
    """`text` as a URL to write, when it is an http(s) address with a host; else ""."""
    url = "".join(_CONTROL.sub("", text).split())  # no controls, no spaces inside a URI
    try:
        parts = urlsplit(url)
    except ValueError:  # e.g. an unclosed IPv6 bracket
        return ""
    return url if parts.scheme.lower() in WEB_SCHEMES and parts.hostname else ""


def _end(start: date, end: date) -> str:
    if end < date.max:
        return f"DTEND;VALUE=DATE:{ical_date(end + timedelta(days=1))}"
    return f"DURATION:P{(end - start).days + 1}D"  # the day after 9999-12-31 has no date


def description(event: Event) -> str:
    """The date as written, the span it was read as, then summary and source."""
    span = event.span
    days = (
        span.start.isoformat()
        if span.start == span.end
        else (f"{span.start.isoformat()} to {span.end.isoformat()}")
    )
    notes = "".join(f", {flag}" for flag in ("approximate", "ongoing") if getattr(span, flag))
    parts = [f"Date as written: {event.date or days}",
             f"Read as: {days} ({span.precision} precision{notes})"]  # fmt: skip
    parts += [text for text in (event.summary, _source(event)) if text]
    return "\n".join(parts)


def _source(event: Event) -> str:
    source = " ".join(part for part in (event.source, web_url(event.source_url)) if part)
    return f"Source: {source}" if source else ""


def ical_date(day: date) -> str:
    return f"{day.year:04d}{day.month:02d}{day.day:02d}"


def escape_text(text: str) -> str:
    """A TEXT value: special characters escaped, newlines as \\n, other controls dropped."""
    text = _CONTROL.sub("", text.replace("\r\n", "\n").replace("\r", "\n"))
    for special, escaped in _TEXT_SPECIAL:  # str.replace: str.translate is ten times slower
        text = text.replace(special, escaped)
    return text


def fold(line: str) -> str:
    """`line` folded into CRLF-joined pieces of at most 75 octets, continuations indented."""
    data = line.encode("utf-8")
    if len(data) <= LINE_OCTETS:
        return line
    pieces, start, room = [], 0, LINE_OCTETS
    while len(data) - start > room:
        cut = start + room
        while data[cut] & 0xC0 == 0x80:  # inside a character: cut before its first byte
            cut -= 1
        pieces.append(data[start:cut].decode("utf-8"))
        start, room = cut, LINE_OCTETS - 1  # a continuation starts with a space
    pieces.append(data[start:].decode("utf-8"))
    return "\r\n ".join(pieces)


def detect(text: str) -> bool:
    return text.lstrip().upper().startswith("BEGIN:VCALENDAR")
