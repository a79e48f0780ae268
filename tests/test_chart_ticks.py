"""chart.ticks: tick labels for the collapsed and sequential scales, thinned to the width."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from dashboard.chart import scales, ticks
from dashboard.chart.scales import DAY_MS, Cut, Scale
from dashboard.chart.text_width import text_px


def ms(day: str) -> float:
    return float(scales.ms(pd.Series([pd.Timestamp(day)]))[0])


SCALE = Scale("collapsed", ms("2003-06-01"), ms("2025-03-01"),
              (Cut(ms("2005-02-01"), ms("2012-11-01"), "8 years"),), break_ms=200 * DAY_MS)


def axis_px(scale: Scale, width: float):
    low, high = scales.unit_range(scale)
    return lambda units: (np.asarray(units) - low) / (high - low) * width


@pytest.mark.parametrize("width", [300, 700, 1500])
def test_kept_ticks_never_touch_and_the_cut_is_always_named(width):
    to_px = axis_px(SCALE, width)
    values, texts = ticks.thinned(ticks.collapsed_ticks(SCALE), to_px, width, 12)
    assert "<i>8 years</i>" in texts
    boxes = sorted((float(to_px(v)) - text_px(t.replace("<i>", "").replace("</i>", ""), 12) / 2,
                    float(to_px(v)) + text_px(t.replace("<i>", "").replace("</i>", ""), 12) / 2)
                   for v, t in zip(values, texts, strict=True))  # fmt: skip
    assert all(a[1] <= b[0] for a, b in itertools.pairwise(boxes))


def test_more_room_shows_finer_ticks():
    counts = [len(ticks.thinned(ticks.collapsed_ticks(SCALE), axis_px(SCALE, w), w, 12)[0])
              for w in (300, 700, 1500, 3000)]  # fmt: skip
    assert counts == sorted(counts) and counts[0] < counts[-1]


def test_each_stretch_says_its_year_before_its_first_bare_month():
    candidates = ticks.collapsed_ticks(SCALE)
    first = min((t for t in candidates if t.unit >= scales.to_units(SCALE, np.array(
        [ms("2012-11-01")]))[0]), key=lambda t: t.unit)  # fmt: skip
    assert first.text == "Nov 2012"


@pytest.mark.parametrize(
    ("values", "texts", "kept"),
    [
        ([0, 1, 2], ["Jul", "2004", "Jul"], ["2004", "Jul"]),  # no year before the first Jul
        ([0, 1, 2, 3], ["2004", "<i>8 years</i>", "Apr", "2013"], ["2004", "<i>8 years</i>",
                                                                    "2013"]),
        ([0, 1], ["Aug 2022", "Oct"], ["Aug 2022", "Oct"]),
    ],
)  # fmt: skip
def test_bare_months_need_a_year_before_them_in_their_stretch(values, texts, kept):
    assert ticks.named_months(values, texts)[1] == kept


def test_sequential_ticks_name_the_ends_and_the_gaps():
    starts = scales.ms(pd.Series(pd.to_datetime(["2004-01-01", "2013-01-01", "2013-01-01"])))
    candidates = ticks.sequential_ticks(starts, ["year", "year", "day"])
    by_text = {t.plain: t for t in candidates}
    assert by_text["2004"].order == 0 and by_text["1 Jan 2013"].order == 0
    assert by_text["9 years"].unit == 0.5 and "0 days" not in by_text  # the same day: no gap


@pytest.mark.parametrize(
    ("day", "precision", "text"),
    [("2024-10-05", "day", "5 Oct 2024"), ("2018-04-01", "month", "Apr 2018"),
     ("2013-01-01", "year", "2013"), ("2010-01-01", "decade", "2010")],
)  # fmt: skip
def test_slot_dates_say_no_more_than_the_precision(day, precision, text):
    assert ticks.slot_date(pd.Timestamp(day), precision) == text
