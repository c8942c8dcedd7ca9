"""The report: every format (golden files), what to fix first, ATS-exact wording, recurring gaps,
`jobmatch diff`, --output/--top/--min-score/--sort.

Golden files live in tests/golden/. After a deliberate change of output, regenerate them with
`make golden` (= `pytest tests/test_reports.py --update-golden`) and review the diff.
"""

from __future__ import annotations

import csv
import io
import json
import os
import re

import pytest

from jobmatch import api
from jobmatch.cli import app
from jobmatch.report import Sort, build_report, recurring_gaps
from tests.conftest import POSTINGS, RESUMES, ROOT

GOLDEN = ROOT / "tests" / "golden"
OLD = "fixtures/resumes/partial_frontend.txt"
NEW = "fixtures/resumes/versions/partial_frontend_v2.txt"
EXT = {"table": "txt", "json": "json", "ndjson": "ndjson", "csv": "csv", "markdown": "md", "html": "html"}


def run(runner, *args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


# -- golden files --------------------------------------------------------------------------------
#
# The golden reports are rendered from fixed result values (tests/golden_values.py: two resume
# versions, three postings, every kind of match and check), scored by the real scoring code. They
# do not depend on the vocabulary or the posting parser, which change often; the end-to-end tests
# below check the same formats on the fixture files by their properties.


def _golden_cases():
    from tests import golden_values

    report, diff = golden_values.report(), golden_values.diff()
    explained = golden_values.report(explain=True)
    cases = {}
    for fmt, ext in EXT.items():
        cases[f"match.{ext}"] = (fmt, report)
        cases[f"diff.{ext}"] = (fmt, diff)
    cases["match_explain.txt"] = ("table", explained)
    cases["match_explain.md"] = ("markdown", explained)
    cases["match_explain.html"] = ("html", explained)
    return cases


GOLDEN_CASES = _golden_cases()


@pytest.mark.parametrize("name", sorted(GOLDEN_CASES))
def test_golden(name, update_golden, schema_validator):
    """Each format of `match` and `diff`, byte for byte (the table 100 columns, no colour)."""
    from jobmatch.render import render_text

    fmt, report = GOLDEN_CASES[name]
    text = render_text(fmt, report)
    if fmt == "json":
        schema_validator.validate(json.loads(text))
    if fmt == "ndjson":
        for line in text.splitlines():
            schema_validator.validate(json.loads(line))
    golden = GOLDEN / name
    if update_golden:
        golden.parent.mkdir(exist_ok=True)
        golden.write_text(text, encoding="utf-8", newline="")
    assert golden.exists(), f"no golden file {golden}: run `make golden`"
    expected = golden.read_text(encoding="utf-8")
    assert text == expected, f"{name} differs from {golden}; if the change is intended, run `make golden`"


@pytest.mark.parametrize("fmt", sorted(EXT))
def test_every_format_end_to_end_on_the_fixtures(fmt, runner, tmp_path, schema_validator):
    """`match` and `diff` through the CLI on the fixture files, written with --output."""
    for command in (
        ["match", RESUMES / "partial_frontend.txt", POSTINGS],
        ["diff", ROOT / OLD, ROOT / NEW, POSTINGS],
    ):
        out = tmp_path / f"{command[0]}.{EXT[fmt]}"
        result = run(runner, *command, "-f", fmt, "--output", out)
        assert result.exit_code == 0, result.stderr
        assert result.stdout == ""
        text = out.read_text(encoding="utf-8")
        assert text.endswith("\n") and "\x1b[" not in text
        if fmt == "json":
            schema_validator.validate(json.loads(text))
        elif fmt == "ndjson":
            lines = text.splitlines()
            assert len(lines) == 5
            for line in lines:
                schema_validator.validate(json.loads(line))
        elif fmt == "csv":
            assert len(list(csv.DictReader(io.StringIO(text)))) == 5
        elif fmt == "html":
            assert text.count("<section") == (5 if command[0] == "match" else 0)
        else:
            assert "Senior Backend Engineer" in text


@pytest.fixture(scope="module")
def frontend():
    return api.match(str(RESUMES / "partial_frontend.txt"), [str(POSTINGS)])


def test_breakdown_lists_every_part_and_adds_up(frontend):
    for result in frontend.results:
        assert [p.name for p in result.parts] == ["required", "preferred", "similarity", "experience", "degree"]
        assert round(sum(p.points for p in result.parts), 1) == result.score
        assert round(sum(p.weight for p in result.parts), 4) == 1.0
        for p in result.parts:  # the weight shown times the value is the points shown
            assert p.points == pytest.approx(p.weight * p.value * 100, abs=0.051)


def test_fixes_required_first_and_points_are_exact(frontend):
    from dataclasses import replace

    from jobmatch.models import Evidence, Method, Tier
    from jobmatch.scoring import score_match

    for result in frontend.results:
        report = build_report("r", None, [result])
        fixes = report.entries[0].fixes
        tiers = [f.tier for f in fixes]
        assert tiers == sorted(tiers, key=lambda t: t is not Tier.REQUIRED)
        for fix in fixes[:3]:  # meeting it adds exactly the points announced
            ev = Evidence(1, "x", Method.EXACT, fix.any_of[0], fix.any_of[0])
            matches = [
                replace(m, matched_by=fix.any_of[0], evidence=ev) if m.requirement.any_of == fix.any_of else m
                for m in result.matches
            ]
            found = {k.name: k.found for k in result.knockouts}  # the resume's years and degree
            rescored = score_match(
                result.posting,
                matches,
                result.similarity,
                total_years=found.get("experience"),  # type: ignore[arg-type]
                degree=found.get("degree"),  # type: ignore[arg-type]
            )
            assert rescored.score == pytest.approx(result.score + fix.points, abs=1e-9)


def test_ats_exact_and_wording_suggestions(frontend):
    """The frontend resume shows CI/CD only through GitHub Actions: understood, not ATS-exact,
    and the report suggests the posting's words."""
    result = next(r for r in frontend.results if r.posting.path.endswith("cloudscale.txt"))
    cicd = next(m for m in result.matches if m.requirement.any_of == ("CI/CD",))
    assert cicd.matched and cicd.evidence.method.value == "implied" and not cicd.ats_exact
    docker = next(m for m in result.matches if m.requirement.any_of == ("Docker",))
    assert docker.ats_exact and docker.ats_term == "Docker"
    entry = build_report("r", None, [result]).entries[0]
    assert any(w.posting_words == "CI/CD" and w.resume_words == "GitHub Actions" for w in entry.rewordings)
    from jobmatch.models import Tier

    cov = entry.coverage[Tier.REQUIRED]
    assert cov.ats_met < cov.met <= cov.total


def test_recurring_gaps_name_kubernetes(frontend):
    gaps = recurring_gaps(frontend.results)
    kubernetes = next(g for g in gaps if "Kubernetes" in g.skills)
    assert kubernetes.postings == 5 and kubernetes.missing_in >= 4
    counts = [g.missing_in for g in gaps]
    assert counts == sorted(counts, reverse=True)


def test_recurring_gaps_keep_alternatives_together():
    from jobmatch.models import MatchResult, Posting, Requirement, RequirementMatch, Tier

    def result(path, *groups):
        reqs = [Requirement(Tier.REQUIRED, g, False, " or ".join(g), i + 1) for i, g in enumerate(groups)]
        posting = Posting(path, None, (), tuple(reqs), None, None, None, "")
        return MatchResult(posting, 0.0, (), tuple(RequirementMatch(r, None, None) for r in reqs), 0.0)

    gaps = recurring_gaps(
        [
            result("a", ("PostgreSQL", "MySQL"), ("Kubernetes",)),
            result("b", ("PostgreSQL", "MySQL"), ("Kubernetes",)),
            result("c", ("Go",)),
        ]
    )
    assert [(g.skills, g.missing_in) for g in gaps] == [(("Kubernetes",), 2), (("PostgreSQL", "MySQL"), 2)]


def test_top_min_score_and_sort(frontend):
    results = frontend.results
    top2 = build_report("r", None, results, top=2)
    assert [e.rank for e in top2.entries] == [1, 2] and top2.scored == 5
    floor = results[2].score
    kept = build_report("r", None, results, min_score=floor)
    assert all(e.result.score >= floor for e in kept.entries) and len(kept.entries) >= 3
    by_path = build_report("r", None, results, sort=Sort.PATH)
    paths = [e.result.posting.path for e in by_path.entries]
    assert paths == sorted(paths)
    assert sorted(e.rank for e in by_path.entries) == [1, 2, 3, 4, 5]  # ranks stay by score


def test_cli_filters_and_fail_under_uses_all_postings(runner):
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "json", "--top", "2")
    doc = json.loads(result.stdout)
    assert [r["rank"] for r in doc["results"]] == [1, 2] and doc["scored"] == 5
    none = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "json", "--min-score", "100.1")
    assert none.exit_code == 2  # out of range
    sorted_title = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "csv", "--sort", "title")
    rows = list(csv.DictReader(io.StringIO(sorted_title.stdout)))
    assert [r["title"] for r in rows] == sorted(r["title"] for r in rows)
    low = run(runner, "match", RESUMES / "unrelated_nurse.txt", POSTINGS, "--min-score", "90", "--fail-under", "50")
    assert low.exit_code == 1 and "passes the filters" in low.stdout


