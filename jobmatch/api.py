"""The library entry point: what the CLI, scripts and tests call.

    from jobmatch import api
    report = api.match("resume.pdf", ["postings/"])
    for result in report.results:            # best first
        print(result.score, result.posting.title)
    changes = api.diff("old.pdf", "new.pdf", ["postings/"])   # two versions of a resume
    ranking = api.rank("posting.md", ["resumes/"])             # candidates for one posting

Every function takes paths (files, directories, globs, "-") and returns values; an input that
cannot be read becomes an :class:`~jobmatch.models.InputError` in ``errors`` and the rest go on.

The pure core is :func:`score`: one understood resume (:func:`read_resume`) and one understood
posting (:func:`read_posting`) in, a :class:`~jobmatch.models.MatchResult` out, with no I/O and
no dependence on anything else in the run. Everything else maps it over inputs: :func:`iter_match`,
:func:`iter_rank` and :func:`iter_matrix` stream results in input order, loading and scoring in
worker processes (``workers``; small runs stay in this process) with at most a few batches in
flight, so memory does not grow with the number of inputs. ``transform`` (a picklable function,
run in the workers) turns each result into what the caller keeps, e.g. an NDJSON line.
"""

from __future__ import annotations

import gc
import glob
import os
import re
import signal
import stat
import sys
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field, replace
from datetime import date
from typing import Any

from jobmatch import similarity
from jobmatch.config import SCORING, ScoringConfig
from jobmatch.errors import InputFileError, InputWarning, SettingError
from jobmatch.loaders import POSTING_SUFFIXES, RESUME_SUFFIXES, STDIN, expand_paths, iter_documents, load_document
from jobmatch.match import check_years, profile_resume, resume_matcher, scored_requirements
from jobmatch.models import (
    Candidate,
    Document,
    InputError,
    MatchResult,
    MatrixRow,
    Posting,
    Requirement,
    ResumeProfile,
    Tier,
)
from jobmatch.posting import parse_posting
from jobmatch.report import DiffReport, build_diff
from jobmatch.scoring import SkillYears, credited, score_match, score_parts, years_weighing
from jobmatch.shared import Exchange
from jobmatch.similarity import Mass, coverage, coverage_matrix, posting_mass, text_coverage
from jobmatch.vocabulary import Vocabulary

__all__ = [
    "READS_AS_POSTING",
    "READS_AS_RESUME",
    "Candidate",
    "InputError",
    "MatchReport",
    "MatrixRow",
    "RankReport",
    "ResumeKey",
    "ScoreMatrix",
    "diff",
    "expand",
    "iter_match",
    "iter_matrix",
    "iter_rank",
    "match",
    "matrix",
    "rank",
    "read_posting",
    "read_postings",
    "read_resume",
    "read_resumes",
    "resume_key",
    "score",
    "score_documents",
    "score_key",
    "score_postings",
    "summary",
]


@dataclass(frozen=True)
class MatchReport:
    resume: ResumeProfile | None
    results: tuple[MatchResult, ...]  # best first
    errors: tuple[InputError, ...]
    # what the user should know though the run went on: a subdirectory not read, a file that reads
    # as the other kind (see READS_AS_POSTING); the command line prints each as a warning
    notes: tuple[InputWarning, ...] = ()


# the notes for a file in the wrong place (each is still read and scored as what its place says)
READS_AS_POSTING = "looks like a job posting, not a resume"
READS_AS_RESUME = "looks like a resume, not a job posting"


# -- the pure core ---------------------------------------------------------------------------------


def score(
    resume: ResumeProfile, posting: Posting, vocab: Vocabulary | None = None, config: ScoringConfig = SCORING
) -> MatchResult:
    """Score one resume against one posting: a pure function of the pair (and the vocabulary and
    the weights). The result holds the breakdown, every requirement with its evidence, the
    knock-out checks and the years checks. Safe to map over a corpus in any order, on any number
    of processes or machines (the values pickle)."""
    return _score(resume, posting, vocab or Vocabulary.load(), config, posting)


def _score(
    resume: ResumeProfile, posting: Posting, vocab: Vocabulary, config: ScoringConfig, keep: Posting
) -> MatchResult:
    """:func:`score`, the result holding ``keep`` as its posting (the posting, or the posting
    without its text): no copy of the result is made afterwards."""
    matcher = resume_matcher(resume, vocab)
    requirements = scored_requirements(posting)
    return score_match(
        keep,
        matcher.match(requirements),
        text_coverage(posting.body, matcher.terms),
        config,
        total_years=matcher.total_years,
        degree=matcher.degree,
        checks=check_years(posting, resume, requirements, vocab),
    )


def summary(result: MatchResult) -> dict[str, Any]:
    """A flat record of a result for tables and data frames: path, title, score, the points of
    each part, the required and preferred coverage, the knock-out checks."""
    record: dict[str, Any] = {"path": result.posting.path, "title": result.posting.title, "score": result.score}
    for part in result.parts:
        record[f"{part.name}_points"] = part.points
    for tier in (Tier.REQUIRED, Tier.PREFERRED):
        coverage_part = result.part(tier.value)
        record[f"{tier.value}_met"] = coverage_part.met if coverage_part else None
        record[f"{tier.value}_total"] = coverage_part.total if coverage_part else None
    for check in result.knockouts:
        record[f"{check.name}_check"] = check.status.value
    return record


# -- reading -----------------------------------------------------------------------------------------


def expand(
    paths: Iterable[str | InputError], suffixes: tuple[str, ...] = POSTING_SUFFIXES
) -> _Expanded:
    """The inputs named by paths, in order: a file as given, a directory's matching files
    (sorted), a glob's matches (sorted; a quoted ``'resumes/*.pdf'`` works as in a shell; its named pipes,
    sockets and devices left out, as a directory's are, and a pattern matching only those is an error), ``-``.
    A directory without matching files is an error; a pattern that matches nothing is kept as a
    name (reading it says "no such file"). A file named twice ("postings/a.txt postings/", or
    "./a.txt a.txt") is kept once, where it is first named. A list this function gave, unchanged,
    is given back as a copy (expanding it again changes nothing, and would look at every file again).

    The list's ``notes`` (:class:`~jobmatch.errors.InputWarning`) say what the user should know
    of the inputs, though the run goes on: a subdirectory of a directory given, holding files
    jobmatch reads, is not read (a directory is its own files), unless it is named too. Nothing is
    printed."""
    if isinstance(paths, _Expanded) and paths.unchanged():
        return _Expanded(paths, paths.notes)
    notes: list[InputWarning] = []
    items = _once(_expand(paths, suffixes, notes))
    if notes:  # (a subdirectory named too is read: no warning)
        read = {os.path.dirname(i) for i in items if isinstance(i, str)}
        notes = [n for n in notes if not any(r == n.path or r.startswith(n.path + os.sep) for r in read)]
    return _Expanded(items, tuple(dict.fromkeys(notes)))


