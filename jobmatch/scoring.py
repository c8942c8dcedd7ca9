"""Pure scoring: matches + similarity + knock-out checks + config -> a score with its breakdown.

Each part is ``points = weight x value x 100`` rounded to one decimal, and the score is the sum
of the parts, so the breakdown always adds up to the score exactly. The parts are always, in
this order: required, preferred, similarity, experience, degree (a part that does not apply has
weight 0 and 0 points). See ``config.py`` and README "How the score is computed".
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import lru_cache

from jobmatch.config import SCORING, ScoringConfig
from jobmatch.models import DEGREE_LEVELS as _LEVELS
from jobmatch.models import CheckStatus, Knockout, MatchResult, Posting, RequirementMatch, ScorePart, Tier, YearsCheck

DEGREE_LEVELS = {level: rank for rank, level in enumerate(_LEVELS, 1)}  # level -> rank
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


def degree_check(
    asked: str | None, found: str | None, years: float | None = None, equivalent: float | None = None
) -> Knockout:
    """The posting's required degree against the resume's highest degree. When the posting lets
    ``equivalent`` years of experience replace the degree ("BS in Computer Science or equivalent
    experience"), a resume without that degree whose professional ``years`` reach them meets it:
    ``found`` then says so ("equivalent experience (11.3 years)")."""
    if asked not in DEGREE_LEVELS:
        status = CheckStatus.NOT_ASKED
    elif found in DEGREE_LEVELS and DEGREE_LEVELS[found] >= DEGREE_LEVELS[asked]:
        status = CheckStatus.MET
    elif equivalent is not None and years is not None and years >= equivalent:
        status, found = CheckStatus.MET, f"equivalent experience ({years:g} years)"
    elif found not in DEGREE_LEVELS:
        status, found = CheckStatus.UNKNOWN, None
    else:
        status = CheckStatus.NOT_MET
    return Knockout("degree", status, asked, found)


def equivalent_years(posting: Posting, config: ScoringConfig = SCORING) -> float | None:
    """The professional years that replace the posting's degree (None: nothing replaces it): the
    degree's own (config.equivalent_years) beyond the years the posting asks anyway."""
    if not posting.degree_or_experience or posting.degree is None:
        return None
    own = dict(config.equivalent_years).get(posting.degree)
    return None if own is None else own + (posting.min_years or 0)


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
    checks: tuple[YearsCheck, ...] = (),
) -> MatchResult:
    """Score one posting. ``similarity`` is the TF-IDF coverage (0..1, see ``similarity.py``);
    ``total_years`` and ``degree`` are what the resume shows (None: unknown); ``checks`` are the
    years checks (``match.check_years``): the overall one, when it counts the jobs of a field,
    gives the experience check its years, and each skill's one the credit of its met requirement
    (:func:`credit`). They go into the result as they are."""
    short, field_years = years_weighing(checks, total_years)
    score, parts, knockouts = score_parts(
        posting,
        *tier_coverage(matches, config.soft_weight, short, config.skill_years_floor),
        similarity,
        config,
        total_years=total_years,
        degree=degree,
        field_years=field_years,
    )
    # MatchResult(posting, score, parts, matches, similarity, knockouts, checks): by position
    # (keywords cost a third more, once a posting)
    return MatchResult(posting, score, parts, tuple(matches), similarity, knockouts, checks)


# (the alternatives of a requirement, the years it asks) -> the years the resume shows of them
SkillYears = dict[tuple[str, ...], dict[int, float]]


def years_weighing(checks: Iterable[YearsCheck], total_years: float | None) -> tuple[SkillYears, float | None]:
    """What the years checks weigh in a score: the skills short of their years (:func:`skill_years`)
    and the years of the field the overall minimum names (None: all professional years count)."""
    checks = tuple(checks)
    field = next((c.actual for c in checks if c.kind == "overall" and c.field is not None), None)
    return skill_years(checks, total_years), field


