"""The Present tab under AppTest (tests/apps/present_page.py): buttons, position, reveal."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from streamlit.testing.v1 import AppTest

from dashboard.details import TEXT_CHARS, markdown_text
from dashboard.slides import SLIDE_TITLE_CHARS, SUMMARY_CHARS
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


@pytest.mark.parametrize(
    ("clicks", "position"),
    [
        ((), "1 / 5"),
        (("slide_next",), "2 / 5"),
        (("slide_next", "slide_next", "slide_prev"), "2 / 5"),
        (("slide_prev",), "1 / 5"),  # stays on the first
        (("slide_last",), "5 / 5"),
        (("slide_last", "slide_next"), "5 / 5"),  # stays on the last
        (("slide_last", "slide_prev", "slide_first"), "1 / 5"),
    ],
)
def test_buttons_move_through_the_slides(clicks, position):
    at = run()
    for key in clicks:
        at.button(key=key).click().run()
    assert not at.exception
    assert texts(at, "slide_position") == [position]
    number = int(position.split(" / ")[0])
    assert texts(at, "slide_title") == [TITLES[SLIDES[number - 1]]]
    assert at.session_state["slide"] == number - 1


@pytest.mark.parametrize(
    ("key", "shortcut"),
    [
        ("slide_prev", "left"),
        ("slide_next", "right"),
        ("slide_first", "home"),
        ("slide_last", "end"),
    ],
)
def test_buttons_answer_the_keyboard(key, shortcut):
    assert run().button(key=key).proto.shortcut.lower() == shortcut


@pytest.mark.parametrize(
    ("slide", "keep", "position", "title"),
    [
        (3, None, "4 / 5", "Title of talks"),
        (99, None, "5 / 5", LAUNCH),  # an index past the end is clamped
        (4, ("trip", "boom", "someday"), "2 / 2", "Title of trip"),  # filters left fewer
        (0, ("launch", "trip"), "1 / 2", "Title of trip"),
    ],
)
def test_slide_index_comes_from_session_state_and_is_clamped(slide, keep, position, title):
    at = run(slide=slide, keep=keep)
    assert texts(at, "slide_position") == [position]
    assert texts(at, "slide_title") == [title]
    assert at.session_state["slide"] == int(position.split(" / ")[0]) - 1


@pytest.mark.parametrize(
    ("status", "title"),
    [("happened", "Title of talks"), ("planned", "Planned: Title of talks"),
     ("claimed", "Claimed: Title of talks")],
)  # fmt: skip
def test_a_planned_or_claimed_slide_says_so_in_its_title(status, title):
    at = run(slide=3, fields={"talks": {"status": status}})
    assert texts(at, "slide_title") == [markdown_text(title)]


def test_filters_shrinking_the_set_clamp_the_next_run():
    at = run(slide=4)
    at.session_state["keep"] = ["boom", "trip"]
    at.run()
    assert texts(at, "slide_position") == ["2 / 2"]


@pytest.mark.parametrize(("reveal", "slide", "drawn"), [(False, 1, 5), (True, 1, 2), (True, 4, 5)])
def test_reveal_shows_events_up_to_the_current_one(reveal, slide, drawn):
    at = run(slide=slide, reveal=reveal)
    assert at.checkbox(key="reveal").value is reveal
    assert overview_points(at) == drawn


def test_reveal_checkbox_toggles_the_overview():
    at = run(slide=0)
    at.checkbox(key="reveal").check().run()
    assert overview_points(at) == 1
    assert at.session_state["reveal"] is True


def test_slide_shows_the_event_as_text():
    at = run(slide=4)
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
    at = run(slide=4, summaries={"launch": summary})
    (shown,) = texts(at, "slide_summary")
    assert (keyed(at.main, "slide_more") is not None) is cut
    if cut:
        assert shown.endswith("…") and summary.startswith(shown[:-1])
        assert texts(at, "slide_full_summary") == [summary]
    else:
        assert shown == summary


def test_the_source_comes_right_after_the_date():
    """Near the title, so a long summary can never push it off a projected screen."""
    slide = keyed(run(slide=4).main, "slide")
    keys = [getattr(child, "key", None) for child in slide.children.values()]
    assert keys[:3] == ["slide_title", "slide_date", "slide_source"]


def test_only_http_sources_are_links():
    source = texts(run(slide=2), "slide_source")
    assert source == ["Source: Treasury"]


def test_no_dated_events_says_so():
    at = run(keep=["someday"])
    assert not at.exception
    assert "No dated events" in at.info[0].value
    assert not at.button


def test_overview_uses_the_projects_template_and_highlights_the_current_event():
    at = run(slide=2)
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
    at = run(slide=4, fields={"launch": linky})
    assert not at.exception
    assert keyed(at.main, "slide_more") is not None
    assert links_on_the_slide(at) == [("link", "https://example.com/launch%20%28live%29")]


HUGE = "x" * 1_000_000  # a title or summary without a space, as a broken file may hold


def test_a_huge_title_and_summary_are_cut_where_drawn():
    at = run(slide=4, fields={"launch": {"title": HUGE, "summary": HUGE, "date": HUGE}})
    assert not at.exception
    (title,) = texts(at, "slide_title")
    assert title == "x" * (SLIDE_TITLE_CHARS - 1) + "…"
    (summary,) = texts(at, "slide_summary")
    assert summary == "x" * (SUMMARY_CHARS - 1) + "…"
    (whole,) = texts(at, "slide_full_summary")
    assert whole == "x" * (TEXT_CHARS - 1) + "…"
    (line,) = texts(at, "slide_date")
    assert line.startswith("“" + "x" * 100) and len(line) < SLIDE_TITLE_CHARS + 100
    assert at.session_state["slide"] == 4
