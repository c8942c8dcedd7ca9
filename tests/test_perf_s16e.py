"""The CPU savings of s16e on the 1 resume x 10,000 postings path give what the plain definitions give:
each cache the same answer as its uncached form on the lines of the 198 SkillSpan postings and the
fixture postings, and bounded."""

from __future__ import annotations

import json
import random
from pathlib import Path

import pytest

from jobmatch.posting import _states_acceptable, experience_field

DATA = Path(__file__).parent / "data"
FIXTURES = Path(__file__).parent.parent / "fixtures"


def _real_lines() -> list[str]:
    lines: list[str] = []
    with open(DATA / "skillspan" / "skillspan_train_dev_postings.jsonl", encoding="utf-8") as handle:
        for row in handle:
            lines.extend(json.loads(row)["sentences"])
    for path in sorted((FIXTURES / "postings").glob("*.txt")):
        lines.extend(path.read_text(encoding="utf-8").split("\n"))
    return lines


REAL_LINES = _real_lines()
# lines these caches answer differently, beside the real ones
SHAPES = [
    "CPA or Enrolled Agent required; AFSP record of completion acceptable",
    "An AAS in Networking will also be considered.",
    "EA also accepted)",
    "Maintain an acceptable level of accuracy",
    "Excel skills ACCEPTABLE",
    "5+ years of professional software engineering experience",
    "3+ years of experience as a Data Engineer",
    "5+ years of experience, including 2+ years of people management experience",
    "2+ years in a data analyst role",
    "5+ years of experience",
]


def test_the_real_lines_are_many() -> None:
    assert len(REAL_LINES) > 5_000


@pytest.mark.parametrize("cached", [_states_acceptable, experience_field])
def test_caches_are_bounded(cached: object) -> None:
    assert cached.cache_info().maxsize == 1 << 12  # type: ignore[attr-defined]


# what each cached function answers for a line, written out (a cache keyed wrong, or handing one line's answer to
# another, fails these whatever order they are asked in)
ACCEPTABLE = [
    ("CPA or Enrolled Agent required; AFSP record of completion acceptable", True),
    ("An AAS in Networking will also be considered.", True),
    ("EA also accepted)", True),
    ("Excel skills ACCEPTABLE", True),
    ("Maintain an acceptable level of accuracy", False),
    ("Unacceptable behaviour will not be tolerated", False),
    ("5+ years of experience", False),
]
FIELDS = [
    ("5+ years of professional software engineering experience", None, "software engineering"),
    ("5+ years of professional software engineering experience", 5, "software engineering"),
    ("5+ years of professional software engineering experience", 3, None),
    ("3+ years of experience as a Data Engineer", None, "data engineer"),
    ("3+ years of experience as a Data Engineer", 3, "data engineer"),
    ("3+ years of experience as a Data Engineer", 5, None),
    ("5+ years of experience, including 2+ years of people management experience", 5, None),
    ("5+ years of experience, including 2+ years of people management experience", 2, "people management"),
    ("2+ years in a data analyst role", None, "data analyst"),
    ("2+ years in a data analyst role", 2, "data analyst"),
    ("At least 4 years of nursing experience in an acute care setting", None, "nursing"),
    ("5+ years of experience", None, None),
    ("5+ years of experience", 5, None),
]


def _shuffled(rows: list, seed: int) -> list:
    rows = list(rows)
    random.Random(seed).shuffle(rows)
    return rows


def test_states_acceptable_answers_each_line() -> None:
    _states_acceptable.cache_clear()
    for seed in (1, 2):  # (the second pass answered from the cache, in another order)
        for line, expected in _shuffled(ACCEPTABLE, seed):
            assert _states_acceptable(line) is expected, line
            assert _states_acceptable(text=line) is expected, line
    assert _states_acceptable.cache_info().hits > 0


def test_experience_field_answers_each_line_and_years() -> None:
    experience_field.cache_clear()
    for seed in (1, 2):
        for line, years, expected in _shuffled(FIELDS, seed):
            if years is None:
                assert experience_field(line) == expected, line
                assert experience_field(text=line) == expected, line
            assert experience_field(line, years) == expected, (line, years)
            assert experience_field(line, years=years) == expected, (line, years)
            assert experience_field(text=line, years=years) == expected, (line, years)
    assert experience_field.cache_info().hits > 0


def test_the_caches_answer_the_real_lines_as_before_and_again() -> None:
    """Every real line answered twice, the second time from the cache (or recomputed after eviction), alike."""
    lines = [*REAL_LINES, *SHAPES]
    first = [(_states_acceptable(line), experience_field(line), experience_field(line, 5)) for line in lines]
    _states_acceptable.cache_clear()
    experience_field.cache_clear()
    order = _shuffled(range(len(lines)), 3)
    for index in order:
        line = lines[index]
        again = (_states_acceptable(text=line), experience_field(text=line), experience_field(line, years=5))
        assert again == first[index], line
