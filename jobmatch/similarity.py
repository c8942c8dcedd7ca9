"""TF-IDF coverage: how much of a posting's TF-IDF mass the resume's words cover. Owns scikit-learn.

Definition. A text's terms are its lower-cased words (``TOKEN_PATTERN``) that the reference corpus
knows (``jobmatch/data/idf.json``; English stop words are never in it). A posting's TF-IDF vector
has, for each of its terms, ``w_t = (1 + ln count_t) x idf_t`` (sublinear TF, scikit-learn's
smooth IDF ``ln((1 + n) / (1 + df_t)) + 1``), and ``p = w / ||w||`` is its l2-normalised form.
The similarity of a resume to the posting is

    coverage = sum of p_t^2 over the posting's terms t that the resume contains

the share of the posting's TF-IDF mass that the resume covers: 0 when it has none of the
posting's words, 1 when it has them all. It depends on the resume only through the set of terms
it contains, so a resume that gains words never covers less (the cosine does not have that
property: a longer resume has a larger norm). The value is rounded to 10 decimals, far below
anything a report shows, so that both engines below give the same number.

The IDF is fitted once, at build time, on a fixed reference corpus (``scripts/build_idf.py``: 198
real postings from SkillSpan plus the fixture postings): a posting's similarity never depends on
which other postings are in the run.

Two engines compute the same definition:

* pure Python (:func:`posting_mass`, :func:`resume_terms`, :func:`coverage`): no numpy, no
  scikit-learn. Small runs (a single pair in a shell loop) and the streaming pipeline use it; the
  words of a line are cached (postings share many lines).
* scikit-learn (:func:`coverage_matrix_sklearn`): ``TfidfVectorizer`` with the fixed vocabulary
  and ``idf_`` of the reference statistics, and a sparse product. Its import costs about a second,
  so :func:`similarities` and :func:`coverage_matrix` use it only for large resume x posting
  matrices (``SKLEARN_MIN_WORK``), where the sparse product pays.

The tests check that both engines give the same numbers on the fixtures and on random text.
"""

from __future__ import annotations

import json
import math
import operator
import re
import sys
from collections import Counter
from collections.abc import Iterable, Sequence
from functools import lru_cache
from importlib import resources
from itertools import chain
from typing import Any, NamedTuple

TOKEN_PATTERN = r"(?u)\b[a-z][a-z0-9+#]*(?:\.[a-z0-9]+)*"
COMMON_MIN_DF = 3  # a word in this many reference postings is an ordinary word, not a typo
DECIMALS = 10  # similarity values are rounded to this: both engines then agree exactly
# scikit-learn is used for a matrix when (resumes x postings x terms per posting) exceeds this:
# about 1.5 s of pure-Python work, more than its import costs (measured by `make bench`)
SKLEARN_MIN_WORK = 30_000_000

_TOKEN_RE = re.compile(TOKEN_PATTERN)
_LINE_CACHE_SIZE = 1 << 14

@lru_cache(maxsize=1)
def _stats() -> dict[str, Any]:
    text = resources.files("jobmatch").joinpath("data/idf.json").read_text(encoding="utf-8")
    return json.loads(text)


@lru_cache(maxsize=1)
def common_words() -> frozenset[str]:
    """Words frequent in the reference corpus: the fuzzy matcher never treats them as typos."""
    stats = _stats()
    return frozenset(t for t, df in stats["df"].items() if df >= COMMON_MIN_DF)


@lru_cache(maxsize=1)
def idf() -> dict[str, float]:
    """term -> IDF of the reference corpus (scikit-learn's smooth IDF)."""
    stats = _stats()
    n = stats["n_documents"]
    return {t: math.log((1 + n) / (1 + df)) + 1.0 for t, df in stats["df"].items()}


@lru_cache(maxsize=1)
def _terms() -> dict[str, str]:
    return {t: t for t in idf()}


_line_terms: dict[str, tuple[str, ...]] = {}


def line_terms(line: str) -> tuple[str, ...]:
    """The terms of one line (lower-cased, known to the reference corpus), in order. Cached."""
    found = _line_terms.get(line)
    if found is None:
        known = _terms()  # the reference's own string for each term: a cache holds no copies
        found = tuple(known[t] for t in _TOKEN_RE.findall(line.lower()) if t in known)
        if len(_line_terms) >= _LINE_CACHE_SIZE:
            _line_terms.clear()
        # interned, as the parser's own strings are: a posting's body is made of them and split
        # again here, and the key is then the parser's string, not a second copy of every line
        _line_terms[sys.intern(line)] = found
    return found


