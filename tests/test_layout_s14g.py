"""s14g: a two-column resume (a Word or Google Docs table, or text boxes) saved as plain text.
Each line holds a line of both columns, apart by a tab run or by spaces up to the right column's
character column; read as it stands, "Microsoft Excel" (the sidebar) is the employer of the job
beside it and no section is found. jobmatch.layout.text_columns_read reads the left column, then
the right one, so the profile is that of the same resume written in one column (tests/data/
resumes_s14g/*_single.txt); lines with a cell or date beside them in a one-column resume stay as
they are."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jobmatch.layout import text_columns_read
from jobmatch.loaders import document_from_bytes, load_document
from jobmatch.match import profile_resume
from jobmatch.text import normalize_text

DATA = Path(__file__).parent / "data"
S14G = DATA / "resumes_s14g"


def _profile_key(path: Path, vocab) -> dict:
    """What a profile says, line numbers and order aside (the columns put sections in another order)."""
    profile = profile_resume(load_document(str(path)), vocab, today=date(2026, 11, 1))
    return {
        "skills": sorted(s.skill.name for s in profile.skills),
        "sections": sorted((s.heading, s.kind) for s in profile.sections if s.kind != "header"),
        "jobs": sorted(
            ((j.title, j.employer, j.location, j.period.start, j.period.end, sorted(j.skills)) for j in profile.jobs),
            key=repr,
        ),
        "education": sorted(((e.degree, e.field, e.institution, e.year) for e in profile.education), key=repr),
        "months": profile.total_months,
        "experience": sorted((e.name, e.months, e.implied) for e in profile.experience),
    }


@pytest.mark.parametrize(
    ("columns", "single"),
    [
        (DATA / "resumes_s14b" / "two_column_spaces.txt", S14G / "accountant_single.txt"),
        (DATA / "resumes_s14b" / "two_column_tabs.txt", S14G / "warehouse_lead_single.txt"),
        (S14G / "engineer_skills_right_spaces.txt", S14G / "engineer_single.txt"),
        (S14G / "nurse_sidebar_spaces.txt", S14G / "nurse_single.txt"),
        (S14G / "nurse_sidebar_tabs.txt", S14G / "nurse_single.txt"),
    ],
    ids=["accountant-spaces", "warehouse-tabs", "skills-right-spaces", "sidebar-spaces", "sidebar-tabs"],
)
def test_a_two_column_resume_reads_as_its_single_column_version(columns, single, vocab):
    assert _profile_key(columns, vocab) == _profile_key(single, vocab)


def test_the_sidebar_is_no_employer_and_the_sections_are_found(vocab):
    profile = profile_resume(
        load_document(str(DATA / "resumes_s14b" / "two_column_tabs.txt")), vocab, today=date(2026, 11, 1)
    )
    assert [(j.title, j.employer, j.period.text) for j in profile.jobs] == [
        ("Shift Lead", "Amazon Fulfillment", "Mar 2021 - Present"),
        ("Material Handler", None, "Jun 2017 - Feb 2021"),  # ("Home Depot DC" is read as a place, as in one column)
    ]
    assert [s.heading for s in profile.sections if s.heading] == ["EXPERIENCE", "SKILLS", "EDUCATION"]
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("high_school", "Benjamin Banneker High School")
    ]


def test_the_columns_order_header_left_then_right():
    text = (DATA / "resumes_s14b" / "two_column_spaces.txt").read_text()
    lines = text_columns_read(text).split("\n")
    # the header rows above the first heading stay row by row: the name, then its contact
    assert lines[:5] == ["ANNA KOWALSKI", "anna.k@example.com", "Staff Accountant", "Chicago, IL", ""]
    assert lines.index("EXPERIENCE") < lines.index("Accounting Clerk, Midwest Foods Inc.") < lines.index("SKILLS")
    assert lines.index("GAAP") < lines.index("EDUCATION")
    assert "B.S. Accounting" in lines  # the degree alone, not joined to "- Processed invoices and payroll"


def test_a_full_width_header_stays_above_the_columns():
    text = "\n".join(
        [
            "PRIYA NAIR - Marketing Manager - priya.nair@example.com - Austin, TX - linkedin.com/in/priyanair",
            "",
            f"{'EXPERIENCE':<40}SKILLS",
            f"{'Marketing Manager, Bumble':<40}HubSpot",
            f"{'Mar 2020 - Present':<40}Google Analytics",
            f"{'- Ran paid social campaigns':<40}SEO",
            f"{'':<40}EDUCATION",
            f"{'Marketing Associate, Dell':<40}B.A. Communications",
            f"{'Jun 2016 - Feb 2020':<40}University of Texas, 2016",
        ]
    )
    lines = text_columns_read(text).split("\n")
    assert lines[:3] == [
        "PRIYA NAIR - Marketing Manager - priya.nair@example.com - Austin, TX - linkedin.com/in/priyanair",
        "",
        "EXPERIENCE",
    ]
    assert lines[lines.index("Jun 2016 - Feb 2020") + 1 : lines.index("Jun 2016 - Feb 2020") + 3] == ["", "SKILLS"]


def test_a_line_across_the_gutter_between_the_rows_is_one_column():
    # a summary paragraph across the page between rows with cells: no columns, the text is as it was
    text = "\n".join(
        [
            f"{'EXPERIENCE':<40}SKILLS",
            f"{'Marketing Manager, Bumble':<40}HubSpot",
            f"{'Mar 2020 - Present':<40}Google Analytics",
            "- Ran paid social campaigns for three product launches across five markets and two languages",
            f"{'Marketing Associate, Dell':<40}EDUCATION",
            f"{'Jun 2016 - Feb 2020':<40}B.A. Communications",
        ]
    )
    assert text_columns_read(text) == text


NEAR_MISSES = {
    "skills table with years": """DANIEL PARK
