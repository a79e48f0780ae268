"""The vertical timeline, for narrow screens and portrait pages: time runs down the page, each
event a mark on the time line and a card beside it (the date as written with its precision in
words, then the label), lanes as colour.

Sequential by default (the story read by scrolling): cards follow each other in date order,
the time between neighbours written on the time line. On a chronological or collapsed scale
marks sit at their time and a card that would run into the one above moves down, joined to
its mark by a thin leader. A fixed height (a page) keeps the cards that matter most; each run
of the others becomes one "+N more" card whose click opens their stretch of time. Both axes
run in pixels, so nothing depends on the browser.

Modules: figure (the entry point, the frame and the key), layout (the page's measures and each
card's text and height), stack (which events get a card and where cards and marks sit),
traces (marks, leaders and cards as traces) and time_line (the line, its dates or gaps, cuts,
the publication line and the scale's note).
"""

from dashboard.chart.vertical.figure import vertical_figure

__all__ = ["vertical_figure"]
