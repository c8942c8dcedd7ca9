"""Scale (issue 7): `jobmatch rank` (candidates for a posting, and the resume x posting matrix),
streaming NDJSON, parallel reading that keeps the input order, the progress bar."""

from __future__ import annotations

import csv
import io
import json
import os
import shutil
import subprocess
import sys

import pytest

from jobmatch import api
from jobmatch.cli import app
from tests.conftest import POSTINGS, RESUMES, ROOT

POSTING = POSTINGS / "backend_engineer.md"


def run(runner, *args, input=None):
    return runner.invoke(app, [str(a) for a in args], input=input)


def _match_scores(resume) -> dict[str, float]:
    return {r.posting.path: r.score for r in api.match(str(resume), [str(POSTINGS)], workers=1).results}


@pytest.fixture(scope="module")
def many_postings(tmp_path_factory):
    """60 postings (the fixtures, copied): enough for the parallel path."""
    folder = tmp_path_factory.mktemp("postings")
    for i in range(12):
        for p in sorted(POSTINGS.iterdir()):
            shutil.copy(p, folder / f"{i:02d}_{p.name}")
    return folder


# -- rank: candidates for one posting -------------------------------------------------------------


def test_rank_json_ranks_candidates_with_the_scores_match_gives(runner, schema_validator):
    result = run(runner, "rank", POSTING, RESUMES, "-f", "json")
    assert result.exit_code == 0, result.stderr
    doc = json.loads(result.stdout)
    schema_validator.validate(doc)
    assert doc["command"] == "rank" and doc["posting"]["title"] == "Backend Engineer"
    paths = [r["resume"]["path"] for r in doc["results"]]
    assert {os.path.basename(p) for p in paths} == {f"{n}.{e}" for n in ("strong_backend", "partial_frontend",
                                                                        "unrelated_nurse") for e in ("txt", "pdf")}
    scores = [r["score"] for r in doc["results"]]
    assert scores == sorted(scores, reverse=True)
    assert [r["rank"] for r in doc["results"]] == list(range(1, 7))
    for r in doc["results"]:
        assert r["score"] == _match_scores(r["resume"]["path"])[str(POSTING)]
        assert r["resume"]["skills"] > 0
    assert "strong_backend" in paths[0] and "unrelated_nurse" in paths[-1]


def test_rank_takes_globs_and_every_format(runner, tmp_path):
    pattern = str(RESUMES / "*.txt")
    table = run(runner, "rank", POSTING, pattern, "--top", "2")
    assert table.exit_code == 0
    assert "Candidates" in table.stdout and "2 of 3 candidates shown" in table.stdout
    rows = list(csv.DictReader(io.StringIO(run(runner, "rank", POSTING, pattern, "-f", "csv").stdout)))
    assert [r["rank"] for r in rows] == ["1", "2", "3"] and rows[0]["resume"].endswith("strong_backend.txt")
    for fmt, marker in (("markdown", "# jobmatch ranking"), ("html", "<h1>jobmatch ranking</h1>")):
        assert marker in run(runner, "rank", POSTING, pattern, "-f", fmt).stdout
    out = tmp_path / "ranking.json"
    assert run(runner, "rank", POSTING, pattern, "-f", "json", "-o", out).exit_code == 0
    assert len(json.loads(out.read_text(encoding="utf-8"))["results"]) == 3


def test_match_and_diff_take_a_quoted_glob_that_names_one_resume(runner):
    one = str(RESUMES / "strong*.txt")
    result = run(runner, "match", one, POSTING, "-f", "json")
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["resume"]["path"].endswith("strong_backend.txt")
    assert run(runner, "diff", one, one, POSTING, "-f", "json").exit_code == 0
    several = run(runner, "match", str(RESUMES / "*.txt"), POSTING)
    assert several.exit_code == 2
    assert several.stderr == (
        f"jobmatch: error: {RESUMES / '*.txt'}: names 3 resumes; match takes one (jobmatch rank POSTING RESUME... "
        "ranks many)\n"
    )
    nothing = run(runner, "match", str(RESUMES / "nobody*.txt"), POSTING)
    assert nothing.exit_code == 3 and "no such file" in nothing.stderr


def test_rank_needs_one_posting_without_matrix(runner):
    result = run(runner, "rank", POSTINGS, RESUMES / "strong_backend.txt")
    assert result.exit_code == 2
    assert "rank takes one (or --matrix" in result.stderr


