"""s13c: resume structure - a day before the month after the employer's name, a company of a group after
its comma, a big city as a row's cell, a town's abbreviation before its state, credentials' headings and
a skills label right under a job's bullets."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document, ResumeProfile
from jobmatch.text import normalize_text


def _profile(text: str, vocab) -> ResumeProfile:
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _jobs(text: str, vocab) -> list[tuple[str | None, str | None, str | None]]:
    return [(j.title, j.employer, j.location) for j in _profile(text, vocab).jobs]


# -- credentials' headings; a skills label right under a job's bullets -------------------------------

_DRIVER = (
    "Chris Driver\n\nExperience\n\nTruck Driver\nSwift Transportation, Phoenix, AZ\n2018 – Present\n"
    "- Drove long-haul routes\n\n{heading}\n- CDL Class A\n- HazMat endorsement\n- TWIC card\n"
)


@pytest.mark.parametrize(
    "heading",
    ["Licenses & Endorsements", "LICENSES, CERTIFICATIONS & ENDORSEMENTS", "Licensure", "Certifications & Licenses",
     "Licenses and Certifications", "Endorsements"],
)
def test_a_credentials_heading_opens_the_credentials(vocab, heading) -> None:
    profile = _profile(_DRIVER.format(heading=heading), vocab)
    assert [(s.heading, s.kind) for s in profile.sections][-1] == (heading, "certifications")
    assert "TWIC card" not in profile.jobs[0].skills
    assert profile.skill("TWIC card") is not None


def test_linkedins_skills_and_endorsements_is_the_skills(vocab) -> None:
    profile = _profile(_DRIVER.format(heading="Skills & Endorsements"), vocab)
    assert [(s.heading, s.kind) for s in profile.sections][-1] == ("Skills & Endorsements", "skills")


def test_a_skills_line_right_under_the_last_jobs_bullets_is_the_skills_list(vocab) -> None:
    text = (
        "Alex Kim\n\nExperience\n\nData Analyst\nInitech, Austin, TX\n2019 – Present\n"
        "- Built weekly reports for the sales team\nSkills: Python, SQL, Tableau\n\n"
        "Education\nB.A. in Mathematics, University of Texas, 2019\n"
    )
    profile = _profile(text, vocab)
    assert [(s.heading, s.kind) for s in profile.sections][2] == ("Skills", "skills")
    assert not {"Python", "SQL", "Tableau"} & set(profile.jobs[0].skills)
    assert profile.skill("Tableau") is not None


def test_a_skills_line_above_another_job_stays_in_the_jobs(vocab) -> None:
    text = (
        "Alex Kim\n\nExperience\nData Analyst - Initech - 2021 to present\n* Built weekly reports\n"
        "Skills: Python, SQL\nJunior Analyst - Beta LLC - 2018 to 2021\n* Reconciled accounts in Excel\n"
    )
    profile = _profile(text, vocab)
    assert [s.kind for s in profile.sections] == ["header", "experience"]
    assert [j.title for j in profile.jobs] == ["Data Analyst", "Junior Analyst"]
