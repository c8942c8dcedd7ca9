"""s13g: posting structure - a credential held within a period after the hire is asked, ..."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line
from jobmatch.models import Document
from jobmatch.posting import _drop_purpose, parse_posting
from jobmatch.text import normalize_text


def _parse(text: str, vocab):
    return parse_posting(Document("p.txt", normalize_text(text), "text"), vocab)


def _rows(text: str, vocab) -> list[tuple[str, tuple[str, ...]]]:
    return [(r.tier.value, r.any_of) for r in _parse(text, vocab).requirements]


def _asked(line: str, vocab, heading: str = "Requirements") -> list[tuple[str, tuple[str, ...]]]:
    return _rows(f"IT Support Specialist\n\n{heading}:\n- {line}\n", vocab)


# -- a credential held within a period after the hire ------------------------------------------------


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        ("CompTIA A+ (required within 6 months of hire)", [("required", ("CompTIA A+",))]),
        ("CompTIA A+ certification required within 6 months of hire", [("required", ("CompTIA A+",))]),
        ("Must obtain a CDL within 6 months of employment", [("required", ("CDL",))]),
        ("Forklift certification within ninety (90) days of your start date", [("required", ("forklift operation",))]),
    ],
)
def test_a_credential_held_within_a_period_after_the_hire_is_asked(vocab, line, rows) -> None:
    assert _asked(line, vocab) == rows


def test_a_credential_held_within_a_period_after_the_hire_keeps_its_sections_tier(vocab) -> None:
    assert _asked("CompTIA A+ (within 6 months of hire)", vocab, "Preferred") == [("preferred", ("CompTIA A+",))]


@pytest.mark.parametrize(
    "line",
    [
        "Become proficient in Epic within 90 days of hire",
        "Learn Salesforce within 60 days of your start date",
        "Complete forklift training within 30 days of hire",
    ],
)
def test_a_skill_learned_on_the_job_after_the_hire_is_not_asked(vocab, line) -> None:
    assert {tier for tier, _names in _asked(line, vocab)} == {"context"}


def test_the_help_desk_postings_a_plus_is_required(vocab) -> None:
    with open("tests/data/pairs_s13/hd_posting.txt", encoding="utf-8") as handle:
        rows = _rows(handle.read(), vocab)
    assert ("required", ("CompTIA A+",)) in rows


# -- possessive years; where a role's work is done ------------------------------------------------------


@pytest.mark.parametrize(
    ("line", "years", "field"),
    [
        ("At least 1 year's experience as a care assistant in a residential or nursing setting", 1, "care assistant"),
        ("At least 2 years’ experience as a care assistant", 2, "care assistant"),
        ("2 years' nursing experience", 2, "nursing"),
        ("3 years' experience as a line cook", 3, "line cook"),
        ("3 years' experience in a similar position", 3, None),  # (no field named)
    ],
)
def test_possessive_years_name_their_field(vocab, line, years, field) -> None:
    posting = _parse(f"Senior Care Assistant\n\nAbout You:\n- {line}\n", vocab)
    assert (posting.min_years, posting.min_years_field) == (years, field)


def test_where_a_roles_work_is_done_is_no_skill_asked(vocab) -> None:
    line = "At least 1 year's experience as a care assistant in a residential or nursing setting"
    assert _asked(line, vocab) == []
    assert _asked("Experience as a receptionist in a hospitality environment", vocab) == []


@pytest.mark.parametrize(
    ("line", "rows"),
    [
        # no role before it: the setting is the experience asked
        ("2 years' experience in an acute care setting", [("required", ("acute care",))]),
        ("Experience in a fast-paced retail environment", [("required", ("retail",))]),
        # a tool named where a role works is still asked
        (
            "3 years of experience as a Python developer in a Linux environment",
            [("required", ("Python",)), ("required", ("Linux",))],
        ),
    ],
)
def test_a_setting_with_no_role_or_a_tool_there_is_still_asked(vocab, line, rows) -> None:
    assert _asked(line, vocab) == rows


# -- a degree that is no qualification; a level named after the degree -------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Furthermore other types of assignments may occur to a limited degree",
        "To a certain degree, you will travel to our partners",
        "You will have a large degree of responsibility",
        "The application must include a curriculum vitae, degree certificate, a list of publications",
        "Please attach copies of your degrees and a cover letter",
    ],
)
def test_a_degree_that_is_no_qualification_asks_none(vocab, line) -> None:
    assert _parse(f"Research Assistant\n\nRequirements:\n- {line}\n", vocab).degree is None


@pytest.mark.parametrize(
    ("line", "level"),
    [
        ("You have a business or finance degree at masters level", "master"),
        ("A degree at bachelor's level in economics", "bachelor"),
        # a degree named by no level asks a bachelor's, a measure on the same line notwithstanding
        ("A degree in Computer Science and a high degree of accuracy", "bachelor"),
        ("Degree in a related field", "bachelor"),
    ],
)
def test_a_degrees_level(vocab, line, level) -> None:
    assert _parse(f"Analyst\n\nRequirements:\n- {line}\n", vocab).degree == level


def test_a_document_list_leaves_the_degree_asked_elsewhere(vocab) -> None:
    text = (
        "PhD Fellow in Bioinformatics\n\nQualifications:\n- You hold a Master's degree in bioinformatics\n\n"
        "Application:\nThe application must include a curriculum vitae, degree certificate, a list of publications\n"
    )
    assert _parse(text, vocab).degree == "master"


# -- a purpose after "for" on a long line -----------------------------------------------------------------

_PURPOSES = (
    "Experience with Python for data analysis and Docker for deployment, Kubernetes (for orchestration) "
    "and Redis for caching of the services we build with Java and PostgreSQL. "
)


def test_a_purpose_is_dropped_alike_on_a_pasted_page_of_one_line(vocab) -> None:
    one = [m.skill.name for m in _drop_purpose(_PURPOSES, 0, extract_line(_PURPOSES, 1, vocab))]
    assert one == ["Python", "Kubernetes", "container orchestration", "Redis", "Java", "PostgreSQL"]
    page = _PURPOSES * 200
    assert [m.skill.name for m in _drop_purpose(page, 0, extract_line(page, 1, vocab))] == one * 200


@pytest.mark.parametrize(
    ("line", "kept"),
    [
        # a "for" inside brackets names no purpose of what is outside them
        (
            "Strong skills (Python for data analysis, SQL for reporting) and Docker",
            ["Python", "data analysis", "SQL", "Docker"],
        ),
        # brackets closed before the "for": a purpose again
        ("Kubernetes (EKS) and Terraform for infrastructure as code", ["Kubernetes", "EKS", "Terraform"]),
        # no skill before the "for"
        ("For our data platform: Python and Airflow", ["Python", "Apache Airflow"]),
    ],
)
def test_a_purpose_after_brackets(vocab, line, kept) -> None:
    assert [m.skill.name for m in _drop_purpose(line, 0, extract_line(line, 1, vocab))] == kept


# -- the employer's line under the title ---------------------------------------------------------------


@pytest.mark.parametrize(
    "company",
    ["Lumen Payments — Austin, TX", "Lumen Payments | Remote", "Lumen - Denver, CO"],
)
def test_the_employers_line_under_the_title_names_no_skill(vocab, company) -> None:
    text = (
        f"Application Security Engineer\n{company}\n\nAbout the role\nYou will secure our payment APIs.\n\n"
        "Requirements\n- 3+ years of experience with Python or Go\n"
    )
    assert "Lumen" not in {name for _tier, names in _rows(text, vocab) for name in names}


def test_the_employers_framework_asked_elsewhere_is_still_asked(vocab) -> None:
    text = "PHP Developer\nLumen Payments — Austin, TX\n\nRequirements\n- Experience with Laravel and Lumen\n"
    assert ("required", ("Lumen",)) in _rows(text, vocab)


@pytest.mark.parametrize(
    "below",
    [
        "Python - Remote",  # a skill's name with no town
        "Python, SQL, Airflow — Remote",  # a list of skills
    ],
)
def test_skills_under_the_title_are_no_employer(vocab, below) -> None:
    text = f"Data Engineer\n{below}\n\nRequirements\n- Experience with dbt\n"
    assert ("context", ("Python",)) in _rows(text, vocab)


# -- Markdown code fences ---------------------------------------------------------------------------------

_FENCED = (
    "Backend Engineer\n\nRequirements\n- 3+ years of experience with Python\n\n"
    "```bash\n# install the CLI\njava -jar app.jar --port 8080\n```\n\nNice to have\n- Go\n"
)


def test_a_code_fence_asks_nothing_and_opens_no_section(vocab) -> None:
    posting = _parse(_FENCED, vocab)
    assert [(r.tier.value, r.any_of) for r in posting.requirements] == [
        ("required", ("Python",)),
        ("preferred", ("Go",)),
    ]
    assert "install the CLI" not in [s.heading for s in posting.sections]


def test_a_fence_never_closed_fences_nothing(vocab) -> None:
    rows = _rows("Backend Engineer\n\nRequirements\n- Python\n```\n- Java\n", vocab)
    assert ("required", ("Java",)) in rows
