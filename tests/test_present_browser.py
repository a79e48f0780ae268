"""The Present tab in a real browser: every key after each control, full screen in and out, a
swipe, the phone layout, and every slide of the built-in deck measured at four screen sizes.

Waits are on the page's own state (the position shown, the URL, the script's run state).
"""

from __future__ import annotations

import re

import pytest
from playwright.sync_api import Page, expect

from dashboard.frame import events_frame
from dashboard.present.slides import SUMMARY_CHARS, overview_font, slide_order
from events import default_dataset
from tests.test_browser import run_ended

SLIDES = slide_order(events_frame(default_dataset().events))
DECK = len(SLIDES) + 2  # the opening, the events, the sources
POSITION = ".st-key-slide_position"
# The first slide whose summary is cut, so it has a "More" button (slide numbers count from 1).
MORE = next(n for n, text in enumerate(SLIDES["summary"].fillna(""), start=2)
            if len(text) > SUMMARY_CHARS)  # fmt: skip
KEYS = {
    "ArrowRight": ["ArrowRight"], "PageDown": ["PageDown"], "Space": [" "], "Enter": ["Enter"],
    "ArrowLeft": ["ArrowLeft"], "PageUp": ["PageUp"], "Backspace": ["Backspace"],
    "Home": ["Home"], "End": ["End"], "12 Enter": ["1", "2", "Enter"],
}  # fmt: skip


def after(key: str, number: int) -> int:
    """The slide a key leads to from slide `number`."""
    if key in ("ArrowRight", "PageDown", "Space", "Enter"):
        return min(number + 1, DECK)
    if key in ("ArrowLeft", "PageUp", "Backspace"):
        return max(number - 1, 1)
    return {"Home": 1, "End": DECK, "12 Enter": 12}[key]


# (the view it is clicked in, the key of what is clicked, the slide it leads to from slide n)
CONTROLS = {
    "Reveal mode": ("tab", "reveal", lambda n: n),
    "First": ("tab", "slide_first", lambda n: 1),
    "Previous": ("tab", "slide_prev", lambda n: max(n - 1, 1)),
    "Next": ("tab", "slide_next", lambda n: min(n + 1, DECK)),
    "Last": ("tab", "slide_last", lambda n: DECK),
    "More": ("tab", "slide_more", lambda n: n),
    "Full screen": ("tab", "present_full_on", lambda n: n),
    "Exit": ("full", "present_full_off", lambda n: n),
    "Next, full screen": ("full", "slide_next", lambda n: min(n + 1, DECK)),
}

# Every text on the page's Present container: its box (the text's own width, the lines'
# height), its font size, and the first ancestor that would clip it (overflow not visible).
TEXT_BOXES = """() => {
  const root = document.querySelector(".st-key-present");
  const picked = [...root.querySelectorAll("p, li, h1, h2, h3, .xtick text")];
  const leaves = picked.filter(el => !picked.some(other => other !== el && el.contains(other)));
  const boxes = [];
  for (const el of leaves) {
    if (!el.textContent.trim() || !el.getClientRects().length) continue;
    const range = document.createRange();
    range.selectNodeContents(el);
    const text = range.getBoundingClientRect(), own = el.getBoundingClientRect();
    const box = el.tagName === "text" ? own : {left: text.left, right: text.right,
      top: Math.max(own.top, text.top), bottom: Math.min(own.bottom, text.bottom)};
    if (box.right - box.left < 1 || box.bottom - box.top < 1) continue;
    let clip = "";
    for (let up = el.parentElement; up && up !== document.documentElement; up = up.parentElement) {
      const style = getComputedStyle(up);
      if (style.overflowX === "visible" && style.overflowY === "visible") continue;
      const c = up.getBoundingClientRect();
      if (box.left < c.left - 1 || box.right > c.right + 1 || box.top < c.top - 1
          || box.bottom > c.bottom + 1) {
        clip = up.getAttribute("data-testid") || up.className;
        break;
      }
    }
    const slide = el.closest(".st-key-slide, .st-key-slide_opening, .st-key-slide_closing");
    boxes.push({text: el.textContent.trim().slice(0, 50), slide: Boolean(slide),
                left: box.left, top: box.top, right: box.right, bottom: box.bottom,
                font: parseFloat(getComputedStyle(el).fontSize), clip: String(clip)});
  }
  return boxes;
}"""


# --- Helpers -----------------------------------------------------------------------------------


def open_present(page: Page, url: str, query: str = "") -> None:
    """Open the Present tab (or its full screen); wait for the run to end and the key listener."""
    page.goto(f"{url}/?tab=present{query}")
    expect(page.locator(POSITION)).to_be_visible()
    expect(page.locator("html[data-present-keys]")).to_be_attached()
    run_ended(page)


