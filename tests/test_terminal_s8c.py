"""The terminal report at narrow widths (session 8c): the score breakdown keeps its numbers."""

from __future__ import annotations

import io

import pytest

from jobmatch import api
from jobmatch.render import terminal
from jobmatch.report import build_report
from tests.conftest import POSTINGS, RESUMES


@pytest.fixture(scope="module")
def report():
    results = api.match(str(RESUMES / "strong_backend.txt"), [str(POSTINGS / "backend_engineer.md")]).results
    return build_report("strong_backend.txt", None, results)


def _breakdown(report, width: int) -> str:
    buffer = io.StringIO()
    terminal.render_match(terminal.make_console(buffer, width=width, plain=True), report)
    text = buffer.getvalue()
    start = text.index(" Part ")
    return text[start : text.index("\nFix first", start)]


@pytest.mark.parametrize("width", [20, 30, 40, 50, 60, 75, 76, 90, 120])
def test_the_breakdown_shows_every_parts_points_and_the_score_at_any_width(report, width):
    block = _breakdown(report, width)
    assert "…" not in block, width
    assert max(len(line) for line in block.splitlines()) <= width
    result = report.entries[0].result
    cells = [line.split()[-1] for line in block.splitlines() if line.strip()]
    for part in result.parts:
        if part.weight:
            assert f"{part.points:.1f}" in cells, (width, part.name)
        # the part's weight is shown too (folded under its name when narrow)
        assert f"{part.weight:.2f}" in block or not part.weight, (width, part.name)
    assert f"{result.score:.1f}" in cells, width


def test_a_narrow_breakdown_keeps_points_in_a_column_of_their_own(report):
    block = _breakdown(report, 40)
    header = block.splitlines()[0].split()
    assert header == ["Part", "Points"]
    assert "ATS-exact" in block  # (the ATS-exact coverage under the part's name)
    wide = _breakdown(report, 100).splitlines()[0].split()
    assert wide == ["Part", "Weight", "Value", "(understood)", "ATS-exact", "Points"]
