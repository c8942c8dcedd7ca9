"""Postings read in the s12 whole pairs: a degree's letters are read before their full stop ("PharmD
or B.S. Pharmacy" asks the lower of the two), and a bilingual person speaks each language named
("Bilingual English/Spanish" is no choice between them)."""

from __future__ import annotations

import pytest

from jobmatch.models import Tier


def _asked(posting) -> list[tuple[str, ...]]:
    return [r.any_of for r in posting.requirements if r.tier is not Tier.CONTEXT]


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Doctor of Pharmacy (PharmD) or B.S. Pharmacy from an ACPE-accredited school", "bachelor"),
        ("PhD or B.S. Chemistry from an accredited university", "bachelor"),
        ("Ph.D. Chemistry or M.S. Chemistry with 3 years of industry experience", "master"),
        ("Doctor of Pharmacy (PharmD) from an ACPE-accredited school", "phd"),
        # the letters still end their sentence: what follows qualifies no degree
        ("Requires a Ph.D. Industry experience is a plus.", "phd"),
        ("Must hold a B.S. Knowledge of GMP preferred.", "bachelor"),
        ("Degree required: M.S. PMP certification preferred.", "master"),
    ],
)
def test_a_degrees_letters_before_their_full_stop_are_read(line, degree, parse) -> None:
    posting = parse(f"Staff Pharmacist\n\nRequirements\n- {line}\n- Active pharmacist license\n")
    assert posting.degree == degree
    assert posting.preferred_degree is None and posting.degree_field in (None, "Pharmacy", "Chemistry")


def test_a_sentence_after_a_degree_still_ends(parse) -> None:
    posting = parse("Chemist\n\nRequirements\n- Ph.D. Required. Python preferred.\n")
    assert posting.degree == "phd"
    assert [r.tier for r in posting.requirements if r.any_of == ("Python",)] == [Tier.PREFERRED]


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("Bilingual English/Spanish", [("English",), ("Spanish",)]),
        ("Bilingual (English or French) required", [("English",), ("French",)]),
        ("Trilingual English/French/German", [("English",), ("French",), ("German",)]),
        # not bilingual: either language will do
        ("Fluent in English or French", [("English", "French")]),
        ("Must speak English or Spanish (bilingual preferred)", [("English", "Spanish")]),
        # a bilingual person, and skills that are alternatives still
        ("Bilingual candidates with Python or Java", [("Python", "Java")]),
    ],
)
def test_a_bilingual_speaks_each_language(line, asked, parse) -> None:
    posting = parse(f"Customer Service Agent\n\nRequirements\n- {line}\n")
    assert _asked(posting) == asked


LUMEN = """\
Research Associate, Cell Therapy
Lumen Bio · South San Francisco, CA

About Lumen Bio
We engineer next-generation CAR-T therapies.

Qualifications
- Hands-on mammalian cell culture and aseptic technique

Preferred
- Experience in a GMP environment
Lumen Bio offers competitive salary, equity and comprehensive benefits.
"""


def test_the_employers_name_is_no_skill_in_its_posting(parse) -> None:
    posting = parse(LUMEN)
    names = {n for r in posting.requirements for n in r.any_of}
    assert "Lumen" not in names  # (the PHP framework)
    assert {"cell culture", "aseptic technique", "GMP"} <= names


def test_an_equal_opportunity_sentence_names_the_employer(parse) -> None:
    posting = parse(
        "CDL-A Driver\nSwift Transportation - Phoenix, AZ\n\nRequirements\n- Class A CDL\n\n"
        "Swift Transportation is an equal opportunity employer.\n"
    )
    assert [r.any_of for r in posting.requirements] == [("CDL Class A",)]


def test_a_one_word_employer_may_still_be_the_skill_asked(parse) -> None:
    posting = parse("Developer\n\nAbout Salesforce\nWe build CRM.\n\nRequirements\n- Salesforce and Apex\n")
    assert ("Salesforce",) in _asked(posting)


def test_the_employers_name_drops_only_its_own_words(parse) -> None:
    posting = parse(
        "Front Desk Agent\n\nAbout Ruby Receptionists\nWe answer calls.\n\n"
        "Requirements\n- Customer service\n- Ruby on Rails a plus\n"
    )
    assert _asked(posting) == [("customer service",), ("Ruby on Rails",)]


# -- the review's mends of the session's posting rules ------------------------------------------------


@pytest.mark.parametrize(
    "line",
    ["Benefits administration", "Pay attention to detail", "Diversity and inclusion training", "Rewards programs"],
)
def test_a_requirement_with_a_benefits_word_is_no_benefits_heading(line, parse) -> None:
    posting = parse(
        f"HR Generalist\n\nRequirements\n3+ years of experience in a similar role.\n{line}\n"
        "Strong Excel skills.\nValid driver's license.\n"
    )
    asked = _asked(posting)
    assert ("Microsoft Excel",) in asked and ("driver's license",) in asked


@pytest.mark.parametrize("heading", ["Compensation and Benefits", "Total Rewards", "Compensation & Benefits:"])
def test_a_benefits_heading_that_names_a_skill_ends_the_requirements(heading, parse) -> None:
    posting = parse(f"HR Generalist\n\nRequirements\n- Strong Excel skills\n\n{heading}\n- Medical, dental, vision\n")
    assert _asked(posting) == [("Microsoft Excel",)]


def test_a_recruiters_duties_ask_the_recruiter_nothing(parse) -> None:
    posting = parse(
        "Healthcare Recruiter\n\nResponsibilities\n"
        "Verify that candidates have current BLS certification and an active RN license.\n"
        "- Ensure applicants possess a valid CDL before placing them with trucking clients.\n\n"
        "Requirements\n- 2+ years of recruiting experience\n"
    )
    assert not {"BLS", "RN", "CDL"} & {n for r in posting.requirements if r.tier is not Tier.CONTEXT for n in r.any_of}


def test_a_hiring_sentence_under_about_the_role_asks(parse) -> None:
    posting = parse(
        "QA Engineer\n\nAbout the role\nWe are looking for a QA engineer who knows Selenium to join our team.\n"
        "\nRequirements\n- 3+ years in QA\n"
    )
    assert ("Selenium",) in _asked(posting)


@pytest.mark.parametrize(
    "heading", ["The Product Manager we need", "Our Product Designer Will Have", "The Platform Engineer"]
)
def test_a_heading_naming_the_job_after_the_is_no_product_list(heading, parse) -> None:
    posting = parse(f"Product Manager\n\n{heading}\n- 5+ years of product management experience\n- SQL and Amplitude\n")
    assert ("SQL",) in _asked(posting) and ("Amplitude",) in _asked(posting)


def test_a_specialty_before_its_field_keeps_its_years(parse) -> None:
    posting = parse("ICU Nurse\n\nRequirements\n- 2+ years of ICU nursing in an acute care hospital\n")
    years = {r.any_of: r.min_years for r in posting.requirements}
    assert years[("critical care",)] == 2 and years[("nursing",)] == 2
    posting = parse("Account Executive\n\nRequirements\n- 5+ years of full-cycle B2B SaaS sales\n")
    years = {r.any_of: r.min_years for r in posting.requirements}
    assert years[("sales",)] == 5 and years[("SaaS",)] is None
