"""The page and its chart follow the browser's light or dark setting (prefers-color-scheme);
an export keeps its own look whatever the page shows. Screenshots land in
test-output/screenshots/."""

from __future__ import annotations

import io

import pytest
from PIL import Image

from tests.test_browser import CHART, open_app, settled_chart

# The page's background, the chart's paper, a lane band and a label's colour, as drawn.
COLOURS = f"""() => {{
    const gd = document.querySelector({CHART!r});
    const style = (el, property) => getComputedStyle(el)[property];
    const label = gd.querySelector(".scatterlayer .textpoint text");
    const band = gd.querySelector(".layer-below .shapelayer path");  // none on the phone
    return {{
        page: style(document.querySelector(".stApp"), "backgroundColor"),
        paper: style(gd.querySelector(".main-svg"), "backgroundColor"),
        band: band && style(band, "fill"),
        label: style(label, "fill"),
    }};
}}"""
SCHEMES = {
    "light": {"page": "rgb(255, 255, 255)", "paper": "rgb(255, 255, 255)",
              "band": "rgb(243, 244, 246)", "label": "rgb(34, 34, 34)"},
    "dark": {"page": "rgb(21, 24, 28)", "paper": "rgb(21, 24, 28)",
             "band": "rgb(31, 35, 40)", "label": "rgb(237, 237, 237)"},
}  # fmt: skip


@pytest.fixture
def scheme_page(device):
    """page(scheme, **options): a fresh page whose browser prefers `scheme`."""
    return lambda scheme, **options: device(color_scheme=scheme, accept_downloads=True, **options)


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_page_and_chart_follow_the_browser(scheme_page, app_server, screenshot, scheme):
    page = scheme_page(scheme)
    open_app(page, app_server)
    settled_chart(page)
    screenshot(page, f"theme-{scheme}")
    assert page.evaluate(COLOURS) == SCHEMES[scheme]


@pytest.mark.parametrize("scheme", list(SCHEMES))
def test_the_phone_follows_the_browser(scheme_page, app_server, screenshot, scheme):
    page = scheme_page(scheme, viewport={"width": 390, "height": 844}, is_mobile=True,
                       has_touch=True)  # fmt: skip
    open_app(page, app_server)
    settled_chart(page)
    screenshot(page, f"theme-{scheme}-phone")
    colours = page.evaluate(COLOURS)
    assert (colours["page"], colours["paper"]) == (SCHEMES[scheme]["page"],
                                                   SCHEMES[scheme]["paper"])  # fmt: skip


def test_a_download_on_a_dark_page_keeps_the_light_look(scheme_page, app_server):
    page = scheme_page("dark")
    open_app(page, app_server)
    settled_chart(page)
    with page.expect_download() as download:
        page.locator(".st-key-timeline_png").get_by_role("button").click()
    image = Image.open(io.BytesIO(download.value.path().read_bytes())).convert("RGB")
    assert image.size == (1200, 675)
    assert image.getpixel((2, 2)) == (255, 255, 255)  # the export's own light paper