class _Expanded(list):  # type: ignore[type-arg]  # (of str | InputError)
    """A list :func:`expand` made, what it held when made (a caller may add to it), and its
    warnings about the inputs (``notes``)."""

    def __init__(self, items: Iterable[str | InputError], notes: tuple[InputWarning, ...] = ()) -> None:
        super().__init__(items)
        self.made = tuple(self)
        self.notes = notes

    def unchanged(self) -> bool:
        return tuple(self) == self.made  # (C comparisons: the same objects compare at once)


def _once(items: list[str | InputError]) -> list[str | InputError]:
    seen: set[str] = set()
    out: list[str | InputError] = []
    for item in items:
        name = item.path if isinstance(item, InputError) else item
        key = name if name == STDIN else os.path.normpath(os.path.abspath(name))
        if key not in seen:
            seen.add(key)
            out.append(item)
    return out


def _expand(
    paths: Iterable[str | InputError], suffixes: tuple[str, ...], notes: list[InputWarning] | None = None
) -> list[str | InputError]:
    found: list[str | InputError] = []
    for raw in paths:
        if isinstance(raw, InputError):  # already expanded
            found.append(raw)
        elif raw != STDIN and any(c in raw for c in "*?[") and not os.path.exists(raw):
            # "**" spans any depth of folders, as in zsh and bash's globstar ('jobs/**/*.md': jobs/a.md
            # and jobs/2024/q1/b.md); glob's default read it as "*", one level, and left the rest out unsaid
            matches = sorted(glob.glob(raw, recursive=True))
            if "**" in raw:  # (its folders too, whose files it lists itself: 'g/**' is g's files at every depth)
                matches = [m for m in matches if not os.path.isdir(m)]
            readable = [m for m in matches if not _special_file(m)]
            if matches and not readable:  # ('inbox/*' holding only "feed.fifo": not "no such file")
                found.append(InputError(raw, "matches only pipes, sockets or devices, which are not read"))
                continue
            # a pattern that matches nothing is a name, as in a shell: "no such file" says so
            found.extend(_expand(readable, suffixes, notes) if readable else [raw])
        elif raw != STDIN and os.path.isdir(raw):
            try:
                files = list(expand_paths([raw], suffixes, notes))
            except InputFileError as error:
                found.append(InputError(error.path, error.problem))
                continue
            if files:
                found.extend(files)
            else:  # the loader says what is wrong with it (nothing is read)
                found.extend(
                    InputError(e.path, e.problem)
                    for e in iter_documents([raw], suffixes)
                    if isinstance(e, InputFileError)
                )
        else:
            found.append(raw)
    return found


def _special_file(path: str) -> bool:
    """Whether a glob's match is a named pipe, a socket or a device: left out as a directory's listing leaves
    them out ('postings/*' beside "postings/feed.fifo", a pipe no one writes to, would wait for it forever).
    A folder, a file and a broken link stay: the folder is listed, the link reported."""
    try:
        mode = os.stat(path).st_mode
    except OSError:
        return False  # (reading it says what is wrong: a broken link, a file gone since)
    return not (stat.S_ISREG(mode) or stat.S_ISDIR(mode))


def read_posting(path: str | Document, vocab: Vocabulary | None = None) -> Posting | InputError:
    """One posting file (or a loaded Document), understood; an InputError if it cannot be read."""
    vocab = vocab or Vocabulary.load()
    try:
        doc = path if isinstance(path, Document) else load_document(path)
    except InputFileError as error:
        return InputError(error.path, error.problem)
    return _posting_of(doc, vocab)


def read_resume(path: str | Document, vocab: Vocabulary | None = None, *, today: date | None = None) -> ResumeProfile:
    """One resume file (or a loaded Document), understood. Raises InputFileError."""
    vocab = vocab or Vocabulary.load()
    doc = path if isinstance(path, Document) else load_document(path)
    return _profile_of(doc, vocab, today)


def _posting_of(doc: Document, vocab: Vocabulary) -> Posting | InputError:
    """A posting understood; an InputError when its text is headings alone (:func:`_headings_only`)."""
    posting = parse_posting(doc, vocab)
    problem = _headings_only(doc.text, {s.line: s.heading for s in posting.sections if s.heading})
    return InputError(doc.path, problem) if problem else posting


def _profile_of(doc: Document, vocab: Vocabulary, today: date | None) -> ResumeProfile:
    """A resume understood. Raises InputFileError when its text is headings alone (:func:`_headings_only`)."""
    profile = profile_resume(doc, vocab, today=today)
    problem = _headings_only(doc.text, {s.line: s.heading for s in profile.sections if s.heading})
    if problem:
        raise InputFileError(doc.path, problem)
    return profile


HEADINGS_SHOWN = 3


def _headings_only(text: str, headings: dict[int, str]) -> str | None:
    """The problem of a document whose every line holding a letter or a digit is a section's
    heading and nothing more ("Requirements" / "Skills", a template saved before it was filled in):
    no text to score, as an empty file has none, where it scored on the similarity of its headings
    alone ("58.6%" against a resume of "Experience" / "Skills"). None for any other document: one
    line that is no heading (a name, a title, a bullet) or a heading with its content on its line
    ("Requirements: Python, Django") is text. ``headings``: the sections' headings by line number."""
    if not headings or len(text) > 200 * len(headings):  # (a heading is a short line)
        return None
    filled = [(number, line) for number, line in enumerate(text.split("\n"), 1) if any(map(str.isalnum, line))]
    if not filled or any(_bare(line) != _bare(headings.get(number, "")) for number, line in filled):
        return None
    names = ", ".join(line.strip(" #:*") for _, line in filled[:HEADINGS_SHOWN])
    more = f" and {len(filled) - HEADINGS_SHOWN} more" if len(filled) > HEADINGS_SHOWN else ""
    return f"no text found (only headings: {names}{more})"


