"""Resume fixes from the s6 core audit (/tmp/s6qa was the auditor's folder; the texts are copied
here): a degree expected at a month now past (#7) and a date beside the degree's field."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.vocabulary import Vocabulary

NOVEMBER = date(2026, 11, 24)

NEW_GRAD = (
    "Priya Raman\npriya@x.com\n\nEducation\nUniversity of California, Santa Cruz    Santa Cruz, CA\n"
    "{degree}\n\nSkills\nPython, Go\n"
)


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary.load()


def _profile(text: str, vocab, today: date = NOVEMBER):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=today)


def _degree(line: str, vocab, today: date = NOVEMBER):
    education = _profile(NEW_GRAD.format(degree=line), vocab, today).education
    return [(e.degree, e.field, e.year) for e in education]


@pytest.mark.parametrize(
    "line",
    [
        "B.S. Computer Science    Expected June 2026",
        "B.S. Computer Science, GPA 3.7    Expected June 2026",
        "B.S. Computer Science (Anticipated May 2026)",
        "B.S. Computer Science    Expected Spring 2026",
        "B.S. Computer Science    Expected 06/2026",
    ],
)
def test_a_degree_expected_at_a_month_now_past_is_held(vocab, line):
    assert _degree(line, vocab) == [("bachelor", "Computer Science", 2026)]


@pytest.mark.parametrize(
    "line",
    [
        "B.S. Computer Science    Expected Dec 2026",
        "B.S. Computer Science    Expected November 2026",
        "B.S. Computer Science    Expected 2026",
        "B.S. Computer Science (expected 2027)",
    ],
)
def test_a_degree_expected_at_a_date_not_yet_past_is_not_held(vocab, line):
    assert _degree(line, vocab) == [(None, "Computer Science", 2026 if "2026" in line else 2027)]


def test_the_same_expected_month_is_held_only_once_past(vocab):
    line = "B.S. Computer Science    Expected June 2026"
    assert _degree(line, vocab, date(2026, 6, 1))[0][0] is None
    assert _degree(line, vocab, date(2026, 7, 1))[0][0] == "bachelor"


@pytest.mark.parametrize(
    "line",
    [
        "B.S. Computer Science    May 2026",
        "B.S. Computer Science    Expected 2025",
        "B.S. Computer Science Expected 2025",
    ],
)
def test_a_date_beside_the_field_is_not_part_of_it(vocab, line):
    assert _degree(line, vocab)[0][:2] == ("bachelor", "Computer Science")
