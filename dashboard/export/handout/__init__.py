"""The handout: the Present deck as a PDF, one slide per page or six, each slide laid out as text.
Rooms: lines (wrap and cut to real widths), sheets (pages, cells, type), slide (what each slide
says, stacked to fit), strip (where an event sits in time), pages (page figures), pdf (the file).
"""
