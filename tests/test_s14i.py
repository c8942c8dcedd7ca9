"""Defects the domain helpers found outside their own files (s14i): a tax preparer's title lost to the employer's
name, a building designer's title read as software architecture, the colleagues a job works with read as its
skills, a CPA exam's passed parts read as the licence, Adobe's apps that met no "Adobe Creative Suite", PostGIS
read as PostgreSQL alone, Android's "Room" unknown, a guard's access control and SOC read as software's and a cyber
SOC, a lead teacher's title read as leadership, a building's accessibility codes read as web accessibility, one
shared spreadsheet as Excel, the UX team as UX design, a pro shop's "Pro tools" as the audio workstation, and a
state board's SLP licence unknown."""

from __future__ import annotations

import pytest

from tests.test_domains_s10 import _met, _profile, names


def _skills(text: str, vocab) -> set[str]:
    return {s.skill.name for s in _profile(text, vocab).skills}


# -- vocabulary: the suite, PostGIS, Room, Pro Tools, the SLP board's licence ------------------------------------------


@pytest.mark.parametrize("app", ["InDesign", "Photoshop", "Illustrator", "Premiere Pro", "After Effects"])
def test_an_adobe_app_meets_the_suite(app: str, parse, vocab) -> None:
    resume = f"Jane Doe\n\nSkills\n- {app}, Figma, Canva\n"
    posting = "Marketing Designer\nRequirements:\n- Proficiency in Adobe Creative Suite\n"
    assert _met(resume, posting, parse, vocab) == {"Adobe Creative Suite": True}


def test_the_suite_is_no_graphic_design_of_its_own(parse, vocab) -> None:
    # a video editor's Premiere Pro implies the suite, and the suite no graphic design
    resume = "Jane Doe\n\nSkills\n- Premiere Pro, DaVinci Resolve\n"
    posting = "Video Editor\nRequirements:\n- Graphic design experience\n"
    assert _met(resume, posting, parse, vocab) == {"graphic design": False}
    # the design apps still imply it
    resume = "Jane Doe\n\nSkills\n- Photoshop, InDesign\n"
    assert _met(resume, posting, parse, vocab) == {"graphic design": True}


def test_postgis_is_its_own_skill(parse, vocab) -> None:
    assert names("Wrote PostGIS spatial queries for parcel lookups", vocab, resume=True) == {"PostGIS"}
    resume = "Jane Doe\n\nSkills\n- PostGIS, QGIS, Python\n"
    posting = "GIS Developer\nRequirements:\n- PostgreSQL\n- GIS experience\n"
    assert _met(resume, posting, parse, vocab) == {"PostgreSQL": True, "GIS": True}
    # PostgreSQL alone is no spatial extension
    resume = "Jane Doe\n\nSkills\n- PostgreSQL, Python\n"
    posting = "GIS Developer\nRequirements:\n- PostGIS\n"
    assert _met(resume, posting, parse, vocab) == {"PostGIS": False}


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Built offline storage with Room and WorkManager", {"Android Room", "WorkManager"}),
        ("- Room, Retrofit and Hilt for the Android app", {"Android Room", "Retrofit", "Hilt", "Android"}),
        ("Room DAOs over SQLite for the offline cache", {"Android Room", "SQLite"}),
    ],
)
def test_room_beside_androids_words(line: str, found: set[str], vocab) -> None:
    assert found <= names(line, vocab, resume=True)


@pytest.mark.parametrize(
    "line",
    [
        "Managed the room schedule for the training center",
        "Room 204, Building C",
        "Escape Room coordinator for weekend events",
        "Set up the conference room with the projector",
        "Persisted the notes with Room",  # (no word of Android's: no telling)
        "offline storage with room and WorkManager",  # (not as the library writes itself)
    ],
)
def test_a_room_is_no_android_library(line: str, vocab) -> None:
    assert "Android Room" not in names(line, vocab, resume=True)
    assert "Android Room" not in names(line, vocab)


@pytest.mark.parametrize(
    "line",
    [
        "Recorded and mixed 40 podcast episodes on Pro Tools",
        "- Pro Tools, Logic Pro X, Ableton Live",
        "Avid Pro Tools certified user",
        "PRO TOOLS, AUDITION",
    ],
)
def test_pro_tools_as_written(line: str, vocab) -> None:
    assert "Pro Tools" in names(line, vocab, resume=True)


@pytest.mark.parametrize(
    "line", ["Stocked pro tools for the pro shop", "Sold pro tools and accessories", "Pro tools for the pro shop"]
)
def test_a_pro_shops_tools(line: str, vocab) -> None:
    assert "Pro Tools" not in names(line, vocab, resume=True)


