"""Time the labelled timeline (never part of make test).

    .venv/bin/python bench/bench_labels.py [--sizes 100 1000 3000] [--no-browser]

(a) Label layout: chart.placement.place on generated datasets, for a 1,100 px screen chart
(target: at most 50 ms for 1,000 events), next to the whole figure (filter-free timeline_figure:
lanes, scale, marks, labels) for the same events. (b) In Debian Chromium: goto to the chart
drawn for the built-in dataset on the app, against a page that draws the same events as a plain
px.scatter, medians of fresh browser contexts in the same run, and their ratio.
"""

from __future__ import annotations

import argparse
import os
import statistics
import sys
import tempfile
import time
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

from conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, start_server, stop_server  # noqa: E402
from datasets import write_dataset  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402

from dashboard.chart import scales  # noqa: E402
from dashboard.chart.drawn import axis_for, drawn, marks_for  # noqa: E402
from dashboard.chart.figure import hover_text, timeline_figure  # noqa: E402
from dashboard.chart.label_traces import with_label_texts  # noqa: E402
from dashboard.chart.labels import label_texts, priority  # noqa: E402
from dashboard.chart.lanes import lane_palette, placed_rows  # noqa: E402
from dashboard.chart.placement import place  # noqa: E402
from dashboard.chart.text_width import text_px  # noqa: E402
from dashboard.chart.view import ChartView, Sizes  # noqa: E402
from dashboard.frame import events_frame  # noqa: E402
from events import load_dataset  # noqa: E402

SIZES = (100, 1_000, 3_000)
WIDTH, BUDGET = 1_100, 60  # px of chart, rows a 1,600 px screen chart holds
LAYOUT_TARGET = 0.050  # seconds for 1,000 events
REPEATS = 7
VISITS = 5
CHART = ".stPlotlyChart .js-plotly-plot"
DRAWN = f"""() => {{
    const gd = document.querySelector({CHART!r});
    return !!(gd && gd._fullLayout && gd.querySelector(".cartesianlayer .trace path"));
}}"""


def layout_inputs(df, sizes: Sizes):
    """What place() is given for these events, computed once (not timed)."""
    rows = placed_rows(df, palette=lane_palette(df)).reset_index(drop=True)
    rows["hover"] = hover_text(rows)
    rows = with_label_texts(rows, label_texts(rows))
    scale = scales.scale_for(rows, "auto", rows["published"].max())
    axis = axis_for(scale, WIDTH - 160)
    dot = sizes.row * 0.55
    rows, pieces = drawn(rows, axis, dot)
    widths = np.array([text_px(t, sizes.font) * 1.03 + 1 for t in rows["label_text"]])
    return marks_for(rows, pieces, axis, dot, widths, priority(rows)), axis.width


def median_seconds(action) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        action()
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def measure_layout(sizes: list[int]) -> None:
    print(f"{'events':>8}{'labels placed':>15}{'layout ms':>11}{'whole figure ms':>17}")
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        for size in sizes:
            df = events_frame(load_dataset(write_dataset(Path(folder) / f"{size}.csv", size))
                              .events)  # fmt: skip
            marks, width = layout_inputs(df, Sizes(13))
            placed = place(marks, width, BUDGET)
            layout = median_seconds(lambda m=marks, w=width: place(m, w, BUDGET))
            view = ChartView(width=WIDTH, palette=lane_palette(df))
            whole = median_seconds(lambda d=df, v=view: timeline_figure(d, v))
            verdict = ""
            if size == 1_000:
                verdict = f"  [target <= {LAYOUT_TARGET * 1000:.0f} ms: " + (
                    "met]" if layout <= LAYOUT_TARGET else "MISSED]")
            print(f"{size:>8,}{int(placed.labelled.sum()):>15,}{layout * 1000:>11.1f}"
                  f"{whole * 1000:>17.1f}{verdict}", flush=True)  # fmt: skip


def draw_times(script: Path) -> list[float]:
    """Seconds from goto to the chart drawn, in fresh contexts, after one warm-up visit."""
    process, url = start_server(script=script)
    times = []
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            for visit in range(VISITS + 1):
                context = browser.new_context(viewport=VIEWPORT)
                page = context.new_page()
                start = time.perf_counter()
                page.goto(url)
                page.wait_for_function(DRAWN, timeout=120_000)
                if visit:  # the first visit also fills the server's caches
                    times.append(time.perf_counter() - start)
                context.close()
            browser.close()
    finally:
        stop_server(process)
    return times


def measure_browser() -> None:
    ours = statistics.median(draw_times(ROOT / "streamlit_app.py"))
    plain = statistics.median(draw_times(ROOT / "bench" / "apps" / "plain_scatter.py"))
    print(f"\nbrowser, goto to chart drawn (median of {VISITS} fresh contexts, built-in dataset)")
    print(f"  Timeline Desk (labelled timeline): {ours:.2f} s")
    print(f"  plain px.scatter of the same events: {plain:.2f} s")
    print(f"  ratio: {ours / plain:.2f}x")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--no-browser", action="store_true", help="skip the browser timing")
    args = parser.parse_args(argv)
    print(f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs")
    measure_layout(args.sizes)
    if not args.no_browser:
        measure_browser()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
