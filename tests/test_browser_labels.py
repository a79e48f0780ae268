"""Labels as Chromium draws them: every label's box read from the rendered chart at three
screen sizes and in each exported SVG preset; none may overlap another label or a mark, none
may leave the plot. Screenshots of each size and scale land in test-output/screenshots/."""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashboard.chart.lanes import lane_palette
from dashboard.chart.view import ChartView
from dashboard.export.dressing import dressed_figure
from dashboard.export.images import export_image
from dashboard.export.looks import PRESETS
from dashboard.frame import events_frame
from events import default_dataset
from tests.test_browser import CHART, open_app, run_ended, settled_chart, wait_for_chart

EVENTS = events_frame(default_dataset().events)
# The same events, every third planned and the next claimed: their labels say so, so are longer.
PLANNED_AND_CLAIMED = EVENTS.assign(
    status=[("happened", "planned", "claimed")[i % 3] for i in range(len(EVENTS))]
)
LABEL_TRACES = ["labels", "labels inside", "more"]
SIZES = {"1920x1080": (1920, 1080), "1280x720": (1280, 720), "390x844": (390, 844)}

# Boxes of what a chart drew, relative to the page: labels (with their trace's name), marks
# (bars and markers of event traces) and cards, and the plot area. `names` maps the order of
# the scatter layer's traces to trace names when the page has no data bound (an SVG file).
MEASURE = """([root, names, labelNames]) => {
    const box = (el) => { const r = el.getBoundingClientRect();
        return {left: r.left, top: r.top, right: r.right, bottom: r.bottom}; };
    const gd = document.querySelector(root);
    const traces = [...gd.querySelectorAll(".scatterlayer .trace")];
    const nameOf = (g, i) => names ? names.scatter[i] : g.__data__[0].trace.name;
    const labels = [], marks = [];
    traces.forEach((g, i) => {
        const name = nameOf(g, i);
        if (labelNames.includes(name)) {
            g.querySelectorAll(".textpoint text").forEach(t => {
                if (t.textContent.trim()) labels.push({...box(t), name, text: t.textContent});
            });
        } else if (["day", "open_end", "open_start"].includes(name)) {
            g.querySelectorAll(".points path").forEach(p => marks.push({...box(p), name}));
        }
    });
    const bars = [...gd.querySelectorAll(".barlayer .trace")];
    const barNames = names ? names.bar : bars.map(g => g.__data__[0].trace.name);
    bars.forEach((g, i) => g.querySelectorAll(".point path").forEach(p => {
        const r = box(p);
        if (r.right - r.left > 0.5) marks.push({...r, name: barNames[i]});
    }));
    const area = gd.querySelector(".draglayer .nsewdrag");
    return {labels, marks, plot: area ? box(area) : null};
}"""


def overlapping(a: dict, b: dict, slack: float = 0.5) -> bool:
    return (
        a["left"] < b["right"] - slack
        and b["left"] < a["right"] - slack
        and a["top"] < b["bottom"] - slack
        and b["top"] < a["bottom"] - slack
    )


def within(inner: dict, outer: dict) -> bool:
    return (
        outer["left"] - 0.5 <= inner["left"]
        and inner["right"] <= outer["right"] + 0.5
        and outer["top"] - 0.5 <= inner["top"]
        and inner["bottom"] <= outer["bottom"] + 0.5
    )


def holds(bar: dict, label: dict) -> bool:
    """Whether a label sits inside this bar: within it from side to side, centred on it."""
    middle = (label["top"] + label["bottom"]) / 2
    return (
        bar["left"] - 0.5 <= label["left"]
        and label["right"] <= bar["right"] + 0.5
        and bar["top"] <= middle <= bar["bottom"]
    )


