"""Resumes beyond software (session 8c): a teacher's clubs, an auditor's title, a British placement
year, section headings of the trades, tab-separated rows of an Indian resume."""

from __future__ import annotations

from datetime import date

from jobmatch.match import profile_resume
from jobmatch.models import Document

AS_OF = date(2026, 11, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


def _jobs(profile):
    return [(j.title, j.employer, j.months) for j in profile.jobs]


# -- an activity beside the job: the skill is shown, with none of the job's years -------------------
def test_a_club_coached_beside_teaching_shows_its_skill_without_the_jobs_years(vocab):
    text = (
        "TEACHING EXPERIENCE\n"
        "Mathematics Teacher, Westlake High School, Austin, TX\n"
        "August 2018 - Present\n"
        "- Teach Algebra II, Pre-Calculus and AP Statistics to 150 students per year\n"
        "- Coached the robotics club (Python) to the state finals in 2023\n"
        "- Use Google Classroom and Desmos for blended learning\n"
        "Mathematics Teacher, Round Rock ISD, Round Rock, TX\n"
        "August 2016 - June 2018\n"
        "- Taught Algebra I and Geometry; sponsored the coding club (JavaScript)\n"
    )
    profile = _profile(text, vocab)
    for name, line in (("Python", 5), ("JavaScript", 9)):
        skill = profile.skill(name)
        assert skill is not None, name  # shown, with its line as evidence
        assert [m.line for m in skill.mentions] == [line], name
        assert profile.years_of(name) == 0.0, name  # but the job's years are not its years
    assert profile.years_of("Google Classroom") == 8.2  # the job's own work keeps them
    assert profile.years_of("algebra") == 10.2  # (the clause before the club's, on the same line)


def test_work_for_a_club_is_work(vocab):
    text = (
        "EXPERIENCE\n"
        "IT Coordinator, Boys & Girls Club of Austin, Austin, TX\n"
        "2019 - 2023\n"
        "- Administered the club's Windows laptops\n"
        "- Led a Python course for club members\n"
    )
    profile = _profile(text, vocab)
    assert profile.years_of("Python") == 4.0


# -- titles of other trades ---------------------------------------------------------------------------
def test_an_accounting_firms_senior_is_a_title(vocab):
    text = (
        "EXPERIENCE\n"
        "Senior Accountant | State Street Corporation | Boston, MA | 03/2020 - Present\n"
        "- Lead month-end close for three business units\n"
        "Audit Senior | Deloitte | Boston, MA | 09/2015 - 02/2020\n"
        "- Tested internal controls under SOX\n"
        "Tax Senior, Ernst & Young, New York, NY\n"
        "2013 - 2015\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Senior Accountant", "State Street Corporation"),
        ("Audit Senior", "Deloitte"),
        ("Tax Senior", "Ernst & Young"),
    ]


def test_a_british_placement_year_counts_no_professional_years(vocab):
    text = (
        "Employment History\n"
        "Graduate Civil Engineer, Arup, Manchester                 Sept 2019 - present\n"
        "- Designed drainage for a 4 km A-road improvement\n"
        "Site Engineer (placement year), Balfour Beatty, Leeds        June 2017 - Aug 2018\n"
        "- Setting out with a total station\n"
        "Analyst - year in industry, Unilever, London        2016 - 2017\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.internship) for j in profile.jobs] == [
        ("Graduate Civil Engineer", False),
        ("Site Engineer (placement year)", True),
        ("Analyst", True),
    ]
    assert profile.total_months == 86


# -- section headings of the trades -------------------------------------------------------------------
def test_a_trades_experience_heading_is_an_experience_section(vocab):
    text = (
        "Mike Johnson\n"
        "Class A CDL Driver\n\n"
        "PROFESSIONAL EXPERIENCE\n"
        "Dispatcher - Werner Enterprises, Omaha, NE      03/2023 - Present\n"
        "  Planned loads for 40 drivers\n\n"
        "DRIVING EXPERIENCE\n"
        "OTR Driver - Werner Enterprises, Omaha, NE      03/2019 - 02/2023\n"
        "  Dry van and reefer loads across 48 states\n"
        "Regional Driver - Schneider National, Dallas, TX      06/2015 - 02/2019\n\n"
        "DATA PROJECTS\n"
        "Route cost dashboard (Excel), 2024\n"
    )
    profile = _profile(text, vocab)
    kinds = [(s.heading, s.kind) for s in profile.sections]
    assert ("DRIVING EXPERIENCE", "experience") in kinds
    assert ("DATA PROJECTS", "projects") in kinds
    assert [j.title for j in profile.jobs] == ["Dispatcher", "OTR Driver", "Regional Driver"]
    assert profile.total_months == 137


