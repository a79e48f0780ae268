"""Dressing a timeline for publication (dashboard/export/dressing.py): the figure as data."""

from __future__ import annotations

import plotly.graph_objects as go
import plotly.io as pio
import pytest

from dashboard.chart import theme
from dashboard.chart.text_width import text_px
from dashboard.chart.view import ChartView
from dashboard.export.dressing import dressed_figure, dressing, wrap
from dashboard.export.looks import PRESETS
from dashboard.frame import events_frame
from events.dataset import default_dataset
from tests.figure_boxes import label_boxes, outside, overlaps

EVENTS = events_frame(default_dataset().events)
CREDIT = "Source: CNBC, 25 Oct 2024, citing The Wall Street Journal · Chart: Timeline Desk"


def dressed(**options) -> go.Figure:
    return dressed_figure(EVENTS, **({"title": "T", "subtitle": "S", "credit": CREDIT} | options))


def credit_of(fig: go.Figure):
    return next(a for a in fig.layout.annotations if a.name == "credit")


@pytest.mark.parametrize("preset", list(PRESETS))
def test_the_chart_is_laid_out_for_the_preset_size(preset):
    fig = dressed(preset=preset)
    assert (fig.layout.width, fig.layout.height) == (round(PRESETS[preset].width),
                                                     round(PRESETS[preset].height))  # fmt: skip
    fig_json = fig.to_plotly_json()
    assert overlaps(fig_json) == [] and outside(fig_json) == []


@pytest.mark.parametrize(("preset", "least_px"), [("web", 13), ("slide", 24), ("print", 37)])
def test_labels_are_large_enough_for_the_medium(preset, least_px):
    """Label type in image pixels: 13 on the web, 24 on a 1920 x 1080 slide."""
    fig = dressed(preset=preset)
    sizes = [t.textfont.size for t in fig.data if t.name in ("labels", "labels inside", "more")]
    assert sizes and min(sizes) * PRESETS[preset].scale >= least_px


def test_the_web_image_labels_every_event_of_the_article():
    labelled = {box.id for box in label_boxes(dressed(preset="web").to_plotly_json())}
    assert labelled == set(EVENTS["id"])


def test_the_portrait_page_runs_down():
    fig = dressed(preset="portrait")
    assert [t for t in fig.data if t.name == "cards"]


def test_title_subtitle_and_credit_are_escaped_text():
    fig = dressed(title="<b>Bold</b> & <a href='x'>", subtitle="a < b", credit="<i>Gazette</i>")
    assert fig.layout.title.text == "&lt;b&gt;Bold&lt;/b&gt; &amp; &lt;a href='x'&gt;"
    assert fig.layout.title.subtitle.text == "a &lt; b"
    assert credit_of(fig).text == "&lt;i&gt;Gazette&lt;/i&gt;"


def test_empty_texts_add_nothing_and_keep_no_room():
    plain = dressing(PRESETS["web"])
    assert (plain.top, plain.bottom) == (14, 0)
    fig = dressed_figure(EVENTS)
    assert fig.layout.title.text == ""
    assert not [a for a in fig.layout.annotations if a.name == "credit"]


def test_the_header_pushes_the_plot_and_the_key_down():
    plain, fig = dressed_figure(EVENTS), dressed(title="A title", subtitle="A subtitle")
    assert fig.layout.margin.t > plain.layout.margin.t
    assert fig.layout.legend.y < plain.layout.legend.y


def test_the_credit_sits_below_the_plot_inside_the_image():
    fig = dressed()
    credit = credit_of(fig)
    assert (credit.yref, credit.y, credit.yanchor) == ("paper", 0, "top")
    below = -credit.yshift + credit.font.size * 1.3
    assert below <= fig.layout.margin.b


@pytest.mark.parametrize(
    ("theme_name", "paper", "ink"),
    [("light", "white", theme.INK), ("dark", "#15181C", "#EDEDED"),
     ("transparent", "rgba(0,0,0,0)", theme.INK)],
)  # fmt: skip
def test_themes_set_background_and_text_colours(theme_name, paper, ink):
    fig = dressed(theme=theme_name)
    assert (fig.layout.paper_bgcolor, fig.layout.plot_bgcolor) == (paper, paper)
    assert (fig.layout.font.color, fig.layout.title.font.color) == (ink, ink)


def test_dark_leaves_no_screen_ink_and_no_white_glow_behind():
    fig = dressed(theme="dark")
    text = fig.to_json()
    assert theme.INK not in text and theme.BAND not in text
    halos = [t.textfont.shadow for t in fig.data if t.name == "labels inside"]
    assert halos and all("white" not in halo for halo in halos)


def test_streamlit_template_never_leaks_into_an_export():
    import streamlit  # noqa: F401 - importing it makes "streamlit" plotly's default template

    previous = pio.templates.default
    pio.templates.default = "streamlit"
    try:
        fig = dressed()
    finally:
        pio.templates.default = previous
    assert fig.layout.template.layout.font.family == theme.FONT
    assert fig.layout.template.layout.colorway == theme.template().layout.colorway


@pytest.mark.parametrize("preset", list(PRESETS))
def test_long_titles_wrap_to_the_width(preset):
    long_title = "Elon Musk and Vladimir Putin: two decades of contacts, deals and disputes " * 2
    fig = dressed(title=long_title, preset=preset)
    lines = fig.layout.title.text.split("<br>")
    assert len(lines) >= 2
    assert max(text_px(line, fig.layout.title.font.size) for line in lines) < fig.layout.width


def test_wrap_escapes_each_line_within_the_width():
    lines = wrap("a < b " * 10, 20, 200)
    assert all(line.startswith("a &lt; b") for line in lines) and len(lines) >= 3
    assert all(text_px(line.replace("&lt;", "<"), 20) <= 200 for line in lines)


def test_the_view_asked_for_is_kept():
    fig = dressed_figure(EVENTS, ChartView(scale="sequential", lanes="all"), preset="web")
    assert fig.layout.xaxis.type == "linear" and list(fig.layout.yaxis.ticktext) == ["all events"]
