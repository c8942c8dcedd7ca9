"""The command line: parse options, call the library, pick a renderer, set the exit code.

Start-up stays light: scikit-learn, pypdf and rapidfuzz are imported only by the modules that
use them, when they are used (a test checks that ``import jobmatch.cli`` pulls none of them in).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from datetime import date
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, NoReturn

import typer

from jobmatch import __version__
from jobmatch.errors import ExitCode, JobmatchError

if TYPE_CHECKING:
    from jobmatch.report import DiffReport, Report

app = typer.Typer(
    name="jobmatch",
    help="How well does a resume fit job postings, and exactly what is missing?",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    # help wraps at 80 columns whatever the terminal, so that the README's copy of it is exact
    context_settings={"help_option_names": ["-h", "--help"], "terminal_width": 80, "max_content_width": 80},
)


class Format(str, Enum):
    table = "table"
    json = "json"
    ndjson = "ndjson"


FormatOption = Annotated[
    Format,
    typer.Option(
        "--format", "-f", help="table (a report for people), json (one document) or ndjson (one line per item)."
    ),
]
VocabOption = Annotated[
    list[str] | None,
    typer.Option("--vocab", metavar="FILE", help="A TOML file of extra skills and aliases (repeatable)."),
]
DebugOption = Annotated[bool, typer.Option("--debug", help="Show a traceback for unexpected errors.")]


# -- the report commands (match, diff): formats, --output and the selection options -------------


class ReportFormat(str, Enum):
    table = "table"
    json = "json"
    ndjson = "ndjson"
    csv = "csv"
    markdown = "markdown"
    html = "html"


class SortOrder(str, Enum):  # mirrors jobmatch.report.Sort, kept out of start-up
    SCORE = "score"
    REQUIRED = "required"
    ATS = "ats"
    TITLE = "title"
    PATH = "path"


POSTINGS_HELP = "Posting files (.txt/.md), directories of them, or -."
ReportFormatOption = Annotated[
    ReportFormat,
    typer.Option(
        "--format",
        "-f",
        help="table (for people), json, ndjson (a line per posting), csv (a row per posting), markdown or html "
        "(one self-contained file).",
    ),
]
OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        dir_okay=False,
        help="Write the report to FILE (atomically: all or nothing) instead of standard output.",
    ),
]


def _write_report(fmt: ReportFormat, output: Path | None, report: Report | DiffReport) -> None:
    """Render a Report or DiffReport: a table on a terminal is drawn by rich (colour and width
    from the terminal); everything else is plain text, to stdout or atomically to ``output``.
    JSON never goes through rich. ``--output -`` is standard output."""
    if output is not None and str(output) == "-":
        output = None
    if fmt is ReportFormat.table and output is None:
        from jobmatch.render import terminal
        from jobmatch.report import DiffReport

        console = terminal.make_console(sys.stdout)
        if isinstance(report, DiffReport):
            terminal.render_diff(console, report)
        else:
            terminal.render_match(console, report)
        return
    from jobmatch.render import render_text

    text = render_text(fmt.value, report)
    if output is None:
        sys.stdout.write(text)
        sys.stdout.flush()
        return
    try:
        write_atomically(output, text)
    except OSError as error:
        _error(f"{output}: cannot write ({error.strerror or error})")
        raise typer.Exit(ExitCode.OUTPUT) from None


def write_atomically(path: Path, text: str) -> None:
    """Write a file all or nothing: a temporary file in the same directory, then ``os.replace``.
    A reader never sees half a report, and a failed run leaves the old file as it was."""
    import tempfile

    directory = path.parent if str(path.parent) else Path(".")
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as handle:
            handle.write(text)
            handle.flush()
            os.fsync(handle.fileno())
        try:
            mode = path.stat().st_mode & 0o777
        except FileNotFoundError:
            umask = os.umask(0)
            os.umask(umask)
            mode = 0o666 & ~umask
        os.chmod(tmp, mode)
        os.replace(tmp, path)
    except BaseException:
        with suppress(OSError):
            os.unlink(tmp)
        raise


def _error(message: str) -> None:
    sys.stderr.write(f"jobmatch: error: {message}\n")


@contextmanager
def _guard(debug: bool) -> Iterator[None]:
    """One-line errors and documented exit codes instead of tracebacks."""
    try:
        yield
    except JobmatchError as error:
        _error(str(error))
        raise typer.Exit(ExitCode.USAGE) from None
    except KeyboardInterrupt:
        sys.stderr.write("jobmatch: interrupted\n")
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if debug:
            raise
        _error(f"internal error: {type(error).__name__}: {error} (rerun with --debug for details)")
        raise typer.Exit(70) from None


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (``| head``): stop quietly, as Unix tools do."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise typer.Exit(ExitCode.OK)


def _emit(text: str) -> None:
    sys.stdout.write(text + "\n")
    sys.stdout.flush()


def _emit_documents(command: str, fmt: Format, documents: list[dict], errors: list) -> None:
    """json: one document; ndjson: one line per document and per failed input."""
    from jobmatch.render import jsondoc

    if fmt is Format.json:
        _emit(jsondoc.dumps(jsondoc.documents_doc(command, documents, errors)))
    else:
        for line in jsondoc.document_lines(command, documents, errors):
            _emit(jsondoc.dumps(line, indent=None))


def _exit_for(errors: list | tuple) -> None:
    for e in errors:
        _error(f"{e.path}: {e.message}")
    if errors:
        raise typer.Exit(ExitCode.INPUT)


def _version(value: bool) -> None:
    if value:
        typer.echo(f"jobmatch {__version__}")
        raise typer.Exit()


@app.callback()
def _main(
    version: Annotated[
        bool, typer.Option("--version", callback=_version, is_eager=True, help="Show the version and exit.")
    ] = False,
) -> None:
    """How well does a resume fit job postings, and exactly what is missing?"""


@app.command("match")
def match_command(
    resume: Annotated[
        str, typer.Argument(metavar="RESUME", help="The resume: a .pdf, .txt or .md file, or - for stdin.")
    ],
    postings: Annotated[list[str], typer.Argument(metavar="POSTING", help=POSTINGS_HELP)],
    fmt: ReportFormatOption = ReportFormat.table,
    output: OutputOption = None,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Show every requirement: how it was met and the resume line, or why not."),
    ] = False,
    top: Annotated[int | None, typer.Option("--top", metavar="N", min=1, help="Show only the N best postings.")] = None,
    min_score: Annotated[
        float | None,
        typer.Option("--min-score", metavar="N", min=0, max=100, help="Show only postings scoring N or more."),
    ] = None,
    sort: Annotated[
        SortOrder,
        typer.Option("--sort", help="Order: score (best first), required or ats (coverage), title, path."),
    ] = SortOrder.SCORE,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", metavar="N", min=0, max=100, help="Exit 1 when no posting scores N or more."),
    ] = None,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Score a resume against job postings, best match first: the breakdown, what to fix first,
    the gaps that recur across postings."""
    from jobmatch import api
    from jobmatch.report import Sort, build_report

    if resume == "-" and "-" in postings:
        _error("only one of the resume and the postings can be read from stdin (-)")
        raise typer.Exit(ExitCode.USAGE)
    with _guard(debug):
        matched = api.match(resume, postings, vocab_files=vocab or ())
        report = build_report(
            resume,
            matched.resume,
            matched.results,
            matched.errors,
            top=top,
            min_score=min_score,
            sort=Sort(sort.value),
            explain=explain,
        )
        _write_report(fmt, output, report)
    _exit_for(matched.errors)
    if fail_under is not None and not any(r.score >= fail_under for r in matched.results):
        raise typer.Exit(ExitCode.BELOW_THRESHOLD)


