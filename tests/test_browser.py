"""The dashboard in a real browser: `streamlit run` plus headless Chromium, driven by widget keys.

Every wait is on the page's own state (the chart's data, a caption, a URL), never on sleeps.
Screenshots of the main views land in test-output/screenshots/.
"""

from __future__ import annotations

import csv
import json
import re

import pytest
from playwright.sync_api import Page, expect

from events import PRECISIONS, default_dataset

CHART = ".st-key-timeline .js-plotly-plot"
EVENTS = {event.id: event for event in default_dataset().events}
TOTAL = len(EVENTS)
HOSTILE = "<img src=x onerror=alert(1)><script>window.__pwned=1</script>"

# The ids the chart draws (customdata of every trace), once plotly has laid out the SVG.
DRAWN_IDS = f"""() => {{
    const gd = document.querySelector({CHART!r});
    const drawn = gd && gd.data && gd._fullLayout && gd.querySelector(".cartesianlayer .trace");
    if (!drawn) return null;
    return [...new Set(gd.data.flatMap(t => Array.from(t.customdata || [])))];
}}"""

# Where a marker or bar of event `id` sits, in pixels from the chart's top left corner.
POINT_OF = f"""(id) => {{
    const gd = document.querySelector({CHART!r});
    const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    for (const [t, trace] of gd._fullData.entries()) {{
        const i = Array.from(trace.customdata || []).indexOf(id);
        if (i < 0) continue;
        const point = gd.calcdata[t][i];
        const x = trace.type === "bar" ? point.b + point.s / 2 : point.x;
        const y = trace.type === "bar" ? point.p : point.y;
        return {{x: xa._offset + xa.l2p(x), y: ya._offset + ya.l2p(y)}};
    }}
    return null;
}}"""


# --- Helpers -----------------------------------------------------------------------------------


def open_app(page: Page, url: str, query: str = "") -> None:
    """Go to the app; wait for the first run to end and the sidebar's widgets to mount (a click
    before they mount can send a widget's bare default instead of the state it was given)."""
    page.goto(url + "/" + query)
    expect(count_caption(page)).to_be_visible()
    expect(page.locator(".st-key-min_precision [role=combobox]")).to_be_visible()
    expect(page.locator(".st-key-lanes [role=radiogroup]")).to_be_visible()
    run_ended(page)


def run_ended(page: Page) -> None:
    """Wait until the script's run has ended (Streamlit marks the app "notRunning")."""
    expect(page.get_by_test_id("stApp")).to_have_attribute("data-test-script-state", "notRunning")


def settled_chart(page: Page) -> None:
    """Wait until the chart is drawn for the width the page reported and the run has ended."""
    wait_for_chart(page, at_least=20)
    run_ended(page)


def count_caption(page: Page):
    return page.get_by_text(re.compile(r"^\d+ of \d+ events$"))


def wait_for_chart(page: Page, ids: set[str] | None = None, at_least: int = 1) -> set[str]:
    """Wait until the chart draws exactly `ids` (or at least `at_least` events), laid out for
    the width its column reported (the first run draws it for a guessed width); the ids drawn."""
    check = f"""() => {{
        const charts = document.querySelectorAll({CHART!r});
        const column = charts.length === 1 && charts[0].closest('[data-testid="stVerticalBlock"]');
        if (!column || !charts[0]._fullLayout) return false;
        const width = charts[0]._fullLayout.width, room = column.getBoundingClientRect().width;
        if (width > room + 1 || width < room * 0.6) return false;
        const ids = ({DRAWN_IDS})();
        if (!ids) return false;
        const want = {json.dumps(sorted(ids) if ids is not None else None)};
        return want ? ids.length === want.length && want.every(i => ids.includes(i))
                    : ids.length >= {at_least};
    }}"""
    page.wait_for_function(check)
    return set(page.evaluate(DRAWN_IDS))


def open_tab(page: Page, label: str) -> None:
    tab = page.get_by_role("tab", name=label, exact=True)
    tab.click()
    expect(tab).to_have_attribute("aria-selected", "true")
    run_ended(page)  # Present narrows the page's top margin: later clicks wait for the layout


def choose(page: Page, key: str, option: str) -> None:
    """Pick one option of the multiselect with widget key `key`: type it, press Enter."""
    widget = page.locator(f".st-key-{key}")
    widget.locator("input").fill(option)
    expect(page.get_by_role("option", name=option, exact=True)).to_be_visible()
    page.keyboard.press("Enter")
    page.keyboard.press("Escape")
    expect(widget.get_by_role("button", name=f"Remove {option}")).to_be_visible()


