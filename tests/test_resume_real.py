"""Resume reading, from real resumes as people write them: copied from HTML source, LinkedIn
exports with grouped roles, coursework, and the layouts and date forms of many trades."""

from __future__ import annotations

from datetime import date

from jobmatch.match import evidence_text, profile_resume
from jobmatch.models import Document

AS_OF = date(2026, 1, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


def _jobs(profile):
    return [(j.title, j.employer, j.months) for j in profile.jobs]


# -- HTML character references, decoded as a posting's are -----------------------------------------
def test_html_entities_are_decoded(vocab):
    text = (
        "Marcus O&rsquo;Neill\n"
        "marcus@example.com &bull; (555) 201-3344\n\n"
        "PROFESSIONAL EXPERIENCE\n"
        "Senior Data Analyst &ndash; Procter &amp; Gamble &ndash; Cincinnati, OH\n"
        "Jan&nbsp;2019 &ndash; Present\n"
        "&bull; Built Tableau dashboards and SQL pipelines for R&amp;D teams.\n"
        "Data Analyst | Kroger | Cincinnati, OH | Jun 2015 &#8211; Dec 2018\n"
        "&#8226; Wrote SQL against Teradata.\n\n"
        "EDUCATION\n"
        "Bachelor&rsquo;s degree in Statistics, University of Cincinnati, 2015\n"
    )
    profile = _profile(text, vocab)
    assert _jobs(profile) == [("Senior Data Analyst", "Procter & Gamble", 84), ("Data Analyst", "Kroger", 43)]
    assert profile.total_months == 127
    assert [(e.degree, e.field) for e in profile.education] == [("bachelor", "Statistics")]
    # the evidence cites the lines decoded, as the reader sees them, and its offsets hold
    sql = next(s for s in profile.skills if s.skill.name == "SQL")
    assert all(profile.lines[m.line - 1][m.start : m.end] == m.surface for m in sql.mentions)
    evidence = evidence_text(sql.mentions[0], profile.lines)
    assert evidence == "- Built Tableau dashboards and SQL pipelines for R&D teams."
    assert profile.years_of("Teradata") == round(43 / 12, 1)


# -- LinkedIn: the roles held at one employer, grouped under it --------------------------------------
LINKEDIN = (
    "Experience\n"
    "Google\n"
    "3 yrs 2 mos\n"
    "Senior Software Engineer\n"
    "Jan 2022 - Present · 2 yrs\n"
    "Seattle, Washington\n"
    "Led the migration of ad-serving pipelines to Go and Kubernetes.\n"
    "Software Engineer\n"
    "Jan 2020 - Dec 2021 · 2 yrs\n"
    "Built Java services on Bigtable.\n\n"
    "Amazon\n"
    "Full-time · 2 yrs 4 mos\n"
    "Software Development Engineer II\n"
    "Mar 2018 - Dec 2019 · 1 yr 10 mos\n"
    "Worked on DynamoDB tooling in Java.\n"
    "Software Development Engineer\n"
    "Sep 2017 - Feb 2018 · 6 mos\n"
    "Python scripts for AWS Lambda deployments.\n\n"
    "Microsoft\n"
    "Software Engineer Intern\n"
    "Jun 2016 - Aug 2016 · 3 mos\n"
)


def test_linkedin_grouped_roles_carry_their_employer(vocab):
    profile = _profile(LINKEDIN, vocab)
    assert _jobs(profile) == [
        ("Senior Software Engineer", "Google", 48),
        ("Software Engineer", "Google", 24),
        ("Software Development Engineer II", "Amazon", 22),
        ("Software Development Engineer", "Amazon", 6),
        ("Software Engineer Intern", "Microsoft", 3),
    ]
    assert profile.total_months == 48 + 24 + 22 + 6  # the group's "3 yrs 2 mos" is no period
    assert profile.years_of("Go") == 4.0 and profile.years_of("Java") == round(46 / 12, 1)


def test_linkedin_pdf_export_group_without_tenure_line(vocab):
    text = (
        "Experience\n"
        "Stripe\nStaff Engineer\nJanuary 2021 - Present (5 years 1 month)\nSan Francisco Bay Area\n"
        "Built the service mesh on Kubernetes and Envoy.\n\n"
        "Senior Software Engineer\nMarch 2018 - December 2020 (2 years 10 months)\nGo services for payouts.\n\n"
        "Dropbox\nSoftware Engineer\nJune 2015 - February 2018 (2 years 9 months)\nPython sync engine.\n"
    )
    profile = _profile(text, vocab)
    assert [j.employer for j in profile.jobs] == ["Stripe", "Stripe", "Dropbox"]


def test_a_job_without_employer_after_an_ordinary_one_stays_without(vocab):
    text = (
        "EXPERIENCE\n"
        "Software Engineer, Acme Corp\nJan 2020 - Dec 2021\n- Built Java services.\n\n"
        "Freelance Developer\n2018 - 2019\n- Websites.\n"
    )
    profile = _profile(text, vocab)
    assert _jobs(profile) == [("Software Engineer", "Acme Corp", 24), ("Freelance Developer", None, 12)]


# -- date forms: quarters, years with the century left out -------------------------------------------
def test_quarters_and_apostrophe_years(vocab):
    text = (
        "## Experience\n\n"
        "### Site Reliability Engineer — Indeed\n*Q3 2020 – Q1 2022* · Austin, TX\n- Ran Kubernetes clusters\n\n"
        "### Platform Engineer — Dell Technologies\n*2022 — Ongoing*\n- Go services\n\n"
        "### Product Designer, Figma Inc., San Francisco, CA\n'19-'20\n- Figma plugins\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.period.start, j.months) for j in profile.jobs] == [
        ("Site Reliability Engineer", "Indeed", (2020, 7), 21),
        ("Platform Engineer", "Dell Technologies", (2022, 1), 48),
        ("Product Designer", "Figma Inc.", (2019, 1), 12),
    ]
    assert profile.years_of("Kubernetes") == round(21 / 12, 1)


def test_an_apostrophe_year_needs_a_range(vocab):
    from jobmatch.resume import find_period

    assert find_period("6'2 tall, 5'10 - 6'0 range", AS_OF) is None
    assert find_period("Rock music of the '90s", AS_OF) is None


# -- the employer on a line of its own -----------------------------------------------------------------
def test_the_unit_after_a_title_is_not_the_employer_on_the_next_line(vocab):
    text = (
        "CLINICAL EXPERIENCE\n"
        "Registered Nurse - ICU\nTampa General Hospital, Tampa, FL\nJune 2019 - Current\n"
        "- Three 12-hour night shifts per week in a 32-bed medical ICU\n"
        "Registered Nurse - Med/Surg (PRN)\nSt. Joseph's Hospital, Tampa, FL\nAug 2017 - May 2019\n"
        "- Patient ratio 1:5 on a telemetry floor; Epic charting\n"
        "Patient Care Technician\nAdventHealth, Orlando, FL\n2015 - 2017 (while in nursing school)\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location, j.months, j.internship) for j in profile.jobs] == [
        ("Registered Nurse", "Tampa General Hospital", "Tampa, FL", 79, False),
        ("Registered Nurse", "St. Joseph's Hospital", "Tampa, FL", 22, False),
        ("Patient Care Technician", "AdventHealth", "Orlando, FL", 24, True),
    ]


# -- coursework and bootcamps: shown, but no job's years -----------------------------------------------
def test_coursework_on_a_jobs_lines_gets_no_years(vocab):
    text = (
        "EXPERIENCE\n"
        "Sales Associate, Best Buy, Boston, MA\n2018 - 2022\n"
        "- Familiar with Python (coursework)\n"
        "- Relevant coursework: Kubernetes, AWS\n"
        "- Took online courses in SQL and Tableau\n"
        "- Built reports in Microsoft Excel; completed coursework in Hadoop\n"
        "Data Analyst, Target, Minneapolis, MN\nJan 2022 - Present\n"
        "- Taught courses in Power BI to store managers\n"
    )
    profile = _profile(text, vocab)
    for name in ("Python", "Kubernetes", "AWS", "SQL", "Tableau", "Hadoop"):
        assert profile.skill(name) is not None, name  # shown
        assert profile.years_of(name) == 0.0, name  # but no job's skill
    assert profile.years_of("Microsoft Excel") == 4.0  # (its own clause)
    assert profile.years_of("Power BI") == 4.0  # teaching a course is work


def test_a_bootcamp_entry_is_study(vocab):
    text = (
        "EXPERIENCE\n"
        "Software Engineer, Acme Health, Boston, MA\nJun 2023 - Present\n- Built React and Node.js services\n\n"
        "Full Stack Web Development Bootcamp | Flatiron School | Sep 2022 - Dec 2022\n- Built Ruby on Rails apps\n\n"
        "Bootcamp Instructor, Flatiron School\n2020 - 2022\n- Taught Ruby on Rails\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.internship) for j in profile.jobs] == [
        ("Software Engineer", False),
        (None, True),
        ("Bootcamp Instructor", False),
    ]
    assert profile.total_months == 31 + 24


# -- titles of trades, service and the military; labels and years beside names ---------------------------
def test_trade_service_and_military_titles(vocab):
    text = (
        "WORK HISTORY\n"
        "Warehouse Lead | Amazon Fulfillment Center | Sparks, NV | 03/2021 - Current\n- Supervise 25 associates\n"
        "Stocker (part-time) | Walmart | Reno, NV | 2015 - 2017\n"
        "Supply Sergeant (92Y), U.S. Army — Fort Bragg, NC\nAug 2011 – Oct 2014\n- Property book\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Warehouse Lead", "Amazon Fulfillment Center"),
        ("Stocker (part-time)", "Walmart"),
        ("Supply Sergeant (92Y)", "U.S. Army"),
    ]


