"""The s6 core audit (#3): a Word/LibreOffice resume (tests/data/layout_s6/pm_word.pdf, made by
mk_pm.py.txt, a python-docx script, then LibreOffice) whose last bullet of a job fills its line
without a final period: the next job's heading (bold, at the margin, a right-tab date) is a line of
its own, not the bullet's wrap. #10: a Chromium "Jake's resume" (newgrad_chromium.pdf, printed from
newgrad_chromium.html; CSS draws the bullets, so the text has none): the internship keeps its
bullets, no bullet is the next job's employer, and a project's title row is no bullet's wrap. Also
unit tests of jobmatch.layout.wraps_into on made-up lines."""

from __future__ import annotations

from datetime import date
from pathlib import Path

from jobmatch import layout
from jobmatch.layout import Line
from jobmatch.loaders import load_document
from jobmatch.match import profile_resume
from jobmatch.vocabulary import Vocabulary

DATA = Path(__file__).parent / "data" / "layout_s6"


def test_word_pdf_keeps_the_job_after_a_full_bullet_without_period():
    text = load_document(str(DATA / "pm_word.pdf")).text
    lines = text.splitlines()
    assert "- Presented strategy to executives and managed stakeholders across sales and legal" in lines
    assert "Product Manager, HubSpot Jan 2019 - Dec 2021" in lines
    profile = profile_resume(load_document(str(DATA / "pm_word.pdf")), Vocabulary.load(), today=date(2026, 11, 1))
    assert [(j.title, j.employer) for j in profile.jobs] == [
        ("Senior Product Manager", "Square"),
        ("Product Manager", "HubSpot"),
        ("Software Engineer", "Wayfair"),
    ]


BULLET = Line("- Presented strategy to executives and managed stakeholders across sales and legal", 0.0, 43.6, False)


def test_a_dated_heading_under_a_full_bullet_is_no_wrap():
    heading = Line("Product Manager, HubSpot Jan 2019 - Dec 2021", 0.0, 46.46, True, last_x0=36.0)
    assert not layout.wraps_into(BULLET, heading, 0.0, 46.46)
    one_cell = Line("Product Manager, HubSpot | Jan 2019 - Dec 2021", 0.0, 30.0, False)
    assert not layout.wraps_into(BULLET, one_cell, 0.0, 43.7)
    season = Line("Data Analyst Intern Summer 2018", 0.0, 46.46, True, last_x0=40.0)
    assert not layout.wraps_into(BULLET, season, 0.0, 46.46)


def test_a_wrap_that_ends_in_a_year_still_wraps():
    a = Line("- Led the migration of 30 services to Kubernetes, cutting the cloud bill by a third in", 0.0, 46.0, False)
    b = Line("March 2019 - 2021", 1.5, 10.0, False)
    assert layout.wraps_into(a, b, 0.0, 46.3)  # the bullet's open end ("in") carries on
    a2 = Line("- Presented the roadmap to executives and managed the stakeholders of the product", 0.0, 46.0, False)
    b2 = Line("launch of Spring 2019", 1.5, 10.0, False)
    assert layout.wraps_into(a2, b2, 0.0, 46.3)


def test_a_wrapped_line_that_ends_in_dates_still_wraps():
    a = Line("B.S. in Computer Science, University", 0.0, 16.0, False)
    b = Line("of Washington, Seattle, 2014-2018", 0.0, 15.0, False)
    assert layout.wraps_into(a, b, 0.0, 16.2)


def test_chromium_jakes_resume_keeps_each_jobs_bullets():
    doc = load_document(str(DATA / "newgrad_chromium.pdf"))
    lines = doc.text.splitlines()
    assert "Full-stack trip planner; Express REST API with JWT auth, deployed on Vercel" in lines
    assert "Swift Notes Swift, SwiftUI" in lines
    profile = profile_resume(doc, Vocabulary.load(), today=date(2026, 11, 1))
    jobs = [(j.title, j.employer, j.line, j.end_line, j.internship) for j in profile.jobs]
    intern = lines.index("Software Engineering Intern Jun 2025 - Sep 2025") + 1
    ta = lines.index("Teaching Assistant Sep 2024 - Jun 2025") + 1
    assert jobs == [
        ("Software Engineering Intern", "Intuit", intern, ta - 1, True),
        ("Teaching Assistant", "UC Santa Cruz", ta, ta + 2, False),
    ]
    assert "PostgreSQL" not in profile.jobs[1].skills  # the internship's bullet, no years of work


def test_a_row_of_cells_left_of_an_indented_line_is_no_wrap():
    a = Line("Full-stack trip planner; Express REST API with JWT auth, deployed on Vercel", 1.28, 35.39, False)
    b = Line("Swift Notes Swift, SwiftUI", 0.0, 44.72, True, last_x0=38.84)
    assert not layout.wraps_into(a, b, 0.0, 41.8)


def test_pdflatex_degree_rows_each_ending_in_a_year_stay_apart():
    # ds_pdflatex.pdf (from ds_pdflatex.tex): each degree's row is full width, its year after \hfill (s6 #17)
    doc = load_document(str(DATA / "ds_pdflatex.pdf"))
    lines = doc.text.splitlines()
    assert "Ph.D. in Statistics, The University of Texas at Austin 2019" in lines
    assert "B.S. in Mathematics, University of Michigan 2014" in lines
    profile = profile_resume(doc, Vocabulary.load(), today=date(2026, 11, 1))
    assert [(e.degree, e.field, e.institution, e.year) for e in profile.education] == [
        ("phd", "Statistics", "The University of Texas at Austin", 2019),
        ("master", "Statistics", "The University of Texas at Austin", 2016),
        ("bachelor", "Mathematics", "University of Michigan", 2014),
    ]
    a = Line("Ph.D. in Statistics, The University of Texas at Austin 2019", 0.0, 51.11, False)
    b = Line("M.S. in Statistics, The University of Texas at Austin 2016", 0.0, 51.11, False)
    assert not layout.wraps_into(a, b, 0.0, 51.12)
