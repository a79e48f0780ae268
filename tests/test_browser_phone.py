"""The dashboard on a phone (390 x 844, touch) and what sits around the chart at every size: the
filters wait in a collapsed panel, the timeline reads down the page, one tap on an event opens
its details over the chart, and the toolbar, the key, the notes and the "published" label never
cover each other.
Screenshots of the phone views land in test-output/screenshots/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import expect

from events import default_dataset
from tests.test_browser import (
    CHART,
    details_panel,
    open_app,
    run_ended,
    settled_chart,
)

EVENTS = {event.id: event for event in default_dataset().events}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
DESK = {"viewport": {"width": 1280, "height": 720}}

# Where a point of trace `name` (the first with customdata) sits, from the chart's top left.
POINT_IN = f"""(name) => {{
    const gd = document.querySelector({CHART!r});
    const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    const t = gd._fullData.findIndex(trace => trace.name === name);
    if (t < 0) return null;
    const trace = gd._fullData[t], i = Math.floor(gd.calcdata[t].length / 2);
    const point = gd.calcdata[t][i];
    const horizontalBar = trace.type === "bar" && trace.orientation === "h";
    const x = horizontalBar ? point.b + point.s / 2 : point.x;
    const y = horizontalBar ? point.p : point.y;
    return {{x: xa._offset + xa.l2p(x), y: ya._offset + ya.l2p(y), id: trace.customdata[i]}};
}}"""

# Boxes of what sits around the plot: the toolbar's buttons, the key's texts and symbols, the
# notes and the publication label (annotations), and the time axis's labels.
AROUND = f"""() => {{
    const gd = document.querySelector({CHART!r});
    const box = (el, name) => {{ const r = el.getBoundingClientRect();
        return {{name, left: r.left, top: r.top, right: r.right, bottom: r.bottom}}; }};
    const found = [];
    gd.querySelectorAll(".modebar-btn").forEach(b => found.push(box(b, "toolbar")));
    gd.querySelectorAll(".legend .traces").forEach(item => {{
        found.push(box(item.querySelector(".legendtext"), "key: " + item.textContent));
        found.push(box(item.querySelector(".legendpoints"), "key symbol: " + item.textContent));
    }});
    gd.querySelectorAll(".legend .legendtitletext").forEach(t => found.push(box(t, "key title")));
    gd.querySelectorAll(".annotation").forEach(a => found.push(box(a, a.textContent)));
    gd.querySelectorAll(".xtick text").forEach(t => found.push(box(t, "tick " + t.textContent)));
    return found.filter(b => b.right - b.left > 0 && b.bottom - b.top > 0);
}}"""


def covering(boxes: list[dict]) -> list[tuple[str, str]]:
    """Pairs of boxes that cover each other by more than half a pixel."""
    return [(a["name"], b["name"]) for i, a in enumerate(boxes) for b in boxes[i + 1 :]
            if a["left"] < b["right"] - 0.5 and b["left"] < a["right"] - 0.5
            and a["top"] < b["bottom"] - 0.5 and b["top"] < a["bottom"] - 0.5]  # fmt: skip


def test_the_phone_opens_on_the_timeline_with_the_filters_folded_away(device, app_server,
                                                                      screenshot):  # fmt: skip
    page = device(**PHONE)
    open_app(page, app_server)
    settled_chart(page)
    sidebar = page.get_by_test_id("stSidebar")
    search = page.locator(".st-key-search input")
    expect(search).not_to_be_in_viewport()
    traces = page.evaluate(f"() => document.querySelector({CHART!r}).data.map(t => t.name)")
    assert "cards" in traces  # the vertical timeline
    screenshot(page, "phone-timeline")
    page.get_by_test_id("stExpandSidebarButton").tap()
    expect(search).to_be_in_viewport()
    expect(sidebar.locator(".st-key-topics")).to_be_in_viewport()
    screenshot(page, "phone-filters")
    sidebar.get_by_test_id("stSidebarCollapseButton").locator("button").tap()
    expect(search).not_to_be_in_viewport()


@pytest.mark.parametrize("mark", ["cards", "day"])
def test_one_tap_on_an_event_opens_its_details(device, app_server, screenshot, mark):
    page = device(**PHONE)
    open_app(page, app_server)
    settled_chart(page)
    point = page.evaluate(POINT_IN, mark)
    assert point, f"no {mark} on the phone's chart"
    page.locator(CHART).tap(position={"x": point["x"], "y": point["y"]})
    expect(page).to_have_url(re.compile(rf"[?&]selected={point['id']}(&|$)"))
    title = EVENTS[point["id"]].title
    dialog = page.get_by_role("dialog")  # over the chart: the panel is far below it
    expect(dialog).to_contain_text(title)
    expect(dialog).to_be_in_viewport()
    screenshot(page, f"phone-details-{mark}")
    dialog.get_by_role("button", name="Close").tap()
    expect(dialog).to_have_count(0)
    expect(details_panel(page)).to_contain_text(title)  # and the panel below says it too


def test_a_click_on_a_wide_screen_opens_the_panel_not_a_dialog(device, app_server):
    page = device(**DESK)
    open_app(page, app_server)
    settled_chart(page)
    point = page.evaluate(POINT_IN, "day")
    page.locator(CHART).click(position={"x": point["x"], "y": point["y"]})
    expect(details_panel(page)).to_contain_text(EVENTS[point["id"]].title)
    run_ended(page)
    expect(page.get_by_role("dialog")).to_have_count(0)


@pytest.mark.parametrize(("size", "context"), [("390x844", PHONE), ("1280x720", DESK)])
@pytest.mark.parametrize("query", ["", "?scale=chronological"])
def test_toolbar_key_notes_and_published_label_lie_apart(device, app_server, screenshot, size,
                                                         context, query):  # fmt: skip
    page = device(**context)
    open_app(page, app_server, query)
    settled_chart(page)
    page.locator(CHART).hover(position={"x": 10, "y": 10})  # the toolbar shows on hover
    boxes = page.evaluate(AROUND)
    names = [b["name"] for b in boxes]
    assert "toolbar" in names and any(n.startswith("key: ") for n in names)
    assert any(n.startswith("published") for n in names)
    screenshot(page, f"around-the-chart-{size}{query.replace('?scale=', '-')}")
    assert covering(boxes) == []
