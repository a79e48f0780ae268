"""The timeline chart: lanes, time scales, labels and their placement, looks, and the figures.

Pure functions of an events frame and a ChartView; pages and exports only draw what comes back.
"""
