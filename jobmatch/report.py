"""Scored results -> the report people act on: what to fix first, wording to use, recurring gaps,
and the difference between two versions of a resume. Pure: values in, values out.

Every renderer (``jobmatch/render/``) takes the :class:`Report` or :class:`DiffReport` built here,
so all formats show the same facts.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from enum import Enum
from typing import Any

from jobmatch.config import SCORING
from jobmatch.models import (
    Candidate,
    CheckStatus,
    InputError,
    Knockout,
    MatchResult,
    MatrixRow,
    Method,
    Posting,
    RequirementMatch,
    ResumeProfile,
    Tier,
    YearsCheck,
)
from jobmatch.scoring import gains, tier_coverage


class Sort(str, Enum):
    """Report order: ``--sort``."""

    SCORE = "score"  # best first (the default)
    REQUIRED = "required"  # required coverage, highest first
    ATS = "ats"  # ATS-exact required coverage, highest first
    TITLE = "title"
    PATH = "path"


@dataclass(frozen=True)
class Fix:
    """An unmet requirement and the points meeting it would add (in every tier it is asked)."""

    tier: Tier  # the highest tier it is asked in
    any_of: tuple[str, ...]
    wording: tuple[str, ...]  # the posting's words for it: what to write
    soft: bool
    points: float

    @property
    def label(self) -> str:
        return label(self.any_of)


@dataclass(frozen=True)
class Rewording:
    """A requirement the resume meets, but not in the posting's words (alias, misspelling,
    implication): a keyword search for the posting's words would not find it."""

    tier: Tier
    posting_words: str  # what the posting writes (the first alternative's wording)
    method: Method
    resume_words: str  # what the resume writes ("Postgres", or the implying skill)
    line: int


@dataclass(frozen=True)
class Gap:
    """Skills missing from the resume in several postings. Skills missing in exactly the same
    postings (the alternatives of one requirement: PostgreSQL / MySQL) form one gap."""

    skills: tuple[str, ...]
    missing_in: int  # postings where a requirement naming them is unmet
    required_in: int  # of which as a required skill
    postings: int  # postings in the report

    @property
    def label(self) -> str:
        return label(self.skills)


@dataclass(frozen=True)
class Coverage:
    """One tier's coverage two ways: understood (aliases, implications, misspellings) and
    ATS-exact (the posting's words verbatim). Soft-skill requirements weigh half."""

    met: float
    ats_met: float
    total: float

    @property
    def understood(self) -> float:
        return self.met / self.total if self.total else 0.0

    @property
    def ats_exact(self) -> float:
        return self.ats_met / self.total if self.total else 0.0


@dataclass(frozen=True)
class Entry:
    rank: int  # by score, 1 for the best, whatever the report's order
    result: MatchResult
    coverage: dict[Tier, Coverage]
    fixes: tuple[Fix, ...]  # what to fix first: required before preferred, most points first
    rewordings: tuple[Rewording, ...]


@dataclass(frozen=True)
class Report:
    resume_path: str
    resume: ResumeProfile | None
    entries: tuple[Entry, ...]  # in the report's order, after --top / --min-score
    gaps: tuple[Gap, ...]  # over the entries, most frequent first
    errors: tuple[InputError, ...]
    scored: int  # postings scored, before --top / --min-score
    explain: bool = False  # show every requirement with its evidence


def label(any_of: Iterable[str]) -> str:
    """How a requirement is named in reports: its alternatives joined by " / "."""
    return " / ".join(any_of)


def coverage_of(result: MatchResult, soft_weight: float = SCORING.soft_weight) -> dict[Tier, Coverage]:
    """Each tier's :func:`~jobmatch.scoring.coverage` and ATS-exact coverage, in one pass (the
    same additions in the same order: the same numbers)."""
    (req_met, req_total), (pref_met, pref_total) = tier_coverage(result.matches, soft_weight)
    ats: dict[Tier, list[float]] = {Tier.REQUIRED: [], Tier.PREFERRED: []}
    for m in result.matches:
        if m.ats_term is not None:
            req = m.requirement
            weights = ats.get(req.tier)
            if weights is not None:
                weights.append(soft_weight if req.soft else 1.0)
    return {
        Tier.REQUIRED: Coverage(req_met, sum(ats[Tier.REQUIRED], 0.0), req_total),
        Tier.PREFERRED: Coverage(pref_met, sum(ats[Tier.PREFERRED], 0.0), pref_total),
    }


