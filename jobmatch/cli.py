"""The command line: parse options, call the library, pick a renderer, set the exit code.

Start-up stays light: scikit-learn, pypdf and rapidfuzz are imported only by the modules that
use them, when they are used (a test checks that ``import jobmatch.cli`` pulls none of them in).
"""

from __future__ import annotations

import codecs
import errno
import io
import os
import signal
import stat
import sys
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager, suppress
from dataclasses import replace
from datetime import date
from enum import Enum
from pathlib import Path
from typing import IO, TYPE_CHECKING, Annotated, Any, NoReturn

import typer

from jobmatch import __version__
from jobmatch.errors import ExitCode, JobmatchError

if TYPE_CHECKING:
    from jobmatch.models import InputError
    from jobmatch.render.progress import NoProgress, Progress
    from jobmatch.report import DiffReport, MatrixReport, Ranking, Report
    from jobmatch.spill import Spill

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
AsOfOption = Annotated[
    str | None,
    typer.Option(
        "--as-of", metavar="YYYY-MM[-DD]", help="The date 'Present' in a job's dates stands for (default: today)."
    ),
]


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


POSTINGS_HELP = "Posting files (.txt/.md/.html, or a saved .pdf), directories of them, globs ('jobs/*.md'), or -."
ReportFormatOption = Annotated[
    ReportFormat,
    typer.Option(
        "--format",
        "-f",
        help="table (for people), json, ndjson (a line per posting), csv (a row per posting), markdown or html "
        "(one self-contained file).",
    ),
]
def _named_output(value: Path | None) -> Path | None:
    """-o FILE names a file: an empty argument (``-o ''``, ``-o "$UNSET"``) is a usage error that
    says so, not a write to the current directory ("."; a "." given as such is refused as a
    directory before this is asked)."""
    if value is not None and str(value) == ".":
        raise typer.BadParameter("'': no file name (-o - is standard output)")
    return value


OutputOption = Annotated[
    Path | None,
    typer.Option(
        "--output",
        "-o",
        metavar="FILE",
        dir_okay=False,
        callback=_named_output,
        help="Write the report to FILE (atomically: all or nothing) instead of standard output.",
    ),
]


QuietOption = Annotated[
    bool, typer.Option("--quiet", "-q", help="No progress bar on stderr (shown on a terminal for long runs).")
]
JobsOption = Annotated[
    int | None,
    typer.Option(
        "--jobs",
        "-j",
        metavar="N",
        min=1,
        help="Processes that read and score the files (default: one per core; 1: this one only).",
    ),
]
PROGRESS_MIN_INPUTS = 20  # fewer inputs than this finish before a progress bar would help


def _write_report(fmt: ReportFormat, output: Path | None, report: Report | DiffReport | Ranking | MatrixReport) -> None:
    """Render a Report or DiffReport: a table on a terminal is drawn by rich (colour and width
    from the terminal); everything else is plain text, to stdout or atomically to ``output``.
    JSON never goes through rich. ``--output -`` is standard output."""
    if output is not None and str(output) == "-":
        output = None
    if fmt is ReportFormat.table and output is None:
        from jobmatch.render import terminal

        terminal.render(terminal.make_console(sys.stdout), report)
        return
    from jobmatch.render import render_text

    _write_text(output, render_text(fmt.value, report))


def _refuse_input_as_output(output: Path | None, inputs: Iterable[Any]) -> None:
    """``-o`` naming one of the run's inputs (a slip of tab completion: ``-o resume.md``) would
    replace it with the report: exit 4 before anything is read. ``inputs``: names (the rest,
    such as InputErrors, is passed over; "-" is standard input, which may be the file)."""
    if output is None or str(output) == "-":
        return
    try:
        target = os.stat(output)
    except OSError:
        return  # a new file: no input is it
    if not stat.S_ISREG(target.st_mode):
        return
    for name in inputs:
        if not isinstance(name, (str, Path)):
            continue
        try:
            # "-": standard input, redirected from a file (`-o cv.txt < cv.txt`) or not
            found = os.fstat(sys.stdin.fileno()) if str(name) == "-" else os.stat(name)
        except (OSError, ValueError, AttributeError):
            continue
        if (found.st_dev, found.st_ino) == (target.st_dev, target.st_ino):
            # the input's own name only when it differs ("-o cv.md" for the input "./cv.md"): a name once
            shown = "standard input" if str(name) == "-" else str(name)
            named = "" if os.path.normpath(shown) == os.path.normpath(output) else f" ({shown})"
            _error(f"{output}: cannot write: it is one of the inputs{named}; nothing was written")
            raise typer.Exit(ExitCode.OUTPUT)


def write_atomically(path: Path, text: str) -> None:
    """Write a file all or nothing: a temporary file in the same directory, then ``os.replace``.
    A reader never sees half a report, and a failed run leaves the old file as it was."""
    with atomic_file(path) as handle:
        handle.write(text)


@contextmanager
def atomic_file(path: Path) -> Iterator[IO[str]]:
    """A file written all or nothing (see :func:`write_atomically`), line by line if need be:
    the lines go to a temporary file, which replaces ``path`` only when the block ends well."""
    import tempfile

    try:
        kind = os.stat(path).st_mode
    except OSError:
        kind = None  # (a new file)
    if kind is not None and not stat.S_ISREG(kind):  # /dev/stdout, /dev/null, a named pipe: written to, not replaced
        with open(path, "w", encoding="utf-8", errors="surrogateescape", newline="") as handle:
            yield handle
        return
    path = Path(os.path.realpath(path))  # through a symbolic link: its target is replaced, the link stays
    if kind is not None and not os.access(path, os.W_OK):  # a read-only file stays, as the shell's > leaves it
        raise PermissionError(errno.EACCES, "Permission denied", str(path))
    directory = path.parent
    fd, tmp = tempfile.mkstemp(dir=directory, prefix=f".{path.name}.", suffix=".tmp")
    try:
        with os.fdopen(fd, "w", encoding="utf-8", errors="surrogateescape", newline="") as handle:
            yield handle
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


