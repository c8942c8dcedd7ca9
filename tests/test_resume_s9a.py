"""Resumes and degrees beyond software (session 9a): tab-separated rows, degrees of other
countries and trades, spoken languages in prose, a "Qualifications" heading, evidence lines,
employers' names."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_line, normalize_text

AS_OF = date(2026, 11, 1)


def _profile(text: str, vocab):
    """A resume read as a loaded file is: normalised first (tabs and all)."""
    return profile_resume(Document(path="r.txt", text=normalize_text(text), kind="text"), vocab, today=AS_OF)


# -- 1. a tab between cells is a cell separator -----------------------------------------------------
def test_a_tab_between_cells_is_a_cell_separator() -> None:
    assert normalize_line("Accenture\tAssociate Software Engineer\t2019 \u2013 2022") == (
        "Accenture | Associate Software Engineer | 2019 - 2022"
    )
    assert normalize_line("Senior Engineer\t\t\tJan 2019 - Present\t") == "Senior Engineer | Jan 2019 - Present"
    assert normalize_line("A\t|\tB") == "A | B"  # (a "|" typed between tabs is not doubled)


def test_a_tab_indenting_after_a_list_marker_or_after_a_label_is_a_space() -> None:
    assert normalize_line("\u2022\tStrong knowledge of GST") == "- Strong knowledge of GST"
    assert normalize_line("1.\tAdvanced MS Excel") == "1. Advanced MS Excel"
    assert normalize_line("\t-\t5+ years of Python") == " - 5+ years of Python"
    assert normalize_line("\tIndented line") == " Indented line"
    assert normalize_line("Location:\tRemote") == "Location: Remote"
    assert normalize_text("o\tsecond level") == "- second level"


def test_a_tab_separated_job_row_without_a_legal_form_splits_employer_title_and_dates(vocab):
    text = (
        "RAVI KUMAR\n"
        "Hyderabad | ravi.kumar@example.com\n\n"
        "WORK EXPERIENCE\n"
        "Accenture\tAssociate Software Engineer\t2019 \u2013 2022\n"
        "- Built Java services for a retail client\n"
        "KPMG India\tAudit Senior\tJul 2016 \u2013 Dec 2018\n"
        "- Statutory audits under Ind AS\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.months) for j in profile.jobs] == [
        ("Associate Software Engineer", "Accenture", 36),
        ("Audit Senior", "KPMG India", 30),
    ]


# -- 4. a bare "Qualifications" heading is education only over degrees ----------------------------
_QUALIFICATIONS = """Pat Doe
pat@example.com

{heading}
{body}

EXPERIENCE
Data Analyst, Acme Corp, Austin, TX
Jan 2018 - Dec 2023
- Built dashboards in Tableau

TRAINING
B.S. Business Administration, Texas State University, 2017
"""


def test_a_qualifications_heading_over_skills_and_certificates_is_not_education(vocab):
    body = "- 6 years of Python and SQL development\n- Forklift operator certified\n- OSHA 30-Hour Construction"
    profile = _profile(_QUALIFICATIONS.format(heading="QUALIFICATIONS", body=body), vocab)
    assert [s.kind for s in profile.sections][:2] == ["header", "skills"]
    # (read as education, it hid the degree under "TRAINING": a resume's education is read elsewhere only
    # when no section is education)
    assert profile.degree == "bachelor"


def test_a_qualifications_heading_over_degrees_is_education(vocab):
    body = (
        "PGCE Secondary Mathematics with QTS, University of Manchester, 2019\n"
        "BSc (Hons) Mathematics, 2:1, University of Leeds, 2018"
    )
    profile = _profile(_QUALIFICATIONS.format(heading="Qualifications", body=body), vocab)
    assert [s.kind for s in profile.sections][:2] == ["header", "education"]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("bachelor", "University of Manchester"),
        ("bachelor", "University of Leeds"),
    ]


# -- 6. an employer's name is no evidence of practice ------------------------------------------------
_JOBS = "Jake Morrison\nPhoenix, AZ | jake@example.com\n\nWORK HISTORY\n{jobs}\n"


def _job_skills(jobs: str, vocab):
    profile = _profile(_JOBS.format(jobs=jobs), vocab)
    return [(j.employer, j.skills) for j in profile.jobs], {s.skill.name for s in profile.skills}


def test_a_trade_in_the_employers_name_is_not_the_workers_trade(vocab):
    jobs, skills = _job_skills(
        "Pipe Welder, Goettl Air Conditioning & Plumbing, Phoenix, AZ | 2019 - Present\n"
        "- Weld carbon steel pipe in all positions using SMAW and GTAW",
        vocab,
    )
    assert jobs[0][0] == "Goettl Air Conditioning & Plumbing"
    assert "plumbing" not in jobs[0][1] and "plumbing" not in skills
    assert "welding" in jobs[0][1]


def test_a_trade_the_title_names_too_is_kept_and_a_list_of_skills_is_no_business(vocab):
    jobs, _ = _job_skills("Plumber, ABC Plumbing & HVAC, Austin, TX | 2015 - 2020\n- Installed water heaters", vocab)
    assert "plumbing" in jobs[0][1] and "HVAC" not in jobs[0][1]
    jobs, _ = _job_skills("Backend Engineer | Python, Django | Jan 2020 - Present\n- Built APIs", vocab)
    assert {"Python", "Django"} <= set(jobs[0][1])


def test_a_product_in_a_foundations_name_is_no_skill(vocab):
    jobs, skills = _job_skills(
        "Data Analyst Intern, Python Software Foundation | Jul 2023 - Dec 2023\n- Cleaned survey data", vocab
    )
    assert "Python" not in jobs[0][1] and "Python" not in skills


# -- audit: a town named like a skill, after the employer ----------------------------------------------
@pytest.mark.parametrize(
    "heading",
    [
        "Mathematics Teacher, Trafford Grammar School, Sale - September 2021 to present",
        "Cashier, Tesco, Sale, Greater Manchester | 2019 - 2022",
        "Mathematics Teacher | Trafford Grammar School | Sale | 2019 - 2022",
    ],
)
def test_a_town_after_the_employer_is_no_skill(vocab, heading):
    jobs, skills = _job_skills(f"{heading}\n- Taught Year 9 classes", vocab)
    assert len(jobs) == 1 and "sales" not in jobs[0][1] and "sales" not in skills


@pytest.mark.parametrize(
    ("heading", "skill"),
    [
        ("Acme Corp, Sales Manager | 2019 - 2022", "sales"),  # (the title after its employer)
        ("Acme Corp | Marketing | 2019 - 2022", "marketing"),  # (a department, the job untitled)
        ("Backend Engineer, Acme Corp, Python/Django | 2019 - 2022", "Python"),  # (a skill named as such)
    ],
)
def test_a_title_a_department_or_a_named_skill_after_the_employer_is_kept(vocab, heading, skill):
    jobs, _ = _job_skills(f"{heading}\n- Did the work", vocab)
    assert skill in jobs[0][1]
