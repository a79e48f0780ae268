"""chart.placement: marks and labels packed into rows, as tables of (marks, width) -> (rows,
label boxes), and the promises that hold for any input: no label overlaps another label or a
mark, every label stays inside the plot, and the budget of rows is kept."""

from __future__ import annotations

import numpy as np
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from dashboard.chart.placement import GAP, MIN_CAP, PAD, Marks, assign_rows, place

NAN = float("nan")


def marks(*specs) -> Marks:
    """Marks from (lane, left, right, label width[, rank[, bar]]) rows; bar=True lets a label
    sit inside the mark."""
    rows = [(*spec, *(None,) * (6 - len(spec))) for spec in specs]
    bar = [r[5] for r in rows]
    return Marks(
        lane=np.array([r[0] for r in rows], dtype=int),
        left=np.array([r[1] for r in rows], dtype=float),
        right=np.array([r[2] for r in rows], dtype=float),
        inside_left=np.array([r[1] if b else NAN for r, b in zip(rows, bar, strict=True)]),
        inside_right=np.array([r[2] if b else NAN for r, b in zip(rows, bar, strict=True)]),
        width=np.array([r[3] for r in rows], dtype=float),
        rank=np.array([i if r[4] is None else r[4] for i, r in enumerate(rows)], dtype=int),
    )


def boxes(m: Marks, placed) -> list[tuple[int, int, float, float]]:
    """(lane, row, left, right) of every label."""
    return [
        (int(m.lane[i]), int(placed.row[i]), float(placed.label_left[i]),
         float(placed.label_left[i] + placed.label_width[i]))
        for i in np.flatnonzero(placed.labelled)
    ]  # fmt: skip


@pytest.mark.parametrize(
    ("specs", "width", "rows", "sides"),
    [
        # a lone dot: label to its right, one row
        ([(0, 100, 110, 80)], 800, [0], ["right"]),
        # a dot near the right edge: the label goes left of it
        ([(0, 760, 770, 80)], 800, [0], ["left"]),
        # a long bar holds its own label
        ([(0, 100, 500, 80, None, True)], 800, [0], ["inside"]),
        # two dots far apart share a row; close ones do not
        ([(0, 10, 20, 80), (0, 400, 410, 80)], 800, [0, 0], ["right", "right"]),
        ([(0, 10, 20, 80), (0, 60, 70, 80)], 800, [0, 1], ["right", "right"]),
        # ties: the same day twice stacks, in rank order
        ([(0, 50, 60, 40, 1), (0, 50, 60, 40, 0)], 800, [1, 0], ["right", "right"]),
        # lanes are packed apart: the same spot in two lanes is row 0 of each
        ([(0, 50, 60, 40), (1, 50, 60, 40)], 800, [0, 0], ["right", "right"]),
        # a 1 px span still gets its label beside it
        ([(0, 300, 301, 60, None, True)], 800, [0], ["right"]),
    ],
)
def test_rows_and_sides(specs, width, rows, sides):
    placed = place(marks(*specs), width)
    assert placed.row.tolist() == rows and placed.side.tolist() == sides


@pytest.mark.parametrize(
    ("specs", "width", "left"),
    [
        ([(0, 100, 110, 80)], 800, 110 + GAP),  # right of the dot
        ([(0, 760, 770, 80)], 800, 760 - GAP - 80),  # left of it
        ([(0, 100, 500, 80, None, True)], 800, 100 + PAD),  # inside the bar, from its start
    ],
)
def test_label_boxes_sit_by_their_marks(specs, width, left):
    assert place(marks(*specs), width).label_left.tolist() == [left]


def test_a_label_wider_than_either_side_is_cut_to_the_wider_side():
    placed = place(marks((0, 300, 310, 900)), 800)
    assert placed.side.tolist() == ["cut"]
    assert placed.label_left[0] == 310 + GAP and placed.label_width[0] == 800 - 310 - GAP


def test_labels_keep_off_the_publication_line_when_they_can():
    placed = place(marks((0, 600, 610, 120)), 800, avoid=(700.0,))
    assert placed.side.tolist() == ["left"]  # right would cross the line at 700
    crowded = place(marks((0, 600, 610, 120), (0, 100, 110, 90)), 650, avoid=(640.0,))
    assert placed.labelled.all() and crowded.labelled.all()


