"""Sentence-level rules of the posting parser: sentences that name skills the posting does not ask
for (perks, how the work is judged, colleagues and teams, role titles, departments, the company's
product) report none, and the lines of the same shape that do ask keep their skills. The lines are
from the SkillSpan train split, or made up in their shape."""

from __future__ import annotations

import pytest

from jobmatch.models import Posting, Tier

REQ, PREF, CTX = Tier.REQUIRED, Tier.PREFERRED, Tier.CONTEXT


def names(posting: Posting) -> set[str]:
    """Every skill the posting reports, in any tier (context too)."""
    return {name for r in posting.requirements for name in r.any_of}


# -- negation --------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Looking for a job where you do not have to be able to speak Danish?",
        "You don't need to know Kotlin.",
        "There is no need to know Kotlin or Danish.",
    ],
)
def test_a_negated_need_asks_for_nothing(parse, line: str) -> None:
    assert names(parse(f"Job description\n{line}\n")) == set()


def test_a_need_that_is_not_negated_still_asks(parse) -> None:
    assert names(parse("Requirements\n- You need to speak Danish\n")) == {"Danish"}


@pytest.mark.parametrize(
    ("line", "tier", "expected"),
    [
        ("You don't have to know Kotlin, but Java is required.", Tier.REQUIRED, {"Java"}),
        ("Kotlin is not required, but Scala would be a plus.", Tier.PREFERRED, {"Scala"}),
        ("No need to know Rust; however, strong Python skills are a must.", Tier.REQUIRED, {"Python"}),
    ],
)
def test_a_negation_stops_at_a_contrast(parse, line: str, tier: Tier, expected: set[str]) -> None:
    posting = parse(f"Requirements\n- {line}\n")
    assert {(r.tier, name) for r in posting.requirements for name in r.any_of} == {(tier, n) for n in expected}


# -- perks and how the work is judged -----------------------------------------------------------------
@pytest.mark.parametrize(
    "heading,line",
    [
        ("Benefits", "Conference Tickets and Event Budget"),
        ("Job description", "Conference Tickets and Event Budget"),
        ("Education", "Professional Education : High-impact training courses taught by practitioners "
                      "(Agile and Lean methodologies)."),
        ("A driven team -", "We believe it's important for people to have the resources to grow both personally "
                            "and professionally so we offer a generous conference and books budget to help you "
                            "scratch that knowledge itch."),
        ("Job description", "You will be evaluated on a mix of process and impact goals: monitoring of projects "
                            "and capacity building."),
    ],
)
def test_a_perk_or_an_evaluation_asks_for_nothing(parse, heading: str, line: str) -> None:
    assert names(parse(f"{heading}\n{line}\n")) == set()


@pytest.mark.parametrize(
    "line,expected",
    [
        ("- Experience delivering training courses in Excel", {"Microsoft Excel"}),
        ("- Manage the event budget with Excel", {"budgeting", "Microsoft Excel"}),
        ("- Knowledge of Agile and Lean methodologies", {"Agile", "Lean"}),
    ],
)
def test_a_requirement_naming_courses_or_budgets_keeps_its_skills(parse, line: str, expected: set[str]) -> None:
    assert names(parse(f"Requirements\n{line}\n")) == expected


# -- colleagues, teams and the job's title --------------------------------------------------------------
@pytest.mark.parametrize(
    "heading,line",
    [
        ("Job description", "We work closely with Product Managers, Analysts and Data Scientists."),
        ("In this role you will", "Closely collaborate with DevOps Engineers Data Engineers Data Scientists and Data "
                                  "Analysts to solve complex problems at scale"),
        ("Requirements", "- You will work closely with our Scala and Spark teams"),
        ("Requirements", "- As Android Engineer you have"),
        ("Job description", "As a Senior Data Engineer (Data Platform) you will join our ambitious and "
                            "forward-thinking colleagues in the Data Engineering team."),
        ("Job description", "As a Site Reliability Engineer at <ORGANIZATION> you will be joining a great team."),
        ("Job description", "You will be part of a team of Performance Engineers."),
    ],
)
def test_colleagues_teams_and_the_jobs_title_are_not_asked(parse, heading: str, line: str) -> None:
    assert names(parse(f"{heading}\n{line}\n")) == set()