def test_csv_one_row_per_posting_and_points_sum(runner):
    result = run(runner, "match", RESUMES / "partial_frontend.txt", POSTINGS, "-f", "csv")
    rows = list(csv.DictReader(io.StringIO(result.stdout)))
    assert len(rows) == 5
    for row in rows:
        parts = ("required", "preferred", "similarity", "experience", "degree")
        assert round(sum(float(row[f"{p}_points"]) for p in parts), 1) == float(row["score"])


def test_html_is_self_contained(runner):
    result = run(runner, "match", RESUMES / "partial_frontend.txt", POSTINGS, "-f", "html")
    page = result.stdout
    assert page.startswith("<!DOCTYPE html>") and page.rstrip().endswith("</html>")
    assert "<script" not in page and "<link" not in page and "@import" not in page
    assert not re.search(r"""(src|href)=["'](?!#)""", page), "only in-page links"
    assert "url(" not in page
    assert page.count('class="bar"') == 5 * 2  # ranking and section


def test_html_and_markdown_escape_user_text(runner, tmp_path):
    posting = tmp_path / "odd.md"
    # (a title's " | " separates cells, of which the title keeps the role's: the "|" here is inside the title)
    # (a whole "<script>...</script>" is no text: the loader blanks it; a stray closing tag is text)
    posting.write_text("# alert(1)</script> Engineer|*Lead*\n\n## Requirements\n- Python\n", encoding="utf-8")
    page = run(runner, "match", RESUMES / "strong_backend.txt", posting, "-f", "html").stdout
    assert "<script" not in page and "</script>" not in page and "&lt;/script&gt;" in page
    md = run(runner, "match", RESUMES / "strong_backend.txt", posting, "-f", "markdown").stdout
    ranking_row = next(line for line in md.splitlines() if line.startswith("| 1 |"))
    assert ranking_row.count(" | ") == 6  # the title's | is escaped, the table keeps its columns