def skill_years(checks: Iterable[YearsCheck], total_years: float | None = None) -> SkillYears:
    """The years that weigh each skill check found short, by the requirement's alternatives and
    the years asked (only the checks that know the years: a resume without dated jobs is not
    short). A skill the resume shows may have been used in any of its jobs, named there or not
    (a skills list's Python): the years that weigh are the resume's professional ``total_years``
    when known, so naming a skill in one more job never lowers a score; a senior engineer who
    lists Swift is not short of "4+ years of Swift", a new graduate with a side project is."""
    found: SkillYears = {}
    for c in checks:
        if c.kind != "skill" or c.actual is None or c.actual >= c.required:
            continue
        years = c.actual if total_years is None else max(c.actual, total_years)
        if years < c.required:
            found.setdefault(tuple(c.subject.split(" / ")), {})[c.required] = years
    return found


def credit(years: float | None, asked: int | None, floor: float = SCORING.skill_years_floor) -> float:
    """The share of its weight a met requirement earns: all of it, unless it asks ``asked`` years
    of its skill and the years that weigh (:func:`skill_years`) are fewer: then ``floor`` for the
    skill and the rest in proportion to the years (0 of 4 years: the floor; 2 of 4: halfway up).
    Unknown years (None: no dated job) are not short."""
    if years is None or not asked or years >= asked:
        return 1.0
    return floor + (1.0 - floor) * max(0.0, years) / asked


def tier_coverage(
    matches: Iterable[RequirementMatch],
    soft_weight: float,
    short: SkillYears | None = None,
    floor: float = SCORING.skill_years_floor,
) -> tuple[tuple[float, float], tuple[float, float]]:
    """:func:`coverage` of the required and of the preferred matches, in one pass (the same
    additions in the same order, so the same numbers). With ``short`` (:func:`skill_years`), a
    met requirement whose skill's years fall short earns its :func:`credit` of its weight."""
    req_met = req_total = pref_met = pref_total = 0.0
    for m in matches:
        req = m.requirement
        tier = req.tier
        if tier is Tier.REQUIRED:
            weight = soft_weight if req.soft else 1.0
            req_total += weight
            if m.matched_by is not None:
                req_met += weight if not short else credited(weight, req.any_of, req.min_years, short, floor)
        elif tier is Tier.PREFERRED:
            weight = soft_weight if req.soft else 1.0
            pref_total += weight
            if m.matched_by is not None:
                pref_met += weight if not short else credited(weight, req.any_of, req.min_years, short, floor)
    return (req_met, req_total), (pref_met, pref_total)


def credited(
    weight: float, any_of: tuple[str, ...], asked: int | None, short: SkillYears | None, floor: float
) -> float:
    """The weight a met requirement earns: all of it, or its :func:`credit` when its skill is
    ``short`` of the ``asked`` years (the full path and the resume x posting matrix alike)."""
    years = short.get(any_of, {}).get(asked) if short and asked is not None else None
    return weight if years is None else weight * credit(years, asked, floor)


