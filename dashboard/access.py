"""What makes the page readable for everyone: faint text dark enough to read (4.5:1), and a
heading for each tab's section that screen readers list (h1 the app, h2 the open tab).

Streamlit draws captions and key hints in its text colour at 60% opacity, under 4.5:1 on its
own light backgrounds (3.8:1); CAPTION_SHARE of the text colour is used instead, mixed in the
browser so it follows the theme, light or dark.
"""

from __future__ import annotations

import streamlit as st

from dashboard.chart.theme import channels, contrast

CAPTION_SHARE = 0.8  # of the text colour kept in faint text; the rest is the background's
FAINT = ('[data-testid="stCaptionContainer"]', "kbd")
SECTION_KEY = "section_heading"
# Out of sight but read: a heading for screen readers only, taking no room in the layout.
CSS = f"""<style>
.stApp :is({", ".join(FAINT)}) {{
  opacity: 1; color: color-mix(in srgb, currentColor {CAPTION_SHARE:.0%}, transparent);
}}
.stApp [class*="st-key-{SECTION_KEY}"] {{
  position: absolute; width: 1px; height: 1px; overflow: hidden;
  clip-path: inset(50%); white-space: nowrap;
}}
</style>"""


def show_page_style() -> None:
    """The page's readability CSS (once per run, before anything else is drawn)."""
    st.html(CSS)


def section_heading(name: str, label: str) -> None:
    """The open tab's h2, read by screen readers and in the page's outline, not drawn."""
    with st.container(key=f"{SECTION_KEY}_{name}"):
        st.header(label, anchor=False)


def faint_colour(text: str, background: str, share: float = CAPTION_SHARE) -> str:
    """The "#RRGGBB" colour faint text shows: `share` of `text` over `background`."""
    pairs = zip(channels(text), channels(background), strict=True)
    mixed = (round(t * share + b * (1 - share)) for t, b in pairs)
    return "#" + "".join(f"{c:02X}" for c in mixed)


def faint_contrast(text: str, background: str, share: float = CAPTION_SHARE) -> float:
    """The contrast of faint text with its background."""
    return contrast(faint_colour(text, background, share), background)
