"""Access for everyone, in the real browser: axe-core (4.14.1, tests/axe, installed by `make
test` with npm from its lock file) on every tab of the built-in dataset and of 1,000 generated
events finds no serious or critical violation; the Timeline tab's event list is a keyboard
path to every event (Tab to it, arrows ring the mark on the chart without a rerun, Enter opens
the details); the chart is named by its alt text; one h1, then the open tab's h2.

The counts per tab and impact are printed (`pytest -s tests/test_browser_access.py -k axe`)
and kept in test-output/axe.txt. Nothing is fetched from the network.
"""

from __future__ import annotations

import csv
import itertools
import json
import re
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import pytest
from playwright.sync_api import Page, expect

from dashboard.event_list import NAME, list_options
from dashboard.frame import events_frame
from dashboard.state.view import TAB_LABELS
from events import default_dataset
from events.dataset import load_dataset

AXE = Path(__file__).parent / "axe" / "node_modules" / "axe-core" / "axe.min.js"
COUNTS = Path(__file__).resolve().parents[1] / "test-output" / "axe.txt"
BLOCKING = ("serious", "critical")
CHART = ".st-key-timeline .js-plotly-plot"
BUILT_IN = default_dataset()
MANY = 1_000
TOPICS = ("space", "Russia", "Ukraine", "business", "US politics", "Taiwan", "media",
          "national security", "energy", "courts", "health", "sport")  # fmt: skip
COLUMNS = ("id", "date", "title", "label", "status", "summary", "actors", "places", "topics",
           "source", "source_url", "quote", "published")  # fmt: skip
# What the keyboard is on, through the component's shadow root.
FOCUSED = """() => {
    let e = document.activeElement;
    while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
    return e ? {role: e.getAttribute("role"), active: e.getAttribute("aria-activedescendant"),
                name: e.getAttribute("aria-label")} : null;
}"""
# The page has been still for five polls in a row: no run going, nothing stale (a rerun that
# follows the first, as a component reporting on mount asks for, is over too), and no element
# still waiting for its code (Streamlit loads most elements' code lazily, a skeleton meanwhile).
QUIET = """() => {
    const app = document.querySelector('[data-testid="stApp"]');
    const still = app && app.dataset.testScriptState === "notRunning"
        && !document.querySelector('[data-stale="true"], [data-testid^="stSkeleton"]')
        && !document.querySelector('[data-testid="stAppSkeleton"]');
    window.quietPolls = still ? (window.quietPolls || 0) + 1 : 0;
    return window.quietPolls >= 5;
}"""
RING = """() => {
    const ring = document.querySelector(".timeline-desk-ring");
    return ring ? ring.getBoundingClientRect().toJSON() : null;
}"""
# Where event `id`'s mark is on the page: a bar's middle or a marker (what a click would hit).
MARK_OF = f"""(id) => {{
    const gd = document.querySelector({CHART!r});
    const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
    const box = gd.getBoundingClientRect();
    for (const [t, trace] of gd._fullData.entries()) {{
        const marks = trace.type === "bar" || String(trace.mode || "").includes("markers");
        const i = marks ? Array.from(trace.customdata || []).indexOf(id) : -1;
        if (i < 0) continue;
        const point = gd.calcdata[t][i];
        const x = trace.type === "bar" ? point.b + point.s / 2 : point.x;
        const y = trace.type === "bar" ? point.p : point.y;
        return {{x: box.left + xa._offset + xa.l2p(x), y: box.top + ya._offset + ya.l2p(y)}};
    }}
    return null;
}}"""


def many_events_csv(path: Path) -> Path:
    """MANY events over twenty years in twelve topics (four past the eight coloured lanes),
    every field filled, a few planned or claimed, some dated by month or year only."""
    published = date(2024, 10, 25)
    with path.open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(COLUMNS)
        for n in range(MANY):
            day = published - timedelta(days=7 * n + n % 5)
            written = (day.isoformat(), day.strftime("%B %Y"), str(day.year))[n % 3]
            status = ("", "", "", "planned", "claimed")[n % 5] if day.year > 2023 else ""
            writer.writerow([
                f"event-{n:04d}", written, f"Event number {n} in the generated set",
                f"Event {n}", status, f"What happened in event {n}.", f"Person {n % 17}",
                f"Place {n % 9}", TOPICS[n % len(TOPICS)], "Generated Daily",
                f"https://example.com/story/{n}", f"We said {n}",
                published.isoformat(),
            ])  # fmt: skip
    return path


