"""Narrative time: in history the story's time follows the text; news keeps publication."""

from __future__ import annotations

from datetime import date

import pytest

from events.article.anchoring import names_a_thing
from events.article.extract import extract

PUBLISHED = date(2024, 10, 25)


def values(text: str, genre: str) -> dict[str, str]:
    return {row.text: row.timex for row in extract(text, published=PUBLISHED, genre=genre)}


# (invented history paragraph, expression, its value read as history)
HISTORY = [
    # an explicit year moves the story's time; dates without a year fall in it
    ("The canal company was founded in 1847. On 3 May the first barges set out.",
     "3 May", "1847-05-03"),
    ("The canal company was founded in 1847. Its locks were full by the end of June.",
     "the end of June", "1847-06"),
    ("The mill opened in 1761. For six years it prospered, and the town grew around it. Then"
     " the river changed its course. Trade moved south. Workers left. On 4 March a fire"
     " destroyed the empty mill.", "4 March", "1761-03-04"),
    # counted from the story's time, not from publication
    ("In March 1862 the river flooded the lower town. Later that month the bridge gave way.",
     "Later that month", "1862-03"),
    ("On 2 October 1805 the fleet sailed south. By the end of the month it lay off the cape.",
     "the end of the month", "1805-10"),
    ("The treaty was signed in 1713. The following spring, the garrison left the fort.",
     "The following spring", "1714-SP"),
    ("On 7 August 1914 the first troops landed. Two days later they reached the river.",
     "Two days later", "1914-08-09"),
    ("The fort was built in 1690. By the end of the year a second wall stood.",
     "the end of the year", "1690"),
    ("By August 1915 the siege had failed. The ships had landed the previous April.",
     "the previous April", "1915-04"),
    ("The treaty was signed in May 1713. The following March the garrison left.",
     "The following March", "1714-03"),
    # a day named without a year moves the story's time too: "the 5th" is of its month
    ("In August 1920 the army fell back. Talks began on 28 September, an offer came on"
     " 2 October. On the 5th, the other side answered.", "the 5th", "1920-10-05"),
    ("In March 1919 the front was quiet. On 8 August the city was taken, and later that month"
     " the line moved east.", "later that month", "1919-08"),
    # a month more than half a year behind the story's month is in the next year
    ("In December 1916 the talks broke down. On 14 January the allies sent their answer.",
     "14 January", "1917-01-14"),
    ("By August 1915 the siege had failed. In April the ships had landed the first men.",
     "April", "1915-04"),
    # an aside far from the story's time, mid-sentence, does not move it
    ("The city fell in 1453. Letters found in 2004 describe the siege. On 29 May the walls"
     " were breached.", "29 May", "1453-05-29"),
    # a date naming a thing does not move it either
    ("In 1848 the barricades went up. Veterans of the 1846 rising joined them, and on"
     " 24 February the king fled.", "24 February", "1848-02-24"),
    ("In 1793 the Convention ruled. Leaders of the August 1792 uprising lost their seats, and"
     " on 24 June a new constitution was adopted.", "24 June", "1793-06-24"),
    ("By 1793 the war went badly. The clergy, bound by the new oath (1790), were divided, and"
     " on 17 August the Convention called up every man.", "17 August", "1793-08-17"),
    # a year heading moves it, even after a line that ends with a name
    ("In November 1937 the government moved to Barcelona.\n\n1938\n\nThe town fell in"
     " January.", "January", "1938-01"),
    ("Fighting went on through 1915. Despite the June 1916 Brusilov offensive, the line held,"
     " and on 27 August a new ally joined.", "27 August", "1916-08-27"),
    # a bound is no time the story is in; nor is the end of "since 1776"
    ("Plans were made for 1777. Two generals resigned after the 1777 campaign, and in June"
     " the army marched north.", "June", "1777-06"),
    ("The treaty was signed in 1713. Peace had held since 1709, and the following spring the"
     " garrison left.", "the following spring", "1714-SP"),
    # a year of two figures is read in the story's century
    ("In 1790 its founders left to form the Club of '89.", "89", "1789"),
    # a far date that opens its sentence does move it
    ("The abbey was founded in 1120. In 1536, the abbey was closed. On 12 May the monks left.",
     "12 May", "1536-05-12"),
]


@pytest.mark.parametrize(("text", "expression", "value"), HISTORY)
def test_history_counts_from_the_story_time(text, expression, value):
    assert values(text, "history")[expression] == value


def test_auto_reads_a_text_of_far_years_as_history():
    text = ("The canal was dug in 1842 and opened in 1847. It froze in 1855. On 3 May the first"
            " barges of the new season set out.")
    assert values(text, "auto")["3 May"] == "1855-05-03"


# (invented news paragraph, expression, its value: the same in every genre the text reads as)
NEWS = [
    ("LONDON (Reuters) - The council approved the budget on Tuesday. It had rejected a first"
     " draft in March.", "March", "2024-03"),
    ("The company said on Oct. 21 that profits rose. A year earlier they had fallen.",
     "Oct. 21", "2024-10-21"),
    ("The bridge, built in 1931, will close for repairs on Nov. 4, officials said today.",
     "Nov. 4", "2024-11-04"),
    ("The museum, which opened in 1972 and grew in 1988 and 1999, will reopen on Saturday.",
     "Saturday", "2024-10-26"),
]


@pytest.mark.parametrize(("text", "expression", "value"), NEWS)
def test_news_keeps_counting_from_publication(text, expression, value):
    assert values(text, "news")[expression] == value
    assert values(text, "auto") == values(text, "news")


@pytest.mark.parametrize(
    ("text", "genre", "value"),
    [("The walls were breached in 1453. Soon the city fell.", "history", None),
     ("The bridge will open soon, the council said.", "news", "FUTURE_REF")],
)
def test_soon_is_no_time_in_a_narrated_past(text, genre, value):
    found = {row.text.lower(): row.timex for row in extract(text, published=PUBLISHED, genre=genre)}
    assert found.get("soon") == value


def test_a_history_text_read_as_news_places_year_less_dates_in_the_publication_year():
    text = "The canal company was founded in 1847. On 3 May the first barges set out."
    assert values(text, "news")["3 May"] == "2024-05-03"


@pytest.mark.parametrize(
    ("text", "expression", "naming"),
    [("leaders of the August 1792 uprising", "August 1792", True),
     ("the 1614 rules differed", "1614", True),
     ("their 1982 summer offensives", "1982", True),
     ("in August 1792 the uprising", "August 1792", False),
     ("the 1990s and after", "1990s", False),
     ("the 1846 was", "1846", False),
     ("a 1914 map", "1914", False),
     ("under the 1978 Treaty of Friendship", "1978", True),
     ("In the 1980s The Times grew", "1980s", False),
     ("the new oath (1790), and", "1790", True),
     ("the years (1790 and 1791)", "1790", False)],
)
def test_a_date_between_an_article_and_a_noun_names_a_thing(text, expression, naming):
    start = text.index(expression)
    assert names_a_thing(text, start, start + len(expression)) is naming