@app.command("diff")
def diff_command(
    old: Annotated[str, typer.Argument(metavar="OLD_RESUME", help="The resume before (.pdf/.txt/.md, or -).")],
    new: Annotated[str, typer.Argument(metavar="NEW_RESUME", help="The resume after (.pdf/.txt/.md, or -).")],
    postings: Annotated[list[str], typer.Argument(metavar="POSTING", help=POSTINGS_HELP)],
    fmt: ReportFormatOption = ReportFormat.table,
    output: OutputOption = None,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Compare two versions of a resume: the score change per posting and the requirements
    that flipped."""
    from jobmatch import api

    if [old, new, *postings].count("-") > 1:
        _error("only one input can be read from stdin (-)")
        raise typer.Exit(ExitCode.USAGE)
    with _guard(debug):
        report = api.diff(old, new, postings, vocab_files=vocab or ())
        _write_report(fmt, output, report)
    _exit_for(report.errors)


@app.command("posting")
def posting_command(
    files: Annotated[list[str], typer.Argument(help="Posting files (.txt/.md), directories of them, or -.")],
    fmt: FormatOption = Format.table,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Show what jobmatch understood from postings: sections, requirements, years, degree."""
    from jobmatch import api
    from jobmatch.render import jsondoc
    from jobmatch.vocabulary import Vocabulary

    with _guard(debug):
        postings, errors = api.read_postings(files, Vocabulary.load(vocab or ()))
        if fmt is not Format.table:
            _emit_documents("posting", fmt, [jsondoc.posting_doc(p) for p in postings], errors)
        else:
            from jobmatch.render.terminal import make_console, render_postings

            render_postings(make_console(sys.stdout), postings, [])
    _exit_for(errors)


@app.command("resume")
def resume_command(
    files: Annotated[list[str], typer.Argument(help="Resume files (.pdf/.docx/.txt/.md), directories of them, or -.")],
    fmt: FormatOption = Format.table,
    as_of: Annotated[
        str | None,
        typer.Option(
            "--as-of",
            metavar="YYYY-MM[-DD]",
            help="The date 'Present' in a job's dates stands for (default: today).",
        ),
    ] = None,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Show what jobmatch read in resumes: sections, jobs and years, skills with their lines."""
    from jobmatch import api
    from jobmatch.render import jsondoc
    from jobmatch.vocabulary import Vocabulary

    today = _parse_as_of(as_of)
    with _guard(debug):
        profiles, errors = api.read_resumes(files, Vocabulary.load(vocab or ()), today=today)
        if fmt is not Format.table:
            _emit_documents("resume", fmt, [jsondoc.resume_doc(p) for p in profiles], errors)
        else:
            from jobmatch.render.terminal import make_console, render_resumes

            render_resumes(make_console(sys.stdout), profiles, [])
    _exit_for(errors)


def _parse_as_of(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        parts = [int(p) for p in value.split("-")]
        if len(parts) == 2:
            parts.append(1)
        if len(parts) != 3:
            raise ValueError(value)
        return date(*parts)
    except ValueError:
        _error(f"--as-of: {value!r} is not a date (YYYY-MM or YYYY-MM-DD)")
        raise typer.Exit(ExitCode.USAGE) from None


@app.command("vocab")
def vocab_command(
    query: Annotated[str, typer.Argument(help="A skill name or alias, e.g. k8s or Postgres.")],
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table or json.")] = Format.table,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Show what a term resolves to: canonical name, aliases, category, implications."""
    from jobmatch.render import jsondoc
    from jobmatch.vocabulary import Vocabulary

    with _guard(debug):
        vocabulary = Vocabulary.load(vocab or ())
        names = vocabulary.search(query)
        if fmt is Format.table:
            from jobmatch.render.terminal import make_console, render_vocab

            render_vocab(make_console(sys.stdout), query, vocabulary, names)
        else:
            indent = 2 if fmt is Format.json else None
            _emit(jsondoc.dumps(jsondoc.vocab_doc(query, vocabulary, names), indent=indent))
    if not names:
        raise typer.Exit(ExitCode.INPUT)


def main() -> None:
    """Console-script entry point."""
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends us quietly
    try:
        app()
    except KeyboardInterrupt:
        sys.stderr.write("jobmatch: interrupted\n")
        sys.exit(ExitCode.INTERRUPTED)