def test_a_contractors_client_label_and_a_schools_year(vocab):
    text = (
        "EXPERIENCE\n"
        "Senior .NET Developer (Contract via TEKsystems)\nClient: Toyota North America, Plano, TX\nApr 2022 – Current\n"
        "- C# and Azure Functions\n\n"
        "EDUCATION\nB.S. Business Administration — Fayetteville State University (2018)\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location) for j in profile.jobs] == [
        ("Senior .NET Developer (Contract via TEKsystems)", "Toyota North America", "Plano, TX")
    ]
    assert [(e.institution, e.year) for e in profile.education] == [("Fayetteville State University", 2018)]


# -- promotions: roles listed under their employer's entry ------------------------------------------
def test_roles_under_an_employer_entry_carry_its_employer(vocab):
    text = (
        "PROFESSIONAL EXPERIENCE\n"
        "Northern Trust, Chicago, IL    2015 – Present\n"
        "Vice President, Risk Analytics (2021 – Present)\n- Lead a team building credit risk models in SAS\n"
        "Senior Analyst, Risk Analytics (2018 – 2021)\n- Stress-testing models in SAS and SQL\n"
        "Analyst (2015 – 2018)\n- Reporting in SQL\n\n"
        "Deloitte, Chicago, IL\nAudit Associate, Jun 2013 – Jun 2015\n- Audited financial statements\n"
    )
    profile = _profile(text, vocab)
    assert _jobs(profile) == [
        (None, "Northern Trust", 132),
        ("Vice President, Risk Analytics", "Northern Trust", 60),
        ("Senior Analyst, Risk Analytics", "Northern Trust", 36),
        ("Analyst", "Northern Trust", 36),
        ("Audit Associate", "Deloitte", 25),
    ]
    assert profile.total_months == 151  # Jun 2013 to Dec 2025: the employer's entry and its roles once
    assert profile.years_of("SQL") == 6.0 and profile.years_of("SAS") == 8.0