daniel.park@example.com

TECHNICAL SKILLS
Python              5 years
SQL                 4 years
Docker              2 years
AWS                 3 years

EXPERIENCE
Data Engineer, Acme Analytics
Jan 2020 - Present
- Built the nightly loads into Snowflake with Airflow
""",
    "dotted date column": """KAREN LEWIS
Shift Supervisor

EXPERIENCE
Shift Lead ........................   2019 - 2021
Crew Member .......................   2016 - 2019
Cashier ...........................   2015 - 2016

EDUCATION
Lincoln High School ...............   2015
""",
    "employer and dates on one line": """TOM BAKER
tom.baker@example.com

EXPERIENCE
Acme Corp                              Jan 2019 - Present
Senior Analyst
- Built the monthly revenue model
Globex Inc                             Jun 2016 - Dec 2018
Financial Analyst
- Reconciled the ledgers each month
Initech                                Aug 2014 - May 2016
Staff Accountant

EDUCATION
State University                       2014
""",
    "title and employer on one line": """LISA WONG
SKILLS
Excel, SQL, Tableau

EXPERIENCE
Senior Analyst                         Acme Corp
Jan 2019 - Present
- Built the monthly revenue model
Financial Analyst                      Globex Inc
Jun 2016 - Dec 2018
- Reconciled the ledgers each month
Analyst                                Initech
Aug 2014 - May 2016

EDUCATION
B.S. Finance, State University, 2014
""",
    "markdown table": """# Sam Rivera

## Skills

| Skill          | Years   | Level     |
|----------------|---------|-----------|
| Python         | 5       | Expert    |
| PostgreSQL     | 4       | Advanced  |
| Kubernetes     | 2       | Working   |

## Experience

**Backend Engineer**, Stripe (2020 - Present)
""",
    "indented bullets": """NINA PATEL
EXPERIENCE
Data Analyst, Acme Corp
Jan 2020 - Present
            - Built dashboards in Tableau
            - Automated weekly reports with Python
            - Cleaned survey data in SQL
Junior Analyst, Globex
Jun 2018 - Dec 2019
            - Maintained the Excel models
EDUCATION
B.S. Statistics, Rutgers University, 2018
""",
    "contact line alone": """Jane Doe      jane@x.com     555-1234

SUMMARY
Registered nurse with six years on medical-surgical and telemetry units.

EXPERIENCE
Staff Nurse, Mercy Hospital
Jul 2019 - Present
- Cared for five patients per shift
""",
    "tab-stop dates and tab-indented bullets": (
        "OMAR HASSAN\nEXPERIENCE\nStore Manager, Target\tApr 2019 - Present\n\t- Led a team of 40\n"
        "\t- Cut shrink by a third\nAssistant Manager, Kohl's\tJun 2015 - Mar 2019\n\t- Ran the floor sets\n"
        "EDUCATION\nB.B.A. Management\t2014\n"
    ),
    "headings beside their content": """ELENA ROSSI
elena.rossi@example.com

EXPERIENCE          Data Analyst, Acme Corp
                    Jan 2020 - Present
                    - Built dashboards in Tableau
                    - Cleaned survey data in SQL
EDUCATION           B.S. Statistics, Rutgers University, 2018
SKILLS              Python, SQL, Tableau
LANGUAGES           English, Italian
""",
    "row of three table cells": (
        "EXPERIENCE\nAccenture\tSoftware Engineer\t2019 - 2022\nInfosys\tAssociate\t2016 - 2019\n"
        "Wipro\tIntern\t2015 - 2016\nSKILLS\nJava, Spring Boot\n"
    ),
}


@pytest.mark.parametrize("text", NEAR_MISSES.values(), ids=NEAR_MISSES.keys())
def test_one_column_text_with_gaps_is_not_split(text, vocab):
    assert text_columns_read(text) == text
    # (and so the loaded document is what it was before columns were read)
    assert document_from_bytes("r.txt", text.encode()).text == normalize_text(text)


@pytest.mark.parametrize(
    "path",
    [
        DATA / "resumes_s11b" / "warehouse_two_column_skills.txt",  # a two-column skills list in one column
        DATA / "resumes_s11b" / "retail_manager_dates_right.txt",  # dates set right with spaces
        DATA / "layout_s5" / "r31_hospitality_timeline.txt",
    ],
    ids=lambda p: p.stem,
)
def test_one_column_resumes_are_not_split(path):
    text = path.read_text()
    assert text_columns_read(text) == text
