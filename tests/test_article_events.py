"""Article rows to events: which rows are events (ranges joined, the dateline left out), their
ids, and the Event each becomes unedited."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pytest

from events.article.extract import Extracted, extract
from events.article.to_events import article_events, event_id, is_dateline

PUBLISHED = date(2025, 4, 9)


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
