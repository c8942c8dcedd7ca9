"""Two PDF layouts of the s5 resume audit (#1, #2), read in the order a person reads them.

tests/data/layout_s5/ holds the auditor's made-up resumes: r31 (Chromium; a sidebar beside a main
column whose jobs each have a date cell on their left; r31b with a wider date column that does
not wrap) with their HTML sources and a text version, and r29 (a Europass CV: a LibreOffice table
of labels and dates on the left, content on the right) as PDF and as the DOCX it was converted
from (mk_europass.py.txt, a python-docx script, made the DOCX). Also unit tests of jobmatch.layout
on positioned text made up here (ems, y growing downwards)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jobmatch import layout
from jobmatch.loaders import load_document
from jobmatch.match import profile_resume
from jobmatch.vocabulary import Vocabulary

DATA = Path(__file__).parent / "data" / "layout_s5"
AS_OF = date(2026, 1, 1)


@pytest.fixture(scope="module")
def vocabulary():
    return Vocabulary.load()


def _profile(name: str, vocabulary: Vocabulary):
    return profile_resume(load_document(str(DATA / name)), vocabulary, today=AS_OF)


def _timeline(profile):
    return [(j.title, j.employer, j.period.start, j.period.end) for j in profile.jobs]


def _education(profile):
    return [(e.degree, e.field, e.institution) for e in profile.education]


def _lines(name: str) -> list[str]:
    return load_document(str(DATA / name)).text.split("\n")


# -- #1: sidebar | dates | content (Chromium) ----------------------------------------------------
@pytest.mark.parametrize("name", ["r31_hospitality_timeline.pdf", "r31b_hospitality_timeline_wide.pdf"])
def test_sidebar_and_a_date_margin_read_as_the_text_version(name, vocabulary):
    reference = _profile("r31_hospitality_timeline.txt", vocabulary)
    profile = _profile(name, vocabulary)
    assert len(reference.jobs) == 3 and reference.total_months == profile.total_months
    assert _timeline(profile) == _timeline(reference)
    assert _education(profile) == _education(reference)
    assert _education(profile)[0][2] == "University of Technology Sydney"


@pytest.mark.parametrize("name", ["r31_hospitality_timeline.pdf", "r31b_hospitality_timeline_wide.pdf"])
def test_each_date_stays_with_its_job_and_the_sidebar_is_a_block(name):
    lines = _lines(name)
    assert "Feb 2022 - Present Front Office Supervisor" in lines
    assert "Jul 2019 - Jan 2022 Guest Service Agent" in lines
    assert "Mar 2017 - Jun 2019 Food & Beverage Attendant" in lines
    assert "2016 - 2019 Bachelor of Business (Tourism and Hospitality Management)" in lines
    sidebar = lines.index("KEY SKILLS"), lines.index("Rostering"), lines.index("Vietnamese (native)")
    assert list(sidebar) == sorted(sidebar) and sidebar[-1] < lines.index("PROFILE")
    assert not any("Cash handling" in line and "20" in line for line in lines)


# -- #2: Europass table (LibreOffice) -----------------------------------------------------------
def test_europass_pdf_reads_as_its_docx(vocabulary):
    pdf = _profile("r29_europass_nurse.pdf", vocabulary)
    docx = _profile("r29_europass_nurse.docx", vocabulary)
    assert [j.title for j in pdf.jobs] == ["Intensive Care Nurse", "Staff Nurse, Internal Medicine"]
    assert _timeline(pdf) == _timeline(docx)
    assert pdf.total_months == docx.total_months
    assert _education(pdf) == _education(docx)
    assert {e.degree for e in pdf.education} == {"bachelor", "master"}
    assert {s.skill.name for s in pdf.skills} == {s.skill.name for s in docx.skills}


def test_europass_labels_stay_with_the_cell_on_their_baseline():
    pdf = [line for line in _lines("r29_europass_nurse.pdf") if line]
    docx = [line for line in _lines("r29_europass_nurse.docx") if line]
    for label, cell in [
        ("POSITION APPLIED FOR", "Registered Nurse (Intensive Care)"),
        ("04/2018 - Present", "Intensive Care Nurse"),
        ("10/2014 - 03/2018", "Staff Nurse, Internal Medicine"),
        ("10/2011 - 06/2014", "Bachelor of Nursing (licencjat pielęgniarstwa)"),
        ("Mother tongue(s)", "Polish"),
        ("Digital skills", "ECDL; hospital information systems (AMMS), MS Office"),
    ]:
        assert pdf[pdf.index(label) + 1] == cell
        assert docx[docx.index(label) + 1] == cell
    assert pdf.index("WORK EXPERIENCE") < pdf.index("04/2018 - Present") < pdf.index("EDUCATION AND TRAINING")


# -- unit tests on made-up positioned text --------------------------------------------------------
def row(y: float, *segments: tuple[float, float, str]) -> layout.Row:
    return layout.Row(y, tuple(layout.Segment(x0, x1, text, y) for x0, x1, text in segments))


def _europass() -> list[layout.Row]:
    """A label table: labels and dates in a left cell on the baseline of their block's first line;
    the blocks' lines are 2.25 ems apart, a wrapped line 1.34."""
    return [
        row(0.0, (0.0, 14.3, "PERSONAL INFORMATION"), (24.0, 32.3, "Jan Nowak")),
        row(2.25, (24.0, 34.0, "Gdansk, Poland")),
        row(4.5, (0.0, 10.8, "WORK EXPERIENCE")),
        row(6.75, (0.0, 9.2, "04/2018 - Present"), (24.0, 35.8, "Intensive Care Nurse")),
        row(9.0, (24.0, 46.1, "University Clinical Centre, Gdansk")),
        row(11.25, (24.0, 46.0, "- Administration of medications and")),
        row(12.59, (24.0, 37.5, "infusions, central line care")),
        row(14.84, (0.0, 9.4, "10/2014 - 03/2018"), (24.0, 41.1, "Staff Nurse, Internal Medicine")),
        row(17.09, (24.0, 43.3, "Copernicus Hospital, Gdansk")),
        row(19.34, (0.0, 8.9, "Mother tongue(s)"), (24.0, 27.0, "Polish")),
        row(21.59, (0.0, 9.2, "Other language(s)"), (24.0, 40.0, "UNDERSTANDING / SPEAKING")),
        row(23.84, (0.0, 3.8, "English"), (24.0, 28.8, "C1 C1 B2")),
        row(26.09, (0.0, 6.3, "Digital skills"), (24.0, 42.5, "ECDL; hospital information")),
        row(27.43, (24.0, 33.8, "systems, MS Office")),
    ]


