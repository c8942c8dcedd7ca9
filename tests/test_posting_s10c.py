"""Session 10c: postings beyond software, round 2 (posting-level reading)."""

from __future__ import annotations

import pytest

from jobmatch.models import Document, Posting
from jobmatch.posting import parse_posting
from jobmatch.vocabulary import Vocabulary


@pytest.fixture(scope="module")
def vocab() -> Vocabulary:
    return Vocabulary.load()


def _parse(vocab: Vocabulary, *items: str) -> Posting:
    text = "Logistics Coordinator\n\nRequirements\n" + "".join(f"- {item}\n" for item in items)
    return parse_posting(Document("p.txt", text, "text"), vocab)


def _asked(posting: Posting) -> list[tuple[str, ...]]:
    return [tuple(r.any_of) for r in posting.requirements]


def test_a_generic_activity_after_its_field_is_no_alternative_of_its_own(vocab: Vocabulary) -> None:
    # the audit's logistics posting: "coordination" split from "logistics coordination" was an alternative
    posting = _parse(vocab, "2+ years in freight forwarding or logistics coordination")
    assert _asked(posting) == [("freight forwarding", "logistics")]
    assert posting.requirements[0].min_years == 2


@pytest.mark.parametrize(
    ("item", "asked"),
    [
        ("Logistics coordination experience", [("logistics",)]),
        ("Strong coordination skills", [("coordination",)]),  # asked alone, it is asked
        ("Coordination of logistics", [("coordination",), ("logistics",)]),
    ],
)
def test_coordination_alone_or_before_its_field_stays(vocab: Vocabulary, item: str, asked: list) -> None:
    assert _asked(_parse(vocab, item)) == asked


def test_a_construction_managers_years_are_of_construction_management(vocab: Vocabulary) -> None:
    posting = _parse(vocab, "7+ years managing commercial construction projects from preconstruction through closeout")
    assert ("construction management",) in _asked(posting)
    years = {tuple(r.any_of): r.min_years for r in posting.requirements}
    assert years[("construction management",)] == 7
