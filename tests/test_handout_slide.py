"""handout.slide: what each slide says and where, in its cell: status in the title, text cut to
the cell, blocks given up in order when room runs out, the number and credit at the foot."""

from __future__ import annotations

import itertools
from datetime import date

import pytest

from dashboard.export.handout.sheets import SHEETS
from dashboard.export.handout.slide import slide
from dashboard.frame import events_frame
from dashboard.present import deck
from dashboard.present.slides import slide_order
from events.dataset import default_dataset
from events.event import Event
from events.span import DateSpan

BUILT_IN = slide_order(events_frame(default_dataset().events))
NAME = default_dataset().name
CREDIT = "Source: CNBC, 25 Oct 2024, citing The Wall Street Journal · Chart: Timeline Desk"


def event(id: str, day: date, **fields) -> Event:
    span = DateSpan(day, day, "day", text=str(day))
    return Event(id=id, date=fields.pop("date", str(day)), title=fields.pop("title", f"Title {id}"),
                 span=span, **fields)  # fmt: skip


# Everything too long at once: what the handout must cut to its cells.
EXTREME = slide_order(events_frame([
    event("huge", date(2001, 1, 1), title="Headline " * 400, summary="word " * 3000,
          actors=tuple(f"Actor number {i}" for i in range(80)), places=("Place " * 50,),
          quote="said " * 900, source="Wire " * 200, date="on a day " * 80),
    event("word", date(2002, 1, 1), title="W" * 5000, summary="M" * 5000, status="planned",
          source_url="https://example.org/" + "a" * 400, source="Example"),
    event("wide", date(2003, 1, 1), title="北京上海广州深圳" * 40, status="claimed",
          summary="<b>not bold</b> & <br> stays text " * 30),
    *[event(f"s{i}", date(2004, 1, i + 1), source=f"Source {i} " + "long name " * 40,
            source_url=f"https://news{i}.example/" + "path/" * 60) for i in range(12)],
]))  # fmt: skip
LONG_NAME = "EXTREME " * 100


def texts(order, position, per_page=1, name=NAME):
    sheet = SHEETS[per_page]
    laid = slide(order, name, position, sheet, sheet.cells()[0], credit_here=per_page == 1)
    return {text.role: text for text in laid.texts}, laid


@pytest.mark.parametrize(
    ("status", "title"),
    [("happened", "Launch"), ("planned", "Planned: Launch"), ("claimed", "Claimed: Launch")],
)
def test_an_event_not_known_to_have_happened_says_so_in_its_title(status, title):
    order = slide_order(events_frame([event("a", date(2024, 9, 9), title="Launch",
                                            status=status)]))  # fmt: skip
    assert texts(order, 1)[0]["title"].lines == (title,)


@pytest.mark.parametrize(
    ("position", "per_page", "number", "credit"),
    [(0, 1, "1 / 29", CREDIT), (5, 1, "6 / 29", CREDIT), (28, 1, "29 / 29", CREDIT),
     (5, 6, "6 / 29", None)],  # six to a page: the page's footer has the credit line
)  # fmt: skip
def test_the_foot_has_the_number_and_on_a_page_of_its_own_the_credit(position, per_page, number,
                                                                      credit):  # fmt: skip
    shown = texts(BUILT_IN, position, per_page)[0]
    assert shown["number"].lines == (number,)
    assert (" ".join(shown["credit"].lines) if "credit" in shown else None) == credit


@pytest.mark.parametrize("per_page", [1, 6])
def test_the_opening_names_the_dataset_its_years_and_events(per_page):
    shown, laid = texts(BUILT_IN, 0, per_page)
    assert " ".join(shown["name"].lines) == NAME
    assert shown["years"].lines == ("2004\u20132024",)
    assert shown["count"].lines == ("27 dated events",)
    assert laid.strip is None


@pytest.mark.parametrize("per_page", [1, 6])
def test_an_event_slide_says_what_the_present_tab_says(per_page):
    shown, laid = texts(BUILT_IN, 1, per_page)
    assert (
        " ".join(shown["title"].lines)
        == "Commercial Space Act passes, credited to Musk's influence"
    )
    assert shown["date"].lines == ("“2004” · 1 Jan 2004 to 31 Dec 2004 · year",)
    assert shown["source"].lines == ("Source: CNBC, 25 Oct 2024",)
    assert " ".join(shown["summary"].lines).startswith("Congress passed a bill")
    assert " ".join(shown["actors"].lines) == "Actors: Dana Rohrabacher, Elon Musk, SpaceX"
    assert shown["places"].lines == ("Places: United States",)
    assert laid.strip is not None and laid.strip.y > shown["places"].box().bottom


def test_the_closing_names_the_sources():
    shown = texts(BUILT_IN, 28)[0]
    assert shown["heading"].lines == ("Sources",)


@pytest.mark.parametrize(
    ("position", "per_page", "lines"),
    [
        # the quote goes first, then the summary gives up lines (it may have 9 on a page)
        (1, 1, [("title", 3), ("date", 2), ("source", 2), ("summary", 5), ("actors", 2),
                ("places", 2)]),
        # a sixth of a page: the summary keeps three lines, actors and places one each
        (1, 6, [("title", 4), ("date", 2), ("source", 2), ("summary", 3), ("actors", 1),
                ("places", 1)]),
        (2, 6, [("title", 4), ("date", 1), ("source", 1), ("summary", 7)]),
        (0, 6, [("name", 4), ("years", 1), ("count", 1)]),
        (16, 6, [("heading", 1), *[("sources", 2)] * 7, ("sources", 1), ("more", 1)]),
    ],
)  # fmt: skip
def test_blocks_that_do_not_fit_give_way_in_order(position, per_page, lines):
    laid = texts(EXTREME, position, per_page, LONG_NAME)[1]
    shown = [(text.role, len(text.lines)) for text in laid.texts]
    assert [row for row in shown if row[0] not in ("number", "credit")] == lines


@pytest.mark.parametrize("per_page", [1, 6])
@pytest.mark.parametrize("position", range(deck.size(EXTREME)))
def test_every_text_stays_inside_its_cell_and_cut_text_ends_in_an_ellipsis(per_page, position):
    sheet = SHEETS[per_page]
    cell = sheet.cells()[-1]
    laid = slide(EXTREME, LONG_NAME, position, sheet, cell, credit_here=True)
    inside = sheet.inside(cell)
    assert [t.role for t in laid.texts if not inside.holds(t.box())] == []
    boxes = sorted((t.box() for t in laid.texts if t.role != "number"), key=lambda box: box.y)
    assert all(upper.bottom <= lower.y + 0.01 for upper, lower in itertools.pairwise(boxes))
    if laid.strip:
        assert inside.holds(laid.strip) and laid.strip.y >= boxes[-2].bottom
    title = next(t for t in laid.texts if t.role in ("title", "name", "heading"))
    assert title.lines[-1].endswith("…") == (position <= 3)  # the name and three huge titles
