"""Label placement: every event's mark and label packed into rows of its lane, so that no label
overlaps another label or any mark (the stacking vis-timeline does). Pure: pixels in, rows and
label boxes out, no figure.

Each label sits inside its bar when the bar can hold it, else right of its mark, else left of
it, else it is cut to the wider side. The mark and its label are one box; boxes are packed
into the fewest rows (greedy by left edge, which is optimal for boxes that cannot move). When
the rows would pass the budget, each crowded lane keeps labels for the events that matter
most (by `rank`) in as many rows as it can have; the rest go to a row of bare marks, and a
last row says under each cluster of them how many are unlabelled ("+4 more").
"""

from __future__ import annotations

import bisect
import functools
import heapq
from dataclasses import dataclass, field

import numpy as np

from dashboard.chart.text_width import text_px

GAP = 5.0  # px between a mark and its label
SEP = 8.0  # px kept free between neighbouring boxes in a row
PAD = 6.0  # px between a bar's edge and a label inside it
MORE = "+{} more"
MIN_CAP = 3  # rows of a lane that cannot label everything: labels, unlabelled marks, tags
SQUEEZE_TRIES = 200  # unlabelled events tried for a gap left in a crowded lane's rows


@dataclass(frozen=True)
class Marks:
    """What there is to place, one entry per event, in pixels along the plot (0 = left edge)."""

    lane: np.ndarray  # int: lane rank
    left: np.ndarray  # the mark's extent, dot radius and arrow heads included
    right: np.ndarray
    inside_left: np.ndarray  # the stretch of bar a label may sit in (NaN: no bar)
    inside_right: np.ndarray
    width: np.ndarray  # the label's width
    rank: np.ndarray  # int: 0 is the first to keep its label


@dataclass(frozen=True)
class Tag:
    """A "+N more" tag on the last row of a lane, for the unlabelled events `members`."""

    lane: int
    row: int
    left: float
    right: float
    text: str
    members: tuple[int, ...]


@dataclass(frozen=True)
class Placement:
    row: np.ndarray  # int: row within the event's lane
    label_left: np.ndarray  # NaN: not labelled
    label_width: np.ndarray  # may be less than asked when the label had to be cut
    side: np.ndarray  # "inside", "right", "left", "cut" or "" (no label)
    lane_rows: dict[int, int]  # rows each lane uses, its "+N more" row included
    tags: tuple[Tag, ...] = field(default=())

    @property
    def labelled(self) -> np.ndarray:
        return ~np.isnan(self.label_left)


def place(marks: Marks, plot_width: float, budget: int | None = None, font: float = 13.0,
          avoid: tuple[float, ...] = ()) -> Placement:  # fmt: skip
    """Rows and label boxes for `marks` in a plot `plot_width` px wide, in at most `budget`
    rows in all (None: as many as needed; a lane that needs more keeps at least MIN_CAP).
    Labels keep off the vertical lines at `avoid` (px) where they can."""
    label_left, label_width, side, box_left, box_right = _boxes(marks, plot_width, avoid)
    members = {lane: np.flatnonzero(marks.lane == lane) for lane in sorted(set(marks.lane))}
    rows = np.zeros(len(marks.lane), dtype=int)
    needed = {lane: _pack(rows, idx, box_left, box_right, marks.rank)
              for lane, idx in members.items()}  # fmt: skip
    tried: dict[tuple, tuple[np.ndarray, np.ndarray]] = {}

    def shown_at(lane: int, cap: int, squeeze: bool = False) -> np.ndarray:
        """The events of `lane` labelled when it has `cap` rows (their rows written into
        `rows`), gaps filled when `squeeze`; each is worked out once."""
        idx = members[lane]
        if (lane, cap, squeeze) not in tried:
            if cap >= needed[lane]:
                _pack(rows, idx, box_left, box_right, marks.rank)
                shown = idx
            else:
                by_rank = idx[np.argsort(marks.rank[idx], kind="stable")]
                shown = _fill(rows, by_rank, cap - 2, box_left, box_right, marks.rank, squeeze)
            tried[lane, cap, squeeze] = (shown, rows[idx].copy())
        shown, placed_rows = tried[lane, cap, squeeze]
        rows[idx] = placed_rows
        return shown

    caps = _caps(needed, budget, shown_at, marks.rank)
    hidden = np.zeros(len(rows), dtype=bool)
    tags: list[Tag] = []
    for lane, cap in caps.items():
        shown = shown_at(lane, cap, squeeze=True)
        if cap < needed[lane]:
            crowd = np.setdiff1d(members[lane], shown)
            crowd = np.setdiff1d(crowd, _labelled_among(crowd, marks, box_left, box_right))
            hidden[crowd] = True
            rows[np.setdiff1d(members[lane], shown)] = cap - 2
            tags += _tags(lane, cap - 1, crowd, marks, plot_width, font)
            needed[lane] = cap
    label_left = np.where(hidden, np.nan, label_left)
    side = np.where(hidden, "", side)
    return Placement(rows, label_left, label_width, side, needed, tuple(tags))


