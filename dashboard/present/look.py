"""How the Present tab looks: type that grows with the screen, and in full screen nothing but
the slide and its strip.

Every size on a slide is a multiple of one unit, --u, worked out by the browser from the window
(a share of its width or of its height, whichever is less), so a slide keeps its proportions
from 1024x768 to 3840x2160 and fits the same way at each. Colours are inherited from the page
(its light or dark theme); secondary lines are the same colour, fainter, never a fixed grey.
"""

from __future__ import annotations

# The unit in the tab, with the page's title, tabs and sidebar around it: 14 px at 1280x720.
TAB_UNIT = "clamp(12px, min(1.1vw, 1.95vh), 40px)"
# The unit in full screen, where the slide has the whole window: 24 px at 1920x1080.
FULL_UNIT = "min(1.6vw, 2.8vh)"

SLIDE = """
.st-key-present { --u: %(unit)s; }
.st-key-present p, .st-key-present li { overflow-wrap: anywhere; }
.st-key-present [data-testid="stMarkdownContainer"] { margin-bottom: 0; }
.st-key-slide, .st-key-slide_opening, .st-key-slide_closing { gap: calc(0.5 * var(--u)); }
.st-key-slide_title p { font-size: calc(2.6 * var(--u)); line-height: 1.12; font-weight: 700;
  margin: 0; }
.st-key-slide_date p { font-size: calc(1.5 * var(--u)); line-height: 1.3; opacity: 0.8;
  margin: 0; }
.st-key-slide_source p { font-size: calc(1.5 * var(--u)); line-height: 1.3; opacity: 0.85;
  margin: 0; }
.st-key-slide_summary p, .st-key-slide_full_summary p { font-size: calc(1.6 * var(--u));
  line-height: 1.35; margin: 0; }
.st-key-slide_people p { font-size: calc(1.5 * var(--u)); line-height: 1.35; margin: 0; }
.st-key-slide_more button p { font-size: calc(1.1 * var(--u)); }
.st-key-slide_name p { font-size: calc(3.4 * var(--u)); line-height: 1.1; font-weight: 700;
  margin: 0; }
.st-key-slide_years p { font-size: calc(2.4 * var(--u)); line-height: 1.2; margin: 0; }
.st-key-slide_count p, .st-key-slide_credit p { font-size: calc(1.5 * var(--u));
  line-height: 1.35; opacity: 0.85; margin: 0; }
.st-key-slide_sources_title p { font-size: calc(2.6 * var(--u)); line-height: 1.12;
  font-weight: 700; margin: 0; }
.st-key-slide_sources li, .st-key-slide_sources p { font-size: calc(1.5 * var(--u));
  line-height: 1.3; margin: 0; }
.st-key-slide_sources ul { margin: 0; padding-left: 1.2em; }
.st-key-slide_position p { font-size: calc(1.4 * var(--u)); font-weight: 600; margin: 0;
  white-space: nowrap; text-align: center; }
"""


def wrapped(key: str) -> str:
    """The layout wrapper a keyed container sits in: what its parent lays out."""
    return f'[data-testid="stLayoutWrapper"]:has(> .st-key-{key})'


# In the tab: the page's top margin halved (the room a slide needs at 1280x720); on a phone
# the slide comes first, then its overview, then the controls.
TAB = "\n".join([
    '[data-testid="stMainBlockContainer"] { padding-top: 2rem; }',
    "@media (max-width: 640px) {",
    "  .st-key-present > * { order: 1; }",
    "  .st-key-present > .st-key-slide_overview { order: 2; }",
    f"  .st-key-present > {wrapped('present_controls')} {{ order: 3; }}",
    "}",
])  # fmt: skip

# Full screen: Streamlit's header, toolbar and sidebar go; the slide takes what the strip leaves.
FULL = "\n".join([
    '[data-testid="stHeader"], [data-testid="stToolbar"], [data-testid="stDecoration"],',
    '[data-testid="stSidebar"], [data-testid="stSidebarCollapsedControl"],',
    '[data-testid="stExpandSidebarButton"] { display: none !important; }',
    '[data-testid="stMainBlockContainer"] { padding: 0 !important; max-width: none !important; }',
    ".stVerticalBlock.st-key-present { flex: 0 0 auto; height: 100vh; height: 100dvh;",
    "  box-sizing: border-box; padding: 3vh 3.5vw 1vh; gap: calc(0.6 * var(--u)); }",
    f"{wrapped('slide_stage')} {{ flex: 1 1 0; min-height: 0; }}",
    f"{wrapped('slide_opening')}, {wrapped('slide_closing')} {{ margin: auto 0; }}",
    ".st-key-present_bar button { min-height: 0;",
    "  padding: calc(0.2 * var(--u)) calc(0.8 * var(--u)); }",
    ".st-key-present_bar button p { font-size: calc(1.2 * var(--u)); }",
    # An icon sits in a box of Streamlit's fixed size: the box grows with it.
    '.st-key-present_bar span:has(> [data-testid="stIconMaterial"]),',
    '.st-key-present_bar [data-testid="stIconMaterial"] { font-size: calc(1.5 * var(--u));',
    "  width: auto; height: auto; }",
    ".st-key-slide_more button span:has(> [data-testid='stIconMaterial']),",
    ".st-key-slide_more [data-testid='stIconMaterial'] { font-size: calc(1.1 * var(--u));",
    "  width: auto; height: auto; }",
])  # fmt: skip


def css(*, full: bool) -> str:
    """The page's style for the tab (`full` False) or the full-screen presentation."""
    slide = SLIDE % {"unit": FULL_UNIT if full else TAB_UNIT}
    return f"<style>{slide}{FULL if full else TAB}</style>"
