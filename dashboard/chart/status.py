"""How a planned or a claimed event is drawn, so that it never looks like one that happened.

The look says it without colour (lanes use colour): a planned span is nearly empty inside a
dashed outline and a planned day a hollow ring with a dot; a claimed span is half filled
inside a dash-dot outline and a claimed day a hollow ring with a cross. Their labels start
with "Planned: " or "Claimed: " (dashboard.details), and the key explains the marks when such
events are in view. Precision (fill, hatching), approximate and open ends keep their own
looks; an outline here takes the place of an approximate span's dotted one, its halo stays.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard.chart import theme
from events.event import USUAL_STATUS


@dataclass(frozen=True)
class StatusLook:
    fill: float  # share of its precision's fill a span keeps
    dash: str  # a span's outline, in its lane's rim colour
    day: str  # a day's marker symbol


LOOKS = {
    "planned": StatusLook(fill=0.3, dash="dash", day="circle-open-dot"),
    "claimed": StatusLook(fill=0.6, dash="dashdot", day="circle-cross-open"),
}
OUTLINE_WIDTH = 2.0


def statuses(rows: pd.DataFrame) -> pd.Series:
    """Each row's status; "happened" where the frame has none (a frame built by hand)."""
    if "status" not in rows:
        return pd.Series(USUAL_STATUS, index=rows.index, dtype=object)
    return rows["status"].fillna(USUAL_STATUS).astype(str).replace("", USUAL_STATUS)


def outlined(rows: pd.DataFrame) -> np.ndarray:
    """Whether each row is drawn with a status outline (planned or claimed)."""
    return statuses(rows).isin(LOOKS).to_numpy()


def fills(rows: pd.DataFrame, alpha: float) -> list[str]:
    """Each span's fill: its lane's colour at its precision's `alpha`, paler by its status."""
    shares = statuses(rows).map(lambda s: LOOKS[s].fill if s in LOOKS else 1.0)
    return [theme.rgba(colour, alpha * share)
            for colour, share in zip(rows["colour"], shares, strict=True)]  # fmt: skip


def day_symbols(rows: pd.DataFrame) -> np.ndarray:
    """Each day's marker: its status's, else hollow when approximate, else a filled dot."""
    usual = np.where(rows["approximate"].to_numpy(dtype=bool), "circle-open", "circle")
    own = statuses(rows).map(lambda s: LOOKS[s].day if s in LOOKS else "").to_numpy(object)
    return np.where(own != "", own, usual).astype(object)


def day_colours(rows: pd.DataFrame, symbols: np.ndarray) -> list[str]:
    """Each day's marker colour: its lane's for a filled dot; for a ring (open symbols draw
    only their line) the lane's rim, so a yellow ring still stands out on a white page."""
    hollow = symbols != "circle"
    return [theme.rim(colour) if ring else colour
            for colour, ring in zip(rows["colour"], hollow, strict=True)]  # fmt: skip


def box_lines(x0, x1, y0, y1) -> tuple[list, list]:
    """Closed rectangles as one line, with None between shapes."""
    corners = np.full((len(x0), 6), None, dtype=object)
    xs, ys = corners.copy(), corners
    xs[:, [0, 3, 4]] = np.asarray(x0, dtype=object)[:, None]
    xs[:, [1, 2]] = np.asarray(x1, dtype=object)[:, None]
    ys[:, [0, 1, 4]] = np.asarray(y0, dtype=float)[:, None]
    ys[:, [2, 3]] = np.asarray(y1, dtype=float)[:, None]
    return xs.ravel().tolist(), [None if v is None else float(v) for v in ys.ravel()]


def outline_traces(boxes: pd.DataFrame) -> list:
    """Status outlines round the spans in `boxes` (x0, x1, y0, y1, status, colour): one
    line trace per status and lane colour, named "planned outline" or "claimed outline"."""
    boxes = boxes.assign(status=statuses(boxes))
    boxes = boxes[boxes["status"].isin(LOOKS)]
    traces = []
    for (status, colour), group in boxes.groupby(["status", "colour"], sort=True):
        xs, ys = box_lines(group["x0"], group["x1"], group["y0"], group["y1"])
        line = {"color": theme.rim(colour), "dash": LOOKS[status].dash, "width": OUTLINE_WIDTH}
        traces.append(theme.Scatter(x=xs, y=ys, mode="lines", line=line, hoverinfo="skip",
                                    showlegend=False, name=f"{status} outline"))  # fmt: skip
    return traces


def key_names(shown: set[str]) -> list[str]:
    """The statuses among `shown` that have a key entry, in key order."""
    return [name for name in LOOKS if name in shown]


def key_traces(shown: set[str]) -> list:
    """Key entries for the statuses in view: a day's mark on its span's outline."""
    return [
        theme.key_entry(name, mode="lines+markers",
                        marker={"symbol": LOOKS[name].day, "size": 12, "line": {"width": 1.5}},
                        line={"color": theme.MUTED, "dash": LOOKS[name].dash,
                              "width": OUTLINE_WIDTH})
        for name in key_names(shown)
    ]  # fmt: skip
