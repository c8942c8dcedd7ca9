"""Renderers: pure functions from result values to text.

``jsondoc`` builds the JSON documents (the versioned contract, ``jobmatch/data/schema.json``);
``terminal`` draws reports with rich (and owns rich); ``markdown``, ``csvout`` and ``html`` write
the other report formats. Every report renderer takes the same :class:`~jobmatch.report.Report`
(or :class:`~jobmatch.report.DiffReport`), so all formats show the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from jobmatch.report import DiffReport, MatrixReport, Ranking, Report

FORMATS = ("table", "json", "ndjson")  # posting, resume
REPORT_FORMATS = ("table", "json", "ndjson", "csv", "markdown", "html")  # match, diff
TABLE_WIDTH = 100  # columns of a table report written to a file (--output, golden files)


def render_text(fmt: str, report: Report | DiffReport | Ranking | MatrixReport, *, width: int = TABLE_WIDTH) -> str:
    """A report in one of REPORT_FORMATS as text ending with a newline; ``table`` without
    colour, ``width`` columns wide. Each format's module is imported only when used."""
    from jobmatch.report import MatrixReport, Ranking, Report

    if isinstance(report, (Ranking, MatrixReport)):
        return _render_rank(fmt, report, width)

    if fmt == "json":
        from jobmatch.render import jsondoc

        doc = jsondoc.report_doc(report) if isinstance(report, Report) else jsondoc.diff_doc(report)
        return jsondoc.dumps(doc) + "\n"
    if fmt == "ndjson":
        from jobmatch.render import jsondoc

        lines = jsondoc.report_lines(report) if isinstance(report, Report) else jsondoc.diff_lines(report)
        return "".join(jsondoc.dumps(line, indent=None) + "\n" for line in lines)
    if fmt == "table":
        return _plain_table(report, width)
    module = _text_module(fmt)
    return module.render_report(report) if isinstance(report, Report) else module.render_diff(report)


def _plain_table(report: Report | DiffReport | Ranking | MatrixReport, width: int) -> str:
    """The rich report of any kind, without colour, ``width`` columns wide, no trailing spaces."""
    import io

    from jobmatch.render import terminal

    buffer = io.StringIO()
    terminal.render(terminal.make_console(buffer, width=width, plain=True), report)
    return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())


def _text_module(fmt: str) -> Any:
    """The module that writes ``csv``, ``markdown`` or ``html``."""
    if fmt == "csv":
        from jobmatch.render import csvout as module
    elif fmt == "markdown":
        from jobmatch.render import markdown as module  # type: ignore[no-redef]
    elif fmt == "html":
        from jobmatch.render import html as module  # type: ignore[no-redef]
    else:
        raise ValueError(f"unknown format: {fmt}")
    return module


def _render_rank(fmt: str, report: Ranking | MatrixReport, width: int) -> str:
    """``jobmatch rank``: a ranking of candidates, or the resume x posting matrix."""
    from jobmatch.report import Ranking

    if fmt in ("json", "ndjson"):
        from jobmatch.render import jsondoc

        if fmt == "json":
            doc = jsondoc.ranking_doc(report) if isinstance(report, Ranking) else jsondoc.matrix_doc(report)
            return jsondoc.dumps(doc) + "\n"
        if isinstance(report, Ranking):
            return "".join(jsondoc.dumps(line, indent=None) + "\n" for line in jsondoc.ranking_lines(report))
        paths = tuple(p.path for p in report.postings)
        lines = [jsondoc.matrix_line(paths, row) for row in report.rows]
        lines += [jsondoc.error_line(e) for e in report.errors]
        return "".join(line + "\n" for line in lines)
    if fmt == "table":
        return _plain_table(report, width)
    module = _text_module(fmt)
    if isinstance(report, Ranking):
        return module.render_ranking(report)
    return module.render_matrix(report)
