"""s14b: Markdown code fences in a resume, education lines that gave no entry or a wrong one, a federal
job's pay grade read as dates."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text

DATA = Path(__file__).parent / "data" / "resumes_s14b"
TODAY = date(2026, 11, 1)


def _profile(text: str, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=TODAY)


def _file(name: str, vocab):
    return profile_resume(Document(name, normalize_text((DATA / name).read_text()), "text"), vocab, today=TODAY)


def _skills(profile) -> set[str]:
    return {s.skill.name for s in profile.skills}


# -- code fences ----------------------------------------------------------------------------------
def test_fenced_lines_open_no_section_job_or_degree(vocab):
    profile = _file("portfolio_markdown_fences.md", vocab)
    assert [s.heading for s in profile.sections if s.heading] == ["Summary", "Experience", "Code sample", "Education"]
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Senior Software Engineer", "Lumen Payments"),
        ("Software Engineer", "Brightline Health"),  # (the fence's "## Ingest" had ended the experience section)
    ]
    assert [(e.institution, e.year) for e in profile.education] == [("University of Texas at Austin", 2019)]


def test_a_skill_inside_a_fence_is_not_shown_but_the_info_string_language_is(vocab):
    profile = _file("portfolio_markdown_fences.md", vocab)
    assert "MongoDB" not in _skills(profile)  # "migrated from MongoDB" inside the diagram's fence
    assert "Amazon API Gateway" not in _skills(profile)  # "[API gateway] --> [Kafka]"
    python = profile.skill("Python")
    assert python is not None and 34 in [m.line for m in python.mentions]  # "````python"
    # Kafka is shown by its own bullet, not by the diagram's line
    assert [m.line for m in profile.skill("Kafka").mentions] == [15]


def test_an_info_string_language_gives_no_job_years(vocab):
    text = (
        "Jo Smith\n\nEXPERIENCE\nData Engineer, Acme Corp, Jan 2020 - Present\n- Built pipelines in Python\n\n"
        "PROJECTS\n```kotlin\nfun main() = println(\"hi\")\n```\n"
    )
    profile = _profile(text, vocab)
    assert "Kotlin" in _skills(profile)
    assert profile.skill_experience("Kotlin") is None


@pytest.mark.parametrize(
    "fence",
    [
        "```pytest``` suites for every service\nEXPERIENCE\n",  # inline code, no fence
        "~~~\nEXPERIENCE\n```\n",  # a fence closes only with its own character: never closed
    ],
)
def test_no_fence_fences_nothing(vocab, fence):
    text = f"Jo Smith\n\n{fence}Data Engineer, Acme Corp, Jan 2020 - Present\n- Built pipelines in Python\n"
    profile = _profile(text, vocab)
    assert [j.employer for j in profile.jobs] == ["Acme Corp"]
    assert profile.skill_experience("Python") is not None


# -- education ------------------------------------------------------------------------------------
_HEAD = (
    "Sam Rivera\nIndianapolis, IN | sam@example.com\n\nEXPERIENCE\n"
    "Patient Care Technician, IU Health, Indianapolis, IN     Jan 2020 - Present\n"
    "- Took vitals and assisted nurses with patient care\n\nEDUCATION\n"
)


def _education(line: str, vocab) -> list[tuple]:
    return [(e.degree, e.field, e.institution, e.year) for e in _profile(_HEAD + line + "\n", vocab).education]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        ("Diploma, Medical Assistant Program — Madison College", (None, "Medical Assistant", "Madison College", None)),
        ("Certificate in Welding Technology, Lincoln Tech, 2019", (None, "Welding Technology", "Lincoln Tech", 2019)),
        ("Associate of Applied Science (AAS), Nursing – Ivy Tech", ("associate", "Nursing", "Ivy Tech", None)),
        ("High School Diploma — Roosevelt High School, 2015", ("high_school", None, "Roosevelt High School", 2015)),
        ("Roosevelt High School, Gary, IN — Diploma, 2015", ("high_school", None, "Roosevelt High School", 2015)),
        ("Graduated from Roosevelt High School, 2015", ("high_school", None, "Roosevelt High School", 2015)),
        ("High school equivalency diploma (HiSET), 2014", ("high_school", None, None, 2014)),
        ("GED, 2012", ("high_school", None, None, 2012)),
        ("B.Tech in ECE, IIT Bombay (CGPA 8.6/10)", ("bachelor", "ECE", "IIT Bombay", None)),
        (
            "MBA, Finance concentration, Kelley School of Business, 2020",
            ("master", "Finance", "Kelley School of Business", 2020),
        ),
        ("B.S. Biology, Georgia Tech, 2015", ("bachelor", "Biology", "Georgia Tech", 2015)),
    ],
)
def test_education_entries(vocab, line, entry):
    assert _education(line, vocab) == [entry]


@pytest.mark.parametrize(
    ("line", "entry"),
    [
        # credits short of a degree hold none, and "college" in the degree's words is no school
        ("Some college coursework toward B.S. in Biology", (None, "Biology", None, None)),
        (
            "90 credits toward B.A. in Psychology, Ball State University",
            (None, "Psychology", "Ball State University", None),
        ),
        ("Completed coursework toward Associate degree in Business", (None, "Business", None, None)),
        ("Bachelor's degree in progress (expected May 2027)", (None, None, None, 2027)),
        ("Pursuing MSc in Data Science, University of Bristol", (None, "Data Science", "University of Bristol", None)),
    ],
)
def test_degrees_not_held(vocab, line, entry):
    assert _education(line, vocab) == [entry]


@pytest.mark.parametrize(
    "line",
    [
        "Roosevelt High School, 2011 - 2013",  # a school attended, no diploma named
        "Certificate in Welding Technology",  # no school: a certification, not an education entry
        "Diploma, 2015",
    ],
)
def test_no_entry(vocab, line):
    assert _education(line, vocab) == []


def test_a_field_named_tech_is_no_school(vocab):
    assert _education("M.Ed., Health Tech, 2019", vocab) == [("master", "Health Tech", None, 2019)]


def test_a_teacher_at_a_high_school_holds_no_diploma(vocab):
    profile = _file("functional_career_changer.txt", vocab)
    assert profile.degree == "bachelor"
    # ("Certificate in Data Analytics, University of Washington ...": listed, no level; the Google certificate is
    # a certification, no entry)
    assert [(e.degree, e.field) for e in profile.education] == [(None, "Data Analytics"), ("bachelor", "Mathematics")]


def test_credits_toward_a_degree_meet_no_bachelors(vocab, parse):
    from jobmatch import api

    profile = _file("education_variants.txt", vocab)
    assert profile.degree == "high_school"
    posting = parse("Medical Assistant\n\nRequirements\n- Bachelor's degree required\n- Phlebotomy\n")
    assert _degree_status(api.score(profile, posting, vocab)) == "NOT_MET"
    school = parse("Medical Assistant\n\nRequirements\n- High school diploma or GED\n- Phlebotomy\n")
    assert _degree_status(api.score(profile, school, vocab)) == "MET"


def _degree_status(result) -> str:
    return next(k.status.name for k in result.knockouts if k.name == "degree")


# -- a federal resume ------------------------------------------------------------------------------
def test_a_pay_grade_is_no_date(vocab):
    profile = _file("federal_resume.txt", vocab)
    assert all(j.period.text != "2005-07" for j in profile.jobs)
    assert sorted(j.period.start for j in profile.jobs) == [(2011, 6), (2019, 10)]


def test_a_year_range_after_a_word_and_dash_is_still_a_date(vocab):
    text = "Jo Smith\n\nEXPERIENCE\nWarehouse Lead, Acme Corp, Dallas, TX — 2015-2019\n- Ran the night shift\n"
    assert [j.period.start for j in _profile(text, vocab).jobs] == [(2015, 1)]
