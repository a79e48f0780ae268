"""Images through kaleido and the system Chromium (dashboard/export/images.py): each file is
parsed as what it claims to be. Needs /usr/bin/chromium (`make test` installs it as root)."""

from __future__ import annotations

import io
import re
import struct
import time
import xml.etree.ElementTree as ET
from concurrent.futures import ThreadPoolExecutor

import pytest
from PIL import Image
from pypdf import PdfReader

from dashboard.export.images import (
    RENDERER,
    ExportUnavailable,
    Renderer,
    export_image,
    find_browser,
    prewarm,
)
from dashboard.export.looks import PRESETS
from dashboard.frame import events_frame
from events.dataset import default_dataset

EVENTS = events_frame(default_dataset().events)
CREDIT = "Source: CNBC, 25 Oct 2024, citing The Wall Street Journal · Chart: Timeline Desk"
TITLE = "Musk and Putin, <b>as reported</b> & dated"
ALT = "Timeline chart: Musk & Putin. 27 dated events from 2004 to 25 Oct 2024 <in 8 lanes>."
LONG_TITLE = "Elon Musk and Vladimir Putin: two decades of contacts, deals and disputes, dated"


def image(fmt: str, **options) -> bytes:
    return export_image(EVENTS, fmt=fmt, **({"title": TITLE, "credit": CREDIT} | options))


def png_size(data: bytes) -> tuple[int, int]:
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    assert data[12:16] == b"IHDR"
    return struct.unpack(">II", data[16:24])


def svg_text(data: bytes) -> str:
    root = ET.fromstring(data)
    assert root.tag.endswith("svg")
    return " ".join("".join(node.itertext()) for node in root.iter() if node.tag.endswith("text"))


def test_a_browser_is_installed():
    assert find_browser(), "install chromium: apt-get install -y chromium (make browser)"


@pytest.mark.parametrize("preset", list(PRESETS))
def test_png_has_the_preset_size(preset):
    assert png_size(image("png", preset=preset)) == PRESETS[preset].pixels


@pytest.mark.parametrize("preset", list(PRESETS))
def test_nothing_touches_the_edges_of_the_image(preset):
    picture = Image.open(io.BytesIO(image("png", preset=preset, title=LONG_TITLE * 2,
                                          subtitle=LONG_TITLE))).convert("RGB")  # fmt: skip
    width, height = picture.size
    border = 3
    edge = [(x, y) for x in range(width) for y in (*range(border), *range(height - border, height))]
    edge += [(x, y) for y in range(height) for x in (*range(border), *range(width - border, width))]
    assert {picture.getpixel(point) for point in edge[::7]} == {(255, 255, 255)}


def test_svg_is_xml_holding_the_title_and_credit_as_text():
    text = svg_text(image("svg"))
    assert "Musk and Putin, <b>as reported</b> & dated" in text
    assert CREDIT in text
    assert "Russia" in text and "published 25 Oct 2024" in text


@pytest.mark.parametrize(
    ("title", "alt"),
    [(TITLE, ALT), ("Quotes \"double\" and 'single' & <tags>", ""), ("", ALT)],
)
def test_svg_carries_title_and_alt_text_as_its_first_children(title, alt):
    root = ET.fromstring(image("svg", title=title, alt=alt))
    expected = [(tag, text) for tag, text in (("title", title), ("desc", alt)) if text]
    first = [(child.tag.rpartition("}")[2], child.text) for child in root][: len(expected) + 1]
    assert first == [*expected, ("rect", None)]  # then kaleido's drawing, from its background


@pytest.mark.parametrize(
    ("title", "alt"),
    [(TITLE, ALT), ("Zoë — «Ελλάδα» 東京", ""), ("", "")],
)
def test_pdf_carries_title_and_alt_text_as_its_information(title, alt):
    metadata = PdfReader(io.BytesIO(image("pdf", title=title, alt=alt))).metadata
    assert (metadata.title, metadata.subject) == (title or None, alt or None)


