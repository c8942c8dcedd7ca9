"""s14h: misreads of USAJOBS, academic and LinkedIn pastes - a degree that may substitute for experience,
the sections that ask nothing, a job's own length read as years, a background check read as security,
LinkedIn's page around the posting, a degree line with no bullet, competencies asked, years spread too far."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch.loaders import load_document
from jobmatch.models import Document, Posting
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text

S14F = Path(__file__).parent / "data" / "postings_s14f"
DATA = Path(__file__).parent / "data" / "postings_s14h"


def _parse(text: str, vocab) -> Posting:
    return parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)


def _rows(posting: Posting) -> list[tuple[str, tuple[str, ...], int | None]]:
    return [(r.tier.value, r.any_of, r.min_years) for r in posting.requirements]


def _names(posting: Posting, tier: str | None = None) -> set[str]:
    return {n for r in posting.requirements if tier is None or r.tier.value == tier for n in r.any_of}


def _kinds(posting: Posting) -> dict[str, str]:
    return {s.heading: s.kind for s in posting.sections if s.heading}


# -- USAJOBS: education that may substitute, sections that ask nothing ---------------------------------


def test_usajobs_degree_that_may_substitute_for_experience_is_no_degree_asked(vocab) -> None:
    posting = parse_posting(load_document(str(S14F / "usajobs_it_specialist.txt")), vocab)
    # "A master's degree in computer science ... may be substituted for specialized experience at the GS-9 level"
    assert posting.degree is None
    assert posting.preferred_degree is None
    assert posting.min_years == 1  # "one (1) year of specialized experience" is still asked


@pytest.mark.parametrize(
    "line",
    [
        "A master's degree in computer science or a related field may be substituted for specialized experience.",
        "Education: a bachelor's degree may substitute for the specialized experience at the GS-5 level.",
        "A Ph.D. in Chemistry can be used to substitute for experience at the GS-11 level.",
    ],
)
def test_degree_substituting_for_experience_asks_no_degree(vocab, line: str) -> None:
    posting = _parse(f"Chemist\nQualifications\n{line}\n", vocab)
    assert posting.degree is None


@pytest.mark.parametrize(
    ("line", "degree", "or_experience"),
    [
        # the reverse: experience stands in for the degree asked
        ("Bachelor's degree in Accounting; relevant experience may be substituted for the degree.", "bachelor", True),
        ("A master's degree in Chemistry is required.", "master", False),
        # another sentence's education: the degree is still asked
        ("A bachelor's degree is required. Education may be substituted for experience.", "bachelor", False),
        ("Bachelor's degree in Finance or equivalent experience.", "bachelor", True),
    ],
)
def test_degree_asked_with_or_without_experience_instead(vocab, line: str, degree: str, or_experience: bool) -> None:
    posting = _parse(f"Accountant\nQualifications\n{line}\n", vocab)
    assert (posting.degree, posting.degree_or_experience) == (degree, or_experience)


def test_usajobs_sections_that_ask_nothing_and_rated_competencies(vocab) -> None:
    posting = parse_posting(load_document(str(DATA / "usajobs_accountant.txt")), vocab)
    kinds = _kinds(posting)
    assert kinds["Conditions of Employment"] == "required"
    assert kinds["Additional information"] == "boilerplate"
    assert kinds["Required Documents"] == "boilerplate"
    assert kinds["Next steps"] == "boilerplate"
    assert kinds["How You Will Be Evaluated"] == "preferred"
    assert kinds["Your qualifications will be evaluated on the following competencies"] == "preferred"
    rows = _rows(posting)
    assert ("preferred", ("GAAP",), None) in rows  # a competency applicants are rated on
    assert ("preferred", ("Microsoft Excel",), None) in rows
    assert "Oracle Financials" not in _names(posting)  # under "Additional information"
    # "Degree in accounting ...; Relevant experience may be substituted for the degree"; "Education may be
    # substituted for specialized experience at the GS-7 level" asks none
    assert (posting.degree, posting.degree_or_experience) == ("bachelor", True)
    assert "security" not in _names(posting)  # "Must pass a security check prior to appointment"


def test_usajobs_additional_information_asks_no_accruals(vocab) -> None:
    posting = parse_posting(load_document(str(S14F / "usajobs_it_specialist.txt")), vocab)
    assert "accruals" not in _names(posting)  # "Receiving Service Credit or Annual Leave Accrual: ..."
    assert ("preferred", ("Python",), None) in _rows(posting)  # "Skill in Python scripting" under the KSAs
    assert _kinds(posting)["Required Documents"] == "boilerplate"


def test_prose_under_how_you_will_be_evaluated_asks_nothing(vocab) -> None:
    posting = _parse(
        "Budget Analyst\nHow You Will Be Evaluated\n"
        "You will be evaluated for this job based on how well you meet the qualifications above.\n"
        "Category rating will be used to rank and select eligible candidates for this accounting position.\n",
        vocab,
    )
    assert [r for r in posting.requirements if r.tier.value != "context"] == []


# -- a background check is no security skill -----------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Subject to background/security investigation.",
        "Successful completion of a security background investigation.",
        "Must be able to pass a security check.",
        "Must obtain a favorable Tier 3 security investigation.",
    ],
)
def test_background_check_asks_no_security(vocab, line: str) -> None:
    posting = _parse(f"IT Specialist\nConditions of Employment\n{line}\n", vocab)
    assert "security" not in _names(posting)


@pytest.mark.parametrize(
    ("line", "name"),
    [
        ("Must be able to obtain and maintain a security clearance.", "security clearance"),
        ("Experience in aviation security screening", "security"),  # the work: passed by no one
        ("Experience with network security and firewalls", "security"),
        ("Successfully complete daily food safety checks and HACCP logs", "food safety"),
    ],
)
def test_clearance_and_security_work_still_asked(vocab, line: str, name: str) -> None:
    posting = _parse(f"IT Specialist\nConditions of Employment\n{line}\n", vocab)
    assert name in _names(posting, "required")


def test_usajobs_clearance_is_the_clearance(vocab) -> None:
    posting = parse_posting(load_document(str(S14F / "usajobs_it_specialist.txt")), vocab)
    investigated = [r for r in posting.requirements if "investigation" in r.text]
    assert investigated == []
    assert ("required", ("security clearance",), None) in _rows(posting)


# -- the job's own length is no experience ---------------------------------------------------------------


def test_postdoc_appointment_asks_no_years(vocab) -> None:
    posting = parse_posting(load_document(str(S14F / "postdoc.md")), vocab)  # "**Appointment:** 2 years, renewable"
    assert posting.min_years is None
    assert posting.degree == "phd"


@pytest.mark.parametrize(
    "line",
    [
        "**Appointment:** 2 years, renewable",
        "Contract length: 2 years",
        "Term: 3 years with possibility of renewal",
        "Duration: 12 months",
        "This is a 2-year fixed-term contract.",
        "The initial appointment of 3 years may be extended.",
        "This is a 12-month assignment.",
    ],
)
def test_term_of_the_job_asks_no_years(vocab, line: str) -> None:
    posting = _parse(f"Research Fellow\n{line}\nRequirements\n- PhD in Physics\n", vocab)
    assert posting.min_years is None


@pytest.mark.parametrize(("line", "years"), [("Experience: 2 years", 2), ("Minimum experience: 3 years", 3)])
def test_experience_label_still_asks_years(vocab, line: str, years: int) -> None:
    posting = _parse(f"Research Fellow\n{line}\nRequirements\n- PhD in Physics\n", vocab)
    assert posting.min_years == years


# -- LinkedIn's page around the posting --------------------------------------------------------------


def test_linkedin_page_after_show_less_asks_nothing(vocab) -> None:
    posting = parse_posting(load_document(str(S14F / "linkedin_backend.txt")), vocab)
    assert all(r.line < 29 for r in posting.requirements)  # nothing after "…show more" / "Show less"
    assert "alerting" not in _names(posting)  # "Sign in to create job alert"
    assert ("required", ("Go",), None) in _rows(posting)
    assert ("preferred", ("gRPC",), None) in _rows(posting)


def test_job_board_chrome_lines_are_no_requirements(vocab) -> None:
    text = (
        "Data Engineer\nRequirements\n- Python and SQL\nShow less\n"
        "Referrals increase your chances of interviewing at Acme by 2x\nSee who you know\n"
        "Get notified about new Data Engineer jobs in Austin, TX.\nSign in to create job alert\n"
        "People also viewed\nSenior Java Developer with Kafka experience\nSimilar jobs\nML Engineer - PyTorch\n"
    )
    posting = _parse(text, vocab)
    assert _names(posting) == {"Python", "SQL"}


def test_alert_work_still_read_before_the_chrome(vocab) -> None:
    posting = _parse("SRE\nRequirements\n- Experience with alerting and on-call rotations\n", vocab)
    assert "alerting" in _names(posting, "required")


# -- a degree line with no bullet right under a qualifications heading ------------------------------------


def test_faculty_degree_line_without_bullet(vocab) -> None:
    text = (
        "Assistant Professor of Computer Science\nMinimum Qualifications\n"
        "PhD in Computer Science, Computer Engineering, or a closely related field by the start date.\n"
        "Evidence of effective teaching at the university level.\n"
    )
    assert _parse(text, vocab).degree == "phd"


def test_prose_opening_with_degree_holders_asks_no_degree(vocab) -> None:
    text = (
        "Assistant Professor\nMinimum Qualifications\n"
        "PhD holders in our department teach two courses per semester and also supervise graduate students.\n"
    )
    assert _parse(text, vocab).degree is None


# -- USAJOBS competencies ---------------------------------------------------------------------------------


def test_usajobs_competencies_are_required_soft_skills(vocab) -> None:
    posting = parse_posting(load_document(str(S14F / "usajobs_it_specialist.txt")), vocab)
    required = _names(posting, "required")
    assert {"attention to detail", "customer service", "communication", "problem solving"} <= required


def test_competencies_of_staff_in_duties_ask_nothing(vocab) -> None:
    text = (
        "IT Specialist\nDuties\n"
        "Our staff demonstrate the following competencies every day in customer service and problem solving.\n"
    )
    assert not _names(_parse(text, vocab), "required")


# -- years that belong to the last item of a comma list -------------------------------------------------


def test_years_after_a_comma_list_belong_to_their_own_item(vocab) -> None:
    line = "Python or Go, Kubernetes, Terraform, 4+ years in SRE or DevOps roles"
    posting = _parse(f"Senior SRE\nRequirements\n- {line}\n", vocab)
    rows = _rows(posting)
    assert ("required", ("Python", "Go"), None) in rows
    assert ("required", ("Kubernetes",), None) in rows
    assert ("required", ("SRE", "DevOps"), 4) in rows
    assert posting.min_years == 4


@pytest.mark.parametrize(
    ("line", "row"),
    [
        ("Java, 5+ years", ("required", ("Java",), 5)),
        ("Python (3+ years)", ("required", ("Python",), 3)),
        ("5+ years of Python, Django and PostgreSQL", ("required", ("Django",), 5)),
    ],
)
def test_years_beside_their_skill_stay(vocab, line: str, row) -> None:
    assert row in _rows(_parse(f"Backend Engineer\nRequirements\n- {line}\n", vocab))


# -- a prose line asking years under a qualifications heading --------------------------------------------


def test_usajobs_specialized_experience_of_one_year_asks(vocab) -> None:
    posting = parse_posting(load_document(str(DATA / "usajobs_accountant.txt")), vocab)
    # "Specialized experience: one year of experience reconciling accounts ... using Microsoft Excel." was prose
    assert posting.min_years == 1
    assert ("required", ("Microsoft Excel",), 1) in _rows(posting)


def test_prose_of_the_companys_years_still_asks_nothing(vocab) -> None:
    line = "For over 20 years our clients have trusted the team to deliver reliable reporting in Microsoft Excel."
    posting = _parse(f"Accountant\nQualifications\n{line}\n", vocab)
    assert posting.min_years is None
    assert not _names(posting, "required")
