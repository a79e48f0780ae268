"""Export presets (image sizes) and looks (backgrounds), as tables, plus the recolouring that
turns the screen's light figure into a dark or transparent one. Pure: no browser here.

A preset is drawn at a layout size and scaled: slides and squares are drawn smaller and scaled
up 1.5 times so text stays readable when the image is shown small (a slide's labels are 24 px
in the image); print is A4 in CSS pixels (96 per inch) scaled to 300 dpi, so a PDF page is A4
and a PNG 3508 x 2480 pixels (landscape) or 2480 x 3508 (portrait, a vertical timeline). Each
preset names its label size: the chart is laid out for it, never scaled from the screen's.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

import plotly.graph_objects as go

from dashboard.chart import theme
from dashboard.chart.label_traces import HALO

MM_PER_INCH, CSS_DPI, PRINT_DPI = 25.4, 96, 300


@dataclass(frozen=True)
class Preset:
    name: str
    label: str
    width: float  # layout pixels
    height: float
    scale: float
    font: float = 13.0  # label size in layout pixels (times `scale` in the image)
    layout: str = "horizontal"  # or "vertical": time down the page

    @property
    def pixels(self) -> tuple[int, int]:
        """The size of a raster image, in pixels."""
        return round(self.width * self.scale), round(self.height * self.scale)


PRINT_SCALE = PRINT_DPI / CSS_DPI
PRESETS = {
    preset.name: preset
    for preset in (
        Preset("web", "Web, 1200 x 675", 1200, 675, 1, 13),
        Preset("slide", "Slide, 1920 x 1080", 1280, 720, 1.5, 16),
        Preset("square", "Square, 1080 x 1080", 720, 720, 1.5, 15),
        Preset("print", "Print, A4 landscape at 300 dpi (3508 x 2480)",
               3508 / PRINT_SCALE, 2480 / PRINT_SCALE, PRINT_SCALE, 12),
        Preset("portrait", "Print, A4 portrait at 300 dpi (2480 x 3508): time runs down",
               2480 / PRINT_SCALE, 3508 / PRINT_SCALE, PRINT_SCALE, 11, "vertical"),
    )
}  # fmt: skip


@dataclass(frozen=True)
class Look:
    """A background and the colours that must change to read on it."""

    name: str
    label: str
    paper: str
    ink: str
    muted: str
    legend: str
    recolour: tuple[tuple[str, str], ...] = ()  # (screen colour, export colour)


DARK_PAPER = "#15181C"
DARK = (
    (theme.INK, "#EDEDED"), (theme.MUTED, "#B4B4B4"), (theme.GRID, "#343A41"),
    ("#BBBBBB", "#59606A"), (theme.BAND, "#1F2328"), ("#000000", "#DADADA"),
    ("#FFFFFF", DARK_PAPER), ("white", DARK_PAPER), (theme.FADED, "#8A8A8A"),
)  # fmt: skip
# A lane's rims and status outlines are a darker shade of it (theme.rim), which vanishes on a
# dark page: there they are a lighter one. Black's rim is black, already made light above.
DARK_RIMS = tuple((theme.rim(colour), theme.lift(colour)) for colour in theme.LANE_COLOURS
                  if theme.rim(colour) not in dict(DARK))  # fmt: skip
LOOKS = {
    look.name: look
    for look in (
        Look("light", "Light", "white", theme.INK, theme.MUTED, "rgba(255,255,255,0.8)"),
        Look("dark", "Dark", DARK_PAPER, "#EDEDED", "#B4B4B4", "rgba(21,24,28,0.8)",
             DARK + DARK_RIMS),
        Look("transparent", "Transparent", "rgba(0,0,0,0)", theme.INK, theme.MUTED,
             "rgba(0,0,0,0)", ((theme.BAND, "rgba(128,128,128,0.12)"),)),
    )
}  # fmt: skip


def screen_look(theme_type: str | None) -> Look:
    """The look of a chart on screen for the page's theme (Streamlit's "light" or "dark",
    None before the browser said): dark on a dark page, else light."""
    return LOOKS["dark" if theme_type == "dark" else "light"]


def painted(fig: go.Figure, look: Look) -> go.Figure:
    """`fig` (drawn in the light look, as every figure is) in `look`: its colours swapped, its
    paper, text and key background the look's. The light look gives `fig` back."""
    if look.name == "light":
        return fig
    # Only colour strings change, so the figure stays as valid as it was: no second check.
    out = go.Figure(recolour(fig.to_plotly_json(), look), _validate=False)
    out.update_layout(paper_bgcolor=look.paper, plot_bgcolor=look.paper, font_color=look.ink,
                      legend_bgcolor=look.legend)  # fmt: skip
    out.update_traces(textfont_shadow=halo(look), selector={"name": "labels inside"})
    return out


def halo(look: Look) -> str:
    """The glow behind labels inside bars: the paper's colour, or none on a transparent one."""
    if look.name == "light":
        return HALO
    return "none" if look.paper.startswith("rgba(0,0,0,0") else HALO.replace("white", look.paper)


_RGBA = re.compile(r"rgba?\((\d+),\s*(\d+),\s*(\d+)(?:,\s*([\d.]+))?\)")


def _key(colour: str) -> str:
    """A colour's comparable form: "#rrggbb" for hex and rgb()/rgba(), the name otherwise."""
    colour = colour.strip().lower()
    match = _RGBA.fullmatch(colour.replace(" ", ""))
    if match:
        return "#" + "".join(f"{int(part):02x}" for part in match.groups()[:3])
    return colour


def recolour(value, look: Look):
    """`value` (a figure's JSON) with each of the look's screen colours swapped wherever a
    colour property holds it (never in text); an rgba colour keeps its alpha."""
    swaps = {_key(old): new for old, new in look.recolour}
    return _walk(value, swaps, False) if swaps else value


def _walk(value, swaps: dict, is_colour: bool):
    if isinstance(value, dict):
        return {key: _walk(inner, swaps, _colour_key(key)) for key, inner in value.items()}
    if isinstance(value, list | tuple):
        return [_walk(inner, swaps, is_colour) for inner in value]
    if is_colour and isinstance(value, str) and _key(value) in swaps:
        return _with_alpha(swaps[_key(value)], value)
    return value


def _colour_key(key: str) -> bool:
    return key.endswith("color") or key == "colorway"


def _with_alpha(new: str, old: str) -> str:
    match = _RGBA.fullmatch(old.strip().lower().replace(" ", ""))
    if not match or match.group(4) is None or not new.startswith("#"):
        return new
    rgb = ",".join(str(int(new[i : i + 2], 16)) for i in (1, 3, 5))
    return f"rgba({rgb},{match.group(4)})"
