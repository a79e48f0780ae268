"""ViewState <-> URL query string and <-> widget values: what a shared link reopens."""

from __future__ import annotations

from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.state.view import (
    DATASETS,
    LANES,
    MAX_ITEMS,
    MAX_TEXT,
    TABS,
    ViewState,
    from_query,
    from_widgets,
    to_query,
    to_widgets,
)
from events.day import Day, add_days, calendar_day
from events.span import PRECISIONS

FULL = ViewState(
    date_from=date(2018, 1, 1),
    date_to=date(2022, 12, 31),
    topics=("Russia", "space"),
    actors=("Elon Musk",),
    places=("Moscow",),
    min_precision="month",
    search="musk putin",
    lanes="actor",
    selected="talks",
    tab="present",
    slide=3,
    reveal=True,
    full=True,
)
MANY = tuple(f"t{n}" for n in range(500))


@pytest.mark.parametrize(
    ("state", "query"),
    [
        (ViewState(), {}),
        (ViewState(topics=("Russia", "space")), {"topics": ["Russia", "space"]}),
        (ViewState(date_from=date(2018, 1, 1)), {"date_from": "2018-01-01"}),
        (ViewState(reveal=True, slide=2), {"slide": "2", "reveal": "1"}),
        (
            ViewState(tab="present", slide=12, full=True),
            {"tab": "present", "slide": "12", "full": "1"},
        ),
        (ViewState(tab="present", slide=1), {"tab": "present"}),  # the title slide: no number
        (ViewState(tab="data", lanes="all"), {"lanes": "all", "tab": "data"}),
        (ViewState(search='"late 2022" $42'), {"search": '"late 2022" $42'}),
        (ViewState(date_from=Day(-263, 1, 1)), {"date_from": "-0263-01-01"}),  # 264 BC
        (ViewState(date_to=date(79, 12, 31)), {"date_to": "0079-12-31"}),
        (ViewState(dataset="history"), {"dataset": "history"}),
        (ViewState(min_precision="century"), {"min_precision": "century"}),  # no longer all
    ],
)
def test_to_query_writes_only_what_differs_from_the_default(state, query):
    assert to_query(state) == query


ROME = ViewState(date_from=Day(-43, 3, 15), date_to=date(476, 9, 4), dataset="history")


@pytest.mark.parametrize(
    "state", [ViewState(), FULL, ViewState(search="a+b (c)* [d]"), ROME, ViewState(dataset="file")]
)
def test_a_copied_url_reopens_the_same_view(state):
    assert from_query(to_query(state)) == state


@pytest.mark.parametrize(
    ("params", "expected"),
    [
        # garbage in one field drops that field only; the rest is kept
        ({"date_from": "yesterday", "topics": "space"}, ViewState(topics=("space",))),
        ({"date_to": "2021-02-30", "search": "musk"}, ViewState(search="musk")),
        ({"min_precision": "fortnight", "lanes": "all"}, ViewState(lanes="all")),
        ({"lanes": "<script>alert(1)</script>", "tab": "table"}, ViewState(tab="table")),
        ({"tab": "admin", "slide": "4"}, ViewState(slide=4)),
        ({"slide": "-1"}, ViewState()),
        ({"slide": "1e9"}, ViewState()),
        ({"slide": "99999999"}, ViewState()),
        ({"slide": "²"}, ViewState()),  # a digit to str.isdigit, not to int()
        ({"slide": "١٢"}, ViewState()),  # Arabic-Indic digits
        ({"reveal": "yes"}, ViewState()),
        ({"reveal": "true"}, ViewState(reveal=True)),
        ({"reveal": "0"}, ViewState()),
        ({"full": "1", "slide": "12"}, ViewState(full=True, slide=12)),
        ({"full": "please"}, ViewState()),
        ({"dataset": "geology"}, ViewState()),  # only a built-in's name or "file"
        ({"dataset": "../../etc/passwd"}, ViewState()),
        ({"dataset": ["news", "history"]}, ViewState(dataset="history")),
        ({"date_from": "-0263-01-01", "date_to": "+10000-12-31"},
         ViewState(date_from=Day(-263, 1, 1), date_to=Day(10000, 12, 31))),
        ({"date_from": "264 BC"}, ViewState()),  # the link holds days as ISO only
        ({"date_from": "-0263-02-30"}, ViewState()),
        ({"date_to": "-" + "9" * 100_000 + "-01-01"}, ViewState()),
        # hostile text stays text: search keeps it literally, trimmed and printable
        ({"search": "<script>alert(1)</script>"}, ViewState(search="<script>alert(1)</script>")),
        ({"search": "a\x00b\u202ec\n"}, ViewState(search="abc")),
        ({"search": "x" * 100_000}, ViewState(search="x" * MAX_TEXT)),
        ({"search": "   "}, ViewState()),
        ({"selected": "\x00\x01"}, ViewState()),
        # repeated keys: lists keep every value once, other fields the last one
        ({"topics": ["a", "b", "a", " ", ""]}, ViewState(topics=("a", "b"))),
        ({"tab": ["table", "data"]}, ViewState(tab="data")),
        ({"date_from": ["2019-01-01", "bad"]}, ViewState()),
        ({"topics": [f"t{n}" for n in range(500)]}, ViewState(topics=MANY[:MAX_ITEMS])),
        # wrong types, as a hand-built mapping may hold them
        ({"slide": 3, "reveal": True, "topics": [1, None, "ok"]}, ViewState(topics=("ok",))),
        ({"date_from": ["2019-01-01", 5], "lanes": None, "tab": []}, ViewState()),
        ({"search": {"$gt": ""}}, ViewState()),
        # unknown keys are ignored
        ({"utm_source": "mail", "embed": "true", "__proto__": "x"}, ViewState()),
        ({}, ViewState()),
    ],
)  # fmt: skip
def test_hostile_or_garbage_query_is_read_field_by_field(params, expected):
    assert from_query(params) == expected


