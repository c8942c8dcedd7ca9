"""Resume reading, from the PDF/DOCX audit (qa/reports/pdf.md): certifications not held yet, student
jobs said so in their bullets, two-row job headings, headings wrapped inside their dates, a hospital
unit before its employer, and the years of a title's field."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document

AS_OF = date(2026, 1, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


def _certifications(line: str, vocab) -> list[str]:
    profile = _profile(f"Aisha Rahman\n\nCERTIFICATIONS\n{line}\n", vocab)
    return [s.skill.name for s in profile.skills if s.skill.category == "certification"]


# -- #11: a certification one is a candidate for is not held ---------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "CFA Level II Candidate",
        "CPA Candidate",
        "PMP candidate (exam scheduled March 2026)",
        "AWS Solutions Architect (in progress)",
        "CPA (expected 2026)",
        "CISSP - expected May 2026",
        "Studying for the CPA exam",
        "Certified Public Accountant (CPA) candidate",
        "Passed CFA Level I",
    ],
)
def test_a_certification_not_held_yet_is_not_a_skill(vocab, line):
    assert _certifications(line, vocab) == []


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("CPA, PMP", ["CPA", "PMP"]),
        ("CFA charterholder", ["CFA"]),
        ("PMP certified (2019)", ["PMP"]),
        ("CPA (active)", ["CPA"]),
        ("PMP, CKA (in progress)", ["PMP"]),  # the cue after a certification is its own
    ],
)
def test_a_held_certification_stays(vocab, line, held):
    assert _certifications(line, vocab) == held


def test_a_cfa_candidate_does_not_meet_cfa_charterholder_required(vocab):
    """QA pdf #11 (txtcases/cfa.txt, post/cfa.txt): the requirement was met with the evidence
    "CFA Level II Candidate"."""
    from jobmatch import api
    from jobmatch.posting import parse_posting

    posting = parse_posting(
        Document(
            path="p.txt",
            kind="text",
            text="Equity Research Associate\n\nRequirements\n- CFA charterholder required\n- Excel\n",
        ),
        vocab,
    )
    candidate = _profile("Aisha Rahman\n\nCERTIFICATIONS\nCFA Level II Candidate\n\nSKILLS\nExcel, Python\n", vocab)
    result = api.score(candidate, posting, vocab)
    (cfa,) = [m for m in result.matches if "CFA" in m.requirement.any_of]
    assert not cfa.matched
    holder = _profile("Aisha Rahman\n\nCERTIFICATIONS\nCFA charterholder\n\nSKILLS\nExcel, Python\n", vocab)
    (cfa,) = [m for m in api.score(holder, posting, vocab).matches if "CFA" in m.requirement.any_of]
    assert cfa.matched


# -- #15: "while in nursing school" in a job's bullet makes it a student job ---------------------------
_CNA = (
    "Maria Gonzalez\nPhoenix, AZ\n\nEXPERIENCE\n"
    "ICU Staff Nurse | Banner Health | Apr 2021 - Present\n- Ventilator management.\n\n"
    "Certified Nursing Assistant | Sunrise Senior Living, Tempe, AZ | 2016-2018\n"
    "- Assisted residents with activities of daily living {phrase}.\n\n"
    "EDUCATION\nBachelor of Science in Nursing (BSN), Arizona State University, 2018\n"
)


@pytest.mark.parametrize("phrase", ["while in nursing school", "while studying", "during my degree"])
def test_a_job_held_while_studying_said_in_its_bullet_is_not_counted(vocab, phrase):
    profile = _profile(_CNA.format(phrase=phrase), vocab)
    cna = next(j for j in profile.jobs if j.title == "Certified Nursing Assistant")
    assert cna.internship
    assert profile.total_months == 57  # Apr 2021 - Dec 2025 only


def test_a_job_said_held_while_studying_in_a_capitalised_bullet(vocab):
    profile = _profile(_CNA.format(phrase="").replace("- Assisted", "- While in nursing school, assisted"), vocab)
    assert next(j for j in profile.jobs if j.title == "Certified Nursing Assistant").internship


def test_a_job_that_went_on_after_the_degree_counts_though_studying_at_first(vocab):
    """"while completing my MBA" in a job that went on for years after the MBA: professional work."""
    text = (
        "Sam Lee\n\nEXPERIENCE\nFinancial Analyst | Acme Corp | Jan 2016 - Dec 2022\n"
        "- Built the budget model while completing my MBA.\n\n"
        "EDUCATION\nMBA, Boston University, 2018\n"
    )
    (job,) = _profile(text, vocab).jobs
    assert not job.internship
    # ended with the MBA: still work, an MBA is studied beside a job (the evening programme)
    (job,) = _profile(text.replace(", 2018", ", 2022"), vocab).jobs
    assert not job.internship
    (job,) = _profile(text.replace(", 2018", ", 2022").replace("my MBA", "my degree"), vocab).jobs
    assert job.internship
    plain = _profile(_CNA.format(phrase="in a memory care unit"), vocab)
    assert not any(j.internship for j in plain.jobs)


# -- #5: two-row job headings (Jake's resume): Title ... Dates, then Employer ... Location -----------
def test_a_row_ending_with_its_dates_is_not_continued_by_the_row_below():
    """out/ds.jake.pdf: "Senior Data Scientist  Mar 2022 - Present" at the right edge, then the
    employer's row in italics was glued to it."""
    from jobmatch.layout import Line, wraps_into

    left, right = 2.7, 55.3
    title = Line("Senior Data Scientist Mar 2022 - Present", 2.7, 55.3, False)
    assert not wraps_into(title, Line("Zillow Group Seattle, WA", 2.7, 55.3, False), left, right)
    assert not wraps_into(title, Line("- Built a model", 4.0, 52.5, False), left, right)
    season = Line("Data Analyst Intern Summer 2018", 2.7, 55.3, False)
    assert not wraps_into(season, Line("Amazon Seattle, WA", 2.7, 55.3, False), left, right)
    months = Line("Mechanical Engineer June 2016 - December 2019", 18.4, 54.0, False)
    assert not wraps_into(months, Line("BorgWarner, Auburn Hills, MI", 18.4, 31.9, False), 18.4, 54.0)
    # still joined: a heading wrapped inside its dates, and a sentence that wraps
    wrapped = Line("Marketing Coordinator, Ogilvy | Jan 2019 -", 0, 50, False)
    assert wraps_into(wrapped, Line("May 2021", 0, 8, False), 0, 50)
    prose = Line("Led the migration of the billing system and the", 0, 50, False)
    assert wraps_into(prose, Line("reporting stack to AWS.", 0, 20, False), 0, 50)


