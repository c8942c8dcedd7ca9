"""Odd inputs through the CLI (s15f): standard input named twice is a usage error in every
command, and a reader that goes away ends every command quietly."""

from __future__ import annotations

import signal
import sys

import pytest

from jobmatch.cli import app
from tests.conftest import POSTINGS, RESUMES, read_one_line_and_close

POSTING = POSTINGS / "senior_backend_engineer_python.txt"
RESUME = RESUMES / "strong_backend.txt"


def run(runner, *args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


@pytest.mark.parametrize(
    "args",
    [
        # (these read stdin once and showed one document, exit 0, as if one "-" had been given)
        ["posting", "-", "-"],
        ["posting", POSTING, "-", "-", "-f", "json"],
        ["resume", "-", "-"],
        ["match", RESUME, "-", "-"],
        # (these were usage errors already)
        ["rank", POSTING, "-", "-"],
        ["rank", "--matrix", POSTINGS, "-", "-", "-f", "csv"],
        ["diff", "-", "-", POSTING],
    ],
    ids=lambda args: " ".join(str(a) for a in args if str(a)[0] in "-rpmd" and "/" not in str(a)),
)
def test_stdin_named_twice_is_a_usage_error(runner, args):
    result = run(runner, *args, input=POSTING.read_text(encoding="utf-8"))
    assert result.exit_code == 2
    assert result.stderr == "jobmatch: error: only one input can be read from stdin (-)\n"
    assert result.stdout == ""


@pytest.mark.parametrize(
    "args",
    [
        ["posting", "-", "-f", "json"],
        ["resume", "-", "-f", "ndjson"],
        ["match", RESUME, "-", "-f", "csv"],
        ["rank", POSTING, "-", "-f", "json"],
    ],
    ids=lambda args: " ".join(str(a) for a in args if "/" not in str(a)),
)
def test_stdin_named_once_is_read(runner, args):
    text = (POSTING if args[0] in ("posting", "match") else RESUME).read_text(encoding="utf-8")
    result = run(runner, *args, input=text)
    assert result.exit_code == 0, result.stderr


# far more output than a pipe holds, so the writer is still writing when the reader goes away
MANY_RESUMES = [str(RESUMES / "strong_backend.txt"), str(RESUMES / "partial_frontend.txt"), str(RESUMES / "versions")]


@pytest.mark.parametrize(
    "args",
    [
        ["rank", "--matrix", str(POSTINGS), *MANY_RESUMES, "-f", "csv", "-j", "1"],
        ["rank", str(POSTING), *MANY_RESUMES, "--explain", "-j", "1"],
        ["posting", *[str(POSTINGS)] * 3, "-f", "ndjson"],
        ["resume", *MANY_RESUMES, "-f", "json"],
    ],
    ids=["rank --matrix csv", "rank --explain", "posting ndjson", "resume json"],
)
def test_every_command_ends_quietly_when_its_reader_goes_away(args):
    code, stderr = read_one_line_and_close([sys.executable, "-m", "jobmatch", *args])
    assert stderr == ""
    assert code in (0, -getattr(signal, "SIGPIPE", 13))
