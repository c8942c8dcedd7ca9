"""Resume structure defects of s16b: the field a degree's name implies (MLIS, MSW), a USAJOBS school's town
written after its name, and a section heading's words as no evidence of a skill."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jobmatch.loaders import load_document
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.resume import _institution, _named_field, heading_of
from jobmatch.text import normalize_text

_DATA = Path(__file__).parent / "data" / "resumes_s16b"


def _file(name, vocab):
    return profile_resume(load_document(str(_DATA / name)), vocab, today=date(2026, 11, 1))


def _text(text, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


# -- the field a degree's name implies --------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("MLIS, University of Washington, 2019", "Library and Information Science"),
        ("MSW, Columbia University, 2015", "Social Work"),
        ("Columbia University — MSW, 2015", "Social Work"),
        ("MPH – Emory University, 2014", "Public Health"),
        ("MSN, Duke University, 2012", "Nursing"),
        ("BSN, University of Michigan, 2009", "Nursing"),
    ],
)
def test_a_degree_whose_name_is_its_field(vocab, line, field):
    profile = _text(f"Pat Lee\n\nEducation\n{line}\n", vocab)
    assert [e.field for e in profile.education] == [field]


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("MBA, Finance concentration, Indiana University, 2018", "Finance"),  # the written field first
        ("MFA in Creative Writing, University of Iowa, 2008", "Creative Writing"),
        ("MFA, University of Iowa, 2008", None),  # a general degree: "Master of Fine Arts" names no field
        ("MBA, Wharton School, 2013", None),  # read as no field, as test_resume_qa has it
        ("M.S., Boston University, 2017", None),
        ("J.D., Harvard Law School, 2011", None),  # a professional doctorate, as test_resume_qa has it
        ("B.S. Biology, Towson University, Towson, MD", "Biology"),
        ("B.A., Towson University, Towson, MD 21252", None),
    ],
)
def test_what_gives_no_field_from_a_degrees_name(vocab, line, field):
    profile = _text(f"Pat Lee\n\nEducation\n{line}\n", vocab)
    assert [e.field for e in profile.education] == [field]


def test_a_state_code_after_a_town_is_no_degree():
    assert _named_field("B.A., Towson University, Towson, MD") is None
    assert _named_field("B.A., Bates College, Lewiston, ME") is None
    assert _named_field("MSN, Johns Hopkins University, Baltimore, MD") == "Nursing"


# -- a USAJOBS school's town ---------------------------------------------------------------------------


def test_a_usajobs_school_is_read_without_its_town(vocab):
    profile = _file("usajobs_education.txt", vocab)
    assert [(e.degree, e.field, e.institution, e.year) for e in profile.education] == [
        ("master", "Management", "University of Maryland Global Campus", 2017),
        ("bachelor", "Health Sciences", "University of Texas at San Antonio", 2014),
    ]


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Texas A&M University College Station, TX United States", "Texas A&M University"),
        ("Ohio State University Columbus, OH 43210 United States", "Ohio State University"),
        ("University of California Los Angeles Los Angeles, CA United States", "University of California Los Angeles"),
        # near misses: no state after a comma, or a name that goes on ("University of ...")
        ("Boston College, Chestnut Hill, MA", "Boston College"),
        ("University of Phoenix, AZ", "University of Phoenix"),
        ("Georgia Institute of Technology, Atlanta, GA", "Georgia Institute of Technology"),
        # (left as it was: the town is not told apart from the name)
        ("University of Washington Seattle, WA United States", "University of Washington Seattle"),
        ("Johns Hopkins University School of Medicine, MD", "Johns Hopkins University School of Medicine"),
    ],
)
def test_a_schools_town_before_its_state(line, school):
    assert _institution(line) == school


# -- a heading's words ----------------------------------------------------------------------------------


def test_a_headings_words_show_no_skill(vocab):
    profile = _file("functional_pm.txt", vocab)
    names = {s.skill.name for s in profile.skills}
    # "Project Management Experience" over "Coordinated the relocation ...", "Conference Presentations" over talks
    assert "project management" not in names and "presentation skills" not in names
    assert [s.heading for s in profile.sections if s.kind == "experience"] == [
        "Project Management Experience",
        "Work History",
    ]
    assert [(j.title, j.employer) for j in profile.jobs] == [("Office Manager", "Keller Williams Realty")]


def test_a_skill_under_its_heading_is_shown_by_the_line_below(vocab):
    text = (
        "Sam Ortiz\n\n## Project Management Experience\n"
        "- Led project management for a $2M ERP rollout across 4 sites\n\n"
        "## Conference Presentations\n- Gave presentations on lean scheduling at PMI Global Summit 2024\n"
    )
    profile = _text(text, vocab)
    assert profile.skill("project management").mentions[0].line == 4
    assert [m.line for m in profile.skill("presentation skills").mentions] == [7]


@pytest.mark.parametrize(
    ("text", "skill", "line"),
    [
        # a project's heading names the work below it
        ("Ana Ruiz\n\n## Open Source\n- Maintainer of a Django plugin on GitHub\n", "open source", 3),
        ("Ana Ruiz\n\nSkills: Python, SQL\n", "Python", 3),  # a label's list on the heading's line
        # a job's title in capitals (no section's heading)
        (
            "Ana Ruiz\n\nEXPERIENCE\nSENIOR DATA ANALYST\nAcme Corp | Jan 2019 - Present\n- Built reports\n",
            "data analysis",
            4,
        ),
    ],
)
def test_what_a_heading_still_shows(vocab, text, skill, line):
    profile = _text(text, vocab)
    found = profile.skill(skill)
    assert found is not None and found.mentions[0].line == line


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Project Management Experience", "experience"),
        ("Conference Presentations", "other"),
        ("Invited Talks", "other"),
        ("Project Experience", None),  # school or side projects, no field's experience
        ("Key Project Experience", None),
    ],
)
def test_field_and_talk_headings(line, kind):
    heading = heading_of(line)
    assert (heading.kind if heading and heading.known else None) == kind


# -- an executive's board seats -------------------------------------------------------------------------


def test_board_seats_are_no_job(vocab):
    text = (
        "James Carter\n\nPROFESSIONAL EXPERIENCE\n"
        "Regional Operations Director | H-E-B | Jun 2014 - Aug 2022\n- Owned a P&L of $40M across 30 stores\n\n"
        "BOARD & ADVISORY ROLES\nBoard Member | Central Texas Food Bank | 2019 - Present\n"
    )
    profile = _text(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [("Regional Operations Director", "H-E-B")]
    assert profile.total_months == 99
    assert [s.kind for s in profile.sections if s.heading == "BOARD & ADVISORY ROLES"] == ["other"]


@pytest.mark.parametrize("line", ["Board Memberships", "Board Positions", "Advisory Roles", "Board & Advisory Roles"])
def test_board_headings(line):
    heading = heading_of(line)
    assert heading is not None and heading.known and heading.kind == "other"


# -- a skill's years when where it was used follows ------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "skill", "months"),
    [
        ("Teacher with 7 years of classroom experience in differentiated instruction", "classroom teaching", 84),
        ("Registered nurse with 9 years of acute care experience in emergency medicine", "acute care", 108),
        ("5 years of Python experience in fintech", "Python", 60),
        ("5 years of Python in fintech", "Python", 60),
        # (the figure is not the skill's: it qualifies another noun)
        ("3 years of AWS budgets in fintech", "AWS", None),
    ],
)
def test_a_skills_years_hold_when_where_it_was_used_follows(line, skill, months, vocab):
    profile = _text(f"Jane Doe\n\nSUMMARY\n{line}\n", vocab)
    assert skill in {s.skill.name for s in profile.skills}
    assert {e.name: e.months for e in profile.experience}.get(skill) == months
