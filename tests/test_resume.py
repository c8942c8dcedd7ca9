"""Resume structure (jobmatch.resume): sections, dated jobs, total years, years per skill,
education; the years checks of a match; and what `jobmatch resume` shows of them."""

from __future__ import annotations

import json
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from jobmatch import api
from jobmatch.cli import app
from jobmatch.loaders import load_document
from jobmatch.match import check_years, profile_resume
from jobmatch.models import Document, Tier, YearsCheck
from jobmatch.posting import parse_posting
from jobmatch.render.common import rewording_text
from jobmatch.report import rewordings_of
from jobmatch.resume import analyse, find_period, heading_of, months_of
from tests.conftest import POSTINGS, RESUMES

AS_OF = date(2026, 1, 1)  # "Present" in the fixtures: the fixture PDFs are dated 2026-01-01


@pytest.fixture(scope="module")
def profiles(vocab):
    return {
        name: profile_resume(load_document(str(RESUMES / f"{name}.txt")), vocab, today=AS_OF)
        for name in ("strong_backend", "partial_frontend", "unrelated_nurse")
    }


def _profile(text: str, vocab, kind: str = "text"):
    return profile_resume(Document(path="r.txt", text=text, kind=kind), vocab, today=AS_OF)


def run(runner, *args):
    return runner.invoke(app, [str(a) for a in args])


# -- total years, counted by hand ---------------------------------------------------------------
def test_total_years_strong_backend(profiles):
    # Ledgerly     Jan 2023 - Present  -> Jan 2023 .. Dec 2025       36 months
    # Streamhaus   03/2020 - 12/2022   -> Mar 2020 .. Dec 2022       34 months
    # Brightwire   Aug 2018 - Feb 2020 -> Aug 2018 .. Feb 2020       19 months
    # Intern       Summer 2017         -> an internship: not counted  (3 months)
    # no gaps, no overlaps: 36 + 34 + 19 = 89 months = 7.4 years
    profile = profiles["strong_backend"]
    assert profile.total_months == 89
    assert profile.total_years == 7.4


def test_total_years_partial_frontend(profiles):
    # Parcelnest   May 2024 - Present  -> May 2024 .. Dec 2025       20 months
    # Brightloop   03/2022 - 04/2024   -> Mar 2022 .. Apr 2024       26 months
    # Lonestar     Summer 2021 intern  -> not counted                 (3 months)
    # 20 + 26 = 46 months = 3.8 years (the summary's "4+ years" counts the internship)
    profile = profiles["partial_frontend"]
    assert profile.total_months == 46
    assert profile.total_years == 3.8


def test_total_years_unrelated_nurse(profiles):
    # Charge Nurse Jan 2020 - Present  -> Jan 2020 .. Dec 2025       72 months
    # Staff Nurse  2017-2020           -> 2020 - 2017 = 3 years      36 months
    # STNA         June 2015 - Dec 2016 -> Jun 2015 .. Dec 2016      19 months
    # the free-clinic "2019 - Present" is under Volunteer: not a job
    # 72 + 36 + 19 = 127 months = 10.6 years
    profile = profiles["unrelated_nurse"]
    assert profile.total_months == 127
    assert profile.total_years == 10.6


def test_present_means_the_as_of_date(vocab):
    text = (RESUMES / "strong_backend.txt").read_text(encoding="utf-8")
    later = profile_resume(Document("r.txt", text, "text"), vocab, today=date(2027, 1, 15))
    assert later.total_months == 89 + 12


# -- jobs ---------------------------------------------------------------------------------------
def test_jobs_of_strong_backend(profiles):
    jobs = profiles["strong_backend"].jobs
    assert [(j.title, j.employer, j.location, j.period.text, j.months, j.internship) for j in jobs] == [
        ("Senior Backend Engineer", "Ledgerly Inc. (fintech payments)", "Seattle, WA", "Jan 2023 - Present", 36, False),
        ("Backend Engineer", "Streamhaus (video streaming)", "Remote", "03/2020 - 12/2022", 34, False),
        ("Software Engineer", "Brightwire Logistics", "Portland, OR", "Aug 2018 - Feb 2020", 19, False),
        ("Software Engineering Intern", "Brightwire Logistics", "Portland, OR", "Summer 2017", 3, True),
    ]
    assert [(j.line, j.end_line) for j in jobs] == [(23, 35), (37, 46), (48, 52), (54, 56)]
    assert jobs[0].period.present and not jobs[1].period.present


