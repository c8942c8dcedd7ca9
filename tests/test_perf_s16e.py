"""The CPU savings of s16e on the 1 resume x 10,000 postings path give what the plain definitions give:
each cache the same answer as its uncached form on the lines of the 198 SkillSpan postings and the
fixture postings, and bounded."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from jobmatch.posting import _ACCEPTED, _states_acceptable, experience_field

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


def test_states_acceptable_is_the_pattern_search() -> None:
    for line in [*REAL_LINES, *SHAPES]:
        assert _states_acceptable(line) is (_ACCEPTED.search(line) is not None), line
    assert _states_acceptable(SHAPES[0]) and _states_acceptable(SHAPES[2])
    assert not _states_acceptable(SHAPES[3])


def test_experience_field_cached_is_the_plain_function() -> None:
    plain = experience_field.__wrapped__  # type: ignore[attr-defined]
    for line in [*REAL_LINES, *SHAPES]:
        for years in (None, 2, 3, 5):
            assert experience_field(line, years) == plain(line, years), (line, years)
    assert experience_field(SHAPES[5]) == "software engineering"
    assert experience_field(SHAPES[7], 5) is None  # (the 5 years are in no field)
