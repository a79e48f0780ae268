"""The normaliser, as tables: every rule's forms, the modifiers, and the refusals."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from events import NotADate, normalise
from events.dates.impossible import IMPOSSIBLE_PARTS
from events.dates.nondates import NON_DATES
from events.dates.rules import RULES

PUBLISHED = date(2024, 10, 25)  # a Friday
STORY = date(2022, 10, 27)  # the narrative time of a passage about October 2022

# (text, anchor, start, end, precision, rule): every rule has at least one row here.
FORMS = [
    ("July 04, 2021", None, "2021-07-04", "2021-07-04", "day", "month_day_year"),
    ("Aug. 3, 2021", None, "2021-08-03", "2021-08-03", "day", "month_day_year"),
    ("Sept. 30, 2020", None, "2020-09-30", "2020-09-30", "day", "month_day_year"),
    ("November 9, 1989", None, "1989-11-09", "1989-11-09", "day", "month_day_year"),
    ("on Thursday, Oct. 24, 2024", None, "2024-10-24", "2024-10-24", "day", "month_day_year"),
    ("October the 27th, 2022", None, "2022-10-27", "2022-10-27", "day", "month_day_year"),
    ("14 February 2019", None, "2019-02-14", "2019-02-14", "day", "day_month_year"),
    ("the 3rd of August 2021", None, "2021-08-03", "2021-08-03", "day", "day_month_year"),
    ("2024-10-05", None, "2024-10-05", "2024-10-05", "day", "iso_date"),
    ("2022/10/27", None, "2022-10-27", "2022-10-27", "day", "iso_date"),
    ("10/27/2022", None, "2022-10-27", "2022-10-27", "day", "numeric_date"),
    ("27/10/22", None, "2022-10-27", "2022-10-27", "day", "numeric_date"),
    ("Nov. 3", None, "2024-11-03", "2024-11-03", "day", "month_day"),
    ("Oct. 27", STORY, "2022-10-27", "2022-10-27", "day", "month_day"),
    ("on May 5", None, "2024-05-05", "2024-05-05", "day", "month_day"),
    ("3 November", None, "2024-11-03", "2024-11-03", "day", "day_month"),
    ("on the 19th", STORY, "2022-10-19", "2022-10-19", "day", "ordinal_day"),
    ("by the 3rd", None, "2024-10-03", "2024-10-03", "day", "ordinal_day"),
    ("on the 28th", None, "2024-09-28", "2024-09-28", "day", "ordinal_day"),  # still ahead
    ("yesterday", None, "2024-10-24", "2024-10-24", "day", "relative_day"),
    ("the day before yesterday", None, "2024-10-23", "2024-10-23", "day", "relative_day"),
    ("today", None, "2024-10-25", "2024-10-25", "day", "relative_day"),
    ("Oct. 28-31", None, "2024-10-28", "2024-10-31", "day", "day_span"),
    ("on Tuesday", None, "2024-10-22", "2024-10-22", "day", "weekday"),
    ("Wednesday", None, "2024-10-23", "2024-10-23", "day", "weekday"),
    ("Friday", None, "2024-10-25", "2024-10-25", "day", "weekday"),
    ("last Friday", None, "2024-10-18", "2024-10-18", "day", "weekday"),
    ("next Tuesday", None, "2024-10-29", "2024-10-29", "day", "weekday"),
    ("the previous Friday", STORY, "2022-10-21", "2022-10-21", "day", "weekday"),
    ("the following Monday", STORY, "2022-10-31", "2022-10-31", "day", "weekday"),
    ("three days ago", None, "2024-10-22", "2024-10-22", "day", "days_counted"),
    ("two days later", STORY, "2022-10-29", "2022-10-29", "day", "days_counted"),
    ("the next day", STORY, "2022-10-28", "2022-10-28", "day", "neighbour_day"),
    ("2022-W42", None, "2022-10-17", "2022-10-23", "week", "iso_week"),
    ("this week", None, "2024-10-21", "2024-10-27", "week", "neighbour_week"),
    ("last week", None, "2024-10-14", "2024-10-20", "week", "neighbour_week"),
    ("two weeks earlier", STORY, "2022-10-10", "2022-10-16", "week", "weeks_counted"),
    ("March 2021", None, "2021-03-01", "2021-03-31", "month", "month_year"),
    ("Sept. 2022", None, "2022-09-01", "2022-09-30", "month", "month_year"),
    ("August of 2022", None, "2022-08-01", "2022-08-31", "month", "month_year"),
    ("January nineteen ninety-seven", None, "1997-01-01", "1997-01-31", "month",
     "month_spelled_year"),
    ("June two thousand", None, "2000-06-01", "2000-06-30", "month", "month_spelled_year"),
    ("2021-03", None, "2021-03-01", "2021-03-31", "month", "iso_month"),
    ("In August", None, "2024-08-01", "2024-08-31", "month", "bare_month"),
    ("In December", None, "2023-12-01", "2023-12-31", "month", "bare_month"),
    ("in October", None, "2024-10-01", "2024-10-31", "month", "bare_month"),
    ("in March to London", None, "2024-03-01", "2024-03-31", "month", "bare_month"),
    ("in March on the eve of the vote", None, "2024-03-01", "2024-03-31", "month", "bare_month"),
    ("In December", STORY, "2022-12-01", "2022-12-31", "month", "bare_month"),
    ("last month", None, "2024-09-01", "2024-09-30", "month", "neighbour_month"),
    ("this month", None, "2024-10-01", "2024-10-31", "month", "neighbour_month"),
    ("six months later", STORY, "2023-04-01", "2023-04-30", "month", "months_counted"),
    ("18 months ago", STORY, "2021-04-01", "2021-04-30", "month", "months_counted"),
    ("autumn 2020", None, "2020-09-01", "2020-11-30", "season", "season_year"),
    ("the fall of 2015", None, "2015-09-01", "2015-11-30", "season", "season_year"),
    ("winter 2021", None, "2021-12-01", "2022-02-28", "season", "season_year"),
    ("the winter of nineteen ninety-four", None, "1994-12-01", "1995-02-28", "season",
     "season_spelled_year"),
    ("2021-SP", None, "2021-03-01", "2021-05-31", "season", "timex_season"),
    ("last summer", None, "2024-06-01", "2024-08-31", "season", "near_season"),
    ("in the spring", None, "2024-03-01", "2024-05-31", "season", "near_season"),
    ("in the summer", date(2023, 3, 15), "2023-06-01", "2023-08-31", "season", "near_season"),
    ("that autumn", STORY, "2022-09-01", "2022-11-30", "season", "near_season"),
    ("the following spring", STORY, "2023-03-01", "2023-05-31", "season", "near_season"),
    ("The next spring", STORY, "2023-03-01", "2023-05-31", "season", "near_season"),
    ("the previous winter", STORY, "2021-12-01", "2022-02-28", "season", "near_season"),
    ("the previous spring", date(1942, 4, 10), "1941-03-01", "1941-05-31", "season",
     "near_season"),
    ("the Winter Offensive", date(1951, 1, 4), "1950-12-01", "1951-02-28", "season",
     "near_season"),
    ("the summer offensive of 1942", None, "1942-06-01", "1942-08-31", "season",
     "season_of_year"),
    ("the Spring Offensive of 1918", None, "1918-03-01", "1918-05-31", "season",
     "season_of_year"),
    ("early in the summer of 1916", None, "1916-06-01", "1916-06-30", "season", "season_year"),
    ("late in the summer of 1916", None, "1916-08-01", "1916-08-31", "season", "season_year"),
    ("Q1 2022", None, "2022-01-01", "2022-03-31", "quarter", "quarter_year"),
    ("the second quarter of 2021", None, "2021-04-01", "2021-06-30", "quarter", "quarter_year"),
    ("2023-Q3", None, "2023-07-01", "2023-09-30", "quarter", "iso_quarter"),
    ("last quarter", None, "2024-07-01", "2024-09-30", "quarter", "neighbour_quarter"),
    ("1999", None, "1999-01-01", "1999-12-31", "year", "year"),
    ("1215", None, "1215-01-01", "1215-12-31", "year", "year"),
    ("FY2024", None, "2024-01-01", "2024-12-31", "year", "year"),
    ("the class of '99", None, "1999-01-01", "1999-12-31", "year", "short_year"),
    ("the Club of '89", date(1790, 5, 4), "1789-01-01", "1789-12-31", "year", "short_year"),
    ("in 2013", None, "2013-01-01", "2013-12-31", "year", "year"),
    ("AD 800", None, "0800-01-01", "0800-12-31", "year", "year_of_era"),
    ("A.D. 79", None, "0079-01-01", "0079-12-31", "year", "year_of_era"),
    ("44 BC", None, "-0043-01-01", "-0043-12-31", "year", "year_bc"),
    ("146 B.C", None, "-0145-01-01", "-0145-12-31", "year", "year_bc"),
    ("March 15, 44 BC", None, "-0043-03-15", "-0043-03-15", "day", "month_day_year_bc"),
    ("15 March 44 BC", None, "-0043-03-15", "-0043-03-15", "day", "day_month_year_bc"),
    ("March 44 BC", None, "-0043-03-01", "-0043-03-31", "month", "month_year_bc"),
    ("the summer of 218 BC", None, "-0217-06-01", "-0217-08-31", "season", "season_year_bc"),
    ("19 August AD 14", None, "0014-08-19", "0014-08-19", "day", "day_month_year_ad"),
    ("August 19, AD 14", None, "0014-08-19", "0014-08-19", "day", "month_day_year_ad"),
    ("October AD 312", None, "0312-10-01", "0312-10-31", "month", "month_year_ad"),
    ("the summer of AD 9", None, "0009-06-01", "0009-08-31", "season", "season_year_ad"),
    ("the 40s BC", None, "-0048-01-01", "-0039-12-31", "decade", "decade_bc"),
    ("the 5th century BC", None, "-0499-01-01", "-0400-12-31", "century", "century"),
    ("the 5th and 4th centuries BC", None, "-0499-01-01", "-0300-12-31", "century", "centuries"),
    ("the 3rd millennium BC", None, "-2999-01-01", "-2000-12-31", "millennium", "millennium"),
    ("66 million years ago", None, "-66497976-01-01", "-65497977-12-31", "million years",
     "deep_time"),
    ("next year", None, "2025-01-01", "2025-12-31", "year", "neighbour_year"),
    ("the following year", STORY, "2023-01-01", "2023-12-31", "year", "neighbour_year"),
    ("a year later", STORY, "2023-01-01", "2023-12-31", "year", "years_counted"),
    ("two years from now", STORY, "2026-01-01", "2026-12-31", "year", "years_counted"),
    ("Two years later, in March 2021", None, "2021-03-01", "2021-03-31", "month", "month_year"),
    ("the 2010s", None, "2010-01-01", "2019-12-31", "decade", "decade"),
    ("the 1800s", None, "1800-01-01", "1899-12-31", "century", "decade"),
    ("the 2000s", None, "2000-01-01", "2009-12-31", "decade", "decade"),
    ("the '90s", None, "1990-01-01", "1999-12-31", "decade", "short_decade"),
    ("a decade ago", None, "2014-01-01", "2014-12-31", "year", "decades_counted"),
    ("the last decade", None, "2010-01-01", "2019-12-31", "decade", "neighbour_decade"),
    ("the 21st century", None, "2000-01-01", "2099-12-31", "century", "century"),
    ("the nineteenth century", None, "1800-01-01", "1899-12-31", "century", "century"),
    # forms of news writing: named days, now, times of day, reporting periods, spelled years
    ("Thanksgiving Day", None, "2024-11-28", "2024-11-28", "day", "holiday"),
    ("last Christmas", None, "2023-12-25", "2023-12-25", "day", "holiday"),
    ("Christmas Eve", None, "2024-12-24", "2024-12-24", "day", "holiday"),
    ("Easter week", None, "2025-04-14", "2025-04-20", "week", "holiday_week"),
    ("Christmas week", None, "2024-12-23", "2024-12-29", "week", "holiday_week"),
    ("now", None, "2024-10-25", "2024-10-25", "day", "present_ref"),
    ("currently", None, "2024-10-25", "2024-10-25", "day", "present_ref"),
    ("Monday, Oct. 21", None, "2024-10-21", "2024-10-21", "day", "weekday_month_day"),
    ("this morning", None, "2024-10-25", "2024-10-25", "day", "day_part"),
    ("Tuesday evening", None, "2024-10-22", "2024-10-22", "day", "day_part"),
    ("last night", None, "2024-10-24", "2024-10-24", "day", "day_part"),
    ("last evening", None, "2024-10-24", "2024-10-24", "day", "day_part"),
    ("3 p.m. Tuesday", None, "2024-10-22", "2024-10-22", "day", "clock_time"),
    ("10:35 a.m.", None, "2024-10-25", "2024-10-25", "day", "clock_time"),
    ("noon Thursday", None, "2024-10-24", "2024-10-24", "day", "clock_time"),
    ("4 in the morning", None, "2024-10-25", "2024-10-25", "day", "clock_time"),
    ("year-end", None, "2024-12-31", "2024-12-31", "day", "year_end"),
    ("last year's end", None, "2023-12-31", "2023-12-31", "day", "year_end"),
    ("the weekend", None, "2024-10-26", "2024-10-27", "week", "weekend"),
    ("last weekend", None, "2024-10-19", "2024-10-20", "week", "weekend"),
    ("next weekend", None, "2024-11-02", "2024-11-03", "week", "weekend"),
    ("the first week of May", None, "2024-05-01", "2024-05-07", "week", "week_of_month"),
    ("the last week of February 2024", None, "2024-02-23", "2024-02-29", "week",
     "week_of_month_year"),
    ("the week", None, "2024-10-21", "2024-10-27", "week", "the_unit"),
    ("the week of March 6", None, "2024-03-04", "2024-03-10", "week", "week_of"),
    ("the week of Feb. 10", None, "2025-02-10", "2025-02-16", "week", "week_of"),
    ("January this year", None, "2024-01-01", "2024-01-31", "month", "month_of_year"),
    ("June last year", None, "2023-06-01", "2023-06-30", "month", "month_of_year"),
    ("last November", None, "2023-11-01", "2023-11-30", "month", "named_month"),
    ("next March", None, "2025-03-01", "2025-03-31", "month", "named_month"),
    ("that June", STORY, "2022-06-01", "2022-06-30", "month", "named_month"),
    ("the previous April", STORY, "2022-04-01", "2022-04-30", "month", "named_month"),
    ("the previous November", STORY, "2021-11-01", "2021-11-30", "month", "named_month"),
    ("the following March", STORY, "2023-03-01", "2023-03-31", "month", "named_month"),
    ("the following December", STORY, "2022-12-01", "2022-12-31", "month", "named_month"),
    ("this summer", None, "2024-06-01", "2024-08-31", "season", "near_season"),
    ("this winter", None, "2024-12-01", "2025-02-28", "season", "near_season"),
    ("the third quarter", None, "2024-07-01", "2024-09-30", "quarter", "ordinal_quarter"),
    ("third-quarter", STORY, "2022-07-01", "2022-09-30", "quarter", "ordinal_quarter"),
    ("this year's second quarter", None, "2024-04-01", "2024-06-30", "quarter",
     "ordinal_quarter"),
    ("the first half of 2022", None, "2022-01-01", "2022-06-30", "half", "half_year"),
    ("the last half of 1989", None, "1989-07-01", "1989-12-31", "half", "half_year"),
    ("the first six months of 2020", None, "2020-01-01", "2020-06-30", "half", "half_year"),
    ("H2 2023", None, "2023-07-01", "2023-12-31", "half", "half_year"),
    ("2023-H1", None, "2023-01-01", "2023-06-30", "half", "iso_half"),
    ("the second half of this year", None, "2024-07-01", "2024-12-31", "half", "half_of_year"),
    ("the first half of the year", STORY, "2022-01-01", "2022-06-30", "half", "half_of_year"),
    ("Q3", STORY, "2022-07-01", "2022-09-30", "quarter", "bare_quarter"),
    ("in Q4", None, "2024-10-01", "2024-12-31", "quarter", "bare_quarter"),
    ("the latest quarter", None, "2024-07-01", "2024-09-30", "quarter", "reporting_quarter"),
    ("the 1988 third quarter", None, "1988-07-01", "1988-09-30", "quarter", "year_period"),
    ("the year-earlier period", None, "2023-01-01", "2023-12-31", "year", "year_earlier"),
    ("the corresponding period last year", None, "2023-01-01", "2023-12-31", "year",
     "year_earlier"),
    ("last year's quarter", None, "2023-07-01", "2023-09-30", "quarter", "year_earlier"),
    ("the year-ago month", None, "2023-09-01", "2023-09-30", "month", "year_earlier"),
    ("the year", None, "2024-01-01", "2024-12-31", "year", "the_unit"),
    ("the full year", STORY, "2022-01-01", "2022-12-31", "year", "the_unit"),
    ("nineteen ninety-six", None, "1996-01-01", "1996-12-31", "year", "spelled_year"),
    ("the year two thousand", None, "2000-01-01", "2000-12-31", "year", "spelled_year"),
    ("the nineties", None, "1990-01-01", "1999-12-31", "decade", "spelled_decade"),
    ("the nineteen-sixties", None, "1960-01-01", "1969-12-31", "decade", "spelled_decade"),
]


@pytest.mark.parametrize(("text", "anchor", "start", "end", "precision", "rule"), FORMS)
def test_form_resolves_to_its_whole_span(text, anchor, start, end, precision, rule):
    span = normalise(text, published=PUBLISHED, anchor=anchor)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)
    assert (span.precision, span.rule) == (precision, rule)


def test_every_rule_has_a_test_row():
    assert {row[-1] for row in FORMS} >= {rule.name for rule in RULES} - {
        "year_too_large",
        "year_bc_opening",  # the "499" of "499-493 BC" in running text: see tests/test_eras.py
        "year_bc_short_end",  # the "93 BC" of "499-93 BC", and the ends of ranges AD ...
        "year_ad_opening",  # ... "235-284 AD" and ...
        "year_ad_closing",  # ... "AD 235-284" in running text: see tests/test_eras.py
        "year_short_end",  # the "17" of "1915-17" in running text: see tests/test_ranges.py
        "counted_ahead",  # "in five years" needs a verb saying it is to come: tests/test_extract.py
        "day_range_opening",  # the "6" of "6-7 January 1916": see tests/test_ranges.py
        "listed_day",  # the "25" of "April 24 and 25" in running text: see tests/test_extract.py
        "past_ref",
        "future_ref",
    }  # these only refuse: see OUT_OF_RANGE and VAGUE


# (text, start, end, qualifier, approximate, ongoing, timex, mod)
MODIFIED = [
    ("the day after Christmas", "2024-12-26", "2024-12-26", "none", False, False, "2024-12-26", ""),
    ("the day before March 3", "2024-03-02", "2024-03-02", "none", False, False, "2024-03-02", ""),
    ("late 2022", "2022-09-01", "2022-12-31", "late", False, False, "2022", "END"),
    ("a week or so ago", "2024-10-14", "2024-10-20", "about", True, False, "2024-W42", "APPROX"),
    ("several years ago", "2017-01-01", "2021-12-31", "about", True, False, "20", "APPROX"),
    ("a few days later", "2024-10-27", "2024-10-29", "about", True, False, "2024-10-27", "APPROX"),
    ("in early 2023", "2023-01-01", "2023-04-30", "early", False, False, "2023", "START"),
    ("mid-2019", "2019-05-01", "2019-08-31", "mid", False, False, "2019", "MID"),
    ("the early summer", "2024-06-01", "2024-06-30", "early", False, False, "2024-SU", "START"),
    ("late winter", "2024-02-01", "2024-02-29", "late", False, False, "2023-WI", "END"),
    ("the end of 2018", "2018-09-01", "2018-12-31", "late", False, False, "2018", "END"),
    ("the beginning of 2020", "2020-01-01", "2020-04-30", "early", False, False, "2020", "START"),
    ("early October", "2024-10-01", "2024-10-10", "early", False, False, "2024-10", "START"),
    ("late March", "2024-03-22", "2024-03-31", "late", False, False, "2024-03", "END"),
    ("early June 2020", "2020-06-01", "2020-06-10", "early", False, False, "2020-06", "START"),
    ("the late 1970s", "1977-01-01", "1979-12-31", "late", False, False, "197", "END"),
    ("late last year", "2023-09-01", "2023-12-31", "late", False, False, "2023", "END"),
    ("since early 2019", "2019-01-01", "2024-10-25", "since", False, True, "2019", "AFTER"),
    ("since late 2020", "2020-09-01", "2024-10-25", "since", False, True, "2020", "AFTER"),
    ("before 2010", "2009-12-31", "2009-12-31", "before", False, False, "2010", "BEFORE"),
    ("after March 2022", "2022-04-01", "2022-04-01", "after", False, False, "2022-03", "AFTER"),
    ("about two years ago", "2022-01-01", "2022-12-31", "about", True, False, "2022", "APPROX"),
    ("around March 2022", "2022-03-01", "2022-03-31", "about", True, False, "2022-03", "APPROX"),
    ("circa 1500", "1500-01-01", "1500-12-31", "about", True, False, "1500", "APPROX"),
    ("this week", "2024-10-21", "2024-10-27", "none", False, False, "2024-W43", ""),
    ("Q1 2022", "2022-01-01", "2022-03-31", "none", False, False, "2022-Q1", ""),
    ("the fall of 2015", "2015-09-01", "2015-11-30", "none", False, False, "2015-FA", ""),
    ("the 21st century", "2000-01-01", "2099-12-31", "none", False, False, "20", ""),
]


@pytest.mark.parametrize(
    ("text", "start", "end", "qualifier", "approximate", "ongoing", "timex", "mod"), MODIFIED
)
def test_modifiers_keep_precision_honest(
    text, start, end, qualifier, approximate, ongoing, timex, mod
):
    span = normalise(text, published=PUBLISHED)
    assert (span.start.isoformat(), span.end.isoformat()) == (start, end)
    assert (span.qualifier, span.approximate, span.ongoing) == (qualifier, approximate, ongoing)
    assert (span.timex, span.mod) == (timex, mod)


def test_reported_speech_counts_back_from_when_it_was_said():
    span = normalise("about 18 months ago", published=PUBLISHED, anchor=STORY)
    assert (span.start, span.end, span.approximate) == (date(2021, 4, 1), date(2021, 4, 30), True)


@pytest.mark.parametrize("text", ["2022", "late 2022", "the 2010s", "March 2021"])
def test_coarse_dates_are_never_pinned_to_a_day(text):
    span = normalise(text, published=PUBLISHED)
    assert span.start != span.end and span.precision != "day"


# (text, the class named in the message)
REFUSALS = [
    ("$3.5 million", "money"),
    ("€2022", "money"),
    ("a $2024 billion budget", "money"),
    ("Boeing 747", "name with number"),
    ("Windows 2000", "name with number"),
    ("Route 66", "label"),
    ("page 2022", "label"),
    ("25%", "percentage"),
    ("2019 per cent", "percentage"),
    ("for years", "duration"),
    ("for 12 months", "duration"),
    ("for the past two decades", "duration"),
    ("for the foreseeable future", "duration"),
    ("every year", "set"),
    ("A380", "code"),
    ("1600 Pennsylvania Avenue", "address"),
    ("twice", "no date found"),
    ("three times", "no date found"),
    ("the first", "no date found"),
    ("the 2nd", "no date found"),
    ("on the 5th Army", "no date found"),
    ("after the fall of Paris", "no date found"),
    ("a fall in prices", "no date found"),
    ("every so often", "no date found"),
    ("You may", "no date found"),
    ("we march on", "no date found"),
    ("lorem ipsum", "no date found"),
    ("2,022 people", "no date found"),
    ("a 24:30 lap", "no date found"),
    ("the Constitution of the Year III", "no date found"),
    ("the Women's March on Versailles", "no date found"),
    ("the March of the Iron Will", "no date found"),
    ("the March to the Sea", "no date found"),
    ("the annual March for Life", "no date found"),
    ("in his 30s", "age"),
    ("their late 20s", "age"),
    ("'99 percent", "percentage"),
    ("a '3.5 rating", "no date found"),
    ("it finished in 12:05.3", "no date found"),
    ("two days before the vote", "no date found"),
    ("the first half of the match", "no date found"),
    ("H2 engineers", "no date found"),
]


@pytest.mark.parametrize(("text", "reason"), REFUSALS)
def test_non_dates_are_refused_with_a_reason(text, reason):
    with pytest.raises(NotADate) as refused:
        normalise(text, published=PUBLISHED)
    assert repr(text) in str(refused.value)
    assert reason in str(refused.value)


def test_every_non_date_class_has_a_refusal_row():
    named = {reason for _, reason in REFUSALS}
    assert {n.name.replace("_", " ") for n in NON_DATES} <= named


@pytest.mark.parametrize("text", ["", "   ", "\n"])
def test_empty_text_is_refused(text):
    with pytest.raises(NotADate, match="empty"):
        normalise(text, published=PUBLISHED)


# (text, what the message says)
OUT_OF_RANGE = [
    ("30 billion years ago", "outside the supported range -20,000,000,000 to 20,000,000,000"),
    ("the year 10000", "outside the supported range 1 to 9999"),
    ("Feb 30, 2021", "February 30, 2021 does not exist"),
    ("2023-02-29", "February 29, 2023 does not exist"),
    ("2022-W54", "week 54 of 2022 does not exist"),
]


# (text, TIMEX3 value): vague references name no span; events.extract keeps them unplaced.
VAGUE = [
    ("recently", "PAST_REF"),
    ("in the past", "PAST_REF"),
    ("the near future", "FUTURE_REF"),
    ("soon", "FUTURE_REF"),
]


@pytest.mark.parametrize(("text", "value"), VAGUE)
def test_vague_references_are_refused_saying_which(text, value):
    which = "past" if value == "PAST_REF" else "future"
    with pytest.raises(NotADate, match=f"vague reference to the {which}"):
        normalise(text, published=PUBLISHED)


@pytest.mark.parametrize(
    ("text", "timex"),
    [("now", "PRESENT_REF"), ("this morning", "2024-10-25TMO"),
     ("3 p.m. Tuesday", "2024-10-22T15:00"), ("the weekend", "2024-W43-WE"),
     ("19:15", "2024-10-25T19:15"), ("05:30hrs", "2024-10-25T05:30"),
     ("the class of '99", "1999"), ("the '24 season", "2024"), ("the Club of \u201989", "1989"),
     ("19:00 hr.", "2024-10-25T19:00"), ("00:45 GMT Tuesday", "2024-10-22T00:45"),
     ("the nineties", "199"), ("a decade ago", "2014"), ("a few years ago", "202"),
     ("several years later", "20")],
)
def test_forms_with_a_timex_of_their_own(text, timex):
    assert normalise(text, published=PUBLISHED).timex == timex


@pytest.mark.parametrize(("text", "message"), OUT_OF_RANGE)
def test_impossible_dates_say_why(text, message):
    with pytest.raises(NotADate, match=message):
        normalise(text, published=PUBLISHED)


# (text, the row of events/dates/impossible.py, what the message says): a part that cannot
# exist, which a looser rule would read past ("Q5 2020" as the year 2020, "-2020-05-01" as
# 1 May 2020 AD). Each is refused, saying why.
IMPOSSIBLE = [
    ("-2020-05-01", "minus_year", "year -2020 (a minus sign) is not read"),
    ("\u22122020-05-01", "minus_year", "year -2020 (a minus sign) is not read"),
    ("-2020", "minus_year", "year -2020 (a minus sign) is not read"),
    ("2020-05-01 BC", "iso_date_bc", "a date in figures is never BC"),
    ("2020-05-01 B.C.E.", "iso_date_bc", "a date in figures is never BC"),
    ("15/3/44 BC", "iso_date_bc", "a date in figures is never BC"),
    ("Q5 2020", "quarter", "quarter 5 does not exist (a year has quarters 1 to 4)"),
    ("Q0 2020", "quarter", "quarter 0 does not exist"),
    ("in Q12, 2020", "quarter", "quarter 12 does not exist"),
    ("2020-Q5", "iso_quarter", "quarter 5 does not exist"),
    ("2020Q0", "iso_quarter", "quarter 0 does not exist"),
    ("H3 2020", "half", "half 3 of a year does not exist (a year has halves 1 and 2)"),
    ("H0 2020", "half", "half 0 of a year does not exist"),
    ("2020-H3", "iso_half", "half 3 of a year does not exist"),
    ("2020-H0", "iso_half", "half 0 of a year does not exist"),
    ("week 60 of 2020", "week", "week 60 does not exist (a year has weeks 1 to 53)"),
    ("week 0 of 2020", "week", "week 0 does not exist"),
    ("week 0", "week", "week 0 does not exist"),
    ("the 60th week of 2020", "ordinal_week", "week 60 does not exist"),
]


@pytest.mark.parametrize(("text", "row", "message"), IMPOSSIBLE)
def test_impossible_parts_are_refused_saying_why(text, row, message):
    with pytest.raises(NotADate) as refused:
        normalise(text, published=PUBLISHED)
    assert str(refused.value).startswith(f"{text!r} is not a date: ")
    assert message in str(refused.value)
    part = next(part for part in IMPOSSIBLE_PARTS if part.name == row)
    assert any(part.refuses(m) for m in part.regex.finditer(text))


def test_every_impossible_part_has_a_refusal_row():
    assert {row for _, row, _ in IMPOSSIBLE} == {part.name for part in IMPOSSIBLE_PARTS}


# (text, TIMEX3 value): the possible neighbours of those parts still read as before.
POSSIBLE = [
    ("Q1 2020", "2020-Q1"),
    ("Q4 2020", "2020-Q4"),
    ("2020-Q4", "2020-Q4"),
    ("H1 2020", "2020-H1"),
    ("H2 2020", "2020-H2"),
    ("2020-H2", "2020-H2"),
    ("2020-W01", "2020-W01"),
    ("2020-W53", "2020-W53"),
    ("week 53 of 2020", "2020"),
    ("2020-05-01", "2020-05-01"),
    ("AD 800", "0800"),
    ("1999\u20132020", "1999/2020"),
    ("2019 - 2020", "2019/2020"),
    ("Q1-Q2 2020", "2020-Q1/2020-Q2"),
]


@pytest.mark.parametrize(("text", "timex"), POSSIBLE)
def test_possible_neighbours_of_impossible_parts_still_read(text, timex):
    assert normalise(text, published=PUBLISHED).timex == timex


def test_not_a_date_is_a_value_error():
    assert issubclass(NotADate, ValueError)


@settings(max_examples=300, deadline=None)
@given(
    text=st.text(max_size=40)
    | st.sampled_from([row[0] for row in FORMS]).map(lambda s: f"late {s} ago"),
    published=st.dates(),
    anchor=st.none() | st.dates(),
)
def test_any_text_gives_an_ordered_span_or_not_a_date(text, published, anchor):
    try:
        span = normalise(text, published=published, anchor=anchor)
    except NotADate:
        return
    assert span.start <= span.end
