"""Resumes beyond software (session 10a): a town after the employer before dates in a right-hand
column, a trade's apprentice or helper at a trade firm, other layouts (Europass, a skills table,
letter-spaced headings)."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text

AS_OF = date(2026, 11, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=normalize_text(text), kind="text"), vocab, today=AS_OF)


def _jobs(heading: str, vocab, bullet: str = "- Served customers at the till"):
    profile = _profile(f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{heading}\n{bullet}\n", vocab)
    return [(j.title, j.employer, j.skills) for j in profile.jobs], {s.skill.name for s in profile.skills}


# -- 2. a town after the employer, then the dates after spaces ----------------------------------------
@pytest.mark.parametrize(
    "heading",
    [
        "Cashier, Walgreens, Sale          2016 - 2018",
        "Cashier, Walgreens, Sale 2016 - 2018",
        "Cashier, Walgreens, Sale    Jan 2016 - Mar 2018",
        "Cashier, Walgreens, Sale    01/2016 - 03/2018",
        "Cashier - Walgreens - Sale\t2016 - 2018",
    ],
)
def test_a_town_after_the_employer_before_the_dates_is_no_skill(vocab, heading):
    jobs, skills = _jobs(heading, vocab)
    assert len(jobs) == 1 and jobs[0][1] == "Walgreens"
    assert "sales" not in jobs[0][2] and "sales" not in skills


def test_a_title_after_the_employer_before_the_dates_is_still_the_title(vocab):
    jobs, _ = _jobs("Acme Corp, Sales Manager     2019 - 2022", vocab)
    assert jobs[0][0] == "Sales Manager" and "sales" in jobs[0][2]


# -- 3. a trade's role at a trade firm ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "trade"),
    [
        ("Apprentice, ABC Plumbing & Heating    2016 - 2018", "plumbing"),
        ("2nd Year Apprentice | ABC Plumbing & Heating | 2016 - 2018", "plumbing"),
        ("Journeyman | Rivera Plumbing | 2016 - 2018", "plumbing"),
        ("Service Technician, Bob's Plumbing & Drains, Tulsa, OK | 2016 - 2018", "plumbing"),
    ],
)
def test_a_trade_role_without_a_trade_takes_the_employers(vocab, heading, trade):
    jobs, skills = _jobs(heading, vocab, "- Ran supply lines and fitted fixtures on new builds")
    assert len(jobs) == 1 and trade in jobs[0][2] and trade in skills


@pytest.mark.parametrize(
    "heading",
    [
        "HVAC Installer, Goettl Air Conditioning & Plumbing    2016 - 2018",
        "Pipe Welder, Goettl Air Conditioning & Plumbing, Phoenix, AZ | 2019 - Present",
        "Office Assistant, ABC Plumbing & Heating    2016 - 2018",
    ],
)
def test_a_title_naming_its_own_work_does_not_take_the_employers_trade(vocab, heading):
    jobs, skills = _jobs(heading, vocab, "- Kept the schedule and the job sheets")
    assert len(jobs) == 1 and "plumbing" not in jobs[0][2] and "plumbing" not in skills


def test_an_apprentice_takes_no_product_from_the_employers_name(vocab):
    jobs, skills = _jobs("Apprentice, Python Software Foundation | 2016 - 2018", vocab, "- Cleaned survey data")
    assert "Python" not in jobs[0][2] and "Python" not in skills


def test_a_helper_is_a_title(vocab):
    jobs, _ = _jobs("Helper, Smith Carpentry Ltd    2016 - 2018", vocab)
    assert jobs[0][:2] == ("Helper", "Smith Carpentry Ltd")


# -- 4. other layouts: letter-spaced headings, a Europass CV, a skills table ---------------------------
def test_letter_spaced_words_are_read_as_words():
    assert normalize_text("J O H N   S M I T H") == "JOHN SMITH"
    assert normalize_text("W O R K   E X P E R I E N C E") == "WORK EXPERIENCE"
    assert normalize_text("E D U C A T I O N  &  T R A I N I N G") == "EDUCATION & TRAINING"
    assert normalize_text("- Python  SQL") == "- Python SQL"  # (no letter-spacing)
    assert normalize_text("A B  C") == "A B C"  # (too short to tell)


_SPACED = """J O H N   S M I T H
Leeds, UK | john.smith@example.co.uk | 07700 900123

