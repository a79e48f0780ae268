"""Images of figures (PNG, SVG, PDF) through kaleido and one persistent Chromium.

The browser starts on the first export and is reused (a cold start costs seconds, a warm
export a fraction of one). Kaleido's browser is not thread-safe, and Streamlit runs every
session in its own thread, so one lock lets a single export through at a time. Without a
browser, `ExportUnavailable` says how to install one; nothing else in the app needs it.
"""

from __future__ import annotations

import asyncio
import atexit
import contextlib
import functools
import os
import threading

import pandas as pd
import plotly.graph_objects as go

from dashboard.chart.view import ChartView
from dashboard.export.dressing import dressed_figure
from dashboard.export.looks import PRESETS
from dashboard.export.metadata import pdf_with_title, svg_with_title

FORMATS = ("png", "svg", "pdf")
MEDIA_TYPES = {"png": "image/png", "svg": "image/svg+xml", "pdf": "application/pdf"}
INSTALL_HINT = (
    "Image export needs Chromium or Chrome. On Debian or Ubuntu: sudo apt-get install -y"
    " chromium (or run `make browser` as root); elsewhere install Chrome, or set BROWSER_PATH"
    " to its executable."
)
START_TIMEOUT, EXPORT_TIMEOUT = 60, 90  # seconds
# One tab: a second one, to draw while the first reloads, made the cold start 1-2 s slower
# and warm exports no faster on a busy 2-core machine.
TABS = 1


class ExportUnavailable(RuntimeError):
    """No browser to draw images with; the message says how to install one."""


def find_browser() -> str | None:
    """The Chromium or Chrome kaleido would use: BROWSER_PATH, else one on the PATH."""
    from choreographer.browsers.chromium import Chromium

    path = os.environ.get("BROWSER_PATH") or Chromium.find_browser(skip_local=False)
    return path if path and os.access(path, os.X_OK) else None


class Renderer:
    """One kaleido browser on its own event loop thread, started on first use, one export at
    a time. `browser` names the executable (default: `find_browser()`)."""

    def __init__(self, browser: str | None = None) -> None:
        self._browser = browser
        self._lock = threading.Lock()
        self._loop: asyncio.AbstractEventLoop | None = None
        self._kaleido = None

    def render(self, figure: dict, opts: dict) -> bytes:
        """The image bytes of a figure's JSON; `opts` are kaleido's (format, width, ...)."""
        with self._lock:
            kaleido = self._started()
            try:
                return self._call(kaleido.calc_fig(figure, opts=opts), EXPORT_TIMEOUT)
            except Exception:
                self._stop()  # a wedged browser is replaced on the next export
                raise

    def start(self) -> None:
        """Start the browser now, so that the first export is a warm one."""
        with self._lock:
            self._started()

    @property
    def running(self) -> bool:
        return self._kaleido is not None

    def close(self) -> None:
        with self._lock:
            self._stop()

    def _started(self):
        if self._kaleido is not None:
            return self._kaleido
        path = self._browser or find_browser()
        if not path or not os.access(path, os.X_OK):
            raise ExportUnavailable(f"No browser found{f' at {path}' if path else ''}. "
                                    f"{INSTALL_HINT}")  # fmt: skip
        self._loop = asyncio.new_event_loop()
        threading.Thread(target=self._loop.run_forever, name="kaleido", daemon=True).start()
        try:
            self._kaleido = self._call(_open_kaleido(path), START_TIMEOUT)
            # Registered now, after the browser's temporary folders, so it runs before their
            # clean-up at exit: a browser still writing would make that clean-up fail.
            atexit.register(self.close)
        except Exception as exc:
            self._stop()
            raise ExportUnavailable(f"Could not start the browser {path} ({exc}). "
                                    f"{INSTALL_HINT}") from exc  # fmt: skip
        return self._kaleido

    def _call(self, coroutine, timeout: float):
        return asyncio.run_coroutine_threadsafe(coroutine, self._loop).result(timeout)

    def _stop(self) -> None:
        kaleido, loop, self._kaleido, self._loop = self._kaleido, self._loop, None, None
        if loop is None:
            return
        if kaleido is not None:
            with contextlib.suppress(Exception):  # a broken browser may fail to close: dropped
                asyncio.run_coroutine_threadsafe(kaleido.close(), loop).result(10)
        loop.call_soon_threadsafe(loop.stop)


async def _open_kaleido(path: str):
    # No MathJax: kaleido would fetch it from a CDN, and the figures need no LaTeX.
    browser = _kaleido_class()(n=TABS, path=path, mathjax=False)
    await browser.open()
    return browser


@functools.cache
def _kaleido_class():
    """Kaleido, reloading its tab after an image is handed back rather than before.

    Kaleido 1.5 reloads the tab (plotly.js and all) before it returns each image: about half
    of a warm export. The tab still goes back to the queue only once reloaded, so the next
    export never draws on a used page; it just no longer waits when exports are apart.
    """
    import kaleido

    class Kaleido(kaleido.Kaleido):
        _reloads: set

        async def _return_kaleido_tab(self, tab) -> None:
            reloads = self.__dict__.setdefault("_reloads", set())
            task = asyncio.ensure_future(super()._return_kaleido_tab(tab))
            reloads.add(task)
            task.add_done_callback(reloads.discard)

    return Kaleido


RENDERER = Renderer()


def prewarm(renderer: Renderer | None = None) -> None:
    """Start the shared browser in the background (a page offering downloads calls this, so
    the reader's first export does not wait seconds); without a browser, nothing happens."""

    def start() -> None:
        with contextlib.suppress(ExportUnavailable):
            (renderer or RENDERER).start()

    threading.Thread(target=start, name="kaleido-prewarm", daemon=True).start()


def export_image(
    df: pd.DataFrame,
    view: ChartView | None = None,
    *,
    fmt: str,
    preset: str = "web",
    theme: str = "light",
    title: str = "",
    subtitle: str = "",
    credit: str = "",
    alt: str = "",
    renderer: Renderer | None = None,
) -> bytes:
    """The timeline of `df` as `view` asks, laid out and dressed for a preset (see
    export.dressing), as PNG, SVG or PDF bytes."""
    if fmt not in FORMATS:
        raise ValueError(f"format must be one of {', '.join(FORMATS)}, not {fmt!r}")
    figure = dressed_figure(df, view, preset=preset, theme=theme, title=title,
                            subtitle=subtitle, credit=credit)  # fmt: skip
    return render(figure, fmt=fmt, preset=preset, title=title, alt=alt, renderer=renderer)


def render(figure: go.Figure, *, fmt: str, preset: str = "web", title: str = "", alt: str = "",
           renderer: Renderer | None = None) -> bytes:  # fmt: skip
    """A dressed figure as image bytes at its preset's size. An SVG carries `title` and `alt`
    as its <title> and <desc>, a PDF as its Title and Subject."""
    size = PRESETS[preset]
    opts = {"format": fmt, "width": size.width, "height": size.height,
            "scale": size.scale if fmt == "png" else 1}  # fmt: skip
    image = (renderer or RENDERER).render(figure.to_dict(), opts)
    if fmt == "svg":
        return svg_with_title(image, title, alt)
    if fmt == "pdf":
        return pdf_with_title(image, title, alt)
    return image