# -- a skills matrix: a table with a column of years -------------------------------------------------
def test_a_skills_table_with_a_years_column_states_years(vocab):
    text = (
        "# Sam Ortiz\n\n## Skills\n\n"
        "| Skill | Years | Level |\n|---|---|---|\n"
        "| Python | 6 | Expert |\n| Kubernetes | 4+ yrs | Advanced |\n| Terraform | 2 | Intermediate |\n\n"
        "| Tool | Level |\n|---|---|\n| Docker | 5 |\n\n"
        "## Experience\n\n### Platform Engineer — Dell Technologies\n*2022 — Ongoing*\n- Go services, Terraform\n"
    )
    profile = _profile(text, vocab)
    assert profile.years_of("Python") == 6.0
    assert profile.years_of("Kubernetes") == 4.0
    assert profile.years_of("Terraform") == 4.0  # the job's four years beat the stated two
    assert profile.years_of("Docker") == 0.0  # a column of levels, not years


def test_linkedin_education_school_above_dates_below(vocab):
    text = (
        LINKEDIN + "\nEducation\nUniversity of Washington\nBachelor of Science - BS, Computer Science\n2013 - 2017\n"
        "Stanford University\nMaster of Science - MS, Electrical Engineering and Computer Science · (2017 - 2019)\n"
    )
    profile = _profile(text, vocab)
    assert [(e.degree, e.field, e.institution, e.year) for e in profile.education] == [
        ("bachelor", "Computer Science", "University of Washington", 2017),
        ("master", "Electrical Engineering and Computer Science", "Stanford University", 2019),
    ]