def test_jobs_with_title_and_employer_on_two_lines(profiles):
    nurse = profiles["unrelated_nurse"].jobs
    assert [(j.title, j.employer) for j in nurse] == [
        ("Charge Nurse, Emergency Department", "Riverside Regional Medical Center"),
        ("Staff Nurse, Medical-Surgical Unit", "St. Anne's Hospital"),
        ("State Tested Nursing Assistant (STNA)", "Maple Grove Senior Living"),
    ]
    frontend = profiles["partial_frontend"].jobs
    assert [(j.title, j.employer, j.internship) for j in frontend] == [
        ("Frontend Engineer", "Parcelnest (e-commerce logistics SaaS)", False),
        ("Junior Frontend Developer", "Brightloop Media", False),
        ("Web Development Intern", "Lonestar Civic Labs", True),
    ]


@pytest.mark.parametrize(
    ("text", "start", "end", "months", "present"),
    [
        ("Jan 2019 - Present", (2019, 1), (2026, 1), 84, True),
        ("2017-2020", (2017, 1), (2020, 1), 36, False),
        ("03/2018 - 06/2021", (2018, 3), (2021, 7), 40, False),
        ("Summer 2022", (2022, 6), (2022, 9), 3, False),
        ("January 2019 to March 2021", (2019, 1), (2021, 4), 27, False),
        ("2019-01 - 2021-03", (2019, 1), (2021, 4), 27, False),
        ("Sept. 2015 – Aug. 2016", (2015, 9), (2016, 9), 12, False),
        ("Jan '19 - Dec '20", (2019, 1), (2021, 1), 24, False),
        ("Since 2020", (2020, 1), (2026, 1), 72, True),
        ("2021 - Current", (2021, 1), (2026, 1), 60, True),
        ("Fall 2024", (2024, 9), (2024, 12), 3, False),
        ("May 2025 - May 2025", (2025, 5), (2025, 6), 1, False),
        ("2019 - 2019", (2019, 1), (2020, 1), 12, False),
    ],
)
def test_date_ranges(text, start, end, months, present):
    found = find_period(f"Engineer, Acme | {text}", AS_OF)
    assert found is not None
    period = found.period
    assert (period.start, period.end, period.months, period.present) == (start, end, months, present)


@pytest.mark.parametrize(
    "line",
    [
        "Call (206) 555-0147",
        "2030 - 2032",  # the future: not a job held
        "Dec 2021 - Jan 2020",  # reversed: a typo, not a job
        "B.S. 4.0 GPA",
    ],
)
def test_not_date_ranges(line):
    assert find_period(line, AS_OF) is None


def test_years_in_a_sentence_are_not_a_job(vocab):
    text = (
        "EXPERIENCE\n"
        "Data Engineer | Acme | 2020 - Present\n"
        "- Led the migration from 2019 to 2021, cutting costs by building pipelines in Python\n"
        "Migrated our warehouse between 2016 - 2018 with a team of four engineers in Scala.\n"
    )
    profile = _profile(text, vocab)
    assert [j.title for j in profile.jobs] == ["Data Engineer"]


def test_overlapping_jobs_count_once_and_gaps_not_at_all(vocab):
    text = (
        "Experience\n"
        "Backend Engineer, Acme\nJan 2020 - Dec 2021\n- Built services in Python and Go.\n"
        "Consultant, Beta\nJun 2021 - Jun 2022\n- Wrote Python tooling.\n"  # overlaps Acme by 7 months
        "Engineer, Gamma\n2024 - Present\n- Ran Kubernetes clusters.\n"  # after a gap of 2022-06..2024-01
    )
    profile = _profile(text, vocab)
    assert [j.months for j in profile.jobs] == [24, 13, 24]
    # Jan 2020 .. Jun 2022 = 30 months (not 24 + 13), then Jan 2024 .. Dec 2025 = 24 months
    assert profile.total_months == 54
    assert profile.years_of("Python") == 2.5  # 30 months, the overlap once
    assert profile.years_of("Go") == 2.0
    assert profile.years_of("Kubernetes") == 2.0


def test_months_of_merges_touching_and_nested_spans():
    from jobmatch.models import Period

    spans = [
        Period("a", (2020, 1), (2021, 1)),
        Period("b", (2021, 1), (2021, 7)),  # touching
        Period("c", (2020, 3), (2020, 5)),  # inside a
    ]
    assert months_of(spans) == 18