def test_pdf_opens_with_one_page_and_its_text():
    reader = PdfReader(io.BytesIO(image("pdf", preset="print")))
    assert len(reader.pages) == 1
    box = reader.pages[0].mediabox
    assert (round(float(box.width)), round(float(box.height))) == (842, 595)  # A4, in points
    text = " ".join(reader.pages[0].extract_text().split())
    assert "Musk and Putin" in text and "Chart: Timeline Desk" in text


# (preset, event id, status, its label as drawn)
STATUS_LABELS = [
    ("web", "trump-efficiency-commission-speech", "planned", "Planned: Trump's Musk audit panel"),
    ("web", "secret-musk-putin-talks", "claimed", "Claimed: Musk and Putin keep talking"),
    ("portrait", "trump-efficiency-commission-speech", "planned", "Planned: Trump's Musk audit"),
    ("portrait", "secret-musk-putin-talks", "claimed", "Claimed: Musk and Putin keep"),
]  # a card may wrap its label


@pytest.mark.parametrize(("preset", "event_id", "status", "label"), STATUS_LABELS)
def test_an_exported_svg_says_which_events_are_planned_or_claimed(preset, event_id, status,
                                                                  label):  # fmt: skip
    events = EVENTS.assign(status=EVENTS["status"].where(EVENTS["id"] != event_id, status))
    text = svg_text(export_image(events, fmt="svg", preset=preset))
    assert label in text
    assert re.search(rf"\b{status}\b", text)  # the key's entry for its mark


@pytest.mark.parametrize(
    ("theme_name", "corner"),
    [("light", (255, 255, 255, 255)), ("dark", (21, 24, 28, 255)), ("transparent", None)],
)
def test_theme_backgrounds(theme_name, corner):
    picture = Image.open(io.BytesIO(image("png", theme=theme_name))).convert("RGBA")
    pixel = picture.getpixel((2, 2))
    assert pixel[3] == 0 if corner is None else pixel == corner


def test_the_browser_stays_up_between_exports():
    image("png")
    assert RENDERER.running
    first = RENDERER._kaleido
    image("svg")
    assert RENDERER._kaleido is first


def test_prewarm_starts_a_browser_in_the_background():
    renderer = Renderer()
    prewarm(renderer)
    for _ in range(600):
        if renderer.running:
            break
        time.sleep(0.1)
    assert renderer.running
    assert png_size(export_image(EVENTS, fmt="png", renderer=renderer)) == (1200, 675)
    renderer.close()
    assert not renderer.running


def test_prewarm_without_a_browser_does_nothing():
    renderer = Renderer(browser="/nonexistent/chromium")
    prewarm(renderer)
    time.sleep(0.2)
    assert not renderer.running


def test_ten_exports_at_once_each_get_their_own_image():
    def export(n: int) -> tuple[int, str]:
        fmt = "svg" if n % 2 else "pdf"
        data = image(fmt, title=f"Export number {n:02d}", preset="web")
        if fmt == "svg":
            return n, svg_text(data)
        return n, PdfReader(io.BytesIO(data)).pages[0].extract_text()

    with ThreadPoolExecutor(max_workers=10) as pool:
        results = list(pool.map(export, range(10)))
    for n, text in results:
        assert re.findall(r"Export number (\d\d)", text) == [f"{n:02d}"]


def test_without_a_browser_export_says_how_to_install_one():
    with pytest.raises(ExportUnavailable, match=r"apt-get install -y chromium"):
        export_image(EVENTS, fmt="png", renderer=Renderer(browser="/nonexistent/chromium"))


def test_find_browser_honours_browser_path(monkeypatch):
    monkeypatch.setenv("BROWSER_PATH", "/nonexistent/chromium")
    assert find_browser() is None


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="format must be one of png, svg, pdf"):
        export_image(EVENTS, fmt="gif")