def test_rank_reports_bad_resumes_and_goes_on(runner, tmp_path):
    missing = tmp_path / "gone.pdf"
    result = run(runner, "rank", POSTING, RESUMES / "strong_backend.txt", missing, "-f", "json")
    assert result.exit_code == 3
    assert result.stderr == f"jobmatch: error: {missing}: no such file\n"
    doc = json.loads(result.stdout)
    assert len(doc["results"]) == 1 and doc["errors"] == [{"path": str(missing), "error": "no such file"}]


# -- the matrix -------------------------------------------------------------------------------------


def test_matrix_csv_is_every_resume_against_every_posting_with_match_scores(runner):
    result = run(runner, "rank", POSTINGS, RESUMES / "strong_backend.txt", RESUMES / "unrelated_nurse.txt",
                 "--matrix", "-f", "csv")
    assert result.exit_code == 0, result.stderr
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header, body = rows[0], rows[1:]
    postings = sorted(str(p) for p in POSTINGS.iterdir())
    assert header == ["resume", "skills", *postings, "error"]
    assert [r[0] for r in body] == [str(RESUMES / "strong_backend.txt"), str(RESUMES / "unrelated_nurse.txt")]
    for row in body:
        expected = _match_scores(row[0])  # the full matching path; the matrix takes a shortcut
        assert [float(v) for v in row[2:-1]] == [expected[p] for p in postings] and row[-1] == ""


def test_matrix_json_ndjson_and_table(runner, schema_validator):
    args = ("rank", POSTINGS, RESUMES / "strong_backend.txt", RESUMES / "partial_frontend.txt", "--matrix")
    doc = json.loads(run(runner, *args, "-f", "json").stdout)
    schema_validator.validate(doc)
    assert doc["matrix"] is True and len(doc["postings"]) == 5 and len(doc["resumes"]) == 2
    lines = [json.loads(line) for line in run(runner, *args, "-f", "ndjson").stdout.splitlines()]
    for line in lines:
        schema_validator.validate(line)
    assert [line["type"] for line in lines] == ["scores", "scores"]
    assert lines[0]["scores"] == doc["resumes"][0]["scores"] or lines[0]["scores"] == doc["resumes"][1]["scores"]
    table = run(runner, *args).stdout
    assert "Scores: 2 resumes x 5 postings" in table and "P5" in table


def test_score_key_is_the_score(vocab):
    """The matrix's shortcut (skills met, words, years, degree) gives the full path's number."""
    profile = api.read_resume(str(RESUMES / "partial_frontend.txt"), vocab)
    key = api.resume_key(profile, vocab)
    for path in sorted(POSTINGS.iterdir()):
        posting = api.read_posting(str(path), vocab)
        assert api.score_key(key, posting) == api.score(profile, posting, vocab).score


def test_matrix_rows_stream_one_resume_at_a_time(vocab, monkeypatch):
    """A matrix row is given as soon as its resume is scored: the next resume is not read before
    (a slow PDF does not hold back the rows before it), and an unreadable one keeps its place."""
    postings = [api.read_posting(str(p), vocab) for p in sorted(POSTINGS.iterdir())]
    read: list[str] = []
    real = api._read_resume_task

    def reading(context, item):
        read.append(item)
        return real(context, item)

    monkeypatch.setattr(api, "_read_resume_task", reading)
    resumes = [str(RESUMES / "strong_backend.txt"), "missing.txt", str(RESUMES / "partial_frontend.txt")]
    rows = api.iter_matrix(postings, resumes, vocab, workers=1)
    first = next(rows)
    assert first.path == resumes[0] and read == resumes[:1]
    assert isinstance(next(rows), api.InputError) and read == resumes[:2]
    assert next(rows).path == resumes[2] and read == resumes


def test_matrix_of_the_sparse_product_is_the_same(vocab, monkeypatch):
    """A batch large enough for the sparse product (every resume read first) gives the rows the
    row-by-row path gives."""
    postings = [api.read_posting(str(p), vocab) for p in sorted(POSTINGS.iterdir())]
    resumes = [str(p) for p in sorted(RESUMES.glob("*.txt"))] + ["missing.txt"]
    by_row = list(api.iter_matrix(postings, resumes, vocab, workers=1))
    monkeypatch.setattr(api.similarity, "SKLEARN_MIN_WORK", 1)
    sparse = list(api.iter_matrix(postings, resumes, vocab, workers=1))
    assert sparse == by_row and len(by_row) == len(resumes) and isinstance(by_row[-1], api.InputError)


# -- streaming and parallel reading ------------------------------------------------------------------


