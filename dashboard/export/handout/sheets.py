"""The pages a handout prints on: A4 in CSS pixels (96 per inch, what the renderer's PDF page
is measured in), the cells the slides sit in, and the type sizes of each, as a table.

One slide per page fills an A4 landscape page; six per page are a 2 x 3 grid of framed cells
on A4 portrait, their body type no smaller than 8 pt so the page reads when printed.
"""

from __future__ import annotations

from dataclasses import dataclass

PX_PER_MM = 96 / 25.4
PX_PER_PT = 96 / 72
A4_SHORT, A4_LONG = 210 * PX_PER_MM, 297 * PX_PER_MM
LINE = 1.3  # line height in font sizes, as Plotly spaces the lines of an annotation


@dataclass(frozen=True)
class Box:
    """A rectangle in px from the page's top left corner."""

    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height

    def holds(self, other: Box, slack: float = 0.5) -> bool:
        """Whether `other` lies inside this box (to within `slack` px)."""
        return (other.x >= self.x - slack and other.y >= self.y - slack
                and other.right <= self.right + slack
                and other.bottom <= self.bottom + slack)  # fmt: skip


@dataclass(frozen=True)
class Type:
    """Font sizes in px."""

    title: float  # an event's title, the closing slide's heading
    meta: float  # the date line and the source
    body: float  # summary, actors, places, quote, sources
    footer: float  # slide number and credit line
    ticks: float  # the strip's dates
    name: float  # the dataset's name on the opening slide
    years: float  # the years on the opening slide


@dataclass(frozen=True)
class Sheet:
    """A page of `columns` x `rows` slides: its size, margins, gaps, type and room kept."""

    per_page: int
    label: str
    width: float
    height: float
    columns: int
    rows: int
    margin: float  # around the page
    gap: float  # between cells
    pad: float  # inside a cell, to its frame
    page_footer: float  # room at the bottom of the page for its own footer (0: none)
    strip: float  # the overview strip's height, its dates included
    ticks_room: float  # of which the dates take this much
    type: Type
    framed: bool  # each cell drawn inside a frame
    summary_lines: int  # at most, before "…"

    def cells(self) -> tuple[Box, ...]:
        """Where each slide of a page sits, row by row."""
        inner_w = self.width - 2 * self.margin - (self.columns - 1) * self.gap
        inner_h = self.height - 2 * self.margin - self.page_footer - (self.rows - 1) * self.gap
        w, h = inner_w / self.columns, inner_h / self.rows
        return tuple(Box(self.margin + c * (w + self.gap), self.margin + r * (h + self.gap), w, h)
                     for r in range(self.rows) for c in range(self.columns))  # fmt: skip

    def inside(self, cell: Box) -> Box:
        """A cell less its padding: where the slide's text goes."""
        return Box(cell.x + self.pad, cell.y + self.pad, cell.width - 2 * self.pad,
                   cell.height - 2 * self.pad)  # fmt: skip

    def footer_box(self) -> Box:
        """The page's own footer, under the cells."""
        return Box(self.margin, self.height - self.margin - self.page_footer,
                   self.width - 2 * self.margin, self.page_footer)  # fmt: skip


SHEETS = {
    sheet.per_page: sheet
    for sheet in (
        Sheet(1, "One slide per page (A4 landscape)", A4_LONG, A4_SHORT, 1, 1, margin=44, gap=0,
              pad=0, page_footer=0, strip=84, ticks_room=26,
              type=Type(title=36, meta=20, body=22, footer=14, ticks=14, name=48, years=30),
              framed=False, summary_lines=9),
        Sheet(6, "Six slides per page (A4 portrait)", A4_SHORT, A4_LONG, 2, 3, margin=34, gap=16,
              pad=12, page_footer=34, strip=46, ticks_room=18,
              type=Type(title=14, meta=11, body=11, footer=11, ticks=11, name=20, years=16),
              framed=True, summary_lines=7),
    )
}  # fmt: skip
