"""Resume reading, from the QA audit of resumes (qa/reports/resumes.md): time off work, date
forms, date-first layouts, experience headings and degrees as resumes write them."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document, Method
from jobmatch.posting import experience_field, find_degrees
from jobmatch.resume import (
    analyse,
    counted_jobs,
    field_jobs,
    find_period,
    heading_of,
    learning_mentions,
    months_of,
    title_skill,
)

AS_OF = date(2026, 1, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


# -- time off work is listed, not counted (defect 4) ---------------------------------------------
def test_career_breaks_count_for_no_years(vocab):
    text = (
        "EXPERIENCE\n"
        "Accountant, Acme Corp, Dallas, TX\nJan 2022 - Dec 2023\n- Month-end close in NetSuite.\n\n"
        "Career break - family caregiving\n2019 - 2021\n\n"
        "Parental leave\nJan 2018 - Dec 2018\n\n"
        "Sabbatical (travel)\nJan 2017 - Dec 2017\n\n"
        "Gap year - backpacking in South America\n2013 - 2014\n"
    )
    profile = _profile(text, vocab)
    assert [(j.months, j.internship) for j in profile.jobs] == [
        (24, False),
        (24, True),
        (12, True),
        (12, True),
        (12, True),
    ]
    assert profile.total_months == 24


def test_work_during_a_break_still_counts(vocab):
    text = "EXPERIENCE\nFreelance Consultant (during career break), Self-employed\nJan 2020 - Dec 2021\n"
    profile = _profile(text, vocab)
    assert [j.internship for j in profile.jobs] == [False]
    assert profile.total_months == 24


# -- date forms (defects 6 and 7) -----------------------------------------------------------------
@pytest.mark.parametrize(
    ("text", "start", "end", "months", "present"),
    [
        ("May 2021 -- Present", (2021, 5), (2026, 1), 56, True),  # "--": an en dash in Markdown, LaTeX
        ("Jul 2019 -- Apr 2021", (2019, 7), (2021, 5), 22, False),
        ("Jan - Dec 2019", (2019, 1), (2020, 1), 12, False),  # the README's example
        ("Jan–Dec 2019", (2019, 1), (2020, 1), 12, False),
        ("January-March 2020", (2020, 1), (2020, 4), 3, False),
        ("Nov - Feb 2020", (2019, 11), (2020, 3), 4, False),
        ("March 2019 - Till Date", (2019, 3), (2026, 1), 82, True),
        ("Jan 2019 - Till date", (2019, 1), (2026, 1), 84, True),
        ("2016-17", (2016, 1), (2017, 1), 12, False),
        ("2018 - 19", (2018, 1), (2019, 1), 12, False),
        ("1999-00", (1999, 1), (2000, 1), 12, False),
        ("5/16 - 12/18", (2016, 5), (2019, 1), 32, False),
        ("05/16 - Present", (2016, 5), (2026, 1), 116, True),
    ],
)
def test_more_date_forms(text, start, end, months, present):
    found = find_period(f"Software Engineer, Wipro, Pune | {text}", AS_OF)
    assert found is not None
    period = found.period
    assert (period.start, period.end, period.months, period.present, period.text) == (
        start,
        end,
        months,
        present,
        text,
    )


@pytest.mark.parametrize("line", ["Used 3/16 inch fittings", "2019-01", "Released 2019-05 of the tool"])
def test_not_short_date_forms(line):
    assert find_period(line, AS_OF) is None


def test_double_hyphen_jobs_and_separator(vocab):
    text = (
        "## Experience\n"
        "**Backend Engineer** -- Element AI -- Montréal\n*Feb 2020 -- Present*\n- Python services.\n"
        "**Software Developer** -- Ubisoft\n*Jun 2016 -- Jan 2020*\n- C++ tools.\n"
        "**Game Developer**, Ubisoft -- Montréal, QC\nJan 2014 -- May 2016\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location, j.months) for j in profile.jobs] == [
        ("Backend Engineer", "Element AI", "Montréal", 71),  # (a big city its own cell: the place)
        ("Software Developer", "Ubisoft", None, 44),
        ("Game Developer", "Ubisoft", "Montréal, QC", 29),
    ]


# -- dates first, then title, employer and place (defect 5) -----------------------------------------
def test_date_first_layout_keeps_long_headers(vocab):
    text = (
        "EXPERIENCE\n"
        "2021 – Present    Senior Software Engineer, Wayfair, Boston, MA\n"
        "                  Built Python microservices for the checkout platform on Google Cloud.\n"
        "2018 – 2021       Software Engineer II, HubSpot Inc., Cambridge, MA\n"
        "                  React and TypeScript front-end for the CRM; Java back-end services.\n"
        "2016 – 2018       Software Engineer, Kayak, Cambridge\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location, j.months) for j in profile.jobs] == [
        ("Senior Software Engineer", "Wayfair", "Boston, MA", 60),
        ("Software Engineer II", "HubSpot Inc.", "Cambridge, MA", 36),
        ("Software Engineer", "Kayak", None, 24),
    ]
    assert profile.total_months == 120


def test_a_sentence_after_leading_dates_is_not_a_job(vocab):
    text = (
        "EXPERIENCE\n"
        "Data Engineer | Acme | 2020 - Present\n"
        "2019 - 2021 the team moved every nightly batch job to Airflow and cut costs.\n"
    )
    profile = _profile(text, vocab)
    assert [j.title for j in profile.jobs] == ["Data Engineer"]


# -- experience headings (defect 11) ----------------------------------------------------------------
@pytest.mark.parametrize(
    "line",
    [
        "Relevant Work Experience",
        "Professional Background",
        "Experience Highlights",
        "Professional Experience & Leadership",
        "Experience (selected)",
        "Work",
        "Professional Experience (2015–Present)",
    ],
)
def test_more_experience_headings(line):
    heading = heading_of(line)
    assert heading is not None and (heading.kind, heading.known) == ("experience", True)


def test_jobs_under_relevant_work_experience(vocab):
    text = (
        "Pat Doe\nSenior Accountant | Dallas, TX\n\n"
        "Summary\nCPA with 9 years of experience in audit and financial reporting.\n\n"
        "Relevant Work Experience\n"
        "Senior Accountant, Acme Corp, Dallas, TX\nJan 2019 - Present\n- Month-end close in NetSuite.\n"
        "Staff Accountant, Beta LLC, Plano, TX\n2016 - 2018\n- Reconciliations in Excel.\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.months) for j in profile.jobs] == [("Senior Accountant", 84), ("Staff Accountant", 24)]


# -- degrees (defects 8, 9, 10) ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("BS Computer Science, University of Illinois, 2015", "bachelor", "Computer Science"),
        ("MS Electrical and Computer Engineering, UC San Diego, 2014", "master", "Electrical and Computer Engineering"),
        ("BA Economics, Cornell University, 2011", "bachelor", "Economics"),
        ("BA (Hons) Marketing, University of Leeds, 2016 (First Class)", "bachelor", "Marketing"),
        ("MA History, Yale University, 2012", "master", "History"),
        ("2012 – 2016       BS Computer Science, Northeastern University", "bachelor", "Computer Science"),
        ("M.B.A. in Finance, University of Chicago Booth School of Business, 2020", "master", "Finance"),
        ("M.B.A., University of Illinois Chicago, 2019", "master", None),
        ("M.A. in English, Temple University, 2010", "master", "English"),
        ("B.B.A. in Accounting, Loyola University Chicago, 2015", "bachelor", "Accounting"),
        ("A.S. in Business, Valencia College, 2014", "associate", "Business"),
        ("Doctor of Philosophy in Chemistry, University of Michigan, 2021", "phd", "Chemistry"),
        ("Ed.D., Educational Leadership, Columbia University, 2018", "phd", "Educational Leadership"),
        ("Doctor of Education (EdD), Vanderbilt University, 2017", "phd", "Education"),
        ("Juris Doctor, Harvard Law School, 2015", "phd", None),
        ("J.D., Georgetown University Law Center, 2012", "phd", None),
        ("PharmD, Purdue University, 2016", "phd", None),
    ],
)
def test_degrees_as_resumes_write_them(vocab, line, level, field):
    profile = _profile(f"Education\n{line}\n", vocab)
    assert [(e.degree, e.field) for e in profile.education] == [(level, field)]


@pytest.mark.parametrize(
    "line",
    [
        "MS Office, Excel, PowerPoint",  # not a master's, even in an education section
        "Proficient in MS Office and MS SQL Server",
        "Johns Hopkins University, Baltimore, MD",  # Maryland, not a doctor of medicine
        "Postdoctoral researcher, Broad Institute",
    ],
)
def test_not_degrees(vocab, line):
    assert find_degrees(line) == set()
    assert find_degrees(line, education=True) == set()


def test_posting_lines_keep_their_degrees():
    assert find_degrees("Experience with MS Office and BA tools") == set()  # bare letters need an education line
    assert find_degrees("BS/MS in Computer Science or related field") == {"bachelor", "master"}
    assert find_degrees("M.B.A. preferred") == {"master"}  # not the "B.A." inside it
    assert find_degrees("PhD or Doctor of Philosophy in Statistics") == {"phd"}


def test_a_degree_in_progress_is_listed_not_held(vocab):
    text = (
        "EDUCATION\n"
        "PhD Candidate in Machine Learning, Carnegie Mellon University (expected 2027)\n"
        "MS Computer Science, Carnegie Mellon University, 2023\n"
        "BS Computer Science, University of Jordan, 2021\n"
    )
    profile = _profile(text, vocab)
    assert [e.degree for e in profile.education] == [None, "master", "bachelor"]
    assert profile.degree == "master"
    line = "Ph.D. program in Computer Science (all but dissertation), UW, 2016–2019"
    abd = _profile(f"EDUCATION\n- {line}\n", vocab)
    assert abd.degree is None
    assert [e.text for e in abd.education] == [line]


def test_an_expected_degree_counts_once_its_date_is_past(vocab):
    # as of January 2026: "expected 2020" has passed, "Expected May 2026" has not
    past = _profile("EDUCATION\nB.S. Computer Science, NC State University, expected 2020\n", vocab)
    assert past.degree == "bachelor"
    coming = _profile("EDUCATION\nB.S. Computer Science, NC State University\nExpected May 2026\n", vocab)
    assert coming.degree is None


def test_dotted_associate_letters_only_in_an_education_line():
    assert find_degrees("A.S. soon as possible") == set()
    assert find_degrees("A.S. in Business, Valencia College", education=True) == {"associate"}


# -- jobs held as a student (defect 19) -------------------------------------------------------------
def test_a_job_while_in_school_is_not_counted(vocab):
    text = (
        "EXPERIENCE\n"
        "Registered Nurse — OhioHealth Riverside Methodist Hospital\n2012–Present\n- ICU nursing.\n"
        "Nursing Assistant (STNA) — Wexner Medical Center\n2009–2012 (while in nursing school)\n- Patient care.\n"
    )
    profile = _profile(text, vocab)
    assert [j.internship for j in profile.jobs] == [False, True]
    assert profile.total_months == 168  # 2012 .. Dec 2025


def test_a_teaching_assistant_at_their_own_university_until_graduation_is_not_counted(vocab):
    text = (
        "EDUCATION\n"
        "Bachelor of Science in Computer Science, San Jose State University, May 2025\n\n"
        "EXPERIENCE\n"
        "Teaching Assistant, Data Structures | San Jose State University\nAug 2023 - May 2025\n"
        "- Held weekly office hours for 40+ students.\n"
        "Teaching Assistant | Lincoln Elementary School\nSep 2018 - Jun 2020\n"  # a job, not their school
    )
    profile = _profile(text, vocab)
    assert [(j.employer, j.internship) for j in profile.jobs] == [
        ("San Jose State University", True),
        ("Lincoln Elementary School", False),
    ]
    assert profile.total_months == 22


# -- years the resume states (defect 13) -------------------------------------------------------------
def test_stated_years_are_a_floor(vocab):
    text = (
        "Skills\n"
        "- **Languages:** Python (5 yrs), Go, Java (8+ years, expert), TypeScript\n"
        "- SQL: 6 years\n\n"
        "Experience\n"
        "Backend Engineer, Acme\nJan 2024 - Present\n- Built services in Python and Go.\n"
    )
    profile = _profile(text, vocab)
    assert profile.total_months == 24
    assert profile.years_of("Python") == 5.0  # stated 5, the job 2: the larger
    assert profile.years_of("Go") == 2.0  # no years stated: the job's
    assert profile.years_of("Java") == 8.0
    assert profile.years_of("SQL") == 6.0
    assert profile.years_of("TypeScript") == 0.0


def test_years_elsewhere_on_the_line_are_not_stated_years(vocab):
    text = (
        "Summary\nPython developer for 9 years; led teams of 5 years running.\n\n"
        "Experience\nBackend Engineer, Acme\nJan 2024 - Present\n- Python (2019) services.\n"
    )
    profile = _profile(text, vocab)
    assert profile.years_of("Python") == 2.0


# -- a job title is evidence of its own work (defect 12) ----------------------------------------------
R14 = (
    "Daniel Kim\nSenior Product Manager\nNew York, NY | dkim.pm@example.com\n\n"
    "EXPERIENCE\n\n"
    "Senior Product Manager, Acorn Bank, New York, NY (2020 – Present)\n"
    "- Own the mobile onboarding funnel; increased account opening conversion by 23%.\n\n"
    "Product Manager, Etsy, Brooklyn, NY (2017 – 2020)\n"
    "- Launched seller analytics dashboard; worked closely with data science.\n\n"
    "Associate Product Manager, Etsy (2015 – 2017)\n\n"
    "Business Analyst, Deloitte Consulting (2013 – 2015)\n"
)


def test_a_title_gives_its_work_with_the_jobs_years(vocab):
    profile = _profile(R14, vocab)
    assert profile.years_of("product management") == 11.0  # 2015 .. Dec 2025, three PM titles
    assert profile.years_of("business analysis") == 2.0  # as before, through the vocabulary's alias
    mech = _profile(
        "EXPERIENCE\nSenior Mechanical Engineer | Cummins Inc. | Columbus, IN | 2018 - Present\n- Designed pumps.\n"
        "Mechanical Engineer | Allison Transmission | Indianapolis, IN | 2015 - 2018\n",
        vocab,
    )
    assert mech.years_of("mechanical engineering") == 11.0


def test_title_mentions_cite_the_title_on_its_line(vocab):
    lines = R14.splitlines()
    structure = analyse(lines, [], vocab, today=AS_OF)
    found = [(m.skill.name, m.line, m.surface, m.method) for m in structure.title_mentions]
    assert found == [
        ("product management", 7, "Product Manager", Method.ALIAS),
        ("product management", 10, "Product Manager", Method.ALIAS),
        ("product management", 13, "Product Manager", Method.ALIAS),
        ("business analysis", 15, "Business Analyst", Method.ALIAS),
    ]
    for m in structure.title_mentions:
        assert lines[m.line - 1][m.start : m.end] == m.surface


@pytest.mark.parametrize(
    ("title", "skill"),
    [
        ("Senior Product Manager", "product management"),
        ("Product Manager II", "product management"),
        ("Senior Staff Technical Product Manager", "product management"),
        ("Project Manager (contract)", "project management"),
        ("Mechanical Engineer", "mechanical engineering"),
        ("Data Scientist", "data science"),
        ("Data Analyst", "data analysis"),
        ("UX Designer", "UX design"),
        ("Web Developer", "web development"),
        ("Java Developer", None),  # Java is a mention of its own; "Java development" is no skill
        ("Phoenix Developer", None),
        ("Senior Software Engineer", None),
        ("General Manager", None),
        ("HR Generalist", None),
        ("Legal Secretary", None),
    ],
)
def test_title_skill(vocab, title, skill):
    found = title_skill(title, vocab)
    assert (found[0] if found else None) == skill


def test_a_city_beside_the_title_is_still_no_skill(vocab):
    text = "EXPERIENCE\nSenior Java Developer | Phoenix, AZ | 2018 - Present\n- Spring Boot services.\n"
    profile = _profile(text, vocab)
    assert "Phoenix" not in {s.skill.name for s in profile.skills}
    assert [j.skills for j in profile.jobs][0].count("Phoenix") == 0


# -- the field of a degree (defect 21) ------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "level", "field"),
    [
        ("PhD, Statistics — Boston University, 2019", "phd", "Statistics"),
        ("MSc Applied Mathematics — Moscow State University, 2014", "master", "Applied Mathematics"),
        ("M.Ed., Secondary Education, Temple University, 2014", "master", "Secondary Education"),
        ("BA, Communication — University of Colorado Boulder, 2016", "bachelor", "Communication"),
        ("BSc (Hons) Economics, London School of Economics, 2015", "bachelor", "Economics"),
        ("M.S. Human-Computer Interaction, DePaul University, 2017", "master", "Human-Computer Interaction"),
        ("Honours Bachelor of Science, Computer Science, University of Toronto, 2018", "bachelor", "Computer Science"),
        ("B.S., Computer Science, MIT, 2015", "bachelor", "Computer Science"),  # a discipline, no school word
        # the next item is no field: a school without a school word, a year
        ("M.B.A., Wharton, 2019", "master", None),
        ("Master of Science, Stanford, 2019", "master", None),
        ("PhD, Carnegie Mellon University, 2020", "phd", None),
    ],
)
def test_degree_fields_after_a_comma_or_dash(vocab, line, level, field):
    profile = _profile(f"Education\n{line}\n", vocab)
    assert [(e.degree, e.field) for e in profile.education] == [(level, field)]


# -- title and employer artefacts (defect 20) ------------------------------------------------------------
def _jobs(text, vocab):
    return [(j.title, j.employer, j.location, j.months) for j in _profile(text, vocab).jobs]


def test_no_empty_brackets_where_dates_were(vocab):
    text = (
        "EXPERIENCE\n"
        "Associate Product Manager, Etsy (2015 – 2017)\n\n"
        "### Senior iOS Engineer, Lyft (Jul 2020 – Present)\n- Swift.\n"
        "Qualcomm — Senior Embedded Software Engineer (Nov 2018 – Present)\n  - Firmware in C.\n"
    )
    assert _jobs(text, vocab) == [
        ("Associate Product Manager", "Etsy", None, 24),
        ("Senior iOS Engineer", "Lyft", None, 66),
        ("Senior Embedded Software Engineer", "Qualcomm", None, 86),
    ]


def test_a_note_in_brackets_is_no_employer(vocab):
    text = (
        "Experience\nStripe\nStaff Engineer\nJanuary 2021 - Present (5 years 1 month)\nSan Francisco Bay Area\n"
        "Built the service mesh on Kubernetes and Envoy.\n\n"
        "Senior Software Engineer\nMarch 2018 - December 2020 (2 years 10 months)\nGo services for payouts.\n\n"
        "### Independent Consultant\n*Jun 2020 – Dec 2021* (part-time, overlapping)\n- Built data pipelines.\n"
    )
    assert _jobs(text, vocab) == [
        ("Staff Engineer", "Stripe", None, 60),
        ("Senior Software Engineer", "Stripe", None, 34),  # a role of the group under Stripe
        ("Independent Consultant", None, None, 19),
    ]


def test_hr_generalist_is_a_title(vocab):
    text = "EXPERIENCE\nHR Generalist | Carnival Cruise Line | Miami, FL | Apr 2019 - Present\n- Onboarding.\n"
    assert _jobs(text, vocab) == [("HR Generalist", "Carnival Cruise Line", "Miami, FL", 81)]


def test_remote_after_the_place(vocab):
    text = "## Experience\n**Frontend Engineer**, Shopify — Toronto, ON (Remote)\nApr 2022 – Present\n- React.\n"
    assert _jobs(text, vocab) == [("Frontend Engineer", "Shopify", "Toronto, ON (Remote)", 45)]


def test_dates_above_the_title(vocab):
    text = (
        "Hannah Schmidt\nUX Researcher | Chicago, IL | hannah@example.com\n\n"
        "EXPERIENCE\n\n"
        "Jan 2021 – Present\nSenior UX Researcher, Morningstar, Chicago, IL\n"
        "Led usability testing and user interviews for the investor app\nBuilt a research repository in Dovetail\n\n"
        "Jun 2017 – Dec 2020\nUX Researcher, Groupon, Chicago, IL\nRan surveys in Qualtrics and diary studies\n"
    )
    assert _jobs(text, vocab) == [
        ("Senior UX Researcher", "Morningstar", "Chicago, IL", 60),
        ("UX Researcher", "Groupon", "Chicago, IL", 43),
    ]


def test_dates_below_the_title_without_blank_lines(vocab):
    # each date line is followed by the next job's title: the titles are above their dates
    text = (
        "EXPERIENCE\n"
        "Senior Engineer, Acme\n2019 - 2021\n"
        "Lead Developer, Foo Corp\n2017 - 2019\n"
    )
    assert _jobs(text, vocab) == [("Senior Engineer", "Acme", None, 24), ("Lead Developer", "Foo Corp", None, 24)]


# -- skills being learned are not held (defect 22) -----------------------------------------------------
def test_skills_being_learned_are_no_job_skills(vocab):
    text = (
        "EXPERIENCE\nJava Developer, Sky Betting & Gaming, Leeds\nJan 2024 - Present\n"
        "- Spring Boot REST services and MySQL; unit tests with JUnit.\n"
        "- Built Java services while learning Kubernetes\n\n"
        "SKILLS\nJava, Spring Boot, MySQL, JUnit, Git\nCurrently learning: Kubernetes, Rust\n"
        "Interested in Terraform (3 years of reading about it)\n"
        "Currently studying for the AWS Certified Solutions Architect exam\n"
    )
    lines = text.splitlines()
    profile = _profile(text, vocab)
    assert "Kubernetes" not in profile.jobs[0].skills
    assert {"Java", "Spring Boot", "MySQL"} <= set(profile.jobs[0].skills)
    assert profile.years_of("Kubernetes") == 0.0
    assert profile.years_of("Terraform") == 0.0  # no stated years either
    structure = analyse(lines, extract_skills(lines, vocab, resume=True), vocab, today=AS_OF)
    assert [(m.skill.name, m.line) for m in structure.learning] == [
        ("Kubernetes", 5),
        ("Kubernetes", 9),
        ("Rust", 9),
        ("Terraform", 10),
        ("AWS certification", 11),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Machine learning: TensorFlow, PyTorch",
        "Deep learning with PyTorch",
        "Learning management systems: Moodle, Canvas",
        "- Python services; currently learning Rust. Shipped Docker images.",
        "- Studying customer churn with Python and SQL",  # "studying" a subject with a tool is using it
    ],
)
def test_learning_as_a_skill_word_is_no_cue(vocab, line):
    found = extract_skills([line], vocab, resume=True)
    assert found
    assert [m.surface for m in learning_mentions([line], found)] == []


# -- years in the field a posting names (defect 18) --------------------------------------------------------
R09 = (
    "TOMASZ NOWAK\nJunior Full-Stack Developer\n\n"
    "EXPERIENCE\nFreelance Web Developer\nSep 2023 - Present\n"
    "- Built websites for four local restaurants with React and Netlify.\n\n"
    "General Manager, The Blue Door Bistro, Chicago, IL\n2016 - 2023\n"
    "- Managed a team of 25 staff, scheduling, inventory and a $2.1M annual budget.\n\n"
    "Assistant Manager, Giordano's, Chicago, IL\n2014 - 2016\n"
)


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("- 5+ years of professional software engineering experience", "software engineering"),
        ("3+ years of nursing experience", "nursing"),
        ("2-4 years of accounting experience", "accounting"),
        ("5+ years of experience", None),
        ("7+ years of relevant work experience", None),
        ("3+ years of working experience", None),
    ],
)
def test_experience_field(line, field):
    assert experience_field(line) == field


def test_field_jobs_leave_out_another_career(vocab):
    profile = _profile(R09, vocab)
    assert profile.total_months == 136  # every career: Sep 2023 .. Dec 2025 and 2014 .. 2023
    counted = ["Freelance Web Developer", "General Manager", "Assistant Manager"]
    assert [j.title for j in counted_jobs(profile.jobs)] == counted
    software = field_jobs(profile.jobs, "software engineering", vocab)
    assert [j.title for j in software] == ["Freelance Web Developer"]
    assert months_of(j.period for j in software) == 28


def test_field_jobs_by_title_and_by_skills(vocab):
    text = (
        "EXPERIENCE\n"
        "Senior Mechanical Engineer, Cummins Inc., Columbus, IN\n2018 - Present\n- SolidWorks and Ansys.\n"
        "Software Engineer, Acme\n2015 - 2018\n- Java services.\n"
        "Consultant, Beta LLC\n2013 - 2015\n- Built Python and Django applications on PostgreSQL.\n"
        "Staff Nurse, Mercy Hospital\n2011 - 2013\n"
        "Senior Product Manager, Acorn Bank\n2009 - 2011\n"
        "Engineering Manager, Gamma\n2007 - 2009\n"
    )
    jobs = _profile(text, vocab).jobs
    assert [j.title for j in field_jobs(jobs, "software engineering", vocab)] == [
        "Software Engineer",
        "Consultant",  # no software title, but its lines name the trade's tools
    ]  # not "Engineering Manager": of which engineering, neither its title nor its lines say
    assert [j.title for j in field_jobs(jobs, "nursing", vocab)] == ["Staff Nurse"]
    assert [j.title for j in field_jobs(jobs, "product management", vocab)] == ["Senior Product Manager"]
    assert [j.title for j in field_jobs(jobs, "mechanical engineering", vocab)] == ["Senior Mechanical Engineer"]


def test_a_title_below_its_dates_is_cited_on_its_line(vocab):
    text = "EXPERIENCE\n\nJan 2021 – Present\nSenior Product Manager, Acme, Chicago, IL\n- Roadmaps.\n"
    lines = text.splitlines()
    structure = analyse(lines, [], vocab, today=AS_OF)
    assert [(m.skill.name, m.line, m.surface) for m in structure.title_mentions] == [
        ("product management", 4, "Product Manager")
    ]
    assert structure.experience[0].name == "product management"
    assert structure.experience[0].months == 60


def test_no_second_mention_where_the_vocabulary_reads_the_title(vocab):
    lines = R14.splitlines()
    structure = analyse(lines, extract_skills(lines, vocab, resume=True), vocab, today=AS_OF)
    assert [(m.skill.name, m.line) for m in structure.title_mentions] == [
        ("product management", 7),
        ("product management", 10),
        ("product management", 13),
    ]  # "Business Analyst" on line 15 is the vocabulary's own alias of business analysis


def test_the_profile_drops_skills_being_learned_and_takes_titles_as_evidence(vocab):
    """profile_resume uses what the structure found: "Currently learning: Kubernetes, Rust" met
    Kubernetes and Rust requirements as exact; a Product Manager's titles showed no product
    management (QA resumes #22, #12)."""
    text = (
        "Dana Ruiz\n\nEXPERIENCE\nSenior Product Manager, Acorn Bank, Jan 2018 - Dec 2023\n"
        "- Led the roadmap for mobile payments\nProduct Manager, Fig Ltd, Jan 2015 - Dec 2017\n"
        "- Ran discovery interviews\n\nSKILLS\nJava, SQL\nCurrently learning: Kubernetes, Rust\n"
    )
    profile = profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=date(2024, 6, 1))
    names = {s.skill.name for s in profile.skills}
    assert {"Java", "SQL", "product management"} <= names
    assert not names & {"Kubernetes", "Rust"}
    evidence = profile.skill("product management")
    assert evidence is not None and evidence.mentions[0].line == 4
    years = {e.name: e.months for e in profile.experience}
    assert years.get("product management", 0) >= 12 * 8


