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


# -- a day before the month after the employer's name ------------------------------------------------

_DAYS_FIRST = (
    "Jane Doe\n\nExperience\n\nSenior Analyst\nAcme 1 June 2019 – Present\n- Built dashboards in Tableau\n\n"
    "Analyst\nGlobex Corporation 15 March 2016 – 31 May 2019\n- Wrote Python scripts for reporting\n"
)


def test_a_day_after_the_employers_name_is_the_dates_when_the_resume_writes_days_first(vocab) -> None:
    profile = _profile(_DAYS_FIRST, vocab)
    assert [(j.employer, j.period.text, j.period.start) for j in profile.jobs] == [
        ("Acme", "1 June 2019 - Present", (2019, 6)),
        ("Globex Corporation", "15 March 2016 - 31 May 2019", (2016, 3)),
    ]


def test_a_number_ending_the_employers_name_stays_its_own_without_days_first(vocab) -> None:
    text = (
        "Jane Doe\n\nExperience\n\nShift Lead\nCafe 19 Feb 2018 – Mar 2020\n- Opened and closed the store\n\n"
        "Sales Associate\nForever 21 Jan 2016 – Jan 2018\n- Ran the register\n"
    )
    assert [e for _t, e, _p in _jobs(text, vocab)] == ["Cafe 19", "Forever 21"]


# -- a company of a group, a big city, a town's abbreviation ------------------------------------------


def test_a_word_after_the_employers_comma_is_no_town_where_the_resume_codes_its_places(vocab) -> None:
    text = (
        "John Smith\n\nExperience\n\nSenior Scientist\nJohnson & Johnson, Janssen\n2018 – Present\n"
        "- Ran HPLC assays\n\nScientist\nPfizer, Groton, CT\n2014 – 2018\n- Cell culture and ELISA\n"
    )
    assert _jobs(text, vocab) == [
        ("Senior Scientist", "Johnson & Johnson, Janssen", None),
        ("Scientist", "Pfizer", "Groton, CT"),
    ]


@pytest.mark.parametrize(
    ("employer_line", "job"),
    [
        # near misses: a resume that writes its towns bare, a big city, a work mode
        ("Kühne + Nagel, Hamburg\n2018 – Present", ("Logistics Analyst", "Kühne + Nagel", "Hamburg")),
        ("Monzo Bank, London\n2018 – Present\n\nAnalyst\nPfizer, Groton, CT\n2014 – 2018",
         ("Logistics Analyst", "Monzo Bank", "London")),
        ("Brightloop Media, Remote\n2018 – Present\n\nAnalyst\nPfizer, Groton, CT\n2014 – 2018",
         ("Logistics Analyst", "Brightloop Media", None)),
    ],
)
def test_a_town_after_the_employers_comma_stays_a_town(vocab, employer_line, job) -> None:
    text = f"Pat Doe\n\nExperience\n\nLogistics Analyst\n{employer_line}\n- Planned routes\n"
    assert _jobs(text, vocab)[0][:2] == job[:2]
    if job[2] is not None:
        assert _jobs(text, vocab)[0][2] == job[2]


def test_a_big_city_as_a_rows_first_cell_is_the_place_not_the_employer(vocab) -> None:
    text = (
        "Pat Lee\n\nExperience\nChicago | Data Analyst | 2019-2021\n- Built reports in SQL\n"
        "Chicago Tribune | Reporter | 2016-2019\n- Covered city hall\n"
    )
    assert _jobs(text, vocab) == [("Data Analyst", None, "Chicago"), ("Reporter", "Chicago Tribune", None)]


def test_a_towns_abbreviation_before_its_state_is_no_skill(vocab) -> None:
    text = (
        "Sam Roe\n\nExperience\n\nSales Associate\nBest Buy, MPLS, MN\n2019 – 2021\n- Sold laptops\n\n"
        "Store Manager\nTarget, Baltimore, MD\n2021 – Present\n- Managed a team of 20\n"
    )
    profile = _profile(text, vocab)
    assert [(j.employer, j.location) for j in profile.jobs] == [("Best Buy", "MPLS, MN"), ("Target", "Baltimore, MD")]
    assert profile.skill("MPLS") is None
    assert profile.education == ()  # (Maryland's MD is no doctor of medicine)


def test_mpls_in_a_network_engineers_bullet_stays_a_skill(vocab) -> None:
    text = (
        "Sam Roe\n\nExperience\n\nNetwork Engineer\nJuniper Networks, Sunnyvale, CA\n2019 – 2021\n"
        "- Configured MPLS and BGP on the core routers\n"
    )
    profile = _profile(text, vocab)
    assert "MPLS" in profile.jobs[0].skills


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