@pytest.mark.parametrize(
    "line,expected",
    [
        ("- Experience working with data scientists to deploy machine learning models", {"machine learning"}),
        ("- Experience as a Java developer", {"Java"}),
        ("- Hands-on Full Stack Developer", {"full-stack development"}),
        ("As a Senior Java Developer you build services. You know Python.", {"Python"}),
        ("- Strong Java skills as well as Python", {"Java", "Python"}),
        ("- Our stack: Python, Go", {"Python", "Go"}),
    ],
)
def test_a_requirement_naming_people_keeps_what_it_asks(parse, line: str, expected: set[str]) -> None:
    assert names(parse(f"Requirements\n{line}\n")) == expected


# -- the company's product, its departments and units ---------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "We are developing a new and cool Application Security SaaS product for developers.",
        "We are building out our Kubernetes monitoring both on native Kubernetes as well as on enterprise "
        "(Openshift Rancher) and managed Kubernetes platform",
        "For the Service Strategic Procurement department which is part of our Service Supply Chain we are looking "
        "for a new colleague.",
        "This is an exciting opportunity to join us and work within the Digital Transformation Sales and Service "
        "department.",
        "The position is at the Department of Infectious Diseases.",
        "Close collaborations with the Departments of Chemistry and others are encouraged.",
        "The candidate will become a member of the Section for Genetics Ecology and Evolution.",
        "You will be working as part of our Agile 10 person team.",
    ],
)
def test_the_companys_product_and_units_are_not_asked(parse, line: str) -> None:
    assert names(parse(f"Job description\n{line}\n")) == set()


@pytest.mark.parametrize(
    "heading,line,expected",
    [
        ("Job description", "We build scalable services with Go and Kubernetes.", {"Go", "Kubernetes"}),
        ("Job description", "We are developing our platform using Python and React.", {"Python", "React"}),
        ("Requirements", "- We are building a data platform on AWS and you will own its Terraform code",
         {"AWS", "Terraform"}),
        ("Requirements", "- Experience with SQL and Python in the finance department", {"SQL", "Python"}),
        ("Job description", "You may have worked in an internal marketing department.", {"marketing"}),
    ],
)
def test_the_stack_and_work_done_in_a_department_stay(parse, heading: str, line: str, expected: set[str]) -> None:
    assert expected <= names(parse(f"{heading}\n{line}\n"))


# -- a person's title ---------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Team Leader Customer Service & Logistics <ORGANIZATION>",
        '"We need a strong profile" explains <NAME> <NAME> Senior Manager PCS & Business Analysis Finance & '
        "Performance Management.",
        "You will report to the Head of Data Science.",
    ],
)
def test_the_unit_a_title_names_is_not_asked(parse, line: str) -> None:
    assert names(parse(f"Job description\n{line}\n")) == set()


@pytest.mark.parametrize(
    "heading,line,expected",
    [
        ("Job description", "You will report to the Head of Data Science and use Python daily.", {"Python"}),
        ("Requirements", "- Experience as Manager of SQL Server databases", {"SQL Server"}),
    ],
)
def test_a_title_leaves_the_rest_of_the_line(parse, heading: str, line: str, expected: set[str]) -> None:
    assert names(parse(f"{heading}\n{line}\n")) == expected


# -- a sentence about the team ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "You'll join an inspiring and curious team of technologists dedicated to improving the design analytics "
        "development coding testing and application programming.",
        "In 14 technology hubs worldwide our team of 40,000+ technologists design build and deploy everything from "
        "enterprise technology initiatives to big data and mobile solutions",
        ".. a team of 22 software developers who work according to Scrum.",
    ],
)
def test_a_sentence_about_the_team_asks_for_nothing(parse, line: str) -> None:
    assert names(parse(f"Job description\n{line}\n")) == set()


@pytest.mark.parametrize(
    "heading,line,expected",
    [
        ("Job description", "You will join a team of engineers working with Python and Kafka.", {"Python", "Kafka"}),
        ("Requirements", "- Experience leading a team of developers in Java", {"Java"}),
    ],
)
def test_the_teams_stack_and_a_requirement_naming_a_team_stay(parse, heading: str, line: str, expected: set) -> None:
    assert expected <= names(parse(f"{heading}\n{line}\n"))
