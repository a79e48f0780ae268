"""The Timeline tab under AppTest (tests/apps/timeline_page.py): chart, details, selection."""

from __future__ import annotations

import json
from dataclasses import replace
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.filters import choices
from dashboard.frame import events_frame
from dashboard.pages.data import Loaded
from dashboard.pages.timeline import _drawn_key
from tests.apps.sample_events import EVENTS
from tests.helpers import keyed, run_page

APP = Path(__file__).parent / "apps" / "timeline_page.py"


def run(**session) -> AppTest:
    return run_page(APP, **session)


def texts_of(node) -> list[str]:
    if getattr(node, "type", None) in ("markdown", "text", "caption", "heading", "subheader"):
        return [node.value]
    return [t for child in getattr(node, "children", {}).values() for t in texts_of(child)]


def details(at: AppTest) -> list[str]:
    block = keyed(at.main, "details")
    assert block is not None
    return texts_of(block)


def chart(at: AppTest):
    return at.get("plotly_chart")[0].proto


@pytest.mark.parametrize(
    ("selected", "lines"),
    [
        (
            "launch",
            [
                r"\<b\>Launch\</b\> \*day\*",
                r"It cost \$42 and \$7, said \[them\]\(javascript\:alert\(1\)\)\.",
                "**Date as written:** “September 9, 2024”",
                "**Resolved:** 9 Sep 2024",
                "**Precision:** day",
                "**Actors:** Elon Musk, SpaceX",
                "**Places:** Texas",
                "**Topics:** space",
                "**Source:** [Reuters](https://example.com/launch%20%28live%29)",
                r"> “We are \<going\> up\.”",
                r"— quoted in Reuters \(speaker not recorded; the event's actors\: Elon Musk,"
                " SpaceX\\)",
            ],
        ),
        (
            "talks",
            [
                "Title of talks",
                "**Date as written:** “since late 2022”",
                r"**Resolved:** 1 Sep 2022 to 25 Oct 2024 \(ongoing\)",
                "**Precision:** year, since, ongoing",
                "**Topics:** Russia, Ukraine",
            ],
        ),
        ("sanctions", None),  # checked below: a javascript: link is shown as text only
    ],
)
def test_details_panel_shows_the_selected_event(selected, lines):
    at = run(selected=selected)
    assert not at.exception
    shown = details(at)
    assert shown[0] == f"Title of {selected}" or selected == "launch"
    if lines is not None:
        assert shown == lines
    else:
        assert "**Source:** Treasury" in shown
        assert not any("javascript" in line for line in shown)


@pytest.mark.parametrize(
    ("session", "first", "note"),
    [
        ({}, "**No event selected**", "Click an event"),
        ({"selected": "launch", "keep": ["trip"]}, "**No event selected**", "not among"),
    ],
)
def test_details_panel_without_a_drawable_selection(session, first, note):
    shown = details(run(**session))
    assert shown[0] == first and note in shown[1]


def test_an_unplaced_event_still_has_details():
    shown = details(run(selected="someday"))
    assert shown[0] == "Title of someday"
    assert "**Resolved:** not placed on the timeline" in shown


def test_close_clears_the_selection():
    at = run(selected="trip")
    at.button(key="details_close").click().run()
    assert at.session_state["selected"] == ""
    assert details(at)[0] == "**No event selected**"


def test_chart_is_keyed_selectable_and_themed_by_the_project():
    proto = chart(run())
    assert proto.id.endswith("-timeline")
    assert proto.theme == ""  # theme=None
    assert [mode for mode in proto.selection_mode] == [0]  # points only
    spec = json.loads(proto.spec)
    assert spec["layout"]["template"]["layout"]["paper_bgcolor"] == "white"


@pytest.mark.parametrize("selected", ["launch", "trip"])
def test_a_selection_leaves_the_chart_as_it_was(selected):
    """A chart that changed with each click would be a new chart to Streamlit, and the
    reader's zoom would be lost: the browser shows the selection (the rest fade)."""
    plain, chosen = chart(run()), chart(run(selected=selected))
    assert chosen.spec == plain.spec and chosen.id == plain.id
    spec = json.loads(chosen.spec)
    marks = [t for t in spec["data"] if t.get("name") in ("day", "year span")]
    assert all(t["unselected"]["marker"]["opacity"] < 1 for t in marks)


def test_every_drawn_event_is_labelled_on_the_chart(values):
    spec = json.loads(chart(run()).spec)
    labelled = {i for t in spec["data"] if t.get("name") in ("labels", "labels inside")
                for i in values(t["customdata"])}  # fmt: skip
    drawn = {i for t in spec["data"] if t.get("mode") != "text"
             for i in values(t.get("customdata", []))}  # fmt: skip
    assert drawn and labelled == drawn


@pytest.mark.parametrize(
    ("lanes", "ticks"),
    [
        ("topic", {"space", "Russia"}),
        ("actor", {"(no actor)", "Elon Musk"}),
        ("all", {"all events"}),
        ("nonsense", {"space", "Russia"}),  # an unknown mode falls back to topics
    ],
)
def test_lanes_follow_the_view_state(lanes, ticks):
    spec = json.loads(chart(run(lanes=lanes)).spec)
    assert set(spec["layout"]["yaxis"]["ticktext"]) == ticks


def test_rows_not_drawn_are_counted_with_a_way_to_the_data_tab():
    at = run()
    captions = [c.value for c in at.caption]
    assert any("isn't on the timeline: its date can't be read" in c for c in captions)
    at.button(key="to_data").click().run()
    assert at.session_state["tab"] == "Data"


def test_without_unreadable_rows_nothing_is_said(sample_frame_keep_dated):
    at = run(keep=sample_frame_keep_dated)
    assert not any("isn't on the timeline" in c.value for c in at.caption)


@pytest.fixture
def sample_frame_keep_dated():
    return [event.id for event in EVENTS if event.span is not None]


def _loaded(**changes):
    """The sample events as a Loaded, with `changes` ({id: {field: value}}) made first."""
    events = [replace(e, **changes.get(e.id, {})) for e in EVENTS]
    frame = events_frame(events)
    return Loaded("Sample events", frame, choices(frame), tuple(events))


@pytest.mark.parametrize(
    ("first", "second", "changes", "same"),
    [
        ([0, 1, 2], [0, 1, 2], {}, True),  # another session on the same view
        ([0, 1, 2], [0, 1], {}, False),  # one row filtered out
        ([0, 1], [1, 2], {}, False),  # as many rows, others
        ([0, 1], [0, 1], {"launch": {"title": "Another title"}}, False),  # edited data
        ([0, 1], [0, 1], {"launch": {"summary": "Not drawn"}}, True),  # details only
    ],
)
def test_sessions_share_a_figure_only_when_it_draws_the_same(first, second, changes, same):
    one, other = _loaded(), _loaded(**changes)
    keys = _drawn_key(one, one.frame.iloc[first]), _drawn_key(other, other.frame.iloc[second])
    assert (keys[0] == keys[1]) is same


@pytest.mark.parametrize("lanes", ["topic", "actor", "all"])
def test_a_datasets_palette_is_worked_out_once_for_every_session(lanes):
    loaded = _loaded()
    other = replace(loaded, name="Another")  # a new dataset: its memos start empty
    assert loaded.palette(lanes) is loaded.palette(lanes)
    assert other.palette(lanes) is not loaded.palette(lanes)
