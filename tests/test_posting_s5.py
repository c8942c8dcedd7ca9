"""Postings of the s4 audit read without headings (hiring phrasing, qualification lists), with
experience in months, labels after a preferred section, company prose, one-line postings and
alternatives the vocabulary partly knows (the audit's postings, cut to the lines that matter)."""

from __future__ import annotations

import pytest


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


# -- #2: hiring phrasing and qualification lists without a heading ------------------------------


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("We need an accountant with Excel skills.", ["Microsoft Excel"]),
        ("We are looking for an accountant with Excel skills.", ["Microsoft Excel"]),
        ("Looking for someone who knows Excel and QuickBooks.", ["Microsoft Excel", "QuickBooks"]),
        ("Need someone with Excel and QuickBooks.", ["Microsoft Excel", "QuickBooks"]),
        ("Candidates should know QuickBooks.", ["QuickBooks"]),
        ("The right person will know payroll.", ["payroll"]),
        ("Ideal candidate knows Excel.", ["Microsoft Excel"]),
        ("Excel and QuickBooks skills needed.", ["Microsoft Excel", "QuickBooks"]),
    ],
)
def test_hiring_phrasing_without_headings_asks(line, skills, parse):
    tiers = _tiers(parse(f"Bookkeeper\n\n{line}\n"))
    assert {name: tiers.get(name) for name in skills} == {name: "required" for name in skills}


def test_a_short_post_asks_for_its_skills_and_years(parse):
    posting = parse(
        "Data Entry Clerk - Remote\n"
        "Need someone with fast typing (50 WPM), Excel and attention to detail. 1 year experience. $17/hr.\n"
    )
    assert _tiers(posting)["Microsoft Excel"] == "required"
    assert posting.min_years == 1


@pytest.mark.parametrize(
    "line",
    [
        # the job or the work named before the "with" (SkillSpan dev postings)
        "is searching for a Sales Manager with focus on the markets.",
        "The position requires primarily cooperation with internal partners but there may also be external relations.",
    ],
)
def test_hiring_words_before_a_named_job_or_work_ask_nothing(line, parse):
    assert all(r.tier.value == "context" for r in parse(f"About\n\n{line}\n").requirements)


def test_a_qualification_list_without_headings_is_required(parse):
    posting = parse(
        "Support Worker\n\n"
        "- Current First Aid and CPR certificates\n"
        "- Manual handling training\n"
        "- Valid driver licence\n"
        "- Microsoft Excel\n"
        "- Experience with wound care\n"
    )
    tiers = _tiers(posting)
    assert tiers["first aid"] == tiers["driver's license"] == tiers["Microsoft Excel"] == "required"
    assert tiers["wound care"] == "required"


def test_duties_and_perks_without_headings_stay_context(parse):
    posting = parse(
        "Bookkeeper\n\n"
        "- Process invoices in QuickBooks\n"
        "- Maintain patient records in Epic\n"
        "- Health insurance and a Python training budget\n"
    )
    assert {r.tier.value for r in posting.requirements} <= {"context"}


def test_a_preferred_mark_still_speaks_for_its_sentence(parse):
    tiers = _tiers(parse("Analyst\n\nNeed someone with Tableau. Power BI is a plus.\n"))
    assert tiers == {"Tableau": "required", "Power BI": "preferred"}
