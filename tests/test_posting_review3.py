"""Readings a review of the session's posting rules found wrong: each line reads as it did before
those rules, or as the rule meant (a practice with its tools, a perk, the company's product, a
colleague, a negation)."""

from __future__ import annotations

import pytest

from jobmatch.models import Document, Posting, Tier
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def parse(vocab: Vocabulary, text: str) -> Posting:
    return parse_posting(Document("posting.txt", normalize_text(text), "text"), vocab)


def asked(posting: Posting) -> list[tuple[Tier, tuple[str, ...]]]:
    return [(r.tier, r.any_of) for r in posting.requirements]


R, C = Tier.REQUIRED, Tier.CONTEXT


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a language or framework with its own tools asks for both; a practice with its tools is one
        ("5+ years building backend services in Java using Spring Boot", [(R, ("Java",)), (R, ("Spring Boot",))]),
        ("Strong Python using Django", [(R, ("Python",)), (R, ("Django",))]),
        ("CI/CD using Jenkins or GitHub Actions", [(R, ("CI/CD", "Jenkins", "GitHub Actions"))]),
        # courses and training inside a requirement are the work, not a perk
        ("Deliver training courses on Salesforce to new sales hires", [(R, ("Salesforce",)), (R, ("sales",))]),
        (
            "Develop e-learning training courses using Articulate Storyline",
            [(R, ("e-learning",)), (R, ("Articulate Storyline",))],
        ),
        # what the company builds, in a sentence that asks
        (
            "We are building a new payments platform, so 5+ years of Java and Kafka are essential",
            [(R, ("Java",)), (R, ("Kafka",))],
        ),
        # a tool named like a person
        ("Experience with package managers and build tools", [(R, ("package management",))]),
        # a negation after a contrast
        ("Java is required, but Kotlin is not required", [(R, ("Java",))]),
    ],
)
def test_requirement_lines_keep_what_they_ask(vocab: Vocabulary, line: str, expected: list) -> None:
    assert asked(parse(vocab, f"Requirements\n- {line}\n")) == expected


def test_products_named_like_people_are_the_stack(vocab: Vocabulary) -> None:
    posting = parse(
        vocab, "Web Developer\n\nTech stack\nAdobe Experience Manager, Google Tag Manager, Oracle SQL Developer\n"
    )
    assert asked(posting) == [(C, ("AEM",)), (C, ("Oracle SQL Developer",))]


def test_a_perk_outside_the_requirements_still_asks_for_nothing(vocab: Vocabulary) -> None:
    posting = parse(vocab, "Web Developer\n\nBenefits\nWe offer training courses in Agile and Lean methodologies\n")
    assert asked(posting) == []


# -- a second review -----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a comma in a list of skills is no contrast: the negation covers the list
        ("Prior experience with Java, Spring or Kafka is not required", []),
        # role lists in a requirement are no signature; access to a tool is no perk
        ("Experience managing user access to LDAP directories", [(R, ("LDAP",))]),
        # tools after "work closely with" are worked with; departments are colleagues
        (
            "Experience working closely with Kafka, Spark and Airflow in production",
            [(R, ("Kafka",)), (R, ("Apache Spark",)), (R, ("Apache Airflow",))],
        ),
        ("Work closely with product management and technical sales", []),
    ],
)
def test_requirement_lines_after_a_second_review(vocab: Vocabulary, line: str, expected: list) -> None:
    assert asked(parse(vocab, f"Requirements\n- {line}\n")) == expected


def test_a_role_list_in_a_requirement_keeps_its_skills(vocab: Vocabulary) -> None:
    posting = parse(vocab, "Requirements\n- 5+ years as a Salesforce Consultant, Business Analyst, or Architect\n")
    assert ("Salesforce",) in [r.any_of for r in posting.requirements]


def test_an_acronym_that_spells_out_a_skill_stays_that_skill(vocab: Vocabulary) -> None:
    text = (
        "Responsibilities\n- Manage Identity and Access Management (IAM) policies across our AWS accounts\n"
        "Requirements\n- 3+ years of experience with IAM, Okta and SSO\n"
    )
    # (IAM is the discipline, identity and access management; AWS's own service goes by "AWS IAM")
    assert "identity and access management" in {name for r in parse(vocab, text).requirements for name in r.any_of}
