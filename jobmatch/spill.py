"""Records held in a temporary file until they are read back, in any order.

A ranked report (``jobmatch match -f csv`` over a folder) can write its first row only once its
last posting is scored: until then every row waits. The rows wait here, on disk (an unnamed
temporary file, gone when it is closed or the process ends), and the process holds a number per
record: what it holds stays a short row a posting (its score, path, title and a few numbers),
however many postings there are. Where no
temporary file can be made or written (a read-only or full disk), the rows wait in memory: the
report is the same.
"""

from __future__ import annotations

import os
import tempfile
from types import TracebackType
from typing import IO

# a handle at or above 0: the record's offset in the file (the high bits) and its length; below 0:
# ~index in the records held in memory
_LENGTH_BITS = 32


class Spill:
    """An append-only store of byte records: :meth:`add` gives a handle, :meth:`get` the record."""

    def __init__(self) -> None:
        self._held: list[bytes] = []  # the records no file took
        self._end = 0  # the file's length
        self._writable = True
        self._file: IO[bytes] | None
        try:
            # unbuffered: a record is in the file when add returns, or it is held in memory
            self._file = tempfile.TemporaryFile(prefix="jobmatch-", buffering=0)  # noqa: SIM115 - closed by close()
        except OSError:
            self._file = None

    def add(self, record: bytes) -> int:
        if self._closed:
            raise ValueError("the spill is closed")
        if self._file is not None and self._writable and len(record) < 1 << _LENGTH_BITS:
            try:
                written = os.write(self._file.fileno(), record) if record else 0
            except OSError:
                written = -1
            if written == len(record):
                handle = self._end << _LENGTH_BITS | len(record)
                self._end += len(record)
                return handle
            # the disk is full: this record and the rest are held in memory (the records in the
            # file stay readable; a part of this one written at its end is never read)
            self._writable = False
        self._held.append(record)
        return ~(len(self._held) - 1)

    def get(self, handle: int) -> bytes:
        if self._closed:
            raise ValueError("the spill is closed: its records are gone")
        if handle < 0:
            return self._held[~handle]
        assert self._file is not None
        offset, length = handle >> _LENGTH_BITS, handle & ((1 << _LENGTH_BITS) - 1)
        record = _read_at(self._file.fileno(), length, offset)
        if len(record) != length:
            raise OSError(f"a temporary file lost a record ({len(record)} of {length} bytes)")
        return record

    _closed = False

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None
        self._held = []
        self._closed = True

    def __enter__(self) -> Spill:
        return self

    def __exit__(
        self, kind: type[BaseException] | None, value: BaseException | None, traceback: TracebackType | None
    ) -> None:
        self.close()


def _read_at(fd: int, length: int, offset: int) -> bytes:
    """``length`` bytes of a file from ``offset``, its position left at its end (where the next
    record is written). os.pread moves no position; where there is none (Windows), a seek."""
    if hasattr(os, "pread"):
        return os.pread(fd, length, offset)
    os.lseek(fd, offset, os.SEEK_SET)
    try:
        return os.read(fd, length)
    finally:
        os.lseek(fd, 0, os.SEEK_END)
