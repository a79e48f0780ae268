"""The project's own Plotly template, so figures never inherit Streamlit's placeholder colours."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio

TEMPLATE_NAME = "timeline_desk"

# Okabe-Ito, ordered for a white background: yellow and black last (yellow is faint, black reads
# as "text" rather than as a category).
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
GRID = "#E5E5E5"
FONT = "Inter, 'Segoe UI', 'Helvetica Neue', Arial, sans-serif"


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


# Categories skip yellow: it nearly vanishes on white once a span is drawn pale.
CATEGORY_COLOURS = tuple(c for c in OKABE_ITO if c != "#F0E442")


def colour(i: int) -> str:
    """The i-th category colour, cycling."""
    return CATEGORY_COLOURS[i % len(CATEGORY_COLOURS)]


def rgba(hex_colour: str, alpha: float) -> str:
    """A "#RRGGBB" colour as an rgba() string with the given alpha."""
    red, green, blue = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return f"rgba({red},{green},{blue},{alpha:g})"


def template() -> go.layout.Template:
    """The registered template; figures pass it explicitly rather than relying on the default."""
    return pio.templates[TEMPLATE_NAME]


pio.templates[TEMPLATE_NAME] = build_template()
