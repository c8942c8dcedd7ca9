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
        # a prefix before an acronym keeps its hyphen (review: "nonGAAP" found no GAAP)
        ("Ensured non-", "GAAP reporting", set(), "Ensured non-GAAP reporting"),
        ("Deployed multi-", "AZ clusters", set(), "Deployed multi-AZ clusters"),
        ("pre-", "COVID", set(), "pre-COVID"),
        ("cross-", "AWS", set(), "cross-AWS"),
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


# -- running headers and footers of multi-page PDFs (#8) ----------------------------------------
def row(y: float, *segments: tuple[float, float, str]) -> layout.Row:
    return layout.Row(y, tuple(layout.Segment(x0, x1, text, y) for x0, x1, text in segments))


HEADER = "Thomas Brennan, CPA | Chicago, IL | tbrennan@example.com | 312-555-0178"


def _two_pages() -> list[list[layout.Row]]:
    """lo/acct2page.pdf: a Word page header on both pages, a "Page N of M" footer, single column."""
    first = [
        row(0.0, (0, 37.6, HEADER)),
        row(3.4, (0, 17.0, "EXPERIENCE")),
        row(5.0, (0, 18.6, "Audit Manager, Deloitte, Chicago, IL"), (32.2, 42.5, "Jul 2020 - Present")),
        row(6.4, (0, 30.0, "- Led audits of public companies.")),
        row(7.8, (0, 30.0, "- Reviewed workpapers of five teams.")),
        row(64.3, (0, 24.2, "Page 1 of 2 - References available upon request")),
    ]
    second = [
        row(0.0, (0, 37.6, HEADER)),
        row(3.3, (0, 18.6, "Senior Auditor, KPMG, Chicago, IL"), (32.2, 42.5, "Sep 2015 - Jun 2020")),
        row(4.7, (0, 30.0, "- Planned financial statement audits.")),
        row(6.1, (0, 17.0, "EDUCATION")),
        row(7.5, (0, 30.0, "B.S. in Accounting, University of Illinois, 2014")),
        row(64.3, (0, 24.2, "Page 2 of 2 - References available upon request")),
    ]
    return [first, second]


def test_running_header_read_once_and_footer_never():
    lines = layout.document_lines(layout.without_running_rows(_two_pages()), set())
    assert lines.count(HEADER) == 1 and lines[0] == HEADER
    assert not any("References available" in line for line in lines)
    at = lines.index("- Reviewed workpapers of five teams.")
    assert [line for line in lines[at + 1 :] if line][0] == "Senior Auditor, KPMG, Chicago, IL Sep 2015 - Jun 2020"


def test_one_page_keeps_its_header_and_footer():
    lines = layout.document_lines(layout.without_running_rows(_two_pages()[:1]), set())
    assert HEADER in lines and "Page 1 of 2 - References available upon request" in lines


def test_rows_repeated_only_on_some_pages_or_elsewhere_are_kept():
    first, second = _two_pages()
    third = [row(0.0, (0, 20, "Other header")), *second[1:]]
    lines = layout.document_lines(layout.without_running_rows([first, second, third]), set())
    assert lines.count(HEADER) == 2  # not on every page: not a running header
    # the same text lower on a page is body text, not a header
    moved = [first, [row(-3.0, (0, 20, "Resume, page 2")), row(1.5, (0, 37.6, HEADER)), *second[1:]]]
    assert sum(HEADER in line for line in layout.document_lines(layout.without_running_rows(moved), set())) == 2


