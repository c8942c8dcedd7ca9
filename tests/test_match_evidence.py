"""Evidence lines stay readable: a resume without line breaks does not repeat itself in JSON."""

from __future__ import annotations

import json

from jobmatch.cli import app
from jobmatch.match import EXCERPT_WIDTH
from tests.conftest import POSTINGS


def test_long_line_evidence_is_an_excerpt_around_the_match(runner, tmp_path):
    filler = "managed many unrelated projects with care " * 200
    resume = tmp_path / "one_line.txt"
    resume.write_text(filler + "built services in Kubernetes and Python " + filler, encoding="utf-8")
    result = runner.invoke(app, ["match", str(resume), str(POSTINGS / "backend_engineer.md"), "-f", "json"])
    assert result.exit_code == 0, result.stderr
    evidence = [r["evidence"] for r in json.loads(result.stdout)["results"][0]["requirements"] if r["evidence"]]
    assert evidence
    for ev in evidence:
        assert len(ev["text"]) <= EXCERPT_WIDTH + 6
        assert ev["surface"] in ev["text"]
        assert ev["text"].startswith("...") and ev["text"].endswith("...")
    assert len(result.stdout) < 100_000


def test_short_lines_are_shown_whole(runner, tmp_path):
    resume = tmp_path / "r.txt"
    resume.write_text("Skills: Python, Kubernetes, Docker\n", encoding="utf-8")
    result = runner.invoke(app, ["resume", str(resume), "-f", "json"])
    skills = json.loads(result.stdout)["documents"][0]["skills"]
    assert {s["evidence"][0]["text"] for s in skills} == {"Skills: Python, Kubernetes, Docker"}
