"""Time the dashboard on generated datasets of 1k, 10k and 100k events; draw in a browser at 10k.

    .venv/bin/python bench/bench_dashboard.py [--sizes 1000 10000 100000] [--no-browser]

For each size: (a) cold load (read the CSV, build the events frame); (b) the pure pipeline
(filter + figure + fig.to_json()) and a rerun of the real script with AppTest after a topic
filter changes, next to a rerun with nothing changed and AppTest's cost on an empty script;
(c) for 10k events, a real browser (Debian Chromium): page.goto to "N of M events" shown and
to the chart drawn, in fresh contexts, a reload in the same context, and the same for the
built-in dataset (27 events) as a baseline (what any page costs, whatever its size).
Says each step as it starts, then prints a table of figures and the targets, MET or MISSED;
asserts nothing; never part of make test. Datasets are written to a temporary directory.
Browser helpers come from tests/conftest.py (needs make install-dev).
"""

from __future__ import annotations

import argparse
import logging
import os
import statistics
import sys
import tempfile
import time
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path[:0] = [str(ROOT), str(ROOT / "bench"), str(ROOT / "tests")]

from conftest import CHROMIUM, CHROMIUM_ARGS, VIEWPORT, start_server, stop_server  # noqa: E402
from datasets import TOPICS, write_dataset  # noqa: E402
from playwright.sync_api import sync_playwright  # noqa: E402
from streamlit.testing.v1 import AppTest  # noqa: E402

from dashboard.chart.figure import timeline_figure  # noqa: E402
from dashboard.chart.lanes import lane_palette  # noqa: E402
from dashboard.filters import filter_events  # noqa: E402
from dashboard.frame import events_frame  # noqa: E402
from dashboard.state.view import ViewState, chart_view  # noqa: E402
from events import load_dataset  # noqa: E402

APP = ROOT / "streamlit_app.py"
EMPTY_SCRIPT = "import streamlit as st\nst.write('nothing')\n"  # AppTest's own cost per run
SIZES = (1_000, 10_000, 100_000)
BROWSER_SIZE = 10_000
REPEATS = 3
# (measure, size): seconds at most.
TARGETS = {
    ("rerun after filter", 10_000): 0.3,
    ("rerun after filter", 100_000): 1.5,
    ("browser draw", 10_000): 3.0,
}
CHART = ".st-key-timeline .js-plotly-plot"
COUNT_SHOWN = """() => [...document.querySelectorAll("[data-testid=stCaptionContainer]")]
    .some(e => /^\\d+ of \\d+ events$/.test(e.textContent.trim()))"""
DRAWN = f"""() => {{
    const gd = document.querySelector({CHART!r});
    return !!(gd && gd.data && gd.data.length && gd._fullLayout
              && gd.querySelector(".cartesianlayer .trace path, .gl-container canvas"));
}}"""


class _NotBareMode(logging.Filter):
    """AppTest sets its session state from the main thread, where Streamlit logs "missing
    ScriptRunContext! This warning can be ignored when running in bare mode" each time."""

    def filter(self, record: logging.LogRecord) -> bool:
        return "missing ScriptRunContext" not in record.getMessage()


logging.getLogger("streamlit.runtime.scriptrunner_utils.script_run_context").addFilter(
    _NotBareMode()
)


def step(text: str) -> None:
    """Say what starts now: some steps take minutes at 100k events."""
    print(f"  ... {text}", flush=True)


def seconds(action: Callable[[], object]) -> float:
    return timed(action)[0]


def timed(action: Callable[[], object]) -> tuple[float, float]:
    """Wall and CPU seconds; CPU counts every thread of this process (AppTest runs the script
    in its own), so it shows the work done even when other programs slow the wall clock."""
    wall, cpu = time.perf_counter(), time.process_time()
    action()
    return time.perf_counter() - wall, time.process_time() - cpu


def median_of(action: Callable[[], object], repeats: int = REPEATS) -> float:
    return statistics.median(seconds(action) for _ in range(repeats))


def load_frame(path: Path):
    return events_frame(load_dataset(path).events)


def pipeline(df, state: ViewState) -> str:
    """What one rerun computes outside Streamlit: filtered rows, the figure, its JSON."""
    rows = filter_events(df, state)
    reference = df["published"].max()  # as the app does: the whole dataset's latest
    view = chart_view(state, rows, reference=reference, palette=lane_palette(df, state.lanes))
    return timeline_figure(rows, view).to_json()


def measure_pure(path: Path) -> dict[str, float]:
    """Cold load, then the pipeline unfiltered and with one topic chosen."""
    start = time.perf_counter()
    df = load_frame(path)
    cold = time.perf_counter() - start
    state = ViewState()
    return {
        "load + frame (cold)": cold,
        "pipeline, all events": median_of(lambda: pipeline(df, state)),
        "pipeline, one topic": median_of(lambda: pipeline(df, replace(state, topics=TOPICS[:1]))),
    }