def click_event(page: Page, event_id: str) -> None:
    """Click the event's mark on the chart, as a reader would (plotly's own click handling)."""
    point = page.evaluate(POINT_OF, event_id)
    assert point, f"{event_id} is not drawn"
    page.locator(CHART).click(position=point)


def details_panel(page: Page):
    """The details panel, once a rerun has replaced any stale copy of it."""
    panel = page.locator(".st-key-details")
    expect(panel).to_have_count(1)
    return panel


def mentions(event, word: str = "starlink") -> bool:
    """Whether the search box's fields (title, summary, names, places, quote) hold `word`."""
    fields = (event.title, event.summary, *event.actors, *event.places, event.quote)
    return any(word in text.casefold() for text in fields)


# --- Tests -------------------------------------------------------------------------------------


def test_default_page_draws_the_timeline(page, app_server, screenshot):
    open_app(page, app_server)
    drawn = wait_for_chart(page, at_least=20)
    screenshot(page, "timeline")
    assert drawn <= set(EVENTS)
    expect(count_caption(page)).to_have_text(f"{TOTAL} of {TOTAL} events")


def test_choosing_a_topic_narrows_count_chart_and_url(page, app_server):
    ukraine = {key for key, event in EVENTS.items() if "Ukraine" in event.topics}
    open_app(page, app_server)
    expect(count_caption(page)).to_have_text(f"{TOTAL} of {TOTAL} events")
    choose(page, "topics", "Ukraine")
    expect(count_caption(page)).to_have_text(f"{len(ukraine)} of {TOTAL} events")
    assert wait_for_chart(page, ukraine) == ukraine
    expect(page).to_have_url(re.compile(r"[?&]topics=Ukraine(&|$)"))


@pytest.mark.parametrize("event_id", ["starlink-near-bakhmut", "rusal-sanctioned"])
def test_clicking_an_event_on_the_chart_shows_its_details(page, app_server, screenshot, event_id):
    """A day marker and a month bar: both go through plotly's click and Streamlit's selection."""
    open_app(page, app_server)
    wait_for_chart(page, at_least=20)
    click_event(page, event_id)
    expect(page).to_have_url(re.compile(rf"[?&]selected={event_id}(&|$)"))
    panel = details_panel(page)
    expect(panel).to_contain_text(EVENTS[event_id].title)
    assert panel.inner_text().strip().splitlines()[0] == EVENTS[event_id].title
    screenshot(page, f"details-{event_id}")


def test_a_shared_link_restores_the_view(page, app_server, screenshot):
    wanted = [event for event in EVENTS.values() if "Ukraine" in event.topics and mentions(event)]
    open_app(page, app_server, "?topics=Ukraine&search=Starlink&tab=table")
    expect(count_caption(page)).to_have_text(f"{len(wanted)} of {TOTAL} events")
    expect(page.locator(".st-key-topics")).to_contain_text("Ukraine")
    expect(page.locator(".st-key-search input")).to_have_value("Starlink")
    expect(page.get_by_role("tab", name="Table", exact=True)).to_have_attribute(
        "aria-selected", "true"
    )
    screenshot(page, "table")


def test_a_shared_link_survives_a_click_before_the_sidebar_is_drawn(page, app_server):
    """A reader who clicks at once must keep the link's filters: the sidebar's widgets mount
    after the first run, and an early rerun must not send their bare defaults instead."""
    finest = PRECISIONS[: PRECISIONS.index("month") + 1]
    wanted = [
        event
        for event in EVENTS.values()
        if "Ukraine" in event.topics and mentions(event) and event.span.precision in finest
    ]
    page.goto(f"{app_server}/?topics=Ukraine&search=Starlink&min_precision=month")
    expect(count_caption(page)).to_have_text(f"{len(wanted)} of {TOTAL} events")
    open_tab(page, "Table")  # at once; the damage shows on the rerun after
    expect(page).to_have_url(re.compile(r"[?&]tab=table(&|$)"))  # written when a run ends
    open_tab(page, "Timeline")
    expect(page).not_to_have_url(re.compile(r"[?&]tab="))
    for field in ("topics=Ukraine", "search=Starlink", "min_precision=month"):
        expect(page).to_have_url(re.compile(rf"[?&]{field}(&|$)"))
    expect(count_caption(page)).to_have_text(f"{len(wanted)} of {TOTAL} events")


