"""Properties that must hold for any input (hypothesis). `make fuzz` runs them with many more
examples (HYPOTHESIS_PROFILE=fuzz)."""

from __future__ import annotations

import json
import os

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from jobmatch import api
from jobmatch.extract import extract_skills
from jobmatch.match import profile_resume
from jobmatch.models import Document
from jobmatch.posting import parse_posting
from jobmatch.render import jsondoc
from jobmatch.text import normalize_text
from jobmatch.vocabulary import Vocabulary, tokenize

settings.register_profile("ci", max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("fuzz", max_examples=5000, deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "ci"))

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
        return jsondoc.dumps(jsondoc.match_doc("r.txt", profile, results, []))

    first = run()
    assert run() == first
    json.loads(first)
