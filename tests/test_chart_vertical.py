"""chart.vertical: the timeline on narrow screens and portrait pages, as data."""

from __future__ import annotations

from datetime import date, timedelta

import pandas as pd
import pytest

from dashboard.chart.figure import timeline_figure
from dashboard.chart.view import NARROW_PX, ChartView
from dashboard.frame import events_frame
from events.day import calendar_day
from events.event import Event
from events.span import DateSpan
from tests.figure_boxes import card_boxes, label_boxes, outside, overlaps, values


@pytest.fixture
def df(event_factory) -> pd.DataFrame:
    early = [event_factory(f"y{y}", f"in {y}", date(y, 1, 1), date(y, 12, 31), "year",
                           topics=("space",)) for y in (2004, 2013)]  # fmt: skip
    late = [event_factory(f"d{i}", f"day {i}", date(2023, 3, 1) + timedelta(days=9 * i),
                          topics=(("Russia", "Ukraine")[i % 2],)) for i in range(12)]  # fmt: skip
    return events_frame(early + late)


def figure(df: pd.DataFrame, **view) -> dict:
    return timeline_figure(df, ChartView(**({"width": 390} | view))).to_plotly_json()


def named(fig: dict, name: str) -> list[dict]:
    return [t for t in fig["data"] if t.get("name") == name]


@pytest.mark.parametrize(("width", "vertical"), [(NARROW_PX - 1, True), (NARROW_PX, False)])
def test_narrow_views_turn_vertical(df, width, vertical):
    assert bool(named(figure(df, width=width), "cards")) is vertical


@pytest.mark.parametrize("scale", ["auto", "chronological", "collapsed", "sequential"])
@pytest.mark.parametrize("width", [320, 390, 600])
def test_cards_never_overlap_and_every_event_has_one(df, scale, width):
    fig = figure(df, scale=scale, width=width)
    (cards,) = named(fig, "cards")
    assert set(values(cards["customdata"])) == set(df["id"])
    assert overlaps(fig) == [] and outside(fig) == []
    assert len(card_boxes(fig)) == len(df)


def test_cards_follow_date_order_down_the_page(df):
    (cards,) = named(figure(df), "cards")
    order = [i for _, i in sorted(zip(values(cards["y"]), values(cards["customdata"]),
                                      strict=True))]  # fmt: skip
    assert order == ["y2004", "y2013", *[f"d{i}" for i in range(12)]]


def test_a_card_says_the_date_as_written_and_its_precision(df):
    (dates,) = named(figure(df), "card dates")
    assert "in 2004 · year" in dates["text"] and "day 0 · day" in dates["text"]


def test_the_sequential_time_line_writes_the_time_between_cards(df):
    (ticks,) = named(figure(df), "ticks")
    assert "<i>9 years</i>" in ticks["text"] and "<i>9 days</i>" in ticks["text"]


def test_on_a_time_scale_pushed_cards_keep_a_leader_to_their_mark(df):
    fig = figure(df, scale="chronological")
    (leaders,) = named(fig, "leaders")
    ys = [y for y in values(leaders["y"])]
    slopes = [abs(ys[i + 1] - ys[i]) for i in range(0, len(ys) - 2, 3)]
    assert max(slopes) > 20  # the crowded year pushes its cards away from their marks


def test_a_page_keeps_the_cards_that_fit_and_counts_the_rest(df):
    df["importance"] = 2
    df.loc[df["id"] == "d11", "importance"] = 3
    fig = figure(df, height=420)
    (cards,) = named(fig, "cards")
    data = values(cards["customdata"])
    more = [d for d in data if d.startswith("window|")]
    assert more and "d11" in data and len(data) < len(df)
    shown = [d for d in data if not d.startswith("window|")]
    texts = [t for t in named(fig, "labels")[0]["text"] if t.startswith("+")]
    assert sum(int(t.split()[0][1:]) for t in texts) + len(shown) == len(df)
    assert max(box.bottom for box in card_boxes(fig)) <= 420
    assert overlaps(fig) == []


def test_the_selected_card_is_outlined(df):
    (cards,) = named(figure(df, selected="d3"), "cards")
    rims = values(cards["marker"]["line"]["color"])
    chosen = values(cards["customdata"]).index("d3")
    assert rims[chosen] != "rgba(0,0,0,0)" and set(rims) - {rims[chosen]} == {"rgba(0,0,0,0)"}


def test_lanes_are_colours_named_in_the_key(df):
    keys = [t["name"] for t in figure(df)["data"] if t.get("meta") == "key"]
    assert keys == ["Russia", "Ukraine", "space"]
    assert {box.what for box in label_boxes(figure(df))} == {"labels"}


