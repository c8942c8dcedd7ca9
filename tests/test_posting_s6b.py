"""Postings of the s6 core-audience audit (software, data, devops): Greenhouse's requirement heading,
slash pairs in a comma list, a head noun before its examples, a degree that experience replaces
(the audit's postings, cut to the lines that matter)."""

from __future__ import annotations

import pytest

from jobmatch.posting import classify_heading


def _groups(posting) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.tier.value, r.any_of) for r in posting.requirements if r.tier.value != "context"]


# -- #1/#15: headings of the required part ------------------------------------------------------


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("We'd love to hear from you if you have:", "required"),
        ("We\u2019d love to hear from you if you have:", "required"),
        ("We would love to hear from you if you have", "required"),
        ("We'd love to hear from you if you also have:", "preferred"),
        ("While not required, it's an added plus if you also have:", "preferred"),
        ("We'd love it if you have", "preferred"),
        ("We\u2019d love it if you have", "preferred"),
        ("Not required, but helpful:", "preferred"),
        ("Helpful:", "preferred"),
        ("Not required, but nice:", "preferred"),
        ("What will help you succeed", "required"),
        ("What makes you a great fit:", "required"),
    ],
)
def test_greenhouse_headings(heading, kind):
    assert classify_heading(heading) == kind


FIGMA = (
    "Frontend Engineer, Growth\n"
    "Remote - US\n"
    "\n"
    "Figma is growing our team of passionate people on a mission to make design accessible to all.\n"
    "\n"
    "What you'll do at Figma:\n"
    "\u2022 Build delightful, performant user interfaces with React and TypeScript\n"
    "\u2022 Improve our web performance and accessibility\n"
    "\n"
    "We'd love to hear from you if you have:\n"
    "\u2022 3+ years of experience building web applications\n"
    "\u2022 Strong proficiency in JavaScript, TypeScript, HTML and CSS\n"
    "\u2022 Experience with React or Vue\n"
    "\n"
    "While not required, it's an added plus if you also have:\n"
    "\u2022 Experience with GraphQL\n"
    "\n"
    "At Figma we celebrate and support our differences. We are an equal opportunity workplace.\n"
)


def test_greenhouse_requirements_are_required_with_their_years(parse):
    posting = parse(FIGMA)
    tiers = {name: r.tier.value for r in posting.requirements for name in r.any_of}
    assert tiers["JavaScript"] == tiers["CSS"] == tiers["React"] == "required"
    assert tiers["GraphQL"] == "preferred"
    assert posting.min_years == 3


@pytest.mark.parametrize(
    ("heading", "tier", "min_years"),
    [("Not required, but helpful:", "preferred", None), ("What will help you succeed", "required", 3)],
)
def test_helpful_and_succeed_headings_in_a_posting(parse, heading, tier, min_years):
    posting = parse(
        f"Engineer\n\nAbout\nWe build stuff.\n\n{heading}\n- 3+ years of experience with Python\n"
        "- Experience with Docker\n"
    )
    assert {r.tier.value for r in posting.requirements if "Docker" in r.any_of} == {tier}
    assert posting.min_years == min_years


# -- #2: a slash pair inside a comma list --------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "groups"),
    [
        (
            "Solid knowledge of JavaScript/TypeScript, Node.js and React",
            [("JavaScript", "TypeScript"), ("Node.js",), ("React",)],
        ),
        ("Solid knowledge of Python/Go, Docker and Kubernetes", [("Python", "Go"), ("Docker",), ("Kubernetes",)]),
        (
            "Experience with Java/Kotlin, Spring Boot and PostgreSQL",
            [("Java", "Kotlin"), ("Spring Boot",), ("PostgreSQL",)],
        ),
        ("Experience with JavaScript/TypeScript, Node.js", [("JavaScript", "TypeScript"), ("Node.js",)]),
        ("Experience with Python, Java, or Go", [("Python", "Java", "Go")]),
        ("Experience with AWS/GCP/Azure", [("AWS", "GCP", "Azure")]),
    ],
)
def test_a_slash_pair_is_the_only_alternative_of_a_comma_list(parse, line, groups):
    posting = parse(f"Full-Stack Engineer\n\nRequirements\n- {line}\n")
    assert [g for tier, g in _groups(posting)] == groups