@pytest.fixture(scope="module")
def many_csv(tmp_path_factory) -> Path:
    return many_events_csv(tmp_path_factory.mktemp("access") / "many.csv")


@pytest.fixture(scope="module")
def servers(app_server_factory, many_csv):
    """{"built-in": URL, "1000": URL}: the app on its own data and on MANY generated events."""
    assert AXE.is_file(), "axe-core is not installed: run `make test` (npm ci in tests/axe)"
    return {"built-in": app_server_factory(), str(MANY): app_server_factory(many_csv)}


@pytest.fixture(scope="module")
def frames(many_csv):
    """Each dataset's events as the app's frame (the list's order and texts come from it)."""
    return {"built-in": events_frame(BUILT_IN.events),
            str(MANY): events_frame(load_dataset(many_csv).events)}  # fmt: skip


def open_tab(page: Page, url: str, tab: str) -> None:
    """Open `?tab=<tab>` and wait until the run is over and the tab is drawn (the Timeline's
    chart laid out for its column, its list filled)."""
    page.goto(f"{url}/?tab={tab}")
    expect(page.get_by_role("tab", name=TAB_LABELS[tab], exact=True)).to_have_attribute(
        "aria-selected", "true")  # fmt: skip
    expect(page.get_by_role("heading", name=TAB_LABELS[tab], level=2)).to_be_attached()
    if tab == "timeline":
        expect(page.get_by_role("listbox", name=NAME).get_by_role("option").first).to_be_visible()
        page.wait_for_function(f"""() => {{
            const gd = document.querySelector({CHART!r});
            const column = gd && gd.closest('[data-testid="stVerticalBlock"]');
            return column && gd._fullLayout && gd.querySelector(".cartesianlayer .trace")
                && gd._fullLayout.width <= column.getBoundingClientRect().width + 1;
        }}""")  # fmt: skip
    page.wait_for_function(QUIET, polling=100)


def axe_violations(page: Page) -> list[dict]:
    """axe-core's violations on the page as it is: rule, impact, and the elements."""
    page.add_script_tag(path=str(AXE))
    return page.evaluate("""async () => (await axe.run()).violations.map(v => ({
        id: v.id, impact: v.impact,
        nodes: v.nodes.map(n => n.target.join(" ") + ": " + n.failureSummary)}))""")


@pytest.mark.parametrize("tab", list(TAB_LABELS))
@pytest.mark.parametrize("dataset", ["built-in", str(MANY)])
def test_axe_finds_no_serious_or_critical_violation(page, servers, screenshot, dataset, tab):
    open_tab(page, servers[dataset], tab)
    violations = axe_violations(page)
    counts = Counter(v["impact"] for v in violations for _ in v["nodes"])
    line = f"axe {dataset} {tab}: " + json.dumps(
        {impact: counts.get(impact, 0) for impact in ("critical", "serious", "moderate", "minor")}
        | {"rules": sorted({v["id"] for v in violations})})  # fmt: skip
    print(line)
    COUNTS.parent.mkdir(parents=True, exist_ok=True)
    with COUNTS.open("a", encoding="utf-8") as out:
        out.write(line + "\n")
    screenshot(page, f"access-{dataset}-{tab}")
    assert [v for v in violations if v["impact"] in BLOCKING] == []


@pytest.mark.parametrize("tab", list(TAB_LABELS))
def test_one_h1_then_the_open_tabs_h2(page, servers, tab):
    open_tab(page, servers["built-in"], tab)
    main = page.get_by_role("main")
    expect(main.get_by_role("heading", level=1)).to_have_text(["Timeline Desk"])
    headings = main.locator("h1, h2, h3, h4, h5, h6")
    levels = [int(tag[1]) for tag in headings.evaluate_all("hs => hs.map(h => h.tagName)")]
    assert levels[:2] == [1, 2]
    assert all(b - a <= 1 for a, b in itertools.pairwise(levels))
    expect(main.get_by_role("heading", level=2).first).to_have_text(TAB_LABELS[tab])


