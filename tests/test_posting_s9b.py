"""An alternative the vocabulary does not know beside known ones (s9b): "Yardi or RealPage" asks for
either; the known name alone would mark a resume with the other product as missing it. The kind of
product the known names all are joins them as an alternative."""

from __future__ import annotations

import pytest


def _asked(posting) -> list[tuple[int, tuple[str, ...]]]:
    return [(r.line, r.any_of) for r in posting.requirements]


@pytest.mark.parametrize(
    "item",
    [
        "Experience with Yardi or RealPage",
        "Experience with RealPage or Yardi",
        "Proficiency in Yardi or Entrata.",
        "Experience with Yardi and/or MRI Software",
    ],
)
def test_an_unknown_alternative_widens_to_the_kind_of_the_known_one(parse, item):
    posting = parse(f"Property Manager\n\nRequirements:\n- {item}\n")
    assert _asked(posting) == [(4, ("Yardi", "property management"))]


def test_a_known_name_alone_stays_itself(parse):
    posting = parse("Property Manager\n\nRequirements:\n- Experience with Yardi\n- Yardi, Microsoft Excel\n")
    assert ("Yardi",) in [r.any_of for r in posting.requirements]
    assert all("property management" not in r.any_of for r in posting.requirements)


def test_an_unknown_alternative_among_known_ones_widens_the_group(parse):
    posting = parse("Teacher\n\nRequirements:\n- Experience with Google Classroom, Edsby, or Moodle\n")
    assert _asked(posting) == [(4, ("Google Classroom", "Moodle", "learning management systems"))]


def test_no_shared_kind_leaves_the_known_names(parse):
    # Trello implies nothing: the known alternatives stay as they are
    posting = parse("Site Engineer\n\nRequirements:\n- Experience with Trello or Zorblax\n")
    assert _asked(posting) == [(4, ("Trello",))]


def test_a_broad_kind_does_not_stand_for_the_unknown_one(parse):
    # "programming languages" is implied by too many skills to stand for a language the vocabulary lacks
    posting = parse("Engineer\n\nRequirements:\n- Experience with Python or Zorblang\n")
    assert _asked(posting) == [(4, ("Python",))]


def test_two_known_alternatives_are_not_widened(parse):
    posting = parse("Property Manager\n\nRequirements:\n- Experience with Yardi or AppFolio\n")
    assert _asked(posting) == [(4, ("Yardi", "AppFolio"))]


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        # the platform a product runs on, the language or framework it is built on, is no kind of it
        ("Experience with Azure DevOps or Zorblax Pipelines", ("Azure DevOps", "CI/CD")),
        ("Experience with Redux or Zorblax", ("Redux",)),
        ("Experience with Laravel or Zorblax", ("Laravel",)),
        # a kind of product still joins
        ("Experience with CircleCI or Zorblax", ("CircleCI", "CI/CD")),
        ("Experience with Zorblax or Salesforce", ("Salesforce", "CRM")),
    ],
)
def test_only_a_kind_of_product_stands_for_the_unknown_one(parse, item, asked):
    posting = parse(f"Engineer\n\nRequirements:\n- {item}\n")
    assert _asked(posting) == [(4, asked)]