def at_slide(page: Page, number: int) -> None:
    """Wait until slide `number` is shown and in the URL (the title slide has no number)."""
    expect(page.locator(POSITION)).to_have_text(re.compile(rf"^{number} / {DECK}$"))
    if number > 1:
        expect(page).to_have_url(re.compile(rf"[?&]slide={number}(&|$)"))
    else:
        expect(page).not_to_have_url(re.compile(r"[?&]slide="))
    run_ended(page)
    view = "full" if full_screen(page) else "tab"
    expect(page.locator(f'html[data-present-keys="{view}"]')).to_be_attached()  # keys are heard


def control(page: Page, key: str):
    """The button (or the checkbox's label) with this widget key; a button with a tooltip is
    drawn twice, once hidden, and only the shown one has the role."""
    widget = page.locator(f".st-key-{key}")
    return widget.locator("label") if key == "reveal" else widget.get_by_role("button")


def full_screen(page: Page) -> bool:
    return page.locator(".st-key-present_full_off").count() > 0


def press(page: Page, key: str) -> None:
    for part in KEYS[key]:
        page.keyboard.press(part)


def go_to(page: Page, number: int, view: str) -> None:
    """Slide `number` in the tab or full screen, by the listener's digits and the buttons."""
    if view == "full" and not full_screen(page):
        control(page, "present_full_on").click()
        expect(page.locator(".st-key-present_full_off")).to_be_visible()
    elif view == "tab" and full_screen(page):
        control(page, "present_full_off").click()
        expect(page.locator(".st-key-present_full_on")).to_be_visible()
    run_ended(page)
    expect(page.locator(f'html[data-present-keys="{view}"]')).to_be_attached()  # keys are heard
    for part in [*str(number), "Enter"]:
        page.keyboard.press(part)
    at_slide(page, number)


def problems(boxes: list[dict], width: int, height: int, scrolls: bool = False) -> list[str]:
    """Texts outside the window, clipped by an ancestor, or overlapping another text; on a page
    that `scrolls`, only across the window and never cut by the page's own scrolling."""
    found = []
    for box in boxes:
        below = not scrolls and (box["top"] < -0.5 or box["bottom"] > height + 0.5)
        if box["left"] < -0.5 or box["right"] > width + 0.5 or below:
            found.append(f"outside the window: {box['text']!r} (bottom {box['bottom']:.0f})")
        if box["clip"] and not (scrolls and box["clip"].startswith("stMain")):
            found.append(f"clipped by {box['clip'][:40]}: {box['text']!r}")
    for i, one in enumerate(boxes):
        for other in boxes[i + 1 :]:
            across = min(one["right"], other["right"]) - max(one["left"], other["left"])
            down = min(one["bottom"], other["bottom"]) - max(one["top"], other["top"])
            if across > 1 and down > 1:
                found.append(f"overlap: {one['text']!r} and {other['text']!r}")
    return found


def slide_bottom(boxes: list[dict]) -> float:
    """Where the slide's own text ends (not the strip's)."""
    return max(box["bottom"] for box in boxes if box["slide"])


# --- Keys ----------------------------------------------------------------------------------------


@pytest.mark.parametrize("name", list(CONTROLS))
def test_every_key_works_after_clicking_a_control(page, app_server, name):
    """Whatever was clicked last, each key moves the deck: no button pressed twice, no box
    ticked by Space, no page left by Backspace."""
    view, clicked, lands = CONTROLS[name]
    open_present(page, app_server, f"&slide={MORE}")
    number = MORE
    for key in KEYS:
        if (name == "More" and number != MORE) or full_screen(page) != (view == "full"):
            go_to(page, MORE, view)
            number = MORE
        control(page, clicked).click()
        number = lands(number)
        at_slide(page, number)
        reveal = page.locator(".st-key-reveal input")
        ticked = reveal.is_checked() if reveal.count() else None
        press(page, key)
        number = after(key, number)
        at_slide(page, number)
        if ticked is not None:
            assert reveal.is_checked() is ticked, f"{key} changed Reveal mode"


def test_keys_ignore_text_typed_in_the_sidebar(page, app_server):
    open_present(page, app_server, "&slide=5")
    search = page.locator(".st-key-search input")
    search.click()
    search.press_sequentially("Musk 12")
    search.press("ArrowLeft")
    search.press("Backspace")
    expect(search).to_have_value("Musk 2")
    expect(page.locator(POSITION)).to_have_text(re.compile(rf"^5 / {DECK}$"))


def test_full_screen_shows_only_the_slide_and_strip_and_esc_leaves_it(page, app_server, screenshot):
    open_present(page, app_server, "&slide=12")
    control(page, "present_full_on").click()
    expect(page).to_have_url(re.compile(r"[?&]full=1(&|$)"))
    expect(page.locator(".st-key-present_full_off")).to_be_visible()
    for gone in ("stSidebar", "stTabs", "stHeading"):  # the title is an stHeading
        expect(page.get_by_test_id(gone)).to_have_count(0)
    expect(page.get_by_test_id("stHeader")).to_be_hidden()
    expect(page.locator(".st-key-count")).to_have_count(0)
    at_slide(page, 12)
    screenshot(page, "present-full-1280x720")
    page.keyboard.press("Escape")
    expect(page.locator(".st-key-present_full_on")).to_be_visible()
    expect(page).not_to_have_url(re.compile(r"[?&]full="))
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
    expect(page.get_by_role("tab", name="Present", exact=True)).to_have_attribute(
        "aria-selected", "true"
    )
    at_slide(page, 12)


