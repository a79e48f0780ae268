"""Candidate rows from extraction rows, and the Events the ticked ones become (no date parsing:
every Extracted row here is written out by hand)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from dashboard.article_rows import DATELINE_NOTE, candidates, left_out, marked, to_events
from events.article.extract import Extracted
from events.article.to_events import event_id

PUBLISHED = date(2025, 4, 9)
TEXT = (
    "KELDON, April 9, 2025 - The Keldon council approved the tram line on Monday.\n"
    "Mayor Ada Brent said planning began in   March 2022 and that costs rose recently."
)


def row(text: str, start: date | None, end: date | None = None, **fields) -> Extracted:
    """An extraction row for the first occurrence of `text` in TEXT."""
    at = TEXT.index(text)
    sentence = next((lo, hi) for lo, hi in SENTENCES if lo <= at < hi)
    values = dict(
        char_start=at, char_end=at + len(text), text=text, start=start, end=end or start,
        precision="day", qualifier="none", approximate=False, ongoing=False,
        timex=start.isoformat() if start else "PAST_REF", mod="", timex_type="DATE",
        sentence=sentence, title=f"Title of {text}", rule="test_rule", source="Keldon Post",
        published=PUBLISHED,
    )  # fmt: skip
    values.update(fields)
    return Extracted(**values)


LINE_END = TEXT.index("\n")
SENTENCES = [(0, LINE_END), (LINE_END + 1, len(TEXT))]
DATELINE = row("April 9, 2025", date(2025, 4, 9))
MONDAY = row("Monday", date(2025, 4, 7), rule="weekday")
MARCH = row(
    "March 2022", date(2022, 3, 1), date(2022, 3, 31), precision="month", timex="2022-03",
    approximate=True, qualifier="about", mod="APPROX", title="Mayor Ada Brent said planning began",
)  # fmt: skip
RECENTLY = row("recently", None, precision="")
ROWS = [DATELINE, MONDAY, MARCH, RECENTLY]
KNOWN = {"actors": ["Ada Brent", "Ada", "Brent Council"], "places": ["Keldon", "Kel"], "topics": []}


@pytest.fixture
def frame() -> pd.DataFrame:
    return candidates(ROWS, TEXT, KNOWN)


def test_only_placed_rows_are_candidates(frame):
    assert frame["date"].to_list() == ["April 9, 2025", "Monday", "March 2022"]
    assert [r.text for r in left_out(ROWS)] == ["recently"]
    assert frame.index.to_list() == [event_id(r) for r in ROWS[:3]]


def test_a_candidate_shows_the_span_as_read(frame):
    march = frame.loc[event_id(MARCH)]
    assert (march["start"], march["end"], march["precision"]) == (
        date(2022, 3, 1),
        date(2022, 3, 31),
        "month",
    )
    assert march["sentence"] == (
        "Mayor Ada Brent said planning began in «March 2022» and that costs rose recently."
    )
    assert march["title"] == march["proposed"] == "Mayor Ada Brent said planning began"


def test_the_dateline_is_offered_unticked_and_flagged(frame):
    assert frame["add"].to_list() == [False, True, True]
    assert frame["note"].to_list() == [DATELINE_NOTE, "", ""]


def test_known_names_in_the_sentence_are_suggested(frame):
    assert frame["actors"].to_list() == ["", "", "Ada Brent"]  # longest name, whole words
    assert frame["places"].to_list() == ["Keldon", "Keldon", ""]
    assert frame["topics"].to_list() == ["", "", ""]


def test_marked_collapses_space_and_falls_back_to_a_window():
    assert marked(TEXT, MONDAY).endswith("the tram line on «Monday».")
    outside = replace(MONDAY, sentence=(0, 0))
    window = marked(TEXT, outside)  # 80 characters either side
    assert window.startswith("KELDON, April 9, 2025 - The Keldon council")
    assert "on «Monday». Mayor Ada Brent said" in window
    assert window.endswith("and that costs rose recent")


def edited(frame: pd.DataFrame, **columns) -> pd.DataFrame:
    """`frame` with whole columns replaced, as the data editor hands them back."""
    out = frame.copy()
    for name, values in columns.items():
        out[name] = values
    return out


@pytest.mark.parametrize(
    ("edits", "field", "expected"),
    [
        ({}, "title", ["Title of Monday", "Mayor Ada Brent said planning began"]),
        ({"title": ["", "  Tram  line\nplanned ", "x"]}, "title", ["Tram line planned", "x"]),
        ({"title": ["", "", None]}, "title",
         ["Title of Monday", "Mayor Ada Brent said planning began"]),
        ({"add": [True, True, False]}, "date", ["April 9, 2025", "Monday"]),
        ({"add": [False, False, False]}, "date", []),
        ({"actors": ["", "A; B ;; C", None]}, "actors", [("A", "B", "C"), ()]),
        ({"topics": ["", "transport", "transport; money"]}, "topics",
         [("transport",), ("transport", "money")]),
        ({}, "places", [("Keldon",), ()]),
        ({}, "source", ["Keldon Post", "Keldon Post"]),
        ({}, "published", [PUBLISHED, PUBLISHED]),
        ({}, "date", ["Monday", "March 2022"]),
        ({}, "error", ["", ""]),
    ],
)  # fmt: skip
def test_ticked_rows_become_events(frame, edits, field, expected):
    events = to_events(edited(frame, **edits))
    assert [getattr(event, field) for event in events] == expected


def test_the_span_is_carried_over_not_read_again(frame):
    march = to_events(frame)[1]
    assert march.span.as_dict() == {
        "text": "March 2022", "start": "2022-03-01", "end": "2022-03-31", "precision": "month",
        "qualifier": "about", "approximate": True, "ongoing": False, "timex": "2022-03",
        "mod": "APPROX", "rule": "test_rule",
    }  # fmt: skip
    assert march.quote.startswith("Mayor Ada Brent said planning began in March 2022")
    assert march.ok


def test_ids_come_from_the_extraction_and_avoid_taken_ones(frame):
    plain = to_events(frame)
    assert [event.id for event in plain] == frame.index[1:].to_list()
    retitled = to_events(edited(frame, title=["", "New title", ""]))
    assert [event.id for event in retitled] == [event.id for event in plain]
    clashing = to_events(frame, taken={plain[0].id, f"{plain[0].id}-2"})
    assert [event.id for event in clashing] == [f"{plain[0].id}-3", plain[1].id]


def test_an_article_without_dates_gives_an_empty_table():
    empty = candidates([RECENTLY], TEXT)
    assert empty.empty and list(empty.columns)[:3] == ["add", "date", "start"]
    assert to_events(empty) == []