# (status, its day, a day's marker, its span's outline, what its card's label starts with)
STATUS_LOOKS = [
    ("happened", "d2", "circle", None, "Title of"),
    ("planned", "d0", "circle-open-dot", "dash", "Planned: Title of"),
    ("claimed", "d1", "circle-cross-open", "dashdot", "Claimed: Title of"),
]


@pytest.fixture
def statuses(df) -> pd.DataFrame:
    """The frame with d0 and y2004 planned, d1 and y2013 claimed."""
    df["status"] = df["id"].map({"d0": "planned", "y2004": "planned", "d1": "claimed",
                                 "y2013": "claimed"}).fillna("happened")  # fmt: skip
    return df


def mark_of(fig: dict, event_id: str) -> tuple[dict, int]:
    """The mark trace drawing an event (not its card), and the event's index in it."""
    for trace in fig["data"]:
        ids = values(trace.get("customdata"))
        if trace.get("name") not in ("cards", "card edges") and event_id in ids:
            return trace, ids.index(event_id)
    raise AssertionError(f"{event_id} has no mark")


@pytest.mark.parametrize(("status", "day", "symbol", "dash", "label"), STATUS_LOOKS)
@pytest.mark.parametrize("scale", ["sequential", "chronological"])
def test_a_card_says_planned_or_claimed_and_its_mark_shows_it(statuses, scale, status, day,
                                                              symbol, dash, label):  # fmt: skip
    fig = figure(statuses, scale=scale)
    (labels,) = named(fig, "labels")
    assert f"{label} {day}" in labels["text"]
    trace, i = mark_of(fig, day)
    assert values(trace["marker"]["symbol"])[i] == symbol
    outlines = {t["name"]: t["line"]["dash"] for t in fig["data"] if " outline" in t["name"]}
    assert outlines.get(f"{status} outline") == dash
    assert overlaps(fig) == [] and outside(fig) == []


@pytest.mark.parametrize(
    ("keep", "expected"),
    [(("d2", "d3"), ["Russia", "Ukraine"]),
     (("d0", "d2", "d3"), ["Russia", "Ukraine", "planned"]),
     (("d0", "d1", "y2004"), ["Russia", "Ukraine", "space", "planned", "claimed"])],
)  # fmt: skip
def test_the_key_explains_planned_and_claimed_marks_when_in_view(statuses, keep, expected):
    fig = figure(statuses[statuses["id"].isin(keep)])
    assert [t["name"] for t in fig["data"] if t.get("meta") == "key"] == expected


def ancient(id: str, year: int, precision: str = "year") -> Event:
    """An event of a whole year (or longer) in antiquity or deep time, without a publication."""
    span = DateSpan(calendar_day(year), calendar_day(year, 12, 31), precision, text=id)
    return Event(id=id, date=id, title=f"Title of {id}", span=span, topics=("history",))


ROME = [ancient(name, year) for name, year in
        (("punic", -263), ("hannibal", -217), ("carthage", -145), ("caesar", -48),
         ("augustus", 14), ("hadrian", 122), ("milan", 313), ("odoacer", 476))]  # fmt: skip
DEEP = [ancient("earth", -4_499_997_976, "billion years"),
        ancient("chicxulub", -65_997_976, "million years"),
        ancient("ice", -9976, "thousand years")]  # fmt: skip


@pytest.mark.parametrize(
    ("events", "scale", "some_ticks"),
    [
        (ROME, "chronological", {"200 BC", "AD 1", "AD 200", "AD 400"}),
        (ROME, "collapsed", {"200 BC", "AD 1", "<i>181 years</i>", "AD 400"}),
        (ROME, "sequential", {"<i>46 years</i>", "<i>163 years</i>"}),
        (DEEP, "chronological", {"4 Ga", "2 Ga", "1 Ga"}),
        (DEEP, "sequential", {"<i>4.43 billion years</i>", "<i>66 million years</i>"}),
    ],
)
def test_the_phone_layout_writes_bc_and_deep_time_and_every_card_fits(events, scale, some_ticks):
    fig = figure(events_frame(events), scale=scale)
    (tick_trace,) = named(fig, "ticks")
    texts = values(tick_trace["text"])
    assert some_ticks <= set(texts), texts
    assert not any(text.startswith(("-", "0")) for text in texts)
    (cards,) = named(fig, "cards")
    assert set(values(cards["customdata"])) == {event.id for event in events}
    assert overlaps(fig) == [] and outside(fig) == []


@pytest.mark.parametrize("height", [500, 900])
def test_on_a_page_the_last_deep_time_cards_move_up_to_stay_on_it(height):
    fig = figure(events_frame(DEEP), scale="chronological", height=height)
    (cards,) = named(fig, "cards")
    assert set(values(cards["customdata"])) == {"earth", "chicxulub", "ice"}  # none in "+N more"
    assert max(box.bottom for box in card_boxes(fig)) <= height