def problems(drawn: dict) -> dict[str, list]:
    """Label pairs that overlap, labels over marks (a label may lie inside its own bar or card)
    and labels outside the plot area."""
    labels, marks, plot = drawn["labels"], drawn["marks"], drawn["plot"]
    cards = [m for m in marks if m["name"] == "cards"]
    found: dict[str, list] = {"labels": [], "marks": [], "outside": []}
    for i, a in enumerate(labels):
        found["labels"] += [(a["text"], b["text"]) for b in labels[i + 1 :] if overlapping(a, b)]
        for mark in marks:
            if mark["name"] in ("cards", "card edges"):
                continue
            own_bar = a["name"] == "labels inside" and holds(mark, a)
            if not own_bar and overlapping(a, mark):
                found["marks"].append((a["text"], mark["name"]))
        if cards and not any(within(a, card) for card in cards):
            found["outside"].append(a["text"])
        if a["left"] < plot["left"] - 0.5 or a["right"] > plot["right"] + 0.5:
            found["outside"].append(a["text"])
    return found


@pytest.fixture
def sized_page(device):
    """pages(width, height): a fresh page of that viewport size."""
    return lambda width, height: device(viewport={"width": width, "height": height})


def measured(page: Page, tries: int = 20) -> dict:
    """The chart's boxes once two readings 300 ms apart agree: a chart being drawn again (the
    rerun after the browser reports its width) is never measured halfway."""
    last = None
    for _ in range(tries):
        drawn = page.evaluate(MEASURE, [CHART, None, LABEL_TRACES])
        if drawn == last:
            return drawn
        last = drawn
        page.wait_for_timeout(300)
    raise AssertionError("the chart kept changing")


@pytest.mark.parametrize("size", list(SIZES))
@pytest.mark.parametrize("scale", ["auto", "chronological", "collapsed", "sequential"])
def test_every_label_is_drawn_apart_and_inside_the_plot(sized_page, app_server, screenshot,
                                                        size, scale):  # fmt: skip
    width, height = SIZES[size]
    page = sized_page(width, height)
    open_app(page, app_server, f"?scale={scale}" if scale != "auto" else "")
    settled_chart(page)
    drawn = measured(page)
    screenshot(page, f"timeline-{size}-{scale}")
    assert len(drawn["labels"]) >= len(EVENTS)  # every event of the article has its label
    assert problems(drawn) == {"labels": [], "marks": [], "outside": []}


def test_the_phone_reads_as_cards_down_the_page(sized_page, app_server, screenshot):
    page = sized_page(390, 844)
    open_app(page, app_server)
    settled_chart(page)
    spec = page.evaluate(f"() => document.querySelector({CHART!r}).data.map(t => t.name)")
    assert "cards" in spec
    chart_box = page.locator(CHART).bounding_box()
    assert chart_box["width"] >= 330  # not squeezed beside anything
    screenshot(page, "timeline-390x844-cards")


@pytest.mark.parametrize("events", [EVENTS, PLANNED_AND_CLAIMED], ids=["article", "statuses"])
@pytest.mark.parametrize("preset", list(PRESETS))
def test_every_exported_svg_keeps_its_labels_apart(page, preset, events):
    palette = lane_palette(events)
    view = ChartView(palette=palette)
    texts = {"title": "Elon Musk and Vladimir Putin", "subtitle": "All 27 events",
             "credit": "Source: CNBC · Chart: Timeline Desk"}  # fmt: skip
    figure = dressed_figure(events, view, preset=preset, **texts).to_plotly_json()
    names = {
        kind: [t.get("name") for t in figure["data"] if t["type"] == kind]
        for kind in ("scatter", "bar")
    }  # every trace has its group, the key's too
    svg = export_image(events, view, fmt="svg", preset=preset, **texts).decode()
    page.set_content(f"<html><body style='margin:0'><div id=chart>{svg}</div></body></html>")
    drawn = page.evaluate(MEASURE, ["#chart", names, LABEL_TRACES])
    layout = figure["layout"]
    margin = layout["margin"]  # the file has no plot background to measure: its margins say
    drawn["plot"] = {"left": margin["l"], "right": layout["width"] - margin["r"]}
    assert len(drawn["labels"]) >= 10
    assert problems(drawn) == {"labels": [], "marks": [], "outside": []}