P R O F I L E
Qualified electrician with 8 years of domestic and commercial installation work.

W O R K   E X P E R I E N C E
Electrician, Spark Electrical Services, Leeds          2018 - Present
- Installed consumer units, lighting and power circuits in new-build homes
Apprentice Electrician, NG Bailey, Bradford          2014 - 2018
- Assisted with cable tray and containment on commercial sites

E D U C A T I O N
BTEC Level 3 Extended Diploma in Engineering, Leeds City College          2012 - 2014

S K I L L S
AutoCAD, Fault finding, Testing & inspection
"""


@pytest.mark.parametrize("experience", ["W O R K   E X P E R I E N C E", "E X P E R I E N C E", "WORKEXPERIENCE"])
def test_letter_spaced_headings_start_their_sections(vocab, experience):
    text = _SPACED.replace("W O R K   E X P E R I E N C E", experience)
    if experience == "WORKEXPERIENCE":
        text = text.replace(experience, "W O R K E X P E R I E N C E")  # (the words' gap lost too)
    profile = _profile(text, vocab)
    kinds = [s.kind for s in profile.sections]
    assert kinds == ["header", "summary", "experience", "education", "skills"]
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Electrician", "Spark Electrical Services"),
        ("Apprentice Electrician", "NG Bailey"),
    ]
    assert "AutoCAD" in {s.skill.name for s in profile.skills}


_EUROPASS = """Curriculum Vitae
Europass

PERSONAL INFORMATION
Maria Rossi
Via Roma 12, 20121 Milano (Italy)
maria.rossi@example.it

Work experience

01/2019 – 03/2021
Accountant
Studio Bianchi & Associati, Milano (Italy)
- Prepared VAT returns and monthly management accounts for 40 clients
- Reconciled bank statements in SAP and Excel

04/2021 – Present
Senior Accountant
Deloitte Italy, Milano (Italy)
- Led year-end closing under IFRS for manufacturing clients

Education and training

09/2013 – 07/2018
Master's degree in Economics and Management (EQF level 7)
Università Bocconi, Milano (Italy)

Personal skills

Mother tongue(s): Italian
Other language(s): English C1, French B2
Digital skills: Microsoft Excel (advanced), SAP FI, Power BI
"""


def test_a_europass_cv_reads_its_jobs_degree_and_skills(vocab):
    profile = _profile(_EUROPASS, vocab)
    assert [(s.heading, s.kind) for s in profile.sections][2:] == [
        ("Work experience", "experience"),
        ("Education and training", "education"),
        ("Personal skills", "skills"),
    ]
    assert [(j.title, j.employer, j.months) for j in profile.jobs] == [
        ("Accountant", "Studio Bianchi & Associati", 27),
        ("Senior Accountant", "Deloitte Italy", 67),
    ]
    assert profile.degree == "master"
    assert {"SAP", "IFRS", "Microsoft Excel", "Power BI", "English", "French"} <= {s.skill.name for s in profile.skills}


_SKILLS_TABLE = """# Aisha Khan
Chicago, IL | aisha.khan@example.com

## Experience
**Staff Pharmacist**, CVS Health, Chicago, IL | Jun 2019 – Present
- Verified 300+ prescriptions a day and counselled patients on drug interactions

## Skills
| Clinical | Technical |
|---|---|
| Medication therapy management | Epic Willow |
| Immunizations | Microsoft Excel |

