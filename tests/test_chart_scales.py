"""chart.scales: when events cluster, which stretches a collapsed scale cuts, where moments
land on each scale, spans cut in pieces, and durations in words."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard.chart import scales
from dashboard.chart.scales import DAY_MS, Cut, Scale


def ms(*days: str) -> np.ndarray:
    return scales.ms(pd.Series(pd.to_datetime(list(days))))


@pytest.mark.parametrize(
    ("starts", "clustered"),
    [
        # 19 of 27 events in the last 3 of 21 years, as in the article's dataset
        (["2004-01-01", "2010-01-01", "2016-01-01"] + [f"2023-{m:02}-01" for m in range(1, 7)],
         True),
        (["2000-01-01", "2005-01-01", "2010-01-01", "2015-01-01", "2020-01-01"], False),
        (["2020-01-01", "2020-01-02", "2024-01-01"], False),  # too few to call a cluster
    ],
)  # fmt: skip
def test_clustered(starts, clustered):
    x0 = ms(*starts)
    assert scales.clustered(x0, x0 + DAY_MS) is clustered
    assert scales.choose("auto", x0, x0 + DAY_MS) == ("collapsed" if clustered else
                                                        "chronological")  # fmt: skip


@pytest.mark.parametrize("kind", ["chronological", "collapsed", "sequential"])
def test_a_chosen_scale_is_kept(kind):
    x0 = ms("2000-01-01", "2000-01-02", "2000-01-03", "2020-01-01")
    assert scales.choose(kind, x0, x0 + DAY_MS) == kind


def build(days, view=("2003-06-01", "2025-06-01"), keep=()):
    x0 = ms(*[d[0] for d in days])
    x1 = ms(*[d[1] for d in days])
    low, high = ms(*view)
    return scales.build("collapsed", x0, x1, (low, high), tuple(ms(*keep)))


def test_a_long_empty_stretch_is_cut_and_named_with_its_length():
    days = [("2004-01-01", "2004-12-31")] + [(f"2023-{m:02}-01", f"2023-{m:02}-02")
                                               for m in range(1, 13)]  # fmt: skip
    scale = build(days)
    (cut,) = [c for c in scale.cuts if c.after - c.first > 10 * 365 * DAY_MS]
    assert cut.text == "18 years"
    assert ms("2005-01-01")[0] <= cut.first and cut.after <= ms("2023-01-01")[0]


def test_nothing_is_cut_where_events_do_not_cluster():
    days = [(f"{y}-01-01", f"{y}-12-31") for y in range(2000, 2021, 2)]
    assert build(days, view=("1999-06-01", "2021-06-01")).cuts == ()


def test_the_publication_day_is_never_cut():
    days = [("2004-01-01", "2004-12-31")] + [(f"2010-{m:02}-01", f"2010-{m:02}-02")
                                               for m in range(1, 13)]  # fmt: skip
    published = ms("2024-10-25")[0]
    scale = build(days, keep=("2024-10-25",))
    assert all(not cut.first < published < cut.after for cut in scale.cuts)


SCALE = Scale(
    "collapsed",
    ms("2000-01-01")[0],
    ms("2020-01-01")[0],
    (Cut(ms("2005-01-01")[0], ms("2015-01-01")[0], "10 years"),),
    break_ms=DAY_MS * 100,
)


@pytest.mark.parametrize(
    ("day", "units_after_start"),
    [
        ("2000-01-01", 0),
        ("2005-01-01", ms("2005-01-01")[0] - ms("2000-01-01")[0]),  # the cut's first moment
        ("2015-01-01", ms("2005-01-01")[0] - ms("2000-01-01")[0] + 100 * DAY_MS),  # its break
        (
            "2016-01-01",
            ms("2016-01-01")[0]
            - ms("2000-01-01")[0]
            - (ms("2015-01-01")[0] - ms("2005-01-01")[0])
            + 100 * DAY_MS,
        ),
    ],
)
def test_moments_after_a_cut_move_back_by_the_cut_less_its_break(day, units_after_start):
    units = scales.to_units(SCALE, ms(day))[0] - scales.to_units(SCALE, ms("2000-01-01"))[0]
    assert units == pytest.approx(units_after_start)


def test_lengths_within_a_stretch_stay_proportional_to_time():
    a, b, c, d = scales.to_units(SCALE, ms("2001-01-01", "2002-01-01", "2016-01-01",
                                           "2017-01-01"))  # fmt: skip
    assert b - a == pytest.approx(365 * DAY_MS) and d - c == pytest.approx(366 * DAY_MS)


def test_a_span_across_a_cut_is_drawn_in_two_pieces_that_stop_at_the_break():
    rows, first, last = scales.pieces(SCALE, ms("2003-01-01", "2016-01-01"),
                                      ms("2017-01-01", "2016-02-01"))  # fmt: skip
    assert rows.tolist() == [0, 0, 1]
    break_first, break_last, text = scales.breaks(SCALE)[0]
    assert text == "10 years"
    assert last[0] == pytest.approx(break_first) and first[1] == pytest.approx(break_last)


@pytest.mark.parametrize(
    ("days", "text"),
    [(0.2, "under a day"), (1, "1 day"), (5, "5 days"), (21, "3 weeks"), (75, "2 months"),
     (430, "14 months"), (800, "2 years"), (6 * 365.25, "6 years"),
     (300 * 365.2425, "300 years"), (12_000 * 365.2425, "12,000 years"),
     (2e6 * 365.2425, "2 million years"), (4.43e9 * 365.2425, "4.43 billion years")],
)  # fmt: skip
def test_duration_text(days, text):
    assert scales.duration_text(days * DAY_MS) == text


def test_sequential_slots_span_the_events():
    scale = scales.build("sequential", ms("2000-01-01", "2001-01-01"),
                         ms("2000-01-01", "2001-01-01"), (0.0, 1.0))  # fmt: skip
    assert scale.slots == 2 and scales.unit_range(scale) == (-0.75, 1.75)


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        ("2024-10-25T00:00:01", 1_729_814_401_000.0),  # exact to the millisecond near today
        ("-0043-03-15", -63_517_824_000_000.0),
        ("-4500000000-01-01", -1.420063461672192e20),  # past int64 ms (292 million years)
    ],
)
def test_ms_holds_bc_and_deep_time(day, expected):
    value = scales.ms(pd.Series(np.array([day, "NaT"], dtype="datetime64[s]")))
    assert value[0] == pytest.approx(expected, rel=1e-15) and np.isnan(value[1])
