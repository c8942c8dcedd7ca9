"""Postings of the s5 diff audit (#6, #7 and the minor list): soft skills in hiring phrasing,
a one-line posting's title with a location, a bare acronym before "framework", and alternatives
joined by "or" across two verb phrases (made-up lines in the shape of the audit's inputs)."""

from __future__ import annotations

import pytest


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


# -- #6: hiring phrasing asks for a soft skill the person brings, not one of the work ----------


@pytest.mark.parametrize(
    ("line", "not_asked"),
    [
        (
            "We are looking for an experienced project manager who is passionate about project and programme "
            "management and eager to take an active role in our strategic transformation by leading one of more "
            "projects.",
            "leadership",
        ),
        (
            "We are looking for team members that understand that simplicity and reliability are the key factors "
            "that need to be taken into account during decision-making.",
            "decision making",
        ),
        ("We are looking for a developer with Python experience to lead our migration.", "leadership"),
    ],
)
def test_a_soft_skill_in_a_clause_about_the_work_is_not_asked(line, not_asked, parse):
    assert not_asked not in _tiers(parse(f"{line}\n"))


def test_what_the_person_sought_is_passionate_about_is_still_asked(parse):
    line = (
        "We are looking for an experienced project manager who is passionate about project and programme "
        "management and eager to take an active role in our strategic transformation by leading one of more "
        "projects."
    )
    assert _tiers(parse(f"{line}\n")) == {"project management": "required"}


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("We need an accountant with Excel skills.", ["Microsoft Excel"]),
        ("We are looking for someone with strong communication skills.", ["communication"]),
        ("We need someone who can lead a small team and communicate clearly with customers.", ["leadership"]),
        (
            "Need someone with fast typing (50 WPM), Excel and attention to detail and problem solving.",
            ["Microsoft Excel", "attention to detail", "problem solving"],
        ),
    ],
)
def test_a_soft_skill_the_person_brings_is_still_asked(line, skills, parse):
    tiers = _tiers(parse(f"{line}\n"))
    assert {name: tiers.get(name) for name in skills} == {name: "required" for name in skills}


# -- #7: a title closes with where the job is done, not a part of the title -------------------

_ONE_LINE_DATA = (
    "Data Engineer - Remote | We are a fast-growing SaaS company looking for a Data Engineer with 4+ years of "
    "experience in Python and SQL, Airflow and dbt. Hybrid options for those near Leeds.\n"
)


def test_a_one_line_postings_title_drops_its_work_mode(parse):
    posting = parse(_ONE_LINE_DATA)
    assert posting.title == "Data Engineer"
    assert _tiers(posting)["Python"] == "required"


def test_what_the_company_is_before_the_hiring_words_asks_nothing(parse):
    posting = parse(_ONE_LINE_DATA)
    assert "SaaS" not in _tiers(posting)
    years = {name: r.min_years for r in posting.requirements for name in r.any_of}
    assert years["data engineering"] == years["Python"] == 4


@pytest.mark.parametrize(
    ("line", "asked", "not_asked"),
    [
        (
            "Acme is a SaaS company looking for a Data Engineer with 4+ years of experience in Python and SQL.",
            ["Python", "SQL"],
            ["SaaS"],
        ),
        # a skill as the subject, and the company's stack, still ask
        (
            "Python is a must and we are looking for a Data Engineer with 4+ years of experience in SQL.",
            ["Python", "SQL"],
            [],
        ),
        (
            "We are a Python shop looking for a backend engineer with 3+ years of experience in Django.",
            ["Python", "Django"],
            [],
        ),
    ],
)
def test_the_kind_of_company_before_the_hiring_words(line, asked, not_asked, parse):
    tiers = _tiers(parse(f"{line}\n"))
    assert [tiers.get(name) for name in asked] == ["required"] * len(asked)
    assert not set(not_asked) & set(tiers)


def test_a_company_sentence_without_hiring_words_still_asks_by_its_years(parse):
    posting = parse("Engineer\n\nWe are building a new payments platform, so 5+ years of Java and Kafka are a must.\n")
    tiers = _tiers(posting)
    assert (tiers.get("Java"), tiers.get("Kafka")) == ("required", "required")


@pytest.mark.parametrize(
    ("first_line", "title"),
    [
        ("Data Engineer (Remote)", "Data Engineer"),
        ("Data Analyst - London, UK", "Data Analyst"),
        ("Registered Nurse | Austin, TX", "Registered Nurse"),
        ("Backend Developer \u2013 Remote (US)", "Backend Developer"),
        ("Site Reliability Engineer - London, UK (Hybrid)", "Site Reliability Engineer"),
        # the title's own parts stay
        ("Senior Engineer - Hybrid Cloud", "Senior Engineer - Hybrid Cloud"),
        ("Senior Engineer - Platform & Infrastructure", "Senior Engineer - Platform & Infrastructure"),
        ("QA Engineer - Tools, QA", "QA Engineer - Tools, QA"),
        ("Backend Engineer (Python)", "Backend Engineer (Python)"),
        ("Remote Data Engineer", "Remote Data Engineer"),
    ],
)
def test_a_title_drops_where_the_job_is_done(first_line, title, parse):
    assert parse(f"{first_line}\n\nRequirements\n- Python\n").title == title


def test_a_one_line_posting_with_a_place_after_the_title(parse):
    posting = parse(
        "Payroll Administrator - Leeds, UK | We are looking for a payroll administrator with Sage and Excel skills.\n"
    )
    assert posting.title == "Payroll Administrator"


# -- minor: a framework named by a certificate's acronym ---------------------------------------


def test_the_eit_framework_is_no_certification(parse):
    posting = parse(
        "Platform Engineer\n\nRequirements\n- Knowledge of the EIT framework\n"
        "- Experience with EIT Digital projects\n- EIT certification or passed the FE exam\n"
    )
    eit = [r.text for r in posting.requirements if "EIT certification" in r.any_of]
    assert eit == ["EIT certification or passed the FE exam"]


# -- an "or" that joins two verb phrases, not alternatives ---------------------------------------


def test_an_or_between_two_verb_phrases_asks_each_skill(parse):
    posting = parse("Platform Engineer\n\nRequirements\n- Write Python, SQL or review code\n")
    assert sorted(r.any_of for r in posting.requirements) == [("Python",), ("SQL",)]


@pytest.mark.parametrize(
    ("line", "any_of"),
    [
        ("5+ years in SRE, DevOps or infrastructure engineering", ("SRE", "DevOps")),
        ("Experience with Python, Java or similar", ("Python", "Java")),
        ("Write code in Python, Java or another language", ("Python", "Java")),
    ],
)
def test_a_list_closed_by_an_unknown_alternative_is_still_one_any_of(line, any_of, parse):
    posting = parse(f"Platform Engineer\n\nRequirements\n- {line}\n")
    assert [r.any_of for r in posting.requirements] == [any_of]


def test_a_soft_skill_naming_the_person_sought_does_not_stop_the_hiring_phrase(parse):
    tiers = _tiers(parse("We are looking for a team player with excellent communication and leadership skills.\n"))
    assert tiers == {"teamwork": "required", "communication": "required", "leadership": "required"}