def test_ndjson_streams_in_input_order_and_ranks_on_request(runner, schema_validator, many_postings):
    streamed = run(runner, "match", RESUMES / "strong_backend.txt", many_postings, "-f", "ndjson")
    assert streamed.exit_code == 0
    lines = [json.loads(line) for line in streamed.stdout.splitlines()]
    for line in lines:
        schema_validator.validate(line)
    assert [line["posting"]["path"] for line in lines] == sorted(str(p) for p in many_postings.iterdir())
    assert {line["rank"] for line in lines} == {None}
    ranked = run(runner, "match", RESUMES / "strong_backend.txt", many_postings, "-f", "ndjson", "--sort", "score")
    ranks = [json.loads(line)["rank"] for line in ranked.stdout.splitlines()]
    assert ranks == list(range(1, 61))
    by_path = {line["posting"]["path"]: line["score"] for line in lines}
    assert {json.loads(line)["posting"]["path"]: json.loads(line)["score"] for line in ranked.stdout.splitlines()} \
        == by_path


def test_results_are_yielded_as_they_are_computed(vocab, many_postings, tmp_path):
    """In one process the library's stream yields each result as soon as it is computed: the first
    arrives when one posting has been read (it waited for a batch of 64, so a slow file held back
    the results before it: QA cli #12), and nothing is held."""
    seen: list[str] = []

    def note(result):
        seen.append(result.posting.path)
        return result.score

    profile = api.read_resume(str(RESUMES / "strong_backend.txt"), vocab)
    for copy in ("b", "c"):  # (a file named twice is read once)
        shutil.copytree(many_postings, tmp_path / copy)
    items = api.expand([str(many_postings), str(tmp_path / "b"), str(tmp_path / "c")])  # 180 postings
    stream = api.iter_match(profile, items, vocab, workers=1, transform=note)
    next(stream)
    assert len(seen) == 1
    next(stream)
    assert len(seen) == 2
    assert len(list(stream)) == len(items) - 2


@pytest.mark.parametrize("to_file", [False, True])
def test_streamed_lines_reach_a_pipe_at_once(monkeypatch, tmp_path, to_file):
    """A line written to a pipe is there for the reader at once, not when the next line comes
    (a slow input held the lines before it back); a regular file is flushed in bulk."""
    from jobmatch import cli

    if to_file:
        target = open(tmp_path / "out.ndjson", "w+b")  # noqa: SIM115
        read_fd = os.open(tmp_path / "out.ndjson", os.O_RDONLY)
    else:
        read_fd, write_fd = os.pipe()
        target = os.fdopen(write_fd, "wb")
    os.set_blocking(read_fd, False)
    stream = io.TextIOWrapper(target, encoding="utf-8")
    monkeypatch.setattr(sys, "stdout", stream)
    try:
        with cli._lines_out(None) as write:
            write('{"n": 1}')
            try:
                arrived = os.read(read_fd, 100)
            except BlockingIOError:
                arrived = b""
            assert arrived == (b"" if to_file else b'{"n": 1}\n')
    finally:
        monkeypatch.undo()
        stream.close()
        os.close(read_fd)


def test_parallel_and_serial_give_the_same_results_in_the_same_order(vocab, many_postings, tmp_path):
    profile = api.read_resume(str(RESUMES / "partial_frontend.txt"), vocab)
    items = api.expand([str(many_postings), str(tmp_path / "missing.txt")])
    serial = list(api.iter_match(profile, items, vocab, workers=1))
    parallel = list(api.iter_match(profile, items, vocab, workers=2))
    assert parallel == serial
    assert isinstance(serial[-1], api.InputError) and serial[-1].message == "no such file"
    # resumes, PDF extraction included: 6 files, 3 of them PDFs, read by two workers
    posting = api.read_posting(str(POSTING), vocab)
    resumes = api.expand([str(RESUMES)], ("pdf", ".pdf", ".txt"))
    one = [(c.path, c.result.score) for c in api.iter_rank(posting, resumes, vocab, workers=1)]
    two = [(c.path, c.result.score) for c in api.iter_rank(posting, resumes, vocab, workers=2)]
    assert one == two and len(one) == 6


def test_the_parent_process_works_while_it_waits(vocab, many_postings):
    """With N workers, N - 1 are started and this process is the N-th: while the next result in
    order is not ready, it scores a batch itself. The order stays the input's."""
    import time

    parent = os.getpid()

    def where(result):
        if os.getpid() != parent:
            time.sleep(0.02)  # a slow worker: the parent surely gets batches of its own
        return result.posting.path, os.getpid()

    profile = api.read_resume(str(RESUMES / "strong_backend.txt"), vocab)
    items = api.expand([str(many_postings)])
    done = list(api.iter_match(profile, items, vocab, workers=2, transform=where))
    assert [path for path, _ in done] == items
    pids = {pid for _, pid in done}
    assert parent in pids and len(pids) == 2  # the parent and one worker, not two workers


