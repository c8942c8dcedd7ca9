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