def _error(message: str, level: str = "error") -> None:
    """One line on stderr, whatever the message holds: a control character (a newline or an
    escape sequence in a file name) is written escaped, as Python writes it in a string."""
    from jobmatch.render.common import printable  # (light: no rich)

    message = printable(message)  # (a name's undecodable bytes stay)
    sys.stderr.write(f"jobmatch: {level}: {message}\n")


def _refuse_stdin_twice(inputs: list[str]) -> None:
    """Standard input can be read once: 'jobmatch posting - -' (or 'match cv.pdf - -') read it once
    and showed one posting, as if one "-" had been given, where 'rank posting.md - -' was a usage error."""
    if inputs.count("-") > 1:
        _error("only one input can be read from stdin (-)")
        raise typer.Exit(ExitCode.USAGE)


def _warn_if_swapped(command: str, path: str, looks_wrong: bool) -> None:
    """A warning (the run goes on) when the file in the resume's place reads as a posting, or the
    one in the posting's place as a resume: match and rank take them in opposite orders."""
    from jobmatch import api  # (loaded already: the run read the files)

    if not looks_wrong:
        return
    if command == "rank":
        _error(f"{path}: {api.READS_AS_RESUME} (rank takes the posting first: "
               "jobmatch rank POSTING RESUME...; jobmatch match RESUME POSTING... scores one resume)", "warning")
    else:
        _error(f"{path}: {api.READS_AS_POSTING} ({command} takes the resume first: "
               f"jobmatch {command} RESUME POSTING...)", "warning")


def _warn_postings_as_resumes(paths: list[str]) -> None:
    """rank's warning for each candidate that reads as a job posting (it is ranked all the same)."""
    from jobmatch import api  # (loaded already: the run read the files)

    for path in paths:
        _error(f"{path}: {api.READS_AS_POSTING} (rank takes the posting first, then the resumes: "
               "jobmatch rank POSTING RESUME...)", "warning")


def _warn_resumes_as_postings(paths: list[str]) -> None:
    """match's warning for each posting that reads as a resume (it is scored all the same)."""
    from jobmatch import api  # (loaded already: the run read the files)

    for path in paths:
        _error(f"{path}: {api.READS_AS_RESUME} (match takes the resume first, then the postings: "
               "jobmatch match RESUME POSTING...; jobmatch rank POSTING RESUME... ranks resumes)", "warning")


def _warn_inputs(expanded: Any) -> None:
    """The warnings ``api.expand`` gathered about the inputs (a subdirectory not read), one line
    each; the run goes on. Shown with --quiet too, as every warning is (--quiet is the progress bar)."""
    for note in getattr(expanded, "notes", ()):
        _error(str(note), "warning")


@contextmanager
def _guard(debug: bool) -> Iterator[None]:
    """One-line errors and documented exit codes instead of tracebacks."""
    try:
        yield
    except JobmatchError as error:
        _error(str(error))
        raise typer.Exit(ExitCode.USAGE) from None
    except KeyboardInterrupt:
        _report_interrupt()
        raise typer.Exit(ExitCode.INTERRUPTED) from None
    except BrokenPipeError:
        _quiet_broken_pipe()
    except OSError as error:
        if error.errno not in _OUTPUT_ERRNOS:
            raise
        _report_stdout_failure(error)
        raise typer.Exit(ExitCode.OUTPUT) from None
    except (typer.Exit, typer.Abort, SystemExit):
        raise
    except Exception as error:  # noqa: BLE001 - the last line of defence
        if _worker_died(error):  # (the out-of-memory killer, kill -9: no bug of jobmatch's)
            _error(str(error))
            raise typer.Exit(70) from None
        if debug:
            raise
        _error(f"internal error: {type(error).__name__}: {error} (rerun with --debug for details)")
        raise typer.Exit(70) from None


def _worker_died(error: Exception) -> bool:
    api = sys.modules.get("jobmatch.api")  # (a run that started workers imported it)
    return api is not None and isinstance(error, api.WorkerDied)


_sigpipe_ends_us = False  # main() lets SIGPIPE end the process (`| head`)


def _quiet_broken_pipe() -> NoReturn:
    """The reader went away (``| head``): stop quietly, as Unix tools do: by SIGPIPE where main()
    lets it end the process (a run with worker processes ignores it meanwhile, see
    api._internal_pipes_safe), else exit 0."""
    if _sigpipe_ends_us:
        with suppress(OSError, ValueError):
            signal.signal(signal.SIGPIPE, signal.SIG_DFL)
            os.kill(os.getpid(), signal.SIGPIPE)
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError):
        pass
    raise typer.Exit(ExitCode.OK)


# what a failed write to standard output raises: a full disk or quota, a file too large, an I/O
# error, standard output closed (`>&-`); -o FILE has its own "FILE: cannot write" errors
_OUTPUT_ERRNOS = frozenset({errno.ENOSPC, errno.EDQUOT, errno.EFBIG, errno.EIO, errno.EBADF, errno.EROFS})


def _report_stdout_failure(error: OSError) -> None:
    """Standard output cannot be written (``> /dev/full``, ``>&-``): a one-line error (exit 4, as
    for -o FILE), rather than an "internal error"; what is still buffered is dropped, so the
    interpreter's last flush does not fail again with a traceback."""
    _error(f"cannot write standard output ({error.strerror or error})")
    with suppress(OSError, ValueError, AttributeError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())


