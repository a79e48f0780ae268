"""How wide the page's main column is in the reader's browser, so labels are placed for the
pixels they will really have.

A tiny inline component (Streamlit's components v2: no iframe, no files, nothing fetched) watches
its own width and reports it when it changes by more than a few pixels; the page reruns then.
Until the browser has reported (the first run, or a test without a browser) the width is None.
"""

from __future__ import annotations

import streamlit as st

KEY = "chart_width"
STEP_PX = 8  # smaller changes are not worth a rerun
JS = f"""
export default function (component) {{
  const {{ parentElement, setStateValue }} = component;
  const host = parentElement.host || parentElement;
  let last = 0;
  let timer = null;
  const report = () => {{
    const width = Math.floor(host.getBoundingClientRect().width);
    if (width > 0 && Math.abs(width - last) >= {STEP_PX}) {{
      last = width;
      setStateValue("width", width);
    }}
  }};
  const observer = new ResizeObserver(() => {{
    clearTimeout(timer);
    timer = setTimeout(report, 120);
  }});
  observer.observe(host);
  report();
  return () => observer.disconnect();
}}
"""
CSS = ":host { display: block; width: 100%; height: 0; }"

_watcher = st.components.v2.component("timeline_desk.width", js=JS, css=CSS)


def reported_width() -> int | None:
    """The width of the column this is called in, in CSS pixels, once the browser said it."""
    result = _watcher(key=KEY, default={"width": None}, on_width_change=lambda: None)
    width = getattr(result, "width", None)
    return int(width) if isinstance(width, int | float) and width > 0 else None