def test_a_broken_upload_says_what_is_wrong(page, app_server, screenshot, tmp_path):
    broken = tmp_path / "broken.json"
    broken.write_text('{"events": [', encoding="utf-8")
    open_app(page, app_server)
    open_tab(page, "Data")
    page.locator(".st-key-upload input[type=file]").set_input_files(broken)
    error = page.get_by_test_id("stAlert").filter(has_text="broken.json")
    expect(error).to_contain_text("not valid JSON")
    expect(count_caption(page)).to_have_text(f"{TOTAL} of {TOTAL} events")
    screenshot(page, "data-error")


# --- Hostile data is shown as text ---------------------------------------------------------


HOSTILE_ROWS = [  # id, date, source_url; every other text field is HOSTILE
    ("x1", "March 8, 2023", "https://example.org/a) ![x](x) [y](javascript:window.__pwned=3"),
    ("x2", "June 1, 2023", "javascript:window.__pwned=4"),
    ("x3", "2022", "javascript:window.__pwned=5"),  # the first event in Present
]
TEXT_COLUMNS = ["title", "actors", "topics", "source", "quote"]
TAB_CONTENT = {  # what shows once a tab has been drawn
    "Table": "[data-testid=stDataFrame]",
    "Data": ".st-key-upload",
    "Present": ".st-key-slide_position",
}


@pytest.fixture(scope="session")
def hostile_url(app_server_factory, tmp_path_factory) -> str:
    """A server on a dataset whose every text field is markup, a script or a hostile link."""
    path = tmp_path_factory.mktemp("hostile") / "hostile.csv"
    summary = "[click me](javascript:window.__pwned=2) <b>bold</b> ![x](x)"
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["id", "date", "source_url", "summary", "published", *TEXT_COLUMNS])
        for row in HOSTILE_ROWS:
            writer.writerow([*row, summary, "2024-10-25", *[HOSTILE] * len(TEXT_COLUMNS)])
    return app_server_factory(path)


def assert_inert(page: Page, dialogs: list) -> None:
    assert page.evaluate("window.__pwned") is None
    assert page.locator("img[src='x'], a[href^='javascript']").count() == 0
    assert dialogs == []


def test_markup_in_the_data_is_shown_as_text(page, hostile_url):
    dialogs: list = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    open_app(page, hostile_url)
    wait_for_chart(page, {"x1", "x2", "x3"})
    click_event(page, "x1")
    expect(page).to_have_url(re.compile(r"[?&]selected=x1(&|$)"))
    expect(details_panel(page)).to_contain_text(HOSTILE)
    assert_inert(page, dialogs)
    for tab, drawn in TAB_CONTENT.items():
        open_tab(page, tab)
        expect(page.locator(drawn)).to_be_visible()
        assert_inert(page, dialogs)
    expect(page.locator("html[data-present-keys]")).to_be_attached()
    page.keyboard.press("PageDown")  # from the title slide to the first event's
    expect(page.get_by_text(HOSTILE, exact=True).filter(visible=True).first).to_be_visible()


def test_browser_back_brings_back_the_tab_the_url_shows(page, app_server):
    open_app(page, app_server, "?tab=table")
    for label, tab in (("Present", "present"), ("Export", "export")):
        open_tab(page, label)
        expect(page).to_have_url(re.compile(rf"[?&]tab={tab}(&|$)"))
    for label, tab in (("Present", "present"), ("Table", "table")):
        page.go_back()
        expect(page).to_have_url(re.compile(rf"[?&]tab={tab}(&|$)"))
        expect(page.get_by_role("tab", name=label, exact=True)).to_have_attribute(
            "aria-selected", "true"
        )


def test_a_link_made_on_other_data_says_so(page, app_server, screenshot):
    open_app(page, app_server, "?data=0a1b2c3d4e&topics=Nothing+here")
    note = page.locator(".st-key-arrival")
    expect(note).to_contain_text("made on other events than the ones open here")
    expect(note).to_contain_text("topics “Nothing here”")
    screenshot(page, "arrival-other-data")
    note.get_by_role("button", name="Got it").click()
    expect(page.locator(".st-key-arrival")).to_have_count(0)