def test_the_state_boards_slp_licence(vocab) -> None:
    line = "Ohio Board of Speech-Language Pathology and Audiology license #SP.12345"
    assert names(line, vocab, resume=True) == {"SLP license"}
    assert names("CCC-SLP; Ohio Board of Speech-Language Pathology and Audiology license", vocab) == {
        "CCC-SLP",
        "SLP license",
    }
    # the same board licenses audiologists: theirs is no SLP's
    audiologist = "Audiologist, Au.D.; Ohio Board of Speech-Language Pathology and Audiology license"
    assert not names(audiologist, vocab, resume=True) & {"SLP license", "speech-language pathology"}


# -- a guard's access control and SOC ----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        ("Access control, badge checks, CCTV monitoring and patrols", {"physical access control systems"},
         {"authorization"}),
        ("Access control and visitor management at the front lobby", {"physical access control systems"},
         {"authorization"}),
        ("Staffed the security operations center (SOC) on night patrol", {"physical security"},
         {"security operations"}),
        ("Monitored the security operations center with CCTV and radio dispatch", {"physical security"},
         {"security operations"}),
        # software's own
        ("Implemented RBAC and access control for the badge printing API", {"authorization"},
         {"physical access control systems"}),
        ("Designed role-based access control for the admin portal", {"authorization"}, set()),
        ("Security operations center (SOC) analyst triaging SIEM alerts", {"security operations", "SIEM"},
         {"physical security"}),
    ],
)
def test_a_guards_access_control_and_soc(line: str, found: set[str], not_found: set[str], vocab) -> None:
    got = names(line, vocab, resume=True)
    assert found <= got and not got & not_found
    assert found <= names(line, vocab)


# -- a building's accessibility codes ---------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "web"),
    [
        ("ADA/ANSI A117.1 accessibility reviews for multifamily permits", False),
        ("Led IBC and ADA accessibility reviews on civic projects", False),
        ("ADA and WCAG accessibility fixes for the web app", True),
        ("Accessibility audits of the website (ADA, WCAG 2.1)", True),
        ("Improved accessibility and performance of the React front end", True),
    ],
)
def test_accessibility_of_a_building_or_a_website(line: str, web: bool, vocab) -> None:
    assert ("web accessibility" in names(line, vocab, resume=True)) is web


# -- the colleagues a job works with -----------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "not_found"),
    [
        ("Coordinate with processors, underwriters and title companies to close on time", {"underwriting"}),
        ("Liaise with underwriters and brokers on renewals", {"underwriting"}),
        ("Partnered with recruiters to fill 40 roles a quarter", {"talent acquisition", "recruiting"}),
        ("Worked alongside nurses and physicians on the unit", {"nursing"}),
        ("Met weekly with external auditors during year-end fieldwork", {"auditing"}),
    ],
)
def test_colleagues_are_no_skill(line: str, not_found: set[str], vocab) -> None:
    assert not names(line, vocab, resume=True) & not_found
    assert not names(line, vocab) & not_found


@pytest.mark.parametrize(
    ("line", "found"),
    [
        ("Worked with Python and PostgreSQL", {"Python", "PostgreSQL"}),
        ("Worked with Python developers on the data platform", {"Python"}),
        ("Worked with device drivers for the Linux kernel", {"device drivers"}),
        ("Commercial underwriter for middle-market accounts", {"underwriting"}),
        ("Underwriters review loan files against guidelines", {"underwriting"}),  # (no "with": the job's own)
    ],
)
def test_what_is_worked_with_stays(line: str, found: set[str], vocab) -> None:
    assert found <= names(line, vocab, resume=True)


# -- a lead's title ----------------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("2+ years of experience as a lead teacher", set()),
        ("3 years as a lead nurse in a Level II trauma center", set()),
        ("Lead Software Engineer — Acme Corp", set()),
        # leadership itself, and a lead's other senses
        ("Ability to lead a team of 5 technicians", {"leadership"}),
        ("Lead teachers in curriculum planning", {"leadership"}),
        ("Lead developer onboarding and code reviews", {"leadership"}),
        ("2+ years of Lead Generation experience", {"lead generation"}),
    ],
)
def test_a_lead_title_is_the_role(line: str, asked: set[str], vocab) -> None:
    assert names(line, vocab) & {"leadership", "lead generation"} == asked


def test_a_lead_teachers_years(parse) -> None:
    posting = parse("Lead Teacher\nRequirements:\n- 2+ years of experience as a lead teacher\n- CDA credential\n")
    assert not [r for r in posting.requirements if "leadership" in r.any_of]


# -- one spreadsheet, the UX team --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "excel"),
    [
        ("Tracked licensing renewals in a shared spreadsheet", False),
        ("Kept the team's hours in one spreadsheet", False),
        ("Advanced spreadsheet skills (pivot tables, VLOOKUP)", True),
        ("Built spreadsheets for monthly forecasting", True),
        ("Spreadsheet modeling of the unit economics", True),
    ],
)
def test_one_spreadsheet_is_no_excel(line: str, excel: bool, vocab) -> None:
    assert ("Microsoft Excel" in names(line, vocab, resume=True)) is excel