def _bare(line: str) -> str:
    """A line's words, folded: "## Requirements:" and "REQUIREMENTS" are "requirements"."""
    return " ".join(re.findall(r"\w+", line)).casefold()


def read_postings(
    paths: Sequence[str | InputError], vocab: Vocabulary, *, workers: int | None = None
) -> tuple[list[Posting], list[InputError]]:
    postings: list[Posting] = []
    errors: list[InputError] = []
    for item in _map(_read_posting_task, _stdin_read(expand(paths, POSTING_SUFFIXES)), _Context(vocab), workers):
        (errors if isinstance(item, InputError) else postings).append(item)
    return postings, errors


def read_resumes(
    paths: Sequence[str], vocab: Vocabulary, *, today: date | None = None, workers: int | None = None
) -> tuple[list[ResumeProfile], list[InputError]]:
    """Resumes (files, directories of .pdf/.docx/.txt/.md, globs, "-") -> profiles; ``today`` is
    what "Present" in a job's dates means (default: today). PDFs are read in parallel."""
    profiles: list[ResumeProfile] = []
    errors: list[InputError] = []
    context = _Context(vocab, today=today)
    for item in _map(_read_resume_task, _stdin_read(expand(paths, RESUME_SUFFIXES)), context, workers):
        (errors if isinstance(item, InputError) else profiles).append(item)
    return profiles, errors


# -- arguments given in the wrong order ----------------------------------------------------------

# A line that opens a posting's own section: what the job asks, does, or gives
_POSTING_HEADINGS = frozenset({"required", "preferred", "boilerplate"})
_ADDRESSES_READER = re.compile(
    r"\b(?:you(?:'ll| will| have| are|'re|r)|we(?:'re| are) (?:looking|seeking|hiring)|we offer|join (?:us|our)"
    r"|our (?:team|company|mission|client))\b",
    re.I,
)


def looks_like_posting(profile: ResumeProfile) -> bool:
    """Whether a file read as a resume is rather a job posting (``jobmatch match POSTING RESUME``,
    the arguments swapped): a dated job at most (a school year, a contract's term), a heading of
    a posting that a resume does not have (what the job requires or prefers, its benefits), and a
    line that addresses the reader ("you will", "we offer"), which a resume does not: "Key
    Qualifications" and "Additional Skills" alone are a new graduate's resume."""
    from jobmatch.posting import classify_heading
    from jobmatch.resume import heading_of

    if len(profile.jobs) > 1:
        return False
    kinds = set()
    for line in profile.lines:
        if 0 < len(line) <= 60 and len(line.split()) <= 6:
            kind = classify_heading(line)
            known = heading_of(line)
            if kind in _POSTING_HEADINGS and not (known and known.known):  # not "Experience", "Skills"
                kinds.add(kind)
    return bool(kinds) and any(_ADDRESSES_READER.search(t) for t in profile.lines)


def looks_like_resume(posting: Posting, vocab: Vocabulary) -> bool:
    """Whether a file read as a posting is rather a resume (``jobmatch rank RESUME POSTING``): its
    text read as a resume has dated jobs (two or more) and does not look like a posting."""
    profile = profile_resume(Document(path=posting.path, text=posting.body, kind="text"), vocab)
    return len(profile.jobs) >= 2 and not looks_like_posting(profile)


def _may_be_resume(posting: Posting) -> bool:
    """A quick first test for :func:`looks_like_resume`, cheap enough to ask of every posting of
    a run: a section under a resume's heading for jobs ("Work Experience", "Employment History")
    and two dates opening a range ("2019 - 2021", "Jan 2020 – Present") in its text. A posting
    has neither, most often: only the few that have both are read as resumes."""
    for section in posting.sections:
        heading = section.heading
        if heading is not None and _jobs_heading(heading):
            found = _RANGE_START.finditer(posting.body)
            return next(found, None) is not None and next(found, None) is not None
    return False


# a year opening a range of dates, as a resume dates its jobs: "2019 -", "Jan 2020 –", "2018 to" (no
# "05/16 -": a pattern opening with any digit costs four times as much; one opening with a year, 4 us a page)
_RANGE_START = re.compile(r"(?:19|20)\d\d\s*(?:[-–—~]|to\b|until\b|till\b|through\b)")
# a word that every resume heading of jobs holds ("Experience", "Work History", "Positions Held")
_JOBS_WORDS = re.compile(r"experience|employment|histor|background|work|intern|apprentic|placement|positions", re.I)
_jobs_headings: dict[str, bool] = {}  # (postings share their headings: each is looked at once)


def _jobs_heading(heading: str) -> bool:
    known = _jobs_headings.get(heading)
    if known is None:
        from jobmatch.resume import heading_of

        found = heading_of(heading) if _JOBS_WORDS.search(heading) else None
        known = found is not None and found.known and found.kind == "experience"
        if len(_jobs_headings) >= 4096:
            _jobs_headings.clear()
        _jobs_headings[heading] = known
    return known


# -- one resume, many postings ------------------------------------------------------------------------


def score_postings(
    profile: ResumeProfile,
    postings: Sequence[Posting],
    vocab: Vocabulary,
    config: ScoringConfig = SCORING,
) -> list[MatchResult]:
    """Score one resume against postings, best first. Each score depends only on its pair."""
    results = [score(profile, posting, vocab, config) for posting in postings]
    return sorted(results, key=lambda r: (-r.score, r.posting.path))


def score_documents(
    resume: Document,
    postings: Sequence[Document],
    vocab: Vocabulary | None = None,
    config: ScoringConfig = SCORING,
) -> list[MatchResult]:
    """A resume document and posting documents in, results (best first) out; no I/O."""
    vocab = vocab or Vocabulary.load()
    profile = profile_resume(resume, vocab)
    return score_postings(profile, [parse_posting(d, vocab) for d in postings], vocab, config)


