"""Resume structure, round 2 (s11c): found by reading whole resume-posting pairs end to end."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text


def _profile(text: str, vocab, kind: str = "text"):
    path = "r.md" if kind == "markdown" else "r.txt"
    return profile_resume(Document(path, normalize_text(text), kind), vocab, today=date(2026, 11, 1))


def _jobs(text: str, vocab, kind: str = "text") -> list[tuple[str | None, str | None, str | None, str]]:
    return [(j.title, j.employer, j.location, j.period.text) for j in _profile(text, vocab, kind).jobs]


def _resume(experience: str) -> str:
    return f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{experience}\n\nEDUCATION\nBA, University of Texas, 2012\n"


# -- a title in bold before its employer's comma ---------------------------------------------------------
_TEACHER = """\
## Teaching Experience
**3rd Grade Bilingual Teacher**, Harlandale ISD — Wright Elementary, San Antonio, TX
August 2021 – Present
- Teach reading, math and science to 24 students in a dual-language (50/50) program

**2nd Grade Teacher**, Northside ISD — Esparza Elementary, San Antonio, TX
August 2018 – June 2021
- Built a classroom management system with PBIS that cut office referrals by half
"""


def test_a_bold_title_before_a_comma_is_the_title_and_the_district_its_employer(vocab) -> None:
    text = f"# Maria Gonzalez\nSan Antonio, TX | maria@example.com\n\n{_TEACHER}"
    assert _jobs(text, vocab, "markdown") == [
        ("3rd Grade Bilingual Teacher", "Harlandale ISD", "San Antonio, TX", "August 2021 - Present"),
        ("2nd Grade Teacher", "Northside ISD", "San Antonio, TX", "August 2018 - June 2021"),
    ]


@pytest.mark.parametrize(
    "header, job",
    [
        # the same line in plain text: a school district's name ends the title's comma part
        (
            "3rd Grade Bilingual Teacher, Harlandale ISD — Wright Elementary, San Antonio, TX",
            ("3rd Grade Bilingual Teacher", "Harlandale ISD", "San Antonio, TX"),
        ),
        ("Software Engineer, Acme Inc. | Austin, TX", ("Software Engineer", "Acme Inc.", "Austin, TX")),
        # near misses: the part after the title's comma is the title's when no firm's name ends it
        (
            "Vice President, Risk Analytics — JPMorgan Chase, New York, NY",
            ("Vice President, Risk Analytics", "JPMorgan Chase", "New York, NY"),
        ),
        (
            "Registered Nurse, Medical-Surgical Unit, HonorHealth, Phoenix, AZ",
            ("Registered Nurse, Medical-Surgical Unit", "HonorHealth", "Phoenix, AZ"),
        ),
    ],
)
def test_a_firm_named_after_the_titles_comma_is_the_employer(vocab, header, job) -> None:
    assert _jobs(_resume(f"{header}\nAugust 2019 – June 2021\n- Taught reading"), vocab) == [
        (*job, "August 2019 - June 2021")
    ]


@pytest.mark.parametrize(
    "header, job",
    [
        ("**Acme Corp**, Senior Analyst", ("Senior Analyst", "Acme Corp")),  # the bold the employer's
        ("**Senior Engineer, Payments**, Stripe", ("Senior Engineer, Payments", "Stripe")),  # a comma in the bold
    ],
)
def test_a_bold_part_is_a_cell_of_its_own(vocab, header, job) -> None:
    assert _jobs(_resume(f"{header}\n2019 – 2021\n- Built reports"), vocab, "markdown") == [(*job, None, "2019 - 2021")]


def test_a_bold_start_of_a_bullet_is_no_cell(vocab) -> None:
    text = _resume("Analyst, Acme Corp | 2019 – 2021\n- **Reporting**, dashboards and forecasts in Tableau")
    assert _jobs(text, vocab, "markdown") == [("Analyst", "Acme Corp", None, "2019 - 2021")]


# -- a second role under one employer's block, a segment after its comma ----------------------------------
_BRIGHTWAVE = """\
Brightwave Analytics | Chicago, IL
Senior Account Executive, Mid-Market | January 2023 – Present
- Closed $2.4M in new ARR in FY2024 (138% of quota)

Account Executive, SMB | March 2021 – December 2022
- Hit 112% and 121% of annual quota; promoted after 18 months

