"""Export presets and looks (dashboard/export/looks.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from dashboard.chart import theme
from dashboard.chart.figure import timeline_figure
from dashboard.chart.view import ChartView
from dashboard.export.dressing import dressed_figure
from dashboard.export.looks import DARK_PAPER, LOOKS, PRESETS, painted, recolour, screen_look
from dashboard.frame import events_frame
from events import default_dataset


@pytest.mark.parametrize(
    ("name", "pixels"),
    [("web", (1200, 675)), ("slide", (1920, 1080)), ("square", (1080, 1080)),
     ("print", (3508, 2480))],
)  # fmt: skip
def test_preset_pixel_sizes(name, pixels):
    assert PRESETS[name].pixels == pixels


def test_print_is_a4_landscape_in_css_pixels():
    preset = PRESETS["print"]
    assert round(preset.width / 96 * 25.4) == 297
    assert round(preset.height / 96 * 25.4) == 210


@pytest.mark.parametrize(
    ("value", "expected"),
    [
        ({"color": theme.INK}, {"color": "#EDEDED"}),
        ({"fillcolor": "#f3f4f6"}, {"fillcolor": "#1F2328"}),
        ({"marker": {"color": ["rgba(0,0,0,0.5)", "#0072B2"]}}, {"marker": {"color": [
            "rgba(218,218,218,0.5)", "#0072B2"]}}),
        ({"line": {"color": "white"}}, {"line": {"color": "#15181C"}}),
        ({"text": "white", "name": "#222222"}, {"text": "white", "name": "#222222"}),
        ({"colorway": ["#000000"]}, {"colorway": ["#DADADA"]}),
    ],
)  # fmt: skip
def test_dark_recolours_colour_properties_only(value, expected):
    assert recolour(value, LOOKS["dark"]) == expected


def test_light_changes_nothing():
    figure = {"layout": {"font": {"color": theme.INK}}}
    assert recolour(figure, LOOKS["light"]) is figure


def test_readme_documents_every_preset_and_theme():
    readme = (Path(__file__).resolve().parents[1] / "README.md").read_text(encoding="utf-8")
    images = readme.split("### Images", 1)[1].split("\n## ", 1)[0]
    for name in PRESETS:
        assert f"| `{name}` |" in images, name
    for name in LOOKS:
        assert f"`{name}`" in images, name


def test_transparent_has_no_paper():
    assert LOOKS["transparent"].paper == "rgba(0,0,0,0)"


# --- Status outlines and rims read on every look's page. ------------------------------------

# The page each look is seen on: a transparent image keeps the light look's ink, so it is meant
# for a light page.
PAGES = {"light": "#FFFFFF", "dark": DARK_PAPER, "transparent": "#FFFFFF"}
GRAPHICS_CONTRAST = 3.0  # WCAG 2.2, 1.4.11: the parts of a graphic needed to understand it
LANES = len(theme.LANE_COLOURS)  # a lane in each colour, the grey of lanes past eight too


def luminance(colour: str) -> float:
    """WCAG relative luminance of "#RRGGBB" or "rgb(a)(r,g,b,...)"."""
    if colour.startswith("#"):
        channels = [int(colour[i : i + 2], 16) for i in (1, 3, 5)]
    else:
        channels = [int(part) for part in colour[colour.index("(") + 1 :].split(",")[:3]]
    linear = [c / 255 / 12.92 if c <= 10 else ((c / 255 + 0.055) / 1.055) ** 2.4
              for c in channels]  # fmt: skip
    return 0.2126 * linear[0] + 0.7152 * linear[1] + 0.0722 * linear[2]


def contrast(first: str, second: str) -> float:
    """WCAG contrast ratio of two colours, 1 to 21."""
    light, dark = sorted((luminance(first), luminance(second)), reverse=True)
    return (light + 0.05) / (dark + 0.05)


@pytest.mark.parametrize(("first", "second", "ratio"),
                         [("#FFFFFF", "#000000", 21.0), ("#777777", "#FFFFFF", 4.48),
                          ("rgba(0,114,178,1)", "#0072B2", 1.0)])  # fmt: skip
def test_contrast_is_the_wcag_ratio(first, second, ratio):
    assert contrast(first, second) == pytest.approx(ratio, abs=0.01)


def one_span_per_lane(event_factory, status: str) -> pd.DataFrame:
    """A year in each of LANES lanes, every one of them `status`."""
    df = events_frame([event_factory(f"e{i}", "a year", date(2010 + i, 1, 1),
                                     date(2010 + i, 12, 31), "year", topics=(f"lane {i}",))
                       for i in range(LANES)])  # fmt: skip
    df["status"] = status
    return df


def strokes(fig: dict, status: str, values) -> list[str]:
    """The visible strokes that draw `status` spans: dashed outlines for planned and claimed,
    the solid rims of the bars for events that happened."""
    if status != "happened":
        return [t["line"]["color"] for t in fig["data"] if t.get("name") == f"{status} outline"]
    rims = [c for t in fig["data"] if str(t.get("name", "")).endswith(" span")
            for c in values(t["marker"]["line"]["color"])]  # fmt: skip
    return [c for c in rims if not c.replace(" ", "").endswith(",0)")]


@pytest.mark.parametrize("preset", ["web", "portrait"])
@pytest.mark.parametrize("status", ["happened", "planned", "claimed"])
@pytest.mark.parametrize("look", list(LOOKS))
def test_span_outlines_read_on_the_page_in_every_look(event_factory, values, look, status,
                                                      preset):  # fmt: skip
    df = one_span_per_lane(event_factory, status)
    fig = dressed_figure(df, preset=preset, theme=look).to_plotly_json()
    colours = strokes(fig, status, values)
    assert len(set(colours)) == LANES  # every lane colour is checked
    faint = {c: round(contrast(c, PAGES[look]), 2) for c in colours
             if contrast(c, PAGES[look]) < GRAPHICS_CONTRAST}  # fmt: skip
    assert faint == {}


def test_every_look_names_its_page():
    assert set(PAGES) == set(LOOKS)


def one_day_per_lane(event_factory, status: str, approximate: bool) -> pd.DataFrame:
    """A day in each of LANES lanes, every one of them `status` (approximate or not)."""
    df = events_frame([event_factory(f"d{i}", "a day", date(2010 + i, 5, 1), date(2010 + i, 5, 1),
                                     "day", topics=(f"lane {i}",))
                       for i in range(LANES)])  # fmt: skip
    df["status"], df["approximate"] = status, approximate
    return df


@pytest.mark.parametrize("preset", ["web", "portrait"])
@pytest.mark.parametrize(
    ("status", "approximate"), [("planned", False), ("claimed", False), ("happened", True)]
)
@pytest.mark.parametrize("look", list(LOOKS))
def test_day_rings_read_on_the_page_in_every_look(event_factory, values, look, status,
                                                  approximate, preset):  # fmt: skip
    df = one_day_per_lane(event_factory, status, approximate)
    fig = dressed_figure(df, preset=preset, theme=look).to_plotly_json()
    rings = [colour for t in fig["data"] if t.get("name") == "day"
             for colour in values(t["marker"]["color"])]  # fmt: skip
    assert len(set(rings)) == LANES  # every lane colour is checked
    faint = {c: round(contrast(c, PAGES[look]), 2) for c in rings
             if contrast(c, PAGES[look]) < GRAPHICS_CONTRAST}  # fmt: skip
    assert faint == {}


# --- The screen's chart in the page's theme: its text reads on whatever it sits on. ----------

TEXT_CONTRAST = 4.5  # WCAG 2.2, 1.4.3: text
ARTICLE = events_frame(default_dataset().events)


@pytest.mark.parametrize(
    ("theme_type", "look"),
    [(None, "light"), ("light", "light"), ("dark", "dark"), ("unknown", "light")],
)
def test_the_screen_look_follows_the_page(theme_type, look):
    assert screen_look(theme_type).name == look


def test_the_light_screen_is_the_figure_as_drawn():
    fig = timeline_figure(ARTICLE)
    assert painted(fig, LOOKS["light"]) is fig


def test_a_dark_screen_is_a_new_figure_on_dark_paper():
    fig = timeline_figure(ARTICLE)  # a drawing every session of the server shares
    drawn = fig.to_plotly_json()
    dark = painted(fig, LOOKS["dark"])
    assert fig.to_plotly_json() == drawn
    assert (dark.layout.paper_bgcolor, dark.layout.plot_bgcolor) == (DARK_PAPER, DARK_PAPER)


def opaque(colour: str, paper: str) -> str:
    """`colour` as "#RRGGBB" as seen over `paper` (its alpha blended in)."""
    named = {"white": "#FFFFFF"}
    colour, paper = named.get(colour, colour), named.get(paper, paper)
    if colour.startswith("#"):
        return colour.upper()
    parts = [float(part) for part in colour[colour.index("(") + 1 : -1].split(",")]
    alpha = parts[3] if len(parts) == 4 else 1.0
    under = [int(paper[i : i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(alpha * c + (1 - alpha) * u):02X}"
                         for c, u in zip(parts[:3], under, strict=False))  # fmt: skip


def texts_of(value, found: list, inside: str = "") -> list[str]:
    """Every text colour of a figure's JSON (fonts of traces, axes, notes, key, template),
    leaving out labels inside bars: their halo of paper colour carries them."""
    if isinstance(value, dict):
        if value.get("name") == "labels inside":
            return found
        for key, inner in value.items():
            if key.endswith("font") and isinstance(inner, dict) and isinstance(
                    inner.get("color"), str):  # fmt: skip
                found.append(inner["color"])
            texts_of(inner, found)
    elif isinstance(value, list):
        for inner in value:
            texts_of(inner, found)
    return found


def grounds_of(fig: dict, values) -> list[str]:
    """What text sits on, opaque: the paper, lane bands and cuts, and the vertical cards."""
    layout = fig["layout"]
    paper = layout.get("paper_bgcolor") or layout["template"]["layout"]["paper_bgcolor"]
    grounds = [paper] + [shape["fillcolor"] for shape in layout.get("shapes", [])
                         if shape.get("name") in ("lane band", "cut")]  # fmt: skip
    grounds += [c for t in fig["data"] if t.get("name") == "cards"
                for c in values(t["marker"]["color"])]  # fmt: skip
    return sorted({opaque(colour, opaque(paper, "#FFFFFF")) for colour in grounds})


SCREENS = {
    "article, collapsed": (ARTICLE, ChartView(width=900, scale="collapsed")),
    "article, a click": (ARTICLE, ChartView(width=900, selected=ARTICLE["id"].iloc[0])),
    "phone cards": (ARTICLE, ChartView(width=390)),
}


@pytest.mark.parametrize("look", ["light", "dark"])
@pytest.mark.parametrize("screen", [*SCREENS, "a card in every lane colour"])
def test_screen_text_reads_on_what_it_sits_on(event_factory, values, look, screen):
    df, view = SCREENS.get(screen) or (one_day_per_lane(event_factory, "happened", False),
                                       ChartView(width=390))  # fmt: skip
    fig = painted(timeline_figure(df, view), screen_look(look)).to_plotly_json()
    texts = sorted({opaque(c, "#FFFFFF") for c in texts_of(fig, [])})
    grounds = grounds_of(fig, values)
    assert len(texts) >= 2 and grounds  # ink and muted at least, on the paper at least
    faint = [(text, ground, round(contrast(text, ground), 2)) for text in texts
             for ground in grounds if contrast(text, ground) < TEXT_CONTRAST]  # fmt: skip
    assert faint == []


@pytest.mark.parametrize("look", ["light", "dark"])
def test_faded_labels_read_on_the_page_and_its_bands(look):
    paper = PAGES[look]
    swaps = dict(LOOKS[look].recolour)
    faded, band = swaps.get(theme.FADED, theme.FADED), swaps.get(theme.BAND, theme.BAND)
    assert min(contrast(faded, paper), contrast(faded, band)) >= TEXT_CONTRAST
