"""Posting mends from the review of session 14: a person specification's marks that are the tier's own
letter or word, and Indeed's screening items written as list items."""

import pytest


def _names_by_tier(posting):
    out: dict[str, set[str]] = {}
    for r in posting.requirements:
        out.setdefault(r.tier.value, set()).update(r.any_of)
    return out


PERSON_SPEC = """Band 5 Staff Nurse

Person Specification

| Criteria | Essential | Desirable | Assessed by |
|---|---|---|---|
| Phlebotomy | Essential | | Interview |
| Experience with SystmOne | | Desirable | Interview |
| IV therapy | E | | Interview |
| Experience of Epic | | D | Application |
| Cannulation | ✓ (A/I) | | Interview |
"""


def test_person_specification_marks_by_letter_and_word(parse):
    tiers = _names_by_tier(parse(PERSON_SPEC))
    assert {"phlebotomy", "IV therapy"} <= tiers["required"]
    assert {"SystmOne", "Epic"} <= tiers["preferred"]
    assert not {"SystmOne", "Epic"} & tiers["required"]


@pytest.mark.parametrize("bullet", ["- ", "* ", "• ", ""])
def test_indeed_items_as_list_items(parse, bullet):
    text = (
        "Registered Nurse\n\nProvide direct patient care on a med/surg unit.\n\nExperience:\n"
        f"{bullet}Epic: 1 year (Required)\n{bullet}Workday: 1 year (Preferred)\n"
    )
    posting = parse(text)
    by_name = {n: r for r in posting.requirements for n in r.any_of}
    assert by_name["Epic"].tier.value == "required" and by_name["Epic"].min_years == 1
    assert by_name["Workday"].tier.value == "preferred"


def test_usajobs_education_between_or_lines_is_one_way_to_qualify(parse):
    from pathlib import Path

    text = (Path(__file__).parent / "data" / "postings_s14h" / "usajobs_gs11_or_education.txt").read_text()
    posting = parse(text)
    # "Specialized Experience: ..." / "OR" / "Education: Ph.D. ..." / "OR" / "Combination: ...": the degree
    # is one way to qualify, experience another
    assert posting.degree == "phd"
    assert posting.degree_or_experience
    # "graduate education leading to such a degree" asks no leadership
    assert "leadership" not in {n for r in posting.requirements for n in r.any_of}


def test_a_degree_with_no_or_line_beside_it_is_asked(parse):
    posting = parse(
        "Qualifications\n- Ph.D. in Computer Science required\n\nOR words in a sentence or two do not count.\n"
    )
    assert posting.degree == "phd"
    assert not posting.degree_or_experience


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        # a figure in brackets after a skill is that skill's (review: Terraform and Helm had Kubernetes's 3 years)
        ("- Kubernetes (3+ years), Terraform, Helm", {"Kubernetes": 3, "Terraform": None, "Helm": None}),
        ("- Python (3+ years) and Django", {"Python": 3, "Django": None}),
        ("- Java [min. 5 years of experience], Maven", {"Java": 5, "Maven": None}),
        # a figure before its list still gives every item its years
        ("- 5+ years of Python, Django and PostgreSQL", {"Python": 5, "Django": 5, "PostgreSQL": 5}),
    ],
)
def test_years_in_brackets_belong_to_their_skill(parse, line, expected):
    posting = parse("Requirements\n" + line + "\n")
    years = {n: r.min_years for r in posting.requirements for n in r.any_of}
    assert {n: years.get(n, "missing") for n in expected} == expected
