"""The handout as one PDF: each page figure drawn by the shared browser (export.images'
renderer, one export at a time), the pages joined with pypdf, and the document's Title and
Subject set (export.metadata)."""

from __future__ import annotations

import io
from collections.abc import Callable

import pandas as pd
from pypdf import PdfReader, PdfWriter

from dashboard.export.handout.pages import page_figures
from dashboard.export.handout.sheets import SHEETS
from dashboard.export.images import RENDERER, Renderer
from dashboard.export.metadata import pdf_with_title
from dashboard.present import deck

PER_PAGE = tuple(SHEETS)  # 1 and 6
# Each page is one export of about half a second: a longer deck is no handout but a wait.
MAX_EVENTS = 200


def too_many(order: pd.DataFrame) -> str:
    """Why the deck of `order` makes no handout (more than MAX_EVENTS events), or ""."""
    if len(order) <= MAX_EVENTS:
        return ""
    return (f"a handout holds at most {MAX_EVENTS} dated events and these filters keep"
            f" {len(order):,}: filter the events down first")  # fmt: skip


def page_count(order: pd.DataFrame, per_page: int) -> int:
    """How many pages the handout of `order` has."""
    return -(-deck.size(order) // per_page)


def handout_pdf(order: pd.DataFrame, name: str, per_page: int, renderer: Renderer | None = None,
                on_page: Callable[[int, int], None] | None = None) -> bytes:  # fmt: skip
    """The deck of `order` (slide_order's frame) as a PDF, `per_page` slides on each page;
    `on_page(done, pages)` is called as each page is drawn."""
    pages = page_images(order, name, per_page, "pdf", renderer, on_page=on_page)
    return pdf_with_title(joined(pages), name, subject(order, per_page))


def page_images(order: pd.DataFrame, name: str, per_page: int, fmt: str = "png",
                renderer: Renderer | None = None, scale: float = 1,
                on_page: Callable[[int, int], None] | None = None) -> list[bytes]:  # fmt: skip
    """Each page drawn as a `fmt` file (pdf, png or svg), in order."""
    sheet = SHEETS[per_page]
    opts = {"format": fmt, "width": sheet.width, "height": sheet.height,
            "scale": scale if fmt == "png" else 1}  # fmt: skip
    drawer = renderer or RENDERER
    figures = page_figures(order, name, per_page)
    images = []
    for figure in figures:
        images.append(drawer.render(figure.to_dict(), opts))
        if on_page:
            on_page(len(images), len(figures))
    return images


def joined(pages: list[bytes]) -> bytes:
    """One PDF of the pages of every file, in order."""
    writer = PdfWriter()
    for page in pages:
        writer.append(PdfReader(io.BytesIO(page)))
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def subject(order: pd.DataFrame, per_page: int) -> str:
    """What the handout holds, for the PDF's Subject."""
    count, years = len(order), deck.years(order)
    events = f"{count} dated event{'s' if count != 1 else ''}" + (f", {years}" if years else "")
    layout = "one slide per page" if per_page == 1 else f"{per_page} slides per page"
    return (f"Handout of {deck.size(order)} slides: an opening slide, {events}, and the sources;"
            f" {layout}.")  # fmt: skip