def test_main_column_continues_on_a_page_without_sidebar():
    """lo/devops.table.pdf: a table sidebar on page 1; page 2 holds only the main column, whose
    job heading was cut by the page break; a date at a tab stop past the wrapping edge."""
    sidebar = ["EDUCATION", "B.S. in Computer Science", "CERTIFICATIONS", "CKA", "SKILLS", "Go, Python"]
    main = [
        "SUMMARY",
        "Site reliability engineer with 7 years",
        "of experience running Kubernetes.",
        "EXPERIENCE",
        "DevOps Engineer, Ibotta, Denver, CO",
        "- Managed Linux fleets with",
        "Ansible and wrote Bash scripts",
        "for backups.",
        "Systems Administrator,",
    ]
    first = [row(0.0, (0, 26.2, "Denver, CO | kenji.w@example.com"))]
    for i, text in enumerate(main):
        segments = [(19.6, {1: 38.0, 5: 38.0, 6: 38.0, 8: 33.1}.get(i, 30.0), text)]
        if i < len(sidebar):
            segments.insert(0, (0.0, 15.0, sidebar[i]))
        first.append(row(4.0 + 1.4 * i, *segments))
    second = [
        row(0.0, (0, 26.2, "Denver, CO | kenji.w@example.com")),
        row(3.3, (19.6, 37.9, "University of Colorado, Boulder, CO")),
        row(4.6, (37.5, 47.8, "Jun 2016 - Feb 2018")),
        row(6.9, (19.6, 38.0, "- Administered VMware and Linux")),
        row(8.2, (21.3, 33.7, "servers; handled on-call")),
        row(9.5, (21.3, 26.1, "rotations.")),
    ]
    lines = layout.document_lines(layout.without_running_rows([first, second]), set())
    assert "Systems Administrator, University of Colorado, Boulder, CO" in lines
    assert "- Administered VMware and Linux servers; handled on-call rotations." in lines
    assert lines.count("Denver, CO | kenji.w@example.com") == 1


def test_identical_pages_are_not_all_running_rows():
    page = [row(0.0, (0, 20, "Python developer")), row(1.4, (0, 20, "Kubernetes, PostgreSQL"))]
    lines = layout.document_lines(layout.without_running_rows([page, page, page]), set())
    assert sum("Python developer" in line for line in lines) == 3


# -- a job heading wrapped inside its dates (#6) ------------------------------------------------
def _line(text: str, x1: float, x0: float = 15.7, gapped: bool = False) -> layout.Line:
    return layout.Line(text, x0, x1, gapped)


def test_heading_wrapped_inside_its_dates_is_rejoined():
    """lo/mkt.textbox.pdf (LibreOffice, a text box) and lo/teach.pdf: the observed coordinates."""
    lines = [
        _line("Senior Marketing Manager, Datadog, New York, NY | Apr", 46.4),
        _line("2021 - Present", 23.0),
        None,
        _line("- Own demand generation programs; manage a budget.", 44.3),
        None,
        _line("Marketing Coordinator, Ogilvy, New York, NY | Jul 2015", 47.4),
        _line("- May 2017", 21.9),
        _line("Mathematics Teacher, Columbus City Schools, Columbus, OH Aug 2018 -", 47.0),
        _line("Jun 2020", 20.0),
        _line("- Taught Algebra II in May", 30.0),
        _line("2021 - 2022", 22.0),
    ]
    out = layout.reflow(lines, set())
    assert out[0] == "Senior Marketing Manager, Datadog, New York, NY | Apr 2021 - Present"
    assert "Marketing Coordinator, Ogilvy, New York, NY | Jul 2015 - May 2017" in out
    assert "Mathematics Teacher, Columbus City Schools, Columbus, OH Aug 2018 - Jun 2020" in out
    assert out[-2:] == ["- Taught Algebra II in May", "2021 - 2022"]  # a month in a sentence


def test_a_bullet_after_a_year_is_still_a_bullet():
    out = layout.reflow([_line("Led the migration in 2019", 30.0), _line("- Built APIs in Go", 25.0)], set())
    assert out == ["Led the migration in 2019", "- Built APIs in Go"]


def test_pdf_running_header_and_footer_end_to_end():
    def page(number: int, body: list[str]) -> bytes:
        out = b"BT /F1 10 Tf 1 0 0 1 72 760 Tm (Jane Doe | Chicago, IL | 312-555-0178) Tj ET "
        for i, text in enumerate(body):
            out += b"BT /F1 10 Tf 1 0 0 1 72 %d Tm (%s) Tj ET " % (720 - 14 * i, text.encode())
        return out + b"BT /F1 10 Tf 1 0 0 1 72 30 Tm (Page %d of 2 - References available upon request) Tj ET" % number

    first = page(1, ["EXPERIENCE", "Audit Manager, Deloitte, Jul 2020 - Present", "- Led audits."])
    second = page(2, ["Senior Auditor, KPMG, Sep 2015 - Jun 2020", "- Planned audits."])
    lines = [line for line in extract_pdf_text("two.pdf", pdf_bytes(first, second)).splitlines() if line]
    assert lines.count("Jane Doe | Chicago, IL | 312-555-0178") == 1
    assert not any("References" in line for line in lines)
    assert lines[lines.index("- Led audits.") + 1] == "Senior Auditor, KPMG, Sep 2015 - Jun 2020"