def test_leadership_and_project_experience_are_not_work_sections(vocab):
    from jobmatch.resume import heading_of

    for text in ("LEADERSHIP EXPERIENCE", "Project Experience", "Campus Leadership Experience", "Years of Experience"):
        heading = heading_of(text)
        assert heading is None or heading.kind != "experience", text
    for text in ("Sales Experience", "Retail Management Experience", "Customer Service Experience"):
        heading = heading_of(text)
        assert heading is not None and heading.kind == "experience", text


def test_an_acronym_in_capitals_in_a_certifications_list_is_an_item_not_a_heading(vocab):
    text = (
        "Maria Gonzalez, RN\n\n"
        "LICENSES & CERTIFICATIONS\n"
        "Registered Nurse, Illinois License #041-123456\n"
        "BLS, ACLS, PALS - American Heart Association, current\n"
        "TNCC\n"
        "CCRN\n\n"
        "PROFESSIONAL EXPERIENCE\n"
        "Staff Nurse, Medical-Surgical ICU\n"
        "Northwestern Memorial Hospital, Chicago, IL\n"
        "June 2019 - Present\n"
        "- Titrate vasoactive drips\n\n"
        "EDUCATION\n"
        "Bachelor of Science in Nursing (BSN), Loyola University Chicago, 2016\n"
    )
    profile = _profile(text, vocab)
    assert [(s.heading, s.kind) for s in profile.sections] == [
        (None, "header"),
        ("LICENSES & CERTIFICATIONS", "certifications"),
        ("PROFESSIONAL EXPERIENCE", "experience"),
        ("EDUCATION", "education"),
    ]
    ccrn = profile.skill("CCRN")
    assert ccrn is not None and ccrn.mentions[0].line == 7


# -- an Indian resume's tab-separated rows, read with their tabs as spaces ------------------------------
def test_tab_separated_job_rows_with_a_legal_form_split_employer_and_title(vocab):
    text = (
        "RAHUL SHARMA\n"
        "Pune, Maharashtra | +91 98765 43210\n\n"
        "WORK EXPERIENCE\n"
        "Infosys Ltd\tSenior Software Engineer\tJul 2019 - Present\n"
        "- Developed REST APIs in Java 11 and Spring Boot for a banking client\n"
        "Wipro Technologies\tData Engineer\tAug 2016 - Jun 2019\n"
        "- Built PySpark pipelines on Azure Databricks\n"
        "Mindtree Pvt. Ltd.\tModule Lead\tJan 2014 - Jul 2016\n"
        "Emerging Technologies Lead\tJan 2012 - Dec 2013\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Senior Software Engineer", "Infosys Ltd"),
        ("Data Engineer", "Wipro Technologies"),
        ("Module Lead", "Mindtree Pvt. Ltd."),
        ("Emerging Technologies Lead", None),  # (a title: no legal form before it)
    ]


def test_tab_separated_education_rows_give_the_institution_and_the_bracketed_field(vocab):
    text = (
        "EDUCATION\n"
        "MCA\tUniversity of Pune\t2016\t72%\n"
        "B.Sc. (Computer Science)\tFergusson College, Pune\t2013\t68%\n"
        "B.Tech (Electronics and Communication)\tVIT Vellore\t2018\tCGPA 8.4\n"
        "BSc (Hons) Computer Science, University of Leeds, 2019\n"
    )
    profile = _profile(text, vocab)
    assert [(e.degree, e.field, e.institution, e.year) for e in profile.education] == [
        ("master", None, "University of Pune", 2016),
        ("bachelor", "Computer Science", "Fergusson College", 2013),
        ("bachelor", "Electronics and Communication", "VIT Vellore", 2018),
        ("bachelor", "Computer Science", "University of Leeds", 2019),
    ]


def test_a_degree_under_another_dated_entry_does_not_take_its_school(vocab):
    text = (
        "EDUCATION\n"
        "CDL Training Program, Texas Truck Driving School, 2015\n"
        "GED, 2010\n\n"
        "EDUCATION\n"
        "University of Michigan\n"
        "Bachelor of Science, Mechanical Engineering\n"
        "2006 - 2010\n"
    )
    profile = _profile(text, vocab)
    assert [(e.degree, e.institution, e.year) for e in profile.education] == [
        ("high_school", None, 2010),
        ("bachelor", "University of Michigan", 2010),  # (LinkedIn's: the school, the degree, its dates)
    ]


