"""The built-in history dataset (Rome, 264 BC to AD 476) in a real browser: opened from a link
and from the Dataset choice, drawn on a BC axis, narrowed by typed From/To years, and its
Table and Present deck. Screenshots at 1280x720 and 390x844 land in test-output/screenshots/.
"""

from __future__ import annotations

import json
import re
from datetime import date

from playwright.sync_api import Page, expect

from events import builtin_dataset
from tests.test_browser import (
    CHART,
    DRAWN_IDS,
    count_caption,
    open_app,
    open_tab,
    run_ended,
    wait_for_chart,
)

HISTORY = builtin_dataset("history")
IDS = {event.id for event in HISTORY.events}
SINCE_AD_1 = {event.id for event in HISTORY.events if event.span.end >= date(1, 1, 1)}
AD_1_TO_100 = {
    event.id
    for event in HISTORY.events
    if date(1, 1, 1) <= event.span.end and event.span.start <= date(100, 12, 31)
}
PHONE = {"viewport": {"width": 390, "height": 844}, "is_mobile": True, "has_touch": True}
TICKS = f"() => [...document.querySelectorAll('{CHART} .xtick text')].map(t => t.textContent)"


def drawn(page: Page, ids: set[str]) -> None:
    """Wait until the chart, laid out for its column, draws exactly the events `ids` (a "+N
    more" tag's window is not an event)."""
    wait_for_chart(page)
    page.wait_for_function(f"""() => {{
        const drawn = ({DRAWN_IDS})();
        if (!drawn) return false;
        const events = drawn.filter(i => !String(i).startsWith("window|"));
        const want = {json.dumps(sorted(ids))};
        return events.length === want.length && want.every(i => events.includes(i));
    }}""")
    run_ended(page)


def counted(page: Page, shown: int) -> None:
    expect(count_caption(page)).to_have_text(f"{shown} of {len(IDS)} events")


def bound(page: Page, side: str, text: str) -> None:
    """Type `text` into From or To (the typed boxes of a BC dataset) and press Enter."""
    box = page.locator(f".st-key-date_{side}_text input")
    box.fill(text)
    box.press("Enter")
    run_ended(page)


def test_a_link_opens_the_history_dataset_on_a_bc_axis(app_server, page: Page, screenshot):
    open_app(page, app_server, "?dataset=history")
    expect(page.get_by_text(HISTORY.name, exact=True)).to_be_visible()
    counted(page, len(IDS))
    drawn(page, IDS)
    ticks = page.evaluate(TICKS)
    assert any(re.fullmatch(r"\d[\d,]* BC", tick) for tick in ticks), ticks
    assert any(re.fullmatch(r"AD \d+", tick) for tick in ticks), ticks
    screenshot(page, "history-1280")


def test_typed_years_narrow_the_events_and_land_in_the_link(app_server, page: Page, screenshot):
    open_app(page, app_server, "?dataset=history")
    bound(page, "from", "AD 1")
    counted(page, len(SINCE_AD_1))
    drawn(page, SINCE_AD_1)
    expect(page).to_have_url(re.compile(r"[?&]date_from=0001-01-01(&|$)"))
    bound(page, "to", "AD 100")
    counted(page, len(AD_1_TO_100))
    drawn(page, AD_1_TO_100)
    expect(page).to_have_url(re.compile(r"[?&]date_to=0100-12-31(&|$)"))
    bound(page, "from", "44 BC")
    expect(page.locator(".st-key-date_from_text input")).to_have_value("44 BC")
    expect(page).to_have_url(re.compile(r"[?&]date_from=-0043-01-01(&|$)"))
    bound(page, "to", "the ides of March")
    expect(page.get_by_text(re.compile(r"is not a year or a day: write a year"))).to_be_visible()
    expect(page).to_have_url(re.compile(r"[?&]date_to=0100-12-31(&|$)"))  # the last good one
    screenshot(page, "history-from-to")


def test_the_dataset_choice_switches_to_history_and_back(app_server, page: Page):
    open_app(page, app_server, "?topics=Russia")
    choice = page.locator(".st-key-dataset_choice")
    choice.locator("[role=combobox]").click()
    page.get_by_role("option", name=re.compile(r"^History: Rome")).click()
    expect(page.get_by_text(HISTORY.name, exact=True)).to_be_visible()
    counted(page, len(IDS))  # the news's filters are let go of
    expect(page).to_have_url(re.compile(r"\?dataset=history$"))
    choice.locator("[role=combobox]").click()
    page.get_by_role("option", name=re.compile(r"^News: ")).click()
    expect(count_caption(page)).to_have_text(re.compile(r"^27 of 27 events$"))
    expect(page).not_to_have_url(re.compile(r"dataset="))


def test_a_server_started_on_history_opens_it(app_server_factory, page: Page):
    open_app(page, app_server_factory("history"))  # make run DATASET=history
    expect(page.get_by_text(HISTORY.name, exact=True)).to_be_visible()
    expect(page.locator(".st-key-date_from_text input")).to_have_value("")
    expect(page.get_by_text("Events run from 264 BC to AD 476. Empty: no limit.")).to_be_visible()


def test_table_and_present_open_on_the_history_dataset(app_server, page: Page, screenshot):
    open_app(page, app_server, "?dataset=history")
    open_tab(page, "Table")
    expect(page.get_by_test_id("stDataFrame").first).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    open_tab(page, "Present")
    expect(page.locator(".st-key-present").get_by_text("264 BC \u2013 AD 476")).to_be_visible()
    expect(page.get_by_test_id("stException")).to_have_count(0)
    screenshot(page, "history-present")


def test_history_on_a_phone(app_server, device, screenshot):
    page = device(**PHONE)
    open_app(page, app_server, "?dataset=history")
    drawn(page, IDS)
    assert page.evaluate("document.documentElement.scrollWidth") <= 390
    screenshot(page, "history-390")
