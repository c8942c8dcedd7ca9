"""Resume reading, from real resumes as people write them: copied from HTML source, LinkedIn
exports with grouped roles, coursework, and the layouts and date forms of many trades."""

from __future__ import annotations

from datetime import date

from jobmatch.match import profile_resume
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
    # the evidence cites the lines as written
    sql = next(s for s in profile.skills if s.skill.name == "SQL")
    assert all(profile.lines[m.line - 1][m.start : m.end] == m.surface for m in sql.mentions)
    assert profile.years_of("Teradata") == round(43 / 12, 1)
