"""Properties that must hold for any input (hypothesis): the parsers (bytes, text, PDF and DOCX
files, page layout, postings, resumes) never fail on anything but with a one-line error,
normalisation is idempotent, scores stay within 0-100 and add up, meeting one more requirement
never lowers a score, a posting's score does not depend on the others in the run, the same
inputs give the same JSON. `make fuzz` runs them with many more examples (HYPOTHESIS_PROFILE=fuzz,
scripts/fuzz.py); `make test` with a few (the "ci" profile)."""

from __future__ import annotations

import io
import json
import math
import os
import zipfile
from datetime import timedelta
from functools import cache

from hypothesis import HealthCheck, assume, example, given, settings
from hypothesis import strategies as st

from jobmatch import api
from jobmatch.errors import InputFileError
from jobmatch.extract import extract_skills
from jobmatch.layout import TextRun, document_lines, document_words, rows_from_runs
from jobmatch.loaders import decode_text, document_from_bytes
from jobmatch.match import profile_resume
from jobmatch.models import Document, Tier
from jobmatch.posting import parse_posting
from jobmatch.render import jsondoc
from jobmatch.report import build_report
from jobmatch.text import is_blank, normalize_line, normalize_text
from jobmatch.vocabulary import Vocabulary, tokenize
from tests.conftest import RESUMES

