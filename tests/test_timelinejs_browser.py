"""Exports opened in the real TimelineJS (3.9.11, tests/timelinejs, installed by `make test`
with npm from its lock file), served locally and loaded in headless Chromium: every dated
event has its slide with the right headline and date. Nothing is fetched from the network.
The browser and `page` fixtures (Debian's Chromium through Playwright) are conftest's."""

from __future__ import annotations

import functools
import html
import threading
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path

import pytest

from events import formats
from events.dataset import Dataset, default_dataset
from events.dataset.builtin import builtin_dataset
from events.dataset.rows import RawRow, build_event
from events.formats.cells import neutralise
from tests.golden import fixture

DIST = Path(__file__).parent / "timelinejs" / "node_modules" / "@knight-lab" / "timelinejs" / "dist"
PAGE = """<!doctype html>
<html><head><meta charset="utf-8"><link rel="stylesheet" href="/tl/css/timeline.css"></head>
<body><div id="timeline" style="width: 1200px; height: 700px"></div>
<script src="/tl/js/timeline.js"></script>
<script>
  window.tlErrors = [];
  window.addEventListener("error", (e) => window.tlErrors.push(String(e.message)));
  const tl = new TL.Timeline("timeline", new URLSearchParams(location.search).get("data"),
                             {script_path: "/tl/js/", font: null, hash_bookmark: false});
  tl.on("loaded", () => { window.tlLoaded = true; });
</script></body></html>
"""
SLIDES = """() => [...document.querySelectorAll(".tl-slide")].map((slide) => ({
  headline: slide.querySelector(".tl-headline")?.textContent ?? "",
  date: slide.querySelector(".tl-headline-date")?.textContent ?? "",
  title: slide.classList.contains("tl-slide-titleslide"),
}))"""


def deep_time() -> Dataset:
    """Three events from the Earth's formation to the Moon landing, given by start and end."""
    rows = [("earth", "The Earth forms", "-4499999999-01-01", "-4499999999-12-31"),
            ("chicxulub", "An asteroid ends the dinosaurs", "-65999999-01-01", "-65999999-12-31"),
            ("moon", "Apollo 11 lands on the Moon", "1969-07-20", "1969-07-20")]  # fmt: skip
    events = [build_event(RawRow(f"deep.csv, line {n}", n, {"id": id_, "title": title,
                                                            "start": start, "end": end}))
              for n, (id_, title, start, end) in enumerate(rows, 2)]  # fmt: skip
    return Dataset("Deep time", tuple(events))


# The built-in news and history (Rome, 264 BC to AD 476) datasets, the golden fixture, and
# deep time (TimelineJS draws years before 271,821 BC on its cosmological scale).
DATASETS = {"default": default_dataset(), "saltmarsh": fixture(),
            "history": builtin_dataset("history"), "deep": deep_time()}  # fmt: skip

# Whether the slide whose headline starts with the text has come to rest in view.
SLID_IN = """(headline) => [...document.querySelectorAll(".tl-slide")].some((slide) =>
  slide.querySelector(".tl-headline")?.textContent.startsWith(headline)
  && Math.abs(slide.getBoundingClientRect().left
              - document.getElementById("timeline").getBoundingClientRect().left) < 2)"""


@pytest.fixture(scope="module")
def site(tmp_path_factory):
    """A local server for TimelineJS, the page and the exported files; yields its URL."""
    assert (DIST / "js" / "timeline.js").is_file(), (
        "TimelineJS is not installed: run `make test` (npm ci in tests/timelinejs)"
    )
    root = tmp_path_factory.mktemp("site")
    (root / "tl").symlink_to(DIST, target_is_directory=True)
    (root / "index.html").write_text(PAGE, encoding="utf-8")
    for name, dataset in DATASETS.items():
        for fmt, suffix in (("timelinejs", ".json"), ("timelinejs-csv", ".csv")):
            text = formats.get(fmt).writer(dataset.events, dataset.name)
            (root / f"{name}{suffix}").write_text(text, encoding="utf-8")
    handler = functools.partial(_QuietHandler, directory=str(root))
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    threading.Thread(target=server.serve_forever, daemon=True).start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()


class _QuietHandler(SimpleHTTPRequestHandler):
    def log_message(self, *args) -> None:
        pass


def load(page, site: str, data: str) -> tuple[list[dict], list[str]]:
    """The slides TimelineJS drew for `data`, and any request that left this machine."""
    outside: list[str] = []

    def route(request_route):
        if request_route.request.url.startswith(site):
            request_route.continue_()
        else:
            outside.append(request_route.request.url)
            request_route.abort()

    page.route("**/*", route)
    page.goto(f"{site}/index.html?data={data}")
    page.wait_for_function("window.tlLoaded === true || window.tlErrors.length > 0",
                           timeout=30_000)  # fmt: skip
    assert page.evaluate("window.tlErrors") == []
    assert page.locator(".tl-message-full .tl-message-content").all_inner_texts() in ([], [""])
    slides = page.evaluate(SLIDES)
    page.unroute("**/*")
    return slides, outside


def expected(dataset: Dataset, sheet: bool) -> list[tuple[str, str]]:
    """(headline, date) per dated event, as TimelineJS should show them."""
    shown = []
    for event in dataset.events:
        if event.span is None:
            continue
        title = html.unescape(html.escape(event.title))
        shown.append((neutralise(title) if sheet else title, event.date))
    return sorted(shown)


@pytest.mark.parametrize("name", ["default", "saltmarsh", "history", "deep"])
@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_every_dated_event_has_its_slide(page, site, name, suffix):
    dataset = DATASETS[name]
    slides, outside = load(page, site, f"{name}{suffix}")
    assert outside == []
    title_slides = [slide for slide in slides if slide["title"]]
    assert [slide["headline"] for slide in title_slides] == [dataset.name]
    drawn = sorted((s["headline"], s["date"]) for s in slides if not s["title"])
    wanted = expected(dataset, sheet=suffix == ".csv")
    assert [headline for headline, _ in drawn] == [headline for headline, _ in wanted]
    for (headline, date_shown), (_, written) in zip(drawn, wanted, strict=True):
        assert date_shown == written if written else date_shown.strip(), headline


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_a_bc_year_shows_as_the_year_we_wrote(page, site, screenshot, suffix):
    """The fixture's 12th century BC (astronomical -1199 to -1100) is written -1200 to -1101,
    which TimelineJS labels 1200 BCE to 1101 BCE."""
    slides, _ = load(page, site, f"saltmarsh{suffix}")
    (hoard,) = [slide for slide in slides if slide["headline"].startswith("Bronze Age axe")]
    assert hoard["date"].split() == ["1200", "BCE", "—", "1101", "BCE"], hoard["date"]
    page.locator(".tl-slidenav-next").first.click()  # from the title slide to the first event
    page.wait_for_function(SLID_IN, arg="Bronze Age axe", timeout=10_000)
    screenshot(page, f"timelinejs_bc_{suffix.lstrip('.')}")


@pytest.mark.parametrize("suffix", [".json", ".csv"])
def test_deep_time_is_drawn_on_the_cosmological_scale(page, site, screenshot, suffix):
    slides, _ = load(page, site, f"deep{suffix}")
    assert [slide["date"] for slide in slides if not slide["title"]] == [
        "4.50 billion years ago", "66.0 million years ago", "July 20, 1969"]  # fmt: skip
    screenshot(page, f"timelinejs_deep_{suffix.lstrip('.')}")
