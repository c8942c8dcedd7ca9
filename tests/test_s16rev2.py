"""The second review's defects in the session's late rules, each with the near misses the rule was written for."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.resume import _SCHOOL_STATE
from jobmatch.text import normalize_text


def _resume(text, vocab):
    return profile_resume(Document("r.txt", normalize_text(text), "text"), vocab, today=date(2026, 11, 1))


def _skills(text, vocab):
    return {s.skill.name for s in _resume(text, vocab).skills}


@pytest.mark.parametrize(
    ("line", "degree"),
    [
        # (Maryland's code in a bar's cell after the school: no doctor of medicine)
        ("B.S. Biology | University of Maryland | MD | 2012", "bachelor"),
        ("Bachelor of Science, Nursing | Johns Hopkins University | MD", "bachelor"),
        ("B.S. Biology, University of Maryland, MD, 2012", "bachelor"),
        # (the doctorate's letters as the line's degree)
        ("MD | Johns Hopkins University | 2010", "phd"),
        ("JD, Harvard Law School, 2011", "phd"),
        ("M.D. | University of Maryland School of Medicine | Baltimore | MD | 2015", "phd"),
    ],
)
def test_a_states_code_in_a_cell_after_the_school_is_no_doctorate(line, degree, vocab):
    assert [e.degree for e in _resume(f"Jane Doe\n\nEDUCATION\n{line}\n", vocab).education] == [degree]


def test_a_school_state_search_on_a_long_line_is_linear():
    assert _SCHOOL_STATE.search("B.S. Biology, " + "University " * 9000) is None  # (15 s before: quadratic)
    # the bound that makes it so: a school's name scans at most 120 characters for its state's cell
    assert _SCHOOL_STATE.search("University of Maryland" + " x" * 40 + ", MD") is not None
    assert _SCHOOL_STATE.search("University of Maryland" + " x" * 60 + ", MD") is None


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("Start date: Spring preferred; Summer also possible.", set()),
        ("Availability: Spring required.", set()),
        ("Term: Fall required, Spring preferred.", set()),
        ("Travel: Go is a plus", set()),
        # (a label of technology, or none: the name opens a tier clause of its own)
        ("Skills: Go is a plus", {("Go", "preferred")}),
        ("Excel required; Word preferred.", {("Microsoft Excel", "required"), ("Microsoft Word", "preferred")}),
    ],
)
def test_a_season_or_a_verb_after_a_label_of_no_technology_is_not_asked(parse, item, asked):
    posting = parse(f"Software Engineering Intern\n\nRequirements\n- {item}\n")
    assert {(name, r.tier.value) for r in posting.requirements for name in r.any_of} == asked


@pytest.mark.parametrize(
    ("line", "leadership"),
    [
        ("Lead, Inspire and Grow a team of 12 retail associates", True),
        ("Lead, Motivate and Develop a sales team of 15", True),
        ("Lead cross-functional teams", True),
        # (a bare title and its employer)
        ("Lead | Delivery Hero", False),
        ("Lead, Acme Corp | 2021 - 2023", False),
        ("Lead, Ernst & Young", False),
    ],
)
def test_a_bare_lead_after_a_comma_is_a_title_only_before_a_name(line, leadership, vocab):
    assert ("leadership" in _skills(f"Jane Doe\n\nEXPERIENCE\n{line}\n", vocab)) is leadership


@pytest.mark.parametrize(
    ("job", "line", "kept", "dropped"),
    [
        ("Respiratory Therapist", "- Managed ventilator settings for ICU and NICU patients", {"critical care"}, set()),
        ("Resident Physician", "- Managed 12-15 ICU patients daily", {"critical care"}, set()),
        ("Physical Therapist", "- Treated orthopedic and neurology patients", {"neurology"}, set()),
        # (a nursing practice before the patients another clinician serves is no practice of theirs)
        ("Registered Dietitian", "- Provide medical nutrition therapy for ICU, oncology and med-surg patients",
         set(), {"medical-surgical nursing"}),
        ("Staff Nurse", "- Cared for 5-6 med-surg patients per shift", {"medical-surgical nursing"}, set()),
    ],
)
def test_only_a_nursing_practice_before_patients_is_dropped_for_other_clinicians(job, line, kept, dropped, vocab):
    found = _skills(f"Jane Doe\n\nEXPERIENCE\n{job}, Mercy Hospital\n2019 - 2024\n{line}\n", vocab)
    assert kept <= found and not (dropped & found)


@pytest.mark.parametrize(
    ("entries", "held"),
    [
        ("Illinois (2018)\nNew York (2020)", True),
        ("New York, Pending", False),
        ("Illinois, Expected", False),
        ("Illinois (pending)", False),
    ],
)
def test_a_bar_admission_in_prospect_is_not_held(entries, held, vocab):
    assert ("bar admission" in _skills(f"Jane Doe\n\nBAR ADMISSIONS\n{entries}\n", vocab)) is held


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        # (the employer's certification pursued by its team is asked as experience)
        ("Led the plant team pursuing ISO 9001 certification", {("ISO 9001", "required")}),
        ("We're pursuing SOC 2 certification", {("SOC 2", "required")}),
        # (the hire's)
        ("Bachelor's degree in Accounting and pursuing CPA licensure", {("CPA", "context")}),
    ],
)
def test_a_certification_the_employer_pursues_is_still_asked(parse, item, asked):
    posting = parse(f"Quality Manager\n\nRequirements\n- {item}\n")
    found = {(name, r.tier.value) for r in posting.requirements for name in r.any_of}
    assert asked <= found
