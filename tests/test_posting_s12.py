"""Postings read in the s12 whole pairs: a degree's letters end no sentence ("PharmD or B.S.
Pharmacy" asks the lower of the two), and a bilingual person speaks each language named
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
    ],
)
def test_a_degrees_letters_end_no_sentence(line, degree, parse) -> None:
    posting = parse(f"Staff Pharmacist\n\nRequirements\n- {line}\n- Active pharmacist license\n")
    assert posting.degree == degree


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
        # a bilingual person, and skills that are alternatives still
        ("Bilingual candidates with Python or Java", [("Python", "Java")]),
    ],
)
def test_a_bilingual_speaks_each_language(line, asked, parse) -> None:
    posting = parse(f"Customer Service Agent\n\nRequirements\n- {line}\n")
    assert _asked(posting) == asked