def test_a_licensure_heading_and_certifications_one_per_line(vocab):
    text = (
        "Grace Okafor, BSN, RN\n\n"
        "LICENSURE\n"
        "RN - Texas Board of Nursing, #123456, exp. 2027\n\n"
        "CERTIFICATIONS\n"
        "NIHSS\n"
        "BLS\n"
        "ACLS\n"
        "TNCC\n\n"
        "EXPERIENCE\n"
        "06/2021 - Present | Registered Nurse, Emergency Department | Memorial Hermann Hospital, Houston, TX\n"
    )
    profile = _profile(text, vocab)
    assert [(s.heading, s.kind) for s in profile.sections] == [
        (None, "header"),
        ("LICENSURE", "certifications"),
        ("CERTIFICATIONS", "certifications"),
        ("EXPERIENCE", "experience"),
    ]


# -- dates in a form's or a table's cells -------------------------------------------------------------
def test_a_work_history_tables_from_and_to_cells_and_a_forms_labels_are_a_jobs_dates(vocab):
    text = (
        "WORK HISTORY\n"
        "Company | Position | From | To\n"
        "Home Depot | Sales Associate | 07/2019 | Present\n"
        "Kroger | Cashier | 01/2017 | 06/2019\n\n"
        "EXPERIENCE\n"
        "Store Manager\n"
        "Target Corporation, Atlanta, GA\n"
        "From: Jan 2014 To: Dec 2016\n"
        "- Managed a team of 45 and a $20M budget\n"
        "Assistant Manager, Walgreens - From: Jan 2011 To: Dec 2013\n"
    )
    profile = _profile(text, vocab)
    assert _jobs(profile) == [
        ("Sales Associate", "Home Depot", 88),
        ("Cashier", "Kroger", 30),
        ("Store Manager", "Target Corporation", 36),
        ("Assistant Manager", "Walgreens", 36),  # (the label is no employer)
    ]


def test_a_venue_before_its_state_is_the_employer_and_uc_campuses_are_institutions(vocab):
    text = (
        "EXPERIENCE\n"
        "2016 - 2020       Line Cook, The Peninsula Hotel, Chicago, IL\n"
        "Summer 2015       Prep Cook (seasonal), Lake Geneva Resort, WI\n\n"
        "EDUCATION\n"
        "B.S. Biology, UC San Diego, 2014\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location) for j in profile.jobs] == [
        ("Line Cook", "The Peninsula Hotel", "Chicago, IL"),
        ("Prep Cook (seasonal)", "Lake Geneva Resort", "WI"),
    ]
    assert [e.institution for e in profile.education] == ["UC San Diego"]


# -- school-leaving qualifications as other countries name them ----------------------------------------
def test_gcses_a_levels_btec_and_hsc_are_a_high_school_level(vocab):
    text = (
        "EDUCATION\n"
        "MEng Civil Engineering (2:1), University of Leeds, 2014 - 2019\n"
        "A-levels: Mathematics (A*), Physics (A) - Manchester Grammar School, 2014\n"
        "GCSEs: 10 at A*-B including Maths and English\n"
    )
    profile = _profile(text, vocab)
    assert [(e.degree, e.institution) for e in profile.education] == [
        ("master", "University of Leeds"),
        ("high_school", "Manchester Grammar School"),
        ("high_school", None),  # (not the school of the line above: that line is an entry of its own)
    ]
    only_school = (
        "EDUCATION\n"
        "GCSEs (9) including English and Maths, Handsworth Academy, 2017\n"
        "BTEC Level 2 Business, Birmingham Metropolitan College, 2018\n"
        "HSC\tMaharashtra State Board\t2010\t81%\n"
    )
    profile = _profile(only_school, vocab)
    assert [(e.degree, e.year) for e in profile.education] == [
        ("high_school", 2017),
        ("high_school", 2018),
        ("high_school", 2010),
    ]
    assert profile.highest_education is not None and profile.highest_education.degree == "high_school"


