"""Beyond one machine: the pure scoring function mapped over a corpus with Dask (the optional
`dask` extra), as the README shows, on Dask's local scheduler; the same scores as `api.match`."""

from __future__ import annotations

import pytest

from jobmatch import api
from tests.conftest import POSTINGS, RESUMES

dask_bag = pytest.importorskip("dask.bag")


def test_dask_bag_over_postings_gives_the_scores_match_gives(tmp_path):
    broken = tmp_path / "broken.txt"
    broken.write_bytes(b"")
    resume = api.read_resume(str(RESUMES / "partial_frontend.txt"))  # understood once, sent to every task
    paths = api.expand([str(POSTINGS), str(broken)])
    records = (
        dask_bag.from_sequence(paths, npartitions=3)
        .map(api.read_posting)  # a Posting, or an InputError for a file that cannot be read
        .filter(lambda posting: not isinstance(posting, api.InputError))
        .map(lambda posting: api.summary(api.score(resume, posting)))
    )
    best = records.topk(3, key=lambda r: r["score"]).compute(scheduler="processes", num_workers=2)
    expected = api.match(str(RESUMES / "partial_frontend.txt"), [str(POSTINGS)], workers=1).results
    assert [(r["path"], r["score"]) for r in best] == [(r.posting.path, r.score) for r in expected[:3]]
    assert set(best[0]) >= {"path", "title", "score", "required_points", "similarity_points", "required_met"}