def fixes_of(result: MatchResult) -> tuple[Fix, ...]:
    """The unmet requirements, the same group asked in both tiers once, each with the points
    meeting it would add; required first, then by points."""
    # by position (keywords cost a third more)
    return tuple(Fix(*fix_fields(planned)) for planned in fix_plan(result))


# a fix before it is made: (asked only as preferred, minus its points, its group's place, its
# points, the group's first match). In that order the tuples sort as the fixes do (required first,
# then most points first; the place keeps ties in order and is never equal: the match is never
# compared)
FixPlan = tuple[bool, float, int, float, RequirementMatch]


def fix_plan(result: MatchResult) -> list[FixPlan]:
    """:func:`fixes_of` before the fixes are made, in their order: what a caller that only shows
    their labels and points needs (a CSV row), without a Fix each."""
    # a group is its set of alternatives; a single alternative's tuple stands for its set (it
    # can only equal another single alternative's): no frozenset for most requirements. A group
    # is its first match, and a list only when it has more (rare): no list per requirement
    first_of: dict[tuple[str, ...] | frozenset[str], RequirementMatch] = {}
    more: dict[tuple[str, ...] | frozenset[str], list[RequirementMatch]] = {}
    for m in result.matches:
        if m.matched_by is None:
            any_of = m.requirement.any_of
            key = any_of if len(any_of) == 1 else frozenset(any_of)
            if key in first_of:
                more.setdefault(key, [first_of[key]]).append(m)
            else:
                first_of[key] = m
    if not first_of:
        return []
    gain_of = gains(result)
    # most groups are one requirement, whose gain depends only on its tier and softness
    single: dict[tuple[Tier, bool], float] = {}
    plan = []
    for place, (group, first) in enumerate(first_of.items()):
        requirement = first.requirement
        matches = more.get(group) if more else None
        if matches is None:
            preferred = requirement.tier is not Tier.REQUIRED
            kind = (requirement.tier, requirement.soft)
            points = single.get(kind)
            if points is None:
                points = single[kind] = gain_of((first,))
        else:
            preferred = not any(m.requirement.tier is Tier.REQUIRED for m in matches)
            points = gain_of(matches)
        plan.append((preferred, -points, place, points, first))
    plan.sort()  # tuples compared in C: no key function called per fix
    return plan


def fix_fields(planned: FixPlan) -> tuple[Tier, tuple[str, ...], tuple[str, ...], bool, float]:
    """The fields of the fix a :func:`fix_plan` item makes: Fix(tier, any_of, wording, soft, points)."""
    preferred, _, _, points, first = planned
    requirement = first.requirement
    tier = Tier.PREFERRED if preferred else Tier.REQUIRED
    return tier, requirement.any_of, first.wording or requirement.any_of, requirement.soft, points


def _words_for(m: RequirementMatch, alternative: str | None) -> str:
    """The posting's words for one alternative of a requirement (the first if None)."""
    any_of = m.requirement.any_of
    i = any_of.index(alternative) if alternative in any_of else 0
    return m.wording[i] if len(m.wording) == len(any_of) else any_of[i]


def rewordings_of(result: MatchResult) -> tuple[Rewording, ...]:
    seen: set[str] = set()
    out = []
    for m in result.matches:
        if not m.matched or m.ats_exact or m.evidence is None:
            continue
        wanted = _words_for(m, m.matched_by)
        if wanted.casefold() in seen:
            continue
        seen.add(wanted.casefold())
        ev = m.evidence
        # implied by another skill: name it; by the resume itself (English): the surface says how
        resume_words = ev.via if ev.method is Method.IMPLIED and ev.via != m.matched_by else ev.surface
        out.append(Rewording(m.requirement.tier, wanted, ev.method, resume_words, ev.line))
    order = {Tier.REQUIRED: 0, Tier.PREFERRED: 1}
    return tuple(sorted(out, key=lambda r: order.get(r.tier, 2)))


