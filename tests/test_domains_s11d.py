"""Whole pairs (s11d): a frontend engineer (React/TypeScript), a mobile engineer (iOS and Android), a data
engineer (Spark, Airflow, dbt, Kafka) and a QA automation engineer, each resume read against a posting of
the kind they would apply to (tests/data/pairs_s11d). What the reading found: libraries asked by name were
met by their framework (React Testing Library read as React, UIKit and Jetpack Compose as their platforms);
Amazon EMR read as electronic medical records and Yarn as Hadoop's; "unit and UI tests" was UI design;
the kinds of testing (API, mobile, regression, exploratory), server-side rendering, feature flags, CDC,
dimensional modeling and a mobile app's publishing were unknown; a list's label "Processing:" was the
Processing language; a merchant dashboard was data visualization and marketing sites marketing."""

from __future__ import annotations

from pathlib import Path

import pytest

from jobmatch import api
from jobmatch.extract import extract_skills
from jobmatch.models import Tier
from jobmatch.vocabulary import Vocabulary
from tests.test_domains_s10 import load_pair, requirements_of  # (the whole pairs' helpers, shared)

PAIRS = Path(__file__).parent / "data" / "pairs_s11d"
FILES = {
    "frontend": ("frontend_resume.txt", "frontend_posting.md"),
    "mobile": ("mobile_resume.txt", "mobile_posting.txt"),
    "data_engineer": ("data_engineer_resume.md", "data_engineer_posting.txt"),
    "qa": ("qa_resume.txt", "qa_posting.txt"),
}


def _pair(name: str, vocab: Vocabulary):
    return load_pair(PAIRS, *FILES[name], vocab)



@pytest.mark.parametrize(
    ("name", "asked", "not_asked"),
    [
        (
            "frontend",
            {("Jest", "Testing Library"), ("assistive technology",), ("server-side rendering",),
             ("feature flags", "LaunchDarkly"), ("Redux", "React Query")},
            {"assistive instruments"},
        ),
        (
            "mobile",
            {("UIKit",), ("SwiftUI",), ("Combine", "Swift Concurrency", "async programming"), ("UI testing",),
             ("app store publishing",), ("Kotlin Multiplatform",), ("MVVM", "software architecture")},
            {"UI design"},
        ),
        (
            "data_engineer",
            {("AWS", "Amazon S3", "Amazon EMR", "AWS Glue", "AWS Lambda"),
             ("change data capture", "Debezium", "Fivetran"), ("data modeling", "dimensional modeling"),
             ("data quality", "Great Expectations")},
            {"electronic health records"},
        ),
        (
            "qa",
            {("API testing", "Postman", "REST Assured"), ("mobile testing",), ("cross-browser testing", "Sauce Labs")},
            {"product management"},
        ),
    ],
)
def test_the_postings_requirements(name: str, asked, not_asked, vocab: Vocabulary) -> None:
    _profile, posting = _pair(name, vocab)
    found = requirements_of(posting, Tier.REQUIRED, Tier.PREFERRED)
    assert asked <= found
    assert not not_asked & {n for group in found for n in group}


def test_a_testing_library_named_for_react_asks_no_react_of_its_own(vocab: Vocabulary) -> None:
    _profile, posting = _pair("frontend", vocab)
    testing_line = [r for r in posting.requirements if "React Testing Library" in r.text]
    assert testing_line and all("React" not in r.any_of for r in testing_line)


