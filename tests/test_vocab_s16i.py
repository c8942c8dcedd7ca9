"""Vocabulary follow-ups the trades and care streams left (s16i): drives' letters, the legal databases' short
names, treatment plans, contract drafting, classroom experience, CBT and DBT as therapies, the patient record's
documentation and a clinician's risk assessments; each with the near misses it must not catch."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch import api
from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text


def names(line: str, vocab) -> set[str]:
    return {m.skill.name for m in extract_skills(line, vocab)}


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        # 1. a variable frequency drive by its letters, beside a drive's or an electrician's words
        ("Troubleshoot VFDs (PowerFlex 525/755)", {"variable frequency drives"}, set()),
        ("Install and troubleshoot VFD and motor controls", {"variable frequency drives", "motor controls"}, set()),
        ("Experience troubleshooting PLCs and VFDs", {"variable frequency drives", "PLC programming"}, set()),
        ("Program PowerFlex drives over EtherNet/IP", {"variable frequency drives"}, set()),
        ("Volunteer Firefighter, Springfield VFD, 2015-2019", set(), {"variable frequency drives"}),
        ("Replaced the VFD display module on the kiosk", set(), {"variable frequency drives"}),
        # 2. the legal databases' short names; a teacher's lexis, a car's Lexus
        ("Legal research using Westlaw and Lexis", {"legal research"}, set()),
        ("Proficient in Lexis+ and Westlaw Edge", {"legal research"}, set()),
        ("Teach lexis and grammar to adult ESL learners", {"ESL"}, {"legal research"}),
        ("Drove a Lexus to client meetings", set(), {"legal research"}),
        # 3. treatment plans
        ("Develop person-centered treatment plans with each client", {"treatment planning"}, set()),
        ("Write individualized treatment plans and update them quarterly", {"treatment planning"}, set()),
        ("Wrote treatment plans with each client", {"treatment planning"}, set()),
        # 4. contract drafting
        ("Draft and negotiate contracts with vendors", {"contract management"}, set()),
        ("Drafted and reviewed contracts for the sales team", {"contract management"}, set()),
        # 6. CBT and DBT are therapies of their own; DBT in capitals beside a data stack stays the data tool
        ("Provide CBT and DBT skills groups", {"cognitive behavioral therapy", "dialectical behavior therapy"}, set()),
        ("Trained in DBT and CBT for clients with BPD", {"dialectical behavior therapy"}, {"dbt"}),
        ("Skills: CBT, DBT, EMDR", {"cognitive behavioral therapy", "dialectical behavior therapy"}, {"dbt"}),
        ("Snowflake, DBT, Airflow", {"dbt"}, {"dialectical behavior therapy"}),
        ("Completed CBT training for clinicians", {"cognitive behavioral therapy"}, set()),
        ("Develop CBT modules in Articulate Storyline", {"Articulate Storyline"}, {"cognitive behavioral therapy"}),
        # 7. the patient record's documentation; a developer's EHR documentation keeps its sense
        ("Complete timely documentation in the EHR", {"electronic health records"}, {"technical documentation"}),
        ("Write documentation for our EHR integration APIs", {"technical documentation"}, set()),
        ("Documentation for our clinical data APIs", {"technical documentation"}, set()),
        # 9. a clinician's risk assessments are no risk management; a project's are
        ("Conduct risk assessments and crisis intervention", {"crisis intervention"}, {"risk management"}),
        ("Complete falls risk assessments on admission for patients", set(), {"risk management"}),
        ("Conduct project risk assessments and mitigation plans", {"risk management"}, set()),
        ("Perform risk assessments of third-party vendors", {"risk management"}, set()),
    ],
)
def test_lines_and_their_near_misses(line, found, not_found, vocab) -> None:
    got = names(line, vocab)
    assert found <= got
    assert not (not_found & got)


def test_the_therapies_imply_counseling(vocab) -> None:
    assert "counseling" in vocab.implied("cognitive behavioral therapy")
    assert "counseling" in vocab.implied("dialectical behavior therapy")


def test_a_posting_asks_for_the_drives_and_the_therapy(parse) -> None:
    posting = parse(
        "Maintenance Technician\n\nRequirements\n- 3+ years troubleshooting VFDs and motor controls\n"
        "- Experience with Allen-Bradley PLCs\n"
    )
    asked = {name for r in posting.requirements for name in r.any_of}
    assert "variable frequency drives" in asked
    posting = parse("Therapist\n\nRequirements\n- Training in DBT or CBT required\n- Licensed LPC or LCSW\n")
    asked = {name for r in posting.requirements for name in r.any_of}
    assert "dialectical behavior therapy" in asked
    assert "dbt" not in asked


def test_classroom_experience_meets_classroom_teaching_with_its_years(parse, vocab) -> None:
    resume = (
        "Maria Lopez\nmaria.lopez@example.com\n\nSUMMARY\n5th Grade Teacher with 7 years of classroom experience\n\n"
        "EXPERIENCE\n5th Grade Teacher, Lincoln Elementary School, Denver, CO\nAugust 2019 - Present\n"
        "- Plan and deliver standards-aligned lessons for 28 students\n"
    )
    profile = profile_resume(Document("r.txt", normalize_text(resume), "text"), vocab, today=date(2026, 11, 1))
    posting = parse("Elementary Teacher\n\nRequirements\n- 2+ years of elementary classroom teaching\n")
    result = api.score(profile, posting, vocab)
    match = next(m for m in result.matches if "classroom teaching" in m.requirement.any_of)
    assert match.matched
    check = next(c for c in result.checks if c.kind == "skill" and "classroom teaching" in c.subject)
    assert check.met and check.actual is not None and check.actual >= 7


def test_a_plan_a_patient_is_given_is_no_skill(vocab) -> None:
    # (the singular is the patient's own plan: "Patients have a diagnosis and treatment plan within one hour")
    assert "treatment planning" not in names("Patients have a diagnosis and treatment plan within one hour", vocab)
