"""Reports after QA round 2: why a diff's score moved (checks, parts), the years asked per skill in
the human reports, narrow terminals, file names with control characters, `jobmatch resume` in 80
columns. Renderer-level, on result values scored by the real scoring code."""

from __future__ import annotations

import io
import json

from jobmatch.models import (
    Evidence,
    InputError,
    MatchResult,
    Method,
    Posting,
    Requirement,
    RequirementMatch,
    ResumeProfile,
    Tier,
    YearsCheck,
)
from jobmatch.render import html, jsondoc, markdown, render_text, terminal
from jobmatch.report import build_diff, build_ranking, build_report
from jobmatch.scoring import score_match

LINES = ("Dana Example", "Skills: Python, SQL", "- Built services in Python and SQL")
POSTING = Posting(
    "postings/backend.txt",
    "Backend Engineer",
    (),
    (
        Requirement(Tier.REQUIRED, ("Python",), False, "3+ years of Python", 3, min_years=3),
        Requirement(Tier.REQUIRED, ("SQL",), False, "SQL", 4),
        Requirement(Tier.REQUIRED, ("Kubernetes",), False, "Kubernetes", 5),
    ),
    5,
    "bachelor",
    None,
    "",
)


def _result(
    posting: Posting = POSTING, *, years: float | None, degree: str | None, python_years: float | None
) -> MatchResult:
    matches = []
    for req in posting.requirements:
        name = req.any_of[0]
        if name == "Kubernetes":
            matches.append(RequirementMatch(req, None, None, req.any_of, None))
        else:
            ev = Evidence(2, LINES[1], Method.EXACT, name, name)
            matches.append(RequirementMatch(req, name, ev, req.any_of, name))
    checks = (
        YearsCheck(
            "Python", 3, python_years, python_years is not None and python_years >= 3, "skill", Tier.REQUIRED, 3
        ),
    )
    return score_match(posting, matches, 0.2, total_years=years, degree=degree, checks=checks)


def _diff():
    old = _result(years=None, degree=None, python_years=None)
    new = _result(years=8.0, degree="bachelor", python_years=8.0)
    return build_diff("old.txt", "new.txt", [old], [new])


def _table(report, width: int = 100) -> str:
    return render_text("table", report, width=width)


# -- 1. diff: what changed -------------------------------------------------------------------------


def test_diff_names_checks_and_parts_when_no_requirement_flipped():
    d = _diff().postings[0]
    assert d.flips == () and d.delta > 0
    changes = {(c.name, c.kind): (c.old_status, c.new_status) for c in d.checks}
    assert changes == {
        ("experience", "knockout"): ("unknown", "met"),
        ("degree", "knockout"): ("unknown", "met"),
        ("Python", "years"): ("unknown", "met"),
    }
    moved = {p.name: p.delta for p in d.parts}
    assert moved["experience"] > 0 and moved["degree"] > 0
    assert round(sum(moved.values()), 1) == d.delta


def test_diff_same_results_has_nothing_to_explain():
    r = _result(years=8.0, degree="bachelor", python_years=8.0)
    d = build_diff("a", "b", [r], [r]).postings[0]
    assert not d.changed and d.checks == () and d.parts == ()


def test_diff_table_markdown_html_say_why():
    report = _diff()
    table = _table(report)
    assert "experience check: unknown -> met (5+ years asked; resume: unknown -> 8 years)" in table
    assert "degree check: unknown -> met (bachelor asked; resume: unknown -> bachelor)" in table
    assert "3+ years of Python (required): unknown -> met" in table
    flat = " ".join(table.split())
    assert "Score parts (points):" in flat and "experience 0.0 -> 10.0 (+10.0)" in flat
    assert "+0 -0, 3 checks" in table
    md = markdown.render_diff(report)
    assert "- **check**: experience check: unknown -> met" in md
    assert "- **score parts** (points): " in md
    page = html.render_diff(report)
    assert '<li class="check">check: degree check: unknown -&gt; met' in page
    assert "score parts (points): " in page


def test_diff_json_check_and_part_changes(schema_validator):
    doc = jsondoc.diff_doc(_diff())
    assert doc["schema_version"] == "1.8"
    schema_validator.validate(doc)
    result = doc["results"][0]
    exp = next(c for c in result["check_changes"] if c["name"] == "experience")
    assert exp == {
        "name": "experience",
        "kind": "knockout",
        "tier": None,
        "asked": 5,
        "old": {"status": "unknown", "found": None},
        "new": {"status": "met", "found": 8.0},
    }
    years = next(c for c in result["check_changes"] if c["kind"] == "years")
    assert years["tier"] == "required" and years["new"]["status"] == "met"
    names = [p["name"] for p in result["part_changes"]]
    assert "experience" in names and "degree" in names
    for line in jsondoc.diff_lines(_diff()):
        schema_validator.validate(json.loads(jsondoc.dumps(line, indent=None)))


def test_diff_short_to_met_and_a_loss_is_marked():
    old = _result(years=2.0, degree="bachelor", python_years=1.5)
    new = _result(years=2.0, degree=None, python_years=4.0)
    d = build_diff("a", "b", [old], [new]).postings[0]
    statuses = {c.name: (c.old_status, c.new_status) for c in d.checks}
    assert statuses == {"degree": ("met", "unknown"), "Python": ("short", "met")}
    table = _table(build_diff("a", "b", [old], [new]))
    assert "- degree check: met -> unknown" in table
    assert "+ 3+ years of Python (required): short -> met (resume: 1.5 years -> 4 years)" in table


# -- 2. years asked per skill ----------------------------------------------------------------------


