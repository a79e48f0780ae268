"""deck: the opening slide, the closing slide of sources, and what sits at each position."""

from __future__ import annotations

from datetime import date

import pytest

from dashboard.frame import events_frame
from dashboard.present.deck import Closing, closing, event_row, kind, opening, size, years
from dashboard.present.slides import slide_order
from events.day import Day
from events.event import Event
from events.span import DateSpan


def event(id, start, end=None, source="", url="") -> Event:
    span = DateSpan(start, end or start, "day", text=str(start))
    return Event(id=id, date=str(start), title=f"Title {id}", span=span, source=source,
                 source_url=url)  # fmt: skip


def order(*events):
    return slide_order(events_frame(events))


THREE = (
    event("b", date(2013, 3, 9), source="CNBC", url="https://cnbc.example/a"),
    event("a", date(2004, 12, 23), source="Congress"),
    event("c", date(2024, 10, 5), date(2024, 10, 6), source="CNBC", url="https://cnbc.example/b"),
)


@pytest.mark.parametrize(
    ("position", "expected"),
    [(-1, "opening"), (0, "opening"), (1, "event"), (3, "event"), (4, "closing"), (9, "closing")],
)
def test_the_deck_opens_and_closes_around_the_events(position, expected):
    assert kind(position, order(*THREE)) == expected


def test_event_positions_count_from_one_in_date_order():
    slides = order(*THREE)
    assert [event_row(p, slides)["id"] for p in (1, 2, 3)] == ["a", "b", "c"]
    assert size(slides) == 5


@pytest.mark.parametrize(
    ("events", "expected"),
    [
        (THREE, "2004\u20132024"),
        (THREE[:1], "2013"),
        ((), ""),
        ((event("x", Day(-263, 1, 1)), event("y", date(476, 9, 4))), "264 BC \u2013 AD 476"),
        ((event("x", Day(-43, 3, 15)), event("y", Day(-30, 9, 2))), "44 BC \u2013 31 BC"),
        ((event("x", date(79, 8, 24)),), "AD 79"),
        ((event("x", date(800, 12, 25)), event("y", date(1066, 10, 14))), "AD 800 \u2013 1066"),
    ],
)
def test_years_covered(events, expected):
    assert years(order(*events)) == expected


def test_the_opening_names_the_dataset_its_years_and_its_sources():
    shown = opening(order(*THREE), "Musk and Putin")
    assert (shown.name, shown.years, shown.count) == ("Musk and Putin", "2004\u20132024", 3)
    assert shown.credit == "Sources: Congress; CNBC · Chart: Timeline Desk"


@pytest.mark.parametrize(
    ("events", "limit", "expected"),
    [
        (THREE, 8, Closing((("Congress", ""), ("CNBC", "https://cnbc.example/a")), 0,
                           "Sources: Congress; CNBC · Chart: Timeline Desk")),
        (THREE, 1, Closing((("Congress", ""),), 1,
                           "Sources: Congress; CNBC · Chart: Timeline Desk")),
        # a link given only on a later row of the same source is still found
        ((event("a", date(2001, 1, 1), source="AP"),
          event("b", date(2002, 1, 1), source="AP", url="https://ap.example/x")), 8,
         Closing((("AP", "https://ap.example/x"),), 0, "Source: AP · Chart: Timeline Desk")),
        # a javascript: link is no link; a nameless source is named by its address
        ((event("a", date(2001, 1, 1), source="Evil", url="javascript:alert(1)"),
          event("b", date(2002, 1, 1), url="https://x.example/")), 8,
         Closing((("Evil", ""), ("https://x.example/", "https://x.example/")), 0,
                 "Source: Evil · Chart: Timeline Desk")),
        ((), 8, Closing((), 0, "Chart: Timeline Desk")),
    ],
)  # fmt: skip
def test_the_closing_slide_names_each_source_once_with_its_link(events, limit, expected):
    assert closing(order(*events), limit) == expected


def test_a_huge_source_name_is_cut_on_the_closing_slide():
    shown = closing(order(event("a", date(2001, 1, 1), source="word " * 10_000)))
    assert len(shown.sources[0][0]) <= 300 and shown.sources[0][0].endswith("…")
