"""Skills the QA audit found dropped (or wrongly found) in resumes and postings, each from the
line that showed it: a line that is only names, a Markdown link's text, ..."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch.extract import extract_line
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.vocabulary import Vocabulary

AS_OF = date(2026, 1, 1)


def names(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab)]


def resume_skills(text: str, vocab: Vocabulary, path: str = "r.txt") -> list[str]:
    kind = "markdown" if path.endswith(".md") else "text"
    profile = profile_resume(Document(path=path, text=text, kind=kind), vocab, today=AS_OF)
    return [s.skill.name for s in profile.skills]


def required(text: str, vocab: Vocabulary) -> list[tuple[str, ...]]:
    posting = parse_posting(Document(path="p.txt", text=text, kind="text"), vocab)
    return [r.any_of for r in posting.requirements]


# -- a line that is only names: a strict form ("Go", "R", "Excel") in a technical context -------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Go", ["Go"]),  # /work/qa/repro/strict_resume.txt: one skill a line
        ("- Rust", ["Rust"]),
        ("- Swift", ["Swift"]),
        ("- R", ["R"]),
        ("- Excel", ["Microsoft Excel"]),
        ("- Jest", ["Jest"]),  # strict_posting.txt
        ("- German (B2+)", ["German"]),
        ("Gatsby", ["Gatsby"]),  # skillspan_train_tech_17: a stack one name a line, no bullets
        ("Spring", ["Spring"]),  # skillspan_train_tech_19
        ("- Go, Rust", ["Go", "Rust"]),
        ("- Go and Rust", ["Go", "Rust"]),
        ("1. Go", ["Go"]),
        ("- Swift (3 years)", ["Swift"]),
        ("**Languages:** Go, Rust", ["Go", "Rust"]),  # md_links_resume.md: the label in bold
        ("- **Languages:** Go, Rust", ["Go", "Rust"]),
        ("**Languages**: Go, Rust", ["Go", "Rust"]),
        ("Hobbies: Go, Rust", ["Go", "Rust"]),  # two names vouch for each other after any label
    ],
)
def test_a_line_of_names_is_technical_context(line: str, expected: list[str], vocab: Vocabulary) -> None:
    assert names(line, vocab) == expected


@pytest.mark.parametrize(
    "line",
    [
        "Go to market",
        "- Go to market",
        "let's go",
        "Let's Go!",
        "R&D",
        "- R&D",
        "- Excel at communication",
        "Excel at …",
        "Hobbies: Go",  # one name after a label about no technology: the board game, maybe
        "Spring 2022",
        "- Go (to market)",
    ],
)
def test_a_line_of_names_needs_only_names(line: str, vocab: Vocabulary) -> None:
    found = [n for n in names(line, vocab) if n in ("Go", "R", "Microsoft Excel", "Spring")]
    assert found == []


def test_resume_skills_one_a_line(vocab: Vocabulary) -> None:
    text = "Pat Doe\n\nTECHNICAL SKILLS\n- Go\n- Rust\n- Swift\n- R\n- Excel\n- Python\n"
    assert resume_skills(text, vocab) == ["Go", "Rust", "Swift", "R", "Microsoft Excel", "Python"]


def test_posting_requirements_one_a_line(vocab: Vocabulary) -> None:
    text = "Engineer\n\nRequirements\n- Go\n- Rust\n- Jest\n- German (B2+)\n- Python\n"
    assert required(text, vocab) == [("Go",), ("Rust",), ("Jest",), ("German",), ("Python",)]


# -- the text of a Markdown link is read; its address is not --------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (  # /work/qa/repro/md_links_resume.md
            "- Built the [Python](https://python.org) SDK and a [Django](https://www.djangoproject.com/) app",
            ["Python", "Django"],
        ),
        ("- [Kubernetes](https://kubernetes.io)", ["Kubernetes"]),
        ("[Apache Kafka](https://kafka.apache.org) and [Go](https://go.dev)", ["Kafka", "Go"]),
        ("[https://python.org](https://python.org)", []),  # the text is an address too
        ("[www.python.org](https://www.python.org)", []),
        ("Docs: https://kubernetes.io/docs", []),
    ],
)
def test_markdown_link_text(line: str, expected: list[str], vocab: Vocabulary) -> None:
    assert names(line, vocab) == expected


def test_resume_markdown_links(vocab: Vocabulary) -> None:
    text = (
        "# Pat Doe\n\n## Skills\n- **Languages:** Go, Rust\n- [Kubernetes](https://kubernetes.io)\n\n"
        "## Experience\n### Engineer, Acme\nJan 2020 - Present\n"
        "- Built the [Python](https://python.org) SDK and a [Django](https://www.djangoproject.com/) app\n"
    )
    assert resume_skills(text, vocab, "r.md") == ["Go", "Rust", "Kubernetes", "Python", "Django"]


# -- a technology before a broader concept: the extractor names both -----------------------------
# (the posting parser's merge of adjacent mentions decides which becomes the requirement)
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Strong Java backend development skills", ["Java", "backend development"]),  # modifier_posting.txt
        ("Experience writing React web applications", ["React", "web development"]),
        ("Hands-on Go microservices experience", ["Go", "microservices"]),
        ("5+ years of experience building Java web applications", ["Java", "web development"]),
    ],
)
def test_technology_before_a_concept(line: str, expected: list[str], vocab: Vocabulary) -> None:
    assert names(line, vocab) == expected


# -- words of another field: resume lines of the fixtures ----------------------------------------
@pytest.mark.parametrize(
    ("line", "expected", "absent"),
    [
        (  # partial_frontend.txt: a measure of page speed, not Contentful the CMS
            "- Improved Largest Contentful Paint from 4.1s to 1.8s with code splitting and lazy images.",
            ["Core Web Vitals"],
            "Contentful",
        ),
        ("systems, testing and performance budgets.", ["testing", "performance optimization"], "budgeting"),
        (  # unrelated_nurse.txt: the heart's telemetry, not a service's
            "discharge planning, cardiac telemetry, de-escalation, teamwork, communication",
            ["discharge planning", "cardiac monitoring", "conflict resolution", "teamwork", "communication"],
            "telemetry",
        ),
        ("Telemetry unit experience", ["cardiac monitoring"], "telemetry"),
    ],
)
def test_words_of_another_field(line: str, expected: list[str], absent: str, vocab: Vocabulary) -> None:
    assert names(line, vocab) == expected
    assert absent not in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("We use Contentful as our CMS", ["Contentful", "CMS"]),
        ("Experience managing multi-million dollar budgets", ["budgeting"]),  # dev house 5
        # train tech 29
        ("Experience with network monitoring and telemetry solutions.", ["network monitoring", "telemetry"]),
    ],
)
def test_the_fields_own_words_stay(line: str, expected: list[str], vocab: Vocabulary) -> None:
    assert names(line, vocab) == expected


def test_cardiac_telemetry_meets_no_software_telemetry(vocab: Vocabulary) -> None:
    assert vocab.get("telemetry").category == "concept"
    assert "telemetry" in vocab.implied("OpenTelemetry")
    assert "telemetry" not in vocab.implied("cardiac monitoring")