class _ClosedStream(io.TextIOBase):
    """Standard output closed by the caller (``>&-``): Python leaves None in its place. Writing to
    it fails as a closed descriptor does (EBADF)."""

    def __init__(self, name: str) -> None:
        self.name = name

    def write(self, text: str) -> int:
        raise OSError(errno.EBADF, f"{self.name} is closed")

    def isatty(self) -> bool:
        return False


def _emit(text: str) -> None:
    out = _stdout()
    out.write(text + "\n")
    out.flush()


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
        str,
        typer.Argument(metavar="RESUME", help="The resume: a .pdf, .docx, .txt or .md file, or - for stdin."),
    ],
    postings: Annotated[list[str], typer.Argument(metavar="POSTING...", help=POSTINGS_HELP)],
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
        SortOrder | None,
        typer.Option(
            "--sort",
            help="Order: score (best first, the default), required or ats (coverage), title, path. ndjson "
            "streams in input order unless --sort or --top is given.",
            show_default=False,
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", metavar="N", min=0, max=100, help="Exit 1 when no posting scores N or more."),
    ] = None,
    as_of: AsOfOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Score a resume against job postings, best match first: the breakdown, what to fix first,
    the gaps that recur across postings."""
    from jobmatch import api
    from jobmatch.errors import InputFileError
    from jobmatch.loaders import POSTING_SUFFIXES
    from jobmatch.models import InputError
    from jobmatch.report import Sort, build_report
    from jobmatch.vocabulary import Vocabulary

    if resume == "-" and "-" in postings:
        _error("only one of the resume and the postings can be read from stdin (-)")
        raise typer.Exit(ExitCode.USAGE)
    _refuse_stdin_twice(postings)
    today = _parse_as_of(as_of)
    best: float | None = None
    errors: list[InputError] = []
    with _guard(debug):
        vocabulary = Vocabulary.load(vocab or ())
        resume = _one_resume(resume, "match")
        expanded = api.expand(postings, POSTING_SUFFIXES)
        _warn_inputs(expanded)
        items = _without_itself(expanded, postings, resume)
        swapped: list[str] | None = []  # the postings that read as resumes
        _refuse_input_as_output(output, [resume, *items, *(vocab or ())])
        try:
            profile = api.read_resume(resume, vocabulary, today=today)
        except InputFileError as error:
            errors.append(InputError(error.path, error.problem))
            errors.extend(api.read_postings(expanded, vocabulary, workers=jobs)[1])  # reported all the same
            profile = None
        if profile is not None:
            reversed_order = api.looks_like_posting(profile)
            _warn_if_swapped("match", profile.path, reversed_order)
            if reversed_order:  # (that warning says it: the postings are not warned of as resumes too)
                swapped = None
        total = sum(1 for i in items if not isinstance(i, InputError))
        if fmt is ReportFormat.ndjson and sort is None and top is None:
            best = _stream_match(
                resume, profile, items, vocabulary, errors, output, min_score, jobs, quiet, total, swapped
            )
        elif fmt is ReportFormat.csv:
            best = _csv_match(
                profile, items, vocabulary, errors, output, top, min_score, sort, jobs, quiet, total, swapped
            )
        else:
            results: list[Any] = []
            scored = 0
            if profile is not None:
                with _progress(total, "postings", quiet, fmt, output) as bar:
                    for item in api.iter_match(profile, items, vocabulary, workers=jobs, resumes_as_postings=swapped):
                        bar.advance()
                        if isinstance(item, InputError):
                            errors.append(item)
                            continue
                        scored += 1
                        best = item.score if best is None else max(best, item.score)
                        results.append(item)
                        if top is not None and len(results) > 4 * top + 64:
                            results = _best(results, top, min_score)  # --top N holds the N best only
            results.sort(key=lambda r: (-r.score, r.posting.path))
            report = build_report(
                resume,
                profile,
                results,
                errors,
                top=top,
                min_score=min_score,
                sort=Sort((sort or SortOrder.SCORE).value),
                explain=explain,
            )
            _write_report(fmt, output, replace(report, scored=scored))
        _warn_resumes_as_postings(swapped or [])
    _exit_for(errors)
    if fail_under is not None and (best is None or best < fail_under):
        raise typer.Exit(ExitCode.BELOW_THRESHOLD)


def _best(results: list[Any], top: int, min_score: float | None) -> list[Any]:
    kept = [r for r in results if min_score is None or r.score >= min_score]
    kept.sort(key=lambda r: (-r.score, r.posting.path))
    return kept[:top]


def _progress(total: int, noun: str, quiet: bool, fmt: ReportFormat, output: Path | None) -> Progress | NoProgress:
    """A progress bar on stderr: a long run, stderr a terminal, no --quiet, and not lines streamed
    to the same terminal (they show the progress themselves)."""
    from jobmatch.render.progress import NoProgress, Progress

    streaming_here = fmt is ReportFormat.ndjson and output is None and _isatty(sys.stdout)
    if quiet or total < PROGRESS_MIN_INPUTS or streaming_here or not _stderr_is_terminal():
        return NoProgress()
    return Progress(total, noun, sys.stderr)


def _stderr_is_terminal() -> bool:
    return _isatty(sys.stderr)


def _isatty(stream: Any) -> bool:
    try:
        return bool(stream.isatty())
    except (AttributeError, ValueError, OSError):
        return False


@contextmanager
def _lines_out(output: Path | None) -> Iterator[Any]:
    """Where streamed lines go, each as soon as it is written: standard output, or FILE,
    atomically. A reader at the other end of a pipe or a terminal gets every line at once (a line
    held in the buffer would wait for the next, which a slow input may hold back for long); a
    regular file is flushed at most ten times a second, and at the end."""
    import time

    if output is not None and str(output) != "-":
        with _text_out(output) as write_text:
            yield lambda line: write_text(line + "\n")
        return
    every_line = not _stdout_is_file()
    last = [time.monotonic()]
    out = _stdout()

    def write(line: str) -> None:
        out.write(line + "\n")
        if every_line:
            out.flush()
            return
        now = time.monotonic()
        if now - last[0] >= 0.1:
            out.flush()
            last[0] = now

    yield write
    out.flush()


class _CheckedStdout:
    """Standard output written to its file descriptor, every byte accounted for. Python's own
    buffered standard output loses the rest of a large write that a filling disk takes only in
    part, and exits 0 with the output cut short; here the next write fails (ENOSPC, EFBIG) and
    the run ends with its one-line error and exit 4. Buffered here (64 KiB) until flushed."""

    def __init__(self, fd: int, encoding: str, errors: str) -> None:
        self.fd, self.encoding, self.errors = fd, encoding, errors
        self.pending: list[bytes] = []
        self.size = 0

    def write(self, text: str) -> None:
        data = text.encode(self.encoding, self.errors)
        self.pending.append(data)
        self.size += len(data)
        if self.size >= 1 << 16:
            self.flush()

    def flush(self) -> None:
        data, self.pending, self.size = b"".join(self.pending), [], 0
        view = memoryview(data)
        while view:
            view = view[os.write(self.fd, view) :]


def _stdout() -> Any:
    """What the reports write standard output with: a _CheckedStdout where standard output is a
    file descriptor on POSIX (no newline translation to keep), else sys.stdout itself (a test's
    captured output, Windows)."""
    try:
        fd = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):
        return sys.stdout
    if os.name != "posix":
        return sys.stdout
    sys.stdout.flush()  # (what was written before goes first)
    return _CheckedStdout(fd, sys.stdout.encoding or "utf-8", sys.stdout.errors or "strict")


def _stdout_is_file() -> bool:
    """Whether standard output is a regular file (``> out.ndjson``), which nobody reads line by
    line while it is written."""
    try:
        return stat.S_ISREG(os.fstat(sys.stdout.fileno()).st_mode)
    except (AttributeError, ValueError, OSError):
        return False


def _stream_match(
    resume_path: str,
    profile: Any,
    items: list[Any],
    vocabulary: Any,
    errors: list[InputError],
    output: Path | None,
    min_score: float | None,
    jobs: int | None,
    quiet: bool,
    total: int,
    swapped: list[str] | None = None,
) -> float | None:
    """``match -f ndjson``: each posting's line written as soon as it is scored (in input order,
    rendered in the worker that scored it); the results are never held."""
    from functools import partial

    from jobmatch import api
    from jobmatch.render import jsondoc

    with _lines_out(output) as write:
        for error in errors:
            write(jsondoc.error_line(error))
        if profile is None:
            return None
        transform = partial(jsondoc.result_line, resume_path)
        with _progress(total, "postings", quiet, ReportFormat.ndjson, output) as bar:
            stream = api.iter_match(
                profile, items, vocabulary, workers=jobs, transform=transform, resumes_as_postings=swapped
            )
            return _write_lines(stream, write, bar, errors, min_score)


def _write_lines(
    stream: Iterator[Any], write: Callable[[str], None], bar: Any, errors: list[InputError], min_score: float | None
) -> float | None:
    """Write (score, line) pairs as they come, and failed inputs as error lines; the best score."""
    from jobmatch.models import InputError
    from jobmatch.render import jsondoc

    best: float | None = None
    for item in stream:
        bar.advance()
        if isinstance(item, InputError):
            errors.append(item)
            write(jsondoc.error_line(item))
            continue
        score, line = item
        best = score if best is None else max(best, score)
        if min_score is None or score >= min_score:
            write(line)
    return best


def _csv_match(
    profile: Any,
    items: list[Any],
    vocabulary: Any,
    errors: list[InputError],
    output: Path | None,
    top: int | None,
    min_score: float | None,
    sort: SortOrder | None,
    jobs: int | None,
    quiet: bool,
    total: int,
    swapped: list[str] | None = None,
) -> float | None:
    """``match -f csv``: each row is made where its posting was scored; the rows are held (their
    records in a temporary file: see jobmatch.spill), then ranked."""
    from jobmatch.spill import Spill

    with Spill() as records:  # the records wait on disk until the last posting is scored
        rows = _csv_rows(profile, items, vocabulary, errors, jobs, quiet, total, output, records, swapped)
        return _write_ranked(rows, records, output, top, min_score, sort, errors)


def _csv_rows(
    profile: Any,
    items: list[Any],
    vocabulary: Any,
    errors: list[InputError],
    jobs: int | None,
    quiet: bool,
    total: int,
    output: Path | None,
    records: Spill,
    swapped: list[str] | None = None,
) -> list[tuple[Any, ...]]:
    """The rows of ``match -f csv``, unranked: (score, path, title, required coverage understood,
    ATS-exact, the record's handle in ``records``)."""
    from jobmatch import api
    from jobmatch.models import InputError
    from jobmatch.render import csvout

    rows: list[tuple[Any, ...]] = []
    if profile is None:
        return rows
    titles: dict[str, str] = {}  # postings share titles: one string each
    with _progress(total, "postings", quiet, ReportFormat.csv, output) as bar:
        results = api.iter_match(
            profile, items, vocabulary, workers=jobs, transform=csvout.match_row, resumes_as_postings=swapped
        )
        for k, item in enumerate(results):  # (in the order of items)
            bar.advance()
            if isinstance(item, InputError):
                errors.append(item)
                continue
            score, path, title, understood, ats, record = item
            given = items[k] if k < len(items) else None
            # a worker's row holds a copy of the path this process has: the row takes this one
            path = given if given == path else path
            rows.append((score, path, titles.setdefault(title, title), understood, ats, records.add(record)))
    return rows


def _write_ranked(
    rows: list[tuple[Any, ...]],
    records: Spill,
    output: Path | None,
    top: int | None,
    min_score: float | None,
    sort: SortOrder | None,
    errors: list[InputError],
) -> float | None:
    """The ranked rows of ``match -f csv``, then a row for each input that could not be read."""
    from jobmatch.render import csvout

    rows.sort(key=lambda r: (-r[0], r[1]))
    ranked = [(rank, *row) for rank, row in enumerate(rows, 1)]
    if min_score is not None:
        ranked = [r for r in ranked if r[1] >= min_score]
    if top is not None:
        ranked = ranked[:top]
    keys = {
        SortOrder.SCORE: lambda r: (r[0],),
        SortOrder.REQUIRED: lambda r: (-r[4], r[0]),
        SortOrder.ATS: lambda r: (-r[5], r[0]),
        SortOrder.TITLE: lambda r: (r[3].casefold(), r[0]),
        SortOrder.PATH: lambda r: (r[2], r[0]),
    }
    ranked.sort(key=keys[sort or SortOrder.SCORE])
    # a record at a time: the rows are held (they are ranked), the document never is
    with _text_out(output) as write:
        for text in csvout.ranked_lines((r[0], records.get(r[6])) for r in ranked):
            write(text)
        for text in csvout.error_lines(csvout.MATCH_COLUMNS, errors):
            write(text)
    return max((r[0] for r in rows), default=None)


@contextmanager
def _text_out(output: Path | None) -> Iterator[Callable[[str], Any]]:
    """Where a document goes, whole or piece by piece (each piece with its own line ends):
    standard output, or FILE atomically; a file that cannot be written is a one-line error."""
    if output is None or str(output) == "-":
        out = _stdout()
        yield out.write
        out.flush()
        return
    try:
        writer = atomic_file(output)
        handle = writer.__enter__()
    except OSError as error:
        _error(f"{output}: cannot write ({error.strerror or error})")
        raise typer.Exit(ExitCode.OUTPUT) from None
    try:
        yield handle.write
    except OSError as error:
        writer.__exit__(*sys.exc_info())  # the file is left as it was
        if error.errno not in _OUTPUT_ERRNOS:
            raise
        _error(f"{output}: cannot write ({error.strerror or error})")  # (a disk that filled up while writing)
        raise typer.Exit(ExitCode.OUTPUT) from None
    except BaseException:
        writer.__exit__(*sys.exc_info())  # the file is left as it was
        raise
    try:
        writer.__exit__(None, None, None)
    except OSError as error:
        _error(f"{output}: cannot write ({error.strerror or error})")
        raise typer.Exit(ExitCode.OUTPUT) from None


def _write_text(output: Path | None, text: str) -> None:
    with _text_out(output) as write:
        write(text)


class RankSortOrder(str, Enum):  # mirrors jobmatch.report.RankSort, kept out of start-up
    SCORE = "score"
    REQUIRED = "required"
    ATS = "ats"
    PATH = "path"


RESUMES_HELP = "Resume files (.pdf/.docx/.txt/.md), directories of them, globs ('cv/*.pdf'), or -."
RankFormatOption = Annotated[
    ReportFormat,
    typer.Option(
        "--format",
        "-f",
        help="table (for people), json, ndjson (a line per candidate), csv (a row per candidate; with --matrix, "
        "the matrix), markdown or html (one self-contained file).",
    ),
]


@app.command("rank")
def rank_command(
    posting: Annotated[
        str,
        typer.Argument(
            metavar="POSTING",
            help="The posting (.txt/.md/.html/.pdf, or -); with --matrix, postings: a directory or a glob.",
        ),
    ],
    resumes: Annotated[list[str], typer.Argument(metavar="RESUME...", help=RESUMES_HELP)],
    fmt: RankFormatOption = ReportFormat.table,
    output: OutputOption = None,
    matrix: Annotated[
        bool,
        typer.Option(
            "--matrix",
            help="Score every resume against every posting POSTING names: a row per resume, a column per "
            "posting (-f csv gives the matrix).",
        ),
    ] = False,
    explain: Annotated[
        bool,
        typer.Option("--explain", help="Show every requirement: how each candidate meets it, or why not."),
    ] = False,
    top: Annotated[
        int | None, typer.Option("--top", metavar="N", min=1, help="Show only the N best candidates.")
    ] = None,
    min_score: Annotated[
        float | None,
        typer.Option("--min-score", metavar="N", min=0, max=100, help="Show only candidates scoring N or more."),
    ] = None,
    sort: Annotated[
        RankSortOrder | None,
        typer.Option(
            "--sort",
            help="Order: score (best first, the default), required or ats (coverage), path. ndjson streams in "
            "input order unless --sort or --top is given.",
            show_default=False,
        ),
    ] = None,
    fail_under: Annotated[
        float | None,
        typer.Option("--fail-under", metavar="N", min=0, max=100, help="Exit 1 when no candidate scores N or more."),
    ] = None,
    as_of: AsOfOption = None,
    jobs: JobsOption = None,
    quiet: QuietOption = False,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Rank candidates for a posting, best first: each resume scored as match scores it, with
    the same breakdown; --matrix scores many resumes against many postings."""
    from jobmatch import api
    from jobmatch.loaders import POSTING_SUFFIXES
    from jobmatch.models import InputError
    from jobmatch.report import RankSort, build_ranking
    from jobmatch.vocabulary import Vocabulary

    _refuse_stdin_twice([posting, *resumes])
    today = _parse_as_of(as_of)
    order = RankSort((sort or RankSortOrder.SCORE).value)
    errors: list[InputError] = []
    best: float | None = None
    with _guard(debug):
        vocabulary = Vocabulary.load(vocab or ())
        named = api.expand([posting], POSTING_SUFFIXES)
        _warn_inputs(named)  # (--matrix: a directory of postings)
        expanded = api.expand(resumes, _resume_suffixes())  # once: what is given on is not looked at again
        if output is not None:
            _refuse_input_as_output(output, [*named, *expanded, *(vocab or ())])
        if matrix:
            best = _rank_matrix(
                named, expanded, vocabulary, errors, fmt, output, top, min_score, order, sort, today, jobs, quiet
            )
        else:
            target = _only(posting, named, "postings", "rank takes one (or --matrix for all of them)")
            read = target if isinstance(target, InputError) else api.read_posting(target, vocabulary)
            if not isinstance(read, InputError):
                _warn_if_swapped("rank", read.path, api.looks_like_resume(read, vocabulary))
            _warn_inputs(expanded)
            items = _without_itself(expanded, resumes, target)
            total = sum(1 for i in items if not isinstance(i, InputError))
            parsed = None if isinstance(read, InputError) else read
            if isinstance(read, InputError):  # nothing to rank against; the resumes' problems still count
                errors.append(read)
                errors.extend(i for i in items if isinstance(i, InputError))
            if fmt is ReportFormat.ndjson and sort is None and top is None:
                best = _stream_rank(parsed, items, vocabulary, errors, output, min_score, today, jobs, quiet, total)
            else:
                candidates: list[Any] = []
                swapped: list[str] = []
                if parsed is not None:
                    with _progress(total, "resumes", quiet, fmt, output) as bar:
                        for item in api.iter_rank(
                            parsed, items, vocabulary, today=today, workers=jobs, postings_as_resumes=swapped
                        ):
                            bar.advance()
                            if isinstance(item, InputError):
                                errors.append(item)
                            else:
                                candidates.append(item)
                _warn_postings_as_resumes(swapped)
                candidates.sort(key=lambda c: (-c.result.score, c.path))
                best = candidates[0].result.score if candidates else None
                ranking = build_ranking(
                    posting,
                    parsed,
                    candidates,
                    errors,
                    top=top,
                    min_score=min_score,
                    sort=order,
                    explain=explain,
                )
                _write_report(fmt, output, ranking)
    _exit_for(errors)
    if fail_under is not None and (best is None or best < fail_under):
        raise typer.Exit(ExitCode.BELOW_THRESHOLD)


def _without_itself(items: list[Any], named: list[str], other: Any) -> list[Any]:
    """The inputs a directory or a glob found, without the run's other input (``match cv.pdf
    jobs/`` with cv.pdf in jobs/: the resume is not scored as a posting against itself, nor when
    it was named through a link, nor when jobs/ holds a link to it or a hard link under another
    name: the files are compared, not the names; ``rank jobs/a.md jobs/``: nor is the posting a
    candidate). A file named as both is read as both. The list as it was when nothing is left out
    (most runs; an unchanged list is not expanded again)."""
    if not isinstance(other, str) or other == "-":
        return items
    try:
        key = os.stat(other)
    except OSError:
        return items
    given = {os.path.normpath(os.path.abspath(n)) for n in named if n != "-"}

    def itself(item: Any) -> bool:
        if not isinstance(item, str) or item == "-":
            return False
        try:
            found = os.stat(item)  # (2 us a file: 20 ms for 10,000 postings, which are read next)
        except OSError:
            return False
        if found.st_ino != key.st_ino or found.st_dev != key.st_dev:
            return False
        return os.path.normpath(os.path.abspath(item)) not in given  # (named as such: read as both)

    kept = [i for i in items if not itself(i)]
    return items if len(kept) == len(items) else kept


def _one_resume(raw: str, command: str) -> str:
    """A RESUME argument: the file as given, or the one file a quoted glob (or a directory) names;
    one that names several is a usage error (``rank`` takes many)."""
    from jobmatch import api
    from jobmatch.models import InputError

    if raw == "-":
        return raw
    named = api.expand([raw], _resume_suffixes())
    one = _only(raw, named, "resumes", f"{command} takes one (jobmatch rank POSTING RESUME... ranks many)")
    return raw if isinstance(one, InputError) else one  # (reading it says what is wrong)


def _only(raw: str, named: list[Any], what: str, hint: str) -> Any:
    """The one input an argument names (a file, or an InputError); naming several is a usage error."""
    if len(named) > 1:
        _error(f"{raw}: names {len(named)} {what}; {hint}")
        raise typer.Exit(ExitCode.USAGE)
    return named[0]


def _resume_suffixes() -> tuple[str, ...]:
    from jobmatch.loaders import RESUME_SUFFIXES

    return RESUME_SUFFIXES


def _stream_rank(
    posting: Any,
    items: list[Any],
    vocabulary: Any,
    errors: list[InputError],
    output: Path | None,
    min_score: float | None,
    today: date | None,
    jobs: int | None,
    quiet: bool,
    total: int,
) -> float | None:
    """``rank -f ndjson``: each candidate's line as soon as the resume is read and scored."""
    from jobmatch import api
    from jobmatch.render import jsondoc

    with _lines_out(output) as write:
        for error in errors:
            write(jsondoc.error_line(error))
        if posting is None:
            return None
        swapped: list[str] = []
        with _progress(total, "resumes", quiet, ReportFormat.ndjson, output) as bar:
            stream = api.iter_rank(
                posting, items, vocabulary, today=today, workers=jobs, transform=jsondoc.candidate_line,
                postings_as_resumes=swapped,
            )
            best = _write_lines(stream, write, bar, errors, min_score)
        _warn_postings_as_resumes(swapped)
        return best


def _rank_matrix(
    named: list[Any],
    resumes: list[str],
    vocabulary: Any,
    errors: list[InputError],
    fmt: ReportFormat,
    output: Path | None,
    top: int | None,
    min_score: float | None,
    order: Any,
    sort: RankSortOrder | None,
    today: date | None,
    jobs: int | None,
    quiet: bool,
) -> float | None:
    """``rank --matrix``: the postings are read first (and held, without their text); the resumes
    stream. csv and ndjson write each resume's row as soon as it is scored (unless --sort or
    --top); the other formats hold the rows."""
    from functools import partial

    from jobmatch import api
    from jobmatch.models import InputError
    from jobmatch.render import csvout, jsondoc
    from jobmatch.report import best_score, build_matrix

    postings, posting_errors = api.read_postings(named, vocabulary, workers=jobs)
    errors.extend(posting_errors)
    items = api.expand(resumes, _resume_suffixes())
    _warn_inputs(items)
    total = sum(1 for i in items if not isinstance(i, InputError))
    paths = tuple(p.path for p in postings)
    best: float | None = None
    swapped: list[str] = []
    streamed = fmt in (ReportFormat.csv, ReportFormat.ndjson) and sort is None and top is None
    if streamed:
        transform = csvout.matrix_row if fmt is ReportFormat.csv else partial(jsondoc.matrix_line, paths)
        with _lines_out(output) as write:
            if fmt is ReportFormat.csv:
                write(csvout.matrix_header(paths).rstrip("\n"))
            else:
                for error in errors:
                    write(jsondoc.error_line(error))
            with _progress(total, "resumes", quiet, fmt, output) as bar:
                keep = _Keep(transform)
                for item in api.iter_matrix(
                    postings, items, vocabulary, today=today, workers=jobs, transform=keep, postings_as_resumes=swapped
                ):
                    bar.advance()
                    if isinstance(item, InputError):
                        errors.append(item)
                        if fmt is ReportFormat.ndjson:
                            write(jsondoc.error_line(item))
                        continue
                    row_best, text = item
                    best = row_best if best is None else max(best, row_best)
                    if min_score is None or row_best >= min_score:
                        write(text.rstrip("\n"))
            if fmt is ReportFormat.csv:  # a row for each posting and resume that could not be read
                for error in errors:
                    write(csvout.matrix_error_line(len(paths), error).rstrip("\n"))
        _warn_postings_as_resumes(swapped)
        return best
    rows: list[Any] = []
    with _progress(total, "resumes", quiet, fmt, output) as bar:
        for item in api.iter_matrix(
            postings, items, vocabulary, today=today, workers=jobs, postings_as_resumes=swapped
        ):
            bar.advance()
            if isinstance(item, InputError):
                errors.append(item)
            else:
                rows.append(item)
    _warn_postings_as_resumes(swapped)
    best = max((best_score(r) for r in rows), default=None)
    report = build_matrix(postings, rows, errors, top=top, min_score=min_score, sort=order)
    _write_report(fmt, output, report)
    return best


class _Keep:
    """A row's best score kept beside its rendering (run in the worker; picklable)."""

    def __init__(self, render: Any) -> None:
        self.render = render

    def __call__(self, row: Any) -> tuple[float, str]:
        return max(row.scores, default=0.0), self.render(row)


@app.command("diff")
def diff_command(
    old: Annotated[str, typer.Argument(metavar="OLD_RESUME", help="The resume before (.pdf/.docx/.txt/.md, or -).")],
    new: Annotated[str, typer.Argument(metavar="NEW_RESUME", help="The resume after (.pdf/.docx/.txt/.md, or -).")],
    postings: Annotated[list[str], typer.Argument(metavar="POSTING...", help=POSTINGS_HELP)],
    fmt: ReportFormatOption = ReportFormat.table,
    output: OutputOption = None,
    as_of: AsOfOption = None,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Compare two versions of a resume: the score change per posting and the requirements
    that flipped."""
    from jobmatch import api

    _refuse_stdin_twice([old, new, *postings])
    today = _parse_as_of(as_of)
    with _guard(debug):
        old, new = _one_resume(old, "diff"), _one_resume(new, "diff")
        expanded = api.expand(postings)
        _refuse_input_as_output(output, [old, new, *expanded, *(vocab or ())])
        _warn_inputs(expanded)
        report = api.diff(old, new, expanded, vocab_files=vocab or (), today=today)
        _write_report(fmt, output, report)
    _exit_for(report.errors)


@app.command("posting")
def posting_command(
    files: Annotated[list[str], typer.Argument(metavar="POSTING...", help=POSTINGS_HELP)],
    fmt: FormatOption = Format.table,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Show what jobmatch understood from postings: sections, requirements, years, degree."""
    from jobmatch import api
    from jobmatch.render import jsondoc
    from jobmatch.vocabulary import Vocabulary

    _refuse_stdin_twice(files)
    with _guard(debug):
        expanded = api.expand(files)
        _warn_inputs(expanded)
        postings, errors = api.read_postings(expanded, Vocabulary.load(vocab or ()))
        if fmt is not Format.table:
            _emit_documents("posting", fmt, [jsondoc.posting_doc(p) for p in postings], errors)
        else:
            from jobmatch.render.terminal import make_console, render_postings

            render_postings(make_console(sys.stdout), postings, [])
    _exit_for(errors)


@app.command("resume")
def resume_command(
    files: Annotated[list[str], typer.Argument(metavar="RESUME...", help=RESUMES_HELP)],
    fmt: FormatOption = Format.table,
    as_of: AsOfOption = None,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Show what jobmatch read in resumes: sections, jobs and years, skills with their lines."""
    from jobmatch import api
    from jobmatch.render import jsondoc
    from jobmatch.vocabulary import Vocabulary

    _refuse_stdin_twice(files)
    today = _parse_as_of(as_of)
    with _guard(debug):
        expanded = api.expand(files, _resume_suffixes())
        _warn_inputs(expanded)  # (a folder of resumes' subfolders are said, as for postings)
        profiles, errors = api.read_resumes(expanded, Vocabulary.load(vocab or ()), today=today)
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
    fmt: Annotated[Format, typer.Option("--format", "-f", help="table, json or ndjson (one line).")] = Format.table,
    vocab: VocabOption = None,
    debug: DebugOption = False,
) -> None:
    """Show what a term resolves to: canonical name, aliases, category, implications."""
    from jobmatch.render import jsondoc
    from jobmatch.vocabulary import Vocabulary

    with _guard(debug):
        vocabulary = Vocabulary.load(vocab or ())
        names = vocabulary.search(query)
        exact = vocabulary.lookup(query) is not None  # else the names are the closest, suggestions
        if fmt is Format.table:
            from jobmatch.render.terminal import make_console, render_vocab

            render_vocab(make_console(sys.stdout), query, vocabulary, names, exact=exact)
        else:
            indent = 2 if fmt is Format.json else None
            _emit(jsondoc.dumps(jsondoc.vocab_doc(query, vocabulary, names, exact=exact), indent=indent))
    if not exact:  # suggestions are no skill of that name
        raise typer.Exit(ExitCode.NOT_FOUND)


_interrupt_reported = False


def _report_interrupt() -> None:
    """Ctrl-C: one line on stderr (once, wherever the interrupt was caught)."""
    global _interrupt_reported
    _interrupt_reported = True
    with suppress(OSError, ValueError):
        sys.stderr.write("jobmatch: interrupted\n")
        sys.stderr.flush()


def _on_interrupt(signum: int, frame: object) -> None:
    """The first Ctrl-C stops the run (KeyboardInterrupt, so that files being written are
    cleaned up); a second one while it stops is ignored rather than cutting the clean-up short
    with a traceback."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    raise KeyboardInterrupt


def _on_terminate(signum: int, frame: object) -> None:
    """SIGTERM (``timeout``, a cancelled CI job, ``kill``): stop as Ctrl-C does, cleaning up the
    file being written, and exit 143 (128 + SIGTERM) as the default action would."""
    signal.signal(signal.SIGTERM, signal.SIG_IGN)
    raise SystemExit(128 + signum)


def _forgiving_errors(error: UnicodeError) -> tuple[str | bytes, int]:
    """The encoding-error handler of standard output and error: a file name that is not valid
    UTF-8 (a Latin-1 name from an old archive) arrives as surrogate escapes and is written back as
    the same bytes; a character the stream's encoding lacks ("€" on a Latin-1 terminal) is
    written as a backslash escape, which JSON reads as the same character."""
    if not isinstance(error, UnicodeEncodeError):
        raise error
    chunk = error.object[error.start : error.end]
    if all("\udc80" <= ch <= "\udcff" for ch in chunk):
        return bytes(ord(ch) - 0xDC00 for ch in chunk), error.end
    # \uXXXX for every UTF-16 unit (a surrogate pair beyond the BMP): JSON's own escape, where
    # Python's "\xe9" or "\U0001f680" would make the JSON invalid
    units = chunk.encode("utf-16-be", "surrogatepass")
    return "".join(f"\\u{units[i] << 8 | units[i + 1]:04x}" for i in range(0, len(units), 2)), error.end


def _prepare_streams() -> None:
    """Standard streams that cannot fail on what jobmatch writes: closed ones replaced (output:
    by one whose writes fail with a one-line error; error: by /dev/null, since the caller closed
    it), and encoding errors handled by :func:`_forgiving_errors`, whatever the locale."""
    if sys.stdout is None:
        sys.stdout = _ClosedStream("standard output")
    if sys.stderr is None:
        sys.stderr = open(os.devnull, "w", encoding="utf-8")  # noqa: SIM115 - for the process's life
    codecs.register_error("jobmatch", _forgiving_errors)
    for stream in (sys.stdout, sys.stderr):
        if isinstance(stream, io.TextIOWrapper) and stream.errors in ("strict", "backslashreplace", "surrogateescape"):
            with suppress(ValueError, OSError):
                stream.reconfigure(errors="jobmatch")


def main() -> None:
    """Console-script entry point: exit codes, Ctrl-C and closed pipes as the README says.

    Ctrl-C exits 130 with "jobmatch: interrupted" and no traceback, wherever it lands: inside a
    command (``_guard``), or outside one, where typer turns it into exit 130 silently. A reader
    that goes away (``| head -1``) ends the process by SIGPIPE, quietly, as Unix tools do."""
    global _interrupt_reported, _sigpipe_ends_us
    _interrupt_reported = False
    if hasattr(signal, "SIGPIPE"):
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)  # `| head` ends us quietly
        _sigpipe_ends_us = True
    if signal.getsignal(signal.SIGINT) is signal.default_int_handler:
        signal.signal(signal.SIGINT, _on_interrupt)
    terminate = signal.getsignal(signal.SIGTERM) == signal.SIG_DFL
    if terminate:
        signal.signal(signal.SIGTERM, _on_terminate)
    try:
        _prepare_streams()
        app()
    except KeyboardInterrupt:
        _report_interrupt()
        sys.exit(ExitCode.INTERRUPTED)
    except OSError as error:  # --help or a usage message written to a full or closed stdout
        if error.errno not in _OUTPUT_ERRNOS:
            raise
        _report_stdout_failure(error)
        sys.exit(ExitCode.OUTPUT)
    except SystemExit as done:
        if done.code == ExitCode.INTERRUPTED and not _interrupt_reported:
            _report_interrupt()
        raise
    finally:
        # The run is over: a Ctrl-C now changes nothing (and Python would restore the default
        # handler while shutting down, letting it kill the process with no word).
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        if terminate:  # and SIGTERM ends it as its default action does: 143, no word (no traceback
            signal.signal(signal.SIGTERM, signal.SIG_DFL)  # from the interpreter's last steps)
        _sigpipe_ends_us = False