def test_overall_years_in_a_field_count_the_jobs_in_that_field(vocab):
    """A former restaurant manager "met" 5+ years of professional software engineering with 11 years,
    9 of them managing restaurants (QA resumes #18): the check counts the software jobs and names
    the field; the score's experience check still counts every professional year."""
    from jobmatch import api
    from jobmatch.match import check_years
    from jobmatch.posting import parse_posting

    posting = parse_posting(Document(path="p.txt", kind="text", text=(
        "Software Engineer\n\nRequirements\n- 5+ years of professional software engineering experience\n"
        "- Python and PostgreSQL\n"
    )), vocab)
    assert (posting.min_years, posting.min_years_field) == (5, "software engineering")
    changer = _profile(
        "Sam Ortiz\n\nEXPERIENCE\nFreelance Web Developer, Self-employed, Sep 2023 - Present\n"
        "- Built client sites in Python, Django and PostgreSQL\n"
        "General Manager, Olive Garden, Jan 2015 - Aug 2023\n- Ran a 60-seat restaurant\n", vocab)
    (overall,) = [c for c in check_years(posting, changer, vocab=vocab) if c.kind == "overall"]
    assert (overall.field, overall.jobs, overall.met) == ("software engineering", (4,), False)
    assert overall.actual == round(28 / 12, 1)  # Sep 2023 - Dec 2025 (as of Jan 2026)
    assert overall.describe() == "short: 2.3 of 5 years in software engineering"
    result = api.score(changer, posting, vocab)
    assert [c.field for c in result.checks if c.kind == "overall"] == ["software engineering"]
    # the score's experience check weighs the years in the field, as the check counts them (s7y)
    assert {p.name: p for p in result.parts}["experience"].value == round(2.3 / 5, 4)


