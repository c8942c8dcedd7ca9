"""Pure scoring: matches + similarity + config -> a score with its breakdown.

Each part is ``points = weight x value x 100`` rounded to one decimal, and the score is the sum
of the parts, so the breakdown always adds up to the score exactly.
"""

from __future__ import annotations

from jobmatch.config import SCORING, ScoringConfig
from jobmatch.models import MatchResult, Posting, RequirementMatch, ScorePart, Tier


def coverage(matches: list[RequirementMatch], soft_weight: float) -> tuple[float, float]:
    """(weighted met, weighted total): a soft-skill requirement counts ``soft_weight``."""
    met = total = 0.0
    for m in matches:
        weight = soft_weight if m.requirement.soft else 1.0
        total += weight
        met += weight if m.matched else 0.0
    return met, total


def score_match(
    posting: Posting,
    matches: list[RequirementMatch],
    cosine: float,
    config: ScoringConfig = SCORING,
) -> MatchResult:
    required = [m for m in matches if m.requirement.tier is Tier.REQUIRED]
    preferred = [m for m in matches if m.requirement.tier is Tier.PREFERRED]
    req_met, req_total = coverage(required, config.soft_weight)
    pref_met, pref_total = coverage(preferred, config.soft_weight)

    w_req, w_pref, w_sim = config.required_weight, config.preferred_weight, config.similarity_weight
    if not pref_total:
        w_req, w_pref = w_req + w_pref, 0.0
    if not req_total:
        w_pref, w_req = w_pref + w_req, 0.0
        if not pref_total:
            w_sim, w_pref = 1.0, 0.0

    similarity = min(1.0, cosine / config.similarity_saturation) if config.similarity_saturation else cosine
    parts = (
        _part("required", w_req, req_met / req_total if req_total else 0.0, req_met, req_total),
        _part("preferred", w_pref, pref_met / pref_total if pref_total else 0.0, pref_met, pref_total),
        _part("similarity", w_sim, similarity, None, None),
    )
    score = round(sum(p.points for p in parts), 1)
    return MatchResult(posting=posting, score=score, parts=parts, matches=tuple(matches), similarity=cosine)


def _part(name: str, weight: float, value: float, met: float | None, total: float | None) -> ScorePart:
    return ScorePart(
        name=name,
        weight=round(weight, 4),
        value=round(value, 4),
        points=round(weight * value * 100, 1),
        met=met,
        total=total,
    )
