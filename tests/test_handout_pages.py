"""handout.pages: one figure per page, every text box (measured from the figure itself) inside
its cell or the page's footer, text shown as written, one strip per event slide."""

from __future__ import annotations

import html

import plotly.graph_objects as go
import pytest

from dashboard.chart.text_width import text_px
from dashboard.export.handout.pages import page_figures
from dashboard.export.handout.sheets import LINE, SHEETS, Box
from dashboard.frame import events_frame
from dashboard.present.slides import slide_order
from tests.test_handout_slide import BUILT_IN, EXTREME, LONG_NAME, NAME, event


def annotation_boxes(figure: go.Figure, per_page: int) -> list[tuple[str, Box]]:
    """Each annotation's name and the box its text takes on the page, in px."""
    sheet = SHEETS[per_page]
    boxes = []
    for note in figure.layout.annotations:
        lines = [html.unescape(line) for line in note.text.split("<br>")]
        bold = note.font.weight == "bold"
        width = max(text_px(line, note.font.size, bold) for line in lines)
        x = note.x * sheet.width - (width if note.xanchor == "right" else 0)
        top = (1 - note.y) * sheet.height
        boxes.append((note.name, Box(x, top, width, len(lines) * note.font.size * LINE)))
    return boxes


def holder(name: str, per_page: int) -> Box:
    """Where an annotation must stay: its cell, less padding, or the page's footer."""
    sheet = SHEETS[per_page]
    where, _, _ = name.partition(" ")
    if where == "page":
        return sheet.footer_box()
    return sheet.inside(sheet.cells()[int(name.split()[1])])


@pytest.mark.parametrize(
    ("events", "per_page", "pages"),
    [(27, 1, 29), (27, 6, 5), (4, 6, 1), (5, 6, 2), (1, 1, 3), (1, 6, 1)],
)
def test_page_counts(events, per_page, pages):
    assert len(page_figures(BUILT_IN.iloc[:events], NAME, per_page)) == pages


@pytest.mark.parametrize("per_page", [1, 6])
@pytest.mark.parametrize(("order", "name"), [(BUILT_IN, NAME), (EXTREME, LONG_NAME)],
                         ids=["built-in", "extreme"])  # fmt: skip
def test_every_text_box_is_inside_its_cell_and_the_page(order, name, per_page):
    page = Box(0, 0, SHEETS[per_page].width, SHEETS[per_page].height)
    for figure in page_figures(order, name, per_page):
        boxes = annotation_boxes(figure, per_page)
        assert [n for n, box in boxes if not holder(n, per_page).holds(box)] == []
        assert all(page.holds(box) for _, box in boxes)


def test_six_to_a_page_frame_each_slide_and_number_the_pages():
    figures = page_figures(BUILT_IN, NAME, 6)
    frames = [shape for shape in figures[0].layout.shapes if shape.type == "rect"]
    assert len(frames) == 6 and len([s for s in figures[-1].layout.shapes if s.type == "rect"]) == 5
    footers = [n.text for f in figures for n in f.layout.annotations if n.name == "page number"]
    assert footers == [f"Page {k} of 5" for k in range(1, 6)]


def test_dataset_text_is_shown_as_written_not_as_markup():
    order = slide_order(events_frame([event("a", __import__("datetime").date(2020, 1, 1),
                                            title="<b>Bold</b> & <br> co")]))  # fmt: skip
    titles = [n.text for n in page_figures(order, "A <i>name</i>", 1)[1].layout.annotations
              if n.name == "cell 0 title"]  # fmt: skip
    assert titles == ["&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;br&gt; co"]
    opening = page_figures(order, "A <i>name</i>", 1)[0].layout.annotations
    assert [n.text for n in opening if n.name == "cell 0 name"] == ["A &lt;i&gt;name&lt;/i&gt;"]


@pytest.mark.parametrize(("per_page", "page", "strips"), [(1, 0, 0), (1, 1, 1), (1, 28, 0),
                                                           (6, 0, 5), (6, 4, 4)])  # fmt: skip
def test_each_event_slide_has_its_own_strip(per_page, page, strips):
    figure = page_figures(BUILT_IN, NAME, per_page)[page]
    current = [trace for trace in figure.data if trace.name == "current"]
    assert len(current) == strips
    assert len({trace.xaxis for trace in figure.data}) == strips
    go.Figure(figure.to_dict())  # valid as Plotly checks it