# -- years per skill ----------------------------------------------------------------------------
def test_years_per_skill(profiles):
    profile = profiles["strong_backend"]
    # Python is named in the Ledgerly and Brightwire bullets; Streamhaus used Django (Python)
    assert profile.years_of("Python") == 7.4
    python = profile.skill_experience("Python")
    assert python is not None and python.jobs == (23, 37, 48) and not python.implied
    assert profile.years_of("Go") == 5.8  # Ledgerly (36) + Streamhaus "Golang" (34) = 70 months
    assert profile.years_of("Terraform") == 3.0  # Ledgerly only
    assert profile.years_of("Flask") == 1.6  # Brightwire (19 months); the internship is not counted


def test_a_skill_only_listed_gets_no_years(profiles):
    profile = profiles["strong_backend"]
    assert profile.skill("Bash") is not None  # listed under TECHNICAL SKILLS
    assert profile.skill_experience("Bash") is None
    assert profile.years_of("Bash") == 0.0
    assert profile.years_of("pytest") == 0.0  # only in the internship


def test_years_are_unknown_without_dated_jobs(vocab):
    profile = _profile("Jane Doe\nSkills\nPython, Go, Docker\n", vocab)
    assert profile.jobs == ()
    assert profile.total_years is None and profile.years_of("Python") is None


# -- sections and education ---------------------------------------------------------------------
def test_sections(profiles):
    kinds = [(s.heading, s.kind, s.line) for s in profiles["unrelated_nurse"].sections]
    assert kinds == [
        (None, "header", 1),
        ("Professional Summary", "summary", 4),
        ("Core Competencies", "skills", 9),
        ("Clinical Experience", "experience", 14),
        ("Education", "education", 42),
        ("Licenses & Certifications", "certifications", 46),
        ("Volunteer", "other", 53),
    ]
    strong = [s.kind for s in profiles["strong_backend"].sections]
    assert strong == ["header", "summary", "skills", "experience", "projects", "education", "certifications"]


@pytest.mark.parametrize(
    ("line", "kind"),
    [
        ("## Work History", "experience"),
        ("**Technical Skills:**", "skills"),
        ("PROJECTS", "projects"),
        ("Certifications & Licenses", "certifications"),
        ("Volunteer Experience", "other"),
        ("About Me", "summary"),
        ("AWARDS AND HONORS", "other"),
    ],
)
def test_heading_kinds(line, kind):
    heading = heading_of(line)
    assert heading is not None and heading.kind == kind


@pytest.mark.parametrize("line", ["- Experience with Python", "Python, Go, SQL", "Led the experience team."])
def test_not_headings(line):
    assert heading_of(line) is None


def test_education(profiles):
    found = {name: p.highest_education for name, p in profiles.items()}
    assert {name: (e.degree, e.field, e.institution, e.year) for name, e in found.items() if e} == {
        "strong_backend": ("bachelor", "Computer Science", "University of Washington", 2018),
        "partial_frontend": ("bachelor", "Communication Design", "Texas State University", 2021),
        "unrelated_nurse": ("bachelor", "Nursing", "Wright State University", 2017),
    }
    assert profiles["strong_backend"].degree == "bachelor"


def test_highest_degree(vocab):
    text = (
        "Education\n"
        "M.S. in Data Science, Stanford University, 2020\n"
        "Bachelor of Engineering in Mechanical Engineering, Purdue University, 2016\n"
    )
    profile = _profile(text, vocab)
    assert [e.degree for e in profile.education] == ["master", "bachelor"]
    assert (profile.degree, profile.highest_education.field) == ("master", "Data Science")
    assert profile.education[1].field == "Mechanical Engineering"


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("B.Tech in Computer Science Engineering, IIT Bombay, 2018", "bachelor"),
        ("B.E. (Electronics), Anna University, 2015", "bachelor"),
        ("BSN, University of Michigan, 2019", "bachelor"),
        ("M.Tech, Data Science, BITS Pilani, 2021", "master"),
        ("ADN, Valencia College, 2016", "associate"),
        ("High School Diploma, Lincoln High School, 2012", "high_school"),
        ("GED, 2014", "high_school"),
    ],
)
def test_degree_abbreviations_and_high_school(vocab, line, level):
    profile = _profile(f"Education\n{line}\n", vocab)
    assert profile.degree == level


