"""Antiquity and deep time (events/dates/resolvers/eras.py), as tables: years, days, seasons,
ranges, decades, centuries and millennia BC or AD, years ago by the thousand, million or
billion; their TimeML values; and the AD readings a BC after them must never allow."""

from __future__ import annotations

import re
from datetime import date

import pytest
from hypothesis import given
from hypothesis import strategies as st

from events import NotADate, normalise
from events.article.extract import extract
from events.dates.resolvers.eras import bc_timex
from events.day import Day, year_name

PUBLISHED = date(2024, 10, 25)

# (text, start, end, precision, TIMEX value): astronomical years, 44 BC is -0043.
ERAS = [
    ("44 BC", "-0043-01-01", "-0043-12-31", "year", "BC0044"),
    ("44 BCE", "-0043-01-01", "-0043-12-31", "year", "BC0044"),
    ("44 B.C.", "-0043-01-01", "-0043-12-31", "year", "BC0044"),
    ("44 B.C.E.", "-0043-01-01", "-0043-12-31", "year", "BC0044"),
    ("1 BC", "+0000-01-01", "+0000-12-31", "year", "BC0001"),
    ("2,500 BC", "-2499-01-01", "-2499-12-31", "year", "BC2500"),
    ("in 216 BC", "-0215-01-01", "-0215-12-31", "year", "BC0216"),
    ("AD 79", "0079-01-01", "0079-12-31", "year", "0079"),
    ("79 AD", "0079-01-01", "0079-12-31", "year", "0079"),
    ("A.D. 79", "0079-01-01", "0079-12-31", "year", "0079"),
    ("79 CE", "0079-01-01", "0079-12-31", "year", "0079"),
    ("March 15, 44 BC", "-0043-03-15", "-0043-03-15", "day", "BC0044-03-15"),
    ("15 March 44 BC", "-0043-03-15", "-0043-03-15", "day", "BC0044-03-15"),
    ("February 29, 5 BC", "-0004-02-29", "-0004-02-29", "day", "BC0005-02-29"),  # year -4 leaps
    ("August 44 BC", "-0043-08-01", "-0043-08-31", "month", "BC0044-08"),
    ("19 August AD 14", "0014-08-19", "0014-08-19", "day", "0014-08-19"),
    ("August 19, AD 14", "0014-08-19", "0014-08-19", "day", "0014-08-19"),
    ("August 19, 14 AD", "0014-08-19", "0014-08-19", "day", "0014-08-19"),
    ("28 October AD 312", "0312-10-28", "0312-10-28", "day", "0312-10-28"),
    ("24 August A.D. 410", "0410-08-24", "0410-08-24", "day", "0410-08-24"),
    ("October AD 312", "0312-10-01", "0312-10-31", "month", "0312-10"),
    ("October 312 CE", "0312-10-01", "0312-10-31", "month", "0312-10"),
    ("the summer of AD 9", "0009-06-01", "0009-08-31", "season", "0009-SU"),
    ("the summer of 218 BC", "-0217-06-01", "-0217-08-31", "season", "BC0218-SU"),
    ("the 40s BC", "-0048-01-01", "-0039-12-31", "decade", "BC004"),
    ("the 200s BC", "-0298-01-01", "-0199-12-31", "century", "BC02"),
    ("the 5th century BC", "-0499-01-01", "-0400-12-31", "century", "BC04"),
    ("the fifth century BCE", "-0499-01-01", "-0400-12-31", "century", "BC04"),
    ("the 9th century B.C.", "-0899-01-01", "-0800-12-31", "century", "BC08"),
    ("the 1st century BC", "-0099-01-01", "+0000-12-31", "century", "BC00"),
    ("the 1st century AD", "0001-01-01", "0099-12-31", "century", "00"),
    ("the 3rd millennium BC", "-2999-01-01", "-2000-12-31", "millennium", "BC2"),
    ("the first millennium AD", "0001-01-01", "0999-12-31", "millennium", "0"),
    ("the second millennium", "1000-01-01", "1999-12-31", "millennium", "1"),
]


