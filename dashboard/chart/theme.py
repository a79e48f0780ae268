"""The project's own Plotly template and looks, so figures never inherit Streamlit's colours.

Also the visual vocabulary of precision (fill alpha and hatching per precision) and the key
(legend-only traces) that explains it, shared by every timeline figure.
"""

from __future__ import annotations

from functools import cache, partial

import plotly.graph_objects as go
import plotly.io as pio

from dashboard.chart.text_width import FONT_FAMILY
from events.span import precision_name

TEMPLATE_NAME = "timeline_desk"

# Okabe-Ito, one colour per lane for the first eight lanes, ordered for a white background:
# yellow and black last (yellow is faint, so marks get a darker rim; black reads as "text").
OKABE_ITO = (
    "#0072B2",  # blue
    "#E69F00",  # orange
    "#009E73",  # bluish green
    "#D55E00",  # vermillion
    "#CC79A7",  # reddish purple
    "#56B4E9",  # sky blue
    "#F0E442",  # yellow
    "#000000",  # black
)
INK = "#222222"
MUTED = "#666666"
FADED = "#6E6E6E"  # labels of the events not selected, while one is: 4.5:1 on a lane band
NEUTRAL = "#8C8C8C"  # lanes past the eighth: no colour of their own, their name on each label
LANE_COLOURS = (*OKABE_ITO, NEUTRAL)  # every colour a lane can have
GRID = "#E5E5E5"
BAND = "#F3F4F6"
HIGHLIGHT = INK
# The chart's own font: its widths are known (chart.text_width), so labels are placed exactly.
FONT = FONT_FAMILY

# Fill alpha of a span bar by precision: coarser is paler. Outlines stay solid.
OPACITY = {
    "day": 1.0, "week": 0.85, "month": 0.72, "season": 0.64, "quarter": 0.58,
    "half": 0.52, "year": 0.46, "decade": 0.34, "century": 0.24, "millennium": 0.2,
    "thousand years": 0.18, "million years": 0.16, "billion years": 0.14,
}  # fmt: skip
# The coarsest spans are hatched as well, so they read as vague even where alphas look alike.
HATCH = {"decade": "/", "century": "x", "millennium": "x", "thousand years": "x",
         "million years": "x", "billion years": "x"}  # fmt: skip
# The key says "whole year"; deep time is known to the nearest thousands of years or coarser.
KEY_NAMES = {"thousand years": "thousands of years", "million years": "millions of years",
             "billion years": "billions of years"}  # fmt: skip
FUZZ_ALPHA = 0.2  # the soft halo around an approximate date
# Rims and status outlines against their page: what WCAG asks of the parts of a graphic.
RIM_CONTRAST = 3.0


def _axis() -> dict:
    return {
        "gridcolor": GRID,
        "linecolor": "#BBBBBB",
        "zeroline": False,
        "tickfont": {"size": 13, "color": INK},
        "title": {"font": {"size": 14, "color": MUTED}},
    }


def build_template() -> go.layout.Template:
    """The timeline_desk template: white background, readable sizes, colour-blind safe colours."""
    return go.layout.Template(
        layout={
            "font": {"family": FONT, "size": 14, "color": INK},
            "title": {"font": {"size": 18}, "x": 0, "xanchor": "left"},
            "paper_bgcolor": "white",
            "plot_bgcolor": "white",
            "colorway": list(OKABE_ITO),
            "xaxis": _axis(),
            "yaxis": _axis(),
            "legend": {"font": {"size": 13}, "bgcolor": "rgba(255,255,255,0.8)"},
            "hoverlabel": {"font": {"size": 13, "family": FONT}, "bgcolor": "white"},
            "margin": {"l": 20, "r": 20, "t": 50, "b": 20},
        }
    )


@cache
def rim(hex_colour: str, keep: float = 0.7) -> str:
    """A darker shade of a colour, for the rim of its marks: `keep` of each channel, less where
    that would not stand RIM_CONTRAST against white (yellow)."""
    shade = _scaled(hex_colour, keep)
    while contrast(shade, "#FFFFFF") < RIM_CONTRAST and keep > 0.05:
        keep -= 0.05
        shade = _scaled(hex_colour, keep)
    return shade