def test_a_table_of_labels_is_read_row_by_row():
    rows = _europass()
    assert layout.find_gutter(rows) is None  # no columns
    assert layout.page_lines(rows, set()) == [
        "PERSONAL INFORMATION",
        "Jan Nowak",
        "Gdansk, Poland",
        "WORK EXPERIENCE",
        "04/2018 - Present",
        "Intensive Care Nurse",
        "University Clinical Centre, Gdansk",
        "- Administration of medications and infusions, central line care",
        "10/2014 - 03/2018",
        "Staff Nurse, Internal Medicine",
        "Copernicus Hospital, Gdansk",
        "Mother tongue(s)",
        "Polish",
        "Other language(s)",
        "UNDERSTANDING / SPEAKING",
        "English",
        "C1 C1 B2",
        "Digital skills",
        "ECDL; hospital information systems, MS Office",
    ]


def test_a_sidebar_whose_lines_share_the_main_columns_baselines_is_still_a_column():
    """The same geometry, but the left lines sit beside wrapped lines of the main column (a
    sidebar in a table with one line spacing): columns, read left then right."""
    rows = [
        row(0.0, (0.0, 8.0, "SKILLS"), (24.0, 46.0, "Senior Engineer, Acme, 2019 - 2023")),
        row(1.34, (0.0, 8.0, "Python"), (24.0, 46.0, "Built the billing service and ran its")),
        row(2.68, (0.0, 8.0, "Go"), (24.0, 40.0, "migration to the cloud.")),
        row(4.93, (0.0, 8.0, "Docker"), (24.0, 46.0, "Engineer, Beta, 2016 - 2019")),
        row(6.27, (0.0, 8.0, "Kubernetes"), (24.0, 46.0, "Wrote the ingestion pipeline and its")),
        row(7.61, (24.0, 38.0, "monitoring.")),
    ]
    cut = layout.find_gutter(rows)
    assert cut is not None and 8.0 < cut[0] <= 24.0
    lines = [line for line in layout.page_lines(rows, set()) if line]
    assert lines[:5] == ["SKILLS", "Python", "Go", "Docker", "Kubernetes"]
    assert "Built the billing service and ran its migration to the cloud." in lines


