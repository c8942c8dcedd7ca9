"""Postings of the s5 diff audit (#6, #7 and the minor list): soft skills in hiring phrasing,
a one-line posting's title with a location, a bare acronym before "framework", and alternatives
joined by "or" across two verb phrases (made-up lines in the shape of the audit's inputs)."""

from __future__ import annotations

import pytest


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


# -- #6: hiring phrasing asks for a soft skill the person brings, not one of the work ----------


@pytest.mark.parametrize(
    ("line", "not_asked"),
    [
        (
            "We are looking for an experienced project manager who is passionate about project and programme "
            "management and eager to take an active role in our strategic transformation by leading one of more "
            "projects.",
            "leadership",
        ),
        (
            "We are looking for team members that understand that simplicity and reliability are the key factors "
            "that need to be taken into account during decision-making.",
            "decision making",
        ),
        ("We are looking for a developer with Python experience to lead our migration.", "leadership"),
    ],
)
def test_a_soft_skill_in_a_clause_about_the_work_is_not_asked(line, not_asked, parse):
    assert not_asked not in _tiers(parse(f"{line}\n"))


def test_what_the_person_sought_is_passionate_about_is_still_asked(parse):
    line = (
        "We are looking for an experienced project manager who is passionate about project and programme "
        "management and eager to take an active role in our strategic transformation by leading one of more "
        "projects."
    )
    assert _tiers(parse(f"{line}\n")) == {"project management": "required"}


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("We need an accountant with Excel skills.", ["Microsoft Excel"]),
        ("We are looking for someone with strong communication skills.", ["communication"]),
        ("We need someone who can lead a small team and communicate clearly with customers.", ["leadership"]),
        (
            "Need someone with fast typing (50 WPM), Excel and attention to detail and problem solving.",
            ["Microsoft Excel", "attention to detail", "problem solving"],
        ),
    ],
)
def test_a_soft_skill_the_person_brings_is_still_asked(line, skills, parse):
    tiers = _tiers(parse(f"{line}\n"))
    assert {name: tiers.get(name) for name in skills} == {name: "required" for name in skills}
