"""Filters as (state, expected ids) tables over a small frame; fitting a state to a dataset."""

from __future__ import annotations

from dataclasses import replace
from datetime import date

import pandas as pd
import pytest

from dashboard.filters import (
    Choices,
    choices,
    clamp_range,
    filter_events,
    fit,
    is_filtered,
    list_values,
    reset_filters,
    search_words,
)
from dashboard.frame import events_frame
from dashboard.state.view import ViewState
from events.day import Day

ALL = {
    "launch", "launch-month", "icbm-trip", "sanctions", "seat-lost", "talks", "conversation",
    "boom", "someday", "odd",
}  # fmt: skip


@pytest.fixture(scope="module")
def frame() -> pd.DataFrame:
    """The shared sample events plus one whose text holds quotes and regex characters."""
    from tests.conftest import SAMPLE, make_event

    odd = make_event("odd", "1999", date(1999, 1, 1), date(1999, 12, 31), "year", ("a.b", "c|d"))
    odd = replace(odd, title='He said "late 2022" cost $42 (a+b)*', places=("Saint-Denis",))
    return events_frame([*SAMPLE, odd])


def ids(df: pd.DataFrame) -> set[str]:
    return set(df["id"])


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (ViewState(), ALL),
        # a span matches when it overlaps the range; rows without a span are always kept
        (ViewState(date_from=date(2024, 9, 9)), {"launch", "launch-month", "talks", "someday"}),
        (ViewState(date_to=date(2010, 6, 1)), {"boom", "odd", "someday"}),
        (ViewState(date_from=date(2018, 4, 30), date_to=date(2018, 4, 30)),
         {"sanctions", "seat-lost", "boom", "someday"}),
        (ViewState(date_from=date(2024, 10, 1)), {"talks", "someday"}),  # ongoing to publication
        (ViewState(date_from=date(2030, 1, 1)), {"someday"}),
        # list fields: any of the chosen values (OR), across fields all (AND)
        (ViewState(topics=("Russia",)), {"sanctions", "talks"}),
        (ViewState(topics=("Russia", "business")), {"sanctions", "talks", "boom"}),
        (ViewState(topics=("Ukraine",)), {"talks"}),  # second topic counts too
        (ViewState(topics=("Russia",), date_to=date(2020, 1, 1)), {"sanctions"}),
        (ViewState(topics=("media",)), {"someday"}),
        (ViewState(topics=("Russ",)), set()),  # whole values only
        (ViewState(topics=("a.b",)), {"odd"}),  # regex characters are literal
        (ViewState(topics=("c|d",)), {"odd"}),
        (ViewState(topics=("a",)), set()),
        (ViewState(actors=("SpaceX",), topics=("business",)), {"boom"}),
        (ViewState(places=("Saint-Denis",)), {"odd"}),
        (ViewState(places=("Nowhere",)), set()),
        # precision: at least as fine as the chosen one; no span is kept
        (ViewState(min_precision="day"), {"launch", "someday"}),
        (ViewState(min_precision="month"),
         {"launch", "launch-month", "sanctions", "conversation", "someday"}),
        (ViewState(min_precision="year"), ALL - {"boom"}),
        (ViewState(min_precision="century"), ALL),
    ],
)  # fmt: skip
def test_filters(frame, state, expected):
    assert ids(filter_events(frame, state)) == expected


@pytest.mark.parametrize(
    ("search", "expected"),
    [
        ("", ALL),
        ("   ", ALL),
        ("someday", {"someday"}),
        ("SPACEX", ALL),  # actors are searched, case-insensitively
        ("title of launch", {"launch", "launch-month"}),  # every word, anywhere
        ("launch title", {"launch", "launch-month"}),  # in any order
        ("launch boom", set()),
        ("saint-denis", {"odd"}),  # places are searched
        ('"late 2022"', {"odd"}),  # quotes are characters, not a phrase syntax
        ("$42", {"odd"}),
        ("(a+b)*", {"odd"}),  # regex characters match literally
        (".*", set()),
        ("[", set()),
        ("\\", set()),
        ("<script>", set()),
    ],
)
def test_search(frame, search, expected):
    assert ids(filter_events(frame, ViewState(search=search))) == expected


def test_filtering_keeps_dataset_order_and_columns(frame):
    out = filter_events(frame, ViewState(topics=("space",)))
    assert list(out["id"]) == [i for i in frame["id"] if i in ids(out)]
    assert list(out.columns) == list(frame.columns)


def test_empty_frame_filters_to_empty():
    assert filter_events(events_frame([]), ViewState(search="x", topics=("a",))).empty


@pytest.mark.parametrize(
    ("search", "words"),
    [
        ("", ()),
        ("  Musk   PUTIN ", ("musk", "putin")),
        ("musk Musk", ("musk",)),
        ('"late 2022"', ('"late', '2022"')),
        ("Straße", ("strasse",)),  # casefolded, as the search text is
    ],
)
def test_search_words(search, words):
    assert search_words(search) == words


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        (["b; a", "a", ""], ("a", "b")),
        (["Russia; business", "US politics"], ("business", "Russia", "US politics")),
        ([""], ()),
        ([], ()),
    ],
)
def test_list_values_are_sorted_without_case(values, expected):
    assert list_values(pd.Series(values, dtype=str)) == expected