def test_overall_years_without_a_field_or_without_jobs_in_it_count_all_years(vocab):
    from jobmatch.match import check_years
    from jobmatch.posting import parse_posting

    resume = _profile("EXPERIENCE\nRegistered Nurse, Mercy Hospital, Jan 2016 - Dec 2023\n- Patient care\n", vocab)
    plain = parse_posting(Document(path="p.txt", kind="text", text="RN\n\nRequirements\n- 5+ years of experience\n"),
                          vocab)
    assert plain.min_years_field is None
    (overall,) = check_years(plain, resume, vocab=vocab)
    assert (overall.actual, overall.field, overall.jobs) == (8.0, None, ())
    # a field none of the jobs is in: the total, not "short" because a title was missed
    field = parse_posting(Document(path="p.txt", kind="text", text=(
        "Engineer\n\nRequirements\n- 5+ years of professional software engineering experience\n")), vocab)
    (overall,) = check_years(field, resume, vocab=vocab)
    assert (overall.actual, overall.field, overall.met) == (8.0, None, True)


@pytest.mark.parametrize(
    "line",
    [
        "- 5+ years of experience, including 2+ years of people management experience",
        "- 10 years of experience in IT, with 3 years of Java development experience",
    ],
)
def test_the_field_is_that_of_the_figure_that_sets_the_minimum(line, vocab):
    """Review: the first "N years of X experience" on the line gave its field to a larger overall
    figure (5 years checked against 2 years of people management)."""
    from jobmatch.posting import parse_posting

    posting = parse_posting(Document(path="p.txt", kind="text", text=f"Engineer\n\nRequirements\n{line}\n"), vocab)
    assert posting.min_years in (5, 10) and posting.min_years_field is None


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("- Advised enterprise clients interested in migrating to AWS", "AWS"),
        ("- Built onboarding and learning programs in Articulate Storyline and Workday", "Workday"),
    ],
)
def test_learning_cues_in_the_middle_of_a_sentence_do_not_drop_skills(line, skill, vocab):
    """Review: "clients interested in migrating to AWS" and "onboarding and learning programs in
    Workday" dropped AWS and Workday from the resume."""
    profile = _profile(f"EXPERIENCE\nConsultant, Acme, Jan 2019 - Dec 2023\n{line}\n", vocab)
    assert profile.skill(skill) is not None


def test_learning_cues_at_a_clause_start_still_hold(vocab):
    profile = _profile("SKILLS\nPython, SQL\nInterested in: Rust\n- Currently learning Kubernetes\n", vocab)
    names = {s.skill.name for s in profile.skills}
    assert "Python" in names and not names & {"Rust", "Kubernetes"}
