"""LaTeX PDFs set in bitmap (Type 3) fonts (PDF audit #17): glyph widths scaled by the font's
/FontMatrix, TeX's Cork codes for dashes and ligatures."""

from __future__ import annotations

from dataclasses import dataclass, field

from jobmatch import layout
from jobmatch.loaders import _scale_type3_widths


@dataclass
class _Font:
    sub_type: str
    character_widths: dict[str, float] = field(default_factory=lambda: {"m": 74.0, "o": 41.5, "default": 50.0})
    space_width: float = 23.0


def _page(matrix: list[float]) -> dict:
    return {"/Resources": {"/Font": {"/F33": {"/FontMatrix": matrix}, "/F1": {}}}}


def test_type3_widths_are_scaled_by_the_font_matrix():
    fonts = {"/F33": _Font("Type3"), "/F1": _Font("Type1"), "/F9": _Font("Type3")}
    _scale_type3_widths(fonts, _page([0.01204, 0, 0, 0.01204, 0, 0]))
    assert round(fonts["/F33"].character_widths["m"], 2) == round(74.0 * 12.04, 2)
    assert round(fonts["/F33"].space_width, 2) == round(23.0 * 12.04, 2)
    assert fonts["/F1"].character_widths["m"] == 74.0  # not Type 3
    assert fonts["/F9"].character_widths["m"] == 74.0  # no dictionary for it on the page


def test_type3_font_with_the_usual_matrix_or_a_damaged_one_is_left_alone():
    fonts = {"/F33": _Font("Type3")}
    _scale_type3_widths(fonts, _page([0.001, 0, 0, 0.001, 0, 0]))
    _scale_type3_widths(fonts, _page(["x"]))  # type: ignore[list-item]
    _scale_type3_widths(fonts, {"/Resources": None})
    _scale_type3_widths(fonts, {})
    assert fonts["/F33"].character_widths["m"] == 74.0


def test_cork_dashes_and_ligatures_are_mapped():
    assert layout.clean_pdf_text("Goldman Sachs 2019\x152023") == "Goldman Sachs 2019-2023"
    assert layout.clean_pdf_text("cash \x1dow, \x1cnance, di\x1berences, o\x1ece, ba\x1fe") == (
        "cash flow, finance, differences, office, baffle"
    )
