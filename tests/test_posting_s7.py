"""Postings of the s6 core-audience audit's leftovers (QA s6_core #1, #14, #17 and postings.md
#14): a certification asked by name, a parenthesis of tools after two kinds of test, the roles of
a years line, and a lower degree with years beside a higher one. Lines in the audit's shape."""

from __future__ import annotations

import pytest


def _asked(posting) -> list[tuple[tuple[str, ...], str]]:
    return [(r.any_of, r.tier.value) for r in posting.requirements]


def _one(line: str, parse):
    return parse(f"Frontend Engineer\n\nRequirements\n- {line}\n")


# -- the tools in brackets after "unit and end-to-end tests": each the alternative of its kind ---
@pytest.mark.parametrize(
    ("line", "asked"),
    [
        (
            "Experience writing unit and end-to-end tests (Jest, Cypress or Playwright)",
            [("unit testing", "Jest"), ("end-to-end testing", "Cypress", "Playwright")],
        ),
        (
            "Experience writing unit and integration tests (Jest, Mocha)",
            [("unit testing", "Jest", "Mocha"), ("integration testing",)],
        ),
        (
            "Experience with both relational and non-relational databases (MySQL, Elasticsearch, Redis)",
            [("relational databases", "MySQL"), ("NoSQL", "Elasticsearch", "Redis")],
        ),
    ],
)
def test_examples_after_two_heads_go_to_the_head_of_their_kind(line, asked, parse):
    assert [a for a, _tier in _asked(_one(line, parse))] == asked


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        # examples all of the last head's kind stay its alternatives
        (
            "Experience with Docker and container orchestration (Kubernetes, ECS)",
            [("Docker",), ("container orchestration", "Kubernetes", "ECS")],
        ),
        ("Experience with cloud platforms (AWS, Azure, or GCP)", [("cloud platforms", "AWS", "Azure", "GCP")]),
        ("Experience with end-to-end tests (Cypress or Playwright)", [("end-to-end testing", "Cypress", "Playwright")]),
    ],
)
def test_examples_of_one_category_stay_its_alternatives(line, asked, parse):
    assert [a for a, _tier in _asked(_one(line, parse))] == asked


# -- the roles of a years line ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("3+ years of experience as a data scientist or analyst", [("data science", "data analysis")]),
        ("2+ years of experience as a Data Analyst", [("data analysis",)]),
        ("3+ years as a data engineer or analyst", [("data engineering", "data analysis")]),
    ],
)
def test_an_analyst_of_a_years_line_is_data_analysis(line, asked, parse):
    posting = _one(line, parse)
    assert [a for a, _tier in _asked(posting)] == asked
    assert posting.requirements[0].min_years == int(line[0])


# -- a lower degree with years beside a higher one (postings.md #14) -----------------------------
@pytest.mark.parametrize(
    "line",
    [
        "MS in CS, or BS with 3+ years of experience",
        "MS in Computer Science, Statistics or a related field, or BS with 3+ years of industry experience",
        "MS in Computer Science or BA with at least 3 years of relevant experience",
    ],
)
def test_a_bachelors_with_years_is_the_lower_bar(line, parse):
    posting = parse(f"Machine Learning Engineer\n\nQualifications\n- {line}\n- Python\n")
    assert posting.degree == "bachelor"
    assert posting.min_years == 3


def test_a_masters_alone_is_still_asked(parse):
    posting = parse("Machine Learning Engineer\n\nQualifications\n- MS in Computer Science\n- Python\n")
    assert posting.degree == "master"


# -- the employer asking skills straight, in a posting without headings (s7 audit #4) -------------
@pytest.mark.parametrize(
    "line",
    [
        "We need Python, Go and AWS.",
        "We require Python, Go and AWS.",
        "We're looking for Python, Go and AWS experience.",
        "We are currently seeking Python, Go and AWS skills.",
    ],
)
def test_we_need_skills_asks_them(line, parse):
    posting = parse(f"Backend Engineer\n\n{line}\n")
    assert {(r.any_of, r.tier.value) for r in posting.requirements} == {
        (("Python",), "required"), (("Go",), "required"), (("AWS",), "required")
    }


@pytest.mark.parametrize(
    "line",
    [
        "We use Python, Go and AWS.",  # the stack
        "We are looking for Supply Chain Consultant",  # the job
    ],
)
def test_the_stack_or_the_job_asks_nothing(line, parse):
    posting = parse(f"Backend Engineer\n\n{line}\n")
    assert all(r.tier.value == "context" for r in posting.requirements)


@pytest.mark.parametrize(
    "line", ["Senior BA with 5+ years of experience in banking", "BE with 4+ years of experience in Java"]
)
def test_a_bare_ba_with_years_is_no_degree(line, parse):
    # "BA" alone with years is the business analyst the job is, not a bachelor's of arts
    posting = parse(f"Senior Business Analyst\n\nRequirements\n- {line}\n- SQL and Jira\n")
    assert posting.degree is None
