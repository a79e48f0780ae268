"""handout.sheets: A4 pages, cells inside the margins and apart, type readable when printed."""

from __future__ import annotations

import itertools

import pytest

from dashboard.export.handout.sheets import PX_PER_MM, PX_PER_PT, SHEETS, Box


@pytest.mark.parametrize(("per_page", "mm", "cells"), [(1, (297, 210), 1), (6, (210, 297), 6)])
def test_a_page_is_a4_and_holds_its_slides(per_page, mm, cells):
    sheet = SHEETS[per_page]
    assert (round(sheet.width / PX_PER_MM), round(sheet.height / PX_PER_MM)) == mm
    assert len(sheet.cells()) == cells


@pytest.mark.parametrize("per_page", [1, 6])
def test_cells_sit_inside_the_margins_above_the_footer_and_apart(per_page):
    sheet = SHEETS[per_page]
    page = Box(sheet.margin, sheet.margin, sheet.width - 2 * sheet.margin,
               sheet.height - 2 * sheet.margin - sheet.page_footer)  # fmt: skip
    assert all(page.holds(cell) for cell in sheet.cells())
    for one, other in itertools.combinations(sheet.cells(), 2):
        assert one.right <= other.x or other.right <= one.x or one.bottom <= other.y \
            or other.bottom <= one.y  # fmt: skip


@pytest.mark.parametrize("per_page", [1, 6])
def test_no_type_is_smaller_than_8_pt(per_page):
    sizes = vars(SHEETS[per_page].type)
    assert {name: size for name, size in sizes.items() if size < 8 * PX_PER_PT} == {}
