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
