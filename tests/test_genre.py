"""News or history: decided from the text, or as the caller says."""

from __future__ import annotations

from datetime import date

import pytest

from events.article.genre import story_genre

PUBLISHED = date(2009, 12, 19)

CHRONICLE = (
    "The railway reached the valley in 1868. Floods closed it in 1871 and again in 1874; it"
    " was rebuilt in 1880 and electrified in 1912."
)

# (text, genre asked, genre read)
ROWS = [
    (CHRONICLE, "auto", "history"),
    (CHRONICLE, "news", "news"),
    ("The council met on Tuesday and will vote next week on the 2010 budget.", "auto", "news"),
    ("The council met on Tuesday and will vote next week.", "history", "history"),
    # a news story that recalls the past, but counts from its own day
    ("Ten years ago today the dam broke. It had been built in 1956, raised in 1971 and checked"
     " in 1988; last year engineers found new cracks, and on Monday work began.", "auto", "news"),
    # two years far back are not enough to read a text as history
    ("The firm, founded in 1920 and sold in 1965, said profits rose in 2009.", "auto", "news"),
    # years BC
    ("Rome fought Carthage from 264 BC until 241 BC, and again from 218 BC.", "auto", "history"),
    ("", "auto", "news"),
]


@pytest.mark.parametrize(("text", "asked", "read"), ROWS)
def test_genre_is_read_from_the_text_unless_given(text, asked, read):
    assert story_genre(text, PUBLISHED, asked) == read
