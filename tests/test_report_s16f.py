"""What a user reads (s16f): the match report of real pairs (tests/data/pairs_s16f/), its coverage
two ways, its advice and the years it states.

What the reading found: a posting that writes a requirement two ways ("CPR/BLS certification") was
ATS-exact only when the resume wrote the first way, so a nurse's "Basic Life Support (BLS)" was
"not ATS-exact" and the report said to write "CPR"; a years check said "met, 6.5 of 2" where a
reader wants what was asked and what the resume shows.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

from jobmatch import api
from jobmatch.cli import app
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.report import build_report
from jobmatch.text import normalize_text

PAIRS = Path(__file__).parent / "data" / "pairs_s16f"
TODAY = date(2026, 11, 1)


def _result(resume: str, posting: str, vocab, parse):
    profile = profile_resume(Document("r.txt", normalize_text(resume), "text"), vocab, today=TODAY)
    return api.score(profile, parse(posting), vocab)


def _match(result, skill: str):
    return next(m for m in result.matches if skill in m.requirement.any_of)


# -- ATS-exact: any of the posting's ways of writing a requirement -----------------------------------


def test_a_requirement_written_two_ways_is_ats_exact_in_either(vocab, parse):
    resume = (PAIRS / "nurse_resume.txt").read_text(encoding="utf-8")
    result = _result(resume, (PAIRS / "nurse_posting.txt").read_text(encoding="utf-8"), vocab, parse)
    bls = _match(result, "BLS")
    assert bls.matched and bls.ats_exact and bls.ats_term == "BLS"
    entry = build_report("r", None, [result]).entries[0]
    assert not any(w.posting_words == "CPR" for w in entry.rewordings)


def test_an_alias_in_brackets_is_a_keyword_too(vocab, parse):
    posting = "Backend Developer\n\nRequirements\n- Experience with PostgreSQL (Postgres) and Docker\n"
    resume = "Jane Doe\n\nEXPERIENCE\nDeveloper - Acme Corp\n2020 - 2024\n- Tuned Postgres queries for billing\n"
    postgres = _match(_result(resume, posting, vocab, parse), "PostgreSQL")
    assert postgres.matched and postgres.ats_term == "Postgres"


def test_a_way_the_posting_does_not_write_stays_not_ats_exact(vocab, parse):
    # the posting writes only "CPR" and "PostgreSQL": the resume's "BLS" and "Postgres" are understood,
    # yet a keyword search for the posting's words finds neither
    posting = "Backend Developer\n\nRequirements\n- Experience with PostgreSQL and Docker\n- CPR certification\n"
    resume = (
        "Jane Doe\n\nEXPERIENCE\nDeveloper - Acme Corp\n2020 - 2024\n- Tuned Postgres queries for billing\n\n"
        "CERTIFICATIONS\n- Basic Life Support (BLS), American Heart Association\n"
    )
    result = _result(resume, posting, vocab, parse)
    for skill, wording in (("PostgreSQL", "PostgreSQL"), ("BLS", "CPR")):
        m = _match(result, skill)
        assert m.matched and not m.ats_exact, skill
        assert any(w.posting_words == wording for w in build_report("r", None, [result]).entries[0].rewordings)


# -- years asked: what the posting asks and what the resume shows --------------------------------------


def test_a_years_shortfall_says_what_the_resume_shows(runner, vocab, schema_validator):
    # a store manager turned analyst: SQL only in a certificate's project, no job years of it
    args = ["match", str(PAIRS / "changer_resume.txt"), str(PAIRS / "changer_posting.txt"), "--as-of", "2026-11-01"]
    out = runner.invoke(app, args)
    assert out.exit_code == 0, out.output
    assert "Years asked: 2+ years of SQL: short, the resume shows none" in out.output
    assert "0 of 2" not in out.output
    doc = json.loads(runner.invoke(app, [*args, "-f", "json"]).output)
    schema_validator.validate(doc)
    sql = next(c for c in doc["results"][0]["checks"] if c["subject"] == "SQL")
    assert sql["actual"] == 0 and sql["met"] is False


def test_years_met_say_the_resume_s_years(runner):
    # the nurse's 6.5 years of nursing against the 2 asked: met, with the resume's figure, not "6.5 of 2"
    args = ["match", str(PAIRS / "nurse_resume.txt"), str(PAIRS / "nurse_posting.txt"), "--as-of", "2026-11-01"]
    out = runner.invoke(app, args)
    assert out.exit_code == 0, out.output
    assert "2+ years of nursing: met, the resume shows 6.5" in out.output