_FUZZ_EXAMPLES = int(os.environ.get("JOBMATCH_FUZZ_EXAMPLES", "5000"))
settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
# fuzz: many examples, and one taking more than 10 s fails (a hang or a performance cliff)
settings.register_profile(
    "fuzz",
    max_examples=_FUZZ_EXAMPLES,
    deadline=timedelta(seconds=10),
    suppress_health_check=[HealthCheck.too_slow],
)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))
# Tests that read whole PDF or DOCX files run a tenth as many examples.
FILE_EXAMPLES = max(10, settings().max_examples // 10)

VOCAB = Vocabulary.load()

# Text that looks like postings and resumes: skill names, headings, bullets, marks, noise.
WORDS = [
    "Python", "Go", "go", "to", "market", "REST", "rest", "of", "the", "team", "Excel", "at", "C++", "C#",
    ".NET", "Node.js", "CI/CD", "Kubernetes", "k8s", "Postgres", "or", "and", "/", ",", "(", ")", "e.g.",
    "such as", "5+ years", "3-5 years", "BS/MS", "PhD", "preferred", "a plus", "required", "must",
    "Requirements:", "Nice to have", "## Skills", "**Bonus**", "- ", "• ", "REQUIRED QUALIFICATIONS",
    "Kubernates", "Spring", "2022", "Swift", "Docker", "experience", "with", "in", "Languages:", "\t",
    "ﬁ", "\u00a0", "–", "\u200b", "<ORGANIZATION>", "no", "needed", "for", "caching", "Redis",
]
posting_like = st.lists(
    st.one_of(st.sampled_from(WORDS), st.text(max_size=12)), max_size=60
).map(lambda words: "".join(w + (" " if i % 7 else "\n") for i, w in enumerate(words)))
any_text = st.one_of(st.text(max_size=400), posting_like)


def doc(text: str, path: str = "x.txt") -> Document:
    return Document(path=path, text=normalize_text(text), kind="text")


@given(any_text)
def test_normalisation_is_idempotent_and_keeps_lines(text):
    once = normalize_text(text)
    assert normalize_text(once) == once
    assert once.count("\n") == text.replace("\r\n", "\n").replace("\r", "\n").count("\n")
    pdf = normalize_text(text, join_hyphenated=True)
    assert normalize_text(pdf, join_hyphenated=True) == pdf


@given(any_text)
def test_extraction_never_fails_and_points_inside_the_line(text):
    lines = normalize_text(text).split("\n")
    for m in extract_skills(lines, VOCAB):
        line = lines[m.line - 1]
        assert 0 <= m.start < m.end <= len(line)
        assert line[m.start : m.end] == m.surface
    tokenize(text)


@given(any_text)
def test_posting_parser_never_fails(text):
    posting = parse_posting(doc(text), VOCAB)
    n = len(normalize_text(text).split("\n"))
    for r in posting.requirements:
        assert 1 <= r.line <= n
        assert r.any_of
    assert posting.min_years is None or 0 < posting.min_years <= 30


@given(any_text, st.lists(any_text, min_size=1, max_size=3))
def test_score_is_within_0_and_100_and_parts_sum(resume, postings):
    results = api.score_documents(doc(resume, "r.txt"), [doc(p, f"p{i}.txt") for i, p in enumerate(postings)], VOCAB)
    for r in results:
        assert 0 <= r.score <= 100
        assert round(sum(p.points for p in r.parts), 1) == r.score


@given(any_text, st.lists(any_text, min_size=2, max_size=4), st.randoms())
def test_score_does_not_depend_on_other_postings_or_their_order(resume, postings, rnd):
    docs = [doc(p, f"p{i}.txt") for i, p in enumerate(postings)]
    resume_doc = doc(resume, "r.txt")
    alone = {d.path: api.score_documents(resume_doc, [d], VOCAB)[0].score for d in docs}
    shuffled = list(docs)
    rnd.shuffle(shuffled)
    together = {r.posting.path: r.score for r in api.score_documents(resume_doc, shuffled, VOCAB)}
    assert together == alone


@given(any_text, any_text)
def test_same_inputs_give_byte_identical_json(resume, posting):
    def run() -> str:
        profile = profile_resume(doc(resume, "r.txt"), VOCAB)
        results = api.score_postings(profile, [parse_posting(doc(posting, "p.txt"), VOCAB)], VOCAB)
        return jsondoc.dumps(jsondoc.report_doc(build_report("r.txt", profile, results, [])))

    first = run()
    assert run() == first
    json.loads(first)


# -- meeting one more requirement never lowers a score ---------------------------------------------
SKILLS = [
    "Python", "Go", "Kubernetes", "PostgreSQL", "Docker", "React", "AWS", "Java", "C++", "Redis", "Kafka",
    "Terraform", "communication", "SQL", "Django", "TypeScript", "GraphQL", "CI/CD", "Linux", "leadership",
]
# Lines a person adds to show a skill: a list item, a skills line, a sentence.
ADDED_LINES = ["- {}", "Skills: {}", "Built services with {} in production", "{}"]
posting_with_requirements = st.builds(
    lambda title, required, preferred, noise: "\n".join(
        [title, "", "Requirements:", *(f"- {r}" for r in required)]
        + ["", "Nice to have:", *(f"- {p}" for p in preferred), noise]
    ),
    st.sampled_from(["Backend Engineer", "Data Engineer", "Nurse", ""]),
    st.lists(st.one_of(st.sampled_from(SKILLS), st.sampled_from(WORDS)), min_size=1, max_size=8),
    st.lists(st.sampled_from(SKILLS), max_size=4),
    any_text,
)
some_posting = st.one_of(posting_with_requirements, any_text)
resume_like = st.one_of(
    any_text,
    st.lists(st.one_of(st.sampled_from(SKILLS), st.sampled_from(WORDS)), max_size=30).map(" ".join),
)


def _added_line(data, postings: list[Document]) -> str:
    requirements = [r for d in postings for r in parse_posting(d, VOCAB).requirements]
    required = sorted({name for r in requirements if r.tier is Tier.REQUIRED for name in r.any_of})
    assume(required)
    return data.draw(st.sampled_from(ADDED_LINES)).format(data.draw(st.sampled_from(required)))


def _scores(resume: str, postings: list[Document]) -> dict[str, object]:
    return {r.posting.path: r for r in api.score_documents(doc(resume, "r.txt"), postings, VOCAB)}


@given(resume_like, st.lists(some_posting, min_size=1, max_size=3), st.data())
def test_adding_a_required_skill_never_lowers_the_coverage(resume, postings, data):
    """Adding a line that names one of a posting's required skills never lowers what any
    posting's requirements and checks give (every part of the score but similarity)."""
    docs = [doc(p, f"p{i}.txt") for i, p in enumerate(postings)]
    line = _added_line(data, docs)
    before, after = _scores(resume, docs), _scores(resume + "\n" + line, docs)
    for path, old in before.items():
        new = after[path]
        for part in ("required", "preferred", "experience", "degree"):
            assert new.part(part).points >= old.part(part).points, (path, part, line)


@given(resume_like, st.lists(some_posting, min_size=1, max_size=3), st.data())
def test_adding_a_required_skill_never_lowers_any_score(resume, postings, data):
    docs = [doc(p, f"p{i}.txt") for i, p in enumerate(postings)]
    line = _added_line(data, docs)
    before, after = _scores(resume, docs), _scores(resume + "\n" + line, docs)
    for path, old in before.items():
        assert after[path].score >= old.score, (path, line)


# -- the parsers never fail: bytes, files, layout, resumes -----------------------------------------
SUFFIXES = ["x.txt", "x.md", "x.pdf", "x.docx", "-", "x"]
HEADS = [b"", b"%PDF-1.7\n", b"PK\x03\x04", b"\xef\xbb\xbf", b"\xff\xfe", b"\xfe\xff"]
HEADS.append(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1")  # an OLE compound file: .doc, encrypted Office
any_bytes = st.one_of(
    st.binary(max_size=3000),
    st.builds(lambda head, tail: head + tail, st.sampled_from(HEADS), st.binary(max_size=3000)),
    any_text.map(lambda t: t.encode("utf-8")),
    any_text.map(lambda t: t.encode("utf-16-le")),
)


def _document_or_one_line_error(path: str, data: bytes) -> Document | None:
    try:
        document = document_from_bytes(path, data)
    except InputFileError as error:
        assert error.path == path
        assert error.problem and "\n" not in str(error) and "Traceback" not in str(error)
        return None
    assert not is_blank(document.text)
    assert normalize_text(document.text) == document.text
    return document


@given(any_bytes, st.sampled_from(SUFFIXES))
def test_any_bytes_give_a_document_or_a_one_line_error(data, path):
    _document_or_one_line_error(path, data)


@given(any_bytes)
def test_decoding_never_fails_but_with_a_one_line_error(data):
    try:
        text = decode_text("x.txt", data)
    except InputFileError as error:
        assert "\n" not in str(error)
    else:
        assert isinstance(text, str)


@cache
def _file_bytes(name: str) -> bytes:
    from tests.badinput.make_corpus import _text_pdf

    if name == "small.pdf":
        return _text_pdf(["Jane Roe", "Python, Kubernetes and PostgreSQL", "2019 - 2023 Backend Engineer"])
    return (RESUMES / name).read_bytes()


mutations = st.lists(st.tuples(st.floats(0, 1, exclude_max=True), st.binary(min_size=1, max_size=8)), max_size=6)


def _mutate(data: bytes, changes: list[tuple[float, bytes]], cut: float) -> bytes:
    out = bytearray(data)
    for where, replacement in changes:
        at = int(where * len(out))
        out[at : at + len(replacement)] = replacement
    return bytes(out[: max(1, int(cut * len(out)))])


@settings(max_examples=FILE_EXAMPLES)
@given(st.sampled_from(["small.pdf", "strong_backend.pdf"]), mutations, st.one_of(st.just(1.0), st.floats(0.3, 1.0)))
def test_damaged_pdfs_give_text_or_a_one_line_error(name, changes, cut):
    """A real PDF (Typst's, compressed) or a plain one (uncompressed content) with bytes
    overwritten here and there, and perhaps cut short."""
    _document_or_one_line_error("x.pdf", _mutate(_file_bytes(name), changes, cut))


@settings(max_examples=FILE_EXAMPLES)
@given(mutations, st.sampled_from(["word/document.xml", "word/styles.xml", "[Content_Types].xml"]), st.booleans())
def test_damaged_docx_give_text_or_a_one_line_error(changes, member, archive_too):
    """The XML inside a real DOCX damaged (and re-zipped), or the archive itself."""
    source = _file_bytes("renderings/strong_backend.docx")
    with zipfile.ZipFile(io.BytesIO(source)) as archive:
        parts = {info.filename: archive.read(info) for info in archive.infolist()}
    parts[member] = _mutate(parts[member], changes, 1.0)
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in parts.items():
            archive.writestr(name, data)
    data = _mutate(buffer.getvalue(), changes, 1.0) if archive_too else buffer.getvalue()
    _document_or_one_line_error("x.docx", data)


coordinate = st.floats(-2000, 2000, allow_nan=False)
# What a damaged PDF's matrices can make of a position: anything a float can hold.
any_float = st.one_of(coordinate, st.floats(), st.sampled_from([1e-300, 1e300, -1e300, 5e-324]))
text_runs = st.lists(
    st.builds(
        TextRun,
        x0=any_float,
        x1=any_float,
        y=any_float,
        height=st.one_of(st.floats(0, 60, allow_nan=False), st.sampled_from([10.0, 11.0, 12.0]), any_float),
        text=st.one_of(st.sampled_from(WORDS), st.text(max_size=15)),
    ),
    max_size=40,
)


@given(st.lists(text_runs, max_size=3))
@example([[TextRun(0, 5, i, 0.1, "word") for i in range(5)] + [TextRun(1e308, 1.5e308, i, 0.1, "x") for i in range(5)]])
@example([[TextRun(0, 5, i, 1, "word") for i in range(5)] + [TextRun(1e5, 1e5 + 5, i, 1, "far") for i in range(5)]])
def test_page_layout_never_fails(pages):
    """Positioned text runs, however odd (overlapping, inverted, zero-width, any characters) ->
    lines; the loader normalises them after."""
    rows = [rows_from_runs(runs) for runs in pages]
    words = document_words(run.text for runs in pages for run in runs)
    lines = document_lines([r for r in rows if r], words)
    assert all(isinstance(line, str) and "\n" not in line for line in lines)


@given(
    st.lists(
        st.lists(st.tuples(coordinate, coordinate, coordinate, st.floats(0, 60), st.sampled_from(WORDS)), max_size=40),
        max_size=3,
    )
)
def test_layout_keeps_every_word(pages):
    """No word of a page is lost or invented on its way to lines (hyphen breaks aside)."""
    runs = [[TextRun(a, b, y, h, w) for a, b, y, h, w in page] for page in pages]
    rows = [rows_from_runs(r) for r in runs]
    lines = document_lines([r for r in rows if r], document_words(w for page in pages for *_, w in page))
    kept = [run.text for page in runs for run in page if run.text.strip() and run.height > 0]
    letters_in = sorted(c for t in kept for c in normalize_line(t) if c.isalnum())
    letters_out = sorted(c for line in lines for c in line if c.isalnum())
    assert letters_out == letters_in or any("-" in t for t in kept)


@given(resume_like)
def test_resume_parser_never_fails(text):
    from datetime import date

    profile = profile_resume(doc(text, "r.txt"), VOCAB, today=date(2026, 1, 1))
    total = profile.total_years
    assert total is None or (math.isfinite(total) and 0 <= total <= 100)
    n = len(normalize_text(text).split("\n"))
    for skill in profile.skills:
        assert skill.mentions
        for mention in skill.mentions:
            assert 1 <= mention.line <= n
    for section in profile.sections:
        assert 1 <= section.line <= section.end_line <= n
    for job in profile.jobs:
        assert job.months is None or job.months >= 0