def term_counts(text: str) -> Counter[str]:
    """How often each term occurs in a text. Tokens never span lines, so a text's terms are its
    lines' terms (and a line's are cached)."""
    cached = _line_terms.get  # most lines were seen before: a lookup, not a call
    lines = text.split("\n")
    return Counter(chain.from_iterable([cached(line) or line_terms(line) for line in lines]))


def resume_terms(text: str) -> frozenset[str]:
    """The set of terms a resume contains: all the similarity needs of it."""
    return frozenset(chain.from_iterable(map(line_terms, text.split("\n"))))


class Mass(NamedTuple):
    """A posting's TF-IDF vector as the coverage needs it: the squared weights ``w_t^2`` of its
    terms and their sum ``||w||^2`` (so ``p_t^2 = w_t^2 / total``)."""

    weights: dict[str, float]
    total: float


@lru_cache(maxsize=1)
def _squared_idf() -> dict[str, float]:
    return {t: v * v for t, v in idf().items()}


_TF2 = [0.0] + [(1.0 + math.log(c)) ** 2 for c in range(1, 256)]  # (1 + ln c)^2, sublinear TF


def prepare() -> None:
    """Build the tables the pure-Python engine uses now: before worker processes fork, so that
    they share them rather than build one each."""
    _squared_idf()
    _terms()
    common_words()


def posting_mass(text: str) -> Mass:
    """A posting's squared TF-IDF weights (``w_t = (1 + ln count_t) x idf_t``) and their sum."""
    idf2 = _squared_idf()
    counts = term_counts(text)
    terms = counts.keys()
    if counts and max(counts.values()) >= len(_TF2):  # a word repeated hundreds of times
        tf2 = [(1.0 + math.log(c)) ** 2 for c in counts.values()]
    else:
        tf2 = list(map(_TF2.__getitem__, counts.values()))
    # C loops: no Python code per term
    weights = dict(zip(terms, map(operator.mul, tf2, map(idf2.__getitem__, terms)), strict=True))
    return Mass(weights, math.fsum(weights.values()))


def text_coverage(text: str, terms: frozenset[str] | set[str]) -> float:
    """``coverage(posting_mass(text), terms)`` without building the mass: the same weights,
    each summed exactly (``math.fsum``: correctly rounded, whatever the order), so the same
    number. The covered weights are those of the terms the two share, found from the smaller
    side (a resume has tens of the terms, a posting hundreds), not a test per posting term."""
    idf2 = _squared_idf()
    counts = term_counts(text)
    if not counts:
        return 0.0
    smaller, larger = (terms, counts) if len(terms) < len(counts) else (counts, terms)
    shared = list(filter(larger.__contains__, smaller))
    try:
        # C loops over the posting's terms: no Python code per term
        total = math.fsum(map(operator.mul, map(_TF2.__getitem__, counts.values()), map(idf2.__getitem__, counts)))
        covered = math.fsum([_TF2[counts[t]] * idf2[t] for t in shared])
    except IndexError:  # a word repeated hundreds of times
        total = math.fsum([(1.0 + math.log(c)) ** 2 * idf2[t] for t, c in counts.items()])
        covered = math.fsum([(1.0 + math.log(counts[t])) ** 2 * idf2[t] for t in shared])
    if not total:
        return 0.0
    return _clip(covered / total)


def coverage(mass: Mass, terms: frozenset[str] | set[str]) -> float:
    """The share of a posting's TF-IDF mass (:func:`posting_mass`) whose terms the resume has:
    ``sum(w_t^2 for t in resume) / sum(w_t^2)``, rounded to ``DECIMALS``."""
    if not mass.total:
        return 0.0
    weights = mass.weights  # (C loops: no Python code per term; fsum's sum is the same in any order)
    return _clip(math.fsum(map(weights.__getitem__, filter(terms.__contains__, weights))) / mass.total)


def _clip(value: float) -> float:
    return round(min(1.0, max(0.0, value)), DECIMALS)


# -- the scikit-learn engine -----------------------------------------------------------------------


@lru_cache(maxsize=1)
def _vectorizer() -> Any:
    import numpy as np
    from sklearn.feature_extraction.text import TfidfVectorizer

    stats = _stats()
    terms = sorted(stats["df"])
    n = stats["n_documents"]
    vectorizer = TfidfVectorizer(
        vocabulary={t: i for i, t in enumerate(terms)},
        token_pattern=TOKEN_PATTERN,
        stop_words="english",
        sublinear_tf=True,
        dtype=np.float64,
    )
    df = np.array([stats["df"][t] for t in terms], dtype=np.float64)
    vectorizer.idf_ = np.log((1 + n) / (1 + df)) + 1.0  # scikit-learn's smooth IDF
    return vectorizer