@pytest.mark.parametrize(("text", "start", "end", "precision", "timex"), ERAS)
def test_era_forms_resolve_to_their_span_and_value(text, start, end, precision, timex):
    span = normalise(text, published=PUBLISHED)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)
    assert (span.precision, span.timex) == (precision, timex)


# (text, start, end, TIMEX value): both years of a range take the era it ends with.
RANGES = [
    ("499-493 BC", "-0498-01-01", "-0492-12-31", "BC0499/BC0493"),
    ("499\u2013493 BCE", "-0498-01-01", "-0492-12-31", "BC0499/BC0493"),
    ("264 to 146 BC", "-0263-01-01", "-0145-12-31", "BC0264/BC0146"),
    ("27 BC - AD 14", "-0026-01-01", "0014-12-31", "BC0027/0014"),
    ("27 BC to 14 AD", "-0026-01-01", "0014-12-31", "BC0027/0014"),
    ("499-93 BC", "-0498-01-01", "-0492-12-31", "BC0499/BC0493"),  # the short end: 493 BC
    ("1200-50 BC", "-1199-01-01", "-0049-12-31", "BC1200/BC0050"),  # 1250 BC would run back
    ("AD 235\u2013284", "0235-01-01", "0284-12-31", "0235/0284"),
    ("AD 235-284", "0235-01-01", "0284-12-31", "0235/0284"),
    ("AD 235 to 284", "0235-01-01", "0284-12-31", "0235/0284"),
    ("235\u2013284 AD", "0235-01-01", "0284-12-31", "0235/0284"),
    ("AD 235-84", "0235-01-01", "0284-12-31", "0235/0284"),
    ("the 5th and 4th centuries BC", "-0499-01-01", "-0300-12-31", "BC04/BC03"),
    ("the fourth and fifth centuries BC", "-0499-01-01", "-0300-12-31", "BC04/BC03"),
    ("the 18th and 19th centuries", "1700-01-01", "1899-12-31", "17/18"),
]


@pytest.mark.parametrize(("text", "start", "end", "timex"), RANGES)
def test_ranges_bc_run_forward_in_time(text, start, end, timex):
    span = normalise(text, published=PUBLISHED)
    assert (span.start.isoformat(), span.end.isoformat(), span.timex) == (start, end, timex)


# (text, start, end, qualifier, approximate, mod)
MODIFIED = [
    ("c. 3000 BCE", "-2999-01-01", "-2999-12-31", "about", True, "APPROX"),
    ("circa 3000 BC", "-2999-01-01", "-2999-12-31", "about", True, "APPROX"),
    ("about 500 BC", "-0499-01-01", "-0499-12-31", "about", True, "APPROX"),
    ("the early 3rd century BC", "-0299-01-01", "-0267-12-31", "early", False, "START"),
    ("the middle of the 9th century BC", "-0866-01-01", "-0833-12-31", "mid", False, "MID"),
    ("late 44 BC", "-0043-09-01", "-0043-12-31", "late", False, "END"),
    ("before 44 BC", "-0044-12-31", "-0044-12-31", "before", False, "BEFORE"),
]


@pytest.mark.parametrize(("text", "start", "end", "qualifier", "approximate", "mod"), MODIFIED)
def test_modifiers_apply_to_years_bc(text, start, end, qualifier, approximate, mod):
    span = normalise(text, published=PUBLISHED)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)
    assert (span.qualifier, span.approximate, span.mod) == (qualifier, approximate, mod)