def recurring_gaps(results: Sequence[MatchResult], *, limit: int = 10) -> tuple[Gap, ...]:
    """Skills named by unmet requirements in two or more postings (or in the only one), most
    frequent first: what to learn or write down first across a job search. Alternatives of one
    requirement missing in exactly the same postings are one gap (PostgreSQL / MySQL)."""
    missing: dict[str, set[int]] = {}
    required: dict[str, set[int]] = {}
    group: dict[str, str] = {}  # union-find over skills named together in a requirement

    def root(skill: str) -> str:
        while group.setdefault(skill, skill) != skill:
            skill = group[skill]
        return skill

    for i, result in enumerate(results):
        for m in result.matches:
            if m.matched:
                continue
            first = root(m.requirement.any_of[0])
            for skill in m.requirement.any_of:
                group[root(skill)] = first
                missing.setdefault(skill, set()).add(i)
                if m.requirement.tier is Tier.REQUIRED:
                    required.setdefault(skill, set()).add(i)
    floor = 2 if len(results) > 1 else 1
    gaps: dict[tuple[str, frozenset[int], frozenset[int]], list[str]] = {}
    for skill, where in missing.items():
        if len(where) >= floor:
            key = (root(skill), frozenset(where), frozenset(required.get(skill, ())))
            gaps.setdefault(key, []).append(skill)
    found = [Gap(tuple(skills), len(where), len(req), len(results)) for (_, where, req), skills in gaps.items()]
    found.sort(key=lambda g: (-g.missing_in, -g.required_in, g.label.casefold()))
    return tuple(found[:limit])


def entry_of(rank: int, result: MatchResult, soft_weight: float = SCORING.soft_weight) -> Entry:
    return Entry(rank, result, coverage_of(result, soft_weight), fixes_of(result), rewordings_of(result))


_SORT_KEYS: dict[Sort, Callable[[Entry], tuple[Any, ...]]] = {
    Sort.SCORE: lambda e: (e.rank,),
    Sort.REQUIRED: lambda e: (-e.coverage[Tier.REQUIRED].understood, e.rank),
    Sort.ATS: lambda e: (-e.coverage[Tier.REQUIRED].ats_exact, e.rank),
    Sort.TITLE: lambda e: ((e.result.posting.title or "").casefold(), e.rank),
    Sort.PATH: lambda e: (e.result.posting.path, e.rank),
}


def build_report(
    resume_path: str,
    resume: ResumeProfile | None,
    results: Sequence[MatchResult],
    errors: Sequence[InputError] = (),
    *,
    top: int | None = None,
    min_score: float | None = None,
    sort: Sort = Sort.SCORE,
    explain: bool = False,
    soft_weight: float = SCORING.soft_weight,
) -> Report:
    """``results`` best first (as ``api.match`` returns them). ``min_score`` keeps the postings
    scoring at least that, ``top`` the best N of those; then ``sort`` orders them."""
    entries = [entry_of(rank, r, soft_weight) for rank, r in enumerate(results, 1)]
    if min_score is not None:
        entries = [e for e in entries if e.result.score >= min_score]
    if top is not None:
        entries = entries[:top]
    entries.sort(key=_SORT_KEYS[sort])
    return Report(
        resume_path=resume_path,
        resume=resume,
        entries=tuple(entries),
        gaps=recurring_gaps([e.result for e in entries]),
        errors=tuple(errors),
        scored=len(results),
        explain=explain,
    )


# -- diff: two versions of a resume against the same postings ------------------------------------


@dataclass(frozen=True)
class Flip:
    """A requirement met by one version of the resume and not by the other."""

    old: RequirementMatch
    new: RequirementMatch

    @property
    def now_met(self) -> bool:
        return self.new.matched


