"""s6 core audit #13: a programming language's name right after "wrote" and before a noun is the
language ("Wrote Go agents", "Wrote C firmware", "Wrote R scripts"); other words after "wrote"
stay unread ("Wrote a C", "Go to market", "Go/No-Go", "Less than")."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab():
    return Vocabulary.load()


def _names(line: str, vocab) -> list[str]:
    return [m.skill.name for m in extract_skills([line], vocab, resume=True)]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("- Wrote Go agents", ["Go"]),
        ("- Wrote C firmware for GNSS receivers", ["C"]),
        ("- Wrote R scripts for survival analysis", ["R", "survival analysis"]),
        ("- Wrote R and SQL reports", ["R", "SQL"]),
        ("- Rewrote Julia notebooks as services", ["Julia"]),
    ],
)
def test_a_language_after_wrote_before_a_noun_is_read(vocab, line, names):
    assert _names(line, vocab) == names


@pytest.mark.parametrize(
    "line",
    [
        "- Wrote a C",
        "- Wrote a grade C essay",
        "- Wrote Go/No-Go criteria for launches",
        "- Wrote Less than 5% of the code",
        "- Wrote Spring release notes",
        "- Wrote C-suite briefings on risk",
    ],
)
def test_other_words_after_wrote_stay_unread(vocab, line):
    assert _names(line, vocab) == []


def test_wrote_r_and_d_grant_proposals_is_grant_writing_not_r(vocab):
    assert _names("- Wrote R&D grant proposals", vocab) == ["grant writing"]


@pytest.mark.parametrize("line", ["- Wrote Go to market plans", "- Wrote go-to-market plans"])
def test_go_to_market_after_wrote_is_no_go(vocab, line):
    assert _names(line, vocab) == ["go-to-market strategy"]


@pytest.mark.parametrize(
    ("line", "names"),
    [
        (
            "- Presented strategy to executives and managed stakeholders across sales and legal",
            ["stakeholder management"],
        ),
        ("- Partnered with sales and legal on contracts", []),
        ("- Worked with the sales team", []),
        ("- Worked with marketing on campaigns", []),
        ("- Built dashboards to track student performance data", ["data visualization"]),
        ("- Conducted employee performance reviews", []),
    ],
)
def test_a_department_worked_with_or_a_persons_performance_is_no_skill(vocab, line, names):
    assert _names(line, vocab) == names  # s6 #12


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("- Led sales and marketing teams", ["leadership", "sales", "marketing"]),
        ("- Experience with sales and marketing", ["sales", "marketing"]),
        ("- Drove sales across the Northeast", ["sales"]),
        ("- Improved API performance by 40%", ["performance optimization"]),
    ],
)
def test_sales_and_performance_practised_are_still_read(vocab, line, names):
    assert _names(line, vocab) == names


@pytest.mark.parametrize(
    ("line", "names"),
    [
        ("- Worked with Oracle Corporation auditors on SOX testing", ["auditing", "testing"]),
        ("- Implemented Salesforce Inc. partner program", []),
        ("- Migrated from Oracle to PostgreSQL", ["Oracle Database", "PostgreSQL"]),
        ("- Programmed Allen-Bradley PLC logic", ["PLC programming", "PLC programming"]),
        ("- Partner programs at Salesforce, Inc. and Oracle", ["Oracle Database"]),
        # a language's level in brackets (LinkedIn's Languages) is no company
        ("Korean (Limited Working)", ["Korean"]),
    ],
)
def test_a_skills_name_before_corporation_is_the_company(vocab, line, names):
    assert _names(line, vocab) == names  # s6 #11
