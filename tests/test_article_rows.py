"""Candidate rows from extraction rows, and the Events the ticked ones become (no date parsing:
every Extracted row here is written out by hand)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from dashboard.article_rows import DATELINE_NOTE, candidates, left_out, marked, to_events
from events.article.extract import Extracted, extract
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


# --- from real extraction: vague references, restatements, status and names -----------------


def found(text: str, known: dict | None = None) -> pd.DataFrame:
    return candidates(extract(text, published=PUBLISHED, source="Keldon Post"), text, known)


def test_a_vague_reference_is_listed_but_never_offered():
    text = "Several current and former officials said the tram was late."
    rows = extract(text, published=PUBLISHED)
    assert found(text).empty
    assert [row.text for row in left_out(rows)] == ["current"]


def test_a_restated_date_is_one_candidate_noted_as_such():
    text = "The depot shut on May 2, 2023. About a year later, in April 2024, it reopened."
    frame = found(text)
    assert frame["date"].to_list() == ["May 2, 2023", "April 2024"]
    assert frame["note"].to_list() == ["", "restates “About a year later”"]
    assert frame["title"].to_list()[1] == "It reopened"


@pytest.mark.parametrize(
    ("text", "statuses"),
    [
        ("The tram line will open on June 2. It was approved on March 3.", ["planned", "happened"]),
        ("The builder allegedly cut corners in 2024.", ["claimed"]),
    ],
)
def test_the_status_is_proposed_and_carried_to_the_event(text, statuses):
    frame = found(text)
    assert frame["status"].to_list() == statuses
    assert [event.status for event in to_events(frame)] == statuses


def test_an_edited_status_is_kept_and_an_empty_one_is_happened():
    frame = found("The tram line will open on June 2. It was approved on March 3.")
    events = to_events(edited(frame, status=["claimed", None]))
    assert [event.status for event in events] == ["claimed", "happened"]


def test_names_proposed_from_the_sentence_join_the_names_the_dataset_knows():
    text = "Mayor Ada Brent and Tom Hale opened the depot in Keldon on Monday."
    frame = found(text, {"actors": ["Ada Brent"], "places": ["Keldon"], "topics": ["trams"]})
    assert (frame["actors"].iloc[0], frame["places"].iloc[0]) == ("Ada Brent; Tom Hale", "Keldon")
    (event,) = to_events(frame)
    assert (event.actors, event.places) == (("Ada Brent", "Tom Hale"), ("Keldon",))


def test_a_name_the_dataset_knows_as_a_place_is_not_proposed_as_an_actor():
    text = "Brent Council met on Monday."
    frame = found(text, {"actors": [], "places": ["Brent Council"], "topics": []})
    assert (frame["actors"].iloc[0], frame["places"].iloc[0]) == ("", "Brent Council")


def test_a_very_long_sentence_is_shown_as_the_words_around_its_date():
    text = " ".join(["The tram ran late"] * 60) + " on Monday " + " ".join(["and cost more"] * 60)
    (sentence,) = found(text)["sentence"]
    assert "late on «Monday» and cost" in sentence and len(sentence) <= 2 * 80 + 12