@dataclass(frozen=True)
class CheckChange:
    """A check whose outcome differs between the two versions: a knock-out check ("experience",
    "degree": met / not_met / unknown / not_asked) or the years of a skill the posting asks for
    ("5+ years of Python": met / short / unknown)."""

    name: str  # "experience", "degree", or the skill check's subject ("Python", "Python / Go")
    kind: str  # "knockout" | "years"
    asked: int | str | None  # years, or the degree level, the posting asks
    old_status: str
    new_status: str
    old_found: float | str | None  # what each version shows (None: unknown)
    new_found: float | str | None
    tier: Tier | None = None  # a years check's requirement tier


@dataclass(frozen=True)
class PartChange:
    """A part of the score whose points differ between the two versions."""

    name: str  # "required", "preferred", "similarity", "experience", "degree"
    old_points: float
    new_points: float

    @property
    def delta(self) -> float:
        return round(self.new_points - self.old_points, 1)


@dataclass(frozen=True)
class PostingDiff:
    old: MatchResult
    new: MatchResult
    flips: tuple[Flip, ...]  # newly met first
    checks: tuple[CheckChange, ...] = ()  # checks whose status changed: knock-outs, then years
    parts: tuple[PartChange, ...] = ()  # parts of the score whose points moved, in the breakdown's order

    @property
    def delta(self) -> float:
        return round(self.new.score - self.old.score, 1)

    @property
    def changed(self) -> bool:
        """Anything to explain: a flip, a check's status, a part's points."""
        return bool(self.flips or self.checks or self.parts)


@dataclass(frozen=True)
class DiffReport:
    old_path: str
    new_path: str
    postings: tuple[PostingDiff, ...]  # biggest gain first
    errors: tuple[InputError, ...]


def _knockout_changes(old: MatchResult, new: MatchResult) -> list[CheckChange]:
    before = {k.name: k for k in old.knockouts}
    out = []
    for k in new.knockouts:
        o: Knockout | None = before.get(k.name)
        old_status = o.status if o is not None else CheckStatus.NOT_ASKED
        if old_status is not k.status:
            asked = k.asked if k.asked is not None else o.asked if o is not None else None
            old_found = o.found if o is not None else None
            out.append(CheckChange(k.name, "knockout", asked, old_status.value, k.status.value, old_found, k.found))
    return out


def _years_changes(old: MatchResult, new: MatchResult) -> list[CheckChange]:
    def key(c: YearsCheck) -> tuple[str, Tier | None, int]:
        return (c.subject, c.tier, c.required)

    before = {key(c): c for c in old.checks if c.kind == "skill"}
    out = []
    for c in new.checks:
        o = before.get(key(c)) if c.kind == "skill" else None
        if o is not None and o.status != c.status:
            out.append(
                CheckChange(
                    c.subject, "years", c.required, o.status, c.status, o.actual, c.actual, c.tier
                )
            )
    return out


def diff_results(old: MatchResult, new: MatchResult) -> PostingDiff:
    def key(m: RequirementMatch) -> tuple[str, tuple[str, ...]]:
        return (m.requirement.tier.value, m.requirement.any_of)

    before = {key(m): m for m in old.matches}
    flips = [Flip(before[key(m)], m) for m in new.matches if key(m) in before and before[key(m)].matched != m.matched]
    flips.sort(key=lambda f: not f.now_met)
    old_points = {p.name: p.points for p in old.parts}
    parts = [
        PartChange(p.name, old_points.get(p.name, 0.0), p.points)
        for p in new.parts
        if round(p.points - old_points.get(p.name, 0.0), 1)
    ]
    checks = _knockout_changes(old, new) + _years_changes(old, new)
    return PostingDiff(old, new, tuple(flips), tuple(checks), tuple(parts))


def build_diff(
    old_path: str,
    new_path: str,
    old_results: Sequence[MatchResult],
    new_results: Sequence[MatchResult],
    errors: Sequence[InputError] = (),
) -> DiffReport:
    """Pair the two versions' results by posting path; biggest gain first."""
    old_by_path = {r.posting.path: r for r in old_results}
    pairs = [diff_results(old_by_path[r.posting.path], r) for r in new_results if r.posting.path in old_by_path]
    pairs.sort(key=lambda d: (-d.delta, -d.new.score, d.new.posting.path))
    return DiffReport(old_path, new_path, tuple(pairs), tuple(errors))


