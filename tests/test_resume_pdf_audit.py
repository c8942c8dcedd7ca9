"""Resume reading, from the PDF/DOCX audit (qa/reports/pdf.md): certifications not held yet, student
jobs said so in their bullets, two-row job headings, headings wrapped inside their dates, a hospital
unit before its employer, and the years of a title's field."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document

AS_OF = date(2026, 1, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


def _certifications(line: str, vocab) -> list[str]:
    profile = _profile(f"Aisha Rahman\n\nCERTIFICATIONS\n{line}\n", vocab)
    return [s.skill.name for s in profile.skills if s.skill.category == "certification"]


# -- #11: a certification one is a candidate for is not held ---------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "CFA Level II Candidate",
        "CPA Candidate",
        "PMP candidate (exam scheduled March 2026)",
        "AWS Solutions Architect (in progress)",
        "CPA (expected 2026)",
        "CISSP - expected May 2026",
        "Studying for the CPA exam",
        "Certified Public Accountant (CPA) candidate",
        "Passed CFA Level I",
    ],
)
def test_a_certification_not_held_yet_is_not_a_skill(vocab, line):
    assert _certifications(line, vocab) == []


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("CPA, PMP", ["CPA", "PMP"]),
        ("CFA charterholder", ["CFA"]),
        ("PMP certified (2019)", ["PMP"]),
        ("CPA (active)", ["CPA"]),
        ("PMP, CKA (in progress)", ["PMP"]),  # the cue after a certification is its own
    ],
)
def test_a_held_certification_stays(vocab, line, held):
    assert _certifications(line, vocab) == held


def test_a_cfa_candidate_does_not_meet_cfa_charterholder_required(vocab):
    """QA pdf #11 (txtcases/cfa.txt, post/cfa.txt): the requirement was met with the evidence
    "CFA Level II Candidate"."""
    from jobmatch import api
    from jobmatch.posting import parse_posting

    posting = parse_posting(
        Document(
            path="p.txt",
            kind="text",
            text="Equity Research Associate\n\nRequirements\n- CFA charterholder required\n- Excel\n",
        ),
        vocab,
    )
    candidate = _profile("Aisha Rahman\n\nCERTIFICATIONS\nCFA Level II Candidate\n\nSKILLS\nExcel, Python\n", vocab)
    result = api.score(candidate, posting, vocab)
    (cfa,) = [m for m in result.matches if "CFA" in m.requirement.any_of]
    assert not cfa.matched
    holder = _profile("Aisha Rahman\n\nCERTIFICATIONS\nCFA charterholder\n\nSKILLS\nExcel, Python\n", vocab)
    (cfa,) = [m for m in api.score(holder, posting, vocab).matches if "CFA" in m.requirement.any_of]
    assert cfa.matched


# -- #15: "while in nursing school" in a job's bullet makes it a student job ---------------------------
_CNA = (
    "Maria Gonzalez\nPhoenix, AZ\n\nEXPERIENCE\n"
    "ICU Staff Nurse | Banner Health | Apr 2021 - Present\n- Ventilator management.\n\n"
    "Certified Nursing Assistant | Sunrise Senior Living, Tempe, AZ | 2016-2018\n"
    "- Assisted residents with activities of daily living {phrase}.\n\n"
    "EDUCATION\nBachelor of Science in Nursing (BSN), Arizona State University, 2018\n"
)


@pytest.mark.parametrize("phrase", ["while in nursing school", "while studying", "during my degree"])
def test_a_job_held_while_studying_said_in_its_bullet_is_not_counted(vocab, phrase):
    profile = _profile(_CNA.format(phrase=phrase), vocab)
    cna = next(j for j in profile.jobs if j.title == "Certified Nursing Assistant")
    assert cna.internship
    assert profile.total_months == 57  # Apr 2021 - Dec 2025 only


def test_a_job_said_held_while_studying_in_a_capitalised_bullet(vocab):
    profile = _profile(_CNA.format(phrase="").replace("- Assisted", "- While in nursing school, assisted"), vocab)
    assert next(j for j in profile.jobs if j.title == "Certified Nursing Assistant").internship


def test_a_job_that_went_on_after_the_degree_counts_though_studying_at_first(vocab):
    """"while completing my MBA" in a job that went on for years after the MBA: professional work."""
    text = (
        "Sam Lee\n\nEXPERIENCE\nFinancial Analyst | Acme Corp | Jan 2016 - Dec 2022\n"
        "- Built the budget model while completing my MBA.\n\n"
        "EDUCATION\nMBA, Boston University, 2018\n"
    )
    (job,) = _profile(text, vocab).jobs
    assert not job.internship
    (job,) = _profile(text.replace(", 2018", ", 2022"), vocab).jobs
    assert job.internship
    plain = _profile(_CNA.format(phrase="in a memory care unit"), vocab)
    assert not any(j.internship for j in plain.jobs)