def test_a_job_held_while_completing_a_masters_and_a_scribe(vocab):
    text = (
        "EXPERIENCE\n"
        "Clinical Research Coordinator — Emory Healthcare — Atlanta, GA\nJan. 2021 – Current\n- REDCap\n\n"
        "Research Assistant, Georgia Tech (while completing my MPH)\nAug 2018 – Dec 2020\n- Data cleaning in R\n\n"
        "Medical Scribe | ScribeAmerica | 06/2016 – 07/2018\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.internship, j.months) for j in profile.jobs] == [
        ("Clinical Research Coordinator", False, 60),
        ("Research Assistant", True, 29),
        ("Medical Scribe", False, 26),
    ]
    assert profile.total_months == 86


# -- employers in capitals inside the experience section; Europass dates with days -------------------
def test_employer_names_in_capitals_are_no_headings(vocab):
    text = (
        "JAMES O'CONNOR\nBoston, MA\n\n"
        "PROFESSIONAL SUMMARY\nMechanical engineer with 8 years in medical devices.\n\n"
        "PROFESSIONAL EXPERIENCE\n"
        "BOSTON SCIENTIFIC\nSenior Mechanical Engineer, Marlborough, MA | 2020 – Present\n- SolidWorks and FEA\n"
        "MEDTRONIC\nMechanical Engineer, Minneapolis, MN | 2017 – 2020\n- Tolerance analysis\n\n"
        "EDUCATION\nB.S. Mechanical Engineering, Northeastern University, 2017\n\n"
        "SKILLS\nSolidWorks, ANSYS, MATLAB\n\n"
        "VOLUNTEER WORK\nHabitat for Humanity, 2015 – 2016\n"
    )
    profile = _profile(text, vocab)
    assert [s.kind for s in profile.sections] == ["header", "summary", "experience", "education", "skills", "other"]
    assert [(j.title, j.employer, j.months) for j in profile.jobs] == [
        ("Senior Mechanical Engineer", "BOSTON SCIENTIFIC", 72),
        ("Mechanical Engineer", "MEDTRONIC", 36),
    ]