# -- #4: the head noun before "with" / "such as" and its examples --------------------------------


@pytest.mark.parametrize(
    ("line", "groups"),
    [
        ("Experience building REST APIs with Express or Spring", [("REST API",), ("Express", "Spring")]),
        ("Experience with REST APIs with Express and PostgreSQL", [("REST API",), ("Express",), ("PostgreSQL",)]),
        ("Experience with Python or Go with Django", [("Python", "Go"), ("Django",)]),
        # "API testing tools" names the category its examples belong to: one requirement with them (as CI/CD below)
        ("Experience with API testing tools such as Postman or Selenium", [("API testing", "Postman", "Selenium")]),
        # a category the examples imply stays one requirement with them
        ("Experience with CI/CD tools such as Jenkins or GitLab CI", [("CI/CD", "Jenkins", "GitLab CI")]),
        (
            "Experience with relational databases such as PostgreSQL or MySQL",
            [("relational databases", "PostgreSQL", "MySQL")],
        ),
    ],
)
def test_the_head_before_its_examples(parse, line, groups):
    posting = parse(f"Backend Engineer\n\nRequirements\n- {line}\n")
    assert [g for tier, g in _groups(posting)] == groups


# -- #5: Google's "experience with A, B, C, or D" ------------------------------------------------


def test_googles_or_list_is_one_group_with_its_years(parse):
    posting = parse(
        "Software Engineer, Infrastructure\n\nPreferred qualifications:\n"
        "- 2 years of experience with performance, large scale systems data analysis, visualization tools, "
        "or debugging.\n"
    )
    assert [(r.tier.value, r.any_of, r.min_years) for r in posting.requirements] == [
        ("preferred", ("performance optimization", "data analysis", "debugging"), 2)
    ]


@pytest.mark.parametrize(
    ("line", "groups"),
    [
        ("Experience in SQL, Python, or R", [("SQL", "Python", "R")]),
        # an "and" inside the list: not a plain list of alternatives
        ("Experience with Python and Django, Ruby, or Go", [("Python",), ("Django", "Ruby", "Go")]),
        ("Experience with Python, Java, and Go", [("Python",), ("Java",), ("Go",)]),
    ],
)
def test_or_lists_after_experience_with(parse, line, groups):
    posting = parse(f"Backend Engineer\n\nRequirements\n- {line}\n")
    assert [g for tier, g in _groups(posting)] == groups


# -- #14: the core audience's tools, and the English words some of them are ----------------------


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("Experience with Combine or RxSwift", {"Combine", "RxSwift"}),
        ("Unit tests with XCTest, networking with Alamofire", {"XCTest", "Alamofire"}),
        ("Android UI tests with Espresso", {"Android", "Espresso"}),
        ("Experience with Postman or REST Assured", {"Postman", "REST Assured"}),
        ("Threat modeling, SAST/DAST", {"threat modeling", "SAST", "DAST"}),
        ("Define SLOs and error budgets", {"SLOs"}),
        ("Fivetran, Delta Lake, Great Expectations", {"Fivetran", "Delta Lake", "Great Expectations"}),
        ("Vertex AI, Weights & Biases", {"Vertex AI", "Weights & Biases"}),
        (
            "Causal inference, online experimentation, Bayesian methods",
            {"causal inference", "A/B testing", "Bayesian statistics"},
        ),
        ("Dashboards in Looker Studio", {"Looker Studio"}),
    ],
)
def test_core_audience_tools_are_asked(parse, line, names):
    posting = parse(f"Engineer\n\nRequirements\n- {line}\n")
    assert names <= {name for r in posting.requirements for name in r.any_of}


@pytest.mark.parametrize(
    "line",
    [
        "Combine your passion with ours.",
        "Rest assured, we read every application.",
        "Free espresso and snacks.",
        "We tune the weights and biases of our models.",
        "We have a culture of experimentation.",
        "A recursive Bayesian process by which the brain learns.",
    ],
)
def test_their_english_words_are_no_skills(vocab, line):
    from jobmatch.extract import extract_skills

    assert [m.skill.name for m in extract_skills([line], vocab)] == []
