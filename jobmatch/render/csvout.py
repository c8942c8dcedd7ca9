"""Report -> CSV, one row per posting, for spreadsheets. (Named csvout so that it never shadows
the standard library's csv module.)

Columns are fixed (MATCH_COLUMNS, DIFF_COLUMNS); lists (missing skills, fixes) are joined with
"; ". Numbers are plain, with a dot; empty cells mean "not applicable".
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from jobmatch.models import MatchResult, MatrixRow, Tier
from jobmatch.render import common
from jobmatch.report import DiffReport, Entry, MatrixReport, Ranking, Report, entry_of, label
from jobmatch.scoring import PART_NAMES

MATCH_COLUMNS = (
    "rank",
    "score",
    "title",
    "path",
    "required_points",
    "preferred_points",
    "similarity_points",
    "experience_points",
    "degree_points",
    "required_met",
    "required_total",
    "required_ats_met",
    "preferred_met",
    "preferred_total",
    "preferred_ats_met",
    "experience_check",
    "degree_check",
    "missing_required",
    "missing_preferred",
    "fix_first",
)
DIFF_COLUMNS = ("title", "path", "old_score", "new_score", "delta", "now_met", "no_longer_met")


def _write(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


def _line(cells: Iterable[object]) -> str:
    """One CSV record, with its line end."""
    buffer = io.StringIO()
    csv.writer(buffer, lineterminator="\n").writerow(cells)
    return buffer.getvalue()


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _row(e: Entry) -> list[object]:
    r = e.result
    points = {p.name: p for p in r.parts}
    req, pref = e.coverage[Tier.REQUIRED], e.coverage[Tier.PREFERRED]

    def missing(tier: Tier) -> str:
        return "; ".join(label(m.requirement.any_of) for m in r.matches if m.requirement.tier is tier and not m.matched)

    def check(name: str) -> str:
        k = common.knockout(e, name)
        return "" if k is None else k.status.value

    return [
        e.rank,
        f"{r.score:.1f}",
        r.posting.title or "",
        r.posting.path,
        *(f"{points[n].points:.1f}" if n in points else "" for n in PART_NAMES),
        _num(req.met),
        _num(req.total),
        _num(req.ats_met),
        _num(pref.met),
        _num(pref.total),
        _num(pref.ats_met),
        check("experience"),
        check("degree"),
        missing(Tier.REQUIRED),
        missing(Tier.PREFERRED),
        "; ".join(f"{f.label} (+{f.points:.1f})" for f in e.fixes),
    ]


def render_report(report: Report) -> str:
    return _write(MATCH_COLUMNS, (_row(e) for e in report.entries))


def render_diff(report: DiffReport) -> str:
    rows = []
    for d in report.postings:
        gained = [label(f.new.requirement.any_of) for f in d.flips if f.now_met]
        lost = [label(f.old.requirement.any_of) for f in d.flips if not f.now_met]
        rows.append(
            [
                d.new.posting.title or "",
                d.new.posting.path,
                f"{d.old.score:.1f}",
                f"{d.new.score:.1f}",
                f"{d.delta:.1f}",
                "; ".join(gained),
                "; ".join(lost),
            ]
        )
    return _write(DIFF_COLUMNS, rows)


# -- rows computed one at a time (in the worker that scored them), ranked by the caller ------------


def match_row(result: MatchResult) -> tuple[float, str, str, float, float, str]:
    """``jobmatch match -f csv`` for one result: (score, path, title, required coverage
    understood, ATS-exact, the CSV record after its ``rank`` cell). The caller keeps these small
    rows, never the results, ranks them and writes them with :func:`ranked_lines`."""
    entry = entry_of(1, result)
    req = entry.coverage[Tier.REQUIRED]
    record = _line(_row(entry)[1:])
    return result.score, result.posting.path, result.posting.title or "", req.understood, req.ats_exact, record


def ranked_rows(rows: Iterable[tuple[int, str]]) -> str:
    """The CSV of (rank, record after the rank cell) rows, with the header."""
    return "".join(ranked_lines(rows))


def ranked_lines(rows: Iterable[tuple[int, str]]) -> Iterator[str]:
    """:func:`ranked_rows` a record at a time (each with its line end), the header first: a
    caller writes them as they come and never holds the whole document."""
    yield _line(MATCH_COLUMNS)
    for rank, record in rows:
        yield f"{rank},{record}"


# -- rank: candidates for one posting ------------------------------------------------------------------

RANK_COLUMNS = ("rank", "score", "resume", "skills", *MATCH_COLUMNS[4:])


def render_ranking(ranking: Ranking) -> str:
    rows = []
    for c in ranking.candidates:
        cells = _row(c.entry)
        rows.append([cells[0], cells[1], c.path, c.skills, *cells[4:]])
    return _write(RANK_COLUMNS, rows)


# -- the resume x posting matrix: a row per resume, a column per posting (its path) ----------------


def matrix_header(posting_paths: Iterable[str]) -> str:
    return _line(["resume", "skills", *posting_paths])


def matrix_row(row: MatrixRow) -> str:
    return _line([row.path, row.skills, *(f"{s:.1f}" for s in row.scores)])


def render_matrix(report: MatrixReport) -> str:
    return matrix_header(p.path for p in report.postings) + "".join(matrix_row(r) for r in report.rows)
