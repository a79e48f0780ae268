"""The handout's pages as Plotly figures: each slide's texts as annotations in its cell, a frame
round each cell when a page holds six, the overview strips on axes of their own, and on a page
of six a footer with the credit line and the page number. Pure: no browser here."""

from __future__ import annotations

import html

import pandas as pd
import plotly.graph_objects as go

from dashboard.chart import theme
from dashboard.export.handout.sheets import SHEETS, Box, Sheet
from dashboard.export.handout.slide import Text, footer, slide
from dashboard.export.handout.strip import strip
from dashboard.present import deck

FRAME = "#BBBBBB"


def page_figures(order: pd.DataFrame, name: str, per_page: int) -> list[go.Figure]:
    """One figure per page of the deck of `order` (slide_order's frame), `per_page` slides each
    (1 or 6)."""
    sheet = SHEETS[per_page]
    positions = list(range(deck.size(order)))
    pages = [positions[i : i + per_page] for i in range(0, len(positions), per_page)]
    return [page_figure(order, name, sheet, chunk, (k + 1, len(pages)))
            for k, chunk in enumerate(pages)]  # fmt: skip


def page_figure(order: pd.DataFrame, name: str, sheet: Sheet, positions: list[int],
                page: tuple[int, int]) -> go.Figure:  # fmt: skip
    """The page holding the slides at `positions`; `page` is (its number, how many pages)."""
    annotations, shapes, traces, axes = [], [], [], {}
    for cell_index, (position, cell) in enumerate(zip(positions, sheet.cells(), strict=False)):
        laid = slide(order, name, position, sheet, cell, credit_here=not sheet.page_footer)
        annotations += [annotation(text, sheet, f"cell {cell_index} {text.role}")
                        for text in laid.texts]  # fmt: skip
        shapes += [frame(cell, sheet)] if sheet.framed else []
        if laid.strip is not None:
            drawn, lines, axis = strip(order, position - 1, laid.strip, sheet, cell_index + 2)
            traces += drawn
            shapes += lines
            axes |= axis
    if sheet.page_footer:
        credit = deck.opening(order, name).credit
        texts = footer(f"Page {page[0]} of {page[1]}", credit, sheet, sheet.footer_box())
        annotations += [annotation(text, sheet, f"page {text.role}") for text in texts]
    layout = {
        "width": sheet.width, "height": sheet.height, "margin": {"l": 0, "r": 0, "t": 0, "b": 0},
        "showlegend": False, "hovermode": False, "paper_bgcolor": "white",
        "plot_bgcolor": "white", "xaxis": {"visible": False}, "yaxis": {"visible": False},
        "annotations": annotations, "shapes": shapes, **axes,
    }  # fmt: skip
    return theme.figure(traces, layout)


def annotation(text: Text, sheet: Sheet, name: str) -> dict:
    """A text placed by its top left (or top right) corner, in page pixels."""
    return {
        "text": "<br>".join(html.escape(line, quote=False) for line in text.lines),
        "x": text.x / sheet.width, "y": 1 - text.y / sheet.height, "xref": "paper",
        "yref": "paper", "xanchor": text.align, "yanchor": "top", "align": text.align,
        "showarrow": False, "borderpad": 0, "borderwidth": 0, "name": name,
        "font": {"size": text.size, "color": text.colour, "family": theme.FONT,
                 "weight": "bold" if text.bold else "normal",
                 "style": "italic" if text.italic else "normal"},
    }  # fmt: skip


def frame(cell: Box, sheet: Sheet) -> dict:
    """A thin frame round a cell, so six slides on a page read as six."""
    return {
        "type": "rect", "xref": "paper", "yref": "paper", "layer": "below",
        "x0": cell.x / sheet.width, "x1": cell.right / sheet.width,
        "y0": 1 - cell.bottom / sheet.height, "y1": 1 - cell.y / sheet.height,
        "line": {"color": FRAME, "width": 1},
    }  # fmt: skip
