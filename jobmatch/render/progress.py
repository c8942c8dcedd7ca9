"""A progress bar on standard error for long runs (rich): done of total, rate, time left.

The CLI shows it only when standard error is a terminal, the run is long enough and ``--quiet``
was not given. It draws only when told (no refresh thread: the run may start worker processes,
and a process with threads should not fork) and at most ten times a second; it leaves nothing
behind when the run ends.
"""

from __future__ import annotations

import time
from typing import IO


class Progress:
    """``with Progress(total, "postings", sys.stderr) as bar: bar.advance()``."""

    INTERVAL = 0.1  # seconds between redraws

    def __init__(self, total: int, noun: str, stream: IO[str]) -> None:
        from rich.console import Console
        from rich.progress import (
            BarColumn,
            MofNCompleteColumn,
            TextColumn,
            TimeElapsedColumn,
            TimeRemainingColumn,
        )
        from rich.progress import Progress as RichProgress

        console = Console(file=stream, highlight=False, emoji=False)
        self._bar = RichProgress(
            TextColumn("[bold]scoring"),
            BarColumn(),
            MofNCompleteColumn(),
            TextColumn(noun),
            TextColumn("{task.fields[rate]}", style="dim"),
            TimeElapsedColumn(),
            TextColumn("left"),
            TimeRemainingColumn(),
            console=console,
            auto_refresh=False,
            transient=True,
            redirect_stdout=False,  # streamed results go to stdout, untouched
            redirect_stderr=False,
        )
        self._task = self._bar.add_task("scoring", total=total, rate="")
        self._start = self._last = time.monotonic()
        self._done = 0

    def __enter__(self) -> Progress:
        self._bar.start()
        self._bar.refresh()
        return self

    def __exit__(self, *exc: object) -> None:
        self._bar.stop()

    def advance(self, n: int = 1) -> None:
        self._done += n
        now = time.monotonic()
        if now - self._last < self.INTERVAL:
            self._bar.update(self._task, advance=n)
            return
        elapsed = now - self._start
        rate = f"{self._done / elapsed:,.0f}/s" if elapsed > 0 else ""
        self._bar.update(self._task, advance=n, rate=rate)
        self._bar.refresh()
        self._last = now


class NoProgress:
    """The same interface, showing nothing."""

    def __enter__(self) -> NoProgress:
        return self

    def __exit__(self, *exc: object) -> None:
        pass

    def advance(self, n: int = 1) -> None:
        pass
