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
