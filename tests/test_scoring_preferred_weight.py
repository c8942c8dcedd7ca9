"""Postings QA #20: a lone nice-to-have was worth more than a required skill (6 required and 1
preferred: 10 points each required, 20 the preferred). With fewer preferred than required
requirements, the preferred part shrinks in proportion (0.2 x preferred / required) and the rest
goes to the required part: a preferred requirement never weighs more than a third of a required one."""

from __future__ import annotations

import pytest

from jobmatch.models import Posting, Requirement, RequirementMatch, Tier
from jobmatch.report import entry_of
from jobmatch.scoring import score_match, score_parts

POSTING = Posting("p", None, (), (), None, None, None, "")


def _weights(required: float, preferred: float) -> dict[str, float]:
    _, parts, _ = score_parts(POSTING, (0.0, required), (0.0, preferred), 0.0)
    return {p.name: p.weight for p in parts}


def test_six_required_one_preferred():
    w = _weights(6, 1)
    assert w == {"required": 0.7667, "preferred": 0.0333, "similarity": 0.2, "experience": 0.0, "degree": 0.0}
    # a required requirement is worth 12.8 points, the preferred one 3.3 (they were 10 and 20)
    assert round(w["required"] / 6 * 100, 1) == 12.8 and round(w["preferred"] * 100, 1) == 3.3


@pytest.mark.parametrize(("required", "preferred"), [(3, 3), (2, 5), (1, 9), (4, 4.5)])
def test_as_many_preferred_as_required_or_more_is_unchanged(required, preferred):
    assert (_weights(required, preferred)["required"], _weights(required, preferred)["preferred"]) == (0.6, 0.2)


def test_no_preferred_or_no_required_as_before():
    assert _weights(4, 0)["required"] == 0.8 and _weights(4, 0)["preferred"] == 0.0
    assert _weights(0, 3)["preferred"] == 0.8 and _weights(0, 3)["required"] == 0.0


@pytest.mark.parametrize("required", [1, 2, 3, 5, 8, 13, 20])
@pytest.mark.parametrize("preferred", [0.5, 1, 2, 3, 7, 12, 30])
def test_a_preferred_requirement_never_weighs_more_than_a_third_of_a_required_one(required, preferred):
    w = _weights(required, preferred)
    assert w["preferred"] / preferred <= w["required"] / required / 3 + 1e-4
    assert round(w["required"] + w["preferred"], 4) == 0.8


def _req(tier: Tier, name: str) -> Requirement:
    return Requirement(tier=tier, any_of=(name,), soft=False, text=name, line=1)


def test_the_lone_nice_to_have_is_no_longer_the_first_fix():
    """p/25: "Vue.js / Angular (nice to have, not required)" was the largest fix (+18.0)."""
    required = [_req(Tier.REQUIRED, f"skill{i}") for i in range(7)]
    matches = [RequirementMatch(r, r.any_of[0] if i < 5 else None, None) for i, r in enumerate(required)]
    matches.append(RequirementMatch(_req(Tier.PREFERRED, "Vue.js"), None, None))
    result = score_match(POSTING, matches, 0.5)
    fixes = entry_of(1, result).fixes
    assert [f.tier for f in fixes] == [Tier.REQUIRED, Tier.REQUIRED, Tier.PREFERRED]
    assert fixes[-1].points < fixes[0].points / 3 + 0.1
