"""The terminal report at narrow widths (session 8c): the score breakdown keeps its numbers."""

from __future__ import annotations

import io

import pytest

from jobmatch import api
from jobmatch.render import terminal
from jobmatch.report import build_report
from tests.conftest import POSTINGS, RESUMES


@pytest.fixture(scope="module")
def report():
    results = api.match(str(RESUMES / "strong_backend.txt"), [str(POSTINGS / "backend_engineer.md")]).results
    return build_report("strong_backend.txt", None, results)


def _breakdown(report, width: int) -> str:
    buffer = io.StringIO()
    terminal.render_match(terminal.make_console(buffer, width=width, plain=True), report)
    text = buffer.getvalue()
    start = text.index(" Part ")
    return text[start : text.index("\nFix first", start)]


@pytest.mark.parametrize("width", [20, 30, 40, 50, 60, 75, 76, 90, 120])
def test_the_breakdown_shows_every_parts_points_and_the_score_at_any_width(report, width):
    block = _breakdown(report, width)
    assert "…" not in block, width
    assert max(len(line) for line in block.splitlines()) <= width
    result = report.entries[0].result
    cells = [line.split()[-1] for line in block.splitlines() if line.strip()]
    for part in result.parts:
        if part.weight:
            assert f"{part.points:.1f}" in cells, (width, part.name)
        # the part's weight is shown too (folded under its name when narrow)
        assert f"{part.weight:.2f}" in block or not part.weight, (width, part.name)
    assert f"{result.score:.1f}" in cells, width


def test_a_narrow_breakdown_keeps_points_in_a_column_of_their_own(report):
    block = _breakdown(report, 40)
    header = block.splitlines()[0].split()
    assert header == ["Part", "Points"]
    assert "ATS-exact" in block  # (the ATS-exact coverage under the part's name)
    wide = _breakdown(report, 100).splitlines()[0].split()
    assert wide == ["Part", "Weight", "Value", "(understood)", "ATS-exact", "Points"]


# -- jobmatch resume: the jobs and sections at narrow widths --------------------------------------------
NURSE = (
    "Maria Gonzalez, RN\n\n"
    "LICENSES & CERTIFICATIONS\n"
    "BLS, ACLS, PALS - American Heart Association, current\n\n"
    "PROFESSIONAL EXPERIENCE\n"
    "Staff Nurse, Medical-Surgical ICU\n"
    "Northwestern Memorial Hospital, Chicago, IL\n"
    "June 2019 - Present\n"
    "- Titrate vasoactive drips and sedation per protocol\n"
    "Registered Nurse, Cardiac Step-Down Unit\n"
    "Rush University Medical Center, Chicago, IL\n"
    "August 2016 - May 2019\n"
)


def _resume_report(vocab, width: int) -> str:
    from datetime import date

    from jobmatch.match import profile_resume
    from jobmatch.models import Document

    profile = profile_resume(Document(path="cv.txt", text=NURSE, kind="text"), vocab, today=date(2026, 11, 1))
    buffer = io.StringIO()
    terminal.render_resumes(terminal.make_console(buffer, width=width, plain=True), [profile], [])
    return buffer.getvalue()


@pytest.mark.parametrize("width", [30, 40, 50, 60, 75, 76, 100])
def test_the_resume_reports_jobs_and_sections_keep_years_titles_and_kinds_at_any_width(vocab, width):
    text = _resume_report(vocab, width)
    assert max(len(line) for line in text.splitlines()) <= width
    jobs = text[text.index("Jobs") : text.index("Skills")]
    sections = text[text.index("Sections") : text.index("Jobs")]
    assert "…" not in jobs and "…" not in sections, width
    words = jobs.split()
    assert "7.4" in words and "2.8" in words, width  # each job's years, whole
    for word in ("Staff", "Nurse,", "Northwestern", "Memorial", "Hospital", "Rush", "University"):
        assert word in words, (width, word)  # titles and employers wrap at spaces, not inside words
    for kind in ("header", "certifications", "experience"):
        assert kind in sections.split(), (width, kind)
    skills = text[text.index("Skills") :]
    if width < 40:  # no column of evidence cut to "…" alone
        assert "first" not in skills and "…" not in skills, width
    else:
        assert "first" in skills, width  # (its header cut at 40 columns: "first e…")
