"""s14f: posting formats not read before - Indeed's structured block, a UK person specification's table
of ticks, a comma list after an "or" pair, and a degree an ABD candidate is still to be awarded."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.loaders import load_document
from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text

DATA = Path(__file__).parent / "data" / "postings_s14f"


def _parse(text: str, vocab):
    return parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)


def _rows(text: str, vocab) -> list[tuple[str, tuple[str, ...], int | None]]:
    return [(r.tier.value, r.any_of, r.min_years) for r in _parse(text, vocab).requirements]


# -- Indeed's structured block: "Epic: 1 year (Required)" --------------------------------------------


def test_indeed_screening_items_keep_their_skill_years_and_tier(vocab) -> None:
    posting = parse_posting(load_document(str(DATA / "indeed_inline.txt")), vocab)
    rows = [(r.tier.value, r.any_of, r.min_years) for r in posting.requirements]
    assert ("required", ("Epic",), 1) in rows  # (was read as a heading, and lost)
    assert ("required", ("customer service",), 2) in rows
    assert ("preferred", ("Spanish",), None) in rows
    assert posting.degree == "high_school"


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Epic: 1 year (Required)", ("required", ("Epic",), 1)),
        ("Forklift: 1 year (Required)", ("required", ("forklift operation",), 1)),
        ("Python: 3 years (Preferred)", ("preferred", ("Python",), 3)),
    ],
)
def test_an_indeed_experience_item(vocab, line, row) -> None:
    assert row in _rows(f"Clerk\n\nExperience:\n{line}\n", vocab)


def test_preferred_indeed_years_are_no_minimum(vocab) -> None:
    text = "Warehouse Associate\n\nExperience:\nForklift: 1 year (Required)\nWarehouse: 2 years (Preferred)\n"
    posting = _parse(text, vocab)
    assert posting.min_years == 1


def test_a_label_with_a_value_and_no_tier_is_no_indeed_item(vocab) -> None:
    # "Shift: 8 hours" and "Travel: 2 weeks a month" are no screening items: no years of them asked
    posting = _parse("Clerk\n\nSchedule:\nShift: 8 hours\nTravel: 2 weeks a month (Required)\n", vocab)
    assert posting.min_years is None and posting.requirements == ()


# -- a UK person specification that ticks each criterion's tier -----------------------------------------

_SPEC = """Pharmacy Technician

Person specification
| Criteria | Essential | Desirable | Assessed by |
|---|---|---|---|
| Knowledge of Good Manufacturing Practice | X | | Interview |
| Experience of using JAC pharmacy system | | X | Interview |
| Experience of Tableau | | ✓ | Application form |
"""


def test_a_ticked_criterion_has_the_tier_of_its_column(vocab) -> None:
    rows = _rows(_SPEC, vocab)
    assert ("required", ("GMP",), None) in rows
    assert ("preferred", ("Jac",), None) in rows  # (the "Criteria" column read it as required)
    assert ("preferred", ("Tableau",), None) in rows
    assert not any(tier == "required" and "Tableau" in names for tier, names, _ in rows)


def test_a_table_whose_tier_columns_hold_the_skills_is_read_by_column(vocab) -> None:
    text = "Analyst\n\n| Area | Essential | Desirable |\n|---|---|---|\n| Experience | Python | Django |\n"
    rows = _rows(text, vocab)
    assert ("required", ("Python",), None) in rows and ("preferred", ("Django",), None) in rows
    assert not any("Django" in names and tier == "required" for tier, names, _ in rows)


def test_the_person_specification_file(vocab) -> None:
    posting = parse_posting(load_document(str(DATA / "uk_nhs_person_spec.txt")), vocab)
    tiers = {name: r.tier.value for r in posting.requirements for name in r.any_of}
    assert tiers["Jac"] == "preferred" and tiers["GMP"] == "required" and tiers["communication"] == "required"


# -- a comma after the last "or" ends the alternatives -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "groups"),
    [
        ("Python or Go, Kubernetes, Terraform", [("Python", "Go"), ("Kubernetes",), ("Terraform",)]),
        ("Java or Kotlin, Spring Boot, PostgreSQL", [("Java", "Kotlin"), ("Spring Boot",), ("PostgreSQL",)]),
        ("AWS, GCP or Azure, Terraform", [("AWS", "GCP", "Azure"), ("Terraform",)]),
        # near misses: the commas before the "or", and a pair of stacks, stay alternatives
        ("Python, Java, or Go", [("Python", "Java", "Go")]),
        ("Experience with Java Spring or Python Django", [("Java", "Spring", "Python", "Django")]),
    ],
)
def test_a_comma_after_an_or_pair_starts_another_requirement(vocab, line, groups) -> None:
    assert [names for _tier, names, _y in _rows(f"Engineer\n\nRequirements:\n- {line}\n", vocab)] == groups


def test_the_bold_inline_requirements_line(vocab) -> None:
    posting = parse_posting(load_document(str(DATA / "bold_inline_html.md")), vocab)
    groups = [r.any_of for r in posting.requirements if r.tier.value == "required"]
    assert ("Python", "Go") in groups and ("Kubernetes",) in groups and ("Terraform",) in groups


# -- a degree still to be awarded ----------------------------------------------------------------------


def test_an_abd_candidates_degree_is_the_phd_asked(vocab) -> None:
    posting = parse_posting(load_document(str(DATA / "academic_faculty.txt")), vocab)
    assert posting.degree == "phd"  # ("if the degree is conferred by August 2027" read a bachelor's)


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        ("Ph.D. in Physics; ABD candidates considered if the degree is conferred by the start date.", "phd"),
        ("Master's in Nursing required; the degree must be awarded before appointment.", "master"),
        # near misses: a degree asked in its own words
        ("A degree in Accounting.", "bachelor"),
        ("Degree must be conferred by the start date.", "bachelor"),
    ],
)
def test_the_degree_awarded_later_is_no_other_degree(vocab, line, degree) -> None:
    assert _parse(f"Lecturer\n\nMinimum Qualifications:\n- {line}\n", vocab).degree == degree
