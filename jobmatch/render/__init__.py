"""Renderers: pure functions from result values to text.

``jsondoc`` builds the JSON documents (the versioned contract, ``jobmatch/data/schema.json``);
``terminal`` draws reports with rich (and owns rich); ``markdown``, ``csvout`` and ``html`` write
the other report formats. Every report renderer takes the same :class:`~jobmatch.report.Report`
(or :class:`~jobmatch.report.DiffReport`), so all formats show the same facts.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from jobmatch.report import DiffReport, Report

FORMATS = ("table", "json", "ndjson")  # posting, resume
REPORT_FORMATS = ("table", "json", "ndjson", "csv", "markdown", "html")  # match, diff
TABLE_WIDTH = 100  # columns of a table report written to a file (--output, golden files)


def render_text(fmt: str, report: Report | DiffReport, *, width: int = TABLE_WIDTH) -> str:
    """A report in one of REPORT_FORMATS as text ending with a newline; ``table`` without
    colour, ``width`` columns wide. Each format's module is imported only when used."""
    from jobmatch.report import Report

    if fmt == "json":
        from jobmatch.render import jsondoc

        doc = jsondoc.report_doc(report) if isinstance(report, Report) else jsondoc.diff_doc(report)
        return jsondoc.dumps(doc) + "\n"
    if fmt == "ndjson":
        from jobmatch.render import jsondoc

        lines = jsondoc.report_lines(report) if isinstance(report, Report) else jsondoc.diff_lines(report)
        return "".join(jsondoc.dumps(line, indent=None) + "\n" for line in lines)
    if fmt == "table":
        import io

        from jobmatch.render import terminal

        buffer = io.StringIO()
        console = terminal.make_console(buffer, width=width, plain=True)
        if isinstance(report, Report):
            terminal.render_match(console, report)
        else:
            terminal.render_diff(console, report)
        return "".join(line.rstrip() + "\n" for line in buffer.getvalue().splitlines())
    if fmt == "csv":
        from jobmatch.render import csvout as module
    elif fmt == "markdown":
        from jobmatch.render import markdown as module  # type: ignore[no-redef]
    elif fmt == "html":
        from jobmatch.render import html as module  # type: ignore[no-redef]
    else:
        raise ValueError(f"unknown format: {fmt}")
    return module.render_report(report) if isinstance(report, Report) else module.render_diff(report)
