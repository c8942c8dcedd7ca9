"""Resume fixes from the s6 core audit (/tmp/s6qa was the auditor's folder; the texts are copied
here): a degree expected at a month now past (#7) and a date beside the degree's field."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.vocabulary import Vocabulary

NOVEMBER = date(2026, 11, 24)

NEW_GRAD = (
    "Priya Raman\npriya@x.com\n\nEducation\nUniversity of California, Santa Cruz    Santa Cruz, CA\n"
    "{degree}\n\nSkills\nPython, Go\n"
)


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary.load()


def _profile(text: str, vocab, today: date = NOVEMBER):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=today)


def _degree(line: str, vocab, today: date = NOVEMBER):
    education = _profile(NEW_GRAD.format(degree=line), vocab, today).education
    return [(e.degree, e.field, e.year) for e in education]


@pytest.mark.parametrize(
    "line",
    [
        "B.S. Computer Science    Expected June 2026",
        "B.S. Computer Science, GPA 3.7    Expected June 2026",
        "B.S. Computer Science (Anticipated May 2026)",
        "B.S. Computer Science    Expected Spring 2026",
        "B.S. Computer Science    Expected 06/2026",
    ],
)
def test_a_degree_expected_at_a_month_now_past_is_held(vocab, line):
    assert _degree(line, vocab) == [("bachelor", "Computer Science", 2026)]


@pytest.mark.parametrize(
    "line",
    [
        "B.S. Computer Science    Expected Dec 2026",
        "B.S. Computer Science    Expected November 2026",
        "B.S. Computer Science    Expected 2026",
        "B.S. Computer Science (expected 2027)",
    ],
)
def test_a_degree_expected_at_a_date_not_yet_past_is_not_held(vocab, line):
    assert _degree(line, vocab) == [(None, "Computer Science", 2026 if "2026" in line else 2027)]


def test_the_same_expected_month_is_held_only_once_past(vocab):
    line = "B.S. Computer Science    Expected June 2026"
    assert _degree(line, vocab, date(2026, 6, 1))[0][0] is None
    assert _degree(line, vocab, date(2026, 7, 1))[0][0] == "bachelor"


@pytest.mark.parametrize(
    "line",
    [
        "B.S. Computer Science    May 2026",
        "B.S. Computer Science    Expected 2025",
        "B.S. Computer Science Expected 2025",
    ],
)
def test_a_date_beside_the_field_is_not_part_of_it(vocab, line):
    assert _degree(line, vocab)[0][:2] == ("bachelor", "Computer Science")


def _job_skills(text: str, vocab):
    profile = _profile(text, vocab)
    return [(j.employer, j.skills) for j in profile.jobs], {s.skill.name for s in profile.skills}


JOBS = (
    "Lena Park\nSoftware Engineer\nOakland, CA | lena@example.com\n\nExperience\n{jobs}\n\n"
    "Education\nB.S. Computer Science, UC Berkeley, 2015\n"
)


@pytest.mark.parametrize(
    ("heading", "employer", "skill"),
    [
        ("Software Engineer, Salesforce, San Francisco, CA | Jan 2022 - Present", "Salesforce", "Salesforce"),
        ("Software Engineer, Express Scripts, St. Louis, MO | Jan 2019 - Present", "Express Scripts", "Express"),
        ("Frontend Developer — Squarespace | Jan 2019 - Present", "Squarespace", "Squarespace"),
        ("Product Manager, HubSpot    Jan 2019 - Dec 2021", "HubSpot", "HubSpot"),
    ],
)
def test_the_employer_on_a_jobs_heading_is_no_skill(vocab, heading, employer, skill):
    jobs, skills = _job_skills(JOBS.format(jobs=f"{heading}\n- Built internal Java services for billing"), vocab)
    assert jobs[0][0] == employer
    assert skill not in jobs[0][1] and skill not in skills
    assert "Java" in jobs[0][1]


def test_a_title_or_a_bullet_naming_the_skill_still_shows_it(vocab):
    jobs, skills = _job_skills(
        JOBS.format(
            jobs="Salesforce Developer, Acme Corp, Austin, TX | Jan 2020 - Present\n- Built Apex triggers\n\n"
            "Software Engineer, HubSpot, Boston, MA | Jan 2016 - Dec 2019\n- Built integrations with Salesforce"
        ),
        vocab,
    )
    assert jobs[0][0] == "Acme Corp" and "Salesforce" in jobs[0][1]
    assert jobs[1][0] == "HubSpot" and "Salesforce" in jobs[1][1] and "HubSpot" not in jobs[1][1]
    assert "Salesforce" in skills and "HubSpot" not in skills


def test_a_description_in_the_employers_name_is_kept_an_industry_word_is_not(vocab):
    jobs, _ = _job_skills(
        JOBS.format(
            jobs="Software Engineer, Brightwire Logistics, Austin, TX | Jan 2020 - Present\n- Built Flask APIs\n\n"
            "Frontend Engineer, Parcelnest (e-commerce SaaS), Boston, MA | Jan 2016 - Dec 2019\n- Built React apps"
        ),
        vocab,
    )
    # (an employer's name says what the business does, not what the person did: session 9a)
    assert "logistics" not in jobs[0][1] and "SaaS" in jobs[1][1]


def test_a_list_of_skills_read_as_the_employer_keeps_its_skills(vocab):
    jobs, _ = _job_skills(
        JOBS.format(jobs="Backend Engineer | Python, Django | Jan 2020 - Present\n- Built APIs"), vocab
    )
    assert {"Python", "Django"} <= set(jobs[0][1])


def test_a_bullets_sentence_without_its_bullet_is_no_employer(vocab):
    text = JOBS.format(
        jobs="Software Engineering Intern    Jun 2025 - Sep 2025\nIntuit Mountain View, CA\n"
        "Built a Go microservice that reconciles invoices; cut batch time by 40%\n"
        "Wrote REST endpoints and PostgreSQL migrations; added unit tests with testify\n"
        "Deployed with Docker to AWS ECS via GitHub Actions\n"
        "Teaching Assistant    Sep 2024 - Jun 2025\nUC Santa Cruz Santa Cruz, CA\n"
        "Held office hours for CS 101 (Java) and graded assignments"
    )
    jobs = _profile(text, vocab).jobs
    assert [(j.title, j.employer, j.line) for j in jobs] == [
        ("Software Engineering Intern", "Intuit", 6),
        ("Teaching Assistant", "UC Santa Cruz", 11),
    ]
    assert "PostgreSQL" in jobs[0].skills and "PostgreSQL" not in jobs[1].skills


@pytest.mark.parametrize(
    "employer", ["Advanced Micro Devices", "United States Air Force", "Registered Nurse in the Intensive Care Unit"]
)
def test_an_employer_or_title_starting_like_a_verb_is_still_one(employer):
    from jobmatch.resume import _work_sentence

    assert not _work_sentence(employer)


def test_sdet_is_a_title(vocab):
    jobs = _profile(
        JOBS.format(jobs="SDET, Toyota Connected, Plano, TX — 2021 - Present\n- Built Playwright suites"), vocab
    ).jobs
    assert [(j.title, j.employer, j.location) for j in jobs] == [("SDET", "Toyota Connected", "Plano, TX")]  # s6 #17


def test_a_sidebars_degree_institution_and_year_lines(vocab):
    # a CSS sidebar's three paragraphs, the first two rejoined as one line (s6 #17)
    text = "Marcus Webb\n\nEducation\nB.S. Computer Science University of Washington\n2015\n\nSkills\nGo\n"
    education = _profile(text, vocab).education
    assert [(e.degree, e.field, e.institution, e.year) for e in education] == [
        ("bachelor", "Computer Science", "University of Washington", 2015)
    ]