@pytest.mark.parametrize(
    ("rows", "employer", "location"),
    [
        ("Senior Data Scientist Mar 2022 - Present\nZillow Group Seattle, WA", "Zillow Group", "Seattle, WA"),
        ("Senior Data Scientist Mar 2022 - Present\nGoogle Mountain View, CA", "Google", "Mountain View, CA"),
        ("Senior Data Scientist Mar 2022 - Present\nZillow Group, Seattle, WA", "Zillow Group", "Seattle, WA"),
        ("Senior Data Scientist Mar 2022 - Present\nZillow Group", "Zillow Group", None),
        ("Mechanical Engineer January 2020 - Present\nGeneral Motors, Warren, MI", "General Motors", "Warren, MI"),
    ],
)
def test_a_two_row_heading_reads_title_employer_and_place(vocab, rows, employer, location):
    text = f"Priya Natarajan\n\nEXPERIENCE\n{rows}\n- Built a gradient boosting classification model.\n"
    (job,) = _profile(text, vocab).jobs
    assert (job.title, job.employer, job.location) == (rows.split(" Mar ")[0].split(" January ")[0], employer, location)


def test_the_row_below_a_dated_title_is_no_employer_when_it_is_a_sentence(vocab):
    text = (
        "Priya Natarajan\n\nEXPERIENCE\nSenior Data Scientist Mar 2022 - Present\n"
        "Built fraud models for listings\n- Cut review time by 40%.\n"
    )
    (job,) = _profile(text, vocab).jobs
    assert (job.title, job.employer) == ("Senior Data Scientist", None)