# -- rank: candidates for one posting, and the resume x posting matrix -----------------------------


class RankSort(str, Enum):
    """Ranking order: ``jobmatch rank --sort``."""

    SCORE = "score"
    REQUIRED = "required"
    ATS = "ats"
    PATH = "path"


@dataclass(frozen=True)
class RankedCandidate:
    """A candidate in a ranking: the resume, and its entry against the posting (the same facts a
    ``match`` report gives for the pair)."""

    path: str
    skills: int
    entry: Entry


@dataclass(frozen=True)
class Ranking:
    posting_path: str
    posting: Posting | None  # None when it could not be read
    candidates: tuple[RankedCandidate, ...]  # in the report's order, after --top / --min-score
    gaps: tuple[Gap, ...]  # requirements unmet by several candidates, most frequent first
    errors: tuple[InputError, ...]
    scored: int  # resumes scored, before --top / --min-score
    explain: bool = False


_RANK_KEYS: dict[RankSort, Callable[[RankedCandidate], tuple[Any, ...]]] = {
    RankSort.SCORE: lambda c: (c.entry.rank,),
    RankSort.REQUIRED: lambda c: (-c.entry.coverage[Tier.REQUIRED].understood, c.entry.rank),
    RankSort.ATS: lambda c: (-c.entry.coverage[Tier.REQUIRED].ats_exact, c.entry.rank),
    RankSort.PATH: lambda c: (c.path, c.entry.rank),
}


def build_ranking(
    posting_path: str,
    posting: Posting | None,
    candidates: Sequence[Candidate],
    errors: Sequence[InputError] = (),
    *,
    scored: int | None = None,
    top: int | None = None,
    min_score: float | None = None,
    sort: RankSort = RankSort.SCORE,
    explain: bool = False,
    soft_weight: float = SCORING.soft_weight,
) -> Ranking:
    """``candidates`` best first (as ``api.rank`` returns them; ``scored`` counts them all when
    only the best were kept). ``min_score`` keeps those scoring at least that, ``top`` the best N
    of those; then ``sort`` orders them."""
    ranked = [
        RankedCandidate(c.path, c.skills, entry_of(rank, c.result, soft_weight)) for rank, c in enumerate(candidates, 1)
    ]
    if min_score is not None:
        ranked = [c for c in ranked if c.entry.result.score >= min_score]
    if top is not None:
        ranked = ranked[:top]
    ranked.sort(key=_RANK_KEYS[sort])
    return Ranking(
        posting_path=posting_path,
        posting=posting,
        candidates=tuple(ranked),
        gaps=recurring_gaps([c.entry.result for c in ranked]),
        errors=tuple(errors),
        scored=len(candidates) if scored is None else scored,
        explain=explain,
    )


@dataclass(frozen=True)
class MatrixReport:
    """Every resume against every posting: the columns, then a row of scores per resume."""

    postings: tuple[Posting, ...]
    rows: tuple[MatrixRow, ...]  # in the report's order, after --top / --min-score
    errors: tuple[InputError, ...]
    scored: int  # resumes scored


def best_score(row: MatrixRow) -> float:
    return max(row.scores, default=0.0)


def build_matrix(
    postings: Sequence[Posting],
    rows: Sequence[MatrixRow],
    errors: Sequence[InputError] = (),
    *,
    top: int | None = None,
    min_score: float | None = None,
    sort: RankSort = RankSort.SCORE,
) -> MatrixReport:
    """``rows`` in input order. The report's rows: by best score (or by path), those whose best
    score is at least ``min_score``, the first ``top``."""
    ordered = sorted(rows, key=lambda r: (-best_score(r), r.path))
    if min_score is not None:
        ordered = [r for r in ordered if best_score(r) >= min_score]
    if top is not None:
        ordered = ordered[:top]
    if sort is RankSort.PATH:
        ordered.sort(key=lambda r: r.path)
    return MatrixReport(tuple(postings), tuple(ordered), tuple(errors), len(rows))
