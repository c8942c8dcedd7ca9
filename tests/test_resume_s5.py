"""Resume reading, from the audit of resumes outside software (qa/reports/s5_resumes.md): trade
and country headings, jobs under a summary, what the person only wants, titles of trades and care
work as evidence of that work, and part-time jobs held while studying."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.resume import heading_of, title_skill

AS_OF = date(2026, 1, 1)

APPRENTICE = (
    "Liam Thompson\nPerth WA | liam@x.com\n\n"
    "Objective\nNewly licensed electrician looking for a role.\n\n"
    "{heading}\n"
    "Apprentice Electrician — Downer Group, Perth WA      Feb 2021 – Feb 2025\n"
    "- Cable pulling, terminations, conduit bending.\n\n"
    "Trades Assistant — Programmed Skilled Workforce      2019 – 2021\n"
    "- Labouring on site.\n\n"
    "Education\nCertificate III in Electrotechnology, TAFE, 2025\n"
)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


@pytest.mark.parametrize(
    "heading",
    [
        "Apprenticeship",
        "Trade Experience",
        "Work Experience (Australia)",
        "Experience - UK",
        "Other Work",
        "Military Service",
        "Employment Record",
        "Overseas Experience",
    ],
)
def test_trade_and_country_experience_headings_keep_their_jobs_after_an_objective(vocab, heading):
    profile = _profile(APPRENTICE.format(heading=heading), vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Apprentice Electrician", "Downer Group"),  # (Perth WA its place)
        ("Trades Assistant", "Programmed Skilled Workforce"),
    ]
    assert profile.total_years == 6.1
    assert next(s for s in profile.sections if s.heading == heading).kind == "experience"


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("Licences & Tickets", "certifications"),
        ("Tickets", "certifications"),
        ("Clinical Placements", "experience"),
        ("Work Experience (2015 - Present)", "experience"),
        ("Skills (selected)", "skills"),
        ("Personal skills", "skills"),
        ("Experience with customers", None),  # a qualifier is a bracket or a dash, not any words
    ],
)
def test_headings_with_a_qualifier_and_trade_headings(line, kind):
    found = heading_of(line)
    assert (found.kind if found is not None and found.known else None) == kind


def test_jobs_under_an_unknown_heading_after_the_summary_are_found(vocab):
    profile = _profile(APPRENTICE.format(heading="Where I Have Worked"), vocab)
    assert [j.title for j in profile.jobs][-1] == "Trades Assistant"
    assert profile.total_years == 6.1


def test_jobs_under_internships_or_placements_count_for_no_years(vocab):
    text = (
        "Ann Lee\n\nInternships\nSoftware Engineer, Google   Jun 2022 - Aug 2022\n- Built Go services\n\n"
        "Experience\nSoftware Engineer, Stripe   2023 - Present\n- Python\n"
    )
    profile = _profile(text, vocab)
    assert [(j.employer, j.internship) for j in profile.jobs] == [("Google", True), ("Stripe", False)]
    assert profile.total_years == 3.0
    placements = _profile(APPRENTICE.format(heading="Clinical Placements"), vocab)
    assert placements.total_years == 0.0 and all(j.internship for j in placements.jobs)


WANTS = (
    "Kevin Walsh\n\nObjective\n"
    "Seeking an entry-level Project Manager or Scrum Master position where I can learn Agile and Jira.\n"
    "Eager to learn Python and SQL.\n"
    "Looking to gain experience in Salesforce and HubSpot.\n"
    "Would like to train in Sage and Xero.\n"
    "I want to become a forklift operator.\n"
    "Eager to apply my Excel and Tableau skills.\n\n"
    "Experience\nRetail Sales Associate - Best Buy, Tulsa OK          Jun 2021 - Present\n"
    "- Helped customers choose laptops; reported sales in Power BI.\n"
)


def test_what_the_person_wants_to_learn_gain_or_become_is_not_held(vocab):
    held = {s.skill.name for s in _profile(WANTS, vocab).skills}
    wanted = {"Scrum", "Agile", "Jira", "Python", "SQL", "Salesforce", "HubSpot", "Sage", "Xero"}
    assert not wanted & held
    assert "forklift operation" not in held
    assert {"Microsoft Excel", "Tableau", "Power BI"} <= held  # applied, used: held


def test_the_europass_job_applied_for_is_not_evidence(vocab):
    text = (
        "Anna Schmidt\n\nPERSONAL INFORMATION\nAnna Schmidt\nMunich, Germany\n\n"
        "JOB APPLIED FOR\nLogistics Coordinator\n\n"
        "WORK EXPERIENCE\nWarehouse Clerk   03/2019 - 05/2021\nDHL Supply Chain, Munich\n- Goods receipt in SAP\n"
    )
    profile = _profile(text, vocab)
    assert "logistics" not in {s.skill.name for s in profile.skills}
    assert "SAP" in {s.skill.name for s in profile.skills}


@pytest.mark.parametrize(
    ("title", "skill"),
    [
        ("Clinical Nurse, Emergency Department", "nursing"),
        ("ICU Staff Nurse", "nursing"),
        ("Nurse Manager", "nursing"),
        ("Sous Chef", "food preparation"),
        ("Line Cook", "food preparation"),
        ("Apprentice Electrician", "electrical wiring"),
        ("Mid-Market Account Executive", "sales"),
        ("OTR Driver", "CDL Class A"),
        ("Regional Driver", "CDL"),
        ("Delivery Driver", None),  # a van is no commercial licence
        ("Kitchen Porter", None),
        ("Product Manager", "product management"),  # (the work of the title's field, as before)
    ],
)
def test_a_trade_or_care_title_names_its_work(vocab, title, skill):
    found = title_skill(title, vocab)
    assert (found[0] if found else None) == skill


def test_a_nurses_years_come_from_her_titles(vocab):
    text = (
        "Priya Nair, RN\n\nExperience\n"
        "Clinical Nurse, Emergency Department - Royal Brisbane Hospital   Mar 2022 - Present\n"
        "- Triage and resuscitation.\n\n"
        "Registered Nurse - Gold Coast University Hospital   Jan 2020 - Feb 2022\n- Medical ward.\n"
    )
    profile = _profile(text, vocab)
    assert profile.years_of("nursing") == 6.0


@pytest.mark.parametrize("title", ["Permanency Planning Worker", "Package Handler", "HVAC Installer", "Front Desk"])
def test_titles_of_care_warehouse_and_trade_jobs_are_titles(vocab, title):
    text = f"Experience\n{title} - Acme Services, Dayton OH   Jan 2019 - Dec 2021\n- Daily work.\n"
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [(title, "Acme Services")]  # (Dayton OH its place)


STUDENT = (
    "Maya Chen\n\nEducation\n"
    "Bachelor of Science in Accounting, Boston College            Expected May 2026\n\n"
    "Experience\n"
    "Audit Intern — Deloitte, Boston, MA                            Jun 2025 - Aug 2025\n"
    "- Tested controls.\n\n"
    "Cashier — Trader Joe's {kind}                                  Sep 2022 - Present\n"
    "- Cash handling.\n"
)


def test_a_part_time_job_held_while_the_degree_is_in_progress_is_a_students(vocab):
    profile = _profile(STUDENT.format(kind="(part-time)"), vocab)
    assert [j.internship for j in profile.jobs] == [True, True]
    assert profile.total_years == 0.0
    full_time = _profile(STUDENT.format(kind=""), vocab)  # (a full-time job beside study still counts)
    assert full_time.total_years == 3.3
    graduated = _profile(STUDENT.format(kind="(part-time)").replace("Expected May 2026", "May 2022"), vocab)
    assert graduated.total_years == 3.3  # part-time work after the degree is work


WRAPPED = (
    "Maria Santos\n\nSummary\n"
    "Detail-oriented office professional with 5 years of experience in data\n"
    "entry, scheduling and customer\n"
    "service. Skilled in accounts\n"
    "payable and project\n"
    "management for small teams.\n"
)


def test_a_skill_split_by_a_hard_wrap_is_found_on_the_line_it_starts(vocab):
    profile = _profile(WRAPPED, vocab)
    first = {s.skill.name: s.mentions[0].line for s in profile.skills}
    assert {"data entry": 4, "customer service": 5, "accounts payable": 6, "project management": 7}.items() <= (
        first.items()
    )
    unwrapped = _profile(WRAPPED.replace("data\nentry", "data entry").replace("customer\nservice", "x"), vocab)
    assert "customer service" not in {s.skill.name for s in unwrapped.skills}


@pytest.mark.parametrize(
    "text",
    [
        "Skills\nPython, SQL and customer\n- service desk rotation\n",  # a bullet is no continuation
        "Summary\nWorked on customer.\nservice was great\n",  # a stop ends the sentence
        "Skills\nExcel\nservice\n",  # a short line is a list item, not a wrapped one
    ],
)
def test_no_skill_is_made_across_lines_that_are_not_one_sentence(vocab, text):
    assert "customer service" not in {s.skill.name for s in _profile(text, vocab).skills}


EUROPASS = (
    "Anna Schmidt\n\nWORK EXPERIENCE\n\n"
    "03/2019 – 05/2021\nLogistics Specialist\nDB Schenker AG, Munich (Germany)\n"
    "- Planning of FTL/LTL road transports\nBusiness or sector Transport and logistics\n"
    "since 06/2021\nSenior Logistics Coordinator\n\nKühne + Nagel, Munich (Germany)\n"
    "- Team lead for 4 dispatchers\n\n"
    "10/2014 - 03/2018\nStaff Nurse, Internal Medicine\nCopernicus Hospital, Gdańsk (Poland)\n- Wound care\n"
)


def test_europass_entries_dates_then_title_then_employer(vocab):
    profile = _profile(EUROPASS, vocab)
    assert [(j.title, j.employer, j.location) for j in profile.jobs] == [
        ("Logistics Specialist", "DB Schenker AG", "Munich (Germany)"),
        ("Senior Logistics Coordinator", "Kühne + Nagel", "Munich (Germany)"),  # (past a DOCX's empty cell)
        ("Staff Nurse, Internal Medicine", "Copernicus Hospital", "Gdańsk (Poland)"),
    ]


INDIA = (
    "Ravi Kumar\n\nWORK EXPERIENCE\n\n"
    "Organisation : Sundaram Clayton Ltd, Hosur\nDesignation  : Quality Engineer\n"
    "Duration     : March 2021 - Till Date\nRoles & Responsibilities:\n  - Preparing PPAP documents.\n\n"
    "EDUCATIONAL QUALIFICATION\n"
    "Qualification        Institute                                     Year    Percentage\n"
    "B.Tech (Mechanical)  JNTU Hyderabad                                2019    72.4%\n"
    "Intermediate (MPC)   Sri Chaitanya Junior College                  2015    89%\n"
)


def test_indian_labels_and_an_education_table(vocab):
    profile = _profile(INDIA, vocab)
    # (the town after the employer's comma is its place: "Sundaram Clayton Ltd, Hosur")
    assert [(j.title, j.employer, j.location) for j in profile.jobs] == [
        ("Quality Engineer", "Sundaram Clayton Ltd", "Hosur")
    ]
    assert next(s for s in profile.sections if s.heading == "EDUCATIONAL QUALIFICATION").kind == "education"
    (degree,) = [e for e in profile.education if e.degree]
    assert (degree.degree, degree.year) == ("bachelor", 2019)
    # its own row's university (known by its acronym), not the next row's college, nor the header row's "Institute"
    assert degree.institution == "JNTU Hyderabad"


def test_a_working_students_part_time_job_in_the_field_counts(vocab):
    text = STUDENT.replace("Cashier — Trader Joe's {kind}", "Junior Web Developer (part-time) — Pixel Agency")
    profile = _profile(text, vocab)
    assert [j.internship for j in profile.jobs] == [True, False]
    assert profile.total_years == 3.3


def test_a_division_after_the_company_is_no_employer(vocab):
    text = "Experience\nSoftware Engineer, Meta, Reality Labs   Jan 2019 - Dec 2023\n- Built Go services.\n"
    assert [(j.title, j.employer) for j in _profile(text, vocab).jobs] == [("Software Engineer", "Meta")]


@pytest.mark.parametrize(
    ("title", "rn"),
    [
        ("Intensive Care Nurse", True),
        ("Staff Nurse, Internal Medicine", True),
        ("Charge Nurse", True),
        ("Licensed Practical Nurse", False),
        ("Student Nurse", False),
        ("Nursing Assistant", False),
    ],
)
def test_a_registered_nurses_title_shows_her_registration(vocab, title, rn):
    profile = _profile(f"Experience\n{title} - St Luke's Hospital   Jan 2019 - Dec 2023\n- Patient care.\n", vocab)
    assert (profile.years_of("RN") == 5.0) is rn


@pytest.mark.parametrize("heading", ["EXPERIENCE & INTERNSHIPS", "## Work & Volunteer Experience"])
def test_a_section_of_work_and_internships_counts_its_work(vocab, heading):
    text = f"{heading}\nSenior Software Engineer, Stripe   Jan 2019 - Dec 2023\n- Built Go services\n"
    assert _profile(text, vocab).total_years == 5.0


@pytest.mark.parametrize(
    ("entry", "title"),
    [("Internship - Acme Corp", "Internship"), ("Apprenticeship - Smith Electrical", "Apprenticeship")],
)
def test_an_entry_with_a_dash_is_no_heading(vocab, entry, title):
    assert heading_of(entry) is None
    text = f"Experience\n\n{entry}\nJan 2016 - Dec 2019\n- Work.\n\nSoftware Engineer, Stripe\nJan 2020 - Dec 2023\n"
    profile = _profile(text, vocab)
    assert [j.title for j in profile.jobs] == [title, "Software Engineer"]
    assert profile.jobs[1].months == 48 and not profile.jobs[1].internship


def test_what_is_learned_ends_where_what_is_held_begins(vocab):
    text = "Summary\nBackend developer eager to learn new tools, skilled in Go, Terraform and Kafka.\n"
    assert {"Go", "Terraform", "Kafka"} <= {s.skill.name for s in _profile(text, vocab).skills}


def test_jobs_of_a_build_or_a_cluster_are_no_wanted_role(vocab):
    text = (
        "Experience\nData Engineer, Acme Corp   Jan 2020 - Dec 2023\n"
        "- Profiled the cluster, looking for slow Apache Spark jobs to tune\n"
        "- Triaged build failures, looking for flaky Jenkins jobs\n"
    )
    assert {"Apache Spark", "Jenkins"} <= {s.skill.name for s in _profile(text, vocab).skills}


@pytest.mark.parametrize("heading", ["Awards (selected)", "Publications (selected)", "Leadership (Volunteer)"])
def test_a_qualified_heading_of_another_section_is_still_a_heading(heading):
    found = heading_of(heading)
    assert found is not None and found.known and found.kind == "other"


@pytest.mark.parametrize(
    ("title", "rn"), [("LPN Charge Nurse", False), ("Charge Nurse (LVN)", False), ("Charge Nurse", True)]
)
def test_a_practical_nurses_charge_title_is_no_registration(vocab, title, rn):
    profile = _profile(f"Experience\n{title} - St Luke's Hospital   Jan 2019 - Dec 2023\n- Patient care.\n", vocab)
    assert (profile.skill("RN") is not None) is rn


@pytest.mark.parametrize(
    ("entry", "counted"),
    [
        ("Server (part-time) — Olive Garden", False),
        ("Crew Member, McDonald's (part-time)", False),
        ("Data Warehouse Developer (part-time) — Acme Analytics", True),
    ],
)
def test_a_students_part_time_job_is_known_by_its_title_or_its_line(vocab, entry, counted):
    text = STUDENT.replace("Cashier — Trader Joe's {kind}", entry)
    assert (_profile(text, vocab).total_years == 3.3) is counted


@pytest.mark.parametrize(
    ("heading", "years"),
    [
        ("INTERNSHIP & CO-OP EXPERIENCE", 0.0),
        ("Internship and Volunteer Experience", 0.0),
        ("Experience & Internships", 5.0),
        ("Work & Volunteer Experience", 5.0),
    ],
)
def test_a_heading_of_internships_and_co_ops_counts_no_years(vocab, heading, years):
    text = f"{heading}\nSoftware Engineer, Stripe   Jan 2019 - Dec 2023\n- Built Go services\n"
    assert _profile(text, vocab).total_years == years


@pytest.mark.parametrize(
    ("line", "held"),
    [
        ("Seeking a Band 5 Registered Nurse post in an acute trust.", False),
        ("Seeking an entry-level Python developer job.", False),
        ("Automated pipelines to secure every Terraform role and policy.", True),
    ],
)
def test_a_wanted_job_or_post_is_not_held(vocab, line, held):
    skills = {s.skill.name for s in _profile(f"Objective\n{line}\n", vocab).skills}
    assert bool(skills & {"RN", "Python", "Terraform"}) is held


@pytest.mark.parametrize("title", ["OTR Truck Driver", "Long Haul Truck Driver", "Tractor-Trailer Truck Driver"])
def test_a_long_haul_truck_drivers_title_shows_class_a(vocab, title):
    found = title_skill(title, vocab)
    assert found is not None and found[0] == "CDL Class A"


def test_a_heading_that_is_a_skills_name_shows_no_skill(vocab):
    text = (
        "Maya Chen\n\nEXPERIENCE\nAudit Intern, Deloitte   Jun 2025 - Aug 2025\n- Tested controls.\n\n"
        "LEADERSHIP\nTreasurer, Accounting Society   2023 - 2025\n- Managed a $12k budget.\n\n"
        "## Open Source\n- Maintainer of a pandas plugin\n"
    )
    skills = {s.skill.name: s for s in _profile(text, vocab).skills}
    assert "leadership" not in skills
    assert "open source" in skills  # (a projects heading names the work below it)
    led = _profile(text.replace("budget.\n", "budget.\n- Led a team of 5 volunteers.\n"), vocab)
    assert [m.line for m in led.skill("leadership").mentions] == [10]
