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
        assert result.score < 15


def _req(tier, soft=False, name="Python"):
    return Requirement(tier=tier, any_of=(name,), soft=soft, text=name, line=1)


def _matches(spec):
    return [RequirementMatch(_req(t, s), "x" if met else None, None) for t, s, met in spec]


def test_weights_redistribute_when_a_tier_is_empty():
    from jobmatch.models import Posting

    posting = Posting("p", None, (), (), None, None, None, "")
    only_required = score_match(posting, _matches([(Tier.REQUIRED, False, True)]), 0.0)
    assert only_required.score == 80.0  # required takes the preferred weight
    nothing = score_match(posting, [], 0.25, ScoringConfig())
    assert nothing.score == 50.0  # similarity alone: 0.25 / saturation 0.5


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
