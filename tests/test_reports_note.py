"""A posting in which no required skill was understood gets a caution in the human reports:
its score rests on the preferred skills and text similarity alone, so a high score means little
(a heading-less posting in words jobmatch does not read, a field its vocabulary barely covers)."""

from __future__ import annotations

import json

import pytest

from jobmatch.cli import app
from tests.conftest import POSTINGS, RESUMES

RESUME = RESUMES / "strong_backend.txt"
NOTE = "No required skill was understood in this posting"
ALONE = "the score rests on text similarity alone"
WITH_PREFERRED = "the score rests on its preferred skills and text similarity"


@pytest.fixture()
def barista(tmp_path):
    path = tmp_path / "barista.txt"
    path.write_text(
        "Barista\n\nMake great coffee in a friendly team. Weekend shifts, free drinks.\n", encoding="utf-8"
    )
    return path


@pytest.fixture()
def preferred_only(tmp_path):
    path = tmp_path / "cafe_lead.txt"
    path.write_text("Cafe Lead\n\nNice to have:\n- Python\n- Excel\n", encoding="utf-8")
    return path


def _run(runner, *args):
    result = runner.invoke(app, [str(a) for a in args], env={"COLUMNS": "400"})
    assert result.exit_code == 0, result.output
    return result.output


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_match_cautions_the_posting_without_required_skills(runner, barista, fmt):
    out = _run(runner, "match", RESUME, barista, POSTINGS / "backend_engineer.md", "-f", fmt)
    flat = " ".join(out.split())
    assert flat.count(NOTE) == 1  # the barista posting's, not the backend one's
    assert ALONE in flat


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_the_caution_names_the_preferred_skills_when_there_are_some(runner, preferred_only, fmt):
    out = _run(runner, "match", RESUME, preferred_only, "-f", fmt)
    flat = " ".join(out.split())
    assert NOTE in flat and WITH_PREFERRED in flat


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_a_posting_with_required_skills_gets_no_caution(runner, fmt):
    out = _run(runner, "match", RESUME, POSTINGS, "-f", fmt)
    assert NOTE not in " ".join(out.split())


@pytest.mark.parametrize("fmt", ["table", "markdown", "html"])
def test_rank_cautions_once_for_its_posting(runner, barista, fmt):
    out = _run(runner, "rank", barista, RESUME, RESUMES / "unrelated_nurse.txt", "-f", fmt)
    assert " ".join(out.split()).count(NOTE) == 1  # once, not once per candidate


def test_rank_of_a_posting_with_required_skills_has_no_caution(runner):
    out = _run(runner, "rank", POSTINGS / "backend_engineer.md", RESUME)
    assert NOTE not in " ".join(out.split())


def test_json_is_unchanged_scripts_read_the_required_totals(runner, barista):
    doc = json.loads(_run(runner, "match", RESUME, barista, "-f", "json"))
    assert NOTE not in json.dumps(doc)
    (entry,) = doc["results"]
    assert entry["breakdown"]["required"]["total"] == 0