def test_json_is_plain_and_pipes(runner):
    result = run(runner, "match", RESUMES / "partial_frontend.txt", POSTINGS, "-f", "json")
    assert "\x1b[" not in result.stdout
    json.loads(result.stdout)


def _coloured(text: str) -> bool:
    """Whether text has an SGR sequence that sets a colour (30-38, 90-97), not just bold."""
    for params in re.findall(r"\x1b\[([0-9;]*)m", text):
        if any(p and (30 <= int(p) <= 38 or 90 <= int(p) <= 97) for p in params.split(";")):
            return True
    return False


def test_table_colour_only_on_a_terminal_and_no_color(monkeypatch):
    from jobmatch.render import terminal
    from jobmatch.report import build_report

    report = build_report("r", None, api.match(str(RESUMES / "strong_backend.txt"), [str(POSTINGS)]).results[:1])

    class Tty(io.StringIO):
        def isatty(self) -> bool:
            return True

    monkeypatch.delenv("NO_COLOR", raising=False)
    monkeypatch.delenv("FORCE_COLOR", raising=False)
    monkeypatch.setenv("TERM", "xterm-256color")
    tty = Tty()
    terminal.render_match(terminal.make_console(tty, width=90), report)
    assert _coloured(tty.getvalue())  # coloured on a terminal
    pipe = io.StringIO()
    terminal.render_match(terminal.make_console(pipe, width=90), report)
    assert "\x1b[" not in pipe.getvalue()
    monkeypatch.setenv("NO_COLOR", "1")
    no_color = Tty()
    terminal.render_match(terminal.make_console(no_color, width=90), report)
    assert not _coloured(no_color.getvalue())
    narrow = io.StringIO()
    terminal.render_match(terminal.make_console(narrow, width=60), report)
    assert max(len(line) for line in narrow.getvalue().splitlines()) <= 60


# -- --output -----------------------------------------------------------------------------------


