"""Ctrl-C while worker processes are forked: held back in the parent until they are started, so
that no worker is ever interrupted before it ignores Ctrl-C (a traceback on the terminal)."""

from __future__ import annotations

import multiprocessing
import os
import signal
import sys

import pytest

from jobmatch import api

pytestmark = pytest.mark.skipif(
    sys.platform == "win32" or not hasattr(signal, "pthread_sigmask"), reason="needs POSIX signal masks"
)


@pytest.fixture
def ctrl_c_raises():
    """Ctrl-C raises KeyboardInterrupt here even when the suite runs as a shell's background job,
    which starts with SIGINT ignored (``make test &``)."""
    previous = signal.signal(signal.SIGINT, signal.default_int_handler)
    yield
    signal.signal(signal.SIGINT, previous)


def test_a_ctrl_c_while_held_is_taken_once_the_workers_are_started(ctrl_c_raises):
    reached = []
    with pytest.raises(KeyboardInterrupt):
        with api._interrupts_held():
            os.kill(os.getpid(), signal.SIGINT)
            reached.append("inside")  # not interrupted here: pending
        reached.append("after")  # interrupted before this
    assert reached == ["inside"]
    assert signal.SIGINT not in signal.pthread_sigmask(signal.SIG_BLOCK, [])  # the mask is restored


def _worker_state(_):
    blocked = signal.SIGINT in signal.pthread_sigmask(signal.SIG_BLOCK, [])
    return blocked, signal.getsignal(signal.SIGINT) is signal.SIG_IGN


@pytest.mark.skipif("fork" not in multiprocessing.get_all_start_methods(), reason="needs fork")
def test_a_worker_forked_while_held_ignores_ctrl_c_and_does_not_hold_it():
    from concurrent.futures import ProcessPoolExecutor

    from jobmatch.vocabulary import Vocabulary

    fork = multiprocessing.get_context("fork")
    context = api._Context(Vocabulary([{"name": "Python", "category": "language"}]))  # (what _init stores)
    with ProcessPoolExecutor(
        max_workers=1, mp_context=fork, initializer=api._init, initargs=(context, [], fork.Value("i", 0))
    ) as pool:
        with api._interrupts_held():
            future = pool.submit(_worker_state, None)
        assert future.result(timeout=60) == (False, True)
