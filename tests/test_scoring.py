"""The score: its parts sum to it, it ranks the fixture resumes sensibly, it is per pair."""

from __future__ import annotations

import itertools

import pytest

from jobmatch import api
from jobmatch.config import ScoringConfig
from jobmatch.models import Requirement, RequirementMatch, Tier
from jobmatch.scoring import score_match
from tests.conftest import POSTINGS, RESUME_NAMES, RESUMES

POSTING_FILES = sorted(str(p) for p in POSTINGS.iterdir())


@pytest.fixture(scope="module")
def reports():
    return {
        (name, ext): api.match(str(RESUMES / f"{name}.{ext}"), [str(POSTINGS)])
        for name in RESUME_NAMES
        for ext in ("txt", "pdf")
    }


def _by_posting(report):
    return {r.posting.path: r for r in report.results}


def test_breakdown_adds_up_to_the_score(reports):
    for report in reports.values():
        for result in report.results:
            assert round(sum(p.points for p in result.parts), 1) == result.score
            assert 0 <= result.score <= 100


@pytest.mark.parametrize("ext", ["txt", "pdf"])
def test_strong_beats_partial_beats_unrelated_on_every_posting(reports, ext):
    strong = _by_posting(reports[("strong_backend", ext)])
    partial = _by_posting(reports[("partial_frontend", ext)])
    unrelated = _by_posting(reports[("unrelated_nurse", ext)])
    assert len(strong) == 5
    for path in strong:
        assert strong[path].score > partial[path].score > unrelated[path].score, path


def test_pdf_and_text_resumes_score_the_same(reports):
    for name in RESUME_NAMES:
        txt = {p: r.score for p, r in _by_posting(reports[(name, "txt")]).items()}
        pdf = {p: r.score for p, r in _by_posting(reports[(name, "pdf")]).items()}
        assert txt == pdf, name


def test_score_does_not_depend_on_the_other_postings():
    resume = str(RESUMES / "partial_frontend.txt")
    alone = {f: api.match(resume, [f]).results[0].score for f in POSTING_FILES}
    for order in itertools.islice(itertools.permutations(POSTING_FILES), 3):
        together = {r.posting.path: r.score for r in api.match(resume, list(order)).results}
        assert together == alone


def test_unrelated_resume_meets_almost_nothing(reports):
    for result in reports[("unrelated_nurse", "txt")].results:
        # the knock-out checks are met (10+ years of nursing, a bachelor's degree) and score their
        # weight; what the postings ask for in skills is almost entirely missing
        skills = sum(p.points for p in result.parts if p.name in ("required", "preferred", "similarity"))
        assert skills < 15
        assert result.score < 30


def _req(tier, soft=False, name="Python"):
    return Requirement(tier=tier, any_of=(name,), soft=soft, text=name, line=1)


def _matches(spec):
    return [RequirementMatch(_req(t, s), "x" if met else None, None) for t, s, met in spec]


def test_weights_redistribute_when_a_tier_is_empty():
    from jobmatch.models import Posting

    posting = Posting("p", None, (), (), None, None, None, "")
    only_required = score_match(posting, _matches([(Tier.REQUIRED, False, True)]), 0.0)
    assert only_required.score == 80.0  # required takes the preferred weight
    nothing = score_match(posting, [], 0.3, ScoringConfig())
    assert nothing.score == 50.0  # similarity alone: coverage 0.3 / saturation 0.6


def test_soft_skills_count_half():
    from jobmatch.models import Posting

    posting = Posting("p", None, (), (), None, None, None, "")
    result = score_match(
        posting,
        _matches([(Tier.REQUIRED, False, True), (Tier.REQUIRED, True, False)]),
        0.0,
    )
    required = result.parts[0]
    assert (required.met, required.total) == (1.0, 1.5)


# -- knock-out checks ------------------------------------------------------------------------------


def _posting(min_years=None, degree=None):
    from jobmatch.models import Posting

    return Posting("p", None, (), (), min_years, degree, None, "")


_SPEC = [(Tier.REQUIRED, False, True), (Tier.REQUIRED, False, False), (Tier.PREFERRED, False, True)]


def test_unknown_or_unasked_checks_change_nothing():
    base = score_match(_posting(), _matches(_SPEC), 0.2)
    for posting, years, degree in [
        (_posting(5, "bachelor"), None, None),  # asked, resume does not say
        (_posting(), 7, "master"),  # the posting does not ask
        (_posting(5, "bachelor"), None, "diploma"),  # a degree jobmatch does not know
    ]:
        result = score_match(posting, _matches(_SPEC), 0.2, total_years=years, degree=degree)
        assert result.score == base.score
        assert {k.status.value for k in result.knockouts} <= {"unknown", "not_asked"}
        assert [p.weight for p in result.parts[3:]] == [0.0, 0.0]


def test_decided_checks_take_their_weight_and_the_breakdown_still_adds_up():
    from jobmatch.models import CheckStatus

    short = score_match(_posting(5, "master"), _matches(_SPEC), 0.2, total_years=4, degree="bachelor")
    experience, degree = short.knockouts
    assert (experience.status, degree.status) == (CheckStatus.NOT_MET, CheckStatus.NOT_MET)
    parts = {p.name: p for p in short.parts}
    assert parts["experience"].weight == 0.10 and parts["experience"].value == 0.8  # 4 of 5 years
    assert parts["degree"].weight == 0.05 and parts["degree"].value == 0.0
    assert round(sum(p.weight for p in short.parts), 4) == 1.0
    # 2 required, 1 preferred: the preferred part is half of 0.2 (postings QA #20), the rest required
    assert (parts["required"].weight, parts["preferred"].weight, parts["similarity"].weight) == (0.595, 0.085, 0.17)
    assert round(sum(p.points for p in short.parts), 1) == short.score
    met = score_match(_posting(5, "master"), _matches(_SPEC), 0.2, total_years=6, degree="phd")
    assert {k.status for k in met.knockouts} == {CheckStatus.MET}
    assert met.score > short.score
    assert round(sum(p.points for p in met.parts), 1) == met.score


def test_breakdown_adds_up_with_checks_on_every_fixture_pair(reports):
    """The fixture resumes with every combination of years and degree the checks can meet."""
    for report in reports.values():
        for r in report.results:
            for years, degree in [(0, "associate"), (3, "bachelor"), (12, "phd"), (None, "master")]:
                rescored = score_match(r.posting, list(r.matches), r.similarity, total_years=years, degree=degree)
                assert round(sum(p.points for p in rescored.parts), 1) == rescored.score
                assert 0 <= rescored.score <= 100