def test_output_replaces_the_file_atomically(runner, tmp_path):
    out = tmp_path / "report.md"
    out.write_text("old report\n", encoding="utf-8")
    os.chmod(out, 0o640)
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "markdown", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert out.read_text(encoding="utf-8").startswith("# jobmatch report")
    assert os.stat(out).st_mode & 0o777 == 0o640  # the file keeps its permissions
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.md"]  # no temporary file left


def test_output_through_a_symbolic_link_replaces_its_target(runner, tmp_path):
    """`-o latest.md` where latest.md links to this week's report: the report is written there
    (atomically), and the link stays a link."""
    (tmp_path / "reports").mkdir()
    target = tmp_path / "reports" / "week48.md"
    target.write_text("old report\n", encoding="utf-8")
    link = tmp_path / "latest.md"
    os.symlink(os.path.join("reports", "week48.md"), link)
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "markdown", "-o", link)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink() and os.readlink(link) == os.path.join("reports", "week48.md")
    assert target.read_text(encoding="utf-8").startswith("# jobmatch report")
    assert sorted(p.name for p in (tmp_path / "reports").iterdir()) == ["week48.md"]


def test_output_dash_is_stdout(runner, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    result = run(
        runner, "match", RESUMES / "strong_backend.txt", POSTINGS / "backend_engineer.md", "-f", "csv", "-o", "-"
    )
    assert result.exit_code == 0 and result.stdout.startswith("rank,score,")
    assert list(tmp_path.iterdir()) == []


def test_output_to_a_missing_directory_exits_4(runner, tmp_path):
    out = tmp_path / "no" / "such" / "report.html"
    result = run(runner, "match", RESUMES / "strong_backend.txt", POSTINGS, "-f", "html", "-o", out)
    assert result.exit_code == 4
    assert result.stderr.startswith(f"jobmatch: error: {out}: cannot write")
    assert not out.parent.exists()


def test_output_failure_leaves_the_old_file(tmp_path, monkeypatch):
    from pathlib import Path

    from jobmatch.cli import write_atomically

    out = tmp_path / "r.csv"
    out.write_text("old\n", encoding="utf-8")

    def broken(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(os, "replace", broken)
    with pytest.raises(OSError):
        write_atomically(Path(out), "new\n")
    assert out.read_text(encoding="utf-8") == "old\n"
    assert [p.name for p in tmp_path.iterdir()] == ["r.csv"]


# -- diff ---------------------------------------------------------------------------------------


def test_diff_on_the_two_fixture_versions(runner, schema_validator):
    result = run(runner, "diff", ROOT / OLD, ROOT / NEW, POSTINGS, "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    assert doc["command"] == "diff" and len(doc["results"]) == 5
    for r in doc["results"]:
        assert r["delta"] == round(r["new_score"] - r["old_score"], 1)
        assert r["delta"] > 0  # v2 adds PostgreSQL, Redis, Kubernetes, REST API design
    now_met = {name for r in doc["results"] for f in r["flips"] if f["now_met"] for name in f["any_of"]}
    assert {"Kubernetes", "PostgreSQL"} <= now_met
    for r in doc["results"]:
        for f in r["flips"]:
            assert (f["evidence"] is not None) == f["now_met"] or not f["now_met"]


def test_diff_api_matches_two_match_runs():
    report = api.diff(str(ROOT / OLD), str(ROOT / NEW), [str(POSTINGS)])
    old = {r.posting.path: r.score for r in api.match(str(ROOT / OLD), [str(POSTINGS)]).results}
    new = {r.posting.path: r.score for r in api.match(str(ROOT / NEW), [str(POSTINGS)]).results}
    assert {d.new.posting.path: (d.old.score, d.new.score) for d in report.postings} == {
        p: (old[p], new[p]) for p in old
    }


def test_diff_same_resume_flips_nothing(runner):
    result = run(runner, "diff", ROOT / OLD, ROOT / OLD, POSTINGS / "backend_engineer.md")
    assert result.exit_code == 0
    assert "0.0" in result.stdout and "now met" not in result.stdout


def test_diff_errors_and_stdin(runner, tmp_path):
    missing = tmp_path / "gone.txt"
    result = run(runner, "diff", ROOT / OLD, missing, POSTINGS / "backend_engineer.md", "-f", "ndjson")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {missing}: no such file\n"
    assert json.loads(result.stdout.splitlines()[-1])["type"] == "error"
    twice = run(runner, "diff", "-", "-", POSTINGS, input="x")
    assert twice.exit_code == 2 and twice.stderr.startswith("jobmatch: error: only one input")