@pytest.mark.parametrize(
    ("name", "has", "has_not"),
    [
        ("frontend", {"React Query", "Testing Library", "Chromatic", "LaunchDarkly", "server-side rendering",
                      "assistive technology", "Apollo Client", "Nx"},
         {"data visualization", "marketing", "wireframing", "Julia", "TanStack"}),
        ("mobile", {"UIKit", "Jetpack Compose", "Retrofit", "WorkManager", "MVVM", "StoreKit",
                    "push notifications", "deep linking", "Kotlin Multiplatform", "UI testing"},
         {"UI design", "Ruby"}),
        ("data_engineer", {"Amazon EMR", "AWS Glue", "Debezium", "change data capture", "Snowpipe",
                           "Spark Structured Streaming", "dimensional modeling", "data contracts", "DataHub"},
         {"electronic health records", "Processing", "invoicing"}),
        ("qa", {"API testing", "contract testing", "regression testing", "smoke testing", "exploratory testing",
                "Page Object Model", "Allure", "bug triage", "cross-browser testing"},
         {"product management", "triage"}),
    ],
)
def test_the_resumes_skills(name: str, has: set[str], has_not: set[str], vocab: Vocabulary) -> None:
    profile, _posting = _pair(name, vocab)
    skills = {s.skill.name for s in profile.skills}
    assert has <= skills
    assert not has_not & skills


@pytest.mark.parametrize("name", list(FILES))
def test_each_resume_meets_its_postings_core(name: str, vocab: Vocabulary) -> None:
    profile, posting = _pair(name, vocab)
    result = api.score(profile, posting, vocab)
    required = [m for m in result.matches if m.requirement.tier is Tier.REQUIRED]
    missed = {" / ".join(m.requirement.any_of) for m in required if not m.matched}
    # what each resume really lacks: the mobile engineer names no communication; the QA posting's intro
    # line asks web development (a tier the posting's reader gives it, see the report)
    assert missed <= {"communication (soft)", "communication", "web development"}


def _names(line: str, vocab: Vocabulary) -> set[str]:
    return {m.skill.name for m in extract_skills(f"EXPERIENCE\n{line}", vocab, resume=True)}


@pytest.mark.parametrize(
    ("line", "found", "not_found"),
    [
        ("- Rewrote heavy Spark jobs on EMR, cutting compute cost by 35%", "Amazon EMR", "electronic health records"),
        ("- Documented care in the EMR for 30 patients a shift", "electronic health records", "Amazon EMR"),
        ("Tooling: npm, Yarn, pnpm, Vite", "npm", "Hadoop"),
        ("- Ran Spark on YARN and HDFS", "Hadoop", None),
        ("- Wrote unit and UI tests with XCTest", "UI testing", "UI design"),
        ("- Logged and triaged defects in Jira", "bug triage", "triage"),
        ("- Triaged patients in a 40-bed emergency department", "triage", "bug triage"),
        ("- **Processing:** Apache Spark (PySpark), dbt, Pandas", "Apache Spark", "Processing"),
        ("- Generative art sketches in Processing and p5.js", None, None),
        ("Swift: SwiftUI, Combine", "SwiftUI", None),
        ("- Wrote BDD scenarios in Cucumber with product owners", "Cucumber", "product management"),
        ("Product Owner, Harbor Bank", "product management", None),
        ("- Built the merchant dashboard in React", "React", "data visualization"),
        ("- Built Tableau dashboards for the claims team", "data visualization", None),
        ("- Built marketing sites in JavaScript", "JavaScript", "marketing"),
        ("- Cached trips offline in a Room database", "Android Room", None),
        ("- Plenty of room for growth and team events (Rafting, Secret Room)", None, "Android Room"),
    ],
)
def test_tech_senses(line: str, found: str | None, not_found: str | None, vocab: Vocabulary) -> None:
    names = _names(line, vocab)
    if found is not None:
        assert found in names
    if not_found is not None:
        assert not_found not in names


def test_libraries_imply_their_platforms(vocab: Vocabulary) -> None:
    assert {"iOS", "Swift"} <= vocab.implied("UIKit")
    assert {"Android", "Kotlin"} <= vocab.implied("Jetpack Compose")
    assert "React" in vocab.implied("React Query")
    assert {"AWS", "Apache Spark"} <= vocab.implied("Amazon EMR")
    assert "mobile testing" in vocab.implied("Appium")
    assert "change data capture" in vocab.implied("Debezium")
