"""Report -> CSV, one row per posting, for spreadsheets. (Named csvout so that it never shadows
the standard library's csv module.)

Columns are fixed (MATCH_COLUMNS, DIFF_COLUMNS); lists (missing skills, fixes) are joined with
"; ". Numbers are plain, with a dot; empty cells mean "not applicable".

Every CSV ends with an ``error`` column: empty on a scored row, and after the scored rows comes
one row per input that could not be read (a posting, a resume, whichever its part), in the order
of the inputs: its path in the row's path column (``path``, ``resume``), the problem in ``error``,
every other cell empty. A spreadsheet opened long after the run's messages are gone still shows
the file that was not scored; the column count stays the same on every row.
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterable, Iterator

from jobmatch.models import InputError, Knockout, MatchResult, MatrixRow, RequirementMatch, Tier
from jobmatch.render import common
from jobmatch.report import (
    Coverage,
    DiffReport,
    Entry,
    MatrixReport,
    Ranking,
    Report,
    coverage_of,
    fix_plan,
    label,
)
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
    "error",
)
DIFF_COLUMNS = (
    "title",
    "path",
    "old_score",
    "new_score",
    "delta",
    "now_met",
    "no_longer_met",
    "check_changes",
    "part_changes",
    "error",
)


def _write(header: Iterable[str], rows: Iterable[Iterable[object]]) -> str:
    buffer = io.StringIO()
    writer = csv.writer(buffer, lineterminator="\n")
    writer.writerow(header)
    writer.writerows(rows)
    return buffer.getvalue()


class _Echo:
    """A "file" whose write gives back what it is given: ``csv.writer(_Echo()).writerow(cells)``
    returns the record (writerow returns what write returns), without a buffer per record."""

    @staticmethod
    def write(text: str) -> str:
        return text


_record = csv.writer(_Echo(), lineterminator="\n").writerow  # holds no state between records


def _line(cells: Iterable[object]) -> str:
    """One CSV record, with its line end."""
    return _record(cells)


# A cell a spreadsheet would run as a formula: text from an input (a title, a file name) that
# starts with one of these. Such a cell gets a leading "'", which spreadsheets show as text
# (OWASP's advice against CSV injection); "-" alone (standard input) is no formula. A leading tab
# or CR, also a formula start, is written escaped ("\t") as every control character is.
_FORMULA_STARTS = ("=", "+", "-", "@")


def _text(value: str | None) -> str:
    """A cell of text taken from an input (a title, a file name), made safe to open in a
    spreadsheet and to ``cat``: control characters written escaped as the other formats write them
    (:func:`~jobmatch.render.common.printable`: an ESC in a crafted file name would recolour the
    terminal), and a formula start quoted."""
    if not value:
        return ""
    value = common.printable(value)
    return "'" + value if value.startswith(_FORMULA_STARTS) and value != "-" else value


def _num(value: float | None) -> str:
    return "" if value is None else f"{value:g}"


def _status(check: Knockout | None) -> str:
    return "" if check is None else check.status.value


def _row(e: Entry) -> list[object]:
    return _cells(e.rank, e.result, e.coverage, "; ".join(_fix_text(f.label, f.points) for f in e.fixes))


def _fix_text(label: str, points: float) -> str:
    """A fix in the fix_first cell."""
    return f"{label} (+{points:.1f})"


def _cells(rank: int, r: MatchResult, coverage: dict[Tier, Coverage], fix_first: str) -> list[object]:
    """A result's MATCH_COLUMNS cells, from what an Entry holds (all but its rewordings) and its
    fix_first cell."""
    points = {p.name: p for p in r.parts}
    req, pref = coverage[Tier.REQUIRED], coverage[Tier.PREFERRED]
    missing: dict[Tier, list[str]] = {Tier.REQUIRED: [], Tier.PREFERRED: []}
    for m in r.matches:
        if m.matched_by is None:
            labels = missing.get(m.requirement.tier)
            if labels is not None:
                labels.append(label(m.requirement.any_of))
    return [
        rank,
        f"{r.score:.1f}",
        _text(r.posting.title),
        _text(r.posting.path),
        *(f"{points[n].points:.1f}" if n in points else "" for n in PART_NAMES),
        _num(req.met),
        _num(req.total),
        _num(req.ats_met),
        _num(pref.met),
        _num(pref.total),
        _num(pref.ats_met),
        _status(common.knockout_of(r, "experience")),
        _status(common.knockout_of(r, "degree")),
        "; ".join(missing[Tier.REQUIRED]),
        "; ".join(missing[Tier.PREFERRED]),
        fix_first,
        "",  # error
    ]


def error_line(columns: int, path_column: int, error: InputError) -> str:
    """The row of an input that could not be read (see the module's notes), with its line end."""
    cells = [""] * columns
    cells[path_column] = _text(error.path)
    cells[-1] = _text(error.message)
    return _line(cells)


def error_lines(columns: tuple[str, ...], errors: Iterable[InputError]) -> Iterator[str]:
    """The failed inputs' rows of a CSV with these columns (match, rank or diff)."""
    at = columns.index("resume" if "resume" in columns else "path")
    for error in errors:
        yield error_line(len(columns), at, error)


def render_report(report: Report) -> str:
    return _write(MATCH_COLUMNS, (_row(e) for e in report.entries)) + "".join(error_lines(MATCH_COLUMNS, report.errors))


def render_diff(report: DiffReport) -> str:
    rows = []
    for d in report.postings:
        gained = _flipped(f.new for f in d.flips if f.now_met)
        lost = _flipped(f.old for f in d.flips if not f.now_met)
        rows.append(
            [
                _text(d.new.posting.title),
                _text(d.new.posting.path),
                f"{d.old.score:.1f}",
                f"{d.new.score:.1f}",
                f"{d.delta:.1f}",
                "; ".join(gained),
                "; ".join(lost),
                "; ".join(common.check_change_text(c, separator=", ") for c in d.checks),
                "; ".join(common.part_change_text(p) for p in d.parts),
                "",  # error
            ]
        )
    return _write(DIFF_COLUMNS, rows) + "".join(error_lines(DIFF_COLUMNS, report.errors))


def _flipped(matches: Iterable[RequirementMatch]) -> list[str]:
    """The requirements of a diff's now_met or no_longer_met cell: required first, each other
    tier named ("Kubernetes (preferred)"), as a skill may be asked in both tiers."""
    ordered = sorted(matches, key=lambda m: m.requirement.tier is not Tier.REQUIRED)
    return [
        label(m.requirement.any_of) + ("" if m.requirement.tier is Tier.REQUIRED else f" ({m.requirement.tier.value})")
        for m in ordered
    ]


# -- rows computed one at a time (in the worker that scored them), ranked by the caller ------------


def match_row(result: MatchResult) -> tuple[float, str, str, float, float, bytes]:
    """``jobmatch match -f csv`` for one result: (score, path, title, required coverage
    understood, ATS-exact, the CSV record after its ``rank`` cell, as bytes). The caller keeps
    these small rows, never the results, ranks them and writes them with :func:`ranked_lines`."""
    # the cells of an entry's row, without making the entry: a row shows no rewordings
    coverage = coverage_of(result)
    req = coverage[Tier.REQUIRED]
    # the fixes' labels and points without making the fixes (each plan item unpacked in full: a
    # starred target makes a list per fix, a fifth of this cell's time)
    fix_first = "; ".join([_fix_text(label(m.requirement.any_of), points) for _, _, _, points, m in fix_plan(result)])
    record = _pack(_line(_cells(1, result, coverage, fix_first)[1:]))
    return result.score, result.posting.path, result.posting.title or "", req.understood, req.ats_exact, record


# The rows are held until every posting is scored (they are ranked); their records wait in a
# temporary file meanwhile (jobmatch.spill), as bytes, encoded in the process that scored them.
# Any text encodes (surrogates included: a file name that is not UTF-8).


def _pack(record: str) -> bytes:
    return record.encode("utf-8", "surrogatepass")


def _unpack(record: bytes) -> str:
    return record.decode("utf-8", "surrogatepass")


def ranked_rows(rows: Iterable[tuple[int, bytes]]) -> str:
    """The CSV of (rank, record after the rank cell, as bytes) rows, with the header."""
    return "".join(ranked_lines(rows))


def ranked_lines(rows: Iterable[tuple[int, bytes]]) -> Iterator[str]:
    """:func:`ranked_rows` a record at a time (each with its line end), the header first: a
    caller writes them as they come and never holds the whole document."""
    yield _line(MATCH_COLUMNS)
    for rank, record in rows:
        yield f"{rank},{_unpack(record)}"


# -- rank: candidates for one posting ------------------------------------------------------------------

RANK_COLUMNS = ("rank", "score", "resume", "skills", *MATCH_COLUMNS[4:])


def render_ranking(ranking: Ranking) -> str:
    rows = []
    for c in ranking.candidates:
        cells = _row(c.entry)
        rows.append([cells[0], cells[1], _text(c.path), c.skills, *cells[4:]])
    return _write(RANK_COLUMNS, rows) + "".join(error_lines(RANK_COLUMNS, ranking.errors))


# -- the resume x posting matrix: a row per resume, a column per posting (its path) ----------------


def matrix_header(posting_paths: Iterable[str]) -> str:
    """``resume,skills,<a column per posting read>,error``: a posting that could not be read has
    no column, but a row of its own, as a resume that could not be read has (matrix_error_line)."""
    return _line(["resume", "skills", *map(_text, posting_paths), "error"])


def matrix_row(row: MatrixRow) -> str:
    return _line([_text(row.path), row.skills, *(f"{s:.1f}" for s in row.scores), ""])


def matrix_error_line(postings: int, error: InputError) -> str:
    """The row of a resume or a posting that could not be read, in a matrix of ``postings`` columns."""
    return error_line(postings + 3, 0, error)


def render_matrix(report: MatrixReport) -> str:
    columns = len(report.postings)
    return (
        matrix_header(p.path for p in report.postings)
        + "".join(matrix_row(r) for r in report.rows)
        + "".join(matrix_error_line(columns, e) for e in report.errors)
    )
