"""SIGTERM to a parallel run's process group, and a worker process that dies (QA s7 files #1, #5).

`timeout` and a cancelled CI job signal the whole process group, workers included: a worker that
died of it in the middle of sending a result left the parent waiting forever for the rest (a
hang, SIGTERM then ignored), or killed the parent by SIGPIPE (exit 141) before it removed the
temporary file of -o FILE. A worker killed alone (the out-of-memory killer, kill -9) gave exit
141 and no word, or "internal error ... (a bug)".

The runs here block on a FIFO (a posting no one writes to) handed to a worker, so that the signal
always lands in the middle of the run; every wait is for an event, with a generous bound."""

from __future__ import annotations

import multiprocessing
import os
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
RESUME = ROOT / "fixtures" / "resumes" / "strong_backend.txt"
POSTINGS = sorted((ROOT / "fixtures" / "postings").iterdir())
WAIT = 60.0  # seconds: a bound for a hang, not a measure of speed

pytestmark = pytest.mark.skipif(
    not sys.platform.startswith("linux") or "fork" not in multiprocessing.get_all_start_methods(),
    reason="needs Linux (/proc, process groups) and fork",
)


def _children(pid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        if entry.isdigit():
            try:
                with open(f"/proc/{entry}/stat") as stat:
                    fields = stat.read().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[1]) == pid:
                found.append(int(entry))
    return found


def _wait_for(condition, what: str):
    deadline = time.monotonic() + WAIT
    while time.monotonic() < deadline:
        value = condition()
        if value:
            return value
        time.sleep(0.05)
    pytest.fail(f"no {what} within {WAIT:.0f} s")


def _blocked_run(tmp_path: Path) -> tuple[subprocess.Popen, Path]:
    """`jobmatch match RESUME FIFO POSTINGS... -j 2 -o out.ndjson` in its own process group,
    started and blocked: its worker (the first batches are the pool's) waits to open the FIFO."""
    fifo = tmp_path / "a_fifo.md"
    os.mkfifo(fifo)
    postings = []
    for i in range(60):  # enough for the run to start a worker (see api.PARALLEL_MIN_UNITS)
        copy = tmp_path / f"p{i:02d}{POSTINGS[i % len(POSTINGS)].suffix}"
        copy.write_bytes(POSTINGS[i % len(POSTINGS)].read_bytes())
        postings.append(str(copy))
    out = tmp_path / "out.ndjson"
    out.write_text("the report of yesterday\n")
    cmd = [sys.executable, "-m", "jobmatch", "match", str(RESUME), str(fifo), *postings, "-f", "ndjson"]
    proc = subprocess.Popen(
        [*cmd, "-j", "2", "-o", str(out)],
        cwd=ROOT,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        start_new_session=True,  # a process group of its own, as `timeout` or a CI job makes
    )
    _wait_for(lambda: _children(proc.pid), "worker process")
    return proc, out


def _ended(proc: subprocess.Popen) -> tuple[int, str]:
    try:
        _, stderr = proc.communicate(timeout=WAIT)
    except subprocess.TimeoutExpired:
        os.killpg(proc.pid, signal.SIGKILL)
        proc.communicate()
        pytest.fail("the run did not end: it hangs")
    return proc.returncode, stderr.decode()


def _assert_output_as_it_was(out: Path) -> None:
    assert out.read_text() == "the report of yesterday\n"
    assert sorted(p.name for p in out.parent.iterdir() if p.name.startswith(".")) == []  # no temp file


def test_sigterm_to_the_process_group_of_a_parallel_run_exits_143_and_leaves_the_output_as_it_was(tmp_path):
    proc, out = _blocked_run(tmp_path)
    workers = _children(proc.pid)
    os.killpg(proc.pid, signal.SIGTERM)
    code, stderr = _ended(proc)
    assert code == 143, stderr
    assert "Traceback" not in stderr and "Exception" not in stderr
    _assert_output_as_it_was(out)
    for worker in workers:  # none left behind
        _wait_for(lambda w=worker: not os.path.exists(f"/proc/{w}") or _zombie(w), f"end of worker {worker}")


def _zombie(pid: int) -> bool:
    try:
        with open(f"/proc/{pid}/stat") as stat:
            return stat.read().rsplit(")", 1)[1].split()[0] in ("Z", "X")
    except OSError:
        return True


def test_a_worker_that_ignores_sigterm_still_ends_with_the_run(tmp_path):
    """A worker ignores SIGTERM (the parent stops the pool): SIGTERM to the parent alone ends it all."""
    proc, out = _blocked_run(tmp_path)
    workers = _children(proc.pid)
    os.kill(proc.pid, signal.SIGTERM)
    code, stderr = _ended(proc)
    assert code == 143, stderr
    _assert_output_as_it_was(out)
    for worker in workers:
        _wait_for(lambda w=worker: not os.path.exists(f"/proc/{w}") or _zombie(w), f"end of worker {worker}")


def test_a_killed_worker_is_one_line_and_exit_70_and_the_output_as_it_was(tmp_path):
    proc, out = _blocked_run(tmp_path)
    os.kill(_children(proc.pid)[0], signal.SIGKILL)
    code, stderr = _ended(proc)
    assert code == 70
    assert stderr == "jobmatch: error: a worker process died (killed: out of memory? try -j 1)\n"
    _assert_output_as_it_was(out)


