"""Posting structure, round 2 (s11c): found by reading whole resume-posting pairs end to end."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch import api
from jobmatch.match import profile_resume
from jobmatch.models import Document, Tier
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text


def _asked(item: str, vocab) -> list[tuple[str, tuple[str, ...], int | None]]:
    text = f"Account Executive\n\nRequirements\n- {item}\n"
    posting = parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)
    return [(r.tier.value, r.any_of, r.min_years) for r in posting.requirements]


# -- the years of a compound's head noun ------------------------------------------------------------------
@pytest.mark.parametrize(
    "item, asked",
    [
        (
            "5+ years of full-cycle B2B SaaS sales experience",
            [("required", ("SaaS",), None), ("required", ("sales",), 5)],
        ),
        (
            "5+ years of fintech product management experience",
            [("required", ("fintech",), None), ("required", ("product management",), 5)],
        ),
        # near misses: a list keeps the years of each; a language before another's noun keeps its own
        ("5+ years of Python and Django experience", [("required", ("Python",), 5), ("required", ("Django",), 5)]),
        (
            "5+ years of SaaS, sales and marketing experience",
            [("required", ("SaaS",), 5), ("required", ("sales",), 5), ("required", ("marketing",), 5)],
        ),
        ("5+ years of Python Django experience", [("required", ("Python",), 5), ("required", ("Django",), 5)]),
    ],
)
def test_a_skill_that_only_modifies_the_head_noun_gets_no_years(vocab, item, asked) -> None:
    assert _asked(item, vocab) == asked


# -- a skill's verb before an "or" list -------------------------------------------------------------------
@pytest.mark.parametrize(
    "item, asked",
    [
        (
            "Experience selling cybersecurity or identity products",
            [("required", ("sales",), None), ("required", ("security",), None)],
        ),
        ("Experience selling SaaS or cloud software", [("required", ("sales",), None), ("required", ("SaaS",), None)]),
        # near misses: a stack's pairs and plain alternatives stay one group
        ("Experience with Java Spring or Python Django", [("required", ("Java", "Spring", "Python", "Django"), None)]),
        ("Experience with Python or Go", [("required", ("Python", "Go"), None)]),
    ],
)
def test_a_skills_verb_is_no_alternative_of_its_object(vocab, item, asked) -> None:
    assert _asked(item, vocab) == asked


# -- a skill before a colon that introduces its explanation -----------------------------------------------
@pytest.mark.parametrize(
    "item, asked",
    [
        (
            "Strong analytical skills: you're comfortable with SQL and with running experiments",
            [("required", ("analytical skills",), None), ("required", ("SQL",), None)],
        ),
        # near misses: true labels of a list
        ("Skills: Python, SQL", [("required", ("Python",), None), ("required", ("SQL",), None)]),
        ("Project management: Jira, Confluence", [("required", ("Jira",), None), ("required", ("Confluence",), None)]),
    ],
)
def test_a_skill_before_its_explanation_is_asked(vocab, item, asked) -> None:
    assert _asked(item, vocab) == asked


# -- a certificate worked towards in a clause of its own ---------------------------------------------------
@pytest.mark.parametrize(
    "item, asked",
    [
        (
            "Proficient in Excel and working towards ACCA",
            [("required", ("Microsoft Excel",), None), ("context", ("ACCA",), None)],
        ),
        # near misses: a certificate held; work towards something that is no certificate
        (
            "Proficient in Excel; ACCA qualified",
            [("required", ("Microsoft Excel",), None), ("required", ("ACCA",), None)],
        ),
        (
            "Experience working towards SOC 2 compliance and Excel",
            [("required", ("SOC 2",), None), ("required", ("Microsoft Excel",), None)],
        ),
    ],
)
def test_a_certificate_worked_towards_beside_another_skill_is_not_asked(vocab, item, asked) -> None:
    assert _asked(item, vocab) == asked


# -- years in fields the vocabulary does not know ----------------------------------------------------------
_SRE_POSTING = """\
Staff Site Reliability Engineer

What we're looking for
- 8+ years of experience in SRE, DevOps, or infrastructure engineering
- Deep experience running Kubernetes in production
"""

_SRE_RESUME = """\
Alex Kim
alex@example.com

EXPERIENCE
Site Reliability Engineer — PayWave Inc., Bellevue, WA                 Jun 2019 – Present
• Built Terraform modules used by 40 teams; ran Kubernetes clusters

{title} — Northwind Hosting, Portland, OR                                Jul 2017 – May 2019
• {work}
"""


def _years_check(vocab, title: str, work: str):
    profile = profile_resume(
        Document("r.txt", normalize_text(_SRE_RESUME.format(title=title, work=work)), "text"),
        vocab,
        today=date(2026, 11, 1),
    )
    posting = parse_posting(Document("p.md", normalize_text(_SRE_POSTING), "text"), vocab)
    result = api.score(profile, posting, vocab)
    (check,) = [c for c in result.checks if c.kind == "skill"]
    return check


def test_years_in_a_field_the_vocabulary_does_not_know_count_its_jobs(vocab) -> None:
    check = _years_check(vocab, "Systems Engineer", "Administered 600 Linux servers with Ansible")
    assert check.subject == "SRE / DevOps / infrastructure engineering"
    assert check.tier is Tier.REQUIRED and check.met and check.actual == 9.3


def test_a_job_outside_the_field_does_not_count_for_it(vocab) -> None:
    check = _years_check(vocab, "Retail Store Manager", "Ran a store of 40 associates")
    assert not check.met and check.actual == 7.4
