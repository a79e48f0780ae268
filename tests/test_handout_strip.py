"""handout.strip: the Present tab's overview moved onto a slide's own axes, in its box."""

from __future__ import annotations

import pytest

from dashboard.export.handout.sheets import SHEETS, Box
from dashboard.export.handout.strip import strip, ticks
from tests.test_handout_slide import BUILT_IN
from tests.test_present_slides import DEEP, ROME

BOX = Box(100, 500, 400, 46)


@pytest.mark.parametrize(("index", "current"), [(0, "2004-01-01"), (26, "2024-10-25")])
def test_the_current_event_is_marked_at_its_date_on_the_slides_own_axes(index, current):
    traces, shapes, _ = strip(BUILT_IN, index, BOX, SHEETS[6], 4)
    marked = [trace for trace in traces if trace.name == "current"]
    assert len(marked) == 1 and str(marked[0].x[0])[:10] == current
    assert {(trace.xaxis, trace.yaxis) for trace in traces} == {("x4", "y4")}
    assert [(shape.xref, shape.yref) for shape in shapes] == [("x4", "y4 domain")]


def test_the_axis_sits_in_the_box_dates_below():
    sheet = SHEETS[6]
    axes = strip(BUILT_IN, 0, BOX, sheet, 2)[2]
    x0, x1 = axes["xaxis2"]["domain"]
    y0, y1 = axes["yaxis2"]["domain"]
    assert (round(x0 * sheet.width), round(x1 * sheet.width)) == (100, 500)
    assert round((1 - y1) * sheet.height) == 500  # the top of the box
    assert round((1 - y0) * sheet.height) == 500 + 46 - sheet.ticks_room  # room for the dates
    assert axes["xaxis2"]["ticklabeloverflow"] == "hide past domain"


DAY = 86_400_000  # ms


@pytest.mark.parametrize(
    ("window", "most", "format", "step"),
    [
        (("2003-05-17", "2025-06-10"), 4, "%Y", "M120"),  # the built-in deck in a sixth
        (("2003-05-17", "2025-06-10"), 12, "%Y", "M24"),  # ... on a page of its own
        (("2000-12-01", "2004-02-01"), 4, "%Y", "M12"),  # never a year written twice
        (("2024-08-01", "2024-11-20"), 4, "%b %Y", "M1"),
        (("2024-10-01", "2024-10-31"), 4, "%-d %b", 10 * DAY),
        (("2024-10-01", "2024-10-31"), 12, "%-d %b", 3 * DAY),
        (("0001-01-01", "9999-12-31"), 4, "%Y", "M60000"),
    ],
)
def test_dates_on_the_strip_are_whole_years_months_or_days_apart(window, most, format, step):
    assert ticks(window, most) == {"tickformat": format, "dtick": step, "tick0": "2000-01-01"}


@pytest.mark.parametrize(
    ("order", "some_ticks"),
    [(ROME, {"200 BC", "AD 1", "AD 200", "AD 400"}), (DEEP, {"4 Ga", "2 Ga", "now"})],
)
def test_a_strip_of_bc_or_deep_time_writes_its_years(order, some_ticks):
    traces, _, axes = strip(order, 1, BOX, SHEETS[6], 3)
    assert axes["xaxis3"]["type"] == "linear"
    assert some_ticks <= set(axes["xaxis3"]["ticktext"]), axes["xaxis3"]["ticktext"]
    assert not any(text.startswith("-") for text in axes["xaxis3"]["ticktext"])
    low, high = axes["xaxis3"]["range"]
    assert all(low < x < high for trace in traces for x in trace.x if x == x and x is not None)
