"""handout.pdf: the handout drawn by the shared kaleido browser and joined into one PDF, read
back with pypdf (pages, page size, text, metadata); pages drawn as SVG are measured in a real
browser: no text outside its cell or the page. Needs /usr/bin/chromium."""

from __future__ import annotations

import io
import re

import pytest
from pypdf import PdfReader

from dashboard.export.handout.pdf import handout_pdf, page_images, subject
from dashboard.export.handout.sheets import SHEETS
from dashboard.export.handout.slide import slide
from dashboard.present import deck
from tests.test_handout_slide import BUILT_IN, EXTREME, LONG_NAME, NAME

POINTS_PER_MM = 72 / 25.4
TEXT_BOXES = """() => [...document.querySelectorAll("svg text")]
    .filter(t => t.textContent.trim())
    .map(t => { const r = t.getBoundingClientRect();
        return {text: t.textContent, left: r.left, top: r.top, right: r.right,
                bottom: r.bottom}; })
    .filter(r => r.right > r.left)"""


@pytest.fixture(scope="module")
def handouts() -> dict[int, PdfReader]:
    return {n: PdfReader(io.BytesIO(handout_pdf(BUILT_IN, NAME, n))) for n in (1, 6)}


def words(text: str) -> str:
    return " ".join(text.split())


def drawn_titles(per_page: int, order=BUILT_IN, name=NAME) -> list[str]:
    """Each event slide's title as the handout cuts it to its cell."""
    sheet = SHEETS[per_page]
    cell = sheet.cells()[0]
    titles = []
    for position in range(1, len(order) + 1):
        texts = slide(order, name, position, sheet, cell, per_page == 1).texts
        titles += [" ".join(t.lines) for t in texts if t.role == "title"]
    return titles


@pytest.mark.parametrize(("per_page", "pages", "mm"), [(1, 29, (297, 210)), (6, 5, (210, 297))])
def test_one_page_per_slide_or_per_six_on_a4(handouts, per_page, pages, mm):
    reader = handouts[per_page]
    assert len(reader.pages) == pages
    sizes = {(round(float(p.mediabox.width) / POINTS_PER_MM),
              round(float(p.mediabox.height) / POINTS_PER_MM)) for p in reader.pages}  # fmt: skip
    assert sizes == {mm}


@pytest.mark.parametrize("per_page", [1, 6])
def test_every_slide_is_in_the_text_opening_to_sources(handouts, per_page):
    reader = handouts[per_page]
    text = words(" ".join(page.extract_text() for page in reader.pages))
    titles = drawn_titles(per_page)
    assert len(titles) == 27
    assert [title for title in titles if words(title) not in text] == []
    opening = words(reader.pages[0].extract_text())
    assert all(part in opening for part in (NAME, "2004\u20132024", "27 dated events"))
    closing = words(reader.pages[-1].extract_text())
    assert "Sources CNBC, 25 Oct 2024" in closing and "29 / 29" in closing
    credit = "Source: CNBC, 25 Oct 2024, citing The Wall Street Journal · Chart: Timeline Desk"
    assert all(credit in words(page.extract_text()) for page in reader.pages)


def test_a_title_cut_to_its_cell_is_in_the_text_as_cut():
    order = EXTREME.iloc[:2]  # "Headline " 400 times; "Planned: " and 5,000 W without a space
    text = words(PdfReader(io.BytesIO(handout_pdf(order, LONG_NAME, 6))).pages[0].extract_text())
    titles = drawn_titles(6, order, LONG_NAME)
    assert [title[-1] for title in titles] == ["…", "…"]
    assert titles[1].startswith("Planned: WWW")
    assert [title for title in titles if words(title).replace(" ", "") not in
            text.replace(" ", "")] == []  # fmt: skip


@pytest.mark.parametrize("per_page", [1, 6])
def test_the_document_has_a_title_and_subject(handouts, per_page):
    metadata = handouts[per_page].metadata
    assert (metadata.title, metadata.subject) == (NAME, subject(BUILT_IN, per_page))
    said = r"Handout of 29 slides: an opening slide, 27 dated events, 2004.2024, and the sources;"
    assert re.match(said + r" (one slide per page|6 slides per page)\.$", metadata.subject)


@pytest.mark.parametrize("per_page", [1, 6])
def test_no_drawn_text_leaves_its_cell_or_the_page(page, per_page):
    sheet = SHEETS[per_page]
    holders = [sheet.inside(cell) for cell in sheet.cells()] + [sheet.footer_box()]
    svgs = page_images(EXTREME, LONG_NAME, per_page, "svg")
    assert len(svgs) == -(-deck.size(EXTREME) // per_page)
    outside = []
    for number, svg in enumerate(svgs, start=1):
        page.set_content(f"<html><body style='margin:0'>{svg.decode()}</body></html>")
        boxes = page.evaluate(TEXT_BOXES)
        assert len(boxes) >= 3
        outside += [(number, box["text"][:40]) for box in boxes
                    if not any(_holds(holder, box) for holder in holders)]  # fmt: skip
    assert outside == []


def _holds(holder, box: dict, slack: float = 1.0) -> bool:
    return (box["left"] >= holder.x - slack and box["right"] <= holder.right + slack
            and box["top"] >= holder.y - slack
            and box["bottom"] <= holder.bottom + slack)  # fmt: skip