def _timeline_page() -> list[layout.Row]:
    """A sidebar (x 0-13.5), and a main column whose jobs have a date cell (18.4) beside their
    title (28.0) with bullets further in (29.1); the date cells wrap."""
    return [
        row(8.17, (0.0, 6.9, "Chloe"), (18.4, 24.1, "PROFILE")),
        row(10.64, (0.0, 9.5, "Nguyen"), (18.4, 50.2, "Friendly and organised Front Office Supervisor")),
        row(14.24, (18.4, 31.3, "WORK EXPERIENCE")),
        row(15.66, (0.0, 6.2, "CONTACT")),
        row(16.26, (18.4, 23.3, "Feb 2022 –"), (28.0, 41.0, "Front Office Supervisor")),
        row(17.31, (18.4, 21.8, "Present"), (28.0, 38.9, "The Langham Sydney")),
        row(17.84, (0.0, 7.0, "0412 345 678")),
        row(18.81, (0.0, 13.5, "chloe@example.com"), (29.1, 48.0, "Supervise and train a team of 8 guest")),
        row(19.93, (0.0, 10.6, "Surry Hills NSW 2010"), (29.1, 44.2, "service agents across 3 shifts.")),
        row(21.06, (29.1, 46.0, "Manage arrivals for 98 rooms.")),
        row(22.18, (0.0, 7.7, "KEY SKILLS"), (29.1, 49.1, "Resolve guest complaints.")),
        row(24.88, (0.6, 5.3, "Opera PMS"), (6.5, 8.9, "Protel")),
        row(26.53, (0.6, 5.1, "SiteMinder")),
        row(27.20, (18.4, 24.5, "Jul 2019 – Jan"), (28.0, 39.5, "Guest Service Agent")),
        row(28.18, (0.6, 6.6, "Cash handling"), (18.4, 20.7, "2022"), (28.0, 39.4, "Hyatt Regency Sydney")),
        row(29.75, (0.6, 4.5, "Upselling"), (29.1, 47.7, "Check-in/check-out, reservations and")),
        row(30.88, (29.1, 41.4, "payments in Opera PMS.")),
        row(31.47, (0.6, 8.0, "Customer service")),
        row(32.00, (29.1, 45.3, "Night auditor 2 nights per week.")),
        row(38.67, (18.4, 26.1, "EDUCATION")),
        row(
            40.69,
            (0.0, 5.6, "RCG (NSW)"),
            (18.4, 24.0, "2016 – 2019"),
            (28.0, 47.4, "Bachelor of Business (Tourism and"),
        ),
        row(41.89, (0.0, 10.5, "First Aid"), (28.0, 42.3, "Hospitality Management)")),
        row(43.02, (28.0, 44.3, "University of Technology Sydney")),
    ]


def test_a_main_column_with_a_date_margin_is_a_column_beside_the_sidebar():
    rows = _timeline_page()
    cut = layout.find_gutter(rows)
    assert cut is not None and 13.5 < cut[0] < 18.4 and cut[1:] == (0, len(rows) - 1)
    lines = layout.page_lines(rows, set())
    assert lines.index("First Aid") < lines.index("PROFILE")
    assert "Feb 2022 - Present Front Office Supervisor" in lines
    assert lines[lines.index("Feb 2022 - Present Front Office Supervisor") + 1] == "The Langham Sydney"
    assert "Jul 2019 - Jan 2022 Guest Service Agent" in lines
    assert "Cash handling" in lines
    assert "2016 - 2019 Bachelor of Business (Tourism and Hospitality Management)" in lines


def test_aligned_beside_margin():
    rows = _timeline_page()
    main = [i for i, r in enumerate(rows) if r.x1 > 18.4]
    assert not layout._aligned([min(s.x0 for s in rows[i].segments if s.x0 >= 16.0) for i in main])
    assert layout._aligned_beside_margin(rows, main, 16.0)
    # a title and its right-aligned date, once: no content edge shown by two margin rows
    lone = [row(0.0, (18.4, 30.0, "Engineer"), (45.0, 52.0, "2019 - 2023")), row(1.2, (29.1, 50.0, "- Built it"))]
    assert not layout._aligned_beside_margin(lone, [0, 1], 16.0)


@pytest.mark.parametrize(
    ("a", "b", "joined"),
    [
        ("Feb 2022 –", "Present", True),
        ("Jul 2019 – Jan", "2022", True),
        ("Jul 2019", "– Jan 2022", True),
        ("Feb 2022 –", "The Langham Sydney", False),
        ("Front Office", "2022", False),
        ("Sales in Jan", "2022", False),
    ],
)
def test_a_wrapped_date_cell(a, b, joined):
    assert layout._date_cell_continues(a, b) is joined


def test_a_date_cell_continuation_is_only_taken_from_the_same_margin():
    rows = [
        row(0.0, (18.4, 23.3, "Feb 2022 –"), (28.0, 41.0, "Front Office Supervisor")),
        row(1.2, (28.0, 38.9, "Present")),  # not in the margin: content, left alone
    ]
    assert [r.segments[0].text for r in layout._margin_dates_rejoined(rows)] == ["Feb 2022 –", "Present"]
