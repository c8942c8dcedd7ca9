"""Resumes beyond software (session 10a): a town after the employer before dates in a right-hand
column, a trade's apprentice or helper at a trade firm, other layouts (Europass, a skills table,
letter-spaced headings)."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.text import normalize_text

AS_OF = date(2026, 11, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=normalize_text(text), kind="text"), vocab, today=AS_OF)


def _jobs(heading: str, vocab, bullet: str = "- Served customers at the till"):
    profile = _profile(f"Pat Doe\npat@example.com\n\nEXPERIENCE\n{heading}\n{bullet}\n", vocab)
    return [(j.title, j.employer, j.skills) for j in profile.jobs], {s.skill.name for s in profile.skills}


# -- 2. a town after the employer, then the dates after spaces ----------------------------------------
@pytest.mark.parametrize(
    "heading",
    [
        "Cashier, Walgreens, Sale          2016 - 2018",
        "Cashier, Walgreens, Sale 2016 - 2018",
        "Cashier, Walgreens, Sale    Jan 2016 - Mar 2018",
        "Cashier, Walgreens, Sale    01/2016 - 03/2018",
        "Cashier - Walgreens - Sale\t2016 - 2018",
    ],
)
def test_a_town_after_the_employer_before_the_dates_is_no_skill(vocab, heading):
    jobs, skills = _jobs(heading, vocab)
    assert len(jobs) == 1 and jobs[0][1] == "Walgreens"
    assert "sales" not in jobs[0][2] and "sales" not in skills


def test_a_title_after_the_employer_before_the_dates_is_still_the_title(vocab):
    jobs, _ = _jobs("Acme Corp, Sales Manager     2019 - 2022", vocab)
    assert jobs[0][0] == "Sales Manager" and "sales" in jobs[0][2]


# -- 3. a trade's role at a trade firm ---------------------------------------------------------------
@pytest.mark.parametrize(
    ("heading", "trade"),
    [
        ("Apprentice, ABC Plumbing & Heating    2016 - 2018", "plumbing"),
        ("2nd Year Apprentice | ABC Plumbing & Heating | 2016 - 2018", "plumbing"),
        ("Journeyman | Rivera Plumbing | 2016 - 2018", "plumbing"),
        ("Service Technician, Bob's Plumbing & Drains, Tulsa, OK | 2016 - 2018", "plumbing"),
    ],
)
def test_a_trade_role_without_a_trade_takes_the_employers(vocab, heading, trade):
    jobs, skills = _jobs(heading, vocab, "- Ran supply lines and fitted fixtures on new builds")
    assert len(jobs) == 1 and trade in jobs[0][2] and trade in skills


@pytest.mark.parametrize(
    "heading",
    [
        "HVAC Installer, Goettl Air Conditioning & Plumbing    2016 - 2018",
        "Pipe Welder, Goettl Air Conditioning & Plumbing, Phoenix, AZ | 2019 - Present",
        "Office Assistant, ABC Plumbing & Heating    2016 - 2018",
    ],
)
def test_a_title_naming_its_own_work_does_not_take_the_employers_trade(vocab, heading):
    jobs, skills = _jobs(heading, vocab, "- Kept the schedule and the job sheets")
    assert len(jobs) == 1 and "plumbing" not in jobs[0][2] and "plumbing" not in skills


def test_an_apprentice_takes_no_product_from_the_employers_name(vocab):
    jobs, skills = _jobs("Apprentice, Python Software Foundation | 2016 - 2018", vocab, "- Cleaned survey data")
    assert "Python" not in jobs[0][2] and "Python" not in skills


def test_a_helper_is_a_title(vocab):
    jobs, _ = _jobs("Helper, Smith Carpentry Ltd    2016 - 2018", vocab)
    assert jobs[0][:2] == ("Helper", "Smith Carpentry Ltd")
