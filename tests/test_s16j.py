"""Follow-ups (s16j) the posting and trades streams found: a strict name in a tier clause of its own ("Excel required;
Word preferred."), a credential partner with its noun before "or" ("ASP certification or CSP"), a numerate subject
read as numeracy, linear algebra read as algebra, SNOMED CT, the Working with Children Check and the healthcare
industry unknown; on resumes a "BAR ADMISSIONS" heading over its states, a judge's county read as a cook's title and a
dietitian's ICU patients read as her critical care."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text


def _asked(parse, line: str) -> dict[str, str]:
    """What a posting's requirement line asks, by skill, with its tier."""
    posting = parse(f"Data Analyst\n\nRequirements:\n- {line}\n")
    return {name: r.tier for r in posting.requirements for name in r.any_of}


def _found(vocab, text: str) -> set[str]:
    return {m.skill.name for m in extract_skills(text, vocab)}


def _resume_skills(vocab, text: str) -> set[str]:
    profile = profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))
    return {s.skill.name for s in profile.skills}


# -- 1. a strict name that opens a tier clause of its own ------------------------------------------


@pytest.mark.parametrize(
    ("line", "wanted"),
    [
        ("Excel required; Word preferred.", {"Microsoft Excel": "required", "Microsoft Word": "preferred"}),
        ("Rust required; Go preferred.", {"Rust": "required", "Go": "preferred"}),
        ("Excel required.", {"Microsoft Excel": "required"}),
        ("Go is a plus", {"Go": "preferred"}),
        ("Spark a plus.", {"Apache Spark": "preferred"}),
    ],
)
def test_strict_name_in_its_own_tier_clause(parse, line: str, wanted: dict[str, str]) -> None:
    asked = _asked(parse, line)
    assert {name: asked.get(name) for name in wanted} == wanted


@pytest.mark.parametrize(
    ("line", "unwanted"),
    [
        ("Word of mouth required", "Microsoft Word"),  # the name does not end where the tier starts
        ("Go-getters preferred.", "Go"),  # another word, joined by its hyphen
        ("Excel at customer service required.", "Microsoft Excel"),
        ("Passport required; travel up to 25%", "Passport"),  # a traveller's document, no Passport.js
        ("Must Go required", "Go"),  # the name does not open its clause
        ("Go required to the warehouse daily", "Go"),  # the clause goes on after the tier
    ],
)
def test_strict_name_tier_clause_near_misses(vocab, line: str, unwanted: str) -> None:
    assert unwanted not in _found(vocab, line)


# -- 2. a credential's partner with its noun before "or" -------------------------------------------


def test_partner_credential_with_its_noun_before_or(vocab) -> None:
    assert {"Associate Safety Professional", "Certified Safety Professional"} <= _found(
        vocab, "ASP certification or CSP preferred"
    )
    assert "Certified Safety Professional" in _found(vocab, "OHST certification or CSP")
    # a noun of another thing before "or" vouches for nothing: a web page's policy
    assert "Certified Safety Professional" not in _found(vocab, "Content policy or CSP headers for web pages")
    assert "Certified Safety Professional" not in _found(vocab, "ASP or CSP nonce policies")


# -- 3.-5. the vocabulary ------------------------------------------------------------------------


def test_numerate_subject_is_a_degree_field(parse, vocab) -> None:
    assert "numeracy" not in _asked(parse, "Degree in a numerate subject (E)")
    assert "numeracy" not in _found(vocab, "A degree in a numerate discipline such as maths or physics")
    assert "numeracy" in _found(vocab, "Strong numerate skills and attention to detail")


def test_linear_algebra_whole(vocab) -> None:
    found = _found(vocab, "Strong knowledge of linear algebra and statistics")
    assert "linear algebra" in found and "algebra" not in found
    assert "algebra" in _found(vocab, "Tutored algebra and geometry to 9th graders")


def test_snomed_and_children_check(vocab) -> None:
    assert {"SNOMED CT", "medical coding"} <= _found(vocab, "Experience with SNOMED CT and ICD-10 coding")
    assert "Working with Children Check" in _found(vocab, "Current Working with Children Check (WWCC) required")
    assert "Working with Children Check" in _found(vocab, "Must hold a valid WWCC")


def test_healthcare_industry(parse, vocab) -> None:
    assert _asked(parse, "Healthcare experience is a plus").get("healthcare industry") == "preferred"
    assert "healthcare industry" in _found(vocab, "2+ years in a healthcare setting")
    # the employer's benefits and its own market name no experience asked
    assert "healthcare industry" not in _found(vocab, "Excellent healthcare benefits, dental and vision")
    assert "healthcare industry" not in _found(vocab, "We are a leading healthcare technology company")