def test_a_link_to_slide_12_opens_slide_12(page, app_server):
    open_present(page, app_server, "&slide=12&full=1")
    at_slide(page, 12)
    expect(page.locator(".st-key-slide_title")).to_have_text(SLIDES["title"].iloc[12 - 2])


@pytest.mark.parametrize(("dx", "lands"), [(-200, 6), (200, 4), (30, 5)])
def test_a_swipe_turns_the_slide(browser, app_server, dx, lands):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    page = context.new_page()
    try:
        open_present(page, app_server, "&slide=5")
        page.evaluate(
            """(dx) => {
                const at = (x) => [new Touch({identifier: 1, target: document.body,
                                              clientX: x, clientY: 400})];
                document.body.dispatchEvent(new TouchEvent("touchstart",
                    {touches: at(200), changedTouches: at(200), bubbles: true}));
                document.body.dispatchEvent(new TouchEvent("touchend",
                    {touches: [], changedTouches: at(200 + dx), bubbles: true}));
            }""",
            dx,
        )
        at_slide(page, lands)
    finally:
        context.close()


# --- Fit ------------------------------------------------------------------------------------------


@pytest.mark.parametrize("size", [(1024, 768), (1280, 720), (1920, 1080), (3840, 2160)],
                         ids=lambda size: "x".join(map(str, size)))  # fmt: skip
def test_every_slide_fits_full_screen(browser, app_server, screenshot, size):
    """Opening, every event and the sources, each whole on the screen: no text outside the
    window, clipped or on another; at 1920x1080 the body is 28 px or more, the years 18."""
    width, height = size
    context = browser.new_context(viewport={"width": width, "height": height})
    page = context.new_page()
    try:
        open_present(page, app_server, "&full=1")
        tick = ".st-key-slide_overview .xtick text"
        font = overview_font(width)
        expect(page.locator(tick).first).to_have_css("font-size", f"{font:g}px")
        tallest, fonts = (0.0, 0), {}
        for number in range(1, DECK + 1):
            if number > 1:
                page.keyboard.press("ArrowRight")
            at_slide(page, number)
            boxes = page.evaluate(TEXT_BOXES)
            assert problems(boxes, width, height) == [], f"slide {number} at {width}x{height}"
            tallest = max(tallest, (slide_bottom(boxes), number))
            if number in (1, 2, MORE, DECK):
                screenshot(page, f"present-{width}x{height}-slide-{number}")
            fonts |= {key: _font(page, key) for key in ("slide_title", "slide_summary")
                      if page.locator(f".st-key-{key} p").count()}  # fmt: skip
        fonts["overview"] = _font(page, "slide_overview", tick)
        print(f"\n{width}x{height}: tallest slide ends at {tallest[0]:.0f} px of {height} "
              f"(slide {tallest[1]}); body {fonts['slide_summary']:g} px, title "
              f"{fonts['slide_title']:g} px, overview years {fonts['overview']:g} px")  # fmt: skip
        if size == (1920, 1080):
            assert fonts["slide_summary"] >= 28 and fonts["overview"] >= 18
    finally:
        context.close()


def _font(page: Page, key: str, inner: str | None = None) -> float:
    target = page.locator(inner or f".st-key-{key} p").first
    return float(target.evaluate("el => getComputedStyle(el).fontSize").removesuffix("px"))


def test_every_slide_fits_the_tab_at_1280x720_with_the_sidebar_open(page, app_server, screenshot):
    open_present(page, app_server)
    expect(page.get_by_test_id("stSidebar")).to_be_visible()
    for number in range(1, DECK + 1):
        if number > 1:
            page.keyboard.press("PageDown")
        at_slide(page, number)
        boxes = page.evaluate(TEXT_BOXES)
        assert problems(boxes, 1280, 720) == [], f"slide {number}"
        if number in (1, MORE, DECK):
            screenshot(page, f"present-tab-1280x720-slide-{number}")
    title = _font(page, "slide_sources_title")
    assert title >= 36  # still read from the back of a room


def test_on_a_phone_the_slide_comes_first_and_its_controls_below(browser, app_server, screenshot):
    context = browser.new_context(viewport={"width": 390, "height": 844}, has_touch=True)
    page = context.new_page()
    try:
        open_present(page, app_server, f"&slide={MORE}")
        title = page.locator(".st-key-slide_title").bounding_box()
        strip = page.locator(".st-key-slide_overview").bounding_box()
        controls = page.locator(".st-key-present_controls").bounding_box()
        assert title["y"] + title["height"] <= strip["y"] <= controls["y"]
        assert problems(page.evaluate(TEXT_BOXES), 390, 844, scrolls=True) == []
        page.screenshot(path=str(screenshot(page, "present-phone-390x844")), full_page=True)
    finally:
        context.close()
