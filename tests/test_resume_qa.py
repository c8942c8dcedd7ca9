"""Resume reading, from the QA audit of resumes (qa/reports/resumes.md): time off work, date
forms, date-first layouts, experience headings and degrees as resumes write them."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.resume import find_period

AS_OF = date(2026, 1, 1)


def _profile(text: str, vocab):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=AS_OF)


# -- time off work is listed, not counted (defect 4) ---------------------------------------------
def test_career_breaks_count_for_no_years(vocab):
    text = (
        "EXPERIENCE\n"
        "Accountant, Acme Corp, Dallas, TX\nJan 2022 - Dec 2023\n- Month-end close in NetSuite.\n\n"
        "Career break - family caregiving\n2019 - 2021\n\n"
        "Parental leave\nJan 2018 - Dec 2018\n\n"
        "Sabbatical (travel)\nJan 2017 - Dec 2017\n\n"
        "Gap year - backpacking in South America\n2013 - 2014\n"
    )
    profile = _profile(text, vocab)
    assert [(j.months, j.internship) for j in profile.jobs] == [
        (24, False),
        (24, True),
        (12, True),
        (12, True),
        (12, True),
    ]
    assert profile.total_months == 24


def test_work_during_a_break_still_counts(vocab):
    text = "EXPERIENCE\nFreelance Consultant (during career break), Self-employed\nJan 2020 - Dec 2021\n"
    profile = _profile(text, vocab)
    assert [j.internship for j in profile.jobs] == [False]
    assert profile.total_months == 24