def test_a_click_keeps_the_zoom(page, app_server):
    open_app(page, app_server, "?scale=chronological")
    settled_chart(page)
    box = page.locator(f"{CHART} .nsewdrag").bounding_box()
    y = box["y"] + min(box["height"] / 2, 100)
    page.mouse.move(box["x"] + box["width"] * 0.7, y)  # drag along time: zoom to the last years
    page.mouse.down()
    page.mouse.move(box["x"] + box["width"] * 0.98, y, steps=5)
    page.mouse.up()
    page.wait_for_timeout(600)  # a click within Plotly's double-click time would reset the zoom
    zoomed = page.evaluate(f"() => document.querySelector({CHART!r})._fullLayout.xaxis.range")
    point = page.evaluate(f"""() => {{
        const gd = document.querySelector({CHART!r});
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
        for (const [t, trace] of gd._fullData.entries()) {{
            if (trace.name !== "day") continue;
            for (const [i, p] of gd.calcdata[t].entries()) {{
                const x = xa.l2p(p.x);
                if (x > 5 && x < xa._length - 5)
                    return {{x: xa._offset + x, y: ya._offset + ya.l2p(p.y),
                             id: trace.customdata[i]}};
            }}
        }}
    }}""")
    assert point, f"no event in the zoomed view {zoomed}"
    page.locator(CHART).click(position={"x": point["x"], "y": point["y"]})
    expect(page).to_have_url(re.compile(rf"[?&]selected={point['id']}(&|$)"))
    expect(page.locator(".st-key-details")).to_contain_text(str(EVENTS.set_index("id").loc[
        point["id"], "title"]))  # fmt: skip
    run_ended(page)
    after = page.evaluate(f"() => document.querySelector({CHART!r})._fullLayout.xaxis.range")
    assert after == zoomed


@pytest.fixture(scope="session")
def crowd_url(app_server_factory, tmp_path_factory) -> str:
    """A server on 300 events in one month: more than the chart can label."""
    path = tmp_path_factory.mktemp("crowd") / "crowd.csv"
    rows = ["id,date,title,topics,published"]
    rows += [f"c{i},{(i % 30) + 1} May 2020,Crowded event number {i} of the month,"
             f"{('one', 'two')[i % 2]},2020-06-01" for i in range(300)]  # fmt: skip
    path.write_text("\n".join(rows) + "\n", encoding="utf-8")
    return app_server_factory(path)


def test_a_more_tag_opens_its_stretch_of_time(page, crowd_url, screenshot):
    open_app(page, crowd_url)
    wait_for_chart(page, at_least=20)
    tag = page.evaluate(f"""() => {{
        const gd = document.querySelector({CHART!r});
        const xa = gd._fullLayout.xaxis, ya = gd._fullLayout.yaxis;
        const t = gd._fullData.findIndex(trace => trace.name === "more");
        if (t < 0) return null;
        const p = gd.calcdata[t][0];
        return {{x: xa._offset + xa.l2p(p.x) + 2, y: ya._offset + ya.l2p(p.y),
                 window: gd._fullData[t].customdata[0]}};
    }}""")
    assert tag and tag["window"].startswith("window|2020-05-")
    screenshot(page, "timeline-crowd")
    page.locator(CHART).click(position={"x": tag["x"], "y": tag["y"]})
    first, last = tag["window"].split("|")[1:]
    expect(page).to_have_url(re.compile(rf"[?&]date_from={first}(&|$)"))
    expect(page).to_have_url(re.compile(rf"[?&]date_to={last}(&|$)"))
    expect(page.locator(".st-key-date_from input")).to_have_value(first)
