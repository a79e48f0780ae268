"""Shared fixtures: events built from Event and DateSpan (no parsing); a live app and a browser."""

from __future__ import annotations

import base64
import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from datetime import date
from pathlib import Path

import numpy as np
import pytest
from playwright.sync_api import Error as PlaywrightError
from playwright.sync_api import Page, expect, sync_playwright

from events.event import Event
from events.span import DateSpan

PUBLISHED = date(2024, 10, 25)


def make_event(
    id: str,
    written: str,
    start: date | None,
    end: date | None = None,
    precision: str = "day",
    topics: tuple[str, ...] = ("space",),
    error: str = "",
    **span_fields,
) -> Event:
    """An event whose span is given, not parsed; start=None makes an unplaced (error) event."""
    span = None
    if start is not None:
        span = DateSpan(start, end or start, precision, text=written, **span_fields)
    return Event(
        id=id,
        date=written,
        title=f"Title of {id}",
        span=span,
        topics=topics,
        actors=("Elon Musk", "SpaceX"),
        published=PUBLISHED,
        error=error,
    )


SAMPLE = (
    make_event("launch", "September 9, 2024", date(2024, 9, 9)),
    make_event("launch-month", "September 2024", date(2024, 9, 1), date(2024, 9, 30), "month"),
    make_event("icbm-trip", "in 2013", date(2013, 1, 1), date(2013, 12, 31), "year"),
    make_event(
        "sanctions", "April 2018", date(2018, 4, 1), date(2018, 4, 30), "month", ("Russia",)
    ),
    make_event("seat-lost", "2018", date(2018, 1, 1), date(2018, 12, 31), "year", ("US politics",)),
    make_event(
        "talks",
        "since late 2022",
        date(2022, 9, 1),
        PUBLISHED,
        "year",
        ("Russia", "Ukraine"),
        qualifier="since",
        ongoing=True,
    ),
    make_event(
        "conversation",
        "about 18 months ago",
        date(2023, 4, 1),
        date(2023, 4, 30),
        "month",
        approximate=True,
        qualifier="about",
    ),
    make_event("boom", "the 2010s", date(2010, 1, 1), date(2019, 12, 31), "decade", ("business",)),
    make_event("someday", "someday", None, topics=("media",), error="no date found in 'someday'"),
)


@pytest.fixture
def sample_events() -> list[Event]:
    """Nine events: day, month, year, decade, ongoing, approximate, overlapping, one unplaced."""
    return list(SAMPLE)


@pytest.fixture
def published() -> date:
    return PUBLISHED


@pytest.fixture
def event_factory():
    """make_event, for tests that need their own events."""
    return make_event


def plotly_values(value):
    """A figure JSON array as a list, whether plain or plotly 7's {"dtype", "bdata"} encoding."""
    if isinstance(value, dict) and "bdata" in value:
        array = np.frombuffer(base64.b64decode(value["bdata"]), dtype=value["dtype"])
        shape = [int(n) for n in str(value.get("shape", len(array))).split(",")]
        return array.reshape(shape).tolist()
    return list(value) if isinstance(value, list | tuple) else value


@pytest.fixture
def values():
    """plotly_values as a fixture (test modules should not import conftest)."""
    return plotly_values


# --- Browser tests: a real `streamlit run` server and Debian's Chromium via Playwright. -------

ROOT = Path(__file__).resolve().parents[1]
CHROMIUM = os.environ.get("CHROMIUM", "/usr/bin/chromium")
CHROMIUM_ARGS = [
    "--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking",
    "--disable-component-update", "--disable-sync", "--no-first-run", "--disable-quic",
]  # fmt: skip
VIEWPORT = {"width": 1280, "height": 720}
SCREENSHOTS = ROOT / "test-output" / "screenshots"
SERVER_LOGS = ROOT / "test-output" / "logs"
SERVER_START_SECONDS = 60
BROWSER_TIMEOUT_MS = 30_000  # per wait: a busy 2-core CI machine reruns a page in seconds
LOCAL = urllib.request.build_opener(urllib.request.ProxyHandler({}))  # never via a proxy