def iter_match(
    profile: ResumeProfile,
    postings: Sequence[str | InputError],
    vocab: Vocabulary,
    config: ScoringConfig = SCORING,
    *,
    workers: int | None = None,
    transform: Callable[[MatchResult], Any] | None = None,
    resumes_as_postings: list[str] | None = None,
) -> Iterator[Any]:
    """Score one resume against postings (paths, as :func:`expand` gives them), yielding in input
    order, as they are computed: ``transform(result)`` (default: the result, without the
    posting's text) or an InputError. Loading, parsing and scoring run in ``workers`` processes
    (default: one per core; small runs stay here). Given a list ``resumes_as_postings``, the path
    of every posting that reads as a resume (:func:`looks_like_resume`, asked of those that
    :func:`_may_be_resume`) is added to it as it is yielded."""
    context = _Context(
        vocab, config=config, profile=profile, transform=transform, check_postings=resumes_as_postings is not None
    )
    yield from _unflagged(
        _map(_match_task, _stdin_read(expand(postings, POSTING_SUFFIXES)), context, workers), resumes_as_postings
    )


def match(
    resume: str,
    postings: Sequence[str],
    *,
    vocab_files: Sequence[str] = (),
    config: ScoringConfig = SCORING,
    workers: int | None = None,
) -> MatchReport:
    """Score a resume (a path or "-") against postings (files, directories, globs or "-"). The
    report's ``notes`` tell of a subdirectory not read, a resume that reads as a job posting and
    each posting that reads as a resume (all scored as given)."""
    vocab = Vocabulary.load(vocab_files)
    expanded = expand(postings, POSTING_SUFFIXES)
    notes = list(expanded.notes)
    errors: list[InputError] = []
    try:
        profile: ResumeProfile | None = read_resume(resume, vocab)
    except InputFileError as error:
        profile = None
        errors.append(InputError(error.path, error.problem))
    results: list[MatchResult] = []
    if profile is not None:
        swapped: list[str] | None = []
        if looks_like_posting(profile):  # (then its postings are not told of as resumes too)
            notes.append(InputWarning(profile.path, READS_AS_POSTING))
            swapped = None
        for item in iter_match(profile, expanded, vocab, config, workers=workers, resumes_as_postings=swapped):
            (errors if isinstance(item, InputError) else results).append(item)
        notes.extend(InputWarning(path, READS_AS_RESUME) for path in swapped or ())
    else:  # the postings' problems are reported all the same
        errors.extend(read_postings(expanded, vocab, workers=workers)[1])
    results.sort(key=lambda r: (-r.score, r.posting.path))
    return MatchReport(resume=profile, results=tuple(results), errors=tuple(errors), notes=tuple(notes))


def diff(
    old_resume: str,
    new_resume: str,
    postings: Sequence[str | InputError],
    *,
    vocab_files: Sequence[str] = (),
    config: ScoringConfig = SCORING,
    today: date | None = None,
) -> DiffReport:
    """Two versions of a resume against the same postings: the score change per posting and the
    requirements that flipped. The postings are read once. ``today``: the date "Present" stands
    for (default: today)."""
    vocab = Vocabulary.load(vocab_files)
    errors: list[InputError] = []
    profiles: list[ResumeProfile | None] = []
    for path in (old_resume, new_resume):
        try:
            profiles.append(read_resume(path, vocab, today=today))
        except InputFileError as error:
            profiles.append(None)
            errors.append(InputError(error.path, error.problem))
    parsed, posting_errors = read_postings(postings, vocab)
    errors.extend(posting_errors)
    old, new = (score_postings(p, parsed, vocab, config) if p is not None else [] for p in profiles)
    return build_diff(old_resume, new_resume, old, new, errors)


# -- one posting, many resumes ------------------------------------------------------------------------


@dataclass(frozen=True)
class RankReport:
    posting: Posting | None  # None when it could not be read
    candidates: tuple[Candidate, ...]  # best first
    errors: tuple[InputError, ...]
    notes: tuple[InputWarning, ...] = ()  # as MatchReport's


def iter_rank(
    posting: Posting,
    resumes: Sequence[str | InputError],
    vocab: Vocabulary,
    config: ScoringConfig = SCORING,
    *,
    today: date | None = None,
    workers: int | None = None,
    transform: Callable[[Candidate], Any] | None = None,
    postings_as_resumes: list[str] | None = None,
) -> Iterator[Any]:
    """Score resumes (paths, as :func:`expand` gives them) against one posting, yielding in input
    order as they are computed: ``transform(candidate)`` (default: the Candidate) or an
    InputError. Reading the resumes (PDF extraction) runs in ``workers`` processes. Given a
    list ``postings_as_resumes``, the path of every resume that reads as a job posting
    (:func:`looks_like_posting`) is added to it as it is yielded."""
    context = _Context(
        vocab, config=config, posting=posting, today=today, transform=transform,
        check_swapped=postings_as_resumes is not None,
    )
    yield from _unflagged(_map(_rank_task, _stdin_read(expand(resumes, RESUME_SUFFIXES)), context, workers),
                          postings_as_resumes)


def rank(
    posting: str,
    resumes: Sequence[str],
    *,
    vocab_files: Sequence[str] = (),
    config: ScoringConfig = SCORING,
    today: date | None = None,
    workers: int | None = None,
) -> RankReport:
    """Rank resumes (files, directories, globs, "-") for one posting (a file or "-"), best first.
    Each score is the score ``match`` gives the same pair. The report's ``notes`` tell of a
    subdirectory not read, a posting that reads as a resume and each resume that reads as a job
    posting (all ranked as given)."""
    vocab = Vocabulary.load(vocab_files)
    parsed = read_posting(posting, vocab)
    expanded = expand(resumes, RESUME_SUFFIXES)
    notes = list(expanded.notes)
    if isinstance(parsed, InputError):
        errors = [parsed, *(e for e in expanded if isinstance(e, InputError))]
        return RankReport(None, (), tuple(errors), tuple(notes))
    if looks_like_resume(parsed, vocab):
        notes.append(InputWarning(parsed.path, READS_AS_RESUME))
    candidates: list[Candidate] = []
    errors = []
    swapped: list[str] = []
    for item in iter_rank(parsed, expanded, vocab, config, today=today, workers=workers, postings_as_resumes=swapped):
        (errors if isinstance(item, InputError) else candidates).append(item)
    notes.extend(InputWarning(path, READS_AS_POSTING) for path in swapped)
    candidates.sort(key=lambda c: (-c.result.score, c.path))
    return RankReport(parsed, tuple(candidates), tuple(errors), tuple(notes))


# -- many resumes x many postings ----------------------------------------------------------------------