## Education
Doctor of Pharmacy (PharmD), University of Illinois Chicago, 2019
"""


def test_a_skills_table_in_two_columns_gives_each_cells_skill(vocab):
    profile = _profile(_SKILLS_TABLE, vocab)
    lines = _SKILLS_TABLE.splitlines()
    found = {s.skill.name: s for s in profile.skills}
    for name, cell in [
        ("medication therapy management", "Medication therapy management"),
        ("Epic", "Epic Willow"),
        ("immunizations", "Immunizations"),
        ("Microsoft Excel", "Microsoft Excel"),
    ]:
        assert name in found
        assert any(cell in lines[e.line - 1] for e in found[name].mentions)


# -- audit: a long firm name between cells ------------------------------------------------------------
def test_a_heading_with_a_long_firm_name_between_cells_keeps_its_dates(vocab):
    jobs, _ = _jobs(
        "Senior Litigation Paralegal | Skadden, Arps, Slate, Meagher & Flom LLP | New York, NY | 2021 – Present",
        vocab,
        "- Managed document productions in Relativity",
    )
    assert jobs and jobs[0][:2] == ("Senior Litigation Paralegal", "Skadden, Arps, Slate, Meagher & Flom LLP")


# -- audit: a general degree's major in brackets --------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("**Bachelor of Science (Data Science)**, University of Melbourne — 2022 – 2025", "Data Science"),
        ("Bachelor of Commerce (Finance), UNSW Sydney, 2019", "Finance"),
        ("Bachelor of Arts (Psychology), University of Sydney, 2019", "Psychology"),
        ("Bachelor of Science (Hons), University of Leeds, 2019", None),
        ("Master of Science (M.Sc.) in Physics, ETH Zurich, 2019", "Physics"),
    ],
)
def test_a_general_degrees_major_in_brackets_is_its_field(vocab, line, field):
    profile = _profile(f"Liam Nguyen\nliam@example.com\n\nEducation\n{line}\n", vocab)
    assert [e.field for e in profile.education] == [field]


# -- audit: a bullet in the present tense whose bullet was drawn (a PDF from HTML) -------------------------
_DRAWN_BULLETS = """MARCUS JOHNSON
Columbus, OH 43215 | marcus.johnson@email.com

