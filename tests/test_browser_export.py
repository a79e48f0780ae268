"""The Export tab in a real browser: `streamlit run` plus headless Chromium, files downloaded
as a reader gets them. The image is drawn by the server's own kaleido and Chromium."""

from __future__ import annotations

import csv
import io
import struct
import xml.etree.ElementTree as ET
from pathlib import Path

from playwright.sync_api import Page, expect
from pypdf import PdfReader

from events import default_dataset
from tests.test_browser import run_ended

STEM = "elon-musk-and-vladimir-putin-cnbc-25-oct-2024_all-events_2004-01-01-to-2024-10-25"
PNG = b"\x89PNG\r\n\x1a\n"
RUSSIA = [event.id for event in default_dataset().events if "Russia" in event.topics]
DRAW_SECONDS = 90  # a cold browser on a busy machine; warm exports take a fraction of a second

expect.set_options(timeout=30_000)


def open_export(page: Page, url: str, query: str = "tab=export") -> None:
    """Open the Export tab from a link; wait for its run to end."""
    page.goto(f"{url}/?{query}")
    expect(button(page, "export_prepare")).to_be_visible()
    expect(button(page, "download_ics")).to_be_visible()
    run_ended(page)


def button(page: Page, key: str):
    """The button of the widget with this key (Streamlit draws a hidden twin of a button that
    has a tooltip, so the accessible one is picked by its role)."""
    return page.locator(f".st-key-{key}").get_by_role("button")


def downloaded(page: Page, control):
    """Click `control`; the download it starts."""
    with page.expect_download() as info:
        control.click()
    return info.value


def png_size(data: bytes) -> tuple[int, int]:
    """Width and height from a PNG's IHDR chunk."""
    assert data[:8] == PNG and data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def test_prepare_image_then_download_a_web_png(page, app_server, screenshot):
    open_export(page, app_server)
    button(page, "export_prepare").click()
    expect(button(page, "export_download")).to_be_visible(timeout=DRAW_SECONDS * 1000)
    expect(page.get_by_role("img").first).to_be_visible()  # the preview
    run_ended(page)
    screenshot(page, "export")
    download = downloaded(page, button(page, "export_download"))
    assert download.suggested_filename == f"{STEM}_web.png"
    assert png_size(Path(download.path()).read_bytes()) == (1200, 675)


def test_a_dark_svg_is_named_for_its_theme_and_carries_title_and_alt_text(page, app_server):
    open_export(page, app_server)
    page.locator(".st-key-export_format").get_by_text("SVG", exact=True).click()
    page.locator(".st-key-export_theme").get_by_text("Dark", exact=True).click()
    run_ended(page)
    button(page, "export_prepare").click()
    ready = button(page, "export_download")
    expect(ready).to_contain_text("Download SVG", timeout=DRAW_SECONDS * 1000)
    download = downloaded(page, ready)
    assert download.suggested_filename == f"{STEM}_web_dark.svg"
    root = ET.fromstring(Path(download.path()).read_bytes())
    title, desc = ((child.tag.rpartition("}")[2], child.text) for child in root[:2])
    assert title == ("title", default_dataset().name)
    assert desc[0] == "desc" and desc[1].startswith("Timeline chart: ")
    assert desc[1] == page.locator(".st-key-export_alt code").inner_text().strip()


def test_download_the_filtered_events_as_csv(page, app_server):
    open_export(page, app_server, "tab=export&topics=Russia")
    download = downloaded(page, button(page, "download_csv"))
    assert download.suggested_filename.endswith("_events.csv")
    assert "_topic-russia_" in download.suggested_filename
    text = Path(download.path()).read_text(encoding="utf-8")
    assert [row["id"] for row in csv.DictReader(io.StringIO(text))] == RUSSIA


def test_the_timeline_tab_downloads_its_view_titled_and_credited(page, app_server):
    page.goto(f"{app_server}/?topics=Russia")
    chart = page.locator(".st-key-timeline .js-plotly-plot")
    expect(chart.locator(".cartesianlayer .trace").first).to_be_attached()
    chart.hover()
    expect(chart.locator('.modebar-btn[data-title^="Download plot"]')).to_have_count(0)
    download = downloaded(page, button(page, "timeline_png"))
    assert download.suggested_filename.endswith("_topic-russia_2013-01-01-to-2024-10-25_web.png")
    assert png_size(Path(download.path()).read_bytes()) == (1200, 675)


def test_prepare_a_handout_of_six_per_page_then_download_it(page, app_server, screenshot):
    open_export(page, app_server, "tab=export&topics=Russia")
    page.locator(".st-key-handout_per_page").get_by_text("Six slides per page").click()
    run_ended(page)
    button(page, "handout_prepare").click()
    ready = button(page, "handout_download")
    expect(ready).to_be_visible(timeout=DRAW_SECONDS * 1000)
    ready.scroll_into_view_if_needed()
    screenshot(page, "export-handout")
    download = downloaded(page, ready)
    assert download.suggested_filename.endswith("_topic-russia_2013-01-01-to-2024-10-25"
                                                "_handout-6-per-page.pdf")  # fmt: skip
    reader = PdfReader(io.BytesIO(Path(download.path()).read_bytes()))
    assert len(reader.pages) == -(-(len(RUSSIA) + 2) // 6)
    assert reader.metadata.title == default_dataset().name
