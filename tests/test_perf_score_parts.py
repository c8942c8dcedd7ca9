"""The shared score parts and checks (scoring.py) give what making each afresh gives, down to the
types that the JSON and CSV show (5 years show as "5", 5.0 as "5.0")."""

from __future__ import annotations

import json
import random
from dataclasses import replace

from jobmatch.config import SCORING, ScoringConfig
from jobmatch.models import Knockout, Posting, ScorePart
from jobmatch.scoring import _decided, _knockout_value, _part, degree_check, experience_check, score_parts

POSTING = Posting("p.txt", "Engineer", (), (), None, None, None, "")


def _plain_score_parts(
    posting: Posting,
    required: tuple[float, float],
    preferred: tuple[float, float],
    similarity: float,
    config: ScoringConfig = SCORING,
    *,
    total_years: float | None = None,
    degree: str | None = None,
) -> tuple[float, tuple[ScorePart, ...], tuple[Knockout, Knockout]]:
    """The definition: every part and check made afresh (score_parts before it shared them)."""
    req_met, req_total = required
    pref_met, pref_total = preferred
    w_req, w_pref, w_sim = config.required_weight, config.preferred_weight, config.similarity_weight
    if pref_total < req_total:
        moved = w_pref * (1.0 - pref_total / req_total)
        w_req, w_pref = w_req + moved, w_pref - moved
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


def _shown(value: object) -> str:
    """How a value is written: equal values of other types (1 and 1.0) are written apart."""
    return json.dumps(value, default=repr, sort_keys=True)


def _as_written(outcome: tuple[float, tuple[ScorePart, ...], tuple[Knockout, Knockout]]) -> str:
    score, parts, checks = outcome
    return _shown([score, [vars(p) for p in parts], [[k.name, k.status.value, k.asked, k.found] for k in checks]])


def _random_case(rng: random.Random) -> tuple[Posting, tuple[float, float], tuple[float, float], float, dict]:
    def counts() -> tuple[float, float]:
        total = rng.choice([0, 1, 2, 3, 4.5, 6, 7.5, 10])
        met = rng.choice([x for x in (0, 0.5, 1, 1.5, 2, 3, 4, 6, 7.5, 10) if x <= total])
        if rng.random() < 0.8:  # what tier_coverage gives: floats
            return float(met), float(total)
        return met, total  # a caller's ints

    posting = replace(
        POSTING,
        min_years=rng.choice([None, 1, 3, 5, 8]),
        degree=rng.choice([None, "bachelor", "master", "phd", "diploma"]),
    )
    resume = {
        "total_years": rng.choice([None, 0.0, 2.5, 5.0, 12.3, 3, 5]),  # ints too: shown apart
        "degree": rng.choice([None, "associate", "bachelor", "master", "phd"]),
    }
    similarity = rng.choice([0.0, 0.05, 0.3, 0.6, 0.9, 1.0, rng.random()])
    return posting, counts(), counts(), similarity, resume


def test_shared_parts_and_checks_are_those_made_afresh():
    rng = random.Random(7)
    configs = [SCORING, ScoringConfig(experience_weight=0.0), ScoringConfig(similarity_saturation=0.0)]
    for _ in range(3000):
        posting, required, preferred, similarity, resume = _random_case(rng)
        config = rng.choice(configs)
        got = score_parts(posting, required, preferred, similarity, config, **resume)
        want = _plain_score_parts(posting, required, preferred, similarity, config, **resume)
        assert got == want
        assert _as_written(got) == _as_written(want)


def test_a_check_shows_the_years_as_given_whichever_was_shared_first():
    asking = replace(POSTING, min_years=5)
    as_float = score_parts(asking, (1.0, 2.0), (0.0, 0.0), 0.5, total_years=3.0)[2][0]
    as_int = score_parts(asking, (1.0, 2.0), (0.0, 0.0), 0.5, total_years=3)[2][0]
    assert (_shown(as_float.found), _shown(as_int.found)) == ("3.0", "3")


def test_a_check_not_decided_is_a_part_without_weight():
    _, parts, checks = score_parts(POSTING, (1.0, 2.0), (0.0, 0.0), 0.5)
    assert not any(_decided(c) for c in checks)
    assert parts[3:] == (_part("experience", 0.0, 0.0, None, None), _part("degree", 0.0, 0.0, None, None))
    assert [_shown(vars(p)) for p in parts[3:]] == [
        _shown(vars(_part(name, 0.0, 0.0, None, None))) for name in ("experience", "degree")
    ]
