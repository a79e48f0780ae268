"""The deck a class sees and a handout prints: an opening slide (the dataset's name, the years it
covers, the credit line), one slide per dated event in date order, and a closing slide of sources.

Positions run 0..size-1: 0 is the opening, 1..n the events (slide_order row p-1), n+1 the close.
A position is what the audience reads, counted from 1 ("12 / 29"). Pure functions, no Streamlit.
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from dashboard.details import TITLE_CHARS, cut_text, safe_url
from dashboard.export.credits import credit_line
from events.day import year_name

CLOSING_SOURCES = 8  # named on the closing slide; the rest are counted, so it always fits


@dataclass(frozen=True)
class Opening:
    """The title slide: the dataset's name, its years, how many events, the credit line."""

    name: str
    years: str
    count: int
    credit: str


@dataclass(frozen=True)
class Closing:
    """The last slide: each distinct source once, with its first http(s) link, in date order."""

    sources: tuple[tuple[str, str], ...]  # (name, link or "")
    more: int  # sources not named
    credit: str


def size(order: pd.DataFrame) -> int:
    """How many slides a deck of these event slides has: the events, the opening and the close."""
    return len(order) + 2


def kind(position: int, order: pd.DataFrame) -> str:
    """ "opening", "event" or "closing" for a position inside the deck."""
    if position <= 0:
        return "opening"
    return "closing" if position >= len(order) + 1 else "event"


def event_row(position: int, order: pd.DataFrame) -> pd.Series:
    """The event shown at an event position (1..n)."""
    return order.iloc[position - 1]


def opening(order: pd.DataFrame, name: str) -> Opening:
    """The opening slide of the events in `order` (slide_order's frame)."""
    return Opening(name=name, years=years(order), count=len(order), credit=_credit(order))


def closing(order: pd.DataFrame, limit: int = CLOSING_SOURCES) -> Closing:
    """The closing slide: sources of the events in date order, at most `limit` named."""
    sources = _sources(order)
    return Closing(sources=tuple(sources[:limit]), more=max(len(sources) - limit, 0),
                   credit=_credit(order))  # fmt: skip


def years(order: pd.DataFrame) -> str:
    """First and last year joined by an en dash, or one year when all events share it; "" when
    there are no events."""
    if order.empty:
        return ""
    first, last = (year_name(year) for year in (order["start"].min().year, order["end"].max().year))
    if first == last:
        return first
    # an en dash joins "2004" to "2024" but stands spaced between "264 BC" and "AD 476"
    return f"{first} \u2013 {last}" if " " in first + last else f"{first}\u2013{last}"


def _sources(order: pd.DataFrame) -> list[tuple[str, str]]:
    links: dict[str, str] = {}
    for source, url in zip(order["source"], order["source_url"], strict=True):
        name = cut_text(" ".join(str(source).split()), TITLE_CHARS) or safe_url(str(url))
        if name and not links.get(name):
            links[name] = safe_url(str(url))
    return list(links.items())


def _credit(order: pd.DataFrame) -> str:
    return credit_line(order["source"]) if "source" in order else credit_line(())
