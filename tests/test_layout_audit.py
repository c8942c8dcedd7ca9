"""PDF and DOCX reading defects from an audit with real resume generators (pdflatex, LibreOffice,
Chromium, python-docx). Layout cases are built from the coordinates observed in those files;
documents are generated here, in tmp_path."""

from __future__ import annotations

import io

import pytest

from jobmatch import layout
from jobmatch.errors import InputFileError
from jobmatch.loaders import extract_docx_text, extract_pdf_text


# -- a hyphen at a line break before a capital or a digit (#3) ---------------------------------
@pytest.mark.parametrize(
    ("a", "b", "words", "joined"),
    [
        ("CAD: CATIA V5, Auto-", "CAD, Siemens NX", set(), "CAD: CATIA V5, AutoCAD, Siemens NX"),
        ("Registered Nurse, Medical-", "Surgical Unit", set(), "Registered Nurse, Medical-Surgical Unit"),
        ("tb@example.com | 312-555-", "0178 | linkedin.com", set(), "tb@example.com | 312-555-0178 | linkedin.com"),
        ("Built with Java-", "Script", {"javascript"}, "Built with JavaScript"),
        ("Ran the Post-", "COVID program", {"post-covid"}, "Ran the Post-COVID program"),
        ("Led the NASA-", "JPL team", set(), "Led the NASA-JPL team"),
        ("Worked 2019-", "2021", set(), "Worked 2019-2021"),
        ("analy-", "sis of data", set(), "analysis of data"),
        ("Jan 2019 -", "May 2021", set(), "Jan 2019 - May 2021"),
    ],
)
def test_join_wrapped_never_leaves_a_hyphen_and_a_space(a, b, words, joined):
    assert layout.join_wrapped(a, b, words) == joined


# -- DOCX tracked changes (#7) ------------------------------------------------------------------
W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"


def _tracked_docx() -> bytes:
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    p = document.add_paragraph("- Built weekly sales dashboards")
    p._p.append(
        parse_xml(
            f'<w:ins xmlns:w="{W}" w:id="1" w:author="R" w:date="2025-01-01T00:00:00Z">'
            '<w:r><w:t xml:space="preserve"> in Tableau</w:t></w:r></w:ins>'
        )
    )
    p._p.append(
        parse_xml(
            f'<w:del xmlns:w="{W}" w:id="2" w:author="R" w:date="2025-01-01T00:00:00Z">'
            '<w:r><w:delText xml:space="preserve"> in Excel</w:delText></w:r></w:del>'
        )
    )
    inserted = document.add_paragraph()
    inserted._p.append(
        parse_xml(
            f'<w:ins xmlns:w="{W}" w:id="3" w:author="R" w:date="2025-01-01T00:00:00Z">'
            '<w:r><w:t>- Wrote SQL queries on Snowflake</w:t></w:r></w:ins>'
        )
    )
    moved = document.add_paragraph("Moved: ")
    moved._p.append(
        parse_xml(f'<w:moveTo xmlns:w="{W}" w:id="4" w:author="R"><w:r><w:t>dbt</w:t></w:r></w:moveTo>')
    )
    moved._p.append(
        parse_xml(f'<w:moveFrom xmlns:w="{W}" w:id="5" w:author="R"><w:r><w:t>Looker</w:t></w:r></w:moveFrom>')
    )
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def test_docx_tracked_insertions_are_read_and_deletions_left_out():
    text = extract_docx_text("tracked.docx", _tracked_docx())
    lines = text.splitlines()
    assert "- Built weekly sales dashboards in Tableau" in lines
    assert "- Wrote SQL queries on Snowflake" in lines
    assert "Moved: dbt" in lines
    assert "Excel" not in text and "Looker" not in text


def test_docx_hyperlink_text_still_read():
    import docx
    from docx.oxml import parse_xml

    document = docx.Document()
    p = document.add_paragraph("Portfolio: ")
    p._p.append(parse_xml(f'<w:hyperlink xmlns:w="{W}"><w:r><w:t>lena.design</w:t></w:r></w:hyperlink>'))
    out = io.BytesIO()
    document.save(out)
    assert "Portfolio: lena.design" in extract_docx_text("link.docx", out.getvalue()).splitlines()


# -- a PDF without pages (#16) ------------------------------------------------------------------
def test_zero_page_pdf_says_so():
    from pypdf import PdfWriter

    out = io.BytesIO()
    PdfWriter().write(out)
    with pytest.raises(InputFileError) as caught:
        extract_pdf_text("empty.pdf", out.getvalue())
    assert "the PDF has no pages" in str(caught.value)
    assert "OCR" not in str(caught.value)



# -- strings shown one after another without a move (Chromium around a ligature, #4) ------------
def pdf_bytes(*pages: bytes) -> bytes:
    """A PDF whose pages draw the given content streams with /F1: Helvetica declared 500/1000 em
    wide for every character, so positions in a test are easy to compute (5 pt a character at
    10 pt)."""
    from pypdf import PdfWriter
    from pypdf.generic import ArrayObject, DecodedStreamObject, DictionaryObject, NameObject, NumberObject

    writer = PdfWriter()
    font = DictionaryObject(
        {
            NameObject("/Type"): NameObject("/Font"),
            NameObject("/Subtype"): NameObject("/Type1"),
            NameObject("/BaseFont"): NameObject("/Helvetica"),
            NameObject("/FirstChar"): NumberObject(32),
            NameObject("/LastChar"): NumberObject(126),
            NameObject("/Widths"): ArrayObject([NumberObject(500)] * 95),
        }
    )
    font_ref = writer._add_object(font)
    for content in pages:
        page = writer.add_blank_page(612, 792)
        page[NameObject("/Resources")] = DictionaryObject(
            {NameObject("/Font"): DictionaryObject({NameObject("/F1"): font_ref})}
        )
        stream = DecodedStreamObject()
        stream.set_data(content)
        page.replace_contents(stream)
    out = io.BytesIO()
    writer.write(out)
    return out.getvalue()


def test_strings_shown_one_after_another_are_not_split_by_spaces():
    # "Designed onboarding " (20 characters, 100 pt), "fl", then "ows for iOS and Andr" with no move
    # between them, then a move to the end of those 42 characters (210 pt from the line start)
    content = (
        b"BT /F1 10 Tf 1 0 0 1 72 700 Tm (Designed onboarding ) Tj (fl) Tj (ows for iOS and Andr) Tj "
        b"210 0 Td (oid; created wireframes.) Tj ET "
        b"BT /F1 10 Tf 1 0 0 1 72 686 Tm (from research to high-) Tj (fi) Tj [(delity pr) 0 (ototypes.)] TJ ET "
        b"BT /F1 10 Tf 1 0 0 1 72 672 Tm (Skills: Figma, Sketch) Tj ET"
    )
    text = extract_pdf_text("lig.pdf", pdf_bytes(content))
    assert "Designed onboarding flows for iOS and Android; created wireframes." in text
    assert "high-fidelity prototypes." in text
