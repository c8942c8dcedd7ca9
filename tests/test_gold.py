"""The five fixture postings agree with the hand-made gold labels (tests/gold/fixtures/)."""

from __future__ import annotations

import dataclasses

import pytest

from jobmatch.evaluation import Summary, compare, gold_degree, load_gold
from jobmatch.loaders import load_document
from jobmatch.models import Tier
from jobmatch.posting import parse_posting
from tests.conftest import POSTINGS, ROOT

GOLD = sorted((ROOT / "tests" / "gold" / "fixtures").glob("*.gold.json"))


@pytest.fixture(scope="module")
def scores(vocab):
    results = []
    for path in GOLD:
        gold = load_gold(path)
        document = load_document(str(POSTINGS / gold["file"]))
        results.append(compare(parse_posting(document, vocab), gold, gold["file"], document.lines))
    return results


def test_all_five_gold_files_are_used():
    assert len(GOLD) == 5


def test_required_and_preferred_f1(scores):
    summary = Summary(scores)
    required, preferred = summary.total("required"), summary.total("preferred")
    details = [line for s in scores for line in s.misses + s.extras]
    assert required.f1 >= 0.9, details
    assert preferred.f1 >= 0.9, details


@pytest.mark.parametrize("field", ["years_ok", "degree_ok", "title_ok"])
def test_years_degree_and_title(scores, field):
    wrong = [s.name for s in scores if not getattr(s, field)]
    assert not wrong, [m for s in scores for m in s.misses]


def test_tier_accuracy(scores):
    assert Summary(scores).tier_accuracy >= 0.95


def test_comparison_notices_a_wrong_tier_and_a_missing_alternative(vocab):
    """The gold check itself must be able to fail."""
    gold = load_gold(GOLD[0])
    posting = parse_posting(load_document(str(POSTINGS / gold["file"])), vocab)
    assert compare(posting, gold).tiers["required"].f1 == 1.0
    first = posting.requirements[[r.tier for r in posting.requirements].index(Tier.REQUIRED)]
    changed = [dataclasses.replace(r, tier=Tier.PREFERRED) if r is first else r for r in posting.requirements]
    worse = compare(dataclasses.replace(posting, requirements=tuple(changed)), gold)
    assert worse.tiers["required"].recall < 1.0 and worse.tiers["preferred"].precision < 1.0
    trimmed = [dataclasses.replace(r, any_of=r.any_of[:1]) if len(r.any_of) > 1 else r for r in posting.requirements]
    assert compare(dataclasses.replace(posting, requirements=tuple(trimmed)), gold).tiers["required"].f1 < 1.0


def test_sources_compare_by_line_when_the_lines_are_given(vocab):
    """A run-together line: the gold names the whole line, the parser the clause it read."""
    line = "REQUIREMENTS \u2022 3+ years relevant work experience \u2022 Fluent in German"
    document = load_document_text(line)
    posting = parse_posting(document, vocab)
    gold = {"required": [{"any_of": ["German"], "text": line}], "preferred": []}
    assert [r.text for r in posting.by_tier(Tier.REQUIRED)] == ["Fluent in German"]
    assert compare(posting, gold, lines=document.lines).tiers["required"].f1 == 1.0
    assert compare(posting, gold).tiers["required"].f1 == 0.0  # by text, the clause is not the line
    elsewhere = {"required": [{"any_of": ["German"], "text": "Fluent in German"}], "preferred": []}
    assert compare(posting, elsewhere, lines=[*document.lines, "Fluent in German"]).tiers["required"].f1 == 0.0


def load_document_text(text: str):
    from jobmatch.models import Document

    return Document(path="p.txt", text=text, kind="text")


@pytest.mark.parametrize(
    ("degree", "preferred", "expected"),
    [
        ("bachelor", "master", "bachelor"),
        (None, "master", "master"),
        ("high_school", None, None),  # the gold format knows bachelor, master and phd only
        ("high_school", "bachelor", "bachelor"),
        ("associate", None, None),
        (None, None, None),
    ],
)
def test_gold_degree_reads_the_formats_levels(vocab, degree, preferred, expected):
    gold = load_gold(GOLD[0])
    posting = parse_posting(load_document(str(POSTINGS / gold["file"])), vocab)
    assert gold_degree(dataclasses.replace(posting, degree=degree, preferred_degree=preferred)) == expected
