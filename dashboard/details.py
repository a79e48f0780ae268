"""The details of one event, as labelled plain-text fields; pure, no Streamlit.

Dates come from the frame (start, end, precision), never re-parsed. Only http(s) links survive
`safe_url`; `markdown_text` makes dataset text show literally in Streamlit markdown, bare
addresses included; `cut_details` cuts what is drawn to what a browser lays out at once.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from urllib.parse import quote, urlsplit

import pandas as pd

from dashboard.chart import years
from dashboard.frame import split_list
from events.event import USUAL_STATUS
from events.span import precision_name

MARKDOWN_SPECIAL = re.compile(r"([\\`*_{}\[\]<>()#+\-.!|$~&:])")
URL_SAFE = ":/?#[]@!$&'*+,;=%-._~"  # kept as is; "(", ")", spaces and quotes are %-encoded
# Markdown links bare addresses even with their marks escaped ("http://", "www.", "a@b.org"):
# an invisible word joiner inside each keeps them text.
WORD_JOINER = "\u2060"
AUTOLINKED = re.compile(r"(?=://)|(?<=www)(?=\.)|(?<=@)", re.IGNORECASE)

# Drawn text is cut to these lengths (the dataset keeps all of it): a browser lays out a
# megabyte-long title without a space for minutes.
TITLE_CHARS = 300  # a title, the date as written, the source's name, one actor or place
TEXT_CHARS = 2_000  # a summary or a quote
NAMES = 50  # actors, places or topics drawn; the rest are counted
TRAILING = ",;:.-\u2013\u2014 "  # dropped before the ellipsis, dashes included
# What a status means, said wherever an event that has not (or not surely) happened is shown;
# one that happened says nothing extra.
STATUS_NOTES = {"planned": "scheduled, expected or intended", "claimed": "reported, unproven"}


@dataclass(frozen=True)
class Details:
    """What the details panel and a slide show about one event, as plain text."""

    id: str
    title: str
    written: str  # the date as written in the story
    resolved: str  # the span it was resolved to, e.g. "1 Sep 2022 to 31 Dec 2022"
    precision: str  # precision, qualifier and flags, e.g. "year, late, approximate"
    summary: str = ""
    actors: tuple[str, ...] = ()
    places: tuple[str, ...] = ()
    topics: tuple[str, ...] = ()
    source: str = ""
    source_url: str = ""  # empty unless an http(s) link
    quote: str = ""
    status: str = USUAL_STATUS  # happened, planned or claimed

    def fields(self) -> list[tuple[str, str]]:
        """(label, text) lines in panel order, empty ones left out."""
        lines = [
            ("Date as written", f"“{self.written}”"),
            ("Resolved", self.resolved),
            ("Precision", self.precision),
            ("Status", status_text(self.status)),
            ("Actors", ", ".join(self.actors)),
            ("Places", ", ".join(self.places)),
            ("Topics", ", ".join(self.topics)),
        ]
        return [(label, text) for label, text in lines if text]


def event_details(df: pd.DataFrame, event_id: str) -> Details | None:
    """The details of the event with this id in `df`, or None when it is not there."""
    rows = df[df["id"] == event_id] if event_id else df.iloc[0:0]
    return row_details(rows.iloc[0]) if len(rows) else None


def row_details(row: pd.Series) -> Details:
    """Details of one frame row (see dashboard.frame for the columns)."""
    lists = {name: split_list(pd.Series([row[name]]))[0] for name in ("actors", "places", "topics")}
    return Details(
        id=_text(row["id"]),
        title=_text(row["title"]),
        written=_text(row["date"]),
        resolved=resolved_text(row["start"], row["end"], bool(row["ongoing"])),
        precision=precision_text(_text(row["precision"]), _text(row["qualifier"]), row),
        summary=_text(row["summary"]),
        source=_text(row["source"]),
        source_url=safe_url(_text(row["source_url"])),
        quote=_text(row["quote"]),
        status=_text(row.get("status")) or USUAL_STATUS,
        **lists,
    )


def quote_credit(details: Details) -> str:
    """Where the quote comes from. The data names no speaker, so the credit names the source
    and the event's actors, and says that who said it is not recorded."""
    source = f"quoted in {details.source}" if details.source else "quoted in the source"
    actors = f"; the event's actors: {', '.join(details.actors)}" if details.actors else ""
    return f"{source} (speaker not recorded{actors})"


