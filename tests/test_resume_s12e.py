"""s12e: resume structure - a labelled line after the last job opens its section; a city with a bare
state code is the job's place; a title's department and a lab's university are no employer."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document, ResumeProfile
from jobmatch.text import normalize_text


def _profile(text: str, vocab) -> ResumeProfile:
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _job_skills(profile: ResumeProfile) -> list[str]:
    return [s for j in profile.jobs for s in j.skills]


_JOBS = (
    "Jane Doe\n\nExperience\nOperations Analyst - Acme Corp - 2019 to present\n* Built month-end reports in Excel\n"
    "* Tracked vendor invoices\n"
)


def test_an_education_line_after_the_last_job_is_the_education(vocab) -> None:
    profile = _profile(_JOBS + "\nEducation: B.S. Accounting, University of Memphis, 2018\n", vocab)
    assert [(e.degree, e.field, e.institution, e.year) for e in profile.education] == [
        ("bachelor", "Accounting", "University of Memphis", 2018)
    ]
    assert [(s.heading, s.kind) for s in profile.sections][-1] == ("Education", "education")
    assert "accounting" not in _job_skills(profile)
    assert profile.skill("accounting") is not None  # (still named on the resume)


def test_a_drivers_school_under_the_last_jobs_bullets_gives_that_job_no_cdl(vocab) -> None:
    text = (
        "Marcus Reed\n\nWork History\nRegional Driver - Werner Enterprises - 03/2021 to present\n"
        "* Haul dry van and reefer loads across 8 southeastern states\n\n"
        "Warehouse Associate - Amazon - 2016 to 2018\n* Forklift and pallet jack operator; RF scanner picking\n"
        "Education: Southwest Tennessee Community College - CDL Training Program (2018); High School Diploma, 2015\n"
    )
    profile = _profile(text, vocab)
    warehouse = profile.jobs[-1]
    assert warehouse.title == "Warehouse Associate"
    assert "CDL" not in warehouse.skills
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("high_school", "Southwest Tennessee Community College")
    ]


@pytest.mark.parametrize(
    ("line", "kind", "skill"),
    [
        ("Certifications: PMP, Certified ScrumMaster (CSM)", "certifications", "PMP"),
        ("Licenses: CDL Class A, TWIC card", "certifications", "TWIC card"),
        ("Languages: English, Spanish (fluent)", "other", "Spanish"),
    ],
)
def test_other_labelled_lines_after_the_last_job_open_their_sections(vocab, line, kind, skill) -> None:
    profile = _profile(_JOBS + line + "\n", vocab)
    assert [(s.heading, s.kind) for s in profile.sections][-1] == (line.split(":")[0], kind)
    assert profile.skill(skill) is not None
    assert skill not in _job_skills(profile)


def test_a_skills_line_set_apart_after_the_last_job_is_the_skills_list(vocab) -> None:
    profile = _profile(_JOBS + "\nSkills: Excel, SQL, Tableau\n", vocab)
    assert [(s.heading, s.kind) for s in profile.sections][-1] == ("Skills", "skills")
    assert "SQL" not in _job_skills(profile)


# near misses: a job's own lines


def test_a_jobs_technologies_right_under_its_bullets_stay_its_own(vocab) -> None:
    text = (
        "Sam Lee\n\nExperience\nBackend Engineer - Stripe - 2020 to present\n* Built the payouts API\n"
        "Technologies: Python, PostgreSQL, Kafka\n"
    )
    profile = _profile(text, vocab)
    assert [s.kind for s in profile.sections] == ["header", "experience"]
    assert {"Python", "PostgreSQL"} <= set(profile.jobs[0].skills)


def test_a_teachers_education_bullet_is_her_jobs_line(vocab) -> None:
    text = (
        "Ana Ruiz\n\nExperience\nTeacher - Lincoln Elementary - 2018 to present\n* Taught 4th grade math\n"
        "- Education: ran 12 parent workshops on reading\nEducation: ran 12 parent workshops on reading\n"
    )
    profile = _profile(text, vocab)
    assert [s.kind for s in profile.sections] == ["header", "experience"]
    assert profile.education == ()


def test_a_labelled_line_above_a_job_stays_in_the_jobs(vocab) -> None:
    text = (
        "Lee Park\n\nExperience\nAnalyst - Acme Corp - 2021 to present\n* Built reports in Excel\n"
        "Certifications: CPA (2020)\nJunior Analyst - Beta LLC - 2018 to 2021\n* Reconciled accounts\n"
    )
    profile = _profile(text, vocab)
    assert [s.kind for s in profile.sections] == ["header", "experience"]
    assert [j.title for j in profile.jobs] == ["Analyst", "Junior Analyst"]


def test_a_contact_lines_languages_above_the_jobs_stay_in_the_header(vocab) -> None:
    text = (
        "Jane Doe\nLanguages: English, French\n"
        "Analyst - Acme Corp - 2019 to present\n* Built reports in Excel\n"
    )
    profile = _profile(text, vocab)
    assert [s.kind for s in profile.sections] == ["header"]
    assert [j.title for j in profile.jobs] == ["Analyst"]


def _jobs(header: str, vocab) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{header}\n- Delivered loads on schedule\n"
    return [(j.title, j.employer, j.location) for j in _profile(text, vocab).jobs]


@pytest.mark.parametrize(
    ("header", "job"),
    [
        (
            "Regional Driver — Werner Enterprises, Memphis TN — 03/2021 to present",
            ("Regional Driver", "Werner Enterprises", "Memphis TN"),
        ),
        (
            "OTR Driver — Swift Transportation, Salt Lake City UT 84104 — 06/2018 to 02/2021",
            ("OTR Driver", "Swift Transportation", "Salt Lake City UT 84104"),
        ),
        ("Developer | Shopify, Ottawa ON | 2019 - 2022", ("Developer", "Shopify", "Ottawa ON")),
        # near misses: no town before a state's code, or no state's code after the comma
        ("Analyst — Acme, IBM CO — 2019 to 2022", ("Analyst", "Acme, IBM CO", None)),
        ("Engineer — Siemens, Mobility IT — 2019 to 2022", ("Engineer", "Siemens, Mobility IT", None)),
        (
            "Analyst — Goldman Sachs, Asset Management — 2019 to 2022",
            ("Analyst", "Goldman Sachs, Asset Management", None),
        ),
    ],
)
def test_a_town_with_its_bare_state_code_is_the_jobs_place(vocab, header, job) -> None:
    assert _jobs(header, vocab) == [job]


def _lab_jobs(block: str, vocab) -> list[tuple[str | None, str | None, str | None]]:
    text = f"Jordan Whitfield\njw@example.com\n\nRESEARCH EXPERIENCE\n{block}\n  - Ran ELISA and qPCR assays\n"
    return [(j.title, j.employer, j.location) for j in _profile(text, vocab).jobs]


@pytest.mark.parametrize(
    ("block", "job"),
    [
        (
            "Research Associate II, Immunology                  Aug 2021 – Present\nModerna, Cambridge, MA",
            ("Research Associate II, Immunology", "Moderna", "Cambridge, MA"),
        ),
        (
            "Graduate Research Assistant        Sep 2019 – May 2021\nLab of Dr. K. Osei, Northeastern University",
            ("Graduate Research Assistant", "Northeastern University", None),
        ),
        (
            "Postdoctoral Fellow                  2019 – 2021\nDepartment of Medicine, Stanford University",
            ("Postdoctoral Fellow", "Stanford University", None),
        ),
        # near misses: the employer after the title's comma, a place or a team on the row below
        (
            "Software Engineer, Google                  2019 – 2021\nMountain View, CA",
            ("Software Engineer", "Google", "Mountain View, CA"),
        ),
        (
            "Scientist, Genentech Inc.                  2019 – 2021\nAntibody Engineering, South San Francisco, CA",
            ("Scientist", "Genentech Inc.", None),
        ),
        (
            "Research Associate, Immunology                  2019 – 2021\nPayments Platform",
            ("Research Associate", "Immunology", None),
        ),
    ],
)
def test_a_department_after_the_titles_comma_is_no_employer_below_it(vocab, block, job) -> None:
    assert _lab_jobs(block, vocab) == [job]