@dataclass(frozen=True)
class ResumeKey:
    """All a score needs of a resume: the skills it meets (directly or implied), the words the
    similarity looks at, its total years and highest degree; and the profile itself, held by
    reference, for the years checks of postings that ask years (made by :func:`resume_key`)."""

    path: str
    skills: int
    meets: frozenset[str]
    terms: frozenset[str]
    total_years: float | None
    degree: str | None
    # the years checks of a posting that asks years (its field's, its skills'): the resume itself,
    # held by reference (None: the years are not weighed)
    profile: ResumeProfile | None = field(default=None, compare=False, repr=False)
    vocab: Vocabulary | None = field(default=None, compare=False, repr=False)


def resume_key(profile: ResumeProfile, vocab: Vocabulary) -> ResumeKey:
    matcher = resume_matcher(profile, vocab)
    meets = frozenset(matcher.skills) | frozenset(matcher.implied_index)
    return ResumeKey(
        profile.path, len(profile.skills), meets, matcher.terms, profile.total_years, profile.degree, profile, vocab
    )


@dataclass(frozen=True)
class _PostingKey:
    posting: Posting  # without its text
    requirements: tuple[tuple[Tier, tuple[str, ...], float, int | None], ...]  # tier, any_of, weight, years
    mass: Mass
    asks_years: bool  # overall or of a skill: the years checks weigh in
    years_asked: tuple[Requirement, ...] = ()  # the scored requirements that ask years of their skill


def _posting_key(posting: Posting, config: ScoringConfig) -> _PostingKey:
    scored = scored_requirements(posting)
    requirements = tuple((r.tier, r.any_of, requirement_weight_of(r.soft, config), r.min_years) for r in scored)
    years_asked = tuple(r for r in scored if r.min_years is not None)
    asks = posting.min_years is not None or bool(years_asked)
    return _PostingKey(_lean(posting), requirements, posting_mass(posting.body), asks, years_asked)


def requirement_weight_of(soft: bool, config: ScoringConfig = SCORING) -> float:
    return config.soft_weight if soft else 1.0


def score_key(resume: ResumeKey, posting: Posting, config: ScoringConfig = SCORING) -> float:
    """The score of a pair from the resume's key alone: the same number :func:`score` gives
    (the same matching rule and the same arithmetic), without evidence or wording."""
    similarity = coverage(posting_mass(posting.body), resume.terms)
    return _score_keys(resume, _posting_key(posting, config), config, similarity)


def _score_keys(resume: ResumeKey, posting: _PostingKey, config: ScoringConfig, similarity: float) -> float:
    counts = {Tier.REQUIRED: [0.0, 0.0], Tier.PREFERRED: [0.0, 0.0]}
    meets = resume.meets
    short: SkillYears | None = None
    field_years = None
    if posting.asks_years and resume.profile is not None:
        # the years checks, as the full path makes them (scoring.score_match)
        checks = check_years(posting.posting, resume.profile, posting.years_asked, resume.vocab)
        short, field_years = years_weighing(checks, resume.total_years)
    for tier, any_of, weight, years in posting.requirements:
        count = counts[tier]
        count[1] += weight
        if not meets.isdisjoint(any_of):
            count[0] += weight if not short else credited(weight, any_of, years, short, config.skill_years_floor)
    value, _parts, _checks = score_parts(
        posting.posting,
        (counts[Tier.REQUIRED][0], counts[Tier.REQUIRED][1]),
        (counts[Tier.PREFERRED][0], counts[Tier.PREFERRED][1]),
        similarity,
        config,
        total_years=resume.total_years,
        degree=resume.degree,
        field_years=field_years,
    )
    return value


@dataclass(frozen=True)
class ScoreMatrix:
    postings: tuple[Posting, ...]  # the columns (without their text)
    rows: tuple[MatrixRow, ...]  # one per resume, in input order
    errors: tuple[InputError, ...]
    notes: tuple[InputWarning, ...] = ()  # as MatchReport's


def iter_matrix(
    postings: Sequence[Posting],
    resumes: Sequence[str | InputError],
    vocab: Vocabulary,
    config: ScoringConfig = SCORING,
    *,
    today: date | None = None,
    workers: int | None = None,
    transform: Callable[[MatrixRow], Any] | None = None,
    postings_as_resumes: list[str] | None = None,
) -> Iterator[Any]:
    """Every resume (paths, as :func:`expand` gives them) against every posting: yields, in the
    resumes' order as they are computed, ``transform(row)`` (default: the MatrixRow) or an
    InputError. The postings (understood, without their text) are held; the resumes stream.
    ``postings_as_resumes``: as for :func:`iter_rank`."""
    keys = tuple(_posting_key(p, config) for p in postings)
    context = _Context(
        vocab, config=config, today=today, transform=transform, posting_keys=keys,
        check_swapped=postings_as_resumes is not None,
    )
    yield from _unflagged(_map(_matrix_task, _stdin_read(expand(resumes, RESUME_SUFFIXES)), context, workers),
                          postings_as_resumes)


@dataclass(frozen=True)
class _Swapped:
    """A task's result for an input that reads as the other kind (a resume as a job posting, a
    posting as a resume): its path is told to the caller, see :func:`_unflagged`."""

    value: Any
    path: str


def _unflagged(results: Iterator[Any], swapped: list[str] | None) -> Iterator[Any]:
    """The results, each flagged one's path added to ``swapped`` (None: nothing was flagged)."""
    if swapped is None:
        yield from results
        return
    for item in results:
        if isinstance(item, _Swapped):
            swapped.append(item.path)
            item = item.value
        yield item


def matrix(
    postings: Sequence[str],
    resumes: Sequence[str],
    *,
    vocab_files: Sequence[str] = (),
    config: ScoringConfig = SCORING,
    today: date | None = None,
    workers: int | None = None,
) -> ScoreMatrix:
    """Every resume against every posting (each: files, directories, globs): the score matrix.
    The ``notes`` tell of a subdirectory not read and each resume that reads as a job posting."""
    vocab = Vocabulary.load(vocab_files)
    named, expanded = expand(postings, POSTING_SUFFIXES), expand(resumes, RESUME_SUFFIXES)
    notes = [*named.notes, *expanded.notes]
    parsed, errors = read_postings(named, vocab, workers=workers)
    rows: list[MatrixRow] = []
    swapped: list[str] = []
    for item in iter_matrix(parsed, expanded, vocab, config, today=today, workers=workers, postings_as_resumes=swapped):
        (errors if isinstance(item, InputError) else rows).append(item)
    notes.extend(InputWarning(path, READS_AS_POSTING) for path in swapped)
    return ScoreMatrix(tuple(_lean(p) for p in parsed), tuple(rows), tuple(errors), tuple(notes))


