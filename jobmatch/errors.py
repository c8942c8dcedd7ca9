"""Typed errors with one-line messages, and the exit codes the CLI returns."""

from __future__ import annotations

from dataclasses import dataclass
from enum import IntEnum


class ExitCode(IntEnum):
    OK = 0
    BELOW_THRESHOLD = 1  # --fail-under N: no posting scored N or more
    NOT_FOUND = 1  # jobmatch vocab TERM: no skill goes by that name (as grep finds nothing)
    USAGE = 2  # bad command line: unknown option, wrong value, missing argument
    INPUT = 3  # some inputs could not be read (the others are still reported)
    OUTPUT = 4  # --output FILE could not be written (nothing is left half-written)
    INTERRUPTED = 130  # Ctrl-C


class JobmatchError(Exception):
    """Base class: ``str(error)`` is the one-line message shown to the user."""


class InputFileError(JobmatchError):
    """A file the user named cannot be used; the message names the file and the problem."""

    def __init__(self, path: str, problem: str) -> None:
        super().__init__(f"{path}: {problem}")
        self.path = path
        self.problem = problem


class VocabularyError(JobmatchError):
    """A user vocabulary file (--vocab) is malformed."""


class SettingError(JobmatchError):
    """An environment setting (JOBMATCH_MAX_FILE_MB...) has a value that cannot be used."""


@dataclass(frozen=True)
class InputWarning:
    """Something about the inputs a run should tell its user though it goes on (a directory's
    subdirectory left unread): ``str(warning)`` is the one-line message, naming the path. The
    library gathers these (``api.expand(...).notes``) and never prints them; the CLI writes each
    as ``jobmatch: warning: ...`` on stderr."""

    path: str
    problem: str

    def __str__(self) -> str:
        return f"{self.path}: {self.problem}"
