"""Time image export: a cold start (new browser) against warm exports, per format, in one run.

    .venv/bin/python bench/bench_export.py [--repeat N] [--check]

The cold figure is a fresh `Renderer`'s first PNG (browser start included); warm figures are
medians of N exports per format and preset on that same renderer, back to back and a second
apart (as a reader's downloads come: kaleido's page reload then happens between exports).
Prints each file's size. Then the handout of the built-in deck (29 slides), one and six slides
per page on the same warm renderer: seconds for the whole PDF and per page (median of 3).
Targets: warm PNG (web) at most 0.5 s, cold at most 3 s; with --check, exits 1 when missed.
Needs Chromium (`make browser`). Never part of `make test`.
"""

from __future__ import annotations

import argparse
import statistics
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from dashboard.export.credits import credit_line
from dashboard.export.handout.pdf import PER_PAGE, handout_pdf, page_count
from dashboard.export.images import FORMATS, Renderer, export_image
from dashboard.frame import events_frame
from dashboard.present.slides import slide_order
from events.dataset import default_dataset

WARM_TARGET, COLD_TARGET = 0.5, 3.0
HANDOUT_REPEAT = 3
CASES = [(fmt, "web") for fmt in FORMATS] + [("png", "print"), ("pdf", "print")]


def timed(renderer: Renderer, events, fmt: str, preset: str, credit: str, pause: float = 0
          ) -> tuple[float, int]:  # fmt: skip
    """Seconds for one export (layout for the preset included) after `pause` seconds idle,
    and the file's size in bytes."""
    time.sleep(pause)
    start = time.perf_counter()
    data = export_image(events, fmt=fmt, preset=preset, title="Elon Musk and Vladimir Putin",
                        subtitle="All 27 events", credit=credit, renderer=renderer)
    return time.perf_counter() - start, len(data)  # fmt: skip


def handouts(renderer: Renderer, events, name: str) -> None:
    """Print the time to draw and join the handout of the deck, per layout."""
    order = slide_order(events)
    print(f"  ... the handout of {len(order) + 2} slides, {HANDOUT_REPEAT} times per layout",
          flush=True)  # fmt: skip
    print(f"{'handout':16}{'pages':>6}{'PDF s':>9}{'per page s':>12}{'size KiB':>10}")
    for per_page in PER_PAGE:
        runs = []
        for _ in range(HANDOUT_REPEAT):
            start = time.perf_counter()
            size = len(handout_pdf(order, name, per_page, renderer))
            runs.append(time.perf_counter() - start)
        pages = page_count(order, per_page)
        median = statistics.median(runs)
        print(f"{f'{per_page} per page':16}{pages:6}{median:9.2f}{median / pages:12.3f}"
              f"{size / 1024:10.0f}")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7, help="warm exports per case")
    parser.add_argument("--check", action="store_true", help="exit 1 when a target is missed")
    args = parser.parse_args()
    dataset = default_dataset()
    fig = events_frame(dataset.events)
    credit = credit_line(event.source for event in dataset.events)
    renderer = Renderer()
    print("  ... starting a browser for the first PNG", flush=True)
    cold, size = timed(renderer, fig, "png", "web", credit)
    print(f"cold start + first PNG (web): {cold:.2f} s, {size / 1024:.0f} KiB"
          f"  [target <= {COLD_TARGET:.0f} s: {'ok' if cold <= COLD_TARGET else 'MISSED'}]")
    print(f"  ... {args.repeat} exports per row back to back, then {args.repeat} a second apart",
          flush=True)  # fmt: skip
    print(f"{'format':8}{'preset':8}{'back to back s':>16}{'1 s apart s':>13}{'size KiB':>10}")
    warm_png = 0.0
    for fmt, preset in CASES:
        runs = [timed(renderer, fig, fmt, preset, credit) for _ in range(args.repeat)]
        apart = [timed(renderer, fig, fmt, preset, credit, 1.0) for _ in range(args.repeat)]
        median = statistics.median(run[0] for run in runs)
        spaced = statistics.median(run[0] for run in apart)
        warm_png = spaced if (fmt, preset) == ("png", "web") else warm_png
        print(f"{fmt:8}{preset:8}{median:16.3f}{spaced:13.3f}{runs[-1][1] / 1024:10.0f}")
    handouts(renderer, fig, dataset.name)
    renderer.close()
    ok = warm_png <= WARM_TARGET and cold <= COLD_TARGET
    print(f"warm PNG (web), 1 s apart, median {warm_png:.3f} s  [target <= {WARM_TARGET} s:"
          f" {'ok' if warm_png <= WARM_TARGET else 'MISSED'}]")
    return 1 if args.check and not ok else 0


if __name__ == "__main__":
    raise SystemExit(main())