def test_streamed_output_file_is_written_whole(runner, tmp_path, many_postings):
    out = tmp_path / "results.ndjson"
    result = run(runner, "match", RESUMES / "strong_backend.txt", many_postings, "-f", "ndjson", "-o", out)
    assert result.exit_code == 0 and result.stdout == ""
    assert len(out.read_text(encoding="utf-8").splitlines()) == 60
    assert [p.name for p in tmp_path.iterdir()] == ["results.ndjson"]  # no temporary file left


# -- the progress bar ---------------------------------------------------------------------------------


def _run_on_a_terminal(args: list[str]) -> tuple[str, str]:
    """Run jobmatch with stderr on a pseudo-terminal and stdout in a file (not a pipe: a full pipe
    would block the writer): what the terminal got, and what stdout got."""
    import pty
    import tempfile

    master, slave = pty.openpty()
    env = {**os.environ, "COLUMNS": "100", "TERM": "xterm"}
    with tempfile.TemporaryFile() as stdout:
        proc = subprocess.Popen(
            [sys.executable, "-m", "jobmatch", *args], stdout=stdout, stderr=slave, cwd=ROOT, env=env
        )
        os.close(slave)
        chunks = []
        while True:
            try:
                data = os.read(master, 65536)
            except OSError:  # the other end closed
                break
            if not data:
                break
            chunks.append(data)
        proc.wait(timeout=120)
        os.close(master)
        stdout.seek(0)
        out = stdout.read().decode()
    return b"".join(chunks).decode("utf-8", "replace"), out


def _stderr_on_a_terminal(args: list[str]) -> str:
    shown, out = _run_on_a_terminal(args)
    assert out  # the report went to stdout
    return shown


def test_progress_bar_on_a_terminal_and_not_with_quiet(many_postings):
    args = ["match", str(RESUMES / "strong_backend.txt"), str(many_postings), "-f", "csv"]
    shown = _stderr_on_a_terminal(args)
    assert "scoring" in shown and "/60" in shown and "postings" in shown
    assert _stderr_on_a_terminal([*args, "--quiet"]) == ""
    # streamed lines go to stdout while the bar is drawn on stderr
    shown, out = _run_on_a_terminal([*args[:-1], "ndjson"])
    assert "scoring" in shown and '"type": "result"' not in shown
    assert len(out.splitlines()) == 60


def test_no_progress_bar_when_stderr_is_not_a_terminal(runner, many_postings):
    result = run(runner, "match", RESUMES / "strong_backend.txt", many_postings, "-f", "csv")
    assert result.exit_code == 0 and result.stderr == ""


@pytest.mark.parametrize("fmt", ["markdown", "html"])
def test_matrix_files_hold_every_posting(runner, fmt, tmp_path):
    """A Markdown or HTML matrix is a file to keep: a column for each of 12 postings (the terminal
    shows the first few), so the best score is always one of the columns."""
    postings = tmp_path / "postings"
    postings.mkdir()
    for i in range(3):
        for p in sorted(POSTINGS.iterdir())[:4]:
            shutil.copy(p, postings / f"{i}_{p.name}")
    result = run(runner, "rank", postings, RESUMES / "strong_backend.txt", "--matrix", "-f", fmt)
    assert result.exit_code == 0, result.stderr
    assert "P12" in result.stdout and "P13" not in result.stdout and "more postings" not in result.stdout


def test_an_expanded_list_is_not_expanded_again(monkeypatch, tmp_path):
    """The CLI expands its arguments once (to refuse an input as the output, to count them); the
    run gets that list and does not look at every file again."""
    (tmp_path / "a.txt").write_text("Python developer\n")
    (tmp_path / "b.md").write_text("# Go developer\n")
    items = api.expand([str(tmp_path), str(tmp_path / "a.txt"), "-"])
    assert items == [str(tmp_path / "a.txt"), str(tmp_path / "b.md"), "-"]
    looked = []
    isdir = os.path.isdir
    monkeypatch.setattr(api.os.path, "isdir", lambda p: looked.append(p) or isdir(p))
    again = api.expand(items)
    assert again == items and again is not items and not looked  # a copy: the caller's list stays its own
    assert api.expand(list(items)) == items and looked  # a plain list is expanded
    looked.clear()
    items.append(str(tmp_path))  # a caller adds to the list it was given: it is expanded again
    assert api.expand(items) == [str(tmp_path / "a.txt"), str(tmp_path / "b.md"), "-"] and looked