@pytest.mark.parametrize(
    ("values", "expected"),
    [
        ({}, ViewState()),
        (to_widgets(FULL), FULL),
        ({"tab": "Table", "topics": ["space"]}, ViewState(tab="table", topics=("space",))),
        ({"tab": "table"}, ViewState()),  # st.tabs keeps the label, not the name
        ({"date_from": None, "date_to": date(2020, 5, 1)}, ViewState(date_to=date(2020, 5, 1))),
        ({"slide": True, "reveal": 1}, ViewState()),
        ({"slide": -2, "min_precision": "fortnight", "lanes": 3}, ViewState()),
        ({"search": None, "selected": 7}, ViewState()),
    ],
)
def test_from_widgets(values, expected):
    assert from_widgets(values) == expected


@pytest.mark.parametrize(
    ("state", "key", "value"),
    [
        (ViewState(), "tab", "Timeline"),
        (FULL, "tab", "Present"),
        (FULL, "topics", ["Russia", "space"]),
        (ViewState(), "date_from", None),
        (FULL, "date_to", date(2022, 12, 31)),
    ],
)
def test_to_widgets_gives_what_each_widget_holds(state, key, value):
    assert to_widgets(state)[key] == value


_printable = st.characters(
    exclude_categories=["Cs", "Cc", "Cf", "Cn", "Co", "Z"], include_characters=" "
)
_words = st.text(_printable, max_size=20)
# any day: dates of years 1-9999, and BC or deep-time days from a year and a day of that year
_days_outside = st.one_of(st.integers(-(10**9), 0), st.integers(10_000, 10**9)).flatmap(
    lambda year: st.integers(0, 364).map(lambda days: add_days(calendar_day(year), days))
)
_dates = st.none() | st.dates() | _days_outside


@settings(max_examples=200, deadline=None)
@given(
    st.builds(
        ViewState,
        date_from=_dates,
        date_to=_dates,
        topics=st.lists(_words.map(str.strip).filter(bool), max_size=5, unique=True).map(tuple),
        min_precision=st.sampled_from(PRECISIONS),
        search=_words.map(str.strip),
        lanes=st.sampled_from(LANES),
        tab=st.sampled_from(TABS),
        slide=st.integers(0, 999_999),
        reveal=st.booleans(),
        dataset=st.sampled_from(("", *DATASETS)),
    )
)
def test_round_trips_through_query_and_widgets(state):
    assert from_query(to_query(state)) == state
    assert from_widgets(to_widgets(state)) == state


def test_a_data_mark_follows_the_events_and_nothing_else(sample_events):
    from dashboard.frame import events_frame
    from dashboard.state.view import data_mark

    frame = events_frame(sample_events)
    mark = data_mark(frame)
    assert len(mark) == 10 and data_mark(events_frame(sample_events)) == mark
    assert data_mark(frame.iloc[:-1]) != mark
    edited = frame.copy()
    edited.loc[0, "title"] = "Another title"
    assert data_mark(edited) != mark
