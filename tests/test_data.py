"""The shipped data files are what the build scripts make from the committed sources."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT


def test_idf_is_up_to_date():
    result = subprocess.run(
        [sys.executable, "scripts/build_idf.py", "--check"], cwd=ROOT, capture_output=True, text=True
    )
    assert result.returncode == 0, result.stderr


def test_similarity_is_a_bounded_coverage():
    """TF-IDF coverage, not cosine: not symmetric, 1 when the resume has every word of the
    posting, never lower when the resume gains words (tests/test_similarity.py has more)."""
    from jobmatch.similarity import similarities

    a = "Python developer with Django, PostgreSQL and Kubernetes experience"
    b = "We need a Python engineer who knows Django and PostgreSQL"
    (ab,) = similarities(a, [b])
    assert 0 < ab < 1
    (full,) = similarities(a + "\n" + b, [b])
    assert full == 1.0
    (unrelated,) = similarities(a, ["Registered nurse for the intensive care unit, night shifts"])
    assert unrelated < ab
