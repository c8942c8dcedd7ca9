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