@pytest.mark.parametrize(
    ("line", "ux"),
    [
        ("Ran the weekly design review with UX and engineering", False),
        ("Partnered with UX and product on onboarding flows", False),
        ("Experience with UX research and usability testing", True),
        ("Led UX for the checkout redesign", True),
    ],
)
def test_the_ux_team_is_no_ux_design(line: str, ux: bool, vocab) -> None:
    assert ("UX design" in names(line, vocab, resume=True)) is ux


# -- resume: a tax preparer's title, a building designer's, a CPA exam in parts ----------------------------------------

_HEADER = "Maria Lopez\nmaria.lopez@example.com\n\nExperience\n"


@pytest.mark.parametrize(
    ("header", "title", "employer"),
    [
        ("Senior Tax Preparer — Alamo Tax & Bookkeeping, San Antonio, TX   Jan 2019 – Present",
         "Senior Tax Preparer", "Alamo Tax & Bookkeeping"),
        ("Staff Accountant — Smith Accounting & Payroll, LLC   Jan 2019 – Present",
         "Staff Accountant", "Smith Accounting & Payroll, LLC"),
        ("Welder — Apex Welding & Fabrication, Tulsa, OK   Jan 2019 – Present", "Welder", "Apex Welding & Fabrication"),
        # two units shaped like a role's: no telling which is the title
        ("Northwind Traders — Senior Tax Preparer   Jan 2019 – Present", None, "Northwind Traders"),
    ],
)
def test_a_title_beside_an_employer_of_the_trade(header: str, title, employer, vocab) -> None:
    profile = _profile(_HEADER + header + "\n- Prepared 600+ individual returns a season\n", vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [(title, employer)]


def test_the_employers_trade_is_no_skill_of_the_tax_preparer(vocab) -> None:
    header = "Senior Tax Preparer — Alamo Tax & Bookkeeping, San Antonio, TX   Jan 2019 – Present"
    profile = _profile(_HEADER + header + "\n- Prepared 600+ individual returns a season\n", vocab)
    assert "bookkeeping" not in {s.skill.name for s in profile.skills}


_DESIGNER = "Architectural Designer — Northwind Studio, Portland, OR   Jan 2019 – Present\n"


@pytest.mark.parametrize(
    "bullets",
    [
        "- Produced DD and CD sets in Revit for multifamily projects\n",
        "- Drafted permit sets and coordinated consultants for a civic library\n",
        "",  # (the title alone: an alias of two senses reads in software's only beside software's words)
    ],
)
def test_a_building_designers_title_is_no_software_architecture(bullets: str, vocab) -> None:
    profile = _profile(_HEADER + _DESIGNER + bullets, vocab)
    assert "software architecture" not in {s.skill.name for s in profile.skills}
    assert "software architecture" not in profile.jobs[0].skills


def test_titles_of_one_sense_or_with_their_words_stay(vocab) -> None:
    software = "Architectural Designer — Acme Software, Austin, TX   Jan 2019 – Present\n"
    profile = _profile(_HEADER + software + "- Designed microservices for the payments platform\n", vocab)
    assert "software architecture" in profile.jobs[0].skills
    case = "Case Manager — Catholic Charities, Dallas, TX   Jan 2019 – Present\n- Led intake for new families\n"
    assert "case management" in _profile(_HEADER + case, vocab).jobs[0].skills
    architect = "Software Architect — Acme Corp   Jan 2019 – Present\n- Led the platform's design reviews\n"
    assert "software architecture" in _profile(_HEADER + architect, vocab).jobs[0].skills


_ACCOUNTANT = _HEADER + "Staff Accountant — Smith & Co, Austin, TX   Jan 2019 – Present\n- Closed the books monthly\n\n"


@pytest.mark.parametrize(
    ("line", "cpa"),
    [
        ("CPA exam: passed AUD and FAR", False),
        ("Passed 2 of 4 CPA exam sections", False),
        ("CPA candidate", False),
        ("CPA exam candidate (FAR and REG passed)", False),
        # passed in full but not licensed yet: not held
        ("CPA (passed all four sections, licensure pending)", False),
        ("Passed the CPA exam, licensed in Texas", True),
        ("CPA, Texas (2021)", True),
        ("PMP exam passed 2024", None),  # a whole exam passed is the certificate
    ],
)
def test_a_cpa_exam_in_parts_is_no_licence(line: str, cpa, vocab) -> None:
    found = _skills(_ACCOUNTANT + "Certifications\n" + line + "\n", vocab)
    if cpa is None:
        assert "PMP" in found
    else:
        assert ("CPA" in found) is cpa
