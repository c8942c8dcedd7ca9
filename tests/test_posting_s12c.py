"""s12c: posting structure - benefits headings that name a skill, a credential obtainable after hire as
the alternative, hiring sentences in the introduction, years of a field phrase, job-board header blocks."""

from __future__ import annotations

import pytest


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


_REQUIREMENTS = "Data Analyst\n\nRequirements\n- 3+ years of SQL experience\n- Python\n\n"


@pytest.mark.parametrize("heading", ["Compensation and Benefits", "Total Rewards", "What's in it for you", "In return"])
def test_a_benefits_heading_that_names_a_skill_ends_the_requirements(parse, heading) -> None:
    posting = parse(f"{_REQUIREMENTS}{heading}\n- Health insurance\n- Tableau training budget\n- 401(k) match\n")
    assert _tiers(posting) == {"SQL": "required", "Python": "required"}
    assert posting.sections[-1].kind == "boilerplate"


def test_a_skill_named_like_a_benefits_heading_among_bare_skill_items_is_asked(parse) -> None:
    # an HR posting's list without bullets: "Compensation and Benefits" is one of the skills asked
    posting = parse(
        "HR Generalist\n\nKey Skills\nRecruiting\nCompensation and Benefits\nEmployee Relations\n"
    )
    assert _tiers(posting).get("compensation and benefits") == "required"


def test_a_credential_or_the_ability_to_obtain_it_after_hire_is_asked(parse) -> None:
    posting = parse(
        "Warehouse Associate\n\nRequirements\n"
        "- Forklift certification, or the ability to be certified within 30 days of hire\n"
        "- CDL Class A license, or able to obtain one within 60 days of hire\n"
    )
    assert _tiers(posting) == {"forklift operation": "required", "CDL Class A": "required"}


@pytest.mark.parametrize(
    "line",
    [
        "Forklift certification within 90 days of hire",
        "Must obtain a CDL within 6 months of employment",
        "Ability to obtain a forklift certification within 30 days of hire",
    ],
)
def test_a_credential_only_obtained_after_hire_is_asked_too(parse, line) -> None:
    # (s13g: the job needs it held within the period; the holder meets it from the first day)
    assert set(_tiers(parse(f"Warehouse Associate\n\nRequirements\n- {line}\n")).values()) == {"required"}


@pytest.mark.parametrize("intro", ["", "About the role\n"])
def test_a_hiring_sentence_in_the_introduction_asks_its_skills(parse, intro) -> None:
    posting = parse(
        f"QA Engineer\n\n{intro}We are looking for a QA engineer who knows Selenium to join our team.\n"
        "Our stack includes React, Node.js and PostgreSQL.\n\nRequirements\n- 3+ years of experience with Playwright\n"
    )
    tiers = _tiers(posting)
    assert tiers["Selenium"] == "required"
    assert "testing" not in tiers  # (QA names the job sought, not a skill asked)
    assert tiers["React"] == tiers["PostgreSQL"] == "context"


@pytest.mark.parametrize(
    "line",
    [
        "For the Product Life Cycle Management department we are looking for a Head who will lead a team.",
        "We are searching for a Sales Manager with focus on the markets.",
    ],
)
def test_the_job_sought_who_does_work_asks_nothing_in_the_introduction(parse, line) -> None:
    asked = {n for r in parse(f"Sales Manager\n\nAbout the role\n{line}\n").requirements for n in r.any_of}
    assert not asked & {"leadership", "sales", "product lifecycle management"}
    # (the same sentence with a skill the person brings asks it, and still not the job's own words)
    posting = parse("Sales Manager\n\nAbout the role\nWe are looking for a sales manager who knows Salesforce.\n")
    assert [(r.tier.value, r.any_of) for r in posting.requirements] == [("required", ("Salesforce",))]


def test_years_of_a_field_phrase_go_to_the_field_not_its_kind(parse) -> None:
    posting = parse("Account Executive\n\nRequirements\n- 5+ years of full-cycle B2B SaaS sales\n")
    years = {name: r.min_years for r in posting.requirements for name in r.any_of}
    assert years == {"SaaS": None, "sales": 5}
    assert posting.min_years_field == "sales"


def test_a_list_without_commas_keeps_each_skills_years(parse) -> None:
    posting = parse("DevOps Engineer\n\nRequirements\n- 3+ years of experience with Jenkins Terraform and Ansible\n")
    assert {r.min_years for r in posting.requirements} == {3}


def test_a_job_boards_experience_level_asks_no_leadership(parse) -> None:
    posting = parse("Senior QA Engineer\n\nExperience level:\nSenior, Lead\nRequirements\n- 5 years of Java\n")
    assert _tiers(posting) == {"Java": "required"}


def test_a_products_features_are_no_requirements(parse) -> None:
    posting = parse(
        "UI Tech Lead\n\nJob description\nThe product includes features related to:\n"
        "• Data Lineage\n• Data Catalog\n• Data Quality Issues and Scores\n"
        "Role Qualifications:\n• Experience with React\n"
    )
    tiers = _tiers(posting)
    assert tiers["React"] == "required"
    assert tiers["data catalogs"] == "context"


def test_a_name_in_capitals_under_a_lead_in_is_an_item(parse) -> None:
    posting = parse(
        "Backend Engineer\n\nRequirements\n5 years of Kotlin\nExperience of using gradle as a build tool\n"
        "We'd get really excited if you had experience with:\nJOOQ\nPostgreSQL\nElasticsearch\nWhat we'll offer you\n"
    )
    tiers = _tiers(posting)
    assert tiers["Kotlin"] == "required"
    assert tiers["PostgreSQL"] == tiers["Elasticsearch"] == "preferred"
