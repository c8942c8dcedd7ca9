"""s13h: posting structure - mends from the review of s13g: a field of practice where a role works is
asked, ..."""

from __future__ import annotations

import pytest

from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text


def _parse(text: str, vocab):
    return parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)


def _rows(text: str, vocab) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.tier.value, r.any_of) for r in _parse(text, vocab).requirements]


def _asked(line: str, vocab, heading: str = "Requirements") -> list[tuple[str, tuple[str, ...]]]:
    return _rows(f"Staff Member\n\n{heading}:\n- {line}\n", vocab)


def _skills(line: str, vocab) -> set[str]:
    return {name for _tier, any_of in _asked(line, vocab) for name in any_of}


# -- where a role's work is done: a plain workplace or a field of practice ---------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("2 years' experience as a registered nurse in an acute care setting", "acute care"),
        ("1+ years of experience as an RN in a critical care environment", "critical care"),
        ("Experience as a teacher in a special education setting", "special education"),
        ("2 years of experience as a developer in an Agile environment", "Agile"),
        ("Experience as an accountant in a public accounting environment", "accounting"),
        ("Experience as a nurse in a fast-paced acute care setting", "acute care"),
    ],
)
def test_a_field_of_practice_where_a_role_works_is_asked(vocab, line, skill) -> None:
    assert skill in _skills(line, vocab)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("At least 1 year's experience as a care assistant in a residential or nursing setting", "nursing"),
        ("Experience as a receptionist in a hospitality environment", "hospitality"),
        ("Experience as a receptionist in a busy hospitality environment", "hospitality"),
        ("Experience as a cashier in a fast-paced retail environment", "retail"),
    ],
)
def test_a_plain_workplace_where_a_role_works_is_no_skill_asked(vocab, line, skill) -> None:
    assert skill not in _skills(line, vocab)


# -- a department or specialty under the title is no employer -------------------------------------------


@pytest.mark.parametrize(
    ("title", "below", "line", "skill"),
    [
        ("Accountant", "Accounts Payable — Dallas, TX", "3+ years of Accounts Payable experience", "accounts payable"),
        ("Nurse Practitioner", "Primary Care — Portland, OR", "2+ years of Primary Care experience", "primary care"),
        (
            "Senior Software Engineer",
            "Machine Learning Platform — Seattle, WA",
            "5+ years building Machine Learning Platform infrastructure",
            "machine learning infrastructure",
        ),
    ],
)
def test_a_department_under_the_title_is_no_employer(vocab, title, below, line, skill) -> None:
    text = f"{title}\n{below}\n\nRequirements:\n- {line}\n- Proficient in Excel\n"
    assert ("required", (skill,)) in _rows(text, vocab)


def test_an_about_line_names_the_employer_after_a_department_line(vocab) -> None:
    text = (
        "Senior Data Engineer\nData Platform — New York, NY\n\nAbout Lumen\nLumen connects the world.\n"
        "Lumen is an equal opportunity employer.\n\nRequirements:\n- 5+ years of Python and SQL\n"
    )
    assert "Lumen" not in {name for _tier, names in _rows(text, vocab) for name in names}


@pytest.mark.parametrize("below", ["Lumen Payments — Austin, TX", "Lumen Payments | Remote"])
def test_an_employer_under_the_title_is_still_the_employer(vocab, below) -> None:
    text = f"PHP Developer\n{below}\n\nAbout the role\nYou will build Lumen Payments' APIs.\n\nRequirements\n- PHP\n"
    assert "Lumen" not in {name for _tier, names in _rows(text, vocab) for name in names}


# -- a master's-level colleague; a degree level after "to a"; hyphenated measures ---------------------------


def _degree(line: str, vocab) -> str | None:
    return _parse(f"Case Manager\n\nRequirements:\n- {line}\n", vocab).degree


@pytest.mark.parametrize(
    "line",
    [
        "Works under the supervision of a master's-level clinician",
        "Supervised by a masters level therapist",
        "Will receive weekly clinical supervision from a master's-level clinician",
        "Able to work outdoors in 90-degree heat",
        "Experience running 360-degree feedback programs",
        "Ability to work in a 40 degree freezer environment",
        "To a certain degree, you will travel to our partners",
    ],
)
def test_a_colleagues_degree_or_a_measure_asks_none(vocab, line) -> None:
    assert _degree(line, vocab) is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("You have a business or finance degree at masters level", "master"),
        ("A master's level qualification in social work", "master"),
        ("A master's-level degree in counseling", "master"),
        ("An education in economics or finance at master level corresponding to the Danish cand.oecon", "master"),
        ("Educated to a degree level in Finance or Accounting", "bachelor"),
        ("Educated to a degree standard", "bachelor"),
        ("Progression to a degree in Nursing", "bachelor"),
    ],
)
def test_a_degree_asked_at_its_level_is_asked(vocab, line, level) -> None:
    assert _degree(line, vocab) == level


# -- learned after the hire: the credential word must be the mention's own ------------------------------


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Registered nurses must become proficient in Epic within 90 days of hire", "Epic"),
        ("RNs will become proficient in Epic within 90 days of hire", "Epic"),
        ("Learn our Kronos timekeeping and badge card system within 30 days of hire", "UKG"),
        ("Become proficient in Epic within 90 days of hire", "Epic"),
    ],
)
def test_a_tool_learned_after_the_hire_is_not_required(vocab, line, skill) -> None:
    assert ("required", (skill,)) not in _asked(line, vocab)


@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Must be certified in Epic within 90 days of hire", "Epic"),
        ("Forklift certification within 30 days of hire", "forklift operation"),
        ("Must obtain a CDL within 6 months of employment", "CDL"),
        ("ACLS must be obtained within 90 days of hire", "ACLS"),
    ],
)
def test_a_credential_held_within_a_period_after_the_hire_is_still_required(vocab, line, skill) -> None:
    assert ("required", (skill,)) in _asked(line, vocab)


# -- Markdown code fences, as CommonMark has them ------------------------------------------------------


def test_inline_code_at_a_lines_start_opens_no_fence(vocab) -> None:
    text = (
        "Backend Engineer\n\nRequirements:\n```pytest``` suites for every service\n- 5+ years of Python\n"
        "- Experience with PostgreSQL and Redis\n```bash\npip install -r requirements.txt\n```\n- AWS experience\n"
    )
    rows = _rows(text, vocab)
    assert ("required", ("Python",)) in rows and ("required", ("PostgreSQL",)) in rows


@pytest.mark.parametrize(
    "fence",
    [
        "```bash\n~~~\njava -jar app.jar\n```",  # tildes close no backtick fence
        "````\n```\njava -jar app.jar\n````",  # a shorter fence closes no longer one
        "```\n```bash\njava -jar app.jar\n```",  # a fence with an info string closes none
    ],
)
def test_a_fence_closes_only_with_its_own_kind(vocab, fence) -> None:
    text = f"Backend Engineer\n\nRequirements:\n- 3+ years of Python\n{fence}\n- Go\n"
    rows = _rows(text, vocab)
    assert ("required", ("Java",)) not in rows and ("required", ("Go",)) in rows