def lift(hex_colour: str, share: float = 0.4) -> str:
    """A lighter shade of a colour, `share` of the way to white: its rim on a dark page."""
    return _hex(round(c + (255 - c) * share) for c in channels(hex_colour))


def _scaled(hex_colour: str, keep: float) -> str:
    return _hex(round(c * keep) for c in channels(hex_colour))


def _hex(rgb) -> str:
    return "#" + "".join(f"{c:02X}" for c in rgb)


def contrast(first: str, second: str) -> float:
    """The WCAG contrast ratio of two "#RRGGBB" colours, from 1 to 21."""
    light, dark = sorted((_luminance(first), _luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


def _luminance(hex_colour: str) -> float:
    red, green, blue = (c / 12.92 if c <= 0.04045 else ((c + 0.055) / 1.055) ** 2.4
                        for c in (value / 255 for value in channels(hex_colour)))  # fmt: skip
    return 0.2126 * red + 0.7152 * green + 0.0722 * blue


def channels(hex_colour: str) -> tuple[int, int, int]:
    """The red, green and blue of a "#RRGGBB" colour, 0 to 255."""
    return int(hex_colour[1:3], 16), int(hex_colour[3:5], 16), int(hex_colour[5:7], 16)


def rgba(hex_colour: str, alpha: float) -> str:
    """A "#RRGGBB" colour as an rgba() string with the given alpha."""
    red, green, blue = channels(hex_colour)
    return f"rgba({red},{green},{blue},{alpha:g})"


def hatch(precision: str, colours: list[str] | str) -> dict:
    """The bar pattern of a precision: hatched in the bar's own colour, or none."""
    shape = HATCH.get(precision, "")
    return {"shape": shape, "fgcolor": colours, "fgopacity": 0.55, "size": 7} if shape else {}


def template() -> go.layout.Template:
    """The registered template; figures pass it explicitly rather than relying on the default."""
    return pio.templates[TEMPLATE_NAME]


# Plotly checks every element of every array as a trace is built: ~0.5 s for 3,000 bars. Data
# traces skip that; the tests rebuild each figure with validation on (go.Figure(fig_json)).
Bar = partial(go.Bar, _validate=False)
Scatter = partial(go.Scatter, _validate=False)
Scattergl = partial(go.Scattergl, _validate=False)


def figure(traces: list, layout: dict | None = None) -> go.Figure:
    """A figure of these traces on the project's template (explicit, never the default)."""
    return go.Figure(data=traces, layout={"template": template(), **(layout or {})},
                     _validate=False)  # fmt: skip


def key_traces(precisions: set[str], approximate: bool, open_ends: bool) -> list:
    """Legend-only traces saying what each look means, for the looks present in a figure."""
    key = []
    if "day" in precisions:
        key.append(key_entry("exact day", marker={"symbol": "circle", "size": 12}))
    for precision in (p for p in OPACITY if p in precisions and p != "day"):
        swatch = {"color": rgba(MUTED, OPACITY[precision]), "line": {"color": MUTED, "width": 1}}
        swatch["pattern"] = hatch(precision, MUTED)
        name = KEY_NAMES.get(precision, f"whole {precision_name(precision)}")
        key.append(key_entry(name, kind=go.Bar, marker=swatch))
    if approximate:
        fuzzy = {"symbol": "circle-open", "size": 12, "line": {"width": 5}}
        key.append(key_entry("approximate", marker={**fuzzy, "color": _fuzz()}))
    if open_ends:
        key.append(key_entry("ongoing or open", marker={"symbol": "triangle-right", "size": 12}))
    return key


def _fuzz() -> str:
    return rgba(MUTED, FUZZ_ALPHA * 2)


def key_entry(name: str, kind=go.Scatter, **style):
    """One legend entry with no data; marked by meta, not legendgroup (a horizontal legend
    stacks a group's items vertically)."""
    style.setdefault("marker", {}).setdefault("color", MUTED)
    extra = {"mode": style.pop("mode", "markers")} if kind is go.Scatter else {"orientation": "h"}
    return kind(x=[None], y=[None], name=name, meta="key", hoverinfo="skip", **extra, **style)


pio.templates[TEMPLATE_NAME] = build_template()