# -- the tasks a worker runs ------------------------------------------------------------------------


@dataclass
class _Context:
    """What every task of a run shares; set once per worker (inherited on fork)."""

    vocab: Vocabulary
    config: ScoringConfig = SCORING
    profile: ResumeProfile | None = None
    posting: Posting | None = None
    posting_keys: tuple[_PostingKey, ...] = ()
    today: date | None = None
    transform: Callable[[Any], Any] | None = None
    check_swapped: bool = False  # whether a resume that reads as a posting is flagged (_Swapped)
    check_postings: bool = False  # whether a posting that reads as a resume is flagged (_Swapped)

    def out(self, value: Any) -> Any:
        return value if self.transform is None else self.transform(value)

    def reads_as_posting(self, profile: ResumeProfile) -> bool:
        """Whether to flag this resume as one that reads as a job posting (asked only when the
        caller wants to know; a resume with two dated jobs is none: one comparison for most)."""
        return self.check_swapped and looks_like_posting(profile)


def _lean(posting: Posting) -> Posting:
    """A posting without its text: what a result keeps (the text served the similarity)."""
    if not posting.body:
        return posting
    attributes = getattr(posting, "__dict__", None)
    if attributes is None:  # (a posting whose class has slots)
        return replace(posting, body="")
    # the same value as replace(posting, body=""), which runs a Python loop over the fields and
    # the constructor (4 us, about 3% of a score); a Posting checks nothing as it is made
    lean = object.__new__(type(posting))
    lean.__dict__.update(attributes, body="")
    return lean


def _load(item: str | Document) -> Document | InputError:
    if isinstance(item, Document):
        return item
    try:
        return load_document(item)
    except InputFileError as error:
        return InputError(error.path, error.problem)


def _read_posting_task(context: _Context, item: str | Document) -> Posting | InputError:
    doc = _load(item)
    return doc if isinstance(doc, InputError) else _posting_of(doc, context.vocab)


def _read_resume_task(context: _Context, item: str | Document) -> ResumeProfile | InputError:
    doc = _load(item)
    if isinstance(doc, InputError):
        return doc
    try:
        return _profile_of(doc, context.vocab, context.today)
    except InputFileError as error:
        return InputError(error.path, error.problem)


def _match_task(context: _Context, item: str | Document) -> Any:
    posting = _read_posting_task(context, item)
    if isinstance(posting, InputError):
        return posting
    assert context.profile is not None
    value = context.out(_score(context.profile, posting, context.vocab, context.config, _lean(posting)))
    if context.check_postings and _may_be_resume(posting) and looks_like_resume(posting, context.vocab):
        return _Swapped(value, posting.path)
    return value


def _rank_task(context: _Context, item: str | Document) -> Any:
    profile = _read_resume_task(context, item)
    if isinstance(profile, InputError):
        return profile
    assert context.posting is not None
    # every candidate holds the posting: without its text
    result = _score(profile, context.posting, context.vocab, context.config, _lean(context.posting))
    value = context.out(Candidate(profile.path, len(profile.skills), result))
    return _Swapped(value, profile.path) if context.reads_as_posting(profile) else value


def _matrix_task(context: _Context, items: list[str | Document]) -> Iterator[Any]:
    """A batch of resumes against every posting, each row yielded as soon as it is scored; when
    the batch's similarities are work enough for a sparse product to pay, they are computed as
    one matrix first (every resume of the batch read before its first row)."""
    columns = context.posting_keys
    masses = [c.mass for c in columns]
    if not similarity.sparse_pays(len(items), masses):
        for item in items:
            key = _matrix_key(context, item)
            if isinstance(key, InputError):
                yield key
            else:
                yield _matrix_row(context, key, [coverage(m, key[0].terms) for m in masses])
        return
    keys = [_matrix_key(context, item) for item in items]
    found = [k[0].terms for k in keys if not isinstance(k, InputError)]
    similarities = iter(coverage_matrix(found, masses, engine="sklearn"))
    for key in keys:
        yield key if isinstance(key, InputError) else _matrix_row(context, key, next(similarities))


def _matrix_key(context: _Context, item: str | Document) -> tuple[ResumeKey, bool] | InputError:
    """A resume's key, and whether it reads as a posting (when asked)."""
    profile = _read_resume_task(context, item)
    if isinstance(profile, InputError):
        return profile
    return resume_key(profile, context.vocab), context.reads_as_posting(profile)


def _matrix_row(context: _Context, key: tuple[ResumeKey, bool], similarities: Sequence[float]) -> Any:
    resume, swapped = key
    columns = context.posting_keys
    scores = tuple(_score_keys(resume, c, context.config, s) for c, s in zip(columns, similarities, strict=True))
    value = context.out(MatrixRow(resume.path, resume.skills, scores))
    return _Swapped(value, resume.path) if swapped else value


_matrix_task.batched = True  # type: ignore[attr-defined]


# -- the ordered parallel map ---------------------------------------------------------------------

# An input's cost in units of a text posting: a PDF or DOCX costs tens of them. Below
# PARALLEL_MIN_UNITS a run stays in this process (starting workers costs more than it saves).
PARALLEL_MIN_UNITS = 48
_HEAVY = (".pdf", ".docx")
_context: _Context | None = None  # a worker's
_exchange: Exchange | None = None  # a worker's (see _run_batch)
_inbox: Any = None  # a worker's: what the run's own process sends it (see _share)
_channel: int | None = None  # the number of a worker's channel


def _units(item: Any) -> int:
    return 30 if isinstance(item, str) and item.lower().endswith(_HEAVY) else 1


JOBS_ENV = "JOBMATCH_JOBS"


def default_workers() -> int:
    """The processes a run uses: ``JOBMATCH_JOBS`` (a positive whole number; 1: this process
    alone, no workers started), else one per core this process may use."""
    raw = os.environ.get(JOBS_ENV, "").strip()
    if raw:
        if not (raw.isdigit() and int(raw) > 0):
            raise SettingError(f"{JOBS_ENV}={raw!r}: not a positive whole number of processes (e.g. 1 or 4)")
        return int(raw)
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except (AttributeError, OSError):
        return max(1, os.cpu_count() or 1)


