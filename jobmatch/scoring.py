"""Pure scoring: matches + similarity + knock-out checks + config -> a score with its breakdown.

Each part is ``points = weight x value x 100`` rounded to one decimal, and the score is the sum
of the parts, so the breakdown always adds up to the score exactly. The parts are always, in
this order: required, preferred, similarity, experience, degree (a part that does not apply has
weight 0 and 0 points). See ``config.py`` and README "How the score is computed".
"""

from __future__ import annotations

from collections.abc import Iterable

from jobmatch.config import SCORING, ScoringConfig
from jobmatch.models import CheckStatus, Knockout, MatchResult, Posting, RequirementMatch, ScorePart, Tier

DEGREE_LEVELS = {"associate": 1, "bachelor": 2, "master": 3, "phd": 4}
PART_NAMES = ("required", "preferred", "similarity", "experience", "degree")


def coverage(matches: Iterable[RequirementMatch], soft_weight: float) -> tuple[float, float]:
    """(weighted met, weighted total): a soft-skill requirement counts ``soft_weight``."""
    met = total = 0.0
    for m in matches:
        weight = requirement_weight(m, soft_weight)
        total += weight
        met += weight if m.matched else 0.0
    return met, total


def ats_coverage(matches: Iterable[RequirementMatch], soft_weight: float) -> float:
    """Weighted count of requirements whose posting wording the resume contains verbatim."""
    return sum((requirement_weight(m, soft_weight) for m in matches if m.ats_exact), 0.0)


def requirement_weight(m: RequirementMatch, soft_weight: float = SCORING.soft_weight) -> float:
    return soft_weight if m.requirement.soft else 1.0


def experience_check(asked: int | None, found: float | None) -> Knockout:
    """The posting's minimum years against the resume's total years."""
    if asked is None:
        status = CheckStatus.NOT_ASKED
    elif found is None:
        status = CheckStatus.UNKNOWN
    else:
        status = CheckStatus.MET if found >= asked else CheckStatus.NOT_MET
    return Knockout("experience", status, asked, found)


def degree_check(asked: str | None, found: str | None) -> Knockout:
    """The posting's required degree against the resume's highest degree."""
    if asked not in DEGREE_LEVELS:
        status = CheckStatus.NOT_ASKED
    elif found not in DEGREE_LEVELS:
        status, found = CheckStatus.UNKNOWN, None
    else:
        status = CheckStatus.MET if DEGREE_LEVELS[found] >= DEGREE_LEVELS[asked] else CheckStatus.NOT_MET
    return Knockout("degree", status, asked, found)


def _knockout_value(check: Knockout) -> float:
    if check.status is CheckStatus.MET:
        return 1.0
    if check.name == "experience" and isinstance(check.asked, int) and isinstance(check.found, (int, float)):
        return min(1.0, check.found / check.asked) if check.asked else 1.0
    return 0.0


def _decided(check: Knockout) -> bool:
    return check.status in (CheckStatus.MET, CheckStatus.NOT_MET)


def score_match(
    posting: Posting,
    matches: list[RequirementMatch],
    similarity: float,
    config: ScoringConfig = SCORING,
    *,
    total_years: float | None = None,
    degree: str | None = None,
) -> MatchResult:
    """Score one posting. ``similarity`` is the TF-IDF coverage (0..1, see ``similarity.py``);
    ``total_years`` and ``degree`` are what the resume shows (None: unknown)."""
    required = [m for m in matches if m.requirement.tier is Tier.REQUIRED]
    preferred = [m for m in matches if m.requirement.tier is Tier.PREFERRED]
    score, parts, checks = score_parts(
        posting,
        coverage(required, config.soft_weight),
        coverage(preferred, config.soft_weight),
        similarity,
        config,
        total_years=total_years,
        degree=degree,
    )
    return MatchResult(
        posting=posting, score=score, parts=parts, matches=tuple(matches), similarity=similarity, knockouts=checks
    )


def score_parts(
    posting: Posting,
    required: tuple[float, float],
    preferred: tuple[float, float],
    similarity: float,
    config: ScoringConfig = SCORING,
    *,
    total_years: float | None = None,
    degree: str | None = None,
) -> tuple[float, tuple[ScorePart, ...], tuple[Knockout, Knockout]]:
    """The arithmetic of a score, from the weighted (met, total) of each tier: the score, its
    parts and the knock-out checks. :func:`score_match` and the resume x posting matrix both
    use it, so a score is the same number whichever way it was reached."""
    req_met, req_total = required
    pref_met, pref_total = preferred
    w_req, w_pref, w_sim = config.required_weight, config.preferred_weight, config.similarity_weight
    if not pref_total:
        w_req, w_pref = w_req + w_pref, 0.0
    if not req_total:
        w_pref, w_req = w_pref + w_req, 0.0
        if not pref_total:
            w_sim, w_pref = 1.0, 0.0

    checks = (experience_check(posting.min_years, total_years), degree_check(posting.degree, degree))
    w_exp = config.experience_weight if _decided(checks[0]) else 0.0
    w_deg = config.degree_weight if _decided(checks[1]) else 0.0
    base = w_req + w_pref + w_sim
    scale = (1.0 - w_exp - w_deg) / base if base else 0.0
    w_req, w_pref, w_sim = w_req * scale, w_pref * scale, w_sim * scale

    value = min(1.0, similarity / config.similarity_saturation) if config.similarity_saturation else similarity
    parts = (
        _part("required", w_req, req_met / req_total if req_total else 0.0, req_met, req_total),
        _part("preferred", w_pref, pref_met / pref_total if pref_total else 0.0, pref_met, pref_total),
        _part("similarity", w_sim, value, None, None),
        _part("experience", w_exp, _knockout_value(checks[0]) if w_exp else 0.0, None, None),
        _part("degree", w_deg, _knockout_value(checks[1]) if w_deg else 0.0, None, None),
    )
    return round(sum(p.points for p in parts), 1), parts, checks


def gain(result: MatchResult, met: Iterable[RequirementMatch], config: ScoringConfig = SCORING) -> float:
    """The points the score would gain if the resume also met ``met`` (unmet requirements of the
    result): exactly the difference the breakdown would show, rounding included."""
    extra = {Tier.REQUIRED: 0.0, Tier.PREFERRED: 0.0}
    for m in met:
        if not m.matched and m.requirement.tier in extra:
            extra[m.requirement.tier] += requirement_weight(m, config.soft_weight)
    total_gain = 0.0
    for tier, added in extra.items():
        part = result.part(tier.value)
        if not added or part is None or not part.total or part.met is None:
            continue
        value = min(1.0, (part.met + added) / part.total)
        total_gain += _points(part.weight, value) - part.points
    return round(total_gain, 1)


def _points(weight: float, value: float) -> float:
    return round(weight * value * 100, 1)


def _part(name: str, weight: float, value: float, met: float | None, total: float | None) -> ScorePart:
    weight = round(weight, 4)  # the weight shown is the weight used
    return ScorePart(
        name=name, weight=weight, value=round(value, 4), points=_points(weight, value), met=met, total=total
    )
