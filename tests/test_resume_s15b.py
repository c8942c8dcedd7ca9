"""Resume structure defects of s15b (a federal grade in a job's heading, a graduate certificate's level, a
heading ending in "Inc.", a firm with its division under a dated title, the language of a short resume), and
formats read for the first time: a federal resume, an academic CV, a Europass CV, a functional resume, skills
with ratings, a LinkedIn "Save to PDF" text."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import pytest

from jobmatch.loaders import load_document
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import find_degrees
from jobmatch.resume import _job_detail
from jobmatch.text import normalize_text

TODAY = date(2026, 11, 1)


def _profile(text: str, vocab, path: str = "r.txt"):
    return profile_resume(Document(path, normalize_text(text), "text"), vocab, today=TODAY)


def _jobs(text: str, vocab) -> list[tuple[str | None, str | None]]:
    return [(job.title, job.employer) for job in _profile(text, vocab).jobs]


# -- 1. a federal pay plan's grade is neither the title nor the employer -----------------------------


@pytest.mark.parametrize(
    "heading",
    [
        "Program Assistant, GS-0303-07, Department of Veterans Affairs",
        "Program Assistant (GS-0303-07), Department of Veterans Affairs",
        "Program Assistant, GS-7, Department of Veterans Affairs",
        "Program Assistant, Series/Grade: GS-0303-07, Department of Veterans Affairs",
    ],
)
def test_a_federal_grade_in_a_heading_is_no_employer(vocab, heading):
    text = f"EXPERIENCE\n{heading}\nMarch 2019 - Present\n- Scheduled meetings and kept records in Excel.\n"
    assert _jobs(text, vocab) == [("Program Assistant", "Department of Veterans Affairs")]


def test_a_name_that_only_looks_like_a_grade_stays(vocab):
    # a pay plan's letters with no grade's number after a dash or a space are some other name
    text = "EXPERIENCE\nData Analyst, GS1 US\nMarch 2019 - Present\n- Built reports in Excel.\n"
    assert _jobs(text, vocab) == [("Data Analyst", "GS1 US")]


# -- 2. a certificate or a postgraduate diploma is no degree's level --------------------------------


@pytest.mark.parametrize(
    ("line", "field", "school"),
    [
        (
            "Graduate Certificate in Data Analytics, Georgetown University, 2020",
            "Data Analytics",
            "Georgetown University",
        ),
        ("Post-Baccalaureate Certificate in Accounting, UCLA Extension, 2018", "Accounting", "UCLA Extension"),
        ("Graduate Diploma in Law, BPP University, 2016", "Law", "BPP University"),
        ("Postgraduate Diploma in Marketing, University of Auckland, 2019", "Marketing", "University of Auckland"),
    ],
)
def test_a_graduate_certificate_or_diploma_has_no_level(vocab, line, field, school):
    profile = _profile(f"Ana Ruiz\n\nEDUCATION\n{line}\n", vocab)
    [entry] = profile.education
    assert (entry.degree, entry.field, entry.institution, entry.year) == (None, field, school, int(line[-4:]))
    assert profile.highest_education is None


def test_a_graduate_diploma_asked_by_a_posting_still_asks_a_bachelors(vocab):
    # asking for one asks for the degree taken before it; holding one shows no level of its own
    assert find_degrees("Graduate Diploma in Law, BPP University, 2015") == {"bachelor"}
    profile = _profile("EDUCATION\nGraduate Diploma in Law, BPP University, 2015\n", vocab)
    assert [e.degree for e in profile.education] == [None]


@pytest.mark.parametrize(
    "line",
    ["Postgraduate Certificate in Education, University of Leeds, 2020", "PGCE Secondary Mathematics, Leeds, 2019"],
)
def test_a_teachers_pgce_keeps_the_level_it_is_read_at(vocab, line):
    assert [e.degree for e in _profile(f"EDUCATION\n{line}\n", vocab).education] == list(find_degrees(line))


def test_the_degrees_beside_a_certificate_keep_their_level(vocab):
    text = (
        "EDUCATION\n"
        "Graduate Certificate in Data Analytics, Georgetown University, 2020\n"
        "Master of Science in Data Science, Johns Hopkins University, 2022\n"
        "Bachelor of Arts in Economics, University of Maryland, 2012\n"
        "Diploma in Business Studies, Seneca College, 2008\n"
    )
    profile = _profile(text, vocab)
    assert [e.degree for e in profile.education] == [None, "master", "bachelor", "associate"]
    assert profile.highest_education is not None and profile.highest_education.degree == "master"


# -- 3. a title and its employer ending in "Inc." on one line, the dates below ------------------------


def test_a_heading_ending_in_inc_is_the_jobs_heading(vocab):
    text = (
        "EXPERIENCE\n"
        "Accounting Clerk, Midwest Foods Inc.\n"
        "June 2015 - February 2019\n"
        "- Reconciled accounts payable in QuickBooks.\n"
        "\n"
        "Bookkeeper, Harper & Sons Co.\n"
        "2012 - 2015\n"
        "- Posted journal entries.\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Accounting Clerk", "Midwest Foods Inc."),
        ("Bookkeeper", "Harper & Sons Co."),
    ]
    assert profile.jobs[0].line == 2  # the title's line is the job's: its skills are the job's own


def test_a_sentence_ending_in_a_stop_is_no_heading(vocab):
    # the line above the dates is the last job's sentence, not the next job's heading
    text = (
        "EXPERIENCE\n"
        "Office Manager, Lakeside Dental\n"
        "2019 - Present\n"
        "Managed billing for the practice.\n"
        "2015 - 2019\n"
        "Front desk, Lakeside Dental\n"
    )
    titles = [job.title for job in _profile(text, vocab).jobs]
    assert titles[0] == "Office Manager" and "Managed billing" not in str(titles)


# -- 4. a firm with its division on the row under a dated title -------------------------------------


def test_a_firm_and_its_division_under_a_dated_title(vocab):
    text = (
        "EXPERIENCE\n"
        "Financial Analyst    Jun 2015 - Present\n"
        "Goldman Sachs, Asset Management\n"
        "- Built valuation models in Excel.\n"
    )
    assert _jobs(text, vocab) == [("Financial Analyst", "Goldman Sachs, Asset Management")]


@pytest.mark.parametrize("row", ["Python, SQL", "Sales, Marketing"])
def test_a_list_under_a_dated_title_is_no_employer(vocab, row):
    text = f"EXPERIENCE\nFinancial Analyst    Jun 2015 - Present\n{row}\n- Built valuation models.\n"
    assert _jobs(text, vocab) == [("Financial Analyst", None)]


# -- 5. a short resume written in English ---------------------------------------------------------


def test_a_short_resume_in_english_shows_english(vocab):
    text = (
        "Dana Cole\n"
        "EXPERIENCE\n"
        "Cashier, Kroger, 2019 - 2023\n"
        "Handled cash and helped customers with returns and exchanges at the front of the store.\n"
    )
    english = _profile(text, vocab).skill("English")
    assert english is not None and [m.line for m in english.mentions] == [4]


@pytest.mark.parametrize(
    "text",
    [
        "Dana Cole\nSKILLS\nPython, Go, SQL, Docker, Kubernetes\n",  # a list: no prose to tell by
        "Dana Cole\nBERUFSERFAHRUNG\nKassiererin bei Kroger, 2019 - 2023\n"
        "Betreuung der Kunden an der Kasse und im Laden.\n",
    ],
)
def test_a_short_resume_without_english_prose_does_not_show_english(vocab, text):
    assert _profile(text, vocab).skill("English") is None


# -- a federal resume: the particulars between a job's heading and its duties ---------------------------

DATA = Path(__file__).parent / "data" / "resumes_s15b"


def _file(name: str, vocab):
    return profile_resume(load_document(str(DATA / name)), vocab, today=TODAY)


def test_a_federal_resume_reads_each_jobs_employer_title_and_dates(vocab):
    profile = _file("federal.txt", vocab)
    assert [(j.title, j.employer, j.location, j.period.start, j.period.end) for j in profile.jobs] == [
        (
            "Management and Program Analyst",
            "Department of Homeland Security, Federal Emergency Management Agency (FEMA)",
            "Washington, DC 20472",
            (2021, 5),
            (2026, 11),
        ),
        (
            "Program Analyst",
            "Department of Veterans Affairs, Veterans Benefits Administration",
            "Washington, DC 20421",
            (2017, 10),
            (2021, 5),
        ),
        ("Human Resources Specialist (42A)", "United States Army", "Fort Bragg, NC", (2011, 6), (2017, 10)),
    ]
    assert profile.total_months == 185
    # the next job's employer is no line of the job above it: "Veterans Benefits Administration" is no
    # compensation and benefits work at FEMA
    assert "compensation and benefits" not in profile.jobs[0].skills
    assert [(e.degree, e.field, e.year) for e in profile.education] == [
        ("master", "Public Administration", 2019),
        ("bachelor", "Business Administration", 2016),
    ]


def test_a_federal_jobs_particulars_show_no_skill(vocab):
    # "Supervisor: Robert Chen" names a person to call (its "Robert" reads as BERT), "Homeland Security" the employer
    profile = _file("federal.txt", vocab)
    assert profile.skill("BERT") is None and profile.skill("security") is None
    assert profile.skill("security clearance") is not None  # the header's "Security Clearance: Secret (active)"
    sql = next(e for e in profile.experience if e.name == "SQL")
    assert sql.months == 43 and sql.jobs == (25,)


def test_a_usajobs_resume_has_its_title_below_the_particulars(vocab):
    profile = _file("federal_usajobs.txt", vocab)
    assert [(j.title, j.employer, j.location, j.period.text) for j in profile.jobs] == [
        (
            "Medical Support Assistant",
            "Brooke Army Medical Center",
            "Fort Sam Houston, TX 78234 United States",
            "08/2019 - Present",
        ),
        ("Pharmacy Technician", "H-E-B Grocery", "San Antonio, TX United States", "03/2015 - 07/2019"),
    ]


@pytest.mark.parametrize(
    "line",
    [
        "Salesforce Administrator: Acme Corp",  # a title with its employer after a colon, no particular
        "Series 7 and 63 licensed",  # a broker's licences, no federal series
        "1200 patients served per month",  # a figure, no street address
    ],
)
def test_what_is_no_federal_particular(line):
    assert not _job_detail(line)


def test_a_title_right_below_the_dates_is_no_title_after_particulars(vocab):
    # the Europass order ("03/2019 - 05/2021" / "Staff Nurse" / "Copernicus Hospital") keeps reading as it did
    text = "WORK EXPERIENCE\n03/2019 - 05/2021\nStaff Nurse, Internal Medicine\nCopernicus Hospital, Gdansk (Poland)\n"
    [job] = _profile(text, vocab).jobs
    assert (job.title, job.employer) == ("Staff Nurse, Internal Medicine", "Copernicus Hospital")


def test_a_service_members_pay_grade_is_no_employer(vocab):
    text = "EXPERIENCE\nPlatoon Leader, O-2, United States Army\n06/2015 - 09/2019\n- Led 32 soldiers.\n"
    assert _jobs(text, vocab) == [("Platoon Leader", "United States Army")]


# -- an academic CV ---------------------------------------------------------------------------------


def test_an_academic_cv_reads_a_candidates_field_and_holds_no_phd(vocab):
    profile = _file("academic_cv.md", vocab)
    assert [(e.degree, e.field, e.institution, e.year) for e in profile.education] == [
        (None, "Ecology and Evolutionary Biology", "University of Michigan", 2027),
        ("master", "Biology", "University of Georgia", 2021),
        ("bachelor", "Environmental Science", "Rutgers University", 2018),
    ]
    assert profile.highest_education is not None and profile.highest_education.degree == "master"
    # a graduate research assistantship at one's own university is a student's job; the technician's is work
    assert [(j.title, j.internship) for j in profile.jobs] == [
        ("Graduate Research Assistant", True),
        ("Research Technician", False),
    ]
    assert profile.total_months == 14


@pytest.mark.parametrize(
    ("line", "field"),
    [
        ("Ph.D. Candidate, Computer Science, Stanford University, expected 2028", "Computer Science"),
        ("M.S. (in progress), Data Science, University of Virginia", "Data Science"),
        ("PhD Candidate in Machine Learning, Carnegie Mellon University", "Machine Learning"),
        # a student's status is not the field: the field is read as before
        ("B.A., Psychology, University of Oregon, 2019", "Psychology"),
    ],
)
def test_a_degrees_status_before_its_field(vocab, line, field):
    [entry] = _profile(f"EDUCATION\n{line}\n", vocab).education
    assert entry.field == field


# -- a Europass CV ------------------------------------------------------------------------------------


def test_a_europass_cv_reads_its_jobs_and_its_degrees_years(vocab):
    profile = _file("europass.txt", vocab)
    assert [(j.title, j.employer, j.location, j.period.start, j.period.end) for j in profile.jobs] == [
        ("Data Engineer", "Allegro sp. z o.o.", "Poznań (Poland)", (2022, 9), (2026, 11)),
        ("Business Intelligence Developer", "PKO Bank Polski S.A.", "Warszawa (Poland)", (2019, 9), (2022, 9)),
    ]
    # the dates above each degree are its own ("01/10/2014 – 30/06/2016" / "Master of Science ...")
    assert [(e.degree, e.field, e.year) for e in profile.education] == [
        ("master", "Computer Science", 2016),
        ("bachelor", "Automatic Control and Robotics", 2014),
    ]


def test_a_europass_grids_headings_and_sector_show_no_skill(vocab):
    profile = _file("europass.txt", vocab)
    # "Information processing Communication Content creation Safety Problem solving" heads the grid's columns;
    # "Business or sector Information and communication" is the employer's industry
    assert profile.skill("content marketing") is None and profile.skill("problem solving") is None
    communication = profile.skill("communication")
    assert communication is not None and "Business or sector" not in profile.lines[communication.mentions[0].line - 1]
    assert "communication" not in profile.jobs[0].skills
    assert {"English", "German", "Polish"} <= {s.skill.name for s in profile.skills}


def test_dates_below_a_degree_stay_that_degrees(vocab):
    # dates below each degree: the first degree's dates are no year of the second's
    text = "EDUCATION\nB.S. Biology, Rutgers University\n2014 - 2018\nM.S. Biology, University of Georgia\n"
    assert [e.year for e in _profile(text, vocab).education] == [2018, None]


def test_a_problem_solving_line_of_ones_own_is_kept(vocab):
    text = "SKILLS\nProblem solving, content creation for social media, SQL\n"
    assert _profile(text, vocab).skill("problem solving") is not None


# -- a functional resume: skills grouped with achievements, then a short employment history ----------


def test_a_functional_resume_reads_its_one_line_jobs(vocab):
    profile = _file("functional.txt", vocab)
    assert [(j.title, j.employer, j.location, j.period.text) for j in profile.jobs] == [
        ("Operations Supervisor", "Kroger Distribution Center", "Columbus, OH", "2019 - Present"),
        ("Inventory Control Specialist", "Target", "Columbus, OH", "2016 - 2019"),
        ("Sales Associate", "Best Buy", "Dublin, OH", "2014 - 2016"),
    ]
    # the achievements name no job: their skills are shown, with no job's years
    assert profile.skill("Tableau") is not None
    assert "Tableau" not in {e.name for e in profile.experience}
    # a certificate of an online course is no degree
    assert [(e.degree, e.field) for e in profile.education] == [("bachelor", "Communication")]


# -- skills with ratings or years -------------------------------------------------------------------


def test_skills_with_ratings_or_years(vocab):
    profile = _file("ratings.md", vocab)
    names = {s.skill.name for s in profile.skills}
    assert {"Python", "Go", "Rust", "SQL", "JavaScript", "Java", "Kubernetes", "Terraform", "C++"} <= names
    months = {e.name: e.months for e in profile.experience}
    assert months["Java"] == 60  # "Java 5y": more than the 44 months of the job that names it
    assert months["Kubernetes"] == 36  # "Kubernetes: 3 years", no job's
    assert "Terraform" not in months and "Go" not in months  # a rating is no years


@pytest.mark.parametrize(
    ("line", "months"),
    [
        ("Java 5y", 60),
        ("Scala 2 yrs, Rust", 24),
        ("Java 8 years ago I started coding", None),  # no years of Java
        ("Python 3", None),  # a version
    ],
)
def test_years_after_a_space_in_a_skills_list(vocab, line, months):
    profile = _profile(f"SKILLS\n{line}\n", vocab)
    first = profile.skills[0].skill.name
    assert {e.name: e.months for e in profile.experience}.get(first) == months


# -- a LinkedIn "Save to PDF" text --------------------------------------------------------------------


def test_a_linkedin_pdfs_jobs_and_schools(vocab):
    profile = _file("linkedin.txt", vocab)
    assert [(j.title, j.employer, j.period.start, j.period.end, j.internship) for j in profile.jobs] == [
        ("Senior Product Manager", "Spotify", (2023, 1), (2026, 11), False),
        # the row below "August 2021 - December 2022 (1 year 5 months)" is the job's place, no employer's
        ("Product Manager", "Spotify", (2021, 8), (2023, 1), False),
        ("Associate Product Manager", "Etsy", (2018, 6), (2021, 8), False),
        ("Product Management Intern", "Google", (2017, 6), (2017, 9), True),
    ]
    assert profile.total_months == 101
    # each school above its degree: the school below is the next entry's
    assert [(e.degree, e.field, e.institution, e.year) for e in profile.education] == [
        ("bachelor", "Computer Science", "New York University", 2018),
        ("high_school", None, "Stuyvesant High School", 2014),
    ]


def test_a_school_below_each_degree_stays_its_own(vocab):
    text = "EDUCATION\nB.S. Biology\nRutgers University, 2018\nM.S. Biology\nUniversity of Georgia, 2021\n"
    assert [e.institution for e in _profile(text, vocab).education] == ["Rutgers University", "University of Georgia"]


def test_a_two_row_heading_still_reads_the_employer_below(vocab):
    text = "EXPERIENCE\nSenior Data Scientist  Mar 2022 - Present\nZillow Group  Seattle, WA\n- Built models.\n"
    assert _jobs(text, vocab) == [("Senior Data Scientist", "Zillow Group")]


def test_a_federal_title_below_its_hours_leaves_its_grade_out(vocab):
    # "10/2019 - Present" / "Hours per week: 40" / "Supply Technician, GS-2005-07" / "Duties:"
    profile = profile_resume(
        load_document(str(Path(__file__).parent / "data" / "resumes_s14b" / "federal_resume.txt")), vocab, today=TODAY
    )
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Supply Technician", "Department of Veterans Affairs, Hampton VA Medical Center"),
        ("Logistics Specialist Second Class", "U.S. Navy, Naval Station Norfolk"),
    ]


def test_the_cli_reads_every_format_as_json_valid_against_the_schema(runner, schema_validator):
    from jobmatch.cli import app

    files = sorted(str(p) for p in DATA.iterdir())
    assert len(files) == 7
    result = runner.invoke(app, ["resume", *files, "-f", "json"])
    assert result.exit_code == 0, result.output
    out = json.loads(result.output)
    schema_validator.validate(out)
    assert len(out["documents"]) == 7 and not out["errors"]


def test_a_major_on_a_line_below_the_degree_is_its_field(vocab):
    [entry] = _file("federal_usajobs.txt", vocab).education
    assert (entry.degree, entry.field, entry.year) == ("bachelor", "Health Sciences", 2014)
    # the next degree's major is not this one's
    text = "EDUCATION\nB.A., Ohio State University, 2014\nM.S. Statistics, Purdue University, 2016\nMajor: Statistics\n"
    assert [e.field for e in _profile(text, vocab).education] == [None, "Statistics"]


def test_a_short_note_with_no_resume_heading_does_not_show_english(vocab):
    text = "Friendly Person Wanted\n\nWe are looking for someone nice to join us.\nYou will be kind and happy here.\n"
    assert _profile(text, vocab).skill("English") is None


# -- review of s15: a grade's or series' label, a service member's grade, years after a bare space --------


@pytest.mark.parametrize(
    ("heading", "detail", "skill"),
    [
        ("Teacher, Lincoln Elementary, 2015 - 2020", "Grade: 4th grade math and science with Google Classroom",
         "Google Classroom"),
        ("Financial Advisor, Edward Jones, 2015 - 2020", "Series: 7, 66 licensed; managed portfolios in Salesforce",
         "Salesforce"),
    ],
)
def test_a_grade_or_series_label_without_a_pay_plans_number_keeps_its_skills(vocab, heading, detail, skill):
    profile = _profile(f"EXPERIENCE\n{heading}\n{detail}\n", vocab)
    assert skill in profile.jobs[0].skills
    assert not _job_detail(detail)


@pytest.mark.parametrize("line", ["Series: 0343", "Grade: 11", "Grade: GS-11", "Series/Grade: GS-2210-12/13"])
def test_a_grade_or_series_with_a_pay_plans_number_is_a_particular(line):
    assert _job_detail(line)


@pytest.mark.parametrize(
    ("heading", "expected"),
    [
        ("Payroll Specialist, W-2 and 1099 processing", ("Payroll Specialist", "W-2 and 1099 processing")),
        ("Systems Administrator, Windows NT 4 Domain", ("Systems Administrator", "Windows NT 4 Domain")),
        # near misses: a grade still left out
        ("Platoon Leader, O-2, United States Army", ("Platoon Leader", "United States Army")),
        ("Program Analyst, GS 11, Department of Labor", ("Program Analyst", "Department of Labor")),
    ],
)
def test_a_grade_is_only_a_whole_unit(vocab, heading, expected):
    assert _jobs(f"EXPERIENCE\n{heading}\n06/2015 - 09/2019\n- Ran the team's reports.\n", vocab) == [expected]


def test_years_after_a_bare_space_end_their_item(vocab):
    text = "SKILLS\nLed the Kubernetes 2 year migration\nJava 5y, Scala 2 yrs\nPython (3 years)\n"
    months = {e.name: e.months for e in _profile(text, vocab).experience}
    assert months == {"Java": 60, "Scala": 24, "Python": 36}


@pytest.mark.parametrize(
    ("pattern", "text"),
    [("_LEGAL_FORM_END", "Acme{} sp. z o.o."), ("_DEGREE_STATUS", "Ph.D.{} candidate"),
     ("_FEDERAL_GRADE", "Program Analyst{}(GS-0343-11)"), ("_STATED_YEARS", "Java{}5y")],
)
def test_a_long_space_run_is_read_as_one(pattern, text):
    # (each starts only where a run of spaces starts: 30,000 spaces took 10 to 88 s, read from each of them)
    from jobmatch import resume

    found = getattr(resume, pattern).search(text.format(" " * 30000))
    assert found is not None and found.start() == text.index("{}")
