"""Leftovers of the s6 core-audience audit on the resume side and in the vocabulary (QA s6_core
#1-#14 leftovers): certifications that name their platform, vocabulary gaps of software, data,
product and design postings and the everyday senses of their ambiguous names. The lines are in
the shape of the audit's inputs."""

from __future__ import annotations

from datetime import date

import pytest

from jobmatch import api
from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.text import normalize_text
from jobmatch.vocabulary import Vocabulary

NOVEMBER = date(2026, 11, 15)


def names(line: str, vocab: Vocabulary, *, resume: bool = False) -> list[str]:
    return [m.skill.name for m in extract_skills(line, vocab, resume=resume)]


def _posting(text: str, vocab: Vocabulary):
    return parse_posting(Document("posting.txt", normalize_text(text), "text"), vocab)


def _resume(text: str, vocab: Vocabulary):
    return profile_resume(Document(path="r.txt", text=text, kind="text"), vocab, today=NOVEMBER)


RESUME = (
    "Lena Park\nSite Reliability Engineer\nlena@example.com\n\nExperience\n"
    "SRE, Acme Corp, Austin, TX | Jan 2020 - Present\n- Ran the on-call rotation for 40 services\n\n"
    "Certifications\n{line}\n"
)


# -- #1 Kubernetes' certifications -------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "asked"),
    [
        ("- Certified Kubernetes Administrator (CKA)", [("CKA",)]),
        ("- CKA/CKAD certification", [("CKA", "CKAD")]),
        ("- CKA or CKAD certification is a plus", [("CKA", "CKAD")]),
        ("- Certified Kubernetes Application Developer (CKAD) preferred", [("CKAD",)]),
    ],
)
def test_a_posting_asks_the_kubernetes_certification(line, asked, vocab):
    posting = _posting(f"SRE\n\nRequirements\n{line}\n", vocab)
    assert [r.any_of for r in posting.requirements] == asked


@pytest.mark.parametrize("line", ["- Certified Kubernetes Administrator (CKA), 2023", "CKA, CKAD"])
def test_a_resume_holding_the_certification_knows_kubernetes(line, vocab):
    profile = _resume(RESUME.format(line=line), vocab)
    assert "CKA" in {s.skill.name for s in profile.skills}
    posting = _posting("SRE\n\nRequirements\n- Experience with Kubernetes\n- CKA certification\n", vocab)
    result = api.score(profile, posting, vocab)
    assert {m.requirement.any_of: m.matched for m in result.matches} == {("Kubernetes",): True, ("CKA",): True}


def test_kubernetes_alone_is_not_the_certification(vocab):
    profile = _resume(RESUME.format(line="- Kubernetes, Terraform"), vocab)
    posting = _posting("SRE\n\nRequirements\n- CKA certification\n", vocab)
    result = api.score(profile, posting, vocab)
    assert [m.matched for m in result.matches] == [False]


# -- "unit and end-to-end tests": the shared noun after a hyphenated modifier -----------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Wrote unit and end-to-end tests for the checkout flow", ["unit testing", "end-to-end testing"]),
        ("Unit and end-to-end testing of the checkout", ["unit testing", "end-to-end testing"]),
        ("Unit and integration testing", ["unit testing", "integration testing"]),
    ],
)
def test_a_kind_of_test_before_a_hyphenated_one_shares_its_noun(line, expected, vocab):
    assert names(line, vocab) == expected


# -- #5 resume-side senses ----------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("- Built API tests with REST-assured and TestNG", ["API testing", "REST Assured", "TestNG"]),
        ("- Automated API tests using Rest Assured", ["API testing", "REST Assured"]),
        ("- Data quality checks with Great Expectations", ["data quality", "Great Expectations"]),
        ("Tools: dbt, Great Expectations, Airflow", ["dbt", "Great Expectations", "Apache Airflow"]),
        ("- Read the novel Great Expectations with my students", []),
        ("- Forecasting models for supply chain", ["forecasting"]),
        ("- Built dashboards for the supply chain team", ["data visualization"]),
        ("- Responsible for supply chain operations", ["supply chain management"]),
        ("- 5 years in supply chain", ["supply chain management"]),
        # a product named with capitals is the work's, not a domain served; a team after it is served
        ("- ABAP and Java development for SAP S/4HANA", ["ABAP", "Java", "SAP S/4HANA"]),  # (a kind of SAP)
        ("- Built Excel variance analysis models for the FP&A team.", ["Microsoft Excel", "financial analysis"]),
    ],
)
def test_resume_lines_read_in_their_sense(line, expected, vocab):
    assert names(line, vocab, resume=True) == expected


# -- #14 vocabulary gaps and the everyday senses of their names ----------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        (
            "- Experience with Kotlin, Coroutines and Jetpack Compose",
            ["Kotlin", "Kotlin Coroutines", "Jetpack Compose"],
        ),
        ("- Write clear PRDs", ["product requirements documents"]),
        ("- Amplitude, Mode or Looker", ["Amplitude", "Mode Analytics", "Looker"]),
        ("- Productboard, Dovetail, Maze", ["Productboard", "Dovetail", "Maze"]),
        ("- ProtoPie or Figma", ["ProtoPie", "Figma"]),
        ("- Apache Iceberg or Delta Lake", ["Apache Iceberg", "Delta Lake"]),
        ("- Experience with Iceberg tables", ["Apache Iceberg"]),
        ("- Experience with vLLM", ["vLLM"]),
        ("- Experience building a feature store", ["feature store"]),
        ("- Experience with marketing mix modeling", ["marketing mix modeling"]),
    ],
)
def test_the_core_audiences_missing_names(line, expected, vocab):
    assert names(line, vocab) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The signal amplitude was measured",
        "Switch to dark mode in the app",
        "The Mode of transport is rail",
        "Find your way through the maze of regulations",
        "Dovetail joints in oak furniture",
        "The tip of the iceberg",
        "Coroutines make the code simpler",
    ],
)
def test_their_everyday_senses_name_nothing(line, vocab):
    assert names(line, vocab) == []
    assert names(line, vocab, resume=True) == []
