"""Postings of kinds a fresh audit tried (UK, Australian, Canadian and Indian wording, LinkedIn
pastes, non-software jobs): the sections they head with, the preferred marks they use, the titles
they start with (the audit's postings, cut to the lines that matter)."""

from __future__ import annotations

import pytest

from jobmatch.models import Tier
from jobmatch.posting import classify_heading


def _tiers(posting) -> dict[str, str]:
    return {name: r.tier.value for r in posting.requirements for name in r.any_of}


@pytest.mark.parametrize(
    ("heading", "tier"),
    [
        ("Essential criteria", "required"),
        ("Person Specification", "required"),
        ("Key Selection Criteria", "required"),
        ("Eligibility criteria", "required"),
        ("Job Specification", "required"),
        ("Who should apply", "required"),
        ("Responsibilities and Requirements", "required"),
        ("Requirements & Responsibilities", "required"),
        ("Desirable criteria", "preferred"),
        ("Good to haves", "preferred"),
        ("Assets", "preferred"),
        ("Brownie points", "preferred"),
        ("Not essential but nice", "preferred"),
        ("You might also have", "preferred"),
        ("What's a bonus", "preferred"),
        ("Preferred but not required", "preferred"),
    ],
)
def test_a_section_under_these_headings_asks_in_its_tier(heading, tier, parse):
    text = f"Management Accountant\n\nKey responsibilities\n- Month-end close\n\n{heading}\n- Advanced Excel\n"
    posting = parse(text)
    assert _tiers(posting)["Microsoft Excel"] == tier


def test_responsibilities_alone_stay_context():
    assert classify_heading("Key responsibilities") == "context"
    assert classify_heading("Responsibilities and Requirements") == "required"


@pytest.mark.parametrize(
    "line",
    [
        "CFA is an asset",
        "Power BI highly regarded",
        "Tableau is not essential but would be useful",
        "SQL is an added advantage",
        "Python experience is welcome",
        "Experience with Power BI (D)",
        "Experience with Tableau is a strong plus",
    ],
)
def test_these_marks_make_a_line_preferred(line, parse):
    posting = parse(f"Financial Analyst\n\nRequirements\n- Advanced Excel\n- {line}\n")
    tiers = _tiers(posting)
    assert tiers.pop("Microsoft Excel") == "required"
    assert tiers and set(tiers.values()) == {"preferred"}, tiers


def test_a_list_marker_d_is_no_preferred_mark(parse):
    posting = parse("Requirements\n(d) Experience with Power BI\n")
    assert [r.tier for r in posting.requirements] == [Tier.REQUIRED]


@pytest.mark.parametrize(
    ("first_lines", "title"),
    [
        ("Legal Assistant", "Legal Assistant"),
        ("Compensation Analyst", "Compensation Analyst"),
        ("Benefits Administrator", "Benefits Administrator"),
        ("Special Education Teacher", "Special Education Teacher"),
        ("About the job\nRegistered Nurse - ICU (Nights)", "Registered Nurse - ICU (Nights)"),
        ("About the job\n\nBackend Engineer", "Backend Engineer"),
    ],
)
def test_the_title_is_found(first_lines, title, parse):
    posting = parse(f"{first_lines}\n\nRequirements\n- 2+ years of experience with Excel\n")
    assert posting.title == title
    assert _tiers(posting) == {"Microsoft Excel": "required"}


def test_after_a_page_header_a_heading_or_a_sentence_is_no_title(parse):
    assert parse("About the job\nCompany Description\nWe build tools.\n").title is None
    assert parse("Job Description\nWe are looking for a Supply Chain Consultant\n").title == "Supply Chain Consultant"


@pytest.mark.parametrize("heading", ["Benefits", "Salary", "Education", "Legal", "Privacy Notice", "Location"])
def test_section_words_alone_still_head_their_sections(heading):
    assert classify_heading(heading) in ("boilerplate", "education")


@pytest.mark.parametrize(
    ("text", "levels"),
    [
        ("Diploma in Nursing", {"associate"}),
        ("College diploma in Early Childhood Education", {"associate"}),
        ("Degree or diploma in accounting", {"bachelor"}),
        ("Postgraduate degree in Data Science", {"master"}),
        ("Graduate degree in Public Health", {"master"}),
        ("Postgraduate diploma in HR", {"master"}),
        ("An undergraduate degree in biology", {"bachelor"}),
        ("A graduate with a degree in IT", {"bachelor"}),
        ("High school diploma or GED", {"high_school"}),
    ],
)
def test_diplomas_and_graduate_degrees_are_their_levels(text, levels):
    from jobmatch.posting import find_degrees

    assert find_degrees(text) == levels


@pytest.mark.parametrize("heading", ["Desired Candidate Profile", "Desired Skills and Experience"])
def test_the_desired_profile_of_job_boards_is_what_the_job_asks(heading, parse):
    posting = parse(f"Customer Support Executive\n\n{heading}\n- Advanced Excel\n")
    assert _tiers(posting) == {"Microsoft Excel": "required"}
    assert classify_heading("Desired skills") == "preferred"


@pytest.mark.parametrize(
    ("line", "skills"),
    [
        ("Experience with sales tax filings", set()),
        ("Valid ECS card", {"CSCS card"}),
        ("Experience with Sage 200 or Xero", {"Sage", "Xero"}),
        ("Proficient in QuickBooks, Xero or Sage", {"QuickBooks", "Xero", "Sage"}),
        ("Performance marketing experience", {"performance marketing"}),
        ("B2B sales experience", {"sales"}),
    ],
)
def test_products_and_senses_of_other_fields(line, skills, vocab):
    from jobmatch.extract import extract_line

    assert {m.skill.name for m in extract_line(line, 1, vocab)} == skills