def coverage_matrix_sklearn(resume_texts: Sequence[str], posting_texts: Sequence[str]) -> list[list[float]]:
    """coverage[i][j] of resume i and posting j, with scikit-learn: the postings' l2-normalised
    TF-IDF rows squared, times the resumes' binary term indicators."""
    if not resume_texts or not posting_texts:
        return [[] for _ in resume_texts]
    vectorizer = _vectorizer()
    postings = vectorizer.transform(posting_texts)
    resumes = vectorizer.transform(resume_texts)
    resumes.data[:] = 1.0  # which terms a resume has, not how much
    product = (resumes @ postings.multiply(postings).T).toarray()
    return [[_clip(float(v)) for v in row] for row in product]


# -- choosing an engine ------------------------------------------------------------------------------


def coverage_matrix(
    resumes: Sequence[frozenset[str]], masses: Sequence[Mass], *, engine: str = "auto"
) -> list[list[float]]:
    """coverage[i][j] of resume i (its :func:`resume_terms`) and posting j (its
    :func:`posting_mass`). ``engine``: "python", "sklearn" (a sparse product with scipy, which
    scikit-learn brings) or "auto" (scikit-learn only when the matrix is large)."""
    if engine == "auto":
        engine = "sklearn" if sparse_pays(len(resumes), masses) else "python"
    if engine == "python" or not resumes or not masses:
        return [[coverage(m, terms) for m in masses] for terms in resumes]
    return _sparse_coverage(resumes, masses)


def sparse_pays(resumes: int, masses: Sequence[Mass]) -> bool:
    """Whether a matrix of this many resumes by these postings is work enough for the sparse
    product (``SKLEARN_MIN_WORK``: scikit-learn's import and scipy's set-up cost less than
    the pure-Python loops)."""
    return resumes * sum(len(m.weights) for m in masses) >= SKLEARN_MIN_WORK


def _sparse_coverage(resumes: Sequence[frozenset[str]], masses: Sequence[Mass]) -> list[list[float]]:
    import numpy as np
    from scipy import sparse

    index: dict[str, int] = {}
    rows, cols, data = [], [], []
    for j, mass in enumerate(masses):
        for term, w in mass.weights.items():
            rows.append(j)
            cols.append(index.setdefault(term, len(index)))
            data.append(w / mass.total)
    posting_matrix = sparse.csr_matrix((data, (rows, cols)), shape=(len(masses), len(index)), dtype=np.float64)
    r_rows, r_cols = [], []
    for i, terms in enumerate(resumes):
        for term in terms:
            col = index.get(term)
            if col is not None:
                r_rows.append(i)
                r_cols.append(col)
    resume_matrix = sparse.csr_matrix(
        (np.ones(len(r_rows)), (r_rows, r_cols)), shape=(len(resumes), len(index)), dtype=np.float64
    )
    product = (resume_matrix @ posting_matrix.T).toarray()
    return [[_clip(float(v)) for v in row] for row in product]


def similarities(resume_text: str, posting_texts: Sequence[str], *, engine: str = "auto") -> list[float]:
    """The coverage (0..1) of each posting by the resume, each independent of the others.
    ``engine``: "python", "sklearn" (TfidfVectorizer) or "auto" (pure Python unless the work is
    large enough for scikit-learn to pay for its import)."""
    if not posting_texts:
        return []
    if engine == "sklearn":
        return coverage_matrix_sklearn([resume_text], list(posting_texts))[0]
    masses = [posting_mass(text) for text in posting_texts]
    return coverage_matrix([resume_terms(resume_text)], masses, engine="python" if engine == "python" else "auto")[0]


def fit_reference(documents: Iterable[str]) -> dict[str, Any]:
    """Fit the reference statistics (build time): document frequency of every term."""
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(token_pattern=TOKEN_PATTERN, stop_words="english", binary=True, min_df=2)
    matrix = counter.fit_transform(list(documents))
    df = matrix.sum(axis=0).A1
    terms = counter.get_feature_names_out()
    return {
        "n_documents": len(matrix.indptr) - 1,
        "df": {str(t): int(d) for t, d in sorted(zip(terms, df, strict=True))},
    }