def test_an_australian_place_without_its_comma_is_the_location(vocab):
    text = (
        "WORK HISTORY\n"
        "Maintenance Electrician - BHP Mitsubishi Alliance, Moranbah QLD\n"
        "Feb 2021 - current (FIFO 7/7)\n"
        "- Fault finding on 11kV HV switchgear\n"
        "Electrician - Sparkies Pty Ltd, Brisbane QLD 4000\n"
        "Jan 2017 - Jan 2021\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.location) for j in profile.jobs] == [
        ("Maintenance Electrician", "BHP Mitsubishi Alliance", "Moranbah QLD"),
        ("Electrician", "Sparkies Pty Ltd", "Brisbane QLD 4000"),
    ]


def test_time_off_work_is_the_entrys_title_not_an_employer(vocab):
    text = (
        "EMPLOYMENT\n"
        "Teacher of Mathematics, Oakwood Academy, Leeds                 Sept 2019 - present\n"
        "Career break (travelling in South America)                      Aug 2017 - Aug 2018\n"
        "Parental leave - Jan 2016 - Dec 2016\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer, j.internship) for j in profile.jobs] == [
        ("Teacher of Mathematics", "Oakwood Academy", False),
        ("Career break (travelling in South America)", None, True),
        ("Parental leave", None, True),
    ]


def test_tab_separated_rows_of_indias_service_companies_and_a_team_leader(vocab):
    text = (
        "WORK EXPERIENCE\n"
        "Tata Consultancy Services\tSystems Engineer\tAug 2016 - Jun 2019\n"
        "Cognizant Technology Solutions\tProgrammer Analyst\tJul 2014 - Jul 2016\n"
        "Senior Customer Services Team Leader, Tesco, Leeds\tJan 2010 - Jun 2014\n"
        "Guest Services Agent, Hilton, Leeds\t2008 - 2009\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Systems Engineer", "Tata Consultancy Services"),
        ("Programmer Analyst", "Cognizant Technology Solutions"),
        ("Senior Customer Services Team Leader", "Tesco"),  # (a rank before: a title)
        ("Guest Services Agent", "Hilton"),
    ]


def test_british_shop_floor_titles(vocab):
    text = (
        "EMPLOYMENT HISTORY\n"
        "Warehouse Operative, DHL Supply Chain, Birmingham       March 2020 - present\n"
        "- Picking and packing with RF scanners\n"
        "Kitchen Porter, Hilton, Birmingham       Sept 2018 - Feb 2020\n"
        "Team Member, Tesco, Birmingham       Sept 2017 - Aug 2018\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Warehouse Operative", "DHL Supply Chain"),
        ("Kitchen Porter", "Hilton"),
        ("Team Member", "Tesco"),
    ]


def test_titles_of_the_trades_and_health_professions(vocab):
    text = (
        "EXPERIENCE\n"
        "Sonographer, Mayo Clinic, Rochester, MN      2019 - Present\n"
        "Millwright, Ford Motor Company, Dearborn, MI      2015 - 2019\n"
        "Phlebotomist, Quest Diagnostics, Detroit, MI      2013 - 2015\n"
        "Superintendent, Turner Construction, Detroit, MI      2011 - 2013\n"
        "Dental Hygienists Supervisor, Bright Smiles Dental, Decatur, GA      2009 - 2011\n"
    )
    profile = _profile(text, vocab)
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Sonographer", "Mayo Clinic"),
        ("Millwright", "Ford Motor Company"),
        ("Phlebotomist", "Quest Diagnostics"),
        ("Superintendent", "Turner Construction"),
        ("Dental Hygienists Supervisor", "Bright Smiles Dental"),  # (a plural title word)
    ]


def test_title_words_are_whole_words_with_a_plural_and_phrases():
    from jobmatch.titles import TITLE_WORDS as _TITLE_WORDS

    for text in ("Senior Engineer", "engineers", "Front Desk", "Audit Senior", "Co-Founder", "RN,", "Team Members"):
        assert _TITLE_WORDS.search(text), text
    for text in ("Engineering", "Engineer2", "Acme Corp", "Senior", "Baker Hughes", "Farmers Insurance"):
        assert not _TITLE_WORDS.search(text), text


def test_an_organisation_named_society_is_no_activity(vocab):
    """"Society" in an organisation's name, with the work going on after it, is the job's work."""
    profile = _profile(
        "EXPERIENCE\n"
        "Senior Software Engineer, Acme Health, Boston, MA\n"
        "Jan 2017 - Dec 2024\n"
        "- Led the American Cancer Society donor platform migration to AWS and Terraform\n"
        "- Ran the after-school program (Scratch) for employees' children\n",
        vocab,
    )
    assert profile.years_of("AWS") == 8.0 and profile.years_of("Terraform") == 8.0
