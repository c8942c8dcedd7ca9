"""The similarity: a TF-IDF coverage, monotone in the resume's words, computed the same by both
engines (pure Python, scikit-learn), with the pure one never importing numpy or scikit-learn."""

from __future__ import annotations

import json
import subprocess
import sys

from hypothesis import given
from hypothesis import strategies as st

from jobmatch import similarity as sim
from jobmatch.loaders import load_document
from jobmatch.posting import parse_posting
from tests.conftest import POSTINGS, RESUME_NAMES, RESUMES, ROOT

WORDS = (
    "python django postgresql kubernetes docker aws terraform kafka react typescript nurse patient care "
    "team the and with experience years senior backend engineer api rest graphql microservices design "
    "c++ c# node.js ci/cd go rust 5+ of in our you we Python Java SQL data pipelines machine learning"
).split()
text = st.lists(st.sampled_from(WORDS) | st.text(max_size=8), max_size=80).map(
    lambda words: "".join(w + ("\n" if i % 9 == 8 else " ") for i, w in enumerate(words))
)


def _fixtures(vocab):
    postings = [parse_posting(load_document(str(p)), vocab).body for p in sorted(POSTINGS.iterdir())]
    resumes = [load_document(str(RESUMES / f"{name}.txt")).text for name in RESUME_NAMES]
    return resumes, postings


def _python(resumes, postings):
    masses = [sim.posting_mass(p) for p in postings]
    return [[sim.coverage(m, sim.resume_terms(r)) for m in masses] for r in resumes]


def test_both_engines_give_the_same_numbers_on_the_fixtures(vocab):
    resumes, postings = _fixtures(vocab)
    python = _python(resumes, postings)
    assert python == sim.coverage_matrix_sklearn(resumes, postings)  # TfidfVectorizer
    terms = [sim.resume_terms(r) for r in resumes]
    masses = [sim.posting_mass(p) for p in postings]
    assert python == sim.coverage_matrix(terms, masses, engine="sklearn")  # the sparse product
    assert python == [[sim.text_coverage(p, t) for p in postings] for t in terms]
    assert python[0] == sim.similarities(resumes[0], postings, engine="python")
    assert python[0] == sim.similarities(resumes[0], postings, engine="sklearn")
    # and a strong fit covers more than a partial one, which covers more than an unrelated one
    strong, partial, unrelated = python
    assert all(s > p > u for s, p, u in zip(strong, partial, unrelated, strict=True))


@given(st.lists(text, min_size=1, max_size=3), st.lists(text, min_size=1, max_size=4))
def test_both_engines_give_the_same_numbers_on_random_text(resumes, postings):
    assert _python(resumes, postings) == sim.coverage_matrix_sklearn(resumes, postings)


@given(text, text, text)
def test_coverage_never_drops_when_the_resume_gains_words(resume, posting, extra):
    mass = sim.posting_mass(posting)
    before = sim.coverage(mass, sim.resume_terms(resume))
    after = sim.coverage(mass, sim.resume_terms(resume + "\n" + extra))
    assert 0.0 <= before <= after <= 1.0
    assert sim.coverage(mass, sim.resume_terms(posting)) in (0.0, 1.0)  # all of it (or nothing to cover)


def test_no_stop_word_is_a_reference_term():
    """The pure engine drops stop words by looking terms up in the reference statistics."""
    from sklearn.feature_extraction.text import ENGLISH_STOP_WORDS

    assert not set(sim.idf()) & set(ENGLISH_STOP_WORDS)


def test_the_pure_engine_imports_neither_numpy_nor_scikit_learn():
    code = (
        "import sys, json\n"
        "from jobmatch.similarity import similarities\n"
        "print(json.dumps([similarities('Python and Django', ['We want Python, Django and SQL'] * 50),"
        " [m for m in ('numpy', 'scipy', 'sklearn') if m in sys.modules]]))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    values, heavy = json.loads(out.stdout)
    assert heavy == [] and 0 < values[0] < 1


def test_a_single_pair_in_a_shell_loop_imports_no_scikit_learn():
    """`jobmatch match resume.txt posting.md` never pays for scikit-learn, numpy or pypdf."""
    code = (
        "import sys\n"
        "from typer.testing import CliRunner\n"
        "from jobmatch.cli import app\n"
        f"r = CliRunner().invoke(app, ['match', {str(RESUMES / 'strong_backend.txt')!r}, "
        f"{str(POSTINGS / 'backend_engineer.md')!r}, '-f', 'json'])\n"
        "print(r.exit_code, ','.join(m for m in ('sklearn', 'numpy', 'scipy', 'pypdf') if m in sys.modules))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=ROOT)
    assert out.stdout.split() == ["0"]
