"""Posting leftovers of s11b: one owner of a title's nouns, a title row's city cell, two tiers on one
line, and support towards a qualification that is no requirement."""

from __future__ import annotations

import pytest

from jobmatch import posting, resume, titles


def test_the_title_nouns_have_one_owner() -> None:
    # posting and resume read the nouns of titles from jobmatch.titles, not copies of their own
    assert posting.JOB_WORD is titles.JOB_WORD
    assert resume.TITLE_WORDS is titles.TITLE_WORDS
    assert not hasattr(posting, "_JOB_NOUNS") and not hasattr(posting, "_ROLE_WORD")
    assert not hasattr(resume, "_TITLE_WORD_LIST")
    # every office noun is a title noun too, and each word is listed once
    listed = titles.TITLE_WORD_LIST.split("|")
    assert len(listed) == len(set(listed))
    assert set(titles.JOB_NOUN_LIST.split("|")) <= set(listed)


@pytest.mark.parametrize(
    ("text", "named"),
    [
        ("Senior Backend Developers", True),
        ("Forklift Operator", True),
        ("Financial Adviser", True),  # (the British spelling, widened in s11b)
        ("Audit Senior", True),
        ("Front Desk", True),
        ("Denver", False),
        ("Tax Services", False),
    ],
)
def test_title_words_name_a_titles_noun(text, named) -> None:
    assert titles.TITLE_WORDS.search(text) is named


@pytest.mark.parametrize(
    ("first", "title"),
    [
        ("Denver | Housekeeper", "Housekeeper"),
        ("Manchester | Barista", "Barista"),
        ("Marriott | Denver | Housekeeper", "Housekeeper"),
        ("Leicester | Warehouse Operative | Full time", "Warehouse Operative"),
        # near misses: a job's own noun still comes first, a cell of a title's noun keeps its place
        ("Baker Hughes | Field Engineer", "Field Engineer"),
        ("Night Auditor | Denver", "Night Auditor"),
        ("Senior Accountant | Finance | Sydney NSW", "Senior Accountant"),
        ("Austin, TX | Line Cook", "Line Cook"),
    ],
)
def test_a_title_rows_city_that_ends_like_a_job_is_no_role(first, title, parse) -> None:
    assert parse(f"{first}\n\nRequirements:\n- 2+ years of experience\n").title == title


def test_a_role_ranks_by_how_surely_it_names_a_job() -> None:
    assert titles.role_rank("Field Engineer") == 0
    assert titles.role_rank("Housekeeper") == 1
    assert titles.role_rank("Sommelier") == 2
    assert titles.role_rank("Full time") is None


# -- a qualification on the way is no requirement ------------------------------------------------------
def _tiers(parse, body: str) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.tier.name, r.any_of) for r in parse(f"Accounts Assistant\n\nRequirements:\n{body}\n").requirements]


@pytest.mark.parametrize(
    ("body", "tiers"),
    [
        (
            "- Working towards Chartered status (ACCA or CIMA)\n- Strong Excel skills",
            [("CONTEXT", ("ACCA", "CIMA")), ("REQUIRED", ("Microsoft Excel",))],
        ),
        ("- AAT qualified or working toward your CPA", [("CONTEXT", ("CPA",))]),
        ("- Proficient in Excel; studying towards ACCA", [("REQUIRED", ("Microsoft Excel",)), ("CONTEXT", ("ACCA",))]),
        # near misses: a certificate held, work towards a goal, a certificate of the firm's
        ("- ACCA or CIMA qualified", [("REQUIRED", ("ACCA", "CIMA"))]),
        ("- Experience working towards SOC 2 compliance", [("REQUIRED", ("SOC 2",))]),
        ("- Experience working towards ISO 27001 certification", [("REQUIRED", ("ISO 27001",))]),
    ],
)
def test_a_qualification_worked_towards_is_no_requirement(parse, body, tiers) -> None:
    assert _tiers(parse, body) == tiers


def test_two_tiers_on_one_line_keep_their_own(parse) -> None:
    assert _tiers(parse, "- Forklift certification required; OSHA 30 preferred") == [
        ("REQUIRED", ("forklift operation",)),
        ("PREFERRED", ("OSHA 30",)),
    ]
    assert _tiers(parse, "- CDL Class A required, HAZMAT endorsement preferred") == [
        ("REQUIRED", ("CDL Class A",)),
        ("PREFERRED", ("hazmat endorsement",)),
    ]
    # OSHA 10 and OSHA 30 are grades of their own (OSHA 30 covers OSHA 10): each keeps its tier
    assert _tiers(parse, "- OSHA 10 required; OSHA 30 preferred") == [
        ("REQUIRED", ("OSHA 10",)),
        ("PREFERRED", ("OSHA 30",)),
    ]
