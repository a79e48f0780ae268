"""chart.ticks: tick labels for the collapsed and sequential scales, thinned to the width."""

from __future__ import annotations

import itertools

import numpy as np
import pandas as pd
import pytest

from dashboard.chart import scales, ticks, years
from dashboard.chart.drawn import Axis
from dashboard.chart.scales import DAY_MS, Cut, Scale
from dashboard.chart.text_width import text_px


def ms(day: str) -> float:
    return float(scales.ms(pd.Series([pd.Timestamp(day)]))[0])


SCALE = Scale(
    "collapsed",
    ms("2003-06-01"),
    ms("2025-03-01"),
    (Cut(ms("2005-02-01"), ms("2012-11-01"), "8 years"),),
    break_ms=200 * DAY_MS,
)


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


def year_ms(year: int) -> float:
    return float(years.year_ms([year])[0])


def chronological(first_year: int, last_year: int) -> Scale:
    return Scale("chronological", year_ms(first_year), year_ms(last_year))


def drawn_ticks(scale: Scale, width: float, font: float = 12) -> tuple[list, list]:
    """The ticks an axis `width` px wide keeps (what chart.figure writes on it)."""
    low, high = scales.unit_range(scale)
    axis = Axis(scale, low, high, width)
    found = ticks.timed_axis(axis, font)
    return found["tickvals"], found["ticktext"]


def touching(values: list, texts: list, scale: Scale, width: float, font: float = 12) -> bool:
    to_px = axis_px(scale, width)
    boxes = sorted((float(to_px(v)) - text_px(strip(t), font) / 2,
                    float(to_px(v)) + text_px(strip(t), font) / 2)
                   for v, t in zip(values, texts, strict=True))  # fmt: skip
    return any(a[1] + ticks.ROOM > b[0] + 0.5 for a, b in itertools.pairwise(boxes))


def strip(text: str) -> str:
    return text.replace("<i>", "").replace("</i>", "")


@pytest.mark.parametrize(
    ("first", "last", "width", "expected"),
    [
        # Rome: 250 BC to AD 450 at 50-year steps, AD 1 where the era turns (no year 0)
        (-270, 490, 1100, ["250 BC", "200 BC", "150 BC", "100 BC", "50 BC", "AD 1", "AD 50",
                           "AD 100", "AD 150", "AD 200", "AD 250", "AD 300", "AD 350",
                           "AD 400", "AD 450"]),
        (-270, 490, 400, ["200 BC", "100 BC", "AD 1", "AD 100", "AD 200", "AD 300",
                          "AD 400"]),  # narrower: a coarser step
        (-1099, 1300, 900, ["1,000 BC", "800 BC", "600 BC", "400 BC", "200 BC", "AD 1",
                            "AD 200", "AD 400", "AD 600", "AD 800", "1000", "1200"]),
        (-60, 30, 500, ["50 BC", "40 BC", "30 BC", "20 BC", "10 BC", "AD 1", "AD 10",
                        "AD 20"]),
        # a few years: months, each year named
        (-45, -41, 900, ["45 BC", "Apr", "Jul", "Oct", "44 BC", "Apr", "Jul", "Oct", "43 BC",
                         "Apr", "Jul", "Oct", "Dec"]),
        # deep time, in years before the present
        (-4_700_000_000, 2000, 900, ["4.5 Ga", "4 Ga", "3.5 Ga", "3 Ga", "2.5 Ga", "2 Ga",
                                     "1.5 Ga", "1 Ga", "500 Ma"]),
        (-70_000_000, -60_000_000, 900, ["69 Ma", "68 Ma", "67 Ma", "66 Ma", "65 Ma", "64 Ma",
                                         "63 Ma", "62 Ma", "61 Ma"]),
        (-20_000, -6_000, 500, ["20 ka", "18 ka", "16 ka", "14 ka", "12 ka", "10 ka"]),
    ],
)  # fmt: skip
def test_years_outside_the_date_axis_are_written_as_readers_write_them(first, last, width,
                                                                       expected):  # fmt: skip
    scale = chronological(first, last)
    values, texts = drawn_ticks(scale, width)
    assert texts == expected
    assert values == sorted(values) and not touching(values, texts, scale, width)
    assert not any(t.startswith(("-", "0")) for t in texts)


@pytest.mark.parametrize(("width", "both_sides"), [(300, False), (700, True), (1500, True)])
def test_a_collapsed_scale_cuts_bc_gaps_names_them_and_its_ticks_never_touch(width, both_sides):
    start, gap_first, gap_after, end = (year_ms(y) for y in (-263, -200, 14, 476))
    cut = Cut(gap_first, gap_after, "214 years")
    scale = Scale("collapsed", start, end, (cut,), break_ms=40 * scales.YEAR_MS)
    values, texts = drawn_ticks(scale, width)
    assert "<i>214 years</i>" in texts and not touching(values, texts, scale, width)
    where = texts.index("<i>214 years</i>")
    assert all(t.endswith("BC") for t in texts[:where])
    assert all(t.startswith("AD") for t in texts[where + 1 :])
    assert bool(texts[:where]) == both_sides and texts[where + 1 :]


@pytest.mark.parametrize(
    ("day", "precision", "text"),
    [
        (np.datetime64("-0043-03-15", "s"), "day", "15 Mar 44 BC"),
        (np.datetime64("-0263-01-01", "s"), "year", "264 BC"),
        (np.datetime64("0014-08-19", "s"), "month", "Aug AD 14"),
        (np.datetime64("-2999-01-01", "s"), "millennium", "3,000 BC"),
        (np.datetime64("-65997976-01-01", "s"), "million years", "66 Ma"),
        (np.datetime64("-4499997976-01-01", "s"), "billion years", "4.5 Ga"),
        (np.datetime64("-9976-01-01", "s"), "thousand years", "12 ka"),
    ],
)
def test_slot_dates_in_bc_and_deep_time(day, precision, text):
    assert ticks.slot_date(day, precision) == text


def test_sequential_ticks_write_bc_dates_and_deep_gaps():
    starts = scales.ms(pd.Series(np.array(["-4499997976-01-01", "-65997976-01-01",
                                           "-0043-03-15"], dtype="datetime64[s]")))  # fmt: skip
    texts = {t.plain for t in ticks.sequential_ticks(starts, ["billion years", "million years",
                                                               "day"])}  # fmt: skip
    assert {"4.5 Ga", "66 Ma", "15 Mar 44 BC", "4.43 billion years", "66 million years"} <= texts