def resolved_text(start, end, ongoing: bool = False) -> str:
    """A span in words: one day, "first to last", or "not placed" without a start."""
    if pd.isna(start):
        return "not placed on the timeline"
    first = day_text(start)
    if pd.isna(end) or end == start:
        return first
    return f"{first} to {day_text(end)}" + (" (ongoing)" if ongoing else "")


def day_text(day) -> str:
    """A day as "9 Sep 2024", "24 Aug AD 79" or "15 Mar 44 BC" (any year, no strftime)."""
    return years.day_text(years.day_of(day))


def precision_text(precision: str, qualifier: str, flags) -> str:
    """The precision with its qualifier and approximate/ongoing flags, e.g. "year, late"."""
    parts = [precision_name(precision) if precision else "none"]
    parts += [qualifier] if qualifier and qualifier != "none" else []
    parts += [name for name in ("approximate", "ongoing") if bool(flags.get(name, False))]
    return ", ".join(dict.fromkeys(parts))


def status_prefix(status: str) -> str:
    """What an event's name starts with: "Planned: " or "Claimed: "; "" when it happened."""
    return f"{status.capitalize()}: " if status in STATUS_NOTES else ""


def status_text(status: str) -> str:
    """A status in words, e.g. "planned (scheduled, expected or intended)"; "" when it
    happened."""
    return f"{status} ({STATUS_NOTES[status]})" if status in STATUS_NOTES else ""


def safe_url(url: str) -> str:
    """The link if it is http(s) with a host, else "" (no javascript:, data:, file: links)."""
    url = url.strip()
    try:
        parts = urlsplit(url)
    except ValueError:
        return ""
    if parts.scheme.lower() not in ("http", "https") or not parts.netloc:
        return ""
    return quote(url, safe=URL_SAFE)


def markdown_text(text: str) -> str:
    """Text that Streamlit markdown shows literally: no emphasis, links (bare addresses
    included), images, HTML or LaTeX."""
    unlinked = AUTOLINKED.sub(WORD_JOINER, str(text))
    return MARKDOWN_SPECIAL.sub(r"\\\1", unlinked).replace("\n", "  \n")


def cut_text(text: str, limit: int) -> str:
    """The text when it has at most `limit` characters; else its start and "…", cut between
    words unless that would drop more than half of it."""
    if len(text) <= limit:
        return text
    whole_words = re.match(r"(.*\S)\s", text[:limit], re.DOTALL)
    keeps_half = whole_words and len(whole_words.group(1)) >= limit // 2
    head = whole_words.group(1) if keeps_half else text[: limit - 1]
    return head.rstrip(TRAILING) + "…"


def cut_details(
    details: Details, title_chars: int = TITLE_CHARS, text_chars: int = TEXT_CHARS
) -> tuple[Details, str]:
    """The details with each text cut to what is drawn, and a note of what was cut ("" when
    nothing was)."""
    limits = {
        "title": title_chars,
        "written": title_chars,
        "summary": text_chars,
        "quote": text_chars,
        "source": title_chars,
    }
    texts = {name: cut_text(getattr(details, name), limit) for name, limit in limits.items()}
    lists = {
        name: _cut_names(getattr(details, name), title_chars)
        for name in ("actors", "places", "topics")
    }
    cut = [
        f"the {_NOTE_NAMES.get(name, name)} ({len(getattr(details, name)):,} characters)"
        for name in limits
        if texts[name] != getattr(details, name)
    ]
    cut += [
        f"the {name} ({len(getattr(details, name)):,} names)"
        for name in lists
        if lists[name] != getattr(details, name)
    ]
    note = f"Cut to fit: {', '.join(cut)}. The dataset keeps all of it." if cut else ""
    return replace(details, **texts, **lists), note


_NOTE_NAMES = {"written": "date as written", "source": "source's name"}


def _cut_names(names: tuple[str, ...], limit: int) -> tuple[str, ...]:
    drawn = tuple(cut_text(name, limit) for name in names[:NAMES])
    return drawn + ((f"and {len(names) - NAMES:,} more",) if len(names) > NAMES else ())


def _text(value) -> str:
    return "" if value is None or (not isinstance(value, str) and pd.isna(value)) else str(value)
