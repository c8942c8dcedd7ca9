"""The command line: parse options, call the library, pick a renderer, set the exit code.

Start-up stays light: scikit-learn, pypdf and rapidfuzz are imported only by the modules that
use them, when they are used (a test checks that ``import jobmatch.cli`` pulls none of them in).
"""

from __future__ import annotations

import os
import signal
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from enum import Enum
from typing import Annotated, NoReturn

import typer

from jobmatch import __version__
from jobmatch.errors import ExitCode, JobmatchError

app = typer.Typer(
    name="jobmatch",
    help="How well does a resume fit job postings, and exactly what is missing?",
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    rich_markup_mode=None,
    context_settings={"help_option_names": ["-h", "--help"]},
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
    resume: Annotated[str, typer.Argument(help="The resume: a .pdf, .txt or .md file, or - for stdin.")],
    postings: Annotated[list[str], typer.Argument(help="Posting files (.txt/.md), directories of them, or -.")],
    fmt: FormatOption = Format.table,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", metavar="N", min=0, max=100, help="Exit 1 when no posting scores N or more."),
    ] = None,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Score a resume against job postings, best match first."""
    from jobmatch import api
    from jobmatch.render import jsondoc

    if resume == "-" and "-" in postings:
        _error("only one of the resume and the postings can be read from stdin (-)")
        raise typer.Exit(ExitCode.USAGE)
    with _guard(debug):
        report = api.match(resume, postings, vocab_files=vocab or ())
        results = list(report.results)
        if fmt is Format.json:
            _emit(jsondoc.dumps(jsondoc.match_doc(resume, report.resume, results, report.errors)))
        elif fmt is Format.ndjson:
            for line in jsondoc.match_lines(resume, results, report.errors):
                _emit(jsondoc.dumps(line, indent=None))
        else:
            from jobmatch.render.terminal import make_console, render_match

            render_match(make_console(sys.stdout), resume, report.resume, results, [])
    _exit_for(report.errors)
    if fail_under is not None and not any(r.score >= fail_under for r in results):
        raise typer.Exit(ExitCode.BELOW_THRESHOLD)


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
    files: Annotated[list[str], typer.Argument(help="Resume files (.pdf/.txt/.md), directories of them, or -.")],
    fmt: FormatOption = Format.table,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Show the skills found in resumes, with the lines that show them."""
    from jobmatch import api
    from jobmatch.render import jsondoc
    from jobmatch.vocabulary import Vocabulary

    with _guard(debug):
        profiles, errors = api.read_resumes(files, Vocabulary.load(vocab or ()))
        if fmt is not Format.table:
            _emit_documents("resume", fmt, [jsondoc.resume_doc(p) for p in profiles], errors)
        else:
            from jobmatch.render.terminal import make_console, render_resumes

            render_resumes(make_console(sys.stdout), profiles, [])
    _exit_for(errors)


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
