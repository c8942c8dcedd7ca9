"""Resume structure defects of s15b (a federal grade in a job's heading, a graduate certificate's level, a
heading ending in "Inc.", a firm with its division under a dated title, the language of a short resume), and
formats read for the first time: a federal resume, an academic CV, a Europass CV, a functional resume, skills
with ratings, a LinkedIn "Save to PDF" text."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import find_degrees
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
