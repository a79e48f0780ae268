"""One tap on a chart's event opens it, as one click does.

Plotly sends a click only for the point under the pointer's last hover, and a touch screen has
no hover before a tap: the first tap only showed a hover box, the second opened the event. A
tiny inline component (Streamlit's components v2: no iframe, nothing fetched) moves the pointer
over the touched point as the finger lands, so the tap that follows counts.
"""

from __future__ import annotations

import streamlit as st

KEY = "touch_tap"
JS = """
export default function (component) {
  const hover = (event) => {
    const touch = event.touches[0];
    const target = event.target;
    if (!touch || !target.closest || !target.closest(".js-plotly-plot")) return;
    target.dispatchEvent(new MouseEvent("mousemove", {
      clientX: touch.clientX, clientY: touch.clientY, bubbles: true, cancelable: true,
      view: window,
    }));
  };
  document.addEventListener("touchstart", hover, {capture: true, passive: true});
  return () => document.removeEventListener("touchstart", hover, {capture: true});
}
"""
CSS = ":host { display: block; width: 0; height: 0; }"

_tap = st.components.v2.component("timeline_desk.touch_tap", js=JS, css=CSS)


def first_tap_selects() -> None:
    """Make one tap on a chart of this page select its event (mounted once per page)."""
    _tap(key=KEY)