# -- #6: a job heading wrapped inside its dates in a text file -----------------------------------------
def test_a_heading_wrapped_inside_its_dates_is_one_date_line(vocab):
    """txtcases/wrapped_date.txt: employer "Apr" (start 2021-01), and "- May 2017" read as a bullet
    so that the job was lost."""
    text = (
        "Olivia Chen\nNew York, NY\n\nEXPERIENCE\n"
        "Senior Marketing Manager, Datadog, New York, NY | Apr\n2021 - Present\n"
        "- Own demand generation programs; manage a $2M paid media budget.\n\n"
        "Marketing Coordinator, Ogilvy, New York, NY | Jul 2015\n- May 2017\n"
        "- Coordinated campaigns and copywriting for consumer brands.\n\n"
        "Marketing Assistant, Acme, Boston, MA | Jan 2013 -\nMay 2015\n- Wrote copy.\n"
    )
    profile = _profile(text, vocab)
    got = [(j.title, j.employer, j.location, j.period.start, j.period.end) for j in profile.jobs]
    assert got == [
        ("Senior Marketing Manager", "Datadog", "New York, NY", (2021, 4), (2026, 1)),
        ("Marketing Coordinator", "Ogilvy", "New York, NY", (2015, 7), (2017, 6)),
        ("Marketing Assistant", "Acme", "Boston, MA", (2013, 1), (2015, 6)),
    ]
    assert [j.end_line for j in profile.jobs] == [7, 11, 15]


def test_a_bullet_that_starts_with_a_year_is_no_wrapped_date(vocab):
    text = "Sam Lee\n\nEXPERIENCE\nAnalyst | Acme Corp | Jan 2019 - Present\n- Built the 2021 budget\n- 2020 audit\n"
    (job,) = _profile(text, vocab).jobs
    assert (job.title, job.employer, job.period.start, job.end_line) == ("Analyst", "Acme Corp", (2019, 1), 6)


# -- a hospital unit, a team, a department is no employer when an organisation follows it ----------------
@pytest.mark.parametrize(
    ("line", "title", "employer"),
    [
        (
            "Registered Nurse, Medical-Surgical Unit, HonorHealth, Scottsdale, AZ Aug 2018 - Mar 2021",
            "Registered Nurse, Medical-Surgical Unit",
            "HonorHealth",
        ),
        ("Registered Nurse, ICU, Tampa General Hospital, Tampa, FL 2018 - 2021", "Registered Nurse, ICU",
         "Tampa General Hospital"),
        ("Financial Analyst, Finance Department, Acme Corp | 2018 - 2021", "Financial Analyst, Finance Department",
         "Acme Corp"),
        ("Registered Nurse, HonorHealth, Scottsdale, AZ | 2018 - 2021", "Registered Nurse", "HonorHealth"),
        ("Analyst, Department of Transportation, Phoenix, AZ | 2018 - 2021", "Analyst", "Department of Transportation"),
    ],
)
def test_a_unit_after_the_title_is_part_of_it(vocab, line, title, employer):
    (job,) = _profile(f"Maria Gonzalez\n\nEXPERIENCE\n{line}\n- Cared for 5 patients a shift.\n", vocab).jobs
    assert (job.title, job.employer) == (title, employer)


def test_a_title_with_its_team_still_names_its_work(vocab):
    from jobmatch.resume import title_skill

    assert title_skill("Senior Product Manager, Payments Team", vocab) == ("product management", "Product Manager")
    text = "Sam Lee\n\nEXPERIENCE\nSenior Product Manager, Payments Team, Stripe | 2019 - 2024\n- Shipped things.\n"
    (job,) = _profile(text, vocab).jobs
    assert (job.title, job.employer) == ("Senior Product Manager, Payments Team", "Stripe")
    assert "product management" in job.skills
