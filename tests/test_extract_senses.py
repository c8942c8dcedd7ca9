"""Words that name a skill in one sense and something else in another, from real SkillSpan lines
(tests/data/skillspan/): the false positives of the issue #3 audit that were extraction errors,
and beside each, the same word in its skill sense, which must stay found."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def hard(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab) if not m.skill.soft]


def surfaces(line: str, skill: str, vocab: Vocabulary) -> list[str]:
    return [m.surface for m in extract_line(line, 1, vocab) if m.skill.name == skill]


# -- vocabulary: stop phrases and aliases (vocab/curated.toml) -----------------------------------


@pytest.mark.parametrize(
    "line, absent",
    [
        ("Access to e-learning portals and budget for conferences", "budgeting"),  # dev tech 12
        ("has an annual budget of EUR 840 million.", "budgeting"),  # dev house 32
        ("Yearly performance bonuses & salary increases", "performance optimization"),  # train tech 68
        ("Performance-related and above average pay", "performance optimization"),  # dev tech 14
        ("Performance Based Company Bonus", "performance optimization"),  # train tech 12
        ("In compliance with UK Government advice relating to COVID-19 this role may initially be remote",
         "compliance"),  # train tech 6
        ("<ORGANIZATION> will not sponsor a new applicant for employment authorization for this position.",
         "authorization"),  # dev tech 11
        ("This data protection statement applies for the application process.", "security"),  # train tech 78
        ("Applications received after the deadline or with insufficient documentation will not be considered",
         "technical documentation"),  # train house 92
        ("the applicant will be contacted if the assessment committee requires further documentation.",
         "technical documentation"),  # train house 106
        ("To find out more about working with us search <ORGANIZATION> on social media.",
         "social media marketing"),  # train tech 57
        ("Work with the SRE team on the shared full stack ownership of a collection of services",
         "accounts receivable"),  # train tech 20
        ("posted annual sales of about SEK 28 billion", "sales"),  # train house 98
    ],
)
def test_ordinary_phrases_are_no_skills(line: str, absent: str, vocab: Vocabulary) -> None:
    assert absent not in hard(line, vocab)


@pytest.mark.parametrize(
    "line, skill",
    [
        ("Experience managing multi-million dollar budgets", "budgeting"),  # dev house 5
        ("Providing a project scope budget and detailed work plan", "budgeting"),  # train house 82
        ("Expertise in performance and scalability optimisations", "performance optimization"),  # dev tech 2
        ("Leading of monthly performance review meetings with production sites", "performance optimization"),
        ("ensure compliance with sector regulations", "compliance"),  # dev house 42
        ("Create and maintain documentation related to endpoint solutions", "technical documentation"),
        ("Experience in social media marketing and SEO", "social media marketing"),
        ("qualitative data collection and analysis", "data collection"),  # dev house 41
        ("You have experience with international sales", "sales"),  # train house 124
    ],
)
def test_the_skill_senses_stay(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in hard(line, vocab)