def test_markdown_resume(vocab):
    text = (
        "# Ada Lovelace\n\n## Experience\n\n### Staff Engineer — Analytical Engines Ltd\n"
        "*London, UK · Jan 2021 - Present*\n\n- Built compilers in Rust.\n\n"
        "## Education\n\n**PhD in Mathematics**, University of London, 2019\n"
    )
    profile = _profile(text, vocab, kind="markdown")
    assert [(s.heading, s.kind) for s in profile.sections] == [
        (None, "header"),  # "# Ada Lovelace": the name
        ("Experience", "experience"),
        ("Education", "education"),
    ]
    (job,) = profile.jobs
    assert (job.title, job.employer, job.months) == ("Staff Engineer", "Analytical Engines Ltd", 60)
    assert profile.years_of("Rust") == 5.0
    assert (profile.degree, profile.highest_education.field) == ("phd", "Mathematics")


@settings(database=None, max_examples=200, deadline=None)
@given(st.lists(st.text(alphabet="ab 19202-/|,.:JanPresntSumr\n•#*", max_size=30), max_size=12))
def test_analyse_never_fails(vocab, lines):
    structure = analyse(lines, [], vocab, today=AS_OF)
    assert all(j.months >= 1 for j in structure.jobs)
    assert structure.total_months is None or structure.total_months >= 0


# -- years checks -------------------------------------------------------------------------------
POSTING = """Backend Engineer

Requirements
- 6+ years of professional software engineering experience
- 5+ years of Python
- 8+ years of Go
- 2+ years of Terraform
- Experience with Kubernetes

Nice to have
- 3+ years of Rust
"""


def test_years_checks(profiles, vocab):
    posting = parse_posting(Document("p.txt", POSTING, "text"), vocab)
    checks = check_years(posting, profiles["strong_backend"])
    assert [(c.subject, c.kind, c.required, c.actual, c.met) for c in checks] == [
        ("experience", "overall", 6, 7.4, True),
        ("Python", "skill", 5, 7.4, True),
        ("Go", "skill", 8, 5.8, False),
        ("Terraform", "skill", 2, 3.0, True),
        ("Rust", "skill", 3, 0.0, False),
    ]
    assert [c.tier for c in checks] == [None, Tier.REQUIRED, Tier.REQUIRED, Tier.REQUIRED, Tier.PREFERRED]
    assert checks[2].describe() == "short: 5.8 of 8 years"
    assert checks[1].describe() == "met: 7.4 of 5 years"


def test_years_check_short_by_half_a_year(vocab):
    resume = "Experience\nPython Developer, Acme\nJul 2022 - Present\n- Django and Python APIs.\n"
    posting = parse_posting(Document("p.txt", "Requirements\n- 5+ years of Python\n", "text"), vocab)
    (overall, python) = check_years(posting, _profile(resume, vocab))
    assert python.describe() == "short: 3.5 of 5 years"  # Jul 2022 .. Dec 2025: 42 months
    assert overall == YearsCheck("experience", 5, 3.5, False, kind="overall")


def test_years_checks_without_a_timeline_are_unknown(vocab):
    posting = parse_posting(Document("p.txt", "Requirements\n- 5+ years of Python\n", "text"), vocab)
    checks = check_years(posting, _profile("Skills: Python\n", vocab))
    assert all(c.actual is None and not c.met for c in checks)
    assert checks[0].describe() == "unknown: no dated jobs (5 years asked)"


def test_match_results_carry_the_checks(schema_validator):
    report = api.match(str(RESUMES / "strong_backend.txt"), [str(POSTINGS)])
    asking = [r for r in report.results if r.posting.min_years is not None]
    assert asking and all(r.checks and r.checks[0].kind == "overall" for r in asking)
    from jobmatch.render import jsondoc
    from jobmatch.report import build_report

    doc = jsondoc.report_doc(build_report(str(RESUMES / "strong_backend.txt"), report.resume, report.results))
    schema_validator.validate(doc)
    checks = [c for r in doc["results"] for c in r.get("checks", [])]
    keys = {"subject", "kind", "tier", "line", "required", "actual", "met", "field", "jobs"}
    assert checks and keys == set(checks[0])


