"""s16h: follow-ups found outside the first streams' files. A project's stack after a dash, a credential's register in
brackets, the colleagues of a list on a resume, a builder's Excel sheets, a bare "Lead" title, degrees by their bare
letters, a school's accreditation note, a sentence's capitalised first word, the nursing specialty certifications.
Each with the near misses its rule must leave alone, in the shape of real resumes and postings."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import find_degrees, parse_posting
from jobmatch.text import normalize_text
from jobmatch.vocabulary import Vocabulary


def _profile(text: str, vocab: Vocabulary):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _skills(text: str, vocab: Vocabulary) -> set[str]:
    return {s.skill.name for s in _profile(text, vocab).skills}


def _asked(text: str, vocab: Vocabulary) -> list[tuple[str, ...]]:
    posting = parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)
    return [r.any_of for r in posting.requirements]


# -- 1. a project's name, a dash or a bar, then its stack ------------------------------------------------------------
@pytest.mark.parametrize("line", ["Trailmap — React, Flask", "Trailmap - React, Flask", "Trailmap | React, Flask",
                                  "- Budget Tracker | React and Flask"])
def test_a_short_name_then_a_dash_and_only_names_is_a_list(line: str, vocab: Vocabulary) -> None:
    assert {"React", "Flask"} <= _skills(f"PROJECTS\n{line}", vocab)


@pytest.mark.parametrize(
    "lines",
    [
        "EXPERIENCE\nBarista — Java City, Spring Street\nJan 2019 - Mar 2020",
        "EXPERIENCE\nAcme — Austin, Texas\nJan 2019 - Mar 2020",
        "VOLUNTEERING\nVolunteer — Habitat for Humanity, Go Green",
        "PROJECTS\nTrailmap — React",  # (one name after a dash: a title's subject as much as a stack)
        "EXPERIENCE\nCamp Counselor — Spring, Summer 2019",
    ],
)
def test_a_dash_before_places_or_employers_is_no_list_of_names(lines: str, vocab: Vocabulary) -> None:
    assert not _skills(lines, vocab) & {"Java", "Spring", "Go", "React"}


# -- 2. a credential's register in brackets --------------------------------------------------------------------------
@pytest.mark.parametrize("line", ["Lead Auditor (IRCA)", "Lead Auditor (IRCA), 2019"])
def test_a_lead_auditor_by_the_register_in_brackets(line: str, vocab: Vocabulary) -> None:
    assert "lead auditor certification" in _skills(f"CERTIFICATIONS\n{line}", vocab)


def test_the_register_name_keeps_its_closing_bracket(vocab: Vocabulary) -> None:
    from jobmatch.extract import extract_skills

    mentions = extract_skills("Lead Auditor (IRCA), 2019", vocab, resume=True)
    assert [(m.skill.name, m.surface) for m in mentions] == [("lead auditor certification", "Lead Auditor (IRCA)")]


@pytest.mark.parametrize(
    "text",
    [
        "EXPERIENCE\nLead Auditor, Deloitte\nJan 2019 - Mar 2020",
        "EXPERIENCE\nLead Auditor (Deloitte)\nJan 2019 - Mar 2020",
        "CERTIFICATIONS\nLead Auditor (IRCA and ISO courses",  # (no closed bracket: no name)
    ],
)
def test_a_lead_auditor_title_is_no_certificate(text: str, vocab: Vocabulary) -> None:
    assert "lead auditor certification" not in _skills(text, vocab)


# -- 3. the colleagues of a list on a resume -------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "- Partnered with machine learning engineers and data science teams",
        "- Partnered with product managers and data science teams",
    ],
)
def test_a_data_team_in_a_list_of_colleagues_is_no_data_science(line: str, vocab: Vocabulary) -> None:
    assert "data science" not in _skills(f"EXPERIENCE\n{line}", vocab)


@pytest.mark.parametrize(
    "line",
    [
        "- Built data science pipelines with machine learning engineers",
        "- Partnered with machine learning engineers and built data science dashboards",
    ],
)
def test_data_science_done_beside_colleagues_stays(line: str, vocab: Vocabulary) -> None:
    assert "data science" in _skills(f"EXPERIENCE\n{line}", vocab)


def test_a_posting_colleague_list_drops_the_trade_before_its_people(vocab: Vocabulary) -> None:
    assert _asked("Requirements:\n- Partner with product managers and security analysts", vocab) == []
    assert _asked("Requirements:\n- Experience with product managers and security tools", vocab) == [("security",)]


# -- 4. a builder's Excel sheets -------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line", ["- Build Excel sheets for the weekly sales report", "- Maintained Excel trackers and templates for AP"]
)
def test_excel_before_its_own_files_is_the_program(line: str, vocab: Vocabulary) -> None:
    assert "Microsoft Excel" in _skills(f"EXPERIENCE\n{line}", vocab)


@pytest.mark.parametrize(
    "line",
    [
        "- Excel at building sheets for the team",
        "- Students excel in sheets and forms",
        "Excel sheet of grades attached to the application",  # (a document, no verb's object)
    ],
)
def test_the_verb_excel_stays_a_verb(line: str, vocab: Vocabulary) -> None:
    assert "Microsoft Excel" not in _skills(f"EXPERIENCE\n{line}", vocab)


def test_an_excel_sheet_to_submit_is_still_no_skill(vocab: Vocabulary) -> None:
    text = "Documents to submit:\n- Excel sheet with translation of grades (see guidelines and excel spreadsheet here)"
    assert _asked(text, vocab) == []


# -- 5. a bare "Lead" title ------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "text",
    [
        "EXPERIENCE\nLead | Delivery Hero\n2019 - 2022",
        "EXPERIENCE\nLead — Acme Corp\n2019 - 2022",
        "EXPERIENCE\nLead at Google, 2019 - 2022",
    ],
)
def test_a_bare_lead_title_is_no_leadership(text: str, vocab: Vocabulary) -> None:
    assert "leadership" not in _skills(text, vocab)


@pytest.mark.parametrize(
    "line", ["- Lead cross-functional teams of 8 through two launches", "- Led a team of 6 engineers"]
)
def test_leading_people_stays_leadership(line: str, vocab: Vocabulary) -> None:
    assert "leadership" in _skills(f"EXPERIENCE\n{line}", vocab)


# -- 6. degrees by their bare letters --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("JD, Harvard Law School, 2011", "phd"),
        ("MD, Johns Hopkins University, 2010", "phd"),
        ("Johns Hopkins University — MD, 2010", "phd"),
        ("Columbia University — M.S.W., 2015", "master"),
        ("MPA, Syracuse University", "master"),
        ("MHA, University of Michigan", "master"),
        ("MAcc, BYU", "master"),
    ],
)
def test_an_education_line_names_its_degree_by_letters(line: str, level: str) -> None:
    assert find_degrees(line, education=True) == {level}


@pytest.mark.parametrize(
    "line",
    ["Towson University, Towson, MD", "Baltimore, MD 21201", "JD Edwards EnterpriseOne", "MD&A reporting",
     "Tensile strength of 40 MPa", "ASTM D638, 3.5 MPA", "Please read the JD before applying"],
)
def test_letters_of_other_senses_name_no_degree(line: str) -> None:
    assert find_degrees(line) == set()
    assert find_degrees(line, education=True) == set()


def test_a_postings_bare_mpa_and_mha_name_no_degree() -> None:
    assert find_degrees("3+ years building SPA and MPA web apps with React") == set()
    assert find_degrees("Partner with the local MHA chapter on outreach") == set()


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("MD/DO required", "phd"),
        ("MD or DO degree required", "phd"),
        ("JD from an ABA-accredited law school", "phd"),
        ("M.P.A. or MPH preferred", "master"),
    ],
)
def test_a_posting_names_a_degree_by_letters_in_their_context(line: str, level: str) -> None:
    assert find_degrees(line) == {level}


def test_a_resume_reads_the_school_and_year_after_bare_letters(vocab: Vocabulary) -> None:
    education = _profile("EDUCATION\nJD, Harvard Law School, 2011", vocab).education
    assert [(e.degree, e.institution, e.year) for e in education] == [("phd", "Harvard Law School", 2011)]


# -- 7. a school's accreditation note --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("M.L.I.S., San Jose State University (ALA-accredited), 2021", "San Jose State University"),
        ("MBA, Rutgers Business School (AACSB accredited), 2019", "Rutgers Business School"),
        ("B.S. Nursing, Chamberlain University (Chicago), 2018", "Chamberlain University (Chicago)"),
    ],
)
def test_an_accreditation_note_is_no_part_of_the_school(line: str, school: str, vocab: Vocabulary) -> None:
    assert [e.institution for e in _profile(f"EDUCATION\n{line}", vocab).education] == [school]


# -- 8. a sentence's capitalised first word --------------------------------------------------------------------------
def test_an_industry_opening_a_sentence_is_read(vocab: Vocabulary) -> None:
    assert _asked("Requirements:\n- Retail or supply chain background", vocab) == [
        ("retail", "supply chain management")
    ]


def test_an_industry_opening_a_title_is_not(vocab: Vocabulary) -> None:
    assert _asked("Requirements:\n- Retail Store Manager experience", vocab) == []


# -- 9. nursing specialty certifications -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("CEN certification, 2022", {"CEN"}),
        ("CEN, TNCC, PALS", {"CEN", "TNCC", "PALS"}),
        ("PCCN, CNOR, RNC-OB, CPEN, OCN, ENPC", {"PCCN", "CNOR", "RNC-OB", "CPEN", "OCN", "ENPC"}),
        ("Certified Emergency Nurse (CEN)", {"CEN"}),
    ],
)
def test_nursing_specialty_certifications(line: str, names: set[str], vocab: Vocabulary) -> None:
    assert names <= _skills(f"CERTIFICATIONS\n{line}", vocab)


@pytest.mark.parametrize(
    "line",
    [
        "- Complied with CEN standards for machinery",
        "- Wrote test plans to CEN/CENELEC standards",
        "- Maintained OCN records for carrier number porting",
        "Ingénieur, ENPC, Paris",
    ],
)
def test_letters_of_a_standards_body_a_carrier_or_a_school_name_no_nurse(line: str, vocab: Vocabulary) -> None:
    assert not _skills(f"EXPERIENCE\n{line}", vocab) & {"CEN", "OCN", "ENPC"}


def test_a_posting_asks_for_cen_but_not_for_the_standards_body(vocab: Vocabulary) -> None:
    assert _asked("Requirements:\n- CEN certification required\n- Current CEN or CPEN preferred", vocab) == [
        ("CEN",), ("CEN", "CPEN")
    ]
    assert _asked("Requirements:\n- Knowledge of EN and CEN standards for pressure equipment", vocab) == []


# -- a line's capitalised first word: async communication is a way of working, no async programming ------------------
@pytest.mark.parametrize(
    ("line", "expected", "not_expected"),
    [
        ("Async communication is our culture", {"communication"}, {"async programming"}),
        ("We value async communication and written updates", {"communication"}, {"async programming"}),
        ("Async programming with asyncio", {"async programming"}, set()),
        ("Async/await in Rust", {"async programming"}, set()),
    ],
)
def test_async_communication_is_a_way_of_working(line, expected, not_expected, vocab: Vocabulary) -> None:
    asked = {name for group in _asked(f"Requirements\n- {line}", vocab) for name in group}
    assert expected <= asked and not (not_expected & asked)