def test_choices(frame):
    offered = choices(frame)
    assert offered.first == date(1999, 1, 1) and offered.last == date(2024, 10, 25)
    assert "Russia" in offered.topics and "Ukraine" in offered.topics
    assert offered.actors == ("Elon Musk", "SpaceX")
    assert "someday" in offered.ids


FIRST, LAST = date(2010, 1, 1), date(2024, 10, 25)


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ((None, None), (None, None)),
        ((date(2015, 1, 1), date(2016, 1, 1)), (date(2015, 1, 1), date(2016, 1, 1))),
        ((date(2016, 1, 1), date(2015, 1, 1)), (date(2015, 1, 1), date(2016, 1, 1))),  # swapped
        ((date(1900, 1, 1), None), (None, None)),  # before the first day: no bound
        ((None, date(9999, 1, 1)), (None, None)),
        ((FIRST, LAST), (None, None)),
        ((date(2030, 1, 1), None), (LAST, None)),  # past the end: the last day
        ((None, date(1066, 10, 14)), (None, FIRST)),
    ],
)
def test_clamp_range(given, expected):
    assert clamp_range(*given, FIRST, LAST) == expected


def test_clamp_range_without_dated_events_drops_both():
    assert clamp_range(date(2020, 1, 1), date(2021, 1, 1), None, None) == (None, None)


OFFERED = Choices(
    topics=("Russia", "space"), actors=("Elon Musk",), places=("Moscow",),
    ids=frozenset({"talks"}), first=FIRST, last=LAST,
)  # fmt: skip


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (ViewState(), ViewState()),
        (ViewState(topics=("space", "<script>", "Russia")), ViewState(topics=("space", "Russia"))),
        (ViewState(actors=("Nobody",), places=("Moscow",)), ViewState(places=("Moscow",))),
        (ViewState(selected="talks"), ViewState(selected="talks")),
        (ViewState(selected="gone"), ViewState()),
        (ViewState(date_from=date(2030, 1, 1)), ViewState(date_from=LAST)),
        (ViewState(search="x", tab="table", slide=4), ViewState(search="x", tab="table", slide=4)),
    ],
)
def test_fit_drops_what_the_dataset_does_not_have(state, expected):
    assert fit(state, OFFERED) == expected


@pytest.mark.parametrize(
    ("state", "filtered"),
    [
        (ViewState(), False),
        (ViewState(lanes="all", tab="table", selected="talks", slide=2, reveal=True), False),
        (ViewState(search="x"), True),
        (ViewState(places=("Moscow",)), True),
        (ViewState(min_precision="year"), True),
        (ViewState(date_to=LAST), True),
    ],
)
def test_is_filtered(state, filtered):
    assert is_filtered(state) is filtered


def test_reset_keeps_the_view_and_clears_the_filters():
    state = ViewState(search="x", topics=("a",), date_from=FIRST, lanes="all", tab="table", slide=2)
    assert reset_filters(state) == ViewState(lanes="all", tab="table", slide=2)


@pytest.fixture(scope="module")
def rome() -> pd.DataFrame:
    """Events across the BC/AD line, with spans given, not parsed."""
    from tests.conftest import make_event

    return events_frame([
        make_event("punic", "264 BC", Day(-263, 1, 1), Day(-263, 12, 31), "year"),
        make_event("ides", "15 March 44 BC", Day(-43, 3, 15)),
        make_event("teutoburg", "AD 9", date(9, 1, 1), date(9, 12, 31), "year"),
        make_event("crisis", "the 3rd century AD", date(200, 1, 1), date(299, 12, 31), "century"),
        make_event("bronze", "the 2nd millennium BC", Day(-1999, 1, 1), Day(-1000, 12, 31),
                   "millennium"),
    ])  # fmt: skip


@pytest.mark.parametrize(
    ("state", "expected"),
    [
        (ViewState(), {"punic", "ides", "teutoburg", "crisis", "bronze"}),  # any precision
        (ViewState(date_from=Day(-99, 1, 1)), {"ides", "teutoburg", "crisis"}),
        (ViewState(date_to=Day(-43, 3, 14)), {"punic", "bronze"}),
        (ViewState(date_to=Day(-43, 3, 15)), {"punic", "ides", "bronze"}),
        (ViewState(date_from=Day(0, 1, 1), date_to=date(100, 1, 1)), {"teutoburg"}),
        (ViewState(min_precision="century"), {"punic", "ides", "teutoburg", "crisis"}),
    ],
)
def test_filters_across_bc_and_ad(rome, state, expected):
    assert ids(filter_events(rome, state)) == expected


def test_choices_of_a_bc_dataset_run_from_a_bc_day(rome):
    offered = choices(rome)
    assert (offered.first, offered.last) == (Day(-1999, 1, 1), date(299, 12, 31))


@pytest.mark.parametrize(
    ("given", "expected"),
    [
        ((Day(-500, 1, 1), None), (None, None)),  # before the first day: no bound
        ((Day(-43, 1, 1), date(9, 12, 31)), (Day(-43, 1, 1), date(9, 12, 31))),
        ((date(9, 1, 1), Day(-43, 1, 1)), (Day(-43, 1, 1), date(9, 1, 1))),  # swapped
        ((date(1000, 1, 1), None), (date(476, 12, 31), None)),  # past the end: the last day
    ],
)
def test_clamp_range_across_bc_and_ad(given, expected):
    assert clamp_range(*given, Day(-263, 1, 1), date(476, 12, 31)) == expected
