"""Date words as small mappings, and the regex fragments the rules are written with."""

from __future__ import annotations

MONTHS = {
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "may": 5, "jun": 6,
    "jul": 7, "aug": 8, "sep": 9, "oct": 10, "nov": 11, "dec": 12,
}
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3,
    "friday": 4, "saturday": 5, "sunday": 6,
}
SEASONS = {"spring": "spring", "summer": "summer", "autumn": "autumn", "fall": "autumn",
           "winter": "winter"}
RELATIVE_DAYS = {
    "the day before yesterday": -2, "day before yesterday": -2,
    "the day after tomorrow": 2, "day after tomorrow": 2,
    "yesterday": -1, "today": 0, "tonight": 0, "tomorrow": 1,
}
# Which way a named neighbour period lies from the reference one.
NEIGHBOUR = {"this": 0, "current": 0, "last": -1, "past": -1, "previous": -1, "next": 1,
             "coming": 1, "following": 1, "that": 0, "same": 0}
# Neighbours counted from the story's time rather than from publication.
IN_STORY = frozenset({"following", "previous", "that", "same"})
DIRECTION = {"ago": -1, "earlier": -1, "before": -1, "previously": -1,
             "later": 1, "after": 1, "afterwards": 1, "afterward": 1, "on": 1, "hence": 1,
             "from now": 1}
# "early in the summer of 1916", but not "the tram ran late in March".
PART = {"early": "early", "beginning of": "early", "start of": "early", "earlier": "early",
        "early in the": "early", "mid": "mid", "middle of": "mid", "late": "late",
        "end of": "late", "later": "late", "late in the": "late", "later in the": "late"}
PART_MOD = {"early": "START", "mid": "MID", "late": "END"}
APPROX = ("about", "around", "roughly", "approximately", "circa", "ca.", "c.", "some",
          "nearly", "almost")
OPEN = {"since": "since", "before": "before", "prior to": "before", "after": "after"}
OPEN_MOD = {"since": "AFTER", "before": "BEFORE", "after": "AFTER"}

UNITS = {"day": "day", "week": "week", "month": "month", "quarter": "quarter",
         "year": "year", "decade": "decade"}
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60,
        "seventy": 70, "eighty": 80, "ninety": 90}
ORDINALS = {
    "first": 1, "second": 2, "third": 3, "fourth": 4, "fifth": 5, "sixth": 6,
    "seventh": 7, "eighth": 8, "ninth": 9, "tenth": 10, "eleventh": 11, "twelfth": 12,
    "thirteenth": 13, "fourteenth": 14, "fifteenth": 15, "sixteenth": 16,
    "seventeenth": 17, "eighteenth": 18, "nineteenth": 19, "twentieth": 20,
    "twenty-first": 21,
}


def alternation(words) -> str:
    """A regex alternation, longest words first so the longest reading wins."""
    return "|".join(sorted((w.replace(".", r"\.").replace(" ", r"\s+") for w in words),
                           key=len, reverse=True))


# Counts said loosely, and the least and most they stand for: "a few days later".
FEW = {"a few": (2, 4), "a couple of": (2, 3), "several": (3, 7), "some": (2, 5)}


def number_value(word: str) -> int:
    """The value of a count written in digits or English words up to ninety-nine."""
    word = word.lower().replace("-", " ")
    if word.isdigit():
        return int(word)
    parts = word.split()
    if parts[0] in TENS:
        return TENS[parts[0]] + (SMALL_NUMBERS[parts[1]] if len(parts) > 1 else 0)
    return SMALL_NUMBERS[word]


def spelled_year_value(century: str | None, rest: str | None, thousands_rest: str | None) -> int:
    """The year "nineteen ninety-six" (century, rest) or "two thousand and one" names."""
    if century:
        hundreds = {"eighteen": 1800, "nineteen": 1900, "twenty": 2000}[century.lower()]
        rest_words = rest.lower()
        return hundreds + (0 if rest_words == "hundred" else number_value(rest_words))
    return 2000 + (number_value(thousands_rest) if thousands_rest else 0)


def ordinal_value(word: str) -> int:
    word = word.lower()
    return int(word[:-2]) if word[:-2].isdigit() else ORDINALS[word]