EXPERIENCE
Warehouse Supervisor Mar 2020 - Present
Amazon Fulfillment Center, Groveport, OH
Supervise 35 associates across receiving, picking and shipping on second shift
Build weekly schedules and approve timecards in Kronos
Lead Material Handler Jun 2016 - Feb 2020
Kroger Distribution Center, Delaware, OH
Operated sit-down and stand-up forklifts, reach trucks and pallet jacks
Act as NEC4 Supervisor; manage compensation events and early warnings
Senior Engineer Jul 2015 - Aug 2016
Jacobs Engineering Group, Dallas, TX
Design drainage to DMRB and SuDS guidance
"""


def test_a_present_tense_bullet_without_its_bullet_is_no_title_or_employer(vocab):
    profile = _profile(_DRAWN_BULLETS, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Warehouse Supervisor", "Amazon Fulfillment Center"),
        ("Lead Material Handler", "Kroger Distribution Center"),
        ("Senior Engineer", "Jacobs Engineering Group"),
    ]


@pytest.mark.parametrize(
    "heading",
    ["Lead Software Engineer, Design Studio of the City of London", "Design Studio of the City of London"],
)
def test_a_heading_that_starts_with_a_verb_is_still_a_heading(vocab, heading):
    text = f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{heading}\nJan 2019 - Present\n- Did the work\n"
    profile = _profile(text, vocab)
    assert len(profile.jobs) == 1 and "Design Studio of the City of London" in (
        profile.jobs[0].employer or "",
        profile.jobs[0].title or "",
    )


# -- audit: dates with the day of the month, and more names of the experience section ---------------------
@pytest.mark.parametrize(
    "dates",
    ["1 June 2019 - 31 August 2021", "June 1, 2019 - August 31, 2021", "1st June 2019 – 31st August 2021"],
)
def test_dates_with_the_day_of_the_month(vocab, dates):
    profile = _profile(f"Pat Doe\npat@example.com\n\nEXPERIENCE\nCashier, Tesco | {dates}\n- Served\n", vocab)
    assert [(j.title, j.employer, j.period.start, j.period.end, j.months) for j in profile.jobs] == [
        ("Cashier", "Tesco", (2019, 6), (2021, 9), 27)
    ]
    assert profile.jobs[0].period.text == dates.replace("–", "-")


@pytest.mark.parametrize(
    "heading",
    [
        "Job History",
        "WORK RECORD",
        "Work Experience & Training",
        "EMPLOYMENT & EXPERIENCE",
        "Placements",
        "Sea Service",
    ],
)
def test_more_names_of_the_experience_section(vocab, heading):
    text = f"Pat Doe\npat@example.com\n\n{heading}\nCashier, Tesco, Leeds | 2019 - 2022\n- Served customers\n"
    profile = _profile(text, vocab)
    assert [s.kind for s in profile.sections] == ["header", "experience"]


# -- audit: degrees named by letters that a posting may use for something else ------------------------------
@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("LL.B. (Hons), King's College London, 2014", "bachelor"),
        ("LLM in International Law, LSE, 2016", "master"),
        ("MBBS, University of Mumbai, 2012", "bachelor"),
        ("DDS, University of Michigan, 2014", "phd"),
        ("DVM, Cornell University, 2016", "phd"),
        ("B.S.N., Rutgers University, 2016", "bachelor"),
        ("EdD in Educational Leadership, Vanderbilt University, 2019", "phd"),
    ],
)
def test_a_degree_named_by_its_letters_in_education(vocab, line, level):
    profile = _profile(f"Pat Doe\npat@example.com\n\nEducation\n{line}\n", vocab)
    assert profile.degree == level


def test_letters_a_posting_uses_otherwise_name_no_degree_outside_education():
    from jobmatch.posting import find_degrees

    assert find_degrees("Experience with LLM fine-tuning and DDS middleware") == set()
    assert find_degrees("LLM in International Law", education=True) == {"master"}


# -- 1 (text): a row laid out in columns with spaces ------------------------------------------------------
def test_a_wide_run_of_spaces_between_cells_is_a_cell_separator():
    assert normalize_text("Accenture        Associate Software Engineer        2019 - 2022") == (
        "Accenture | Associate Software Engineer | 2019 - 2022"
    )
    assert normalize_text("Jan 2019   -   Present") == "Jan 2019 - Present"  # (a range's dash)
    assert normalize_text("•   Python") == "- Python"  # (after a bullet)
    assert normalize_text("Phone:     555-0178") == "Phone: 555-0178"  # (after a label)
    assert normalize_text("Led the team.   Built the API.") == "Led the team. Built the API."  # (a sentence's end)
    assert normalize_text("looking for a     senior engineer") == "looking for a senior engineer"  # (lower case)
    assert normalize_text("Python  SQL") == "Python SQL"  # (two spaces: a typo as often as a gap)


def test_a_text_resumes_rows_in_columns_split_employer_and_title(vocab):
    text = (
        "RAVI KUMAR\nHyderabad | ravi.kumar@example.com\n\nWORK EXPERIENCE\n"
        "Accenture          Associate Software Engineer          2019 - 2022\n"
        "- Built Java services for a retail client\n"
        "Best Buy           Sales Associate                      Jul 2016 - Dec 2018\n"
        "- Sold home theatre systems\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.months) for j in profile.jobs] == [
        ("Associate Software Engineer", "Accenture", 36),
        ("Sales Associate", "Best Buy", 30),
    ]


# -- audit: the trades and professions whose title names their work ----------------------------------------
@pytest.mark.parametrize(
    ("title", "skill"),
    [
        ("Senior Accountant", "accounting"),
        ("Staff Pharmacist", "pharmacy practice"),
        ("Plumber", "plumbing"),
        ("Carpenter", "carpentry"),
        ("Cashier", "cash handling"),
        ("Internal Auditor", "auditing"),
        ("Technical Recruiter", "talent acquisition"),
        ("Land Surveyor", "surveying"),
    ],
)
def test_a_trades_title_names_its_work(vocab, title, skill):
    jobs, skills = _jobs(f"{title}, Acme Group, Leeds | 2019 - 2022", vocab, "- Did the daily work")
    assert skill in jobs[0][2] and skill in skills


def test_a_quantity_surveyor_is_no_land_surveyor(vocab):
    jobs, _ = _jobs("Quantity Surveyor, Acme Group, Leeds | 2019 - 2022", vocab, "- Priced the works")
    assert "surveying" not in jobs[0][2]
