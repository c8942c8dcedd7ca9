"""s13c: posting structure - a credential's floor in brackets is its alternative, a credential held now
is the alternative of one obtained after the hire, a one-word employer named twice is no skill."""

from __future__ import annotations

import pytest

from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text


def _rows(text: str, vocab) -> list[tuple[str, tuple[str, ...]]]:
    posting = parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)
    return [(r.tier.value, r.any_of) for r in posting.requirements]


def _asked(line: str, vocab) -> list[tuple[str, tuple[str, ...]]]:
    return _rows(f"Network Engineer\n\nRequirements\n- {line}\n", vocab)


# -- a credential's floor in brackets -----------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        ("CCNP required (CCNA at minimum within 90 days)", [("required", ("CCNP", "CCNA"))]),
        (
            "PE license required (EIT/Engineer in Training at a minimum)",
            [("required", ("PE license", "EIT certification"))],
        ),
        ("CompTIA Security+ required (CompTIA A+ at a minimum)", [("required", ("CompTIA Security+", "CompTIA A+"))]),
    ],
)
def test_a_lesser_credential_at_minimum_is_the_alternative_of_the_one_required(vocab, line, rows) -> None:
    assert _asked(line, vocab) == rows


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        # a floor of no credential: both asked
        ("SQL required (at a minimum, window functions)", ("SQL",)),
        # a plus in brackets, no floor
        ("CCNA required (CCNP is a plus)", ("CCNA",)),
    ],
)
def test_a_bracket_that_is_no_credentials_floor_stays_apart(vocab, line, rows) -> None:
    found = _asked(line, vocab)
    assert ("required", rows) in found
    assert not any(len(names) > 1 for _tier, names in found)


def test_a_preferred_credentials_floor_is_no_alternative_of_it(vocab) -> None:
    # "CCNP preferred (CCNA at minimum)": the floor is what is asked, not either at the preferred tier
    assert ("preferred", ("CCNP", "CCNA")) not in _asked("CCNP preferred (CCNA at minimum)", vocab)


# -- held now, or obtained after the hire --------------------------------------------------------------


def test_a_credential_held_now_is_the_alternative_of_one_obtained_after_the_hire(vocab) -> None:
    line = "TWIC card within 30 days of hire, or hold a valid CDL"
    assert _asked(line, vocab) == [("required", ("TWIC card", "CDL"))]
    assert _asked("TWIC card within 30 days of hire, or a current CDL", vocab) == [("required", ("TWIC card", "CDL"))]


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        # (s13g: asked, the holder meeting it from the first day)
        ("Forklift certification within 90 days of hire", [("required", ("forklift operation",))]),
        ("Must obtain a CDL within 6 months of employment", [("required", ("CDL",))]),
        # another sentence asks for its own
        (
            "TWIC card within 30 days of hire; a valid CDL is required",
            [("required", ("TWIC card",)), ("required", ("CDL",))],
        ),
    ],
)
def test_a_credential_obtained_after_the_hire_alone_is_asked_alone(vocab, line, rows) -> None:
    assert _asked(line, vocab) == rows


# -- a one-word employer's name -------------------------------------------------------------------------

_LUMEN = (
    "Network Engineer\n\nAbout Lumen\nLumen connects the world with its fiber network and edge cloud.\n\n"
    "Requirements\n- 3+ years of experience with BGP and OSPF\n{ask}\n"
    "Lumen is an equal opportunity employer.\n"
)


def test_a_one_word_employer_named_twice_is_no_skill_where_it_describes_the_company(vocab) -> None:
    rows = _rows(_LUMEN.format(ask=""), vocab)
    assert not any("Lumen" in names for _tier, names in rows)


def test_a_one_word_employers_product_asked_among_the_requirements_stays(vocab) -> None:
    # (a Snowflake posting's "Experience with Snowflake" asks for the product)
    rows = _rows(_LUMEN.format(ask="- Experience with Lumen is a plus"), vocab)
    assert ("preferred", ("Lumen",)) in rows


def test_a_one_word_name_named_once_is_no_employer(vocab) -> None:
    text = (
        "Backend Engineer\n\nAbout Lumen\nLumen is a PHP micro-framework we use for our APIs.\n\n"
        "Requirements\n- 3+ years of experience with PHP and Lumen\n"
    )
    rows = _rows(text, vocab)
    assert ("context", ("Lumen",)) in rows
    assert ("required", ("Lumen",)) in rows
