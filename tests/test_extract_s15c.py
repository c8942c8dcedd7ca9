"""s15c's false skills, each with the near misses its rule must leave alone: a salesperson's leads, a department or
the colleagues a job works with, words of another trade or sense (a buyer's single sourcing, a software engine's
performance, a business's performance, spoken "other languages", a faculty's name). Lines in the shape of real
resumes and postings."""

from __future__ import annotations

import pytest

from jobmatch.extract import extract_skills
from jobmatch.models import Tier
from jobmatch.vocabulary import Vocabulary


def _names(line: str, vocab: Vocabulary, *, resume: bool = True) -> set[str]:
    # a heading line first: a resume's first line may be its person's name, which names no skill
    text = f"EXPERIENCE\n{line}" if resume else line
    return {m.skill.name for m in extract_skills(text, vocab, resume=resume)}


def _asked(parse, line: str) -> set[str]:
    posting = parse(f"Requirements:\n- {line}")
    return {name for r in posting.requirements if r.tier is not Tier.CONTEXT for name in r.any_of}


# -- a salesperson's leads are prospects ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "line",
    [
        "Manage leads in Salesforce and book demos for the account executives",
        "Track and follow up on sales leads from trade shows",
        "Route new leads to the right territory rep within 24 hours",
        "Worked leads from the website into HubSpot",
    ],
)
def test_leads_after_a_verb_or_whose_are_prospects(line: str, vocab: Vocabulary) -> None:
    assert "leadership" not in _names(line, vocab)
    assert "leadership" not in _names(line, vocab, resume=False)


@pytest.mark.parametrize(
    "line",
    [
        "Leads a team of 5 engineers across two time zones",
        "Manages, leads and develops a team of 12 support agents",
        "She leads our Salesforce implementation end to end",
        "Hires and leads the customer success team",
    ],
)
def test_the_verb_leads_stays_leadership(line: str, vocab: Vocabulary) -> None:
    assert "leadership" in _names(line, vocab)