def rows_needed(marks: Marks, plot_width: float, avoid: tuple[float, ...] = ()) -> int:
    """How many rows `place` needs in all to label every event (no budget)."""
    *_, box_left, box_right = _boxes(marks, plot_width, avoid)
    rows = np.zeros(len(marks.lane), dtype=int)
    return sum(_pack(rows, np.flatnonzero(marks.lane == lane), box_left, box_right, marks.rank)
               for lane in set(marks.lane.tolist()))  # fmt: skip


def _boxes(marks: Marks, plot_width: float, avoid: tuple[float, ...]):
    """Each label's left edge, width and side, and the box its mark and label take."""
    label_left, label_width, side = _sides(marks, plot_width, avoid)
    box_left = np.minimum(marks.left, np.where(side == "left", label_left, np.inf))
    label_right = np.where(side == "right", label_left + label_width, -np.inf)
    return label_left, label_width, side, box_left, np.maximum(marks.right, label_right)


def _sides(marks: Marks, plot_width: float,
           avoid: tuple[float, ...] = ()) -> tuple[np.ndarray, np.ndarray, np.ndarray]:  # fmt: skip
    """Each label's left edge, width and side: inside its bar, right, left, or cut to fit.
    Labels keep off the lines at `avoid` unless that would leave them no room."""
    width = np.minimum(marks.width, plot_width)
    inside_left = np.maximum(marks.inside_left, 0.0)  # the part of the bar inside the plot
    inside_room = np.minimum(marks.inside_right, plot_width) - inside_left - 2 * PAD
    inside = np.nan_to_num(inside_room, nan=-1.0) >= width
    free_right, free_left = _rooms(marks, plot_width, ())
    room_right, room_left = _rooms(marks, plot_width, avoid)
    fits_avoiding = np.maximum(room_right, room_left) >= width
    room_right = np.where(fits_avoiding, room_right, free_right)
    room_left = np.where(fits_avoiding, room_left, free_left)
    right = ~inside & (room_right >= width)
    left = ~inside & ~right & (room_left >= width)
    cut = ~(inside | right | left)
    cut_right = cut & (room_right >= room_left)
    width = np.where(cut, np.maximum(np.where(cut_right, room_right, room_left), 0), width)
    label_left = np.select(
        [inside, right | cut_right, left | cut],
        [inside_left + PAD, marks.right + GAP, marks.left - GAP - width],
    )
    side = np.select([inside, right, left], ["inside", "right", "left"], "cut")
    return label_left, width, side


def _rooms(marks: Marks, plot_width: float, avoid: tuple[float, ...]) -> tuple[np.ndarray, ...]:
    """The px a label has right and left of each mark, up to the plot's edges or a line."""
    right_end = np.full(len(marks.left), plot_width, dtype=float)
    left_end = np.zeros(len(marks.left), dtype=float)
    for line in avoid:
        right_end = np.where(marks.right < line - GAP, np.minimum(right_end, line - 2), right_end)
        left_end = np.where(marks.left > line + GAP, np.maximum(left_end, line + 2), left_end)
    return right_end - marks.right - GAP, marks.left - GAP - left_end


def _pack(rows: np.ndarray, idx: np.ndarray, left: np.ndarray, right: np.ndarray,
          rank: np.ndarray) -> int:  # fmt: skip
    """Rows for boxes `idx` (written into `rows`), greedy by left edge (ties by rank, so the
    event that matters more sits higher); how many rows it took."""
    order = idx[np.lexsort((rank[idx], right[idx], left[idx]))]
    assigned = assign_rows(left[order].tolist(), (right[order] + SEP).tolist())
    rows[order] = assigned
    return max(assigned, default=-1) + 1


def _fill(rows, by_rank: np.ndarray, room: int, left, right, rank,
          squeeze: bool = True) -> np.ndarray:  # fmt: skip
    """The most events, first by rank, whose boxes pack into `room` rows (written into `rows`),
    and with `squeeze` those left out that still fit a gap.

    Adding a box never lowers the rows a packing needs, so the count is found by bisection."""
    low, high = 0, len(by_rank)
    while low < high:
        middle = (low + high + 1) // 2
        if _pack(rows, by_rank[:middle], left, right, rank) <= room:
            low = middle
        else:
            high = middle - 1
    _pack(rows, by_rank[:low], left, right, rank)
    if not squeeze:
        return by_rank[:low]
    return np.concatenate([by_rank[:low], _squeeze(rows, by_rank[:low], by_rank[low:], room,
                                                   left, right)]).astype(int)  # fmt: skip


def _squeeze(rows, placed: np.ndarray, rest: np.ndarray, room: int, left, right) -> np.ndarray:
    """Of the events left out, by rank, those whose box still fits a gap in the rows as they
    are (an early event beside a crowd it is not part of); at most SQUEEZE_TRIES are tried."""
    taken: list[list[tuple[float, float]]] = [[] for _ in range(room)]
    for i in placed.tolist():
        taken[rows[i]].append((left[i], right[i] + SEP))
    for row in taken:
        row.sort()
    added = []
    for i in rest[:SQUEEZE_TRIES].tolist():
        box = (left[i], right[i] + SEP)
        for row, boxes in enumerate(taken):
            at = bisect.bisect_left(boxes, box)
            clear_before = at == 0 or boxes[at - 1][1] < box[0]
            clear_after = at == len(boxes) or box[1] < boxes[at][0]
            if clear_before and clear_after:
                boxes.insert(at, box)
                rows[i] = row
                added.append(i)
                break
    return np.array(added, dtype=int)


