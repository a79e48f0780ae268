"""Article rows to events: which rows are events (ranges joined, the dateline left out), their
ids, and the Event each becomes unedited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from events.article.extract import Extracted, extract
from events.article.to_events import QUOTE_LENGTH, article_events, event_id, is_dateline

PUBLISHED = date(2025, 4, 9)  # a Wednesday


def row(text: str, date_text: str, **fields) -> Extracted:
    at = text.index(date_text)
    values = dict(
        char_start=at, char_end=at + len(date_text), text=date_text, start=date(2023, 3, 14),
        end=date(2023, 3, 14), precision="day", qualifier="none", approximate=False,
        ongoing=False, timex="2023-03-14", mod="", timex_type="DATE", sentence=(0, len(text)),
        title="", rule="month_day_year",
    )  # fmt: skip
    return Extracted(**(values | fields))


@pytest.mark.parametrize(
    ("text", "date_text", "expected"),
    [
        ("LOWMERE, March 14, 2023 - The council voted.", "March 14, 2023", True),
        ("LOWMERE, March 14, 2023 \u2014 The council voted.", "March 14, 2023", True),
        ("ST. ANNE'S (Wire) - March 14, 2023 - Rain.", "March 14, 2023", True),
        ("LOWMERE, March 14, 2023 (Wire) - The council voted.", "March 14, 2023", True),
        ("Harbour news\nMarch 14, 2023\nThe council voted.", "March 14, 2023", True),
        ("Published March 14, 2023, 9:00\nThe council voted.", "March 14, 2023", True),
        ("By Ann Lee | Updated 14 March 2023\nText.", "14 March 2023", True),
        ("On March 14, 2023, the council voted.", "March 14, 2023", False),
        ("The council voted on March 14, 2023.", "March 14, 2023", False),
        ("March 14, 2023 was the day the council voted.", "March 14, 2023", False),
        ("x" * 700 + "\nLOWMERE, March 14, 2023 - Late.", "March 14, 2023", False),
    ],
)
def test_is_dateline(text, date_text, expected):
    assert is_dateline(text, row(text, date_text)) is expected


def test_a_month_is_never_a_dateline():
    text = "LOWMERE, March 2023 - The council voted."
    assert not is_dateline(text, row(text, "March 2023", precision="month"))




MONDAY = row("The council voted on Monday.", "Monday", source="Keldon Post", published=PUBLISHED,
             title="The council voted")


def test_the_id_is_stable_and_tells_articles_apart():
    assert event_id(MONDAY) == event_id(replace(MONDAY))
    assert event_id(MONDAY).startswith("the-council-voted-")
    assert event_id(MONDAY) != event_id(replace(MONDAY, source="Other Paper"))
    assert event_id(MONDAY) != event_id(replace(MONDAY, published=date(2025, 4, 10)))


ARTICLE = (
    "KELDON, April 9, 2025 (Wire) - The tram line opened on Monday after works that ran from "
    "2019 to 2021.\nThe mayor said costs rose recently. Work on a second line began in March."
)


def test_an_article_becomes_its_events():
    events = article_events(extract(ARTICLE, source="keldon.txt"), ARTICLE)
    got = [(e.date, e.span.start.isoformat(), e.span.end.isoformat(), e.span.precision, e.title)
           for e in events]
    assert got == [
        ("Monday", "2025-04-07", "2025-04-07", "day",
         "The tram line opened after works that ran from 2019 to 2021"),
        ("2019 to 2021", "2019-01-01", "2021-12-31", "year",
         "The tram line opened on Monday after works that ran"),
        ("March", "2025-03-01", "2025-03-31", "month", "Work on a second line began"),
    ]
    assert {(e.source, e.published) for e in events} == {("keldon.txt", PUBLISHED)}
    assert events[2].quote == "Work on a second line began in March."
    assert len({e.id for e in events}) == 3


# (article, the events' dates as written): one event per moment told, never a vague reference.
EVENT_DATES = [
    ("The pier shut on Oct. 27, 2022. About a year later, in September 2023, the council hired"
     " a diver.", ["Oct. 27, 2022", "September 2023"]),
    ("Last year (in 2024) the mill closed.", ["2024"]),
    ("Several current and former officials said the talks went on.", []),
    ("The quay is now open only at weekends, and recently it flooded.", []),
    ("The ferry stopped in 2019, 2020 and 2021.", ["2019", "2020", "2021"]),
    ("Work ran from 2019 to 2021, but last Tuesday it stopped.", ["2019 to 2021", "last Tuesday"]),
]


@pytest.mark.parametrize(("text", "dates"), EVENT_DATES)
def test_each_moment_is_one_event_and_vague_references_none(text, dates):
    events = article_events(extract(text, published=PUBLISHED), text)
    assert [event.date for event in events] == dates


def test_a_restated_date_gives_one_event_at_its_exact_reading():
    text = ("The pier shut on Oct. 27, 2022. About a year later, in September 2023, the council"
            " hired a diver.")
    (_, event) = article_events(extract(text, published=PUBLISHED), text)
    assert (event.date, event.span.start, event.span.end, event.span.precision) == (
        "September 2023", date(2023, 9, 1), date(2023, 9, 30), "month")
    assert event.title == "The council hired a diver"


def test_a_range_is_titled_with_every_word_but_the_range():
    text = "Work ran from 2019 to 2021 on the old pier, but last Tuesday it stopped."
    titles = [event.title for event in article_events(extract(text, published=PUBLISHED), text)]
    assert titles == ["Work ran on the old pier", "It stopped"]


# (article, the status of each event)
STATUSES = [
    ("The council will hold a vote on Nov. 12. It met on Oct. 2.", ["planned", "happened"]),
    ("The hearing is scheduled for Dec. 3.", ["planned"]),
    ("The town plans to rebuild the pier in the spring of 2025.", ["planned"]),
    ("Work is expected to start this month.", ["planned"]),
    ("Leaders met before next month's summit.", ["planned"]),
    ("The mill allegedly dumped waste in 2019.", ["claimed"]),
    ("The firm said in 2021 that it would open a plant in March 2022.", ["happened", "claimed"]),
    ("Since late 2022 the ferry has run less often.", ["happened"]),
]


@pytest.mark.parametrize(("text", "statuses"), STATUSES)
def test_planned_and_claimed_events_are_marked(text, statuses):
    events = article_events(extract(text, published=PUBLISHED), text)
    assert [event.status for event in events] == statuses


def test_actors_and_places_are_proposed_from_the_sentence():
    text = "Mayor Ada Brent opened the Keldon Tram depot in Port Ellery on Monday."
    (event,) = article_events(extract(text, published=PUBLISHED), text)
    assert (event.actors, event.places) == (("Ada Brent", "Keldon Tram"), ("Port Ellery",))


def test_the_quote_of_a_very_long_sentence_is_the_words_around_its_date():
    text = " ".join(["The tram ran late"] * 60) + " on Monday " + " ".join(["and cost more"] * 60)
    (event,) = article_events(extract(text, published=PUBLISHED), text)
    assert event.quote.startswith("…") and event.quote.endswith("…")
    assert "late on Monday and cost" in event.quote and len(event.quote) <= QUOTE_LENGTH + 2