Clearpath Software | Chicago, IL
Sales Development Representative | June 2019 – February 2021
- Booked 25 qualified meetings per month through cold calling
"""


def test_a_later_role_in_an_employers_block_is_the_blocks_and_its_segment_the_titles(vocab) -> None:
    assert _jobs(_resume(_BRIGHTWAVE), vocab) == [
        ("Senior Account Executive, Mid-Market", "Brightwave Analytics", "Chicago, IL", "January 2023 - Present"),
        ("Account Executive, SMB", "Brightwave Analytics", None, "March 2021 - December 2022"),
        ("Sales Development Representative", "Clearpath Software", "Chicago, IL", "June 2019 - February 2021"),
    ]


@pytest.mark.parametrize(
    "block",
    [
        # a role that was still held when the one above started is no promotion within the block
        _BRIGHTWAVE.replace("March 2021 – December 2022", "March 2021 – Present"),
        # no employer's line of its own heads the block
        _BRIGHTWAVE.replace("Brightwave Analytics | Chicago, IL\n", ""),
    ],
)
def test_a_role_line_outside_an_employers_block_takes_no_employer(vocab, block) -> None:
    assert [job[:2] for job in _jobs(_resume(block), vocab)][1] == ("Account Executive, SMB", None)


@pytest.mark.parametrize(
    "header, job",
    [
        ("Account Executive, SMB", ("Account Executive, SMB", None)),
        ("Sales Director, Enterprise, EMEA", ("Sales Director, Enterprise, EMEA", None)),
        ("Account Manager, SMB & Mid-Market, Salesforce", ("Account Manager, SMB & Mid-Market", "Salesforce")),
        # near misses: a firm's name that starts like a segment, an employer of no segment
        ("Management Trainee, Enterprise Holdings", ("Management Trainee", "Enterprise Holdings")),
        ("Account Executive, Gong", ("Account Executive", "Gong")),
    ],
)
def test_a_market_segment_region_or_product_area_after_the_comma_is_the_titles(vocab, header, job) -> None:
    assert _jobs(_resume(f"{header} | 2019 – 2021\n- Closed deals"), vocab) == [(*job, None, "2019 - 2021")]


# -- an employer's line of its own with its town after a comma -------------------------------------------
_MONZO = """\
Monzo Bank, London
Senior Product Manager, Payments — Apr 2022 to date
- Own the roadmap for card payments used by 8M customers

Ocado Technology, Hatfield
Associate Product Manager — Sep 2016 to Dec 2018
- Coordinated UAT and release notes for fortnightly releases
"""


def test_an_employers_line_splits_off_its_town(vocab) -> None:
    assert _jobs(_resume(_MONZO), vocab) == [
        ("Senior Product Manager, Payments", "Monzo Bank", "London", "Apr 2022 to date"),
        ("Associate Product Manager", "Ocado Technology", "Hatfield", "Sep 2016 to Dec 2018"),
    ]


@pytest.mark.parametrize(
    "employer",
    ["Goldman Sachs, Asset Management", "Acme, LLC", "Meta, Reality Labs", "Amazon, AWS", "Google, Cloud"],
)
def test_an_employers_line_keeps_a_comma_that_names_no_town(vocab, employer) -> None:
    text = _resume(f"{employer}\nProduct Manager — Apr 2022 to date\n- Own the roadmap")
    assert _jobs(text, vocab) == [("Product Manager", employer, None, "Apr 2022 to date")]


# -- several jobs on one line -----------------------------------------------------------------------------
def test_two_jobs_on_one_line_apart_at_a_semicolon_are_two_jobs(vocab) -> None:
    text = _resume(
        "Executive Assistant, Kirkland & Ellis LLP, Chicago, IL\nMarch 2018 – Present\n"
        "- Manage calendars and travel for four partners\n\n"
        "Earlier: Legal Secretary, Jenner & Block LLP (2015–2018); Receptionist, Baker McKenzie (2012–2015)"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location, j.period.text) for j in profile.jobs] == [
        ("Executive Assistant", "Kirkland & Ellis LLP", "Chicago, IL", "March 2018 - Present"),
        ("Legal Secretary", "Jenner & Block LLP", None, "2015-2018"),
        ("Receptionist", "Baker McKenzie", None, "2012-2015"),
    ]
    assert profile.total_months is not None and profile.total_months >= 14 * 12  # (since 2012)


def test_one_job_with_a_semicolon_note_stays_one_job(vocab) -> None:
    text = _resume("Analyst, Acme Corp (2019–2021); promoted twice\n- Built reports")
    assert [(title, period) for title, _employer, _place, period in _jobs(text, vocab)] == [("Analyst", "2019-2021")]
