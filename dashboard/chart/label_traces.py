"""Labels on the chart: each placed label as text beside (or inside) its mark, and the "+N more"
tags of unlabelled marks, whose click opens their stretch of time.

Text is escaped: a title like "<b>" shows as written, never as markup. A label inside a bar
gets a halo in the paper's colour so it reads over the bar's fill.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard.chart import theme, years
from dashboard.chart.drawn import Axis
from dashboard.chart.labels import fit_px, plain
from dashboard.chart.placement import Placement
from dashboard.chart.view import Sizes

WINDOW = "window"  # customdata of a tag: "window|first day|last day"
HALO = "0 0 3px white, 0 0 2px white"


def label_traces(rows: pd.DataFrame, placement: Placement, axis: Axis, sizes: Sizes) -> list:
    """Text traces of every placed label: outside marks, then inside bars (with a halo)."""
    traces = []
    labelled = placement.labelled
    for inside in (False, True):
        chosen = labelled & ((placement.side == "inside") == inside)
        if not chosen.any():
            continue
        picked = rows[chosen]
        texts = [
            plain(fit_px(text, sizes.font, width + 1))
            for text, width in zip(picked["label_text"], placement.label_width[chosen], strict=True)
        ]
        font = {"size": sizes.font, "color": theme.INK, "family": theme.FONT}
        if inside:
            font["shadow"] = HALO
        traces.append(theme.Scatter(
            x=(axis.low + axis.units(1) * placement.label_left[chosen]).tolist(),
            y=picked["y"].tolist(), mode="text", text=texts, textposition="middle right",
            textfont=font, cliponaxis=False, customdata=picked["id"].tolist(),
            hovertext=picked["hover"].tolist(), hovertemplate="%{hovertext}<extra></extra>",
            showlegend=False, name="labels inside" if inside else "labels",
            selected={"textfont": {"color": theme.INK}},
            unselected={"textfont": {"color": theme.FADED}},
        ))  # fmt: skip
    return traces


def tag_traces(rows: pd.DataFrame, placement: Placement, axis: Axis, offsets: dict,
               sizes: Sizes) -> list:  # fmt: skip
    """ "+N more" under each cluster of unlabelled marks, and a thin leader up to the cluster."""
    if not placement.tags:
        return []
    x, y, texts, windows, hovers, leaders_x, leaders_y = [], [], [], [], [], [], []
    starts, ends = rows["x0"].to_numpy(), rows["x1"].to_numpy()
    for tag in placement.tags:
        members = list(tag.members)
        first, last = years.day_of(starts[members].min()), years.day_of(ends[members].max())
        row_y = offsets[tag.lane] + tag.row
        x.append(axis.low + axis.units(1) * tag.left)
        y.append(row_y)
        texts.append(tag.text)
        windows.append(f"{WINDOW}|{first.isoformat()}|{last.isoformat()}")
        stretch = f"{years.day_text(first, padded=True)} to {years.day_text(last, padded=True)}"
        hovers.append(
            f"{len(members)} more events, {stretch}:<br>click to show only this stretch of time"
        )
        lead = axis.low + axis.units(1) * (tag.left + 3)
        leaders_x += [lead, lead, None]
        leaders_y += [row_y - 0.35, row_y - 0.75, None]
    font = {"size": sizes.font, "color": theme.MUTED, "family": theme.FONT}
    tags = theme.Scatter(x=x, y=y, mode="text", text=texts, textposition="middle right",
                         textfont=font, cliponaxis=False, customdata=windows, hovertext=hovers,
                         hovertemplate="%{hovertext}<extra></extra>", showlegend=False,
                         name="more")  # fmt: skip
    line = {"color": theme.MUTED, "width": 1}
    leaders = theme.Scatter(x=leaders_x, y=leaders_y, mode="lines", line=line, hoverinfo="skip",
                            showlegend=False, name="tag leaders")  # fmt: skip
    return [leaders, tags]


def window_of(customdata: str) -> tuple[str, str] | None:
    """The (first, last) days a clicked tag stands for, or None for any other point."""
    parts = str(customdata).split("|")
    return (parts[1], parts[2]) if len(parts) == 3 and parts[0] == WINDOW else None


def with_label_texts(rows: pd.DataFrame, texts: pd.Series) -> pd.DataFrame:
    """Rows with `label_text`: the label, with the lane's name in front for lanes past the
    palette's colours (their second cue)."""
    named = rows["named"].to_numpy(dtype=bool)
    prefix = np.where(named, rows["lane_label"] + ": ", "")
    return rows.assign(label_text=prefix + texts.to_numpy(dtype=object))