def _labelled_among(crowd: np.ndarray, marks: Marks, left, right) -> np.ndarray:
    """Events of the row of bare marks that can keep their labels there after all, by rank:
    each box clear of every other mark in that row and of the boxes kept before it."""
    kept: list[int] = []
    taken_left = marks.left[crowd].astype(float)
    taken_right = marks.right[crowd].astype(float)
    for at in np.argsort(marks.rank[crowd], kind="stable")[:SQUEEZE_TRIES].tolist():
        i = crowd[at]
        clash = (taken_left < right[i] + SEP) & (taken_right + SEP > left[i])
        clash[at] = False
        if not clash.any():
            kept.append(i)
            taken_left[at], taken_right[at] = left[i], right[i]
    return np.array(kept, dtype=int)


def _caps(needed: dict[int, int], budget: int | None, shown_at, rank: np.ndarray) -> dict:
    """Rows each lane may use: all it needs when the budget allows; else crowded lanes start
    at MIN_CAP (labels, unlabelled marks, their tags) and each spare row goes to the lane
    whose next row labels the event that matters most (so importance decides, across lanes)."""
    if budget is None or sum(needed.values()) <= budget:
        return dict(needed)
    caps = {lane: min(n, MIN_CAP) for lane, n in needed.items()}
    spare = budget - sum(caps.values())
    shown = {lane: set(shown_at(lane, caps[lane]).tolist()) for lane in caps
             if caps[lane] < needed[lane]}  # fmt: skip
    ahead: dict[int, tuple[float, set]] = {}
    while spare > 0 and shown:
        for lane in shown.keys() - ahead.keys():
            more = set(shown_at(lane, caps[lane] + 1).tolist())
            gained = more - shown[lane]
            ahead[lane] = (min(rank[i] for i in gained) if gained else np.inf, more)
        lane = min(ahead, key=lambda name: (ahead[name][0], name))
        if ahead[lane][0] == np.inf:
            break
        caps[lane] += 1
        spare -= 1
        shown[lane] = ahead.pop(lane)[1]
        if caps[lane] >= needed[lane]:
            del shown[lane]
    return caps


def _tags(lane: int, row: int, crowd: np.ndarray, marks: Marks, plot_width: float,
          font: float) -> list[Tag]:  # fmt: skip
    """"+N more" tags, on a row of their own under a lane's unlabelled marks: each tag starts
    under the first mark of its group, and a mark that starts before the tag ends joins it."""
    groups: list[list[int]] = []
    lefts: list[float] = []
    for i in crowd[np.argsort(marks.left[crowd], kind="stable")].tolist():
        if groups and marks.left[i] < lefts[-1] + _tag_px(len(groups[-1]), font) + SEP:
            groups[-1].append(i)
        else:
            groups.append([i])
            lefts.append(float(max(marks.left[i], 0.0)))
    while len(groups) > 1 and lefts[-1] + _tag_px(len(groups[-1]), font) > plot_width:
        lefts[-1] = plot_width - _tag_px(len(groups[-1]), font)
        if lefts[-1] >= lefts[-2] + _tag_px(len(groups[-2]), font) + SEP:
            break
        groups[-2] += groups.pop()
        lefts.pop()
    if groups:
        lefts[-1] = max(0.0, min(lefts[-1], plot_width - _tag_px(len(groups[-1]), font)))
    return [
        Tag(lane, row, left, left + _tag_px(len(group), font), MORE.format(len(group)),
            tuple(group))
        for left, group in zip(lefts, groups, strict=True)
    ]


@functools.lru_cache(maxsize=1024)
def _tag_px(count: int, font: float) -> float:
    return text_px(MORE.format(count), font)


def assign_rows(starts: list, ends: list, groups: list | None = None) -> list[int]:
    """Greedy interval packing in O(n log n): the lowest sub-row free before each item starts.

    Items must come sorted by (group, start). A sub-row is free once its last item ended before
    the new one starts, so overlapping items of a group never share a sub-row.
    """
    groups = groups if groups is not None else [0] * len(starts)
    busy: list = []  # (end, row) of the sub-rows in use, earliest end first
    free: list[int] = []  # sub-rows whose last item has ended, lowest first
    depth, current, assigned = 0, object(), []
    for start, end, group in zip(starts, ends, groups, strict=True):
        if group != current:
            busy, free, depth, current = [], [], 0, group
        while busy and busy[0][0] < start:
            heapq.heappush(free, heapq.heappop(busy)[1])
        row = heapq.heappop(free) if free else depth
        depth = max(depth, row + 1)
        heapq.heappush(busy, (end, row))
        assigned.append(row)
    return assigned
