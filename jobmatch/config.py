"""Weights and thresholds, with their defaults, in one place.

The score formula (see README, "How the score is computed"):

    score = 100 * (W_req * required_coverage + W_pref * preferred_coverage + W_sim * similarity
                   + W_exp * experience + W_deg * degree)

A posting without preferred requirements gives their weight to the required part, one without
required requirements gives it to the preferred part, and one with neither is scored on
similarity alone. Soft-skill requirements count SOFT_WEIGHT of a hard one in a coverage, and a
met requirement whose skill's years fall short of the years it asks earns part of its weight
(skill_years_floor, below).

The knock-out checks (experience: the posting's minimum years against the resume's total years,
or the years of its jobs in the field the minimum names, "5+ years of product management";
degree: the posting's required degree against the resume's highest) take part only when they
are decided, that is when the posting asks and the resume says. Each decided check takes its
weight out of the three other parts in proportion, so the weights always sum to 1; a check the
posting does not ask for, or that the resume leaves unknown, has weight 0 and changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ScoringConfig:
    required_weight: float = 0.60
    preferred_weight: float = 0.20
    similarity_weight: float = 0.20
    soft_weight: float = 0.5
    # TF-IDF coverage (the share of the posting's TF-IDF mass whose words the resume has, see
    # similarity.py): a strong fit covers about 0.4-0.65 of a posting (the rest is the company,
    # the product, the role's prose), a partial one 0.1-0.2, an unrelated one under 0.05;
    # similarity = min(1, coverage / similarity_saturation) maps it onto 0..1.
    similarity_saturation: float = 0.6
    # knock-out checks, when decided: experience = min(1, resume years / years asked);
    # degree = 1 if the resume's highest degree is at least the one asked, else 0
    experience_weight: float = 0.10
    degree_weight: float = 0.05
    # years of a skill: a met requirement that asks years of its skill ("4+ years of Swift") earns
    # skill_years_floor + (1 - skill_years_floor) * min(1, years / asked) of its weight: the floor
    # for having the skill at all, the rest for the years, which are the resume's professional years
    # (a skill shown may have been used in any job, named there or not; see scoring.skill_years).
    # A resume without any dated job (the years unknown) earns the full weight, as does a
    # requirement that asks no years
    skill_years_floor: float = 0.5
    # a degree the posting lets equivalent experience replace ("BS in Computer Science or
    # equivalent experience") is met by this many professional years beyond the years the
    # posting asks anyway (a bachelor's: 4 years, as long as the degree takes)
    equivalent_years: tuple[tuple[str, int], ...] = (("associate", 2), ("bachelor", 4), ("master", 6), ("phd", 8))


@dataclass(frozen=True)
class MatchingConfig:
    # rapidfuzz ratio (0-100) a word must reach to count as a misspelling of a skill name
    fuzzy_cutoff: float = 90.0
    # fuzzy matching only considers names and words at least this long ("Go", "Rust" never fuzz)
    fuzzy_min_length: int = 6


SCORING = ScoringConfig()
MATCHING = MatchingConfig()