def free_port() -> int:
    """A TCP port nobody listens on right now (the OS picks it)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def start_server(
    dataset: str | Path | None = None, script: Path = ROOT / "streamlit_app.py"
) -> tuple[subprocess.Popen, str]:
    """`streamlit run` (of the app, or of `script`) in its own process group; returns it and
    its URL once healthy."""
    port = free_port()
    command = [
        sys.executable, "-m", "streamlit", "run", str(script),
        "--server.headless", "true", "--server.port", str(port),
        "--server.address", "127.0.0.1", "--browser.gatherUsageStats", "false",
    ]  # fmt: skip
    if dataset is not None:
        command += ["--", str(dataset)]
    log = SERVER_LOGS / f"streamlit-{port}.log"
    log.parent.mkdir(parents=True, exist_ok=True)
    with log.open("wb") as out:  # the server keeps its own copy of the handle
        process = subprocess.Popen(
            command, cwd=ROOT, stdout=out, stderr=subprocess.STDOUT, start_new_session=True
        )
    url = f"http://127.0.0.1:{port}"
    try:
        wait_healthy(process, url, log)
    except BaseException:
        stop_server(process)
        raise
    return process, url


def wait_healthy(process: subprocess.Popen, url: str, log: Path) -> None:
    """Poll /_stcore/health until it answers ok; fail with the server's output if it dies."""
    deadline = time.monotonic() + SERVER_START_SECONDS
    while time.monotonic() < deadline:
        if process.poll() is not None:
            raise RuntimeError(f"streamlit exited early:\n{log.read_text(errors='replace')}")
        try:
            with LOCAL.open(f"{url}/_stcore/health", timeout=2) as response:
                if response.status == 200:
                    return
        except OSError:
            time.sleep(0.2)
    raise RuntimeError(f"streamlit at {url} not healthy after {SERVER_START_SECONDS} s")


def stop_server(process: subprocess.Popen) -> None:
    """Terminate the server's whole process group, killing it if it lingers."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 10)):
        try:
            os.killpg(process.pid, sig)
        except ProcessLookupError:
            return
        try:
            process.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


@pytest.fixture(scope="session")
def app_server_factory():
    """start(dataset=None) -> URL of a server for that dataset; one per dataset, per session."""
    servers: dict[str, tuple[subprocess.Popen, str]] = {}

    def start(dataset: str | Path | None = None) -> str:
        key = str(dataset or "")
        if key not in servers:
            servers[key] = start_server(dataset)
        return servers[key][1]

    yield start
    for process, _ in servers.values():
        stop_server(process)


@pytest.fixture(scope="session")
def app_server(app_server_factory) -> str:
    """The URL of the dashboard on its built-in dataset."""
    return app_server_factory()


@pytest.fixture(scope="session")
def browser():
    """Headless Debian Chromium (never a downloaded one: no `playwright install`)."""
    if not os.access(CHROMIUM, os.X_OK):
        pytest.fail(f"{CHROMIUM} is missing: run `make browser` (apt-get install chromium)")
    expect.set_options(timeout=BROWSER_TIMEOUT_MS)
    with sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser):
    """A fresh 1280x720 page in its own context (no cookies or storage shared)."""
    context = browser.new_context(viewport=VIEWPORT)
    context.set_default_timeout(BROWSER_TIMEOUT_MS)
    yield context.new_page()
    context.close()


@pytest.fixture
def device(browser):
    """open(**context options): a fresh page in its own context (viewport, touch, colour scheme);
    every context is closed when the test ends."""
    contexts = []

    def open_page(**options) -> Page:
        options.setdefault("viewport", VIEWPORT)
        context = browser.new_context(**options)
        context.set_default_timeout(BROWSER_TIMEOUT_MS)
        contexts.append(context)
        return context.new_page()

    yield open_page
    for context in contexts:
        context.close()


@pytest.fixture
def screenshot():
    """shot(page, name): save a PNG of the viewport to test-output/screenshots/<name>.png."""
    SCREENSHOTS.mkdir(parents=True, exist_ok=True)

    def shot(page, name: str) -> Path:
        path = SCREENSHOTS / f"{name}.png"
        page.screenshot(path=str(path))
        return path

    return shot


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item, call):
    """On a failed browser test, keep a screenshot of what the page showed."""
    report = yield
    page = item.funcargs.get("page") if hasattr(item, "funcargs") else None
    if report.when == "call" and report.failed and page is not None:
        SCREENSHOTS.mkdir(parents=True, exist_ok=True)
        name = re.sub(r"[^\w.-]+", "_", item.name)
        with contextlib.suppress(PlaywrightError):  # a closed page must not hide the failure
            page.screenshot(path=str(SCREENSHOTS / f"FAILED-{name}.png"))
    return report
