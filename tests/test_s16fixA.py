"""Review defects of s16's rules: a degree held beside a licence or a program being studied for, a duty's "may require
... certification", a tool named in a resume's section heading, a USAJOBS school's name cut at its first school word
(and a state's "MA" after it read as a master's), and two posting patterns quadratic on long lines."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import _MINIMUM_FIGURE, _PREFERRED_MARK, _TICK_HEADER
from jobmatch.resume import _institution
from jobmatch.text import normalize_text


def _under(parse, item, heading="Requirements", title="Program Coordinator"):
    return parse(f"{title}\n\n{heading}:\n- {item}\n")


def _resume(text, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


# -- a degree held beside one being studied for ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "degree"),
    [
        ("MSW required and working toward LCSW licensure", "master"),
        ("Bachelor's degree in Nursing and currently enrolled in an MSN program", "bachelor"),
        ("Bachelor's degree in Accounting and pursuing CPA licensure", "bachelor"),
        ("Bachelor's degree in Education and enrolled in an alternative certification program", "bachelor"),
    ],
)
def test_a_degree_named_before_what_is_studied_is_held(parse, item, degree):
    assert _under(parse, item).degree == degree


def test_a_licence_worked_toward_beside_a_degree_is_still_not_asked(parse):
    posting = _under(parse, "MSW required and working toward LCSW licensure", title="Clinical Social Worker")
    assert [(r.tier.value, r.any_of) for r in posting.requirements] == [("context", ("LCSW",))]


@pytest.mark.parametrize(
    "item",
    [
        # the level after the words of study, a few words on, or a pronoun for the degree named first
        "Currently enrolled at an accredited four-year university in a Bachelor's program",
        "Current students pursuing a degree in Accounting",
        "Master's degree in Social Work or currently working toward one",
    ],
)
def test_a_degree_studied_for_is_still_none_held(parse, item):
    assert _under(parse, item, title="Summer Intern").degree is None


# -- "may require" a credential, not a duty done with one ---------------------------------------------------------


@pytest.mark.parametrize(
    ("item", "skills"),
    [
        ("Duties may require verifying vendor certifications in SAP Ariba", ["SAP Ariba"]),
        ("Matters may require registration of trademarks in Excel trackers and Clio", ["Microsoft Excel", "Clio"]),
    ],
)
def test_a_duty_with_credentials_is_no_preferred_mark(parse, item, skills):
    posting = _under(parse, item, heading="Responsibilities", title="Paralegal")
    assert [(r.tier.value, r.any_of[0]) for r in posting.requirements] == [("context", s) for s in skills]


@pytest.mark.parametrize(
    "item",
    [
        "Some positions may require a driver's license",
        "This role may require a Secret clearance",
        "Some positions may require a valid state nursing license",
        "Some positions may require CompTIA Security+ certification",
    ],
)
def test_a_credential_some_posts_require_is_preferred(item):
    assert _PREFERRED_MARK.search(item)


@pytest.mark.parametrize(
    "item",
    [
        "This role may require verifying certifications",
        "Work may require travel to client sites and certifications audits",
        "Cases may require registration of trademarks",
        "Other bonuses will depend on your performance",  # (a mark is a whole word)
    ],
)
def test_no_preferred_mark_for_what_the_work_is(item):
    assert not _PREFERRED_MARK.search(item)


# -- a section heading that names a tool -----------------------------------------------------------------------


def test_a_tool_named_in_a_heading_is_shown(vocab):
    profile = _resume(
        "Dana Wu\n\n## Tableau & Power BI Dashboards\n"
        "- Built 40 executive dashboards tracking the sales pipeline for 200 reps\n",
        vocab,
    )
    assert {"Tableau", "Power BI"} <= {s.skill.name for s in profile.skills}


def test_a_platform_named_in_a_heading_over_a_job_is_shown(vocab):
    profile = _resume(
        "Dana Wu\n\nSalesforce Administration Experience\nSystem Administrator, Acme Corp, Jan 2019 - Present\n"
        "- Managed 300 users, profiles and permission sets\n",
        vocab,
    )
    assert profile.skill("Salesforce") is not None


def test_a_practice_or_methodology_in_a_heading_is_still_no_evidence(vocab):
    profile = _resume(
        "Sam Ortiz\n\n## Project Management Experience\n- Coordinated the relocation of 3 offices\n\n"
        "## Agile Delivery\n- Ran weekly reviews with the finance team\n",
        vocab,
    )
    names = {s.skill.name for s in profile.skills}
    assert "project management" not in names and "Agile" not in names


# -- a school's whole name, and a state's letters after it -----------------------------------------------------


@pytest.mark.parametrize(
    ("line", "school"),
    [
        ("Harvard University Extension School, MA", "Harvard University Extension School"),
        ("Columbia University Teachers College, NY", "Columbia University Teachers College"),
        # a town named after a college stays the town
        ("Texas A&M University College Station, TX United States", "Texas A&M University"),
        ("University of Maryland College Park, MD United States", "University of Maryland College Park"),
    ],
)
def test_a_schools_name_ends_at_its_last_school_word(line, school):
    assert _institution(line) == school


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "Bachelor of Science in Biology, Harvard University Extension School, MA, 2016",
            ("bachelor", "Harvard University Extension School"),
        ),
        ("Bachelor of Science, Boston College, Chestnut Hill, MA, 2015", ("bachelor", "Boston College")),
        ("B.S. Biology, University of Mississippi, MS, 2012", ("bachelor", "University of Mississippi")),
        # near misses: the letters are the line's only degree, or name a field
        ("Harvard University, MA, 2016", ("master", "Harvard University")),
        ("Boston University, MA in History, 2015", ("master", "Boston University")),
    ],
)
def test_a_state_after_a_school_is_no_masters(vocab, line, expected):
    profile = _resume(f"Pat Lee\n\nEducation\n{line}\n", vocab)
    assert [(e.degree, e.institution) for e in profile.education] == [expected]


# -- linear patterns ---------------------------------------------------------------------------------------------


@pytest.mark.parametrize("line", [" " * 100_000, "x" + " " * 100_000, "Skills" + " " * 100_000 + "| x"])
def test_a_tick_header_reads_a_long_line_in_linear_time(line):
    assert _TICK_HEADER.match(line) is None  # (quadratic before: 10,000 spaces took 7 s)


def test_a_tick_header_still_reads_its_head():
    found = _TICK_HEADER.match("  Skills and knowledge   | Essential/Desirable")
    assert found is not None and found.group("head") == "Skills and knowledge"


@pytest.mark.parametrize(("line", "found"), [("GPA " * 25_000, False), ("GPA " * 25_000 + "3.5", True)])
def test_a_minimum_figure_reads_a_long_line_in_linear_time(line, found):
    assert bool(_MINIMUM_FIGURE.search(line)) is found


@pytest.mark.parametrize(
    ("text", "found"),
    [("Minimum GPA 3.0", True), ("GPA of 3.2 or higher", True), ("GPA GPA 3", True), ("Minimum Qualifications", False),
     ("GPA: 3.0", False)],
)
def test_a_minimum_figure_as_before(text, found):
    assert bool(_MINIMUM_FIGURE.search(text)) is found


# -- a credential being pursued, and a salesperson's leads pursued ----------------------------------------------------


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        # (the licence is what the hire is on the way to: no requirement, a resume without it meets the line)
        ("Bachelor's degree in Accounting and pursuing CPA licensure", {("CPA", "context")}),
        ("CPA or actively pursuing CPA licensure", {("CPA", "required"), ("CPA", "context")}),
        # (no certificate pursued: the rest of the line is asked; the leads are prospects, no leadership)
        ("Pursuing new business leads with Salesforce", {("Salesforce", "required")}),
        ("Qualify inbound leads and convert qualified leads", set()),
        ("Leads a team of 5 engineers", {("leadership", "required")}),
    ],
)
def test_a_credential_pursued_is_not_asked_and_leads_pursued_are_prospects(parse, item, asked) -> None:
    posting = _under(parse, item)
    assert {(name, r.tier.value) for r in posting.requirements for name in r.any_of} == asked
