"""The Present tab under AppTest (tests/apps/present_page.py): buttons, position, reveal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.details import TEXT_CHARS, markdown_text
from dashboard.present.slides import SLIDE_TITLE_CHARS, SUMMARY_CHARS
from tests.helpers import keyed, run_page
from tests.test_details import links_in

APP = Path(__file__).parent / "apps" / "present_page.py"
SLIDES = ("boom", "trip", "sanctions", "talks", "launch")  # by start, then end, then id
LAUNCH = r"\<b\>Launch\</b\> \*day\*"  # "<b>Launch</b> *day*", markdown-escaped
TITLES = {id: LAUNCH if id == "launch" else f"Title of {id}" for id in SLIDES}


def run(**session) -> AppTest:
    return run_page(APP, **session)


def texts(at: AppTest, key: str) -> list[str]:
    """The markdown and text shown inside the container with this key, in order."""
    block = keyed(at.main, key)
    assert block is not None, f"no container with key {key!r}"
    found = []
    for child in block.children.values():
        found += texts_of(child)
    return found


def texts_of(node) -> list[str]:
    if getattr(node, "type", None) in ("markdown", "text", "caption", "heading"):
        return [node.value]
    return [t for child in getattr(node, "children", {}).values() for t in texts_of(child)]


def overview_points(at: AppTest) -> int:
    spec = json.loads(at.get("plotly_chart")[0].proto.spec)
    dots = [t for t in spec["data"] if t.get("mode") == "markers"]
    return sum(len(t["x"]) for t in dots if t["name"] == "events")


CREDIT = "Sources: Treasury; Reuters · Chart: Timeline Desk"
# The deck: 1 the opening, 2..6 the events in SLIDES order, 7 the sources.
CARDS = {1: ("slide_name", "Sample events"), 7: ("slide_sources_title", "Sources")}
CARDS |= {number: ("slide_title", TITLES[id]) for number, id in enumerate(SLIDES, start=2)}


def card(at: AppTest, number: int) -> bool:
    key, text = CARDS[number]
    return texts(at, key) == [text]


@pytest.mark.parametrize(
    ("clicks", "position"),
    [
        ((), "1 / 7"),
        (("slide_next",), "2 / 7"),
        (("slide_next", "slide_next", "slide_prev"), "2 / 7"),
        (("slide_prev",), "1 / 7"),  # stays on the first
        (("slide_last",), "7 / 7"),
        (("slide_last", "slide_next"), "7 / 7"),  # stays on the last
        (("slide_last", "slide_prev", "slide_first"), "1 / 7"),
        (("slide_last", "slide_prev"), "6 / 7"),
    ],
)
def test_buttons_move_through_the_deck(clicks, position):
    at = run()
    for key in clicks:
        at.button(key=key).click().run()
    assert not at.exception
    assert texts(at, "slide_position") == [position]
    number = int(position.split(" / ")[0])
    assert card(at, number)
    assert at.session_state["slide"] == number


@pytest.mark.parametrize("key", ["slide_first", "slide_prev", "slide_next", "slide_last"])
def test_buttons_leave_the_keys_to_the_listener(key):
    """A shortcut on a button would move the slide a second time for the same key."""
    assert run().button(key=key).proto.shortcut == ""


@pytest.mark.parametrize(
    ("slide", "keep", "position", "key", "title"),
    [
        (5, None, "5 / 7", "slide_title", "Title of talks"),
        (99, None, "7 / 7", "slide_sources_title", "Sources"),  # past the end: the last
        (0, None, "1 / 7", "slide_name", "Sample events"),  # before the start: the first
        (6, ("trip", "boom", "someday"), "4 / 4", "slide_sources_title", "Sources"),
        (2, ("launch", "trip"), "2 / 4", "slide_title", "Title of trip"),
    ],
)
def test_slide_number_comes_from_session_state_and_is_clamped(slide, keep, position, key, title):
    at = run(slide=slide, keep=keep)
    assert texts(at, "slide_position") == [position]
    assert texts(at, key) == [title]
    assert at.session_state["slide"] == int(position.split(" / ")[0])


def test_the_opening_slide_names_the_dataset_its_years_and_the_credit():
    at = run()
    assert texts(at, "slide_name") == ["Sample events"]
    assert texts(at, "slide_years") == ["2010\u20132024"]
    assert texts(at, "slide_count") == ["5 events"]
    assert texts(at, "slide_credit") == [markdown_text(CREDIT)]


def test_the_closing_slide_lists_each_source_once_linking_only_http():
    at = run(slide=7)
    assert texts(at, "slide_sources") == [
        "- Treasury\n- [Reuters](https://example.com/launch%20%28live%29)"
    ]
    assert texts(at, "slide_credit") == [markdown_text(CREDIT)]


def test_full_screen_draws_the_slide_and_strip_only():
    at = run(slide=3)
    at.button(key="present_full_on").click().run()
    assert at.session_state["full"] is True
    assert texts(at, "slide_title") == ["Title of trip"]
    assert texts(at, "slide_position") == ["3 / 7"]
    drawn = {key for key in ("slide_first", "slide_last", "reveal", "present_full_on")
             if keyed(at.main, key) is not None}  # fmt: skip
    assert drawn == set()
    assert keyed(at.main, "present_full_off") is not None
    assert len(at.get("plotly_chart")) == 1


def test_exit_leaves_full_screen_for_the_present_tab_on_the_same_slide():
    at = run(slide=4, full=True)
    at.button(key="present_full_off").click().run()
    assert at.session_state["full"] is False and at.session_state["tab"] == "Present"
    assert texts(at, "slide_position") == ["4 / 7"]
    assert keyed(at.main, "present_full_on") is not None


@pytest.mark.parametrize(
    ("status", "title"),
    [("happened", "Title of talks"), ("planned", "Planned: Title of talks"),
     ("claimed", "Claimed: Title of talks")],
)  # fmt: skip
def test_a_planned_or_claimed_slide_says_so_in_its_title(status, title):
    at = run(slide=5, fields={"talks": {"status": status}})
    assert texts(at, "slide_title") == [markdown_text(title)]


def test_filters_shrinking_the_set_clamp_the_next_run():
    at = run(slide=6)
    at.session_state["keep"] = ["boom", "trip"]
    at.run()
    assert texts(at, "slide_position") == ["4 / 4"]


@pytest.mark.parametrize(
    ("reveal", "slide", "drawn"),
    [(False, 3, 5), (True, 3, 2), (True, 6, 5), (True, 1, 0), (True, 7, 5)],
)
def test_reveal_shows_events_up_to_the_current_one(reveal, slide, drawn):
    at = run(slide=slide, reveal=reveal)
    assert at.checkbox(key="reveal").value is reveal
    assert overview_points(at) == drawn


def test_reveal_checkbox_toggles_the_overview():
    at = run(slide=2)
    at.checkbox(key="reveal").check().run()
    assert overview_points(at) == 1
    assert at.session_state["reveal"] is True


def test_slide_shows_the_event_as_text():
    at = run(slide=6)
    assert texts(at, "slide_title") == [LAUNCH]  # shown as written, not rendered
    assert texts(at, "slide_date") == ["“September 9, 2024”  ·  9 Sep 2024  ·  day"]
    assert r"\$42" in texts(at, "slide_summary")[0]
    assert texts(at, "slide_people") == ["**Actors:** Elon Musk, SpaceX", "**Places:** Texas"]
    assert texts(at, "slide_source") == [
        "Source: [Reuters](https://example.com/launch%20%28live%29)"
    ]


@pytest.mark.parametrize(
    ("summary", "cut"),
    [
        ("A short summary", False),
        ("x" * SUMMARY_CHARS, False),  # at the limit
        ("word " * SUMMARY_CHARS + "last", True),
    ],
)
def test_a_long_summary_is_cut_and_the_rest_is_a_click_away(summary, cut):
    at = run(slide=6, summaries={"launch": summary})
    (shown,) = texts(at, "slide_summary")
    assert (keyed(at.main, "slide_more") is not None) is cut
    if cut:
        assert shown.endswith("…") and summary.startswith(shown[:-1])
        assert texts(at, "slide_full_summary") == [summary]
    else:
        assert shown == summary


def test_the_source_comes_right_after_the_date():
    """Near the title, so a long summary can never push it off a projected screen."""
    slide = keyed(run(slide=6).main, "slide")
    keys = [getattr(child, "key", None) for child in slide.children.values()]
    assert keys[:3] == ["slide_title", "slide_date", "slide_source"]


def test_only_http_sources_are_links():
    source = texts(run(slide=4), "slide_source")
    assert source == ["Source: Treasury"]


def test_no_dated_events_says_so():
    at = run(keep=["someday"])
    assert not at.exception
    assert "No dated events" in at.info[0].value
    assert not at.button


def test_overview_uses_the_projects_template_and_highlights_the_current_event():
    at = run(slide=4)
    chart = at.get("plotly_chart")[0].proto
    spec = json.loads(chart.spec)
    assert spec["layout"]["template"]["layout"]["paper_bgcolor"] == "white"
    current = [t for t in spec["data"] if t["name"] == "current"]
    assert current and [x[:10] for x in current[0]["x"]] == ["2018-04-01"]
    assert chart.theme == ""  # theme=None: Streamlit's template never leaks in


def links_on_the_slide(at: AppTest) -> list[tuple[str, str]]:
    """Every link or image the slide's markdown makes, the "More" summary included."""
    return [link for text in texts(at, "slide") for link in links_in(text)]


