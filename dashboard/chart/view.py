"""What a timeline figure is asked to show and at what size: one value, so figures stay pure
functions of (events, view). The page builds it from the reader's view state and the width the
browser reports; an export builds it from its preset.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from dashboard.chart.lanes import Palette

LAYOUTS = ("auto", "horizontal", "vertical")
NARROW_PX = 640  # "auto" turns the timeline vertical below this width
SCREEN_WIDTH = 900  # px, until the browser says how wide the chart is


@dataclass(frozen=True)
class ChartView:
    lanes: str = "topic"
    scale: str = "auto"  # auto | chronological | collapsed | sequential (chart.scales)
    layout: str = "auto"  # auto | horizontal | vertical
    width: int = SCREEN_WIDTH  # px of the whole figure
    height: int | None = None  # px: fixed (an export), or None to grow with the rows
    font: float = 13.0  # px of the labels; every other text size follows it
    window: tuple[date | None, date | None] = (None, None)  # the From / To days
    reference: date | None = None  # the publication line
    selected: str = ""  # the open event: ringed, and always labelled
    marked: frozenset[str] = frozenset()  # ids always labelled (search matches)
    palette: Palette | None = None  # lanes of the whole dataset (None: of these events)
    top: float = 0.0  # px kept free above the chart (an export's title)
    bottom: float = 0.0  # px kept free below it (an export's credit line)
    max_height: int = 1600  # px a growing figure stops at; past it labels give way
    aggregate_above: int = 3000  # dated events; more are drawn as counts per lane

    @property
    def vertical(self) -> bool:
        """Whether time runs down the page (narrow screens, portrait pages)."""
        return self.layout == "vertical" or (self.layout == "auto" and self.width < NARROW_PX)

    @property
    def forced(self) -> frozenset[str]:
        """Events that keep their labels first: the selected one and the marked ones."""
        return self.marked | ({self.selected} if self.selected else frozenset())


@dataclass(frozen=True)
class Sizes:
    """Pixel sizes of one figure's text and rows, all following the label size."""

    font: float

    @property
    def row(self) -> float:
        return round(self.font * 1.55)

    @property
    def tick(self) -> float:
        return round(self.font * 0.95)

    @property
    def lane(self) -> float:
        return round(self.font * 1.0)

    @property
    def key(self) -> float:
        return round(self.font * 0.95)

    @property
    def note(self) -> float:
        return round(self.font * 0.92)