def score_parts(
    posting: Posting,
    required: tuple[float, float],
    preferred: tuple[float, float],
    similarity: float,
    config: ScoringConfig = SCORING,
    *,
    total_years: float | None = None,
    degree: str | None = None,
    field_years: float | None = None,
) -> tuple[float, tuple[ScorePart, ...], tuple[Knockout, Knockout]]:
    """The arithmetic of a score, from the weighted (met, total) of each tier: the score, its
    parts and the knock-out checks. :func:`score_match` and the resume x posting matrix both
    use it, so a score is the same number whichever way it was reached. ``field_years``: the
    years of the jobs in the field the posting's minimum names (None: all ``total_years`` count),
    what the experience check weighs; a degree's equivalent experience counts all years."""
    req_met, req_total = required
    pref_met, pref_total = preferred
    w_req, w_pref, w_sim = config.required_weight, config.preferred_weight, config.similarity_weight
    if pref_total < req_total:
        # fewer preferred requirements than required: the preferred part shrinks in proportion
        # and the rest goes to the required part, so that a preferred requirement never weighs
        # more than a third (0.2 / 0.6) of a required one (none preferred: all of it moves)
        moved = w_pref * (1.0 - pref_total / req_total)
        w_req, w_pref = w_req + moved, w_pref - moved
    if not req_total:
        w_pref, w_req = w_pref + w_req, 0.0
        if not pref_total:
            w_sim, w_pref = 1.0, 0.0

    replaced_by = equivalent_years(posting, config)
    checks = (
        _experience_check(posting.min_years, total_years if field_years is None else field_years),
        _degree_check(posting.degree, degree)
        if replaced_by is None
        else _degree_check(posting.degree, degree, total_years, replaced_by),
    )
    exp_decided, deg_decided = _decided(checks[0]), _decided(checks[1])
    w_exp = config.experience_weight if exp_decided else 0.0
    w_deg = config.degree_weight if deg_decided else 0.0
    base = w_req + w_pref + w_sim
    scale = (1.0 - w_exp - w_deg) / base if base else 0.0
    w_req, w_pref, w_sim = w_req * scale, w_pref * scale, w_sim * scale

    value = min(1.0, similarity / config.similarity_saturation) if config.similarity_saturation else similarity
    parts = (
        _part("required", w_req, req_met / req_total if req_total else 0.0, req_met, req_total),
        _part("preferred", w_pref, pref_met / pref_total if pref_total else 0.0, pref_met, pref_total),
        _part("similarity", w_sim, value, None, None),
        _part("experience", w_exp, _knockout_value(checks[0]) if w_exp else 0.0, None, None)
        if exp_decided
        else _UNDECIDED[0],
        _part("degree", w_deg, _knockout_value(checks[1]) if w_deg else 0.0, None, None)
        if deg_decided
        else _UNDECIDED[1],
    )
    return round(sum(p.points for p in parts), 1), parts, checks


def gain(result: MatchResult, met: Iterable[RequirementMatch], config: ScoringConfig = SCORING) -> float:
    """The points the score would gain if the resume also met ``met`` (unmet requirements of the
    result): exactly the difference the breakdown would show, rounding included."""
    return gains(result, config)(met)


def gains(result: MatchResult, config: ScoringConfig = SCORING) -> Callable[[Iterable[RequirementMatch]], float]:
    """:func:`gain` for many groups of one result: the parts are looked up once, and groups that
    add the same weights (most add one requirement) are computed once."""
    soft_weight = config.soft_weight
    parts: dict[str, ScorePart] = {}
    for part in result.parts:
        parts.setdefault(part.name, part)  # the first of a name, as MatchResult.part finds it
    required, preferred = parts.get("required"), parts.get("preferred")
    known: dict[tuple[float, float], float] = {}

    def gain_of(met: Iterable[RequirementMatch]) -> float:
        added_req = added_pref = 0.0
        for m in met:
            if m.matched_by is not None:
                continue
            req = m.requirement
            if req.tier is Tier.REQUIRED:
                added_req += soft_weight if req.soft else 1.0
            elif req.tier is Tier.PREFERRED:
                added_pref += soft_weight if req.soft else 1.0
        key = (added_req, added_pref)
        found = known.get(key)
        if found is None:
            total_gain = 0.0
            for added, part in ((added_req, required), (added_pref, preferred)):
                if not added or part is None or not part.total or part.met is None:
                    continue
                value = min(1.0, (part.met + added) / part.total)
                total_gain += _points(part.weight, value) - part.points
            found = known[key] = round(total_gain, 1)
        return found

    return gain_of


def _points(weight: float, value: float) -> float:
    return round(weight * value * 100, 1)


def _part(name: str, weight: float, value: float, met: float | None, total: float | None) -> ScorePart:
    weight = round(weight, 4)  # the weight shown is the weight used
    # ScorePart(name, weight, value, points, met, total): by position (keywords cost a fifth more)
    if met is not None:
        met = round(met, 4)  # (a credit of years makes a share of a weight: 5.3333)
    return ScorePart(name, weight, round(value, 4), _points(weight, value), met, total)


# Most postings do not decide a check, or ask what many others ask of the same resume: those
# parts and checks are made once and shared (they are values; making them was a third of
# score_parts' time)
_UNDECIDED = (_part("experience", 0.0, 0.0, None, None), _part("degree", 0.0, 0.0, None, None))
# typed: 5 and 5.0 years are equal keys that show differently
_experience_check = lru_cache(maxsize=256, typed=True)(experience_check)
_degree_check = lru_cache(maxsize=256, typed=True)(degree_check)
