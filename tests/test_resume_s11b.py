"""Resume leftovers of s11b: a drawn bullet's wrap that starts with a team's name, a number before a
date that is a name's, a trade's role at a firm with a legal form or two trades, and five resumes in
layouts tested little before (tests/data/resumes_s11b/)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from jobmatch import layout
from jobmatch.layout import Line
from jobmatch.loaders import extract_pdf_text
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text
from tests.test_layout_audit import pdf_bytes  # (Helvetica 500/1000 em a character: 5 pt at 10 pt)


def _profile(text: str, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _jobs(text: str, vocab) -> list[tuple[str | None, str | None, str]]:
    return [(j.title, j.employer, j.period.text) for j in _profile(text, vocab).jobs]


# -- a drawn bullet's wrap that starts with a verb-like word -------------------------------------------
def _pdf(rows: list[list[tuple[int, str]]], bullets: tuple[int, ...]) -> bytes:
    """Rows of (x in points, text), 14 pt apart from the top; a square drawn left of each row in ``bullets``
    (a CSS list's bullet: a shape, no character)."""
    out = b""
    for i, row in enumerate(rows):
        for x, text in row:
            out += b"BT /F1 10 Tf 1 0 0 1 %d %d Tm (%s) Tj ET " % (x, 740 - 14 * i, text.encode())
    for i in bullets:
        out += b"80 %d 3 3 re f " % (740 - 14 * i + 3)
    return pdf_bytes(out)


def test_a_drawn_bullets_wrap_into_a_teams_name_is_one_item() -> None:
    rows = [
        [(72, "EXPERIENCE")],
        [(72, "Customer Service Representative, Comcast"), (460, "Jan 2019 - Present")],
        [(90, "Resolved billing escalations and service complaints for the Customer")],
        [(90, "Support team and trained new hires on the ticketing workflow")],
        [(90, "Kept notes on every account in line with the policy of the Company")],
        [(90, "Train 12 new agents a quarter on the phone system and the CRM")],
    ]
    lines = extract_pdf_text("t.pdf", _pdf(rows, (2, 4, 5))).splitlines()
    assert (
        "Resolved billing escalations and service complaints for the Customer Support team and trained new hires"
        " on the ticketing workflow"
    ) in lines
    # the near miss: a full line that ends with a name, then the next bullet in the present
    assert "Kept notes on every account in line with the policy of the Company" in lines
    assert "Train 12 new agents a quarter on the phone system and the CRM" in lines


_FULL = "Lead a team of 8 on highway improvement schemes up to £25m for the Council"


@pytest.mark.parametrize(
    ("a", "b", "wraps"),
    [
        (_FULL, "Design group and the Environment Agency", True),
        ("Briefed directors weekly on service levels and staffing for our Product", "Design team", True),
        # near misses: a name whole after a preposition alone, a verb and its object, a past tense
        ("Lead a team of 8 on highway improvement schemes up to £25m for National Highways", "Support team", False),
        (_FULL, "Design drainage to DMRB and SuDS guidance", False),
        (_FULL, "Support site teams on the A14", False),
        (_FULL, "Supervised team leads", False),
    ],
)
def test_a_wrap_into_a_teams_name_against_the_next_bullet(a, b, wraps) -> None:
    assert layout.wraps_into(Line(a, 1.12, 34.78, False), Line(b, 1.12, 20.0, False), 0.0, 36.92) is wraps


# -- a number before a date ----------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "job"),
    [
        ("Barista, Cafe 19 Feb 2018 – Mar 2020", ("Barista", "Cafe 19", "Feb 2018 - Mar 2020")),
        ("Barista, Cafe 19 Feb 2018 – Present", ("Barista", "Cafe 19", "Feb 2018 - Present")),
        (
            "Bartender, Pier 39 Grill 12 Jun 2016 - 30 Sep 2017",
            ("Bartender", "Pier 39 Grill", "12 Jun 2016 - 30 Sep 2017"),
        ),
        # near misses: a day after a separator or with a day at the end too is the date's
        ("Cashier, Tesco 1 June 2019 - 31 August 2021", ("Cashier", "Tesco", "1 June 2019 - 31 August 2021")),
        ("Cashier, Tesco | 1 June 2019 - Present", ("Cashier", "Tesco", "1 June 2019 - Present")),
        ("3 March 2020 - 14 July 2022 Cashier, Tesco", ("Cashier", "Tesco", "3 March 2020 - 14 July 2022")),
    ],
)
def test_a_number_before_a_date_is_its_day_only_when_the_rest_is_a_date(vocab, line, job) -> None:
    assert _jobs(f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{line}\n- Served customers\n", vocab) == [job]


# -- a trade's bare role at a firm of two trades -------------------------------------------------------
def _trade_job(heading: str, body: str, vocab) -> tuple[str, ...]:
    profile = _profile(f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{heading}\n{body}\n", vocab)
    assert len(profile.jobs) == 1
    return profile.jobs[0].skills


@pytest.mark.parametrize(
    "heading",
    [
        "Lead Service Technician, Goettl Air Conditioning & Plumbing | Mar 2019 - Present",
        "Apprentice | Valley Plumbing, Heating & Air | 2016 - 2018",
        "Service Tech, Sparks Electric & Plumbing Co | 2016 - 2018",
    ],
)
def test_a_bare_role_at_a_firm_of_two_trades_takes_neither(vocab, heading) -> None:
    skills = _trade_job(heading, "- Diagnosed and repaired heat pumps, furnaces and rooftop units", vocab)
    assert "plumbing" not in skills and "heat pumps" in skills


def test_a_bare_role_at_a_firm_of_two_trades_keeps_the_one_its_lines_show(vocab) -> None:
    heading = "Service Technician, Goettl Air Conditioning & Plumbing | Mar 2019 - Present"
    assert "plumbing" in _trade_job(heading, "- Handled residential plumbing repairs and water heater swaps", vocab)


@pytest.mark.parametrize(
    "heading",
    [
        # near misses: a firm of one trade (heating and drains are a plumber's too)
        "Apprentice, ABC Plumbing & Heating | 2016 - 2018",
        "Service Technician, Bob's Plumbing & Drains, Tulsa, OK | 2016 - 2018",
        "Journeyman | Rivera Plumbing | 2016 - 2018",
    ],
)
def test_a_bare_role_at_a_firm_of_one_trade_takes_it(vocab, heading) -> None:
    assert "plumbing" in _trade_job(heading, "- Ran supply lines and fitted fixtures on new builds", vocab)


# -- five resumes in layouts tested little before ------------------------------------------------------
_DATA = Path(__file__).parent / "data" / "resumes_s11b"


def _read(name: str, vocab):
    return _profile((_DATA / name).read_text(), vocab)


def test_a_warehouse_workers_two_column_skills(vocab) -> None:
    profile = _read("warehouse_two_column_skills.txt", vocab)
    assert [(j.title, j.employer, j.location, j.months) for j in profile.jobs] == [
        ("Warehouse Associate II", "Amazon Fulfillment Center CMH1", "Etna, OH", 68),
        ("Material Handler", "Columbus Distribution Services", "Groveport, OH", 33),
        ("Stocker (part-time)", "Kroger #527", "Columbus, OH", 24),
    ]
    names = {s.skill.name for s in profile.skills}
    assert {"forklift operation", "RF scanner", "inventory management", "OSHA 10", "Microsoft Excel"} <= names
    # "Walnut Ridge High School, Columbus, OH - Diploma, 2016": a high-school diploma, the lowest level (no
    # college degree; a "High School Diploma" line read the same already)
    assert profile.degree == "high_school"


def test_a_retail_managers_dates_on_the_right(vocab) -> None:
    profile = _read("retail_manager_dates_right.txt", vocab)
    assert [(j.title, j.employer, j.location, j.period.text) for j in profile.jobs] == [
        ("Store Manager", "Target Corporation", "San Antonio, TX", "Apr 2019 - Present"),
        ("Assistant Store Manager", "Bath & Body Works", "New Braunfels, TX", "Jun 2015 - Mar 2019"),
        ("Sales Associate / Keyholder", "Old Navy", "San Antonio, TX", "Aug 2012 - May 2015"),
    ]
    education = profile.highest_education
    assert education is not None and (education.degree, education.field) == ("bachelor", "Business Administration")


def test_an_hr_generalists_functional_layout(vocab) -> None:
    profile = _read("hr_generalist_functional.txt", vocab)
    assert [(j.title, j.employer, j.months) for j in profile.jobs] == [
        ("HR Generalist", "Carolina Precision Components", 70),
        ("HR Coordinator", "WakeMed Health & Hospitals", 36),
        ("HR Assistant (temp)", "Adecco Staffing", 12),
    ]
    # the areas of expertise are skills, not jobs: listed, with no years of a job
    assert [s.kind for s in profile.sections].count("experience") == 1
    assert {"employee relations", "talent acquisition", "SHRM-CP"} <= {s.skill.name for s in profile.skills}
    assert profile.experience == ()


def test_a_paralegals_education_first(vocab) -> None:
    profile = _read("paralegal_education_first.txt", vocab)
    assert [(j.title, j.employer, j.location) for j in profile.jobs] == [
        ("Litigation Paralegal", "Hinshaw & Culbertson LLP", "Chicago, IL"),
        ("Paralegal", "Law Offices of Maria Sanchez, P.C.", "Chicago, IL"),
        ("Legal Assistant", "Cook County Public Defender", "Chicago, IL"),
    ]
    assert [(e.degree, e.field, e.year) for e in profile.education] == [("bachelor", "Political Science", 2017)]
    assert {"Relativity", "Clio", "legal research", "e-discovery"} <= {s.skill.name for s in profile.skills}


def test_a_career_changers_gap_counts_no_years(vocab) -> None:
    profile = _read("career_changer_gaps.txt", vocab)
    assert [(j.title, j.employer, j.location, j.internship) for j in profile.jobs] == [
        ("Data Analyst (contract)", "Multnomah County Library", "Portland, OR", False),
        ("Career break", None, None, True),
        ("Mathematics Teacher", "Franklin High School", "Portland, OR", False),
    ]
    assert profile.total_months == 6 + 83
    assert [(e.degree, e.field) for e in profile.education] == [
        ("master", "Secondary Education"),
        ("bachelor", "Mathematics"),
    ]


# -- what the five showed: a place in a cell of the employer's row, a store's number, a restaurant's server
def test_the_employer_rows_place_in_a_cell_of_its_own(vocab) -> None:
    text = (
        "Pat Doe\npat@example.com\n\nEXPERIENCE\n"
        "Data Analyst (contract)                          Jan 2024 – Jun 2024\n"
        "Multnomah County Library | Portland, OR\n- Wrote SQL queries\n\n"
        "Store Manager                                    2019 - Current\n"
        "Walgreens #4411, Tampa, FL\n- Managed a team of 22\n\n"
        # near miss: a cell that is no place stays no location
        "Shift Lead                                       2016 - 2019\n"
        "Walgreens | Pharmacy Front End\n- Ran the front end\n"
    )
    assert [(j.title, j.employer, j.location) for j in _profile(text, vocab).jobs] == [
        ("Data Analyst (contract)", "Multnomah County Library", "Portland, OR"),
        ("Store Manager", "Walgreens #4411", "Tampa, FL"),
        ("Shift Lead", "Walgreens", None),
    ]


def test_a_restaurants_server_is_a_title(vocab) -> None:
    text = "Pat Doe\npat@example.com\n\nEXPERIENCE\nStudio 54 | Server | 2016 - 2018\n- Served tables of up to 40\n"
    assert _jobs(text, vocab) == [("Server", "Studio 54", "2016 - 2018")]
    from jobmatch.titles import TITLE_WORDS

    assert TITLE_WORDS.search("Banquet Server") and TITLE_WORDS.search("Server/Bartender")
    for text in ("SQL Server", "Windows Server 2019", "Managed servers", "Server-side rendering"):
        assert not TITLE_WORDS.search(text), text
