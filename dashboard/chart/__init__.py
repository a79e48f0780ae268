"""The timeline chart: lanes, time scales, labels and their placement, looks, and the figures
(horizontal in figure, counts in density, time down the page in the vertical package).

Pure functions of an events frame and a ChartView; pages and exports only draw what comes back.
"""