def test_dataset_text_on_a_slide_makes_no_link_but_the_source():
    linky = {
        "title": "Read https://evil.example/t now",
        "date": "www.evil.example",
        "summary": "[click](http://evil.example/a) ![img](http://evil.example/i.png) "
        + "me@evil.example " * 20,  # long enough for the "More" popover
        "actors": "https://example.com; spy@example.net",
        "places": "www.example.org",
        "source": "http://evil.example/s",
    }
    at = run(slide=6, fields={"launch": linky})
    assert not at.exception
    assert keyed(at.main, "slide_more") is not None
    assert links_on_the_slide(at) == [("link", "https://example.com/launch%20%28live%29")]


HUGE = "x" * 1_000_000  # a title or summary without a space, as a broken file may hold


def test_a_huge_title_and_summary_are_cut_where_drawn():
    at = run(slide=6, fields={"launch": {"title": HUGE, "summary": HUGE, "date": HUGE}})
    assert not at.exception
    (title,) = texts(at, "slide_title")
    assert title == "x" * (SLIDE_TITLE_CHARS - 1) + "…"
    (summary,) = texts(at, "slide_summary")
    assert summary == "x" * (SUMMARY_CHARS - 1) + "…"
    (whole,) = texts(at, "slide_full_summary")
    assert whole == "x" * (TEXT_CHARS - 1) + "…"
    (line,) = texts(at, "slide_date")
    assert line.startswith("“" + "x" * 100) and len(line) < SLIDE_TITLE_CHARS + 100
    assert at.session_state["slide"] == 6
