"""Events added from articles, appended to a loaded dataset: frame, events and filter choices."""

from __future__ import annotations

from datetime import date

from dashboard.added_events import appended, merge_choices
from dashboard.filters import Choices, choices
from dashboard.frame import events_frame
from dashboard.pages.data import Loaded


def loaded_from(events) -> Loaded:
    frame = events_frame(events)
    return Loaded("Base", frame, choices(frame), tuple(events))


def test_nothing_added_keeps_the_same_dataset(sample_events):
    base = loaded_from(sample_events)
    assert appended(base, ()) is base


def test_added_events_follow_the_datasets_own(sample_events, event_factory):
    base = loaded_from(sample_events)
    new = (
        event_factory("tram", "March 2031", date(2031, 3, 1), date(2031, 3, 31), "month",
                      topics=("transport",)),
        event_factory("pier", "1850", date(1850, 1, 1), date(1850, 12, 31), "year",
                      topics=("Space",)),
    )  # fmt: skip
    merged = appended(base, new)
    assert merged.name == "Base + 2 added from articles"
    assert merged.frame["id"].to_list() == [e.id for e in sample_events] + ["tram", "pier"]
    assert merged.frame.index.to_list() == list(range(len(sample_events) + 2))
    assert [e.id for e in merged.events] == merged.frame["id"].to_list()
    assert merged.frame.dtypes.equals(base.frame.dtypes)
    assert merged.offered == choices(merged.frame)
    assert merged.offered.first == date(1850, 1, 1) and merged.offered.last == date(2031, 3, 31)


def test_merge_choices_sorts_like_the_filters_and_keeps_known_days():
    first = Choices(topics=("b", "Z"), ids=frozenset({"1"}), first=None, last=None)
    second = Choices(topics=("a", "B", "b"), actors=("Ann",), ids=frozenset({"2"}),
                     first=date(2020, 1, 1), last=date(2020, 2, 1))  # fmt: skip
    merged = merge_choices(first, second)
    assert merged.topics == ("a", "B", "b", "Z")
    assert merged.actors == ("Ann",) and merged.places == ()
    assert merged.ids == {"1", "2"}
    assert (merged.first, merged.last) == (date(2020, 1, 1), date(2020, 2, 1))