def _stdin_read(items: list[str | InputError]) -> list[str | InputError | Document]:
    """"-" is read here (a worker has no standard input of its own)."""
    out: list[str | InputError | Document] = []
    for item in items:
        if item == STDIN:
            loaded = _load(STDIN)
            out.append(loaded)
        else:
            out.append(item)
    return out


def _map(
    task: Callable[[_Context, Any], Any], items: Sequence[Any], context: _Context, workers: int | None
) -> Iterator[Any]:
    """``task(context, item)`` for every item, yielded in input order; an InputError item is
    yielded as it is. In parallel when it pays: batches go to a process pool, at most a few
    in flight, so results never pile up whatever the number of inputs."""
    workers = default_workers() if workers is None else max(1, workers)
    units = sum(_units(i) for i in items if not isinstance(i, InputError))
    if workers == 1 or units < PARALLEL_MIN_UNITS:
        if not getattr(task, "batched", False):
            yield from _each(task, context, items)  # each result as soon as it is computed
            return
        for start in range(0, len(items), 64):
            yield from _batched(task, context, items[start : start + 64])  # (as soon as computed too)
        return
    yield from _parallel(task, items, context, workers, units)


def _parallel(
    task: Callable[[_Context, Any], Any], items: Sequence[Any], context: _Context, workers: int, units: int
) -> Iterator[Any]:
    import multiprocessing
    from concurrent.futures import ProcessPoolExecutor
    from concurrent.futures.process import BrokenProcessPool

    # ``workers`` processes: workers - 1 in a pool, and this one (see _share). Batches of about
    # units / (8 x workers), 1 to 64 inputs: enough to keep every process busy to the end, few
    # enough round trips. The first are smaller (4, 8, 16 ...): the processes start with empty
    # line caches, and what one works out reaches the others between batches (see _share)
    target = max(1, min(64, units // (8 * workers)))
    batches: list[list[Any]] = []
    batch: list[Any] = []
    weight = 0
    for item in items:
        batch.append(item)
        weight += 0 if isinstance(item, InputError) else _units(item)
        if weight >= min(target, 4 << len(batches)):
            batches.append(batch)
            batch, weight = [], 0
    if batch:
        batches.append(batch)
    methods = multiprocessing.get_all_start_methods()
    # fork: the workers start at once and share this process's memory (the vocabulary) until
    # they write to it; gc.freeze keeps the collector from touching (and so copying) it
    mp_context = multiprocessing.get_context("fork" if "fork" in methods else None)
    frozen = mp_context.get_start_method() == "fork"
    if frozen:
        # what every worker would otherwise build or import for itself, built once to be shared
        similarity.prepare()
        if sys.platform.startswith("linux"):
            import ctypes  # noqa: F401 - for _die_with_parent
        gc.freeze()
    children = max(1, min(workers - 1, len(batches)))
    # a channel a worker: what this process's line caches make, sent as it goes (see _share)
    channels = [mp_context.Queue() for _ in range(children)]
    pool = ProcessPoolExecutor(  # (its workers start with the first batch given out)
        max_workers=children,
        mp_context=mp_context,
        initializer=_init,
        initargs=(context, channels, mp_context.Value("i", 0)),
    )
    pipe = _internal_pipes_safe()
    clean = False
    try:
        try:
            yield from _share(pool, task, batches, context, channels)
        except BrokenProcessPool:
            raise WorkerDied() from None
        clean = True
    finally:
        if clean:
            pool.shutdown(wait=True)
        else:
            _abandon(pool)
        for channel in channels:
            channel.close()
            channel.cancel_join_thread()  # (what is left unread is no loss: a cache's)
        if frozen:
            gc.unfreeze()
        if clean and pipe is not None:
            signal.signal(signal.SIGPIPE, pipe)


class WorkerDied(Exception):  # noqa: N818 - (it is no JobmatchError: not the user's doing, exit 70)
    """A worker process ended in the middle of a run: killed (the out-of-memory killer, ``kill -9``)."""

    def __init__(self) -> None:
        super().__init__("a worker process died (killed: out of memory? try -j 1)")


def _internal_pipes_safe() -> Any:
    """SIGPIPE ignored while a pool runs (its old handler returned, or None if it is kept): the
    command line lets SIGPIPE end the process quietly (``| head -1``), but a write to a dead
    worker's pipe must fail (EPIPE, which the pool handles), not kill this process before it
    cleans up. A reader of standard output that goes away meanwhile is a BrokenPipeError."""
    if not hasattr(signal, "SIGPIPE") or threading.current_thread() is not threading.main_thread():
        return None
    old = signal.getsignal(signal.SIGPIPE)
    if old == signal.SIG_IGN:
        return None
    signal.signal(signal.SIGPIPE, signal.SIG_IGN)
    return old


def _abandon(pool: Any) -> None:
    """A pool left on an error, an interrupt or SIGTERM: its workers killed, never waited for. (A
    pool's own shutdown waits for the batches in flight, and forever for a result that a dying
    worker sent in part.) SIGPIPE stays ignored (see _internal_pipes_safe): the pool's threads
    may still write to the dead workers' pipes while this process cleans up and ends."""
    from multiprocessing.connection import wait

    processes = _workers(pool)
    results = getattr(pool, "_result_queue", None)
    pool.shutdown(wait=False, cancel_futures=True)
    for process in processes:
        with suppress(OSError, ValueError):
            process.kill()
    wait(_sentinels(processes))  # (SIGKILL: not long)
    # the pool's thread may be reading half a result that a killed worker was sending: with the
    # workers' ends of that pipe closed, closing this one gives it the end of the file (it stops)
    writer = getattr(results, "_writer", None)
    if writer is not None:
        with suppress(OSError):
            writer.close()


def _workers(pool: Any) -> list[Any]:
    """A process pool's worker processes. The pool keeps them in a private attribute (CPython
    3.8 to 3.13); were it gone, this process's children are the pool's (the command line starts
    no other process while a pool runs)."""
    import multiprocessing

    processes: Any = getattr(pool, "_processes", _MISSING)
    if processes is _MISSING:
        return multiprocessing.active_children()
    return list((processes or {}).values())


_MISSING = object()


def _share(
    pool: Any, task: Callable[[_Context, Any], Any], batches: list[list[Any]], context: _Context, channels: list[Any]
) -> Iterator[Any]:
    """The batches' results in input order. The pool's workers (one per channel) take batches from
    the front, a few in flight each; while the next result in order is not ready, this process
    runs the next batch not yet given out itself, never more than a few batches ahead of the
    output (results never pile up).

    The processes share what their line caches make (see :mod:`jobmatch.shared`): a worker's
    comes with each batch's results, is merged here as soon as the batch is done and goes on
    down the other workers' channels; this process's own goes down every worker's channel after
    each batch it runs; a worker takes what its channel holds before its next batch."""
    todo = deque(enumerate(batches))
    running: dict[int, Any] = {}  # batch number -> its future
    done: dict[int, list[Any]] = {}  # batch number -> its results, not yet given out
    in_flight = 4 * len(channels)
    ahead = in_flight + 4
    exchange = Exchange(context.vocab)

    def fill() -> None:
        while todo and len(running) < in_flight:
            index, batch = todo.popleft()
            running[index] = pool.submit(_run_batch, task, batch)

    def send(made: bytes | None, sender: int | None = None) -> None:
        if made is not None:
            for at, channel in enumerate(channels):
                if at != sender:
                    channel.put(made)

    def receive(index: int) -> None:
        done[index], made, sender = _result(pool, running.pop(index))
        exchange.give(made)
        if len(channels) > 1:
            send(made, sender)

    def collect() -> None:
        for index in [i for i, future in running.items() if future.done()]:
            receive(index)

    with _interrupts_held():  # the first submit forks the workers
        fill()
    for out in range(len(batches)):
        fill()
        while out not in done and not (out in running and running[out].done()) and todo and todo[0][0] < out + ahead:
            index, batch = todo.popleft()
            done[index] = _run(task, context, batch)
            send(exchange.take())
            collect()
            fill()
        if out not in done:
            receive(out)
        yield from done.pop(out)


def _result(pool: Any, future: Any) -> Any:
    """A batch's result; BrokenProcessPool as soon as a worker is found dead (its pool may never
    tell: a worker killed while sending a result leaves its pool's thread waiting for the rest)."""
    from concurrent.futures import TimeoutError as Pending
    from concurrent.futures.process import BrokenProcessPool
    from multiprocessing.connection import wait

    while True:
        try:
            return future.result(timeout=1.0)
        except Pending:
            # no worker ends while the pool runs, but by dying
            if wait(_sentinels(_workers(pool)), timeout=0):
                raise BrokenProcessPool("a worker process died") from None


def _sentinels(processes: list[Any]) -> list[Any]:
    """What a process pool's workers' ends make readable (see multiprocessing.connection.wait)."""
    out = []
    for process in processes:
        with suppress(ValueError):  # (a process closed: gone long ago)
            out.append(process.sentinel)
    return out


_HELD = ("SIGINT", "SIGTERM")


@contextmanager
def _interrupts_held() -> Iterator[None]:
    """Ctrl-C (SIGINT) and SIGTERM held back, pending, while worker processes are forked: a worker
    is born with them held and ignores them (see _init); this process takes them once they are
    started. (A signal between a fork and the worker's _init would run this process's handler in
    the worker: a traceback, or a worker gone.)"""
    if not hasattr(signal, "pthread_sigmask"):  # (Windows: no fork either)
        yield
        return
    old = signal.pthread_sigmask(signal.SIG_BLOCK, {getattr(signal, name) for name in _HELD})
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, old)


def _init(context: _Context, channels: list[Any], claimed: Any) -> None:
    """A worker's start: the run's context; Ctrl-C and SIGTERM are the parent's to handle (it
    stops the pool: ``timeout`` and a cancelled CI job signal the whole process group, and a
    worker killed while it sends a result would leave the parent waiting for the rest), and the
    worker ends with the parent, however the parent ends."""
    global _context, _exchange, _inbox, _channel
    _context = context
    _exchange = Exchange(context.vocab)
    with claimed.get_lock():  # the channel of this worker: one each
        if claimed.value < len(channels):
            _channel = claimed.value
            _inbox = channels[_channel]
        claimed.value += 1
    held = {getattr(signal, name) for name in _HELD}
    for number in held:
        signal.signal(number, signal.SIG_IGN)
    if hasattr(signal, "pthread_sigmask"):  # held while it was forked (see _interrupts_held): ignored now
        signal.pthread_sigmask(signal.SIG_UNBLOCK, held)
    _die_with_parent()


def _die_with_parent() -> None:
    """Linux: SIGKILL when the parent dies (a reader that went away kills it with SIGPIPE; it
    may be killed), so no worker is ever left waiting for work. (Not SIGTERM: a worker ignores it.)"""
    if not sys.platform.startswith("linux"):
        return
    try:
        import ctypes

        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(1, signal.SIGKILL)  # PR_SET_PDEATHSIG
        if os.getppid() == 1:  # the parent is already gone
            os._exit(0)
    except (OSError, AttributeError):
        pass


def _run_batch(
    task: Callable[[_Context, Any], Any], batch: list[Any]
) -> tuple[list[Any], bytes | None, int | None]:
    """A worker's batch, what its line caches made meanwhile (after taking what its channel
    holds, see :mod:`jobmatch.shared`) and its channel's number."""
    import queue

    assert _context is not None and _exchange is not None
    while _inbox is not None:
        try:
            _exchange.give(_inbox.get_nowait())
        except queue.Empty:
            break
    done = _run(task, _context, batch)
    return done, _exchange.take(), _channel


def _run(task: Callable[[_Context, Any], Any], context: _Context, batch: Sequence[Any]) -> list[Any]:
    """A task over a batch: item by item, or the whole batch at once for a ``batched`` task;
    InputError items pass through."""
    if getattr(task, "batched", False):
        return list(_batched(task, context, batch))
    return list(_each(task, context, batch))


def _batched(task: Callable[[_Context, Any], Any], context: _Context, batch: Sequence[Any]) -> Iterator[Any]:
    """A ``batched`` task over a batch (the items that are no InputError given at once), each
    result yielded as the task gives it; InputError items pass through in their places."""
    todo = [item for item in batch if not isinstance(item, InputError)]
    done = iter(task(context, todo) if todo else ())
    for item in batch:
        yield item if isinstance(item, InputError) else next(done)


def _each(task: Callable[[_Context, Any], Any], context: _Context, items: Iterable[Any]) -> Iterator[Any]:
    """A task item by item, each result yielded as soon as it is computed; InputError items pass
    through."""
    for item in items:
        yield item if isinstance(item, InputError) else task(context, item)