def test_a_crowd_in_one_month_keeps_the_labels_that_matter_most():
    """200 events on 30 days of an 800 px view, a budget of 12 rows: the best-ranked keep
    labels in 10 rows, the rest are bare marks with "+N more" tags that count every one."""
    rng = np.random.default_rng(7)
    days = rng.integers(0, 30, 200)
    specs = [(0, d * 26.0, d * 26.0 + 8, 150, int(rank)) for d, rank in
             zip(days, rng.permutation(200), strict=True)]  # fmt: skip
    m = marks(*specs)
    placed = place(m, 800, budget=12)
    assert sum(placed.lane_rows.values()) <= 12
    kept = np.flatnonzero(placed.labelled)
    assert len(kept) >= 10 and set(range(10)) <= set(m.rank[kept])  # the ten best, at least
    assert set(placed.row[kept]) <= set(range(11))  # ten rows of labels, and the bare marks
    assert sum(len(tag.members) for tag in placed.tags) == 200 - len(kept)
    assert all(tag.left >= 0 and tag.right <= 800 for tag in placed.tags)
    assert_no_overlaps(m, placed, 800)


def test_the_budget_is_shared_and_small_lanes_keep_all_their_labels():
    crowd = [(0, x, x + 8, 200) for x in range(0, 400, 10)]
    small = [(1, 100, 110, 80), (2, 200, 210, 80)]
    placed = place(marks(*crowd, *small), 800, budget=10)
    assert placed.lane_rows[1] == placed.lane_rows[2] == 1
    assert placed.labelled[-2:].all() and placed.lane_rows[0] == 8
    assert sum(placed.lane_rows.values()) == 10


def test_every_crowded_lane_keeps_a_row_of_labels_even_past_the_budget():
    lanes = [(lane, x, x + 8, 200) for lane in range(4) for x in range(0, 200, 10)]
    placed = place(marks(*lanes), 800, budget=4)
    assert all(rows == MIN_CAP for rows in placed.lane_rows.values())
    assert all(placed.labelled[placed.row == 0].tolist())


def assert_no_overlaps(m: Marks, placed, width: float) -> None:
    labels = boxes(m, placed)
    for _lane, _row, left, right in labels:
        assert left >= 0 and right <= width + 1e-6, (left, right)
    for i, a in enumerate(labels):
        for b in labels[i + 1 :]:
            if a[:2] == b[:2]:
                assert a[3] <= b[2] or b[3] <= a[2], (a, b)
    for lane, row, left, right in labels:
        same = (m.lane == lane) & (placed.row == row)
        for j in np.flatnonzero(same):
            assert right <= m.left[j] or m.right[j] <= left or _inside(m, placed, j, left)


def _inside(m: Marks, placed, j: int, left: float) -> bool:
    """A label inside its own bar is allowed to lie over that bar."""
    return placed.side[j] == "inside" and placed.label_left[j] == left


spec = st.tuples(
    st.integers(0, 3),  # lane
    st.floats(0, 780),  # left
    st.floats(0, 60),  # mark length
    st.floats(10, 300),  # label width
    st.booleans(),  # a bar
)


@settings(max_examples=200, deadline=None)
@given(st.lists(spec, min_size=1, max_size=60), st.sampled_from([None, 6, 12, 40]))
def test_no_label_overlaps_a_label_or_a_mark_whatever_the_input(specs, budget):
    m = marks(*[(lane, x, x + length, w, None, bar) for lane, x, length, w, bar in specs])
    placed = place(m, 800, budget=budget)
    assert_no_overlaps(m, placed, 800)
    if budget is not None:
        assert sum(placed.lane_rows.values()) <= max(budget, MIN_CAP * len(placed.lane_rows))
    assert (~placed.labelled).sum() == sum(len(t.members) for t in placed.tags)


def naive_rows(starts: list, ends: list) -> list[int]:
    """The obvious O(n * rows) packing, as the reference for assign_rows."""
    row_ends: list = []
    assigned = []
    for start, end in zip(starts, ends, strict=True):
        row = next((i for i, last in enumerate(row_ends) if last < start), len(row_ends))
        row_ends[row : row + 1] = [end]
        assigned.append(row)
    return assigned


@given(st.lists(st.tuples(st.integers(0, 100), st.integers(0, 20)), max_size=40))
def test_assign_rows_never_overlaps_and_matches_the_naive_packing(intervals):
    intervals = sorted((start, start + length) for start, length in intervals)
    starts, ends = [s for s, _ in intervals], [e for _, e in intervals]
    rows = assign_rows(starts, ends)
    for i, (s1, e1) in enumerate(intervals):
        for j in range(i):
            s0, e0 = intervals[j]
            if rows[i] == rows[j]:
                assert e0 < s1 or e1 < s0
    assert rows == naive_rows(starts, ends)


@pytest.mark.parametrize(
    ("starts", "ends", "groups", "expected"),
    [
        ([0, 1, 0, 1], [5, 5, 5, 5], ["a", "a", "b", "b"], [0, 1, 0, 1]),  # rows restart per group
        ([0, 0], [5, 5], None, [0, 1]),
        ([], [], None, []),
    ],
)
def test_assign_rows_by_group(starts, ends, groups, expected):
    assert assign_rows(starts, ends, groups) == expected
