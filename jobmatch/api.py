"""The library entry point: what the CLI, scripts and tests call.

    from jobmatch import api
    report = api.match("resume.pdf", ["postings/"])
    for result in report.results:            # best first
        print(result.score, result.posting.title)
    changes = api.diff("old.pdf", "new.pdf", ["postings/"])   # two versions of a resume

Every function takes paths (files, directories, "-") and returns values; an input that cannot
be read becomes an :class:`~jobmatch.models.InputError` in ``errors`` and the rest go on.
:func:`score_documents` is the pure core: documents in, results out, no I/O.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date

from jobmatch.config import SCORING, ScoringConfig
from jobmatch.errors import InputFileError
from jobmatch.loaders import POSTING_SUFFIXES, RESUME_SUFFIXES, iter_documents, load_document
from jobmatch.match import check_years, match_requirements, profile_resume, scored_requirements
from jobmatch.models import Document, InputError, MatchResult, Posting, ResumeProfile
from jobmatch.posting import parse_posting
from jobmatch.report import DiffReport, build_diff
from jobmatch.scoring import score_match
from jobmatch.similarity import similarities
from jobmatch.vocabulary import Vocabulary


@dataclass(frozen=True)
class MatchReport:
    resume: ResumeProfile | None
    results: tuple[MatchResult, ...]  # best first
    errors: tuple[InputError, ...]


def read_postings(paths: Sequence[str], vocab: Vocabulary) -> tuple[list[Posting], list[InputError]]:
    postings: list[Posting] = []
    errors: list[InputError] = []
    for item in iter_documents(list(paths), POSTING_SUFFIXES):
        if isinstance(item, InputFileError):
            errors.append(InputError(item.path, item.problem))
        else:
            postings.append(parse_posting(item, vocab))
    return postings, errors


def read_resumes(
    paths: Sequence[str], vocab: Vocabulary, *, today: date | None = None
) -> tuple[list[ResumeProfile], list[InputError]]:
    """Resumes (files, directories of .pdf/.docx/.txt/.md, "-") -> profiles; ``today`` is what
    "Present" in a job's dates means (default: today)."""
    profiles: list[ResumeProfile] = []
    errors: list[InputError] = []
    for item in iter_documents(list(paths), RESUME_SUFFIXES):
        if isinstance(item, InputFileError):
            errors.append(InputError(item.path, item.problem))
        else:
            profiles.append(profile_resume(item, vocab, today=today))
    return profiles, errors


def score_postings(
    profile: ResumeProfile,
    postings: Sequence[Posting],
    vocab: Vocabulary,
    config: ScoringConfig = SCORING,
) -> list[MatchResult]:
    """Score one resume against postings, best first. Each score depends only on its pair."""
    cosines = similarities(profile.text, [p.body for p in postings])
    # total years and highest degree: None (unknown) until the resume says
    total_years = getattr(profile, "total_years", None)
    degree = getattr(profile, "degree", None)
    results = [
        score_match(
            posting,
            match_requirements(scored_requirements(posting), profile, vocab),
            cosine,
            config,
            total_years=total_years,
            degree=degree,
        )
        for posting, cosine in zip(postings, cosines, strict=True)
    ]
    results = [replace(r, checks=check_years(r.posting, profile)) for r in results]
    return sorted(results, key=lambda r: (-r.score, r.posting.path))


def score_documents(
    resume: Document,
    postings: Sequence[Document],
    vocab: Vocabulary | None = None,
    config: ScoringConfig = SCORING,
) -> list[MatchResult]:
    """The pure core: a resume document and posting documents in, results (best first) out."""
    vocab = vocab or Vocabulary.load()
    profile = profile_resume(resume, vocab)
    return score_postings(profile, [parse_posting(d, vocab) for d in postings], vocab, config)


def match(
    resume: str,
    postings: Sequence[str],
    *,
    vocab_files: Sequence[str] = (),
    config: ScoringConfig = SCORING,
) -> MatchReport:
    """Score a resume (a path or "-") against postings (files, directories or "-")."""
    vocab = Vocabulary.load(vocab_files)
    errors: list[InputError] = []
    try:
        profile: ResumeProfile | None = profile_resume(load_document(resume), vocab)
    except InputFileError as error:
        profile = None
        errors.append(InputError(error.path, error.problem))
    parsed, posting_errors = read_postings(postings, vocab)
    errors.extend(posting_errors)
    results = score_postings(profile, parsed, vocab, config) if profile is not None else []
    return MatchReport(resume=profile, results=tuple(results), errors=tuple(errors))


def diff(
    old_resume: str,
    new_resume: str,
    postings: Sequence[str],
    *,
    vocab_files: Sequence[str] = (),
    config: ScoringConfig = SCORING,
) -> DiffReport:
    """Two versions of a resume against the same postings: the score change per posting and the
    requirements that flipped. The postings are read once."""
    vocab = Vocabulary.load(vocab_files)
    errors: list[InputError] = []
    profiles: list[ResumeProfile | None] = []
    for path in (old_resume, new_resume):
        try:
            profiles.append(profile_resume(load_document(path), vocab))
        except InputFileError as error:
            profiles.append(None)
            errors.append(InputError(error.path, error.problem))
    parsed, posting_errors = read_postings(postings, vocab)
    errors.extend(posting_errors)
    old, new = (score_postings(p, parsed, vocab, config) if p is not None else [] for p in profiles)
    return build_diff(old_resume, new_resume, old, new, errors)
