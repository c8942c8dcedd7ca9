"""A PDF page with /Rotate reads as the upright page does, whichever way it was turned: a page
turned sideways for display (its text upright in the page's own space; pypdf turning it back can
lose its fonts' glyph mapping) and a scan-like page drawn sideways and shown upright."""

from __future__ import annotations

import pytest
from pypdf import PdfReader, PdfWriter

from jobmatch.loaders import load_document
from tests.conftest import RESUMES


def _turned(source, target, *, drawn_sideways: bool):
    writer = PdfWriter(clone_from=PdfReader(source))
    for page in writer.pages:
        page.rotate(90)
        if drawn_sideways:  # the content turned, then shown upright again
            page.transfer_rotation_to_content()
            page.rotate(270)
    writer.write(target)
    return target


@pytest.mark.parametrize(
    "name", ["strong_backend.pdf", "renderings/strong_backend.libreoffice.pdf", "renderings/strong_backend.latex.pdf"]
)
@pytest.mark.parametrize("drawn_sideways", [False, True])
def test_a_turned_page_reads_as_the_upright_one(tmp_path, name, drawn_sideways):
    source = RESUMES / name
    turned = _turned(source, tmp_path / "turned.pdf", drawn_sideways=drawn_sideways)
    assert load_document(str(turned)).text == load_document(str(source)).text


def test_the_file_is_not_changed(tmp_path):
    turned = _turned(RESUMES / "strong_backend.pdf", tmp_path / "turned.pdf", drawn_sideways=False)
    before = turned.read_bytes()
    load_document(str(turned))
    assert turned.read_bytes() == before
