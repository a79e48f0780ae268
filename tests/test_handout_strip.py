"""handout.strip: the Present tab's overview moved onto a slide's own axes, in its box."""

from __future__ import annotations

import pytest

from dashboard.export.handout.sheets import SHEETS, Box
from dashboard.export.handout.strip import strip
from tests.test_handout_slide import BUILT_IN

BOX = Box(100, 500, 400, 46)


@pytest.mark.parametrize(("index", "current"), [(0, "2004-01-01"), (26, "2024-10-25")])
def test_the_current_event_is_marked_at_its_date_on_the_slides_own_axes(index, current):
    traces, shapes, _ = strip(BUILT_IN, index, BOX, SHEETS[6], 4)
    marked = [trace for trace in traces if trace.name == "current"]
    assert len(marked) == 1 and str(marked[0].x[0])[:10] == current
    assert {(trace.xaxis, trace.yaxis) for trace in traces} == {("x4", "y4")}
    assert [(shape.xref, shape.yref) for shape in shapes] == [("x4", "y4 domain")]


@pytest.mark.parametrize(
    ("rows", "tick_format"),
    [(slice(None), "%Y"), (slice(24, 27), "%b %Y")],  # 2004-2024; the last weeks of 2024
)
def test_the_axis_sits_in_the_box_with_years_or_months(rows, tick_format):
    sheet = SHEETS[6]
    axes = strip(BUILT_IN.iloc[rows].reset_index(drop=True), 0, BOX, sheet, 2)[2]
    x0, x1 = axes["xaxis2"]["domain"]
    y0, y1 = axes["yaxis2"]["domain"]
    assert (round(x0 * sheet.width), round(x1 * sheet.width)) == (100, 500)
    assert round((1 - y1) * sheet.height) == 500  # the top of the box
    assert round((1 - y0) * sheet.height) == 500 + 46 - sheet.ticks_room  # dates below
    assert axes["xaxis2"]["tickformat"] == tick_format
    assert axes["xaxis2"]["ticklabeloverflow"] == "hide past domain"