# Full names, or abbreviations that may take a full stop ("Sept." but never "June.").
_MONTH_WORD = (r"january|february|april|june|july|august|september|october|november|december"
               r"|(?:jan|feb|apr|jun|jul|aug|sept?|oct|nov|dec)\.?")
# "may" and "march" are also a verb: alone they count only when capitalised.
MONTH_ANY = rf"(?P<month>{_MONTH_WORD}|march|mar\.?|may)(?![a-z])"
MONTH_STRICT = rf"(?P<month>{_MONTH_WORD}|(?-i:March|Mar\.?|May))(?![a-z])"
DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
YEAR = r"(?<![\d$€£#,.])(?P<year>[1-9]\d{3})(?![\d%]|\.\d|,\d)"
# "Mondays" is a set, not a day.
WEEKDAY = r"(?P<weekday>monday|tuesday|wednesday|thursday|friday|saturday|sunday)(?!s\b)"
SEASON = rf"(?P<season>{alternation(SEASONS)})"
NUMBER = (rf"(?P<n>\d{{1,3}}|(?:{alternation(TENS)})(?:[\s-]+(?:{alternation(SMALL_NUMBERS)}))?"
          rf"|{alternation(SMALL_NUMBERS)})")
ORDINAL = rf"(?P<ord>\d{{1,2}}(?:st|nd|rd|th)|{alternation(ORDINALS)})"
ORDINAL_2 = ORDINAL.replace("(?P<ord>", "(?P<ord2>")  # the second of two: "5th and 4th"
NEIGHBOUR_WORD = rf"(?P<rel>{alternation(NEIGHBOUR)})"
HALF = r"first|second|last|latter|1st|2nd"  # which half of a year
WEEK_OF = r"(?:the\s+)?(?P<which>first|second|third|fourth|last|final)\s+week\s+of"
DIRECTION_WORD = rf"(?P<dir>{alternation(DIRECTION)})"

PREFIX = (
    r"(?:(?:the\s+)?(?P<shift>day\s+(?:before|after))\s+)?"  # "the day after Christmas"
    rf"(?:(?P<open>{alternation(OPEN)})\s+)?"
    rf"(?:(?P<approx>{alternation(APPROX)})\s+)?"
    rf"(?:(?:the\s+)?(?P<part>{alternation(PART)})(?:\s+|-))?"
    r"(?:the\s+)?"
)


_SPELLED_TAIL = (rf"(?:{alternation(TENS)})(?:[\s-]+(?:{alternation(list(SMALL_NUMBERS)[2:11])}))?"
                 rf"|{alternation(list(SMALL_NUMBERS)[11:])}|hundred")
# "nineteen ninety-six", "two thousand and one", "the year two thousand".
SPELLED_YEAR = (rf"(?P<century>eighteen|nineteen|twenty)\s+(?P<rest>{_SPELLED_TAIL})(?![a-z-])"
                rf"|two\s+thousand(?:\s+(?:and\s+)?(?P<rest2>{alternation(list(SMALL_NUMBERS)[2:])}))?"
                r"(?![a-z-])")

# Vague references TimeML writes as a value of their own: placed only when they mean now.
REFERENCES = {
    "now": "PRESENT_REF", "currently": "PRESENT_REF", "nowadays": "PRESENT_REF",
    "current": "PRESENT_REF",
    "these days": "PRESENT_REF", "at present": "PRESENT_REF",
    "recently": "PAST_REF", "the past": "PAST_REF",
    "lately": "PAST_REF", "formerly": "PAST_REF", "then current": "PAST_REF",
    "then-current": "PAST_REF",
    "the future": "FUTURE_REF", "soon": "FUTURE_REF", "the near future": "FUTURE_REF",
    "the near term": "FUTURE_REF", "the short term": "FUTURE_REF",
    "the long term": "FUTURE_REF", "the foreseeable future": "FUTURE_REF",
    "the distant future": "FUTURE_REF",
}
# Parts of a day, as TimeML writes them after the date ("2024-10-25TMO").
DAY_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI",
             "overnight": "NI"}
DAY_PART = rf"(?P<daypart>{alternation(DAY_PARTS)})"


def month_number(word: str) -> int:
    return MONTHS[word.lower()[:3]]