# (text, first year, last year, precision, TIMEX value, approximate): counted back from the
# publication year 2024, one unit of the last figure given wide, centred.
DEEP_TIME = [
    ("66 million years ago", -66_497_976, -65_497_977, "million years", "MA66", False),
    ("65 Ma", -65_497_976, -64_497_977, "million years", "MA65", False),
    ("4.5 billion years ago", -4_549_997_976, -4_449_997_977, "billion years", "GA4.5", False),
    ("2.5 Ga", -2_549_997_976, -2_449_997_977, "billion years", "GA2.5", False),
    ("about 12,000 years ago", -10_476, -9_477, "thousand years", "KA12", True),
    ("12 thousand years ago", -10_476, -9_477, "thousand years", "KA12", False),
    ("some 10,000 years ago", -8_476, -7_477, "thousand years", "KA10", True),
    ("12,500 years ago", -10_526, -10_427, "thousand years", "KA12.5", False),
]


@pytest.mark.parametrize(("text", "first", "last", "precision", "timex", "approx"), DEEP_TIME)
def test_deep_time_is_a_span_of_years_as_wide_as_its_last_figure(
    text, first, last, precision, timex, approx
):
    span = normalise(text, published=PUBLISHED)
    assert (span.start, span.end) == (Day(first, 1, 1), Day(last, 12, 31))
    assert (span.precision, span.timex, span.approximate) == (precision, timex, approx)


# An AD reading of a BC form is a wrong date shown as right: each of these names years BC.
@pytest.mark.parametrize(
    "text",
    [
        "the 5th century BC",
        "the fifth century B.C.",
        "the 1200s BC",
        "the 40s BC",
        "1200 BC",
        "the 3rd millennium BCE",
        "the 21st century BC",
        "the 90s B.C.",
    ],
)
def test_a_bc_form_never_resolves_to_years_ad(text):
    assert normalise(text, published=PUBLISHED).end.year <= 0


@given(st.integers(1, 99_999), st.sampled_from(["BC", "BCE", "B.C.", "B.C.E."]))
def test_any_year_bc_reads_back_as_written(number, era):
    span = normalise(f"{number:,} {era}", published=PUBLISHED)
    assert year_name(span.start.year) == year_name(span.end.year) == f"{number:,} BC"
    assert span.timex == f"BC{number:04d}"


@given(st.integers(1, 98))  # ordinals in figures run to 99th
def test_any_century_bc_ends_where_the_next_one_begins(number):
    older = normalise(f"the {number + 1}th century BC", published=PUBLISHED)
    newer = normalise(f"the {number}th century BC", published=PUBLISHED)
    assert (older.end.year + 1, newer.end.year - newer.start.year) == (newer.start.year, 99)


@pytest.mark.parametrize("text", ["11 BC-Iraq 3rdLd", "BC Hydro", "a 12 BCD file"])
def test_codes_holding_bc_are_no_years_bc(text):
    with pytest.raises(NotADate):
        normalise(text, published=PUBLISHED)


# (text, what the message says)
REFUSED = [
    ("0 BC", "there is no year 0 BC"),
    ("AD 0", "AD 0 is outside the years AD 1 to 9999"),
    ("February 29, 4 BC", "February 29, -3 does not exist"),
    ("30 billion years ago", "outside the supported range -20,000,000,000"),
    ("-2020-05-01", "year -2020 (a minus sign) is not read"),
    ("2020-05-01 BC", "a date in figures is never BC"),
    ("the 00s BC", "the 0s BC are not a decade"),
]


@pytest.mark.parametrize(("text", "message"), REFUSED)
def test_impossible_era_dates_are_refused_saying_why(text, message):
    with pytest.raises(NotADate, match=re.escape(message)):
        normalise(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("start", "precision", "timex"),
    [
        (Day(-43, 3, 15), "day", "BC0044-03-15"),
        (Day(-217, 6, 1), "season", "BC0218-SU"),
        (Day(-43, 12, 1), "season", "BC0044-WI"),
        (Day(0, 1, 1), "year", "BC0001"),
        (Day(-9999, 1, 1), "year", "BC10000"),
        (Day(-999, 1, 1), "millennium", "BC0"),
    ],
)
def test_bc_values_write_the_year_as_told(start, precision, timex):
    assert bc_timex(start, precision) == timex


