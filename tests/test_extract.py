"""Unit tests for jobmatch.extract: skills found in real lines, and not found in ordinary English."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_line, extract_skills
from jobmatch.models import Method
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def names(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab)]


def hard(line: str, vocab: Vocabulary) -> list[str]:
    return [m.skill.name for m in extract_line(line, 1, vocab) if not m.skill.soft]


def mention(line: str, skill: str, vocab: Vocabulary):
    found = [m for m in extract_line(line, 1, vocab) if m.skill.name == skill]
    assert found, f"{skill!r} not found in {line!r}: {names(line, vocab)}"
    return found[0]


# -- aliases --------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "skill", "surface"),
    [
        ("Rewrote the payout service on Postgres 15", "PostgreSQL", "Postgres"),
        ("Cut AWS spend by right-sizing k8s workloads", "Kubernetes", "k8s"),
        ("Wrote Golang workers for thumbnail generation", "Go", "Golang"),
        ("Built JS apps for the browser", "JavaScript", "JS"),
        ("Deployed on Amazon Web Services", "AWS", "Amazon Web Services"),
        ("Experience with Google Cloud Platform", "GCP", "Google Cloud Platform"),
        ("Node.js/Express BFF", "Node.js", "Node.js"),
        ("ElastiCache (Redis)", "Redis", "ElastiCache"),
    ],
)
def test_alias(line: str, skill: str, surface: str, vocab: Vocabulary) -> None:
    m = next(m for m in extract_line(line, 1, vocab) if m.surface == surface)
    assert m.skill.name == skill
    expected = Method.EXACT if surface == skill else Method.ALIAS
    assert m.method is expected


def test_postgres_is_alias_method(vocab: Vocabulary) -> None:
    m = mention("Experience with Postgres and k8s", "PostgreSQL", vocab)
    assert m.method is Method.ALIAS
    assert m.surface == "Postgres"
    assert mention("Experience with Postgres and k8s", "Kubernetes", vocab).method is Method.ALIAS


def test_canonical_name_is_exact_method(vocab: Vocabulary) -> None:
    m = mention("Experience with PostgreSQL", "PostgreSQL", vocab)
    assert m.method is Method.EXACT


def test_mention_offsets_point_at_surface(vocab: Vocabulary) -> None:
    line = "- Deployed services on Amazon Web Services (AWS) with k8s"
    for m in extract_line(line, 7, vocab):
        assert line[m.start : m.end] == m.surface
        assert m.line == 7


# -- symbols and word boundaries ------------------------------------------------------------
@pytest.mark.parametrize("skill", ["C++", "C#", "F#", ".NET", "ASP.NET", "Node.js", "CI/CD"])
def test_symbol_names(skill: str, vocab: Vocabulary) -> None:
    line = "Skills: C++, C#, F#, .NET, ASP.NET, Node.js, CI/CD"
    assert skill in names(line, vocab)


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("C++ developer", ["C++"]),
        ("Experience in C#/.NET", ["C#", ".NET"]),
        ("Experience with Node.js/TypeScript", ["Node.js", "TypeScript"]),
        ("Built CI/CD pipelines", ["CI/CD"]),
        ("Experience with CI / CD", ["CI/CD"]),
        ("ASP.NET Core and .NET 6", ["ASP.NET", ".NET"]),
    ],
)
def test_symbol_names_in_lines(line: str, expected: list[str], vocab: Vocabulary) -> None:
    assert hard(line, vocab) == expected


def test_go_not_inside_google(vocab: Vocabulary) -> None:
    assert "Go" not in names("Worked at Google on search ranking", vocab)
    assert "Go" not in names("Google Cloud, Google Docs", vocab)


def test_c_not_inside_cpp(vocab: Vocabulary) -> None:
    assert names("C++ developer", vocab) == ["C++"]
    assert "C" not in names("Modern C++17 and C#", vocab)
    assert "C" not in names("Objective-C and Swift", vocab)


def test_c_and_cpp_both_when_both_named(vocab: Vocabulary) -> None:
    # real line, skillspan_dev_tech_28
    line = "At least 7 years of demonstrated proficiency in C / C++ development in a Linux environment"
    assert hard(line, vocab) == ["C", "C++", "Linux"]


@pytest.mark.parametrize("line", ["R&D department", "Our R&D team builds prototypes", "R & D budget"])
def test_r_and_d_is_not_r(line: str, vocab: Vocabulary) -> None:
    assert "R" not in names(line, vocab)


def test_r_after_r_and_d_still_found(vocab: Vocabulary) -> None:
    assert names("R&D department, experience with R", vocab) == ["R"]


# -- strict forms ---------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Expert in Python, Java, or Go", ["Python", "Java", "Go"]),  # backend_engineer.md
        ("Languages: Go, Rust", ["Go", "Rust"]),
        ("Strong experience with Swift", ["Swift"]),
        ("experience with Swift", ["Swift"]),
        ("Go developer", ["Go"]),
        ("Go, Rust, and C++", ["Go", "Rust", "C++"]),
        ("Python or Go are ideal", ["Python", "Go"]),  # skillspan_train_tech_45
        (
            "ledger processing ~40M transactions/day across 14 Python and Go microservices.",
            ["Python", "Go", "microservices"],
        ),
        (
            "Languages: Python (asyncio, type hints), Go, SQL, Bash, some Java",
            ["Python", "asyncio", "Go", "SQL", "Bash", "Java"],
        ),
        (
            "Strong experience with Django, Flask, FastAPI, or Spring Boot",
            ["Django", "Flask", "FastAPI", "Spring Boot"],
        ),
        (
            "Built an internal dashboard in Flask and wrote unit tests with pytest.",
            ["data visualization", "Flask", "unit testing", "pytest"],
        ),
        (
            "APIs & architecture: REST, GraphQL, microservices",
            ["software architecture", "REST API", "GraphQL", "microservices"],
        ),
        ("Experience with Spring", ["Spring"]),
        ("Node.js and Express", ["Node.js", "Express"]),
        ("Proficient in Microsoft Excel", ["Microsoft Excel"]),
        ("Advanced Excel skills", ["Microsoft Excel"]),
    ],
)
def test_strict_forms_in_technical_context(line: str, expected: list[str], vocab: Vocabulary) -> None:
    assert hard(line, vocab) == expected


@pytest.mark.parametrize(
    ("line", "absent"),
    [
        ("We go above and beyond for customers", "Go"),
        ("Looking for a go-getter", "Go"),
        ("the rest of the team", "REST API"),
        ("REST of the team", "REST API"),
        ("Data at rest and in transit", "REST API"),
        ("excel at communication", "Microsoft Excel"),
        ("Excel at communication", "Microsoft Excel"),
        ("We excel in customer service", "Microsoft Excel"),
        ("Spring 2022", "Spring"),
        ("Starting in Spring 2022 we expanded", "Spring"),
        ("swift response times", "Swift"),
        ("Swift response times", "Swift"),
        ("Swift delivery of features", "Swift"),
        ("a flask of coffee", "Flask"),
        ("make sure", "Make"),
        ("Make sure deployments are safe", "Make"),
        ("ruby red", "Ruby"),
        ("ruby red grapefruit", "Ruby"),
        ("shell company", "Shell scripting"),
        ("a shell company in Delaware", "Shell scripting"),
        ("Express delivery", "Express"),
    ],
)
def test_strict_forms_not_on_ordinary_words(line: str, absent: str, vocab: Vocabulary) -> None:
    assert absent not in names(line, vocab)
    assert hard(line, vocab) == []


@pytest.mark.parametrize("line", ["go to market", "Go to market strategy", "Experience with go-to-market strategy"])
def test_go_to_market_is_a_launch_not_the_language(line: str, vocab: Vocabulary) -> None:
    assert hard(line, vocab) == ["go-to-market strategy"]


@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Webpack React & Redux", ["Webpack", "React", "Redux"]),  # skillspan_train_tech_3
        ("React & Redux", ["React", "Redux"]),
    ],
)
def test_strict_form_before_ampersand(line: str, expected: list[str], vocab: Vocabulary) -> None:
    assert hard(line, vocab) == expected


def test_strict_form_in_office_list(vocab: Vocabulary) -> None:
    assert "Microsoft Excel" in names("Excel, Word, PowerPoint, Outlook", vocab)


def test_strict_form_in_parentheses_after_a_role(vocab: Vocabulary) -> None:
    assert hard("iOS developer (Swift)", vocab) == ["iOS", "Swift"]


# -- plurals and inflections ----------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "skill"),
    [
        ("Built REST APIs", "REST API"),
        ("Designed RESTful APIs", "REST API"),
        ("Built a microservice", "microservices"),
        ("Split a monolith into 9 microservices", "microservices"),
        ("databases design", "database design"),
        ("Relational database", "relational databases"),
        ("Wrote Dockerfiles", "Docker"),
        ("message queue", "message queues"),
        ("big data technologies", "big data"),
        ("Experience with data pipeline", "data pipelines"),
        ("Salesforce's API", "Salesforce"),
    ],
)
def test_plurals_and_inflections(line: str, skill: str, vocab: Vocabulary) -> None:
    assert skill in names(line, vocab)


# -- elliptical coordination ----------------------------------------------------------------
def test_shared_head_ellipsis(vocab: Vocabulary) -> None:
    # skillspan-style real line from senior_software_engineer_infrastructure.md (line 53)
    got = hard("Advanced knowledge of database design and optimization", vocab)
    assert got == ["database design", "database optimization"]


def test_shared_tail_ellipsis(vocab: Vocabulary) -> None:
    got = hard("Experience with unit and integration testing", vocab)
    assert got == ["unit testing", "integration testing"]
    unit = mention("Experience with unit and integration testing", "unit testing", vocab)
    assert unit.surface == "unit"


def test_no_ellipsis_when_both_are_written_out(vocab: Vocabulary) -> None:
    line = "Write comprehensive unit tests, integration tests, and API documentation"
    assert hard(line, vocab) == ["unit testing", "integration testing", "API documentation"]


def test_shared_tail_ellipsis_with_unknown_second_phrase(vocab: Vocabulary) -> None:
    # real line, skillspan_train_tech_1 line 37
    got = hard("Performance and security testing experience is a plus.", vocab)
    assert "performance testing" in got
    assert "performance optimization" not in got


# -- fuzzy misspellings ---------------------------------------------------------------------
@pytest.mark.parametrize(
    ("word", "skill"),
    [
        ("Javascipt", "JavaScript"),
        ("Javscript", "JavaScript"),
        ("Kubernets", "Kubernetes"),
        ("Kubenetes", "Kubernetes"),
        ("Elasticsearh", "Elasticsearch"),
        ("Prometeus", "Prometheus"),
        ("Posgres", "PostgreSQL"),
    ],
)
def test_fuzzy_misspellings(word: str, skill: str, vocab: Vocabulary) -> None:
    m = mention(f"Experience with {word} in production", skill, vocab)
    assert m.method is Method.FUZZY
    assert m.surface == word


@pytest.mark.parametrize(("word", "skill"), [("Kubernates", "Kubernetes"), ("Postgress", "PostgreSQL")])
def test_fuzzy_misspellings_ending_in_s(word: str, skill: str, vocab: Vocabulary) -> None:
    m = mention(f"Experience with {word} in production", skill, vocab)
    assert m.method is Method.FUZZY


def test_fuzzy_can_be_turned_off(vocab: Vocabulary) -> None:
    assert extract_line("Experience with Javascipt", 1, vocab, fuzzy=False) == []


@pytest.mark.parametrize(
    "line",
    [
        "Rusty",
        "a Rusty old pipeline",
        "Rusts",
        "Gopher",
        "the Gopher mascot",
        "scalar values",
        "enterprise customers",
        "Pythonic code",
        "Reacting quickly",
        "Rubyist",
        "Goes to",
        "Javas",
        "Scalar",
        "Excellent communication",
    ],
)
def test_no_fuzzy_for_short_names_or_ordinary_words(line: str, vocab: Vocabulary) -> None:
    assert [m for m in extract_line(line, 1, vocab) if m.method is Method.FUZZY] == []
    assert hard(line, vocab) == []


# -- extract_skills: line numbers -----------------------------------------------------------
def test_extract_skills_line_numbers_are_one_based(vocab: Vocabulary) -> None:
    text = "DANIEL OKAFOR\n\nLanguages: Python, Go\n\n- Deployed on Kubernetes (EKS)\n"
    found = [(m.skill.name, m.line) for m in extract_skills(text, vocab)]
    assert found == [("Python", 3), ("Go", 3), ("Kubernetes", 5), ("EKS", 5)]


def test_extract_skills_accepts_lines(vocab: Vocabulary) -> None:
    found = extract_skills(["nothing here", "Docker and Kubernetes"], vocab)
    assert [(m.skill.name, m.line) for m in found] == [("Docker", 2), ("Kubernetes", 2)]


def test_extract_skills_reading_order(vocab: Vocabulary) -> None:
    found = extract_skills("Kafka then Redis\nAWS", vocab)
    assert [m.skill.name for m in found] == ["Kafka", "Redis", "AWS"]
    assert [m.start for m in found[:2]] == sorted(m.start for m in found[:2])


def test_extract_skills_empty(vocab: Vocabulary) -> None:
    assert extract_skills("", vocab) == []
    assert extract_skills("\n\n", vocab) == []


# -- soft skills are not hard skills --------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "soft"),
    [
        ("lead a team", {"leadership"}),
        ("Proven ability to lead and mentor engineers", {"leadership", "mentoring"}),  # infrastructure.md
        ("Mentor junior and mid-level engineers", {"mentoring"}),  # senior_backend_engineer_python.txt
    ],
)
def test_leadership_lines_give_no_hard_skill(line: str, soft: set[str], vocab: Vocabulary) -> None:
    found = extract_line(line, 1, vocab)
    assert [m.skill.name for m in found if not m.skill.soft] == []
    assert {m.skill.name for m in found} == soft
