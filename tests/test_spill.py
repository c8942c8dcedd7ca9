"""The rows of a ranked CSV report wait on disk (jobmatch.spill), not in memory (issue 7: memory
stays small however many postings a run scores), and the report is the same wherever they wait."""

from __future__ import annotations

import random
import tempfile

import pytest

from jobmatch import spill
from jobmatch.cli import app
from jobmatch.spill import Spill
from tests.conftest import POSTINGS, RESUMES

RECORDS = [b"", b"1,84.1,Engineer", "Müller, Zürich \u2013 caf\u00e9".encode(), b"x" * 70_000, b"\x00\xff" * 3]


def _round_trip(store: Spill) -> None:
    handles = [store.add(r) for r in RECORDS * 3]
    order = list(range(len(handles)))
    random.Random(7).shuffle(order)
    assert [store.get(handles[i]) for i in order] == [(RECORDS * 3)[i] for i in order]


def test_records_come_back_in_any_order():
    with Spill() as store:
        _round_trip(store)
        assert store._file is not None and not store._held  # they waited in the file


def test_without_pread_the_records_are_read_by_seeking_and_added_after_reads(monkeypatch):
    monkeypatch.delattr(spill.os, "pread")  # (Windows has none)
    with Spill() as store:
        first = [store.add(r) for r in RECORDS]
        assert store.get(first[1]) == RECORDS[1]
        later = [store.add(r) for r in RECORDS]  # written at the end, not where the read left off
        assert [store.get(h) for h in first + later] == RECORDS + RECORDS


def test_a_closed_spill_says_so():
    store = Spill()
    handle = store.add(b"row")
    store.close()
    for use in (lambda: store.get(handle), lambda: store.add(b"more")):
        with pytest.raises(ValueError, match="closed"):
            use()


def test_no_temporary_file_holds_them_in_memory(monkeypatch):
    def refuse(*args, **kwargs):
        raise OSError(30, "Read-only file system")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    with Spill() as store:
        _round_trip(store)
        assert store._file is None


@pytest.mark.parametrize("failure", ["error", "short"])
def test_a_full_disk_keeps_the_records_already_written_and_holds_the_rest(monkeypatch, failure):
    real_write = spill.os.write
    calls = []

    def write(fd, data):
        calls.append(len(data))
        if len(calls) <= 4:
            return real_write(fd, data)
        if failure == "error":
            raise OSError(28, "No space left on device")
        return real_write(fd, data[: len(data) // 2])  # a part, then the disk is full

    monkeypatch.setattr(spill.os, "write", write)
    with Spill() as store:
        handles = [store.add(r) for r in RECORDS * 2]
        assert [store.get(h) for h in reversed(handles)] == list(reversed(RECORDS * 2))
        assert store._held  # the records after the failure
        assert sum(h >= 0 for h in handles) >= 3  # the records before it, in the file


def _csv(runner, *extra):
    result = runner.invoke(app, ["match", str(RESUMES / "strong_backend.txt"), str(POSTINGS), "-f", "csv", *extra])
    assert result.exit_code == 0, result.output
    return result.stdout


def test_match_csv_rows_wait_in_the_spill_and_the_report_is_the_same_without_one(runner, monkeypatch):
    added = []
    real_add = Spill.add
    monkeypatch.setattr(Spill, "add", lambda self, record: added.append(record) or real_add(self, record))
    on_disk = _csv(runner)
    postings = len(list(POSTINGS.iterdir()))
    assert len(added) == postings and on_disk.count("\n") == postings + 1
    ranked_on_disk = _csv(runner, "--sort", "title", "--top", "3")

    def refuse(*args, **kwargs):
        raise OSError(13, "Permission denied")

    monkeypatch.setattr(tempfile, "TemporaryFile", refuse)
    assert _csv(runner) == on_disk
    assert _csv(runner, "--sort", "title", "--top", "3") == ranked_on_disk
