"""Years that count (s7y): the overall minimum's field named in more wordings (issue 6 #6), and the
years of a skill weighed in the score (#9)."""

from __future__ import annotations

import json
from datetime import date

import pytest
from typer.testing import CliRunner

from jobmatch import api
from jobmatch.cli import app
from jobmatch.match import check_years, profile_resume
from jobmatch.models import Document
from jobmatch.posting import experience_field, parse_posting
from jobmatch.scoring import credit

TEACHER = """Daniel Okafor
Data Analyst

EXPERIENCE
Data Analyst (contract), Nationwide, Columbus, OH               Feb 2025 - Present
- Write SQL queries in Snowflake for claims reporting; build Power BI dashboards

Mathematics Teacher, Columbus City Schools, Columbus, OH        Aug 2016 - Jan 2025
- Taught Algebra II and AP Statistics to 150 students a year

SKILLS
SQL, Excel, Tableau, Python
"""

NEW_GRAD = """Priya Raman
priya@example.com

EXPERIENCE
Software Engineer, Acme Corp, Austin, TX | Jun 2025 - Present
- Built internal dashboards in Python and PostgreSQL

PROJECTS
Swift Notes - Swift, SwiftUI
- Shipped an iOS notes app in Swift to the App Store
"""

SENIOR_IOS = """Lena Park

EXPERIENCE
Senior iOS Engineer, Lyft, San Francisco, CA | Jan 2019 - Present
- Built the rider app in Swift and SwiftUI; iOS performance work
"""

UNDATED = """Sam Ortiz

SKILLS
Swift, iOS, SwiftUI
"""

IOS_POSTING = "iOS Engineer\n\nRequirements\n- 4+ years of iOS development in Swift\n- SwiftUI\n"


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", kind="text", text=text), vocab, today=date(2026, 1, 1))


def _posting(text: str, vocab):
    return parse_posting(Document(path="p.txt", kind="text", text=text), vocab)


def _overall(posting, profile, vocab):
    (overall,) = [c for c in check_years(posting, profile, vocab=vocab) if c.kind == "overall"]
    return overall


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("3+ years of experience as a data engineer", "data engineer"),
        ("2+ years of experience as a Data Analyst, ideally in insurance", "data analyst"),
        ("2+ years in a data analyst role", "data analyst"),
        ("5 years as a senior product manager", "product manager"),
        ("5+ years of professional software engineering experience", "software engineering"),
        ("5+ years of experience", None),
        ("5+ years of experience in a fast-paced environment", None),
    ],
)
def test_the_field_of_a_years_statement(line, field):
    assert experience_field(line) == field


@pytest.mark.parametrize(
    "line",
    [
        "3+ years of experience as a data analyst",
        "2+ years in a data analyst role",
        "3+ years of data analysis experience",
    ],
)
def test_a_teacher_is_short_on_years_as_a_data_analyst(vocab, line):
    posting = _posting(f"Data Analyst\n\nRequirements\n- {line}\n- SQL\n", vocab)
    overall = _overall(posting, _profile(TEACHER, vocab), vocab)
    assert overall.field is not None and overall.met is False
    assert overall.actual == 0.9  # Feb 2025 - Dec 2025; not the 8.5 years of teaching
    result = api.score(_profile(TEACHER, vocab), posting, vocab)
    experience = result.part("experience")
    assert experience is not None and experience.value == round(0.9 / posting.min_years, 4)


def test_years_of_a_field_skill_name_the_field_of_the_minimum(vocab):
    posting = _posting("Product Manager\n\nRequirements\n- 5+ years of product management experience\n", vocab)
    assert (posting.min_years, posting.min_years_field) == (5, "product management")
    backend = _posting("Backend Engineer\n\nRequirements\n- 4+ years building backend systems\n- Go\n", vocab)
    assert backend.min_years_field == "backend development"
    # years of a language are that language's, not a field's
    assert _posting("Engineer\n\nRequirements\n- 5+ years of Python\n", vocab).min_years_field is None


def test_years_with_no_field_count_all_jobs(vocab):
    posting = _posting("Analyst\n\nRequirements\n- 5+ years of experience\n- SQL\n", vocab)
    overall = _overall(posting, _profile(TEACHER, vocab), vocab)
    assert (overall.field, overall.met, overall.actual) == (None, True, 9.4)


def test_credit_of_a_short_skill():
    assert credit(None, 4) == 1.0  # unknown years: not short
    assert credit(5.0, 4) == 1.0
    assert credit(0.0, 4) == 0.5
    assert credit(2.0, 4) == 0.75
    assert credit(0.0, None) == 1.0


