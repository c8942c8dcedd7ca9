"""A degree that equivalent experience may replace ("BS in Computer Science or equivalent
experience"): the posting says so, and enough professional years meet the degree check."""

from __future__ import annotations

import json

import pytest

from jobmatch import api
from jobmatch.cli import app
from jobmatch.config import SCORING
from jobmatch.models import CheckStatus
from jobmatch.scoring import degree_check, equivalent_years

POSTING = """Backend Engineer

Requirements
- 5+ years of backend development in Go or Java
- {degree}
"""

RESUME = """Sam Lee
Backend Engineer

Experience
Senior Backend Engineer, Acme Corp
Jan 2014 - Dec 2024
- Built order services in Go and Java on PostgreSQL

Education
{education}
"""


def _posting(tmp_path, vocab, degree: str):
    path = tmp_path / "p.txt"
    path.write_text(POSTING.format(degree=degree), encoding="utf-8")
    posting = api.read_posting(str(path), vocab)
    assert not isinstance(posting, api.InputError)
    return posting


@pytest.mark.parametrize(
    "line",
    [
        "BS/MS in Computer Science or equivalent experience",
        "Bachelor's degree in Computer Science or a related field, or equivalent practical experience",
        "Bachelor's degree or an equivalent combination of education and experience",
        "BS in CS or equivalent work experience",
        "Bachelor's degree in Engineering or 4+ years of equivalent experience",
    ],
)
def test_a_degree_equivalent_experience_may_replace_is_read(tmp_path, vocab, line):
    posting = _posting(tmp_path, vocab, line)
    assert posting.degree == "bachelor" and posting.degree_or_experience


@pytest.mark.parametrize(
    "line",
    [
        "BS in Computer Science or equivalent",  # (another degree, not experience)
        "Bachelor's degree in Computer Science",
        "Bachelor's degree in Computer Science required; equivalent experience with Kafka a plus",
    ],
)
def test_without_or_equivalent_experience_the_degree_is_asked_as_it_is(tmp_path, vocab, line):
    posting = _posting(tmp_path, vocab, line)
    assert posting.degree == "bachelor" and not posting.degree_or_experience


def test_enough_years_meet_the_degree_a_few_do_not_and_a_degree_held_meets_it():
    # a bachelor's in place of 4 years beyond the 5 the posting asks anyway: 9 years
    met = degree_check("bachelor", "associate", 11.3, 9)
    assert met.status is CheckStatus.MET and met.found == "equivalent experience (11.3 years)"
    assert degree_check("bachelor", None, 11.3, 9).status is CheckStatus.MET
    assert degree_check("bachelor", "associate", 3.0, 9).status is CheckStatus.NOT_MET
    assert degree_check("bachelor", None, 3.0, 9).status is CheckStatus.UNKNOWN  # (unknown is never failed)
    held = degree_check("bachelor", "master", 1.0, 9)
    assert held.status is CheckStatus.MET and held.found == "master"
    assert degree_check("bachelor", "associate").status is CheckStatus.NOT_MET  # nothing replaces it


def test_the_years_that_replace_a_degree_add_to_those_the_posting_asks(tmp_path, vocab):
    posting = _posting(tmp_path, vocab, "BS/MS in Computer Science or equivalent experience")
    assert posting.min_years == 5
    assert equivalent_years(posting, SCORING) == 4 + 5
    plain = _posting(tmp_path, vocab, "BS/MS in Computer Science")
    assert equivalent_years(plain, SCORING) is None


def _run(runner, tmp_path, degree: str, education: str) -> dict:
    (tmp_path / "p.txt").write_text(POSTING.format(degree=degree), encoding="utf-8")
    (tmp_path / "r.txt").write_text(RESUME.format(education=education), encoding="utf-8")
    args = ["match", str(tmp_path / "r.txt"), str(tmp_path / "p.txt"), "-f", "json", "--as-of", "2025-01"]
    result = runner.invoke(app, args)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout)["results"][0]


def test_listing_an_associate_degree_never_scores_below_listing_none(runner, tmp_path):
    """11 years of backend work and "BS/MS or equivalent experience": the degree check is met
    whatever the resume's education says (before: an associate degree failed it and scored
    lower than no education at all)."""
    line = "BS/MS in Computer Science or equivalent experience"
    college = "Associate of Applied Science, Seattle Central College, 2013"
    associate = _run(runner, tmp_path, line, college)
    nothing = _run(runner, tmp_path, line, "")
    for result in (associate, nothing):
        assert result["breakdown"]["degree"]["status"] == "met"
        assert result["breakdown"]["degree"]["found"] == "equivalent experience (11 years)"
    assert associate["score"] >= nothing["score"]  # (the same checks; the education line adds words)
    strict = _run(runner, tmp_path, "BS/MS in Computer Science", college)
    assert strict["breakdown"]["degree"]["status"] == "not_met" and strict["score"] < associate["score"]


def test_the_posting_shows_it_in_json_and_in_the_terminal(runner, tmp_path, schema_validator):
    (tmp_path / "p.txt").write_text(POSTING.format(degree="BS in CS or equivalent experience"), encoding="utf-8")
    doc = json.loads(runner.invoke(app, ["posting", str(tmp_path / "p.txt"), "-f", "json"]).stdout)
    schema_validator.validate(doc)
    assert doc["documents"][0]["degree_or_experience"] is True
    shown = runner.invoke(app, ["posting", str(tmp_path / "p.txt")]).stdout
    assert "degree: bachelor in CS or equivalent experience" in shown