def test_europass_dates_with_days(vocab):
    text = (
        "WORK EXPERIENCE\n"
        "01/03/2019 – Present\nData Engineer, UniCredit, Milan\n- Spark pipelines on AWS\n"
        "15/09/2016 – 28/02/2019\nJunior Developer, Accenture, Rome\n- Java and SQL\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.period.start, j.months) for j in profile.jobs] == [
        ("Data Engineer", "UniCredit", (2019, 3), 82),
        ("Junior Developer", "Accenture", (2016, 9), 30),
    ]


def test_a_day_that_cannot_be_a_month_reads_month_first(vocab):
    from jobmatch.resume import find_period

    found = find_period("09/15/2016 - 02/28/2019", AS_OF)
    assert found is not None and (found.period.start, found.period.end) == ((2016, 9), (2019, 3))


def test_more_ways_to_write_present():
    from jobmatch.resume import find_period

    for text in (
        "Jan 2019 - till now",
        "Jan 2019 – to present",
        "2019 – up to now",
        "Jan 2019 - Continuing",
        "Jan 2019 – Pres.",
        "Jan 2019 – Now",
        "Jan 2019 – Current",
        "Jan 2019 – Ongoing",
    ):
        found = find_period(text, AS_OF)
        assert found is not None and found.period.present and found.period.start[0] == 2019, text


def test_a_place_on_a_line_of_its_own_is_not_the_employer(vocab):
    text = (
        "EXPERIENCE\n"
        "Software Engineer | Google\nLondon\nJan 2019 - Present\n- Go services\n\n"
        "Senior Engineer, Payments Team\nAcme Corp\n2015 - 2018\n- Java\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Software Engineer", "Google"),
        ("Senior Engineer, Payments Team", "Acme Corp"),
    ]


def test_a_place_in_brackets_after_the_employer(vocab):
    text = (
        "EXPERIENCE\n"
        "Lead Designer @ Loft (São Paulo, Brazil)\nMar 2018 – Dec 2020\n- Managed 4 designers\n"
        "Designer, Acme Corp (Remote)\n2016 - 2018\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location) for j in profile.jobs] == [
        ("Lead Designer", "Loft", "São Paulo, Brazil"),
        ("Designer", "Acme Corp", "Remote"),
    ]


# -- years stated before the skills: "8+ years of Python and SQL experience" ---------------------------
def test_years_stated_before_the_skills(vocab):
    def stated(line: str) -> dict[str, int]:
        profile = _profile(f"SUMMARY\n{line}\n\nEXPERIENCE\nEngineer, Acme\nJan 2025 - Present\n- Go\n", vocab)
        return {e.name: e.months for e in profile.experience if e.name in ("Python", "SQL", "AWS", "Tableau")}

    assert stated("Data engineer with 8+ years of Python and SQL experience.") == {"Python": 96, "SQL": 96}
    assert stated("6 years of experience with Python, AWS and Tableau") == {"Python": 72, "AWS": 72, "Tableau": 72}
    assert stated("Managed 3 years of AWS budgets") == {}  # the years of something else
    assert stated("Saved 5 years of Tableau reports") == {}


def test_a_research_assistant_at_ones_own_university_until_graduating_is_a_student(vocab):
    text = (
        "EXPERIENCE\n"
        "Machine Learning Engineer, Stripe, Seattle, WA\nJan 2024 - Present\n- PyTorch\n"
        "Graduate Research Assistant, University of Washington, Seattle, WA\nSep 2019 - Dec 2023\n- PyTorch models\n"
        "Research Assistant, Allen Institute for AI\nJan 2018 - Aug 2019\n- NLP\n\n"
        "EDUCATION\nPhD in Computer Science, University of Washington, 2023\n"
    )
    profile = _profile(text, vocab)
    assert [(j.employer, j.internship) for j in profile.jobs] == [
        ("Stripe", False),
        ("University of Washington", True),
        ("Allen Institute for AI", False),  # not where they studied: work
    ]


