"""`make bench` in miniature: the corpora are generated, deterministic and realistic; the
reference script and the floor run on them; the memory sampler sees a process tree."""

from __future__ import annotations

import subprocess
import sys

from tests.conftest import ROOT

sys.path.insert(0, str(ROOT / "bench"))

from corpus import generate_postings, generate_resumes  # noqa: E402

import bench  # noqa: E402


def test_corpora_are_recombined_real_sections_and_deterministic(tmp_path):
    first = generate_postings(tmp_path / "a", 6)
    again = generate_postings(tmp_path / "b", 6)
    assert [p.read_text(encoding="utf-8") for p in first] == [p.read_text(encoding="utf-8") for p in again]
    resumes = generate_resumes(tmp_path / "r", 4)
    assert all("PROFESSIONAL EXPERIENCE" in r.read_text(encoding="utf-8") for r in resumes)
    assert all(len(p.read_text(encoding="utf-8")) > 500 for p in first)


def test_reference_and_floor_run_and_are_measured(tmp_path):
    postings = generate_postings(tmp_path / "p", 5)
    resumes = generate_resumes(tmp_path / "r", 2)
    out = subprocess.run(
        [sys.executable, str(ROOT / "bench" / "reference.py"), str(tmp_path / "r"), str(tmp_path / "p")],
        capture_output=True, text=True, check=True,
    )
    assert len(out.stdout.splitlines()) == 1 + len(postings) * len(resumes)
    run = bench.measure([sys.executable, str(ROOT / "bench" / "floor.py"), str(tmp_path / "p")], runs=1)
    assert run.wall > 0 and run.peak > 1 and run.cpu > 0
