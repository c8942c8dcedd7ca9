"""TF-IDF similarity between a resume and a posting. Owns scikit-learn.

The IDF is fitted once, at build time, on a fixed reference corpus (``scripts/build_idf.py``:
198 real postings from SkillSpan plus the fixture postings) and shipped as
``jobmatch/data/idf.json``. Fitting on the postings of a run instead would make one posting's
score depend on which other postings are in the run; with a fixed IDF it never does. Words the
reference corpus never saw are ignored by the vectoriser.
"""

from __future__ import annotations

import json
from functools import lru_cache
from importlib import resources
from typing import Any

TOKEN_PATTERN = r"(?u)\b[a-z][a-z0-9+#]*(?:\.[a-z0-9]+)*"
COMMON_MIN_DF = 3  # a word in this many reference postings is an ordinary word, not a typo


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


def similarities(resume_text: str, posting_texts: list[str]) -> list[float]:
    """Cosine similarity (0..1) of the resume to each posting, each independent of the others."""
    if not posting_texts:
        return []
    vectorizer = _vectorizer()
    matrix = vectorizer.transform([resume_text, *posting_texts])
    scores = (matrix[1:] @ matrix[0].T).toarray().ravel()
    return [float(min(1.0, max(0.0, s))) for s in scores]


def fit_reference(documents: list[str]) -> dict[str, Any]:
    """Fit the reference statistics (build time): document frequency of every term."""
    from sklearn.feature_extraction.text import CountVectorizer

    counter = CountVectorizer(token_pattern=TOKEN_PATTERN, stop_words="english", binary=True, min_df=2)
    matrix = counter.fit_transform(documents)
    df = matrix.sum(axis=0).A1
    terms = counter.get_feature_names_out()
    return {
        "n_documents": len(documents),
        "df": {str(t): int(d) for t, d in sorted(zip(terms, df, strict=True))},
    }