def test_years_checks_in_table_markdown_html():
    r = _result(years=8.0, degree="bachelor", python_years=1.6)
    report = build_report("resume.txt", None, [r], explain=True)
    expected = "3+ years of Python: short, the resume shows 1.6"
    assert f"Years asked: {expected}" in _table(report)
    assert f"**Years asked**: {expected}" in markdown.render_report(report)
    assert f'<span class="notmet">{expected}</span>' in html.render_report(report)
    unknown = build_report("resume.txt", None, [_result(years=None, degree=None, python_years=None)])
    assert "3+ years of Python: unknown, no dated jobs" in _table(unknown)


def test_no_years_line_when_no_skill_years_asked():
    r = score_match(POSTING, [], 0.1, total_years=8.0, degree="bachelor")
    assert "Years asked" not in _table(build_report("resume.txt", None, [r]))


# -- 3. narrow terminals ---------------------------------------------------------------------------


def _long_report():
    results = []
    for i in range(3):
        p = Posting(
            f"postings/senior_backend_engineer_{i}.txt",
            "Senior Backend Engineer",
            (),
            POSTING.requirements,
            5,
            "bachelor",
            None,
            "",
        )
        results.append(_result(p, years=8.0, degree="bachelor", python_years=8.0))
    return build_report("resume.txt", None, results)


def test_narrow_ranking_keeps_name_and_whole_score():
    for width in (40, 50, 60):
        table = _table(_long_report(), width)
        ranking = table.split("Missing in several")[0]
        assert "Posting" in ranking and "Senior Backend Engineer" in ranking, width
        assert "…" not in ranking, width
        score = f"{_long_report().entries[0].result.score:.1f}%"
        assert score in ranking, width
        assert "required 2/3" in ranking  # the counts, stacked under the name


def test_wide_ranking_keeps_its_count_columns():
    table = _table(_long_report(), 100)
    assert "Required   ATS-exact   Preferred" in table


def test_narrow_gaps_keep_the_skill_column():
    table = _table(_long_report(), 40)
    gaps = table.split("Missing in several postings")[1]
    assert "Skill" in gaps and "Kubernetes" in gaps


def test_narrow_rank_keeps_the_resume_column():
    candidates = []
    from jobmatch.models import Candidate

    for name in ("R/alice_backend.txt", "R/bob_frontend.txt"):
        candidates.append(Candidate(name, 12, _result(years=8.0, degree="bachelor", python_years=8.0)))
    ranking = build_ranking("P/backend.txt", POSTING, candidates)
    table = _table(ranking, 44)
    head = table.split("Missing in several")[0]
    assert "R/alice_backend.txt" in head and "R/bob_frontend.txt" in head
    assert "…" not in head


def test_narrow_diff_stays_readable():
    table = _table(_diff(), 40)
    assert "Backend Engineer" in table and "postings/backend.txt" in table
    assert "->" in table.split("Backend Engineer:")[0]  # old -> new under the name
    assert "…" not in table


# -- 4. control characters in file names -----------------------------------------------------------

BAD = "names/esc\x1b[31mred\nline|x.md"


def _bad_report():
    p = Posting(BAD, "Backend Engineer", (), POSTING.requirements, 5, "bachelor", None, "")
    r = _result(p, years=8.0, degree="bachelor", python_years=8.0)
    return build_report(BAD, None, [r, r], [InputError(BAD, "cannot read")])


def test_table_escapes_control_characters_in_names():
    for width in (100, 40):
        text = _table(_bad_report(), width)
        assert "\x1b" not in text
        assert "\\x1b[31mred" in text
    buffer = io.StringIO()
    terminal.render_diff(terminal.make_console(buffer, width=100, plain=True), build_diff(BAD, BAD, [], []))
    assert "\x1b" not in buffer.getvalue() and "Old: names/esc\\x1b[31mred\\nline|x.md" in buffer.getvalue()


def test_markdown_escapes_control_characters_and_keeps_rows_whole():
    md = markdown.render_report(_bad_report())
    assert "\x1b" not in md
    rows = [line for line in md.splitlines() if line.startswith("| ") and "Backend Engineer" in line]
    assert len(rows) == 2  # one line per row: the newline in the name did not break it
    assert "`names/esc\\x1b[31mred\\nline\\|x.md`" in rows[0]
    assert "- `names/esc\\x1b[31mred\\nline|x.md`: cannot read" in md


def test_markdown_code_span_with_backticks():
    assert markdown.code("a`b.md") == "``a`b.md``"
    assert markdown.code("`a.md") == "`` `a.md ``"


def test_html_escapes_control_characters():
    page = html.render_report(_bad_report())
    assert "\x1b" not in page and "names/esc\\x1b[31mred\\nline|x.md" in page


# -- 5. jobmatch resume in 80 columns ----------------------------------------------------------------


def test_resume_skills_one_row_each_in_80_columns():
    from jobmatch.models import Mention, ResumeSkill, Skill

    line = "- Designed and built distributed systems for payments, ledgers and reconciliation at scale " * 2
    lines = ("Dana", line)
    skills = tuple(
        ResumeSkill(skill, (Mention(skill, 2, 0, 5, skill.name, Method.EXACT),))
        for skill in (Skill("Python", "language"), Skill("Go", "language"), Skill("SQL", "language"))
    )
    profile = ResumeProfile(path="resume.txt", skills=skills, text="\n".join(lines), lines=lines)
    buffer = io.StringIO()
    terminal.render_resumes(terminal.make_console(buffer, width=80, plain=True), [profile], [])
    out = buffer.getvalue().split("Skills")[-1].splitlines()
    rows = [r for r in out if r.strip().startswith(("Python", "Go", "SQL"))]
    assert len(rows) == 3
    assert all("…" in r for r in rows)
    body = [r for r in out if r.strip() and not r.strip().startswith(("Python", "Go", "SQL", "skill", "─"))]
    assert body == []  # no wrapped continuation lines