def measure_apptest(path: Path) -> dict[str, float]:
    """The real script under AppTest: first run, a rerun with no change, reruns after a filter."""
    sys.argv = [str(APP), str(path)]
    at = AppTest.from_file(str(APP), default_timeout=600)
    first = seconds(at.run)
    unchanged = median_of(at.run)
    reruns = filter_reruns(at)
    failed = [str(e.value)[:200] for e in at.exception]
    if failed:
        print(f"  AppTest exceptions: {failed}")
    blank = AppTest.from_string(EMPTY_SCRIPT, default_timeout=60)
    blank.run()
    wall = {name: statistics.median(w for w, _ in runs) for name, runs in reruns.items()}
    cpu = {name: statistics.median(c for _, c in runs) for name, runs in reruns.items()}
    return {
        "AppTest first run": first,
        "rerun, nothing changed": unchanged,
        "rerun, topic chosen": wall["chosen"],
        "rerun, topic cleared": wall["cleared"],
        "rerun after filter": max(wall.values()),
        "rerun after filter, CPU": max(cpu.values()),
        "AppTest on an empty script": median_of(blank.run),
    }


def filter_reruns(at: AppTest) -> dict[str, list[tuple[float, float]]]:
    """(wall, CPU) of reruns after choosing one topic, and after clearing it again."""
    reruns = {"chosen": [], "cleared": []}
    for topic in TOPICS[:REPEATS]:
        reruns["chosen"].append(timed(at.multiselect(key="topics").set_value([topic]).run))
        reruns["cleared"].append(timed(at.multiselect(key="topics").set_value([]).run))
    return reruns


def measure_browser(path: Path | None, label: str = "") -> dict[str, float]:
    """Medians over fresh browser contexts: goto to "N of M events" shown, goto to the chart
    drawn (browser cache cold), reload to the chart drawn (cache warm); the first visit, which
    fills the server's data cache, is reported apart. `label` is appended to every name."""
    process, url = start_server(path)
    try:
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
            first, *visits = [visit(browser, url) for _ in range(REPEATS + 1)]
            browser.close()
    finally:
        stop_server(process)
    names = ("browser count shown", "browser draw", "browser draw, reload")
    columns = zip(*visits, strict=True)
    results = {"browser draw, server cold": first[1]}
    results |= {name: statistics.median(times) for name, times in zip(names, columns, strict=True)}
    return {name + label: value for name, value in results.items()}


def visit(browser, url: str) -> tuple[float, float, float]:
    """Seconds from goto to the count caption, to the chart drawn, and from reload to drawn."""
    context = browser.new_context(viewport=VIEWPORT)
    page = context.new_page()
    start = time.perf_counter()
    page.goto(url)
    page.wait_for_function(COUNT_SHOWN, timeout=300_000)
    shown = time.perf_counter() - start
    page.wait_for_function(DRAWN, timeout=300_000)
    drawn = time.perf_counter() - start
    start = time.perf_counter()
    page.reload()
    page.wait_for_function(DRAWN, timeout=300_000)
    reload = time.perf_counter() - start
    context.close()
    return shown, drawn, reload


def measure(size: int, folder: Path, browser: bool) -> dict[str, float]:
    print(f"-- {size:,} events", flush=True)
    step("writing the generated dataset")
    path = write_dataset(folder / f"events_{size}.csv", size)
    step(f"cold load ({path.stat().st_size / 1e6:.1f} MB), then filter + figure + JSON,"
         f" {REPEATS} times each")  # fmt: skip
    results = measure_pure(path)
    step(f"the app under AppTest: a first run, then {3 * REPEATS} reruns")
    results |= measure_apptest(path)
    if browser and size == BROWSER_SIZE:
        step(f"Chromium: {REPEATS + 1} fresh visits to the app on these events")
        results |= measure_browser(path)
        step(f"Chromium: {REPEATS + 1} fresh visits to the app on the built-in dataset")
        results |= measure_browser(None, label=", built-in dataset")
    for name, value in results.items():
        print(f"  {name:<40}{value:>9.3f} s", flush=True)
    return results


def report(results: dict[int, dict[str, float]]) -> None:
    sizes = list(results)
    names = list(dict.fromkeys(name for figures in results.values() for name in figures))
    print(f"\n{'seconds':<40}" + "".join(f"{size:>12,}" for size in sizes))
    for name in names:
        cells = (results[size].get(name) for size in sizes)
        print(f"{name:<40}" + "".join(_cell(value) for value in cells))
    print("\ntargets")
    for (name, size), limit in TARGETS.items():
        value = results.get(size, {}).get(name)
        verdict = "not run" if value is None else "MET" if value <= limit else "MISSED"
        shown = "-" if value is None else f"{value:.3f} s"
        print(f"  {name} at {size:,} events <= {limit} s: {shown} -> {verdict}")


def _cell(value: float | None) -> str:
    return f"{value:>12.3f}" if value is not None else f"{'-':>12}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=list(SIZES))
    parser.add_argument("--no-browser", action="store_true", help="skip the browser timing")
    args = parser.parse_args(argv)
    print(
        f"load average {os.getloadavg()[0]:.1f} on {os.cpu_count()} CPUs (figures are wall time"
        " unless marked CPU; a busy machine inflates them)"
    )
    with tempfile.TemporaryDirectory(prefix="timeline-bench-") as folder:
        results = {size: measure(size, Path(folder), not args.no_browser) for size in args.sizes}
    report(results)
    print(f"load average afterwards {os.getloadavg()[0]:.1f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