def test_the_chart_is_named_by_its_alt_text(page, servers):
    open_tab(page, servers["built-in"], "timeline")
    figure = page.get_by_role("figure", name=re.compile(r"^Timeline chart: "))
    expect(figure).to_have_accessible_name(re.compile(
        rf"{len(BUILT_IN.events)} dated events from 2004 to 25 Oct 2024, in \d+ lanes: .*"
        r"First: .*Last: .*The Table tab lists every event as text\.$"))  # fmt: skip


def tab_to_the_list(page: Page) -> dict:
    """Press Tab from the top of the page until the keyboard is on the event list."""
    page.get_by_role("tab", name="Timeline", exact=True).focus()
    for _ in range(40):
        page.keyboard.press("Tab")
        focused = page.evaluate(FOCUSED)
        if focused and focused["role"] == "listbox":
            return focused
    raise AssertionError("Tab never reached the event list")


@pytest.mark.parametrize(("dataset", "keys", "position"), [
    ("built-in", ["ArrowDown"] * 3, 3),
    ("built-in", ["End", "ArrowUp", "Home", "ArrowDown"], 1),
    (str(MANY), ["PageDown"] * 50 + ["ArrowUp"], 499),
    (str(MANY), ["End"], MANY - 1),
])  # fmt: skip
def test_keyboard_path_rings_the_mark_and_enter_opens_details(
    page, servers, frames, screenshot, dataset, keys, position
):
    sent = []  # what the page tells its server: each arrow would add one if it reran
    page.on("websocket", lambda socket: socket.on("framesent", lambda frame: sent.append(frame)))
    open_tab(page, servers[dataset], "timeline")
    focused = tab_to_the_list(page)
    assert focused["name"] == NAME
    sent.clear()
    for key in keys:
        page.keyboard.press(key)
    expect(page.get_by_role("listbox", name=NAME)).to_have_attribute(
        "aria-activedescendant", f"event-option-{position}")  # fmt: skip
    event_id, text = list_options(frames[dataset], "topic")[position]
    active = page.get_by_role("option", name=text, exact=True)
    expect(active).to_have_id(f"event-option-{position}")
    page.wait_for_function(f"() => ({RING})() !== null")
    ring, mark = page.evaluate(RING), page.evaluate(MARK_OF, event_id)
    assert ring["left"] <= mark["x"] <= ring["right"] and ring["top"] <= mark["y"] <= ring["bottom"]
    assert sent == []  # moving along the list costs no rerun, however many events
    screenshot(page, f"access-list-{dataset}-{position}")
    page.keyboard.press("Enter")
    title = frames[dataset].set_index("id").loc[event_id, "title"]
    expect(page.locator(".st-key-details h3")).to_have_text(title)
    expect(active).to_have_attribute("aria-selected", "true")
    assert page.evaluate(FOCUSED)["role"] == "listbox"  # still on the list for the next one
    screenshot(page, f"access-details-{dataset}-{position}")


def test_a_click_on_an_option_opens_its_details(page, servers, frames):
    open_tab(page, servers["built-in"], "timeline")
    event_id, text = list_options(frames["built-in"], "topic")[5]
    page.get_by_role("option", name=text, exact=True).click()
    title = frames["built-in"].set_index("id").loc[event_id, "title"]
    expect(page.locator(".st-key-details h3")).to_have_text(title)


def test_details_carry_every_field(page, servers, frames):
    open_tab(page, servers[str(MANY)], "timeline")
    event_id, text = list_options(frames[str(MANY)], "topic")[0]
    page.get_by_role("option", name=text, exact=True).click()
    panel = page.locator(".st-key-details")
    n = int(event_id.split("-")[1])
    expect(panel.get_by_text(f"What happened in event {n}.")).to_be_visible()
    expect(panel.get_by_text(f"“We said {n}”")).to_be_visible()
    expect(panel.get_by_text(re.compile(r"quoted in Generated Daily \(speaker not recorded"))
           ).to_be_visible()  # fmt: skip
    link = panel.get_by_role("link", name="Generated Daily")
    expect(link).to_have_attribute("href", f"https://example.com/story/{n}")