def test_the_structure_lists_the_coursework_mentions(vocab):
    from jobmatch.extract import extract_skills
    from jobmatch.resume import analyse

    lines = ["EXPERIENCE", "Sales Associate, Best Buy", "2018 - 2022", "- Relevant coursework: Kubernetes", "- SQL"]
    structure = analyse(lines, extract_skills(lines, vocab, resume=True), vocab, today=AS_OF)
    assert [m.skill.name for m in structure.coursework] == ["Kubernetes"]
    assert "Kubernetes" not in structure.jobs[0].skills and "SQL" in structure.jobs[0].skills


def test_an_irregular_past_form_is_still_read_by_typo_matching(vocab):
    # review: the ordinary-words guard of fuzzy matching had listed "troubleshot" as another word
    profile = _profile(
        "EXPERIENCE\nNetwork Technician, Acme, Jan 2020 - Present\n- Troubleshot network outages\n", vocab
    )
    assert profile.skill("troubleshooting") is not None


def test_a_section_in_capitals_after_experience_is_no_employer(vocab):
    # review: "CAMPUS INVOLVEMENT" over a dated entry was read as an employer, and the club as paid work
    text = (
        "EXPERIENCE\nSoftware Engineer | Acme Corp | Jan 2021 - Present\n- Built APIs in Go\n\n"
        "BOSTON SCIENTIFIC\nSenior Engineer | Mar 2012 - Dec 2015\n\n"
        "CAMPUS INVOLVEMENT\nPresident, Chess Club | 2016 - 2020\n"
    )
    profile = _profile(text, vocab)
    assert [s.heading for s in profile.sections if s.heading] == ["EXPERIENCE", "CAMPUS INVOLVEMENT"]
    assert profile.total_months == 60 + 46  # the two jobs, not the club


def test_work_on_an_online_course_product_is_work_not_coursework(vocab):
    text = (
        "EXPERIENCE\nSoftware Engineer | Acme Corp | Jan 2021 - Dec 2023\n"
        "- Built the online course marketplace in React and Node.js serving 2M learners\n"
        "- Took online courses in Kubernetes\n"
    )
    profile = _profile(text, vocab)
    assert profile.years_of("React") == 3.0
    assert not profile.years_of("Kubernetes")


def test_an_employer_named_like_a_section_stays_an_employer(vocab):
    # second review: "MICROSOFT RESEARCH", "UNITED STATES POSTAL SERVICE" over dated titles
    text = (
        "EXPERIENCE\nMICROSOFT RESEARCH\nSenior Research Engineer | 2019 - Present\n"
        "UNITED STATES POSTAL SERVICE\nSoftware Engineer | 2015 - 2019\n"
    )
    profile = _profile(text, vocab)
    assert [j.employer for j in profile.jobs] == ["MICROSOFT RESEARCH", "UNITED STATES POSTAL SERVICE"]


def test_a_degree_studied_beside_a_full_time_job_keeps_the_job(vocab):
    text = (
        "EXPERIENCE\nSenior Financial Analyst | Acme Corp | Jan 2014 - Jun 2020\n"
        "- Promoted twice while completing my MBA in the evening program\n"
        "CNA | Sunrise | 2010 - 2012\n- Assisted residents while in nursing school\n\n"
        "EDUCATION\nMBA, Finance, 2020\nBSN, 2012\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.internship) for j in profile.jobs] == [("Senior Financial Analyst", False), ("CNA", True)]


def test_a_level_after_a_comma_is_no_exam_level(vocab):
    profile = _profile("LICENSES\nRN, Level I Trauma Center\nCFA Level II Candidate\n", vocab)
    assert profile.skill("RN") is not None
    assert profile.skill("CFA") is None
