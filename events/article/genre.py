"""News or history: whether a text tells of its own days or of a past it narrates.

News counts a date without a year from the day it was published; history from the year the
story has reached. Auto decides from the text alone: a text whose explicit years lie mostly
well before its publication, and that seldom counts from its own day ("today", "yesterday", a
weekday, "ago", "last year"), narrates the past; so does one that gives years BC.
"""

from __future__ import annotations

import re
from datetime import date

__all__ = ["GENRES", "story_genre"]

GENRES = ("auto", "news", "history")
# A year this many years before publication is the past a text narrates, not its news.
FAR_YEARS = 10
# So many far years at least, and this share of all the years the text gives.
FAR_COUNT = 3
FAR_SHARE = 2 / 3
# A word counted from the day of publication for fewer than this many far years: still news.
FAR_PER_NEWS_WORD = 4
BC_COUNT = 2

# Four figures first, what may stand around them after: the cheaper order.
_YEAR = re.compile(r"\b(?=[12]\d{3}\b)(?<![\d.,$£€-])(1\d{3}|20\d{2})\b(?![.,]\d|\s*(?:%|per))")
_BC = re.compile(r"\b\d[\d,]*\s*(?:BCE?\b|B\.C\.(?:E\.)?)")
_DEICTIC = re.compile(
    r"\b(?:today|yesterday|tomorrow|tonight|this\s+(?:week|month|morning|afternoon|evening)|"
    r"(?:last|next)\s+(?:week|night|year)|this\s+year|ago|"
    r"(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day)\b",
    re.IGNORECASE,
)


def story_genre(text: str, published: date, genre: str = "auto") -> str:
    """ "news" or "history": `genre` when it says which, else what the text shows."""
    if genre != "auto":
        return genre
    if ("BC" in text or "B.C" in text) and len(_BC.findall(text)) >= BC_COUNT:
        return "history"
    years = [int(year) for year in _YEAR.findall(text)]
    far = sum(published.year - year > FAR_YEARS for year in years)
    if far < FAR_COUNT or far < FAR_SHARE * len(years):
        return "news"  # most texts: the words counted from publication need not be counted
    news_words = len(_DEICTIC.findall(text))
    return "history" if far >= FAR_PER_NEWS_WORD * news_words else "news"