# A worker killed in the middle of sending a result: the pool's own thread waits for the rest of
# the message forever and never tells that the pool is broken; the run finds the dead worker.
_HALF_A_MESSAGE = textwrap.dedent(
    """
    import gc, os, signal, struct, sys
    from multiprocessing.queues import SimpleQueue

    from jobmatch import api
    from jobmatch.vocabulary import Vocabulary


    def task(context, item):
        if item == "die" and api._channel is not None:  # (in the worker only)
            queue = next(o for o in gc.get_objects() if isinstance(o, SimpleQueue) and o._writer is not None)
            os.write(queue._writer.fileno(), struct.pack("!i", 1 << 20) + b"half")
            os.kill(os.getpid(), signal.SIGKILL)
        return item


    if __name__ == "__main__":
        context = api._Context(Vocabulary([{"name": "Python", "category": "language"}]))
        items = ["die"] + ["ok"] * 99
        try:
            list(api._parallel(task, items, context, 2, len(items)))
        except api.WorkerDied as error:
            print("died:", error)
        else:
            print("no error")
    """
)


def test_a_worker_killed_while_sending_a_result_is_found_dead_and_the_process_ends(tmp_path):
    script = tmp_path / "half.py"
    script.write_text(_HALF_A_MESSAGE)
    env = {**os.environ, "PYTHONPATH": str(ROOT)}
    try:
        done = subprocess.run(
            [sys.executable, str(script)], cwd=tmp_path, env=env, capture_output=True, text=True, timeout=WAIT
        )
    except subprocess.TimeoutExpired:
        pytest.fail("the run (or the interpreter's exit) hangs on the half-sent result")
    assert done.stdout == "died: a worker process died (killed: out of memory? try -j 1)\n", done.stderr
    assert done.returncode == 0, done.stderr
    assert done.stderr == ""


def test_a_reader_that_goes_away_from_a_parallel_run_still_ends_it_by_sigpipe(tmp_path):
    """While a pool runs SIGPIPE is ignored (a dead worker's pipe must not kill the run), yet
    `| head -1` still ends jobmatch quietly by SIGPIPE."""
    postings = [str(p) for p in POSTINGS] * 20
    cmd = [sys.executable, "-m", "jobmatch", "match", str(RESUME), *postings, "-f", "ndjson", "-j", "2"]
    with subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT) as proc:
        assert proc.stdout is not None and proc.stderr is not None
        assert proc.stdout.readline()
        proc.stdout.close()
        stderr = proc.stderr.read().decode()
        proc.wait(timeout=WAIT)
    assert stderr == ""
    assert proc.returncode == -signal.SIGPIPE


def _worker_signals(_):
    import ctypes

    libc = ctypes.CDLL(None, use_errno=True)
    dies_by = ctypes.c_int(0)
    libc.prctl(2, ctypes.byref(dies_by))  # PR_GET_PDEATHSIG
    blocked = signal.pthread_sigmask(signal.SIG_BLOCK, [])
    return signal.getsignal(signal.SIGTERM) == signal.SIG_IGN, signal.SIGTERM in blocked, dies_by.value


def test_a_worker_ignores_sigterm_does_not_hold_it_and_dies_with_its_parent_by_sigkill():
    """A worker that ignores SIGTERM must still end when its parent does: not by SIGTERM then."""
    from concurrent.futures import ProcessPoolExecutor

    from jobmatch import api
    from jobmatch.vocabulary import Vocabulary

    fork = multiprocessing.get_context("fork")
    context = api._Context(Vocabulary([{"name": "Python", "category": "language"}]))
    with ProcessPoolExecutor(
        max_workers=1, mp_context=fork, initializer=api._init, initargs=(context, [], fork.Value("i", 0))
    ) as pool:
        with api._interrupts_held():
            future = pool.submit(_worker_signals, None)
        assert future.result(timeout=WAIT) == (True, False, signal.SIGKILL)


def _identity(context, item):
    return item


def test_sigpipe_is_ignored_only_while_a_pool_runs_and_given_back_after_a_clean_run():
    from jobmatch import api
    from jobmatch.vocabulary import Vocabulary

    context = api._Context(Vocabulary([{"name": "Python", "category": "language"}]))
    old = signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    try:
        items = [str(i) for i in range(200)]
        results = api._parallel(_identity, items, context, 2, len(items))
        assert next(results) == "0"
        assert signal.getsignal(signal.SIGPIPE) == signal.SIG_IGN  # while the pool runs
        assert list(results) == items[1:]
        assert signal.getsignal(signal.SIGPIPE) == signal.SIG_DFL
    finally:
        signal.signal(signal.SIGPIPE, old)


def test_after_the_run_sigterm_takes_its_default_action():
    """Once main() is done (the output written), SIGTERM ends the process as its default action
    does (143, no word) rather than raising SystemExit in the interpreter's last steps."""
    code = (
        "import signal, sys\n"
        "from jobmatch import cli\n"
        "sys.argv = ['jobmatch', '--version']\n"
        "try:\n"
        "    cli.main()\n"
        "except SystemExit:\n"
        "    pass\n"
        "print(signal.getsignal(signal.SIGTERM) == signal.SIG_DFL)\n"
    )
    done = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=WAIT)
    assert done.stdout.splitlines()[-1] == "True", done.stderr


def test_a_pools_workers_without_its_private_list(monkeypatch):
    """The pool's workers come from its private attribute (None once it has shut down); a Python
    whose pool keeps them elsewhere gives this process's children instead of an AttributeError."""
    import multiprocessing

    from jobmatch import api

    children = [object()]
    monkeypatch.setattr(multiprocessing, "active_children", lambda: children)

    class Bare:
        pass

    class Running:
        _processes = {101: "worker"}

    class ShutDown:
        _processes = None

    assert api._workers(Bare()) is children
    assert api._workers(Running()) == ["worker"]
    assert api._workers(ShutDown()) == []