HISTORY = (
    "In 218 BC Hannibal crossed the Alps. The First Punic War (264 to 241 BC) ended in a treaty, "
    "and the Mercenary War (240-238 BC) followed. Caesar was killed on March 15, 44 BC; "
    "Augustus ruled from 27 BC to AD 14. Vesuvius buried Pompeii in A.D. 79. Athens flourished "
    "in the 5th century BC, and writing began in the 3rd millennium BC. The dinosaurs died out "
    "about 66 million years ago."
)
# (text of the row, its TIMEX value): the range's first year is a row of its own, BC as well.
HISTORY_ROWS = [
    ("218 BC", "BC0218"),
    ("264", "BC0264"),
    ("241 BC", "BC0241"),
    ("240", "BC0240"),
    ("238 BC", "BC0238"),
    ("March 15, 44 BC", "BC0044-03-15"),
    ("27 BC", "BC0027"),
    ("AD 14", "0014"),
    ("A.D. 79", "0079"),
    ("the 5th century BC", "BC04"),
    ("the 3rd millennium BC", "BC2"),
    ("about 66 million years ago", "MA66"),
]


def test_running_history_text_gives_every_date_bc():
    rows = extract(HISTORY, published=PUBLISHED)
    assert [(row.text, row.timex) for row in rows] == HISTORY_ROWS
    assert all(row.start <= row.end for row in rows)


HISTORY_AD = (
    "Augustus died on 19 August AD 14, five years after his legions were lost in the summer of "
    "AD 9. The crisis of the third century (AD 235\u2013284) ended with Diocletian; Constantine "
    "won at the Milvian Bridge on 28 October AD 312, and emperors had come and gone in the "
    "years 235 to 284 AD. Long before, the Ionian revolt (499-93 BC) had failed, and Greek "
    "cities flourished in the 5th and 4th centuries BC."
)
# (text of the row, its TIMEX value): each end of a range a row of its own, in its era.
HISTORY_AD_ROWS = [
    ("19 August AD 14", "0014-08-19"),
    ("the summer of AD 9", "0009-SU"),
    ("the third century", "02"),
    ("AD 235", "0235"),
    ("284", "0284"),
    ("28 October AD 312", "0312-10-28"),
    ("235", "0235"),
    ("284 AD", "0284"),
    ("499", "BC0499"),
    ("93 BC", "BC0493"),
    ("the 5th and 4th centuries BC", "BC04/BC03"),
]


def test_running_history_text_gives_days_and_ranges_ad_in_their_era():
    rows = extract(HISTORY_AD, published=PUBLISHED, genre="history")
    assert [(row.text, row.timex) for row in rows] == HISTORY_AD_ROWS


# A story in 218 BC: its time is the "now" of "that winter", never of "years ago", which the
# writer counts back from the day of publication (2024).
STORY_IN_218_BC = (
    "In 218 BC Hannibal led his army over the Alps. The valleys he crossed had been cut by "
    "glaciers that melted about 12,000 years ago. In 216 BC he destroyed a Roman army at "
    "Cannae, on ground that had lain under a sea some 66 million years ago."
)
# (text of the row, first year, last year): as in DEEP_TIME, where nothing moves the story.
DEEP_TIME_IN_HISTORY = [
    ("about 12,000 years ago", -10_476, -9_477),
    ("some 66 million years ago", -66_497_976, -65_497_977),
]


@pytest.mark.parametrize("genre", ["history", "auto"])
def test_deep_time_counts_back_from_publication_whatever_the_story_time(genre):
    rows = extract(STORY_IN_218_BC, published=PUBLISHED, genre=genre)
    deep = [(row.text, row.start.year, row.end.year) for row in rows if row.rule == "deep_time"]
    assert deep == DEEP_TIME_IN_HISTORY