def test_a_side_project_does_not_meet_four_years_of_swift_in_full(vocab):
    posting = _posting(IOS_POSTING, vocab)
    grad = api.score(_profile(NEW_GRAD, vocab), posting, vocab)
    senior = api.score(_profile(SENIOR_IOS, vocab), posting, vocab)
    undated = api.score(_profile(UNDATED, vocab), posting, vocab)
    grad_req, senior_req, undated_req = (r.part("required") for r in (grad, senior, undated))
    assert grad_req is not None and senior_req is not None and undated_req is not None
    assert senior_req.value == 1.0
    assert grad_req.met is not None and grad_req.total is not None and grad_req.met < grad_req.total
    assert undated_req.value == 1.0  # no dated job: the years are unknown, not zero
    assert senior.score > grad.score
    # the breakdown still adds up
    for result in (grad, senior, undated):
        assert round(sum(p.points for p in result.parts), 1) == result.score


def test_matrix_and_json_agree_with_the_credit(vocab, tmp_path):
    (tmp_path / "ios.txt").write_text(IOS_POSTING)
    (tmp_path / "grad.txt").write_text(NEW_GRAD)
    posting = api.read_posting(str(tmp_path / "ios.txt"), vocab)
    profile = api.read_resume(str(tmp_path / "grad.txt"), vocab)
    full = api.score(profile, posting, vocab)
    assert api.score_key(api.resume_key(profile, vocab), posting) == full.score
    runner = CliRunner()
    out = runner.invoke(app, ["match", str(tmp_path / "grad.txt"), str(tmp_path / "ios.txt"), "-f", "json"])
    assert out.exit_code == 0, out.output
    doc = json.loads(out.stdout)
    required = doc["results"][0]["breakdown"]["required"]
    assert required["met"] < required["total"]
    assert doc["results"][0]["score"] == pytest.approx(
        sum(part["points"] for part in doc["results"][0]["breakdown"].values()), abs=0.05
    )


SENIOR_SKILLS_LIST = """Lena Park

EXPERIENCE
Senior Mobile Engineer, Lyft, San Francisco, CA | Jan 2017 - Present
- Led the rider app team; shipped weekly releases to 20M users

SKILLS
Swift, iOS, SwiftUI
"""


def test_a_skill_named_only_in_the_skills_list_counts_at_most_the_career(vocab):
    # no job names Swift: the check says so ("0 of 4"), but nine years of work may have used it;
    # the new graduate's side project counts no professional years
    posting = _posting(IOS_POSTING, vocab)
    senior = api.score(_profile(SENIOR_SKILLS_LIST, vocab), posting, vocab)
    skills = [c for c in senior.checks if c.kind == "skill"]
    assert skills and all(c.actual == 0.0 and not c.met for c in skills)
    assert senior.part("required").value == 1.0
    grad = api.score(_profile(NEW_GRAD, vocab), posting, vocab)
    assert grad.part("required").value < 1.0
    assert api.score_key(api.resume_key(_profile(SENIOR_SKILLS_LIST, vocab), vocab), posting) == senior.score


ANALYST = """Mia Chen

EXPERIENCE
Senior Data Analyst, Acme Retail, Chicago, IL | Jan 2021 - Present
- Built the weekly sales dashboards in Tableau for 40 stores
- Wrote the forecasting scripts in Python

Data Analyst, Globex, Chicago, IL | Jan 2017 - Dec 2020
- Reporting in SQL and Excel for the finance team

SKILLS
SQL, Excel, Tableau, Python
"""


def test_years_of_a_tool_are_no_field_of_the_minimum(vocab):
    # "5+ years of experience with Tableau" asks Tableau's years, not 5 years in the field "tableau"
    posting = _posting("Data Analyst\n\nRequirements\n- 5+ years of experience with Tableau\n- SQL\n", vocab)
    assert posting.min_years_field is None
    result = api.score(_profile(ANALYST, vocab), posting, vocab)
    experience = {p.name: p for p in result.parts}["experience"]
    assert experience.value == 1.0  # nine years of work


def test_naming_a_skill_in_one_more_job_never_lowers_the_score(vocab):
    posting = _posting("Data Analyst\n\nRequirements\n- 5+ years of Python\n- SQL\n", vocab)
    unnamed = ANALYST.replace("- Wrote the forecasting scripts in Python\n", "")
    listed = api.score(_profile(unnamed, vocab), posting, vocab)
    named = api.score(_profile(ANALYST, vocab), posting, vocab)
    assert named.score >= listed.score
