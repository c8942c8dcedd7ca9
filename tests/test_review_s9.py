"""What the review of session 9 found, each kept mended: a range's dash between tab stops, a tabbed
education row's field, an unknown alternative widened to a practice, software documentation read
as clinical, "knowledge of the Word", a Level 1 trauma center beside an associate degree."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import find_degrees
from jobmatch.text import normalize_line, normalize_text


def _profile(text: str, vocab):
    doc = Document(path="cv.txt", text=normalize_text(text), kind="text")
    return profile_resume(doc, vocab, today=date(2026, 11, 1))


@pytest.mark.parametrize(
    ("line", "normal"),
    [
        ("Jan 2019\t-\tPresent", "Jan 2019 - Present"),
        ("2016\t\u2013\t2018", "2016 - 2018"),
        ("Jan 2019 -\tPresent", "Jan 2019 - Present"),
        ("Acme Corp\tJan 2019\t-\tPresent", "Acme Corp | Jan 2019 - Present"),
    ],
)
def test_a_dash_between_tab_stops_stays_the_ranges_dash(line: str, normal: str) -> None:
    assert normalize_line(line) == normal


def test_a_job_dated_across_tab_stops_is_read(vocab) -> None:
    profile = _profile(
        "Sam Lee\n\nEXPERIENCE\nSoftware Engineer, Acme Corp, Austin, TX\t\tJan 2019\t-\tPresent\n"
        "- Built services in Python and Go\n",
        vocab,
    )
    assert [(j.title, j.employer) for j in profile.jobs] == [("Software Engineer", "Acme Corp")]
    assert profile.total_years > 7


def test_a_tabbed_education_row_keeps_its_field(vocab) -> None:
    profile = _profile("Sam Lee\n\nEDUCATION\nB.S.\tComputer Science\tUniversity of Texas\t2016\n", vocab)
    assert [(e.degree, e.field) for e in profile.education] == [("bachelor", "Computer Science")]


def test_an_unknown_alternative_is_not_met_by_a_practice(parse) -> None:
    posting = parse(
        "ML Engineer\n\nRequirements:\n- 3+ years of experience with PyTorch or MXNet\n"
        "- Experience with Datadog or Honeycomb\n- Experience with Tableau or Sigma\n"
    )
    assert [r.any_of for r in posting.requirements] == [("PyTorch",), ("Datadog",), ("Tableau",)]


@pytest.mark.parametrize(
    "line",
    [
        "Write and maintain documentation for our clinical data APIs",
        "Wrote documentation for the chart rendering library (D3)",
    ],
)
def test_software_documentation_is_no_clinical_record(vocab, line: str) -> None:
    found = {m.skill.name for m in extract_skills(line, vocab)}
    assert "electronic health records" not in found and "technical documentation" in found


def test_a_nurses_documentation_is_still_the_clinical_record(vocab) -> None:
    found = {m.skill.name for m in extract_skills("Accurate patient documentation in a fast-paced unit", vocab)}
    assert "electronic health records" in found


@pytest.mark.parametrize(
    "line",
    [
        "Deep knowledge of the Word and a passion for ministry",
        "Knowledge of the Phoenix metro area",
        "Experience with the Ruby Tuesday brand standards",
    ],
)
def test_a_capitalised_word_after_knowledge_of_the_is_no_strict_skill(vocab, line: str) -> None:
    assert {m.skill.name for m in extract_skills(line, vocab)} & {"Microsoft Word", "Phoenix", "Ruby"} == set()


@pytest.mark.parametrize(
    "line",
    [
        "Associate degree in Nursing required. 2+ years in a Level 1 trauma center",
        "Associate degree in IT and Level 2 help desk support experience",
        "Associate degree or Level 3 Diploma in Electrical Installation",
    ],
)
def test_a_level_beside_an_associate_degree_leaves_the_degree(line: str) -> None:
    assert find_degrees(line) == {"associate"}
