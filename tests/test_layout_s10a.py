"""A table's row in a PDF laid out in columns (session 10a): a wide gap before a cell at a tab stop
is a cell separator (" | "), as a tab is in text; a title's right-aligned dates or place, a date
cell and justified text keep a space."""

from __future__ import annotations

from datetime import date

from jobmatch.loaders import extract_pdf_text
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.vocabulary import Vocabulary
from tests.test_layout_audit import pdf_bytes  # (Helvetica 500/1000 em a character: 5 pt at 10 pt)


def _page(rows: list[list[tuple[int, str]]]) -> bytes:
    """Rows of (x in points, text), 14 pt apart from the top."""
    out = b""
    for i, row in enumerate(rows):
        for x, text in row:
            out += b"BT /F1 10 Tf 1 0 0 1 %d %d Tm (%s) Tj ET " % (x, 740 - 14 * i, text.encode())
    return pdf_bytes(out)


_TABLE = [
    [(72, "RAVI KUMAR")],
    [(72, "Hyderabad | ravi.kumar@example.com")],
    [],
    [(72, "WORK EXPERIENCE")],
    [(72, "Accenture"), (200, "Associate Software Engineer"), (470, "2019 - 2022")],
    [(72, "- Built Java services for a retail client and kept them running in production")],
    [(72, "KPMG India"), (200, "Audit Senior"), (470, "Jul 2016 - Dec 2018")],
    [(72, "- Statutory audits under Ind AS for listed manufacturing clients of the firm")],
    [(72, "Wipro"), (200, "Trainee Engineer")],
    [(72, "2013 - 2014")],
]


def test_a_pdf_table_row_keeps_its_cells_apart():
    lines = extract_pdf_text("t.pdf", _page(_TABLE)).splitlines()
    assert "Accenture | Associate Software Engineer 2019 - 2022" in lines
    assert "KPMG India | Audit Senior Jul 2016 - Dec 2018" in lines
    assert "Wipro | Trainee Engineer" in lines


def test_a_pdf_table_row_splits_employer_title_and_dates():
    text = extract_pdf_text("t.pdf", _page(_TABLE))
    profile = profile_resume(Document(path="t.pdf", text=text, kind="pdf"), Vocabulary.load(), today=date(2026, 11, 1))
    assert [(j.title, j.employer, j.months) for j in profile.jobs] == [
        ("Associate Software Engineer", "Accenture", 36),
        ("Audit Senior", "KPMG India", 30),
        ("Trainee Engineer", "Wipro", 12),
    ]


_BULLET = "- Wrote the monthly reports for the board and the audit committee of the whole group."


def test_right_aligned_cells_dates_labels_and_justified_text_keep_a_space():
    rows = [
        [(72, "EXPERIENCE")],
        [(72, "Senior Engineer, Acme Corp"), (475, "Jan 2019 - Present")],  # (dates flush right)
        [(72, _BULLET)],
        [(72, "Intuit"), (480, "Mountain View, CA")],  # (a place flush right)
        [(72, _BULLET)],
        [(72, "Jan 2015 - Dec 2018"), (200, "Data Analyst, Zillow")],  # (a date cell in a margin)
        [(72, _BULLET)],
        [(72, "Phone:"), (200, "312-555-0178")],  # (a label's colon)
        [(72, _BULLET)],
        [(72, "- Managed the"), (160, "billing"), (230, "team across"), (320, "three sites")],  # (justified)
        [(72, _BULLET)],
    ]
    lines = extract_pdf_text("t.pdf", _page(rows)).splitlines()
    assert "Senior Engineer, Acme Corp Jan 2019 - Present" in lines
    assert "Intuit Mountain View, CA" in lines
    assert "Jan 2015 - Dec 2018 Data Analyst, Zillow" in lines
    assert "Phone: 312-555-0178" in lines
    assert "- Managed the billing team across three sites" in lines


# -- a bullet whose bullet was drawn (Chromium's CSS list), under a bullet that fills its line -----------
_FULL = "Lead a team of 8 on highway improvement schemes up to £25m for National Highways"


def test_a_drawn_bullets_next_item_is_no_wrap():
    from jobmatch import layout
    from jobmatch.layout import Line

    a = Line(_FULL, 1.12, 34.78, False)
    for text in ("Design drainage to DMRB and SuDS guidance", "Led 3 audits", "Supervised 35 associates"):
        assert not layout.wraps_into(a, Line(text, 1.12, 32.54, False), 0.0, 36.92)
    # a wrap that starts with a name (or a verb in capitals before a name) still wraps
    assert layout.wraps_into(a, Line("England and the Environment Agency", 1.12, 20.0, False), 0.0, 36.92)
    assert layout.wraps_into(a, Line("Design Council awards", 1.12, 20.0, False), 0.0, 36.92)