# -- the command --------------------------------------------------------------------------------
def test_resume_command_table(runner):
    result = run(runner, "resume", RESUMES / "strong_backend.txt", "--as-of", "2026-01")
    assert result.exit_code == 0, result.output
    out = result.stdout
    assert "Experience: 7.4 years" in out and "as of 2026-01" in out
    assert "Education: bachelor, Computer Science, University of Washington (2018)" in out
    for text in ("Jan 2023 - Present", "03/2020 - 12/2022", "Summer 2017", "Ledgerly Inc.", "not counted"):
        assert text in out
    assert "Sections" in out and "experience" in out


def test_resume_command_json(runner, schema_validator):
    result = run(runner, "resume", RESUMES / "unrelated_nurse.txt", "-f", "json", "--as-of", "2026-01-15")
    assert result.exit_code == 0
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    resume = doc["documents"][0]
    assert (resume["as_of"], resume["total_years"], resume["total_months"]) == ("2026-01", 10.6, 127)
    assert resume["degree"] == {"level": "bachelor", "field": "Nursing"}
    first = resume["jobs"][0]
    assert {k: first[k] for k in ("title", "dates", "start", "end", "present", "months", "line")} == {
        "title": "Charge Nurse, Emergency Department",
        "dates": "Jan 2020 - Present",
        "start": "2020-01",
        "end": "2025-12",
        "present": True,
        "months": 72,
        "line": 16,
    }
    assert [s["kind"] for s in resume["sections"]][:4] == ["header", "summary", "skills", "experience"]
    skills = {s["name"]: s for s in resume["skills"]}
    assert skills["triage"]["years"] == 6.0 and skills["triage"]["jobs"] == [16]
    lines = run(runner, "resume", RESUMES / "unrelated_nurse.txt", "-f", "ndjson", "--as-of", "2026-01")
    for line in lines.stdout.splitlines():
        schema_validator.validate(json.loads(line))


def test_resume_command_bad_as_of(runner):
    result = run(runner, "resume", RESUMES / "strong_backend.txt", "--as-of", "last year")
    assert result.exit_code == 2
    assert result.stderr == "jobmatch: error: --as-of: 'last year' is not a date (YYYY-MM or YYYY-MM-DD)\n"


# -- English: named, or shown by the language the resume is written in ----------------------------


def _doc(text: str) -> Document:
    return Document(path="r.txt", text=text, kind="text")


ENGLISH_RESUME = (
    "Jane Doe\n"
    "SUMMARY\n"
    "Backend engineer with six years of experience building payment services in Python for a bank.\n"
    "EXPERIENCE\n"
    "- Designed the ledger of the company and moved it to PostgreSQL on AWS.\n"
    "- Led a team of four engineers through the migration to Kubernetes in the cloud.\n"
    "- Wrote the on-call runbooks and trained the support team on the new tooling.\n"
)


def test_a_resume_written_in_english_shows_english(vocab):
    profile = profile_resume(_doc(ENGLISH_RESUME), vocab)
    english = profile.skill("English")
    assert english is not None
    mention = english.mentions[0]
    assert mention.line == 3 and mention.method.value == "implied" and "written in English" in mention.surface
    text = "Requirements:\nFluent written and spoken English\n"
    posting = parse_posting(Document(path="p.txt", text=text, kind="text"), vocab)
    assert [r.any_of for r in posting.by_tier(Tier.REQUIRED)] == [("English",)]
    result = api.score(profile, posting, vocab)
    assert result.matches[0].matched and result.matches[0].evidence.line == 3
    assert [rewording_text(w) for w in rewordings_of(result)] == [
        'write "English" as the posting does (the resume shows it only through its being written in English, line 3)'
    ]


def test_a_resume_naming_english_keeps_its_own_line(vocab):
    profile = profile_resume(_doc(ENGLISH_RESUME + "Languages: English (native), German (fluent)\n"), vocab)
    assert [m.line for m in profile.skill("English").mentions] == [8]


def test_a_resume_in_another_language_does_not_show_english(vocab):
    german = (
        "Max Mustermann\nBERUFSERFAHRUNG\n"
        "Entwicklung von Zahlungsdiensten in Python und Betrieb der Plattform auf AWS seit vielen Jahren.\n"
        "Leitung eines Teams von vier Entwicklern bei der Migration nach Kubernetes in der Cloud.\n"
        "Schulung des Supports und Pflege der Dokumentation für die neuen Werkzeuge und Dienste.\n"
    )
    assert profile_resume(_doc(german), vocab).skill("English") is None
    assert profile_resume(_doc("Python, Go, SQL\n"), vocab).skill("English") is None  # too little to tell
